import { expect } from '@open-wc/testing';
import { AuthError, BadResponseError, ConfigError, NetworkError, PermissionError, ServerError, TimeoutError } from '../../src/api/errors.js';
import { MatomoClient, scalarBoolean, scalarNumber } from '../../src/api/matomo.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import { hang, json, refuse, rejection, stubFetch, type Answer } from '../helpers/fetch-stub.js';

// Each test is a fresh page: what an earlier test's server said about the token is forgotten.
beforeEach(() => forgetSignIns());

const TOKEN = 'abcdef0123456789abcdef0123456789';

function client(answer: Answer, options: { token?: string; timeout?: number; apiBase?: string } = {}) {
  const stub = stubFetch(answer);
  const c = new MatomoClient({ apiBase: options.apiBase ?? 'https://matomo.example/analytics', token: options.token ?? TOKEN, timeout: options.timeout ?? 2000, fetch: stub.fetch });
  return { client: c, requests: stub.requests };
}

describe('MatomoClient: the request on the wire', () => {
  it('POSTs to index.php with the method in the query and the token only in a form-encoded body', async () => {
    const { client: c, requests } = client(() => json([]));
    await c.call('ActivityLog.getEntries', { offset: 0, limit: 25 });
    expect(requests).to.have.length(1);
    const [r] = requests;
    expect(r!.method).to.equal('POST');
    const url = new URL(r!.url);
    expect(url.origin + url.pathname).to.equal('https://matomo.example/analytics/index.php');
    expect(url.searchParams.get('module')).to.equal('API');
    expect(url.searchParams.get('method')).to.equal('ActivityLog.getEntries');
    expect(url.searchParams.get('format')).to.equal('JSON');
    expect(url.searchParams.get('filter_limit')).to.equal('-1');
    expect(url.searchParams.get('format_metrics')).to.equal('0');
    expect(url.searchParams.get('limit')).to.equal('25');
    expect(r!.url).not.to.contain(TOKEN);
    expect(r!.headers.get('content-type')).to.match(/^application\/x-www-form-urlencoded/);
    expect(new URLSearchParams(r!.body).get('token_auth')).to.equal(TOKEN);
  });

  it('sends only CORS-safelisted headers (no preflight) and no credentials', async () => {
    const { client: c, requests } = client(() => json({ value: 1 }));
    await c.call('API.getMatomoVersion');
    const names = [...requests[0]!.headers.keys()];
    expect(names.every((n) => ['content-type', 'accept', 'accept-language', 'content-language'].includes(n))).to.equal(true, names.join());
  });

  it('leaves the token out entirely for the anonymous user', async () => {
    const { client: c, requests } = client(() => json([]), { token: '' });
    await c.call('VisitsSummary.get', { idSite: 1, period: 'day', date: 'last7' });
    expect(requests[0]!.body).not.to.contain('token_auth');
    expect(c.hasToken).to.equal(false);
  });

  it('keeps an explicit filter_limit', async () => {
    const { client: c, requests } = client(() => json([]));
    await c.call('ActivityLog.getEntries', { limit: 250, filter_limit: 250 });
    expect(new URL(requests[0]!.url).searchParams.get('filter_limit')).to.equal('250');
  });

  it('refuses to put token_auth in a URL, even when asked to', async () => {
    const { client: c } = client(() => json([]));
    const error = await rejection(c.call('X.y', { token_auth: 'oops' }));
    expect(error.message).to.contain('never goes in a URL');
  });

  it('sends a bulk request with urls[i] in the body, each with its own parameters', async () => {
    const { client: c, requests } = client(() => json([{ value: '12' }, { result: 'error', message: 'No such site' }]));
    const results = await c.bulk([
      { method: 'ActivityLog.getEntryCount', params: { filterByUserLogin: 'admin' } },
      { method: 'VisitsSummary.get', params: { idSite: 99, period: 'day', date: 'last7' } },
    ]);
    const r = requests[0]!;
    expect(new URL(r.url).searchParams.get('method')).to.equal('API.getBulkRequest');
    const body = new URLSearchParams(r.body);
    expect(body.get('token_auth')).to.equal(TOKEN);
    const first = new URLSearchParams(body.get('urls[0]')!);
    expect(first.get('method')).to.equal('ActivityLog.getEntryCount');
    expect(first.get('filterByUserLogin')).to.equal('admin');
    expect(first.get('format_metrics')).to.equal('0');
    expect(body.get('urls[1]')).to.contain('idSite=99');
    expect(r.url).not.to.contain(TOKEN);
    expect(results[0]).to.deep.equal({ value: '12' });
    expect(results[1]).to.be.instanceOf(ServerError);
    expect((results[1] as Error).message).to.equal('No such site');
  });

  it('rejects a bulk answer that does not have one result per call', async () => {
    const { client: c } = client(() => json([{ value: 1 }]));
    const error = await rejection(c.bulk([{ method: 'A.b' }, { method: 'C.d' }]));
    expect(error).to.be.instanceOf(BadResponseError);
    expect(error.message).to.equal('The server answered a bulk request of 2 with 1 results.');
    const { client: other } = client(() => json({ value: 1 }));
    expect((await rejection(other.bulk([{ method: 'A.b' }, { method: 'C.d' }]))).message).to.equal('The server answered a bulk request of 2 with no list of results.');
  });
});

describe('MatomoClient: every failure becomes a typed error with a human message', () => {
  it('an error body with HTTP 200 is a ServerError with the server message', async () => {
    const { client: c } = client(() => json({ result: 'error', message: 'The plugin ActivityLog is not enabled.' }));
    const error = await rejection(c.call('ActivityLog.getEntries'));
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.equal('The plugin ActivityLog is not enabled.');
  });

  it("Matomo's bad-token message is an AuthError, with 200 (Matomo 4) or 401 (Matomo 5), and is not retryable", async () => {
    const message = 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.';
    for (const status of [200, 401]) {
      forgetSignIns();
      const { client: c, requests } = client(() => json({ result: 'error', message }, status));
      const error = await rejection(c.call('UsersManager.hasSuperUserAccess'));
      expect(error).to.be.instanceOf(AuthError);
      expect((error as AuthError).retryable).to.equal(false);
      expect(error.message).to.contain('refused the access token');
      expect(requests).to.have.length(1); // never retried
    }
  });

  it('a no-access answer is a PermissionError that says when no token was given', async () => {
    const { client: c } = client(() => json({ result: 'error', message: "You can't access this resource as it requires 'view' access for the website id = 1." }, 401), { token: '' });
    const error = await rejection(c.call('VisitsSummary.get'));
    expect(error).to.be.instanceOf(PermissionError);
    expect(error.message).to.contain('No token was given');
  });

  it('401 and 403 without a JSON body are AuthError and PermissionError', async () => {
    expect(await rejection(client(() => new Response('<h1>Unauthorized</h1>', { status: 401 })).client.call('A.b'))).to.be.instanceOf(AuthError);
    forgetSignIns();
    expect(await rejection(client(() => new Response('Forbidden', { status: 403 })).client.call('A.b'))).to.be.instanceOf(PermissionError);
  });

  it('a 502 with an HTML page is a ServerError naming the status', async () => {
    const { client: c } = client(() => new Response('<html><body>Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await rejection(c.call('A.b'));
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.contain('502');
  });

  it('a 404 says the address is wrong', async () => {
    const error = await rejection(client(() => new Response('Not found', { status: 404 })).client.call('A.b'));
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.contain('api-base');
  });

  it('an HTML page with HTTP 200 is a BadResponseError', async () => {
    const error = await rejection(client(() => new Response('<!doctype html><title>Login</title>', { status: 200 })).client.call('A.b'));
    expect(error).to.be.instanceOf(BadResponseError);
    expect(error.message).to.contain('web page');
  });

  it('truncated JSON and an empty body are BadResponseErrors', async () => {
    const truncated = await rejection(client(() => new Response('[{"id":1,"user_lo', { status: 200 })).client.call('A.b'));
    expect(truncated).to.be.instanceOf(BadResponseError);
    expect(truncated.message).to.contain('not valid JSON');
    const empty = await rejection(client(() => new Response('', { status: 200 })).client.call('A.b'));
    expect(empty).to.be.instanceOf(BadResponseError);
    expect(empty.message).to.contain('empty');
  });

  it('a refused connection is a NetworkError naming the origin only', async () => {
    const error = await rejection(client(refuse).client.call('A.b'));
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.message).to.contain('https://matomo.example');
    expect(error.message).not.to.contain(TOKEN);
  });

  it('a server slower than the timeout is a TimeoutError', async () => {
    const started = performance.now();
    const error = await rejection(client(hang, { timeout: 150 }).client.call('A.b'));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.message).to.contain('0.2 seconds');
    expect(performance.now() - started).to.be.lessThan(1500);
  });

  it("the caller's abort rejects with an AbortError, not an error to show", async () => {
    const controller = new AbortController();
    const pending = client(hang).client.call('A.b', {}, { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error.name).to.equal('AbortError');
  });

  it('calls gathered while the token is new and all given up leave no unhandled rejection behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const { client: c } = client(hang);
      const controllers = [new AbortController(), new AbortController()];
      const pending = controllers.map((controller, i) => c.call(`A.b${i}`, {}, { signal: controller.signal }));
      // Both are gathered into one request, sent at the end of the task; then both give up.
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const controller of controllers) controller.abort();
      for (const call of pending) expect((await rejection(call)).name).to.equal('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled.map(String)).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('an answer over the size limit is refused without freezing the page', async () => {
    const big = 'x'.repeat(9 * 1024 * 1024);
    const error = await rejection(client(() => new Response(`"${big}"`, { status: 200 })).client.call('A.b'));
    expect(error).to.be.instanceOf(BadResponseError);
    expect(error.message).to.contain('too large');
  });

  it('never repeats the token in a message, even when a hostile server echoes it', async () => {
    const error = await rejection(client(() => json({ result: 'error', message: `bad thing with ${TOKEN}` })).client.call('A.b'));
    expect(error.message).not.to.contain(TOKEN);
  });

  it('without an api-base it is a ConfigError and sends nothing', async () => {
    const { client: c, requests } = client(() => json([]), { apiBase: '' });
    const error = await rejection(c.call('A.b'));
    expect(error).to.be.instanceOf(ConfigError);
    expect(requests).to.have.length(0);
  });
});

describe('MatomoClient: when the code that explains failures does not arrive', () => {
  const loadFailures = MatomoClient.loadFailures;
  beforeEach(() => {
    MatomoClient.loadFailures = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  afterEach(() => {
    MatomoClient.loadFailures = loadFailures;
  });

  it("a call the server failed is a ServerError naming the server's status", async () => {
    const error = await rejection(client(() => json({ result: 'error', message: 'The plugin ActivityLog is not enabled.' })).client.call('A.b'));
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.equal('The server answered with an error (HTTP 200).');
  });

  it('a server out of reach is the NetworkError as it came', async () => {
    const error = await rejection(client(refuse).client.call('A.b'));
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.message).to.contain('Could not reach the server at https://matomo.example');
  });

  it('a bulk answer that is not one result per call is a ServerError naming the status (its words come with that code)', async () => {
    const error = await rejection(client(() => json([{ value: 1 }])).client.bulk([{ method: 'A.b' }, { method: 'C.d' }]));
    expect(error).to.be.instanceOf(ServerError);
    expect(error.message).to.equal('The server answered with an error (HTTP 200).');
  });

  it("a bulk request's failed call is a ServerError among the other calls' answers, and the next failure is explained once the code arrives", async () => {
    const { client: c } = client(() => json([{ value: '12' }, { result: 'error', message: 'No such site' }]));
    const [count, failed] = await c.bulk([{ method: 'ActivityLog.getEntryCount' }, { method: 'VisitsSummary.get' }]);
    expect(count).to.deep.equal({ value: '12' });
    expect(failed).to.be.instanceOf(ServerError);
    expect((failed as Error).message).to.equal('The server answered with an error (HTTP 200).');
    MatomoClient.loadFailures = loadFailures;
    const [, again] = await c.bulk([{ method: 'ActivityLog.getEntryCount' }, { method: 'VisitsSummary.get' }]);
    expect((again as Error).message).to.equal('No such site');
  });
});

describe('MatomoClient: the code that explains failures, for the callers whose calls failed', () => {
  const loadFailures = MatomoClient.loadFailures;
  afterEach(() => {
    MatomoClient.loadFailures = loadFailures;
  });

  it("a request gathered for several callers answers at once those whose calls did not fail (a view-only reader's page does not wait for the code that reads its refused user list)", async () => {
    let arrive!: () => void;
    MatomoClient.loadFailures = () => new Promise<void>((resolve) => (arrive = resolve)).then(loadFailures);
    const { client: c, requests } = client(() => json([{ value: false }, { result: 'error', message: "You can't access this resource as it requires admin access for at least one website." }, [], { value: 0 }]));
    const viewer = c.bulk([{ method: 'UsersManager.hasSuperUserAccess' }, { method: 'UsersManager.getUsersLogin' }]);
    const page = await c.bulk([{ method: 'ActivityLog.getEntries' }, { method: 'ActivityLog.getEntryCount' }]);
    expect(requests).to.have.length(1); // one request for both callers
    expect(page).to.deep.equal([[], { value: 0 }]);
    let settled = false;
    void viewer.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).to.equal(false); // its failed call waits for the code that reads it
    arrive();
    const [superUser, logins] = await viewer;
    expect(superUser).to.deep.equal({ value: false });
    expect(logins).to.be.instanceOf(PermissionError);
    expect((logins as Error).message).to.equal("You can't access this resource as it requires admin access for at least one website.");
  });
});

describe('Matomo scalar answers', () => {
  it('reads {"value": "N"} as a number and refuses what is not one', () => {
    expect(scalarNumber({ value: '1234' }, { key: 'the number of activities (a number)' })).to.equal(1234);
    expect(scalarNumber({ value: 7 }, { key: 'the number of activities (a number)' })).to.equal(7);
    expect(() => scalarNumber({ value: 'lots' }, { key: 'the number of activities (a number)' })).to.throw(BadResponseError);
    expect(() => scalarNumber({ value: null }, { key: 'the number of activities (a number)' })).to.throw(BadResponseError);
  });

  it('reads booleans in their PHP forms', () => {
    expect(scalarBoolean({ value: true }, { key: 'whether this is a super user (yes or no)' })).to.equal(true);
    expect(scalarBoolean({ value: '1' }, { key: 'whether this is a super user (yes or no)' })).to.equal(true);
    expect(scalarBoolean({ value: 0 }, { key: 'whether this is a super user (yes or no)' })).to.equal(false);
    expect(() => scalarBoolean({ value: 'maybe' }, { key: 'whether this is a super user (yes or no)' })).to.throw(BadResponseError);
  });
});
