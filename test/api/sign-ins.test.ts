import { expect } from '@open-wc/testing';
import { AuthError, NetworkError, UnreachableError } from '../../src/api/errors.js';
import { LockoutError, RefusedTokenError } from '../../src/api/sign-in-errors.js';
import { MatomoClient } from '../../src/api/matomo.js';
import { unescapeEntities } from '../../src/api/matomo-failure.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import { json, rejection, stubFetch, type Answer, type RecordedRequest } from '../helpers/fetch-stub.js';

// A real Matomo answers a refused token with a 401 that carries no CORS headers: from another
// origin, fetch rejects as if the network failed. These tests play that server with a stub whose
// "CORS-less" answers are rejections, and check what the client spends and says.

const TOKEN = 'f00dfeedf00dfeedf00dfeedf00dfeed';
const BASE = 'https://matomo.example/';
const hasToken = (r: RecordedRequest) => new URLSearchParams(r.body).has('token_auth');
const method = (r: RecordedRequest) => new URL(r.url).searchParams.get('method');
const corsLess = () => Promise.reject(new TypeError('Failed to fetch'));

/** A Matomo that refuses the token without CORS headers and answers tokenless requests (with CORS). */
const refusesToken: Answer = (r) => (hasToken(r) ? corsLess() : json({ result: 'error', message: 'You must be logged in to access this functionality.' }, 401));

function clientOf(answer: Answer, options: { token?: string; apiBase?: string } = {}) {
  const stub = stubFetch(answer);
  const make = () => new MatomoClient({ apiBase: options.apiBase ?? BASE, token: options.token ?? TOKEN, timeout: 2000, fetch: stub.fetch });
  return { client: make(), make, requests: stub.requests };
}

describe('MatomoClient: a refused token costs one failed sign-in and is named as such', () => {
  beforeEach(() => forgetSignIns());

  it('a request with the token that fails like a network error, while one without it is answered, is a refused token', async () => {
    const { client, requests } = clientOf(refusesToken);
    const error = await rejection(client.call('UsersManager.hasSuperUserAccess'));
    expect(error).to.be.instanceOf(RefusedTokenError);
    expect(error).to.be.instanceOf(AuthError);
    expect((error as AuthError).retryable).to.equal(false);
    expect(error.message).to.match(/refused the access token: check it, or renew it/);
    expect(error.message).to.contain('failed sign-in');
    // One request with the token, then one without it (which costs no failed sign-in).
    expect(requests.map(hasToken)).to.deep.equal([true, false]);
    expect(method(requests[1]!)).to.equal('API.getMatomoVersion');
    expect(requests[1]!.body).to.equal('');
  });

  it('once refused, later requests with the token fail without being sent, from any client of the page', async () => {
    const { client, make, requests } = clientOf(refusesToken);
    await rejection(client.call('A.b'));
    const before = requests.length;
    expect(await rejection(client.bulk([{ method: 'C.d' }]))).to.be.instanceOf(RefusedTokenError);
    expect(await rejection(make().call('E.f'))).to.be.instanceOf(RefusedTokenError);
    expect(requests.length).to.equal(before);
  });

  it('the same token on another server is another sign-in', async () => {
    const { client, requests } = clientOf(refusesToken);
    await rejection(client.call('A.b'));
    const other = clientOf(() => json({ value: 1 }), { apiBase: 'https://other.example/' });
    expect(await other.client.call('A.b')).to.deep.equal({ value: 1 });
    expect(requests.filter(hasToken)).to.have.length(1);
  });

  it('requests made together with a token not yet accepted go out as one request', async () => {
    const { client, make, requests } = clientOf((r) => {
      const body = new URLSearchParams(r.body);
      const urls = [...body.keys()].filter((k) => k.startsWith('urls['));
      return json(urls.map((k) => ({ value: new URLSearchParams(body.get(k)!).get('method') })));
    });
    const [a, b, c] = await Promise.all([client.bulk([{ method: 'A.one' }, { method: 'A.two' }]), make().call('B.three'), client.bulk([{ method: 'C.four' }])]);
    expect(requests).to.have.length(1);
    expect(method(requests[0]!)).to.equal('API.getBulkRequest');
    expect(a).to.deep.equal([{ value: 'A.one' }, { value: 'A.two' }]);
    expect(b).to.deep.equal({ value: 'B.three' });
    expect(c).to.deep.equal([{ value: 'C.four' }]);
  });

  it('requests made together with a refused token spend one failed sign-in between them', async () => {
    const { client, make, requests } = clientOf(refusesToken);
    const errors = await Promise.all([rejection(client.bulk([{ method: 'A.b' }, { method: 'C.d' }])), rejection(make().bulk([{ method: 'E.f' }])), rejection(client.call('G.h'))]);
    for (const error of errors) expect(error).to.be.instanceOf(RefusedTokenError);
    expect(requests.filter(hasToken)).to.have.length(1);
  });

  it('a request made while the first one is in flight waits for its answer', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, requests } = clientOf(async (r) => {
      if (hasToken(r) && requests.filter(hasToken).length === 1) await gate;
      return hasToken(r) ? corsLess() : json({ result: 'error', message: 'You must be logged in.' }, 401);
    });
    const first = rejection(client.call('A.b'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = rejection(client.call('C.d'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests.filter(hasToken)).to.have.length(1);
    release();
    expect(await first).to.be.instanceOf(RefusedTokenError);
    expect(await second).to.be.instanceOf(RefusedTokenError);
    expect(requests.filter(hasToken)).to.have.length(1);
  });

  it('once the token is accepted, requests go out on their own, in parallel', async () => {
    const { client, requests } = clientOf(() => json({ value: 1 }));
    await client.call('A.b');
    await Promise.all([client.call('C.d'), client.call('E.f')]);
    expect(requests.map(method)).to.deep.equal(['A.b', 'C.d', 'E.f']);
  });

  it('a readable refusal (same origin) is a refused token too, and is remembered', async () => {
    const { client, requests } = clientOf(() => json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid or expired.' }, 401));
    const error = await rejection(client.call('A.b'));
    expect(error).to.be.instanceOf(RefusedTokenError);
    expect((error as AuthError).status).to.equal(401);
    expect(await rejection(client.call('C.d'))).to.be.instanceOf(RefusedTokenError);
    expect(requests).to.have.length(1);
  });

  it('retrySignIn lets exactly one more attempt go: what the reader\'s Retry does', async () => {
    const { client, make, requests } = clientOf(refusesToken);
    await rejection(client.call('A.b'));
    make().retrySignIn();
    const again = await Promise.all([rejection(client.call('C.d')), rejection(client.bulk([{ method: 'E.f' }]))]);
    for (const error of again) expect(error).to.be.instanceOf(RefusedTokenError);
    expect(requests.filter(hasToken)).to.have.length(2);
  });

  it('a token accepted after a Retry (it was renewed on the server) lets requests go again', async () => {
    let refuse = true;
    const { client, requests } = clientOf((r) => (refuse && hasToken(r) ? corsLess() : json({ value: 2 })));
    await rejection(client.call('A.b'));
    refuse = false;
    client.retrySignIn();
    expect(await client.call('C.d')).to.deep.equal({ value: 2 });
    expect(await client.call('E.f')).to.deep.equal({ value: 2 });
    expect(requests.filter(hasToken)).to.have.length(3);
  });
});

describe('MatomoClient: a server that cannot be reached, and a server in lockout', () => {
  beforeEach(() => forgetSignIns());

  it('when the request without the token fails too, the server is unreachable or not configured for this page (cors_domains)', async () => {
    const { client, requests } = clientOf(corsLess);
    const error = await rejection(client.call('A.b'));
    expect(error).to.be.instanceOf(UnreachableError);
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.message).to.contain('cors_domains');
    expect(error.message).to.contain(location.origin);
    expect(error.message).to.contain('too many failed sign-ins');
    expect(requests.map(hasToken)).to.deep.equal([true, false]);
    // Not a refusal: a later request (a Retry, a live refresh) tries again.
    await rejection(client.call('C.d'));
    expect(requests.filter(hasToken)).to.have.length(2);
  });

  it('a request without a token that fails is unreachable at once (no probe)', async () => {
    const { client, requests } = clientOf(corsLess, { token: '' });
    const error = await rejection(client.call('A.b'));
    expect(error).to.be.instanceOf(UnreachableError);
    expect(requests).to.have.length(1);
  });

  it('a readable "too many failed logins" (same origin, HTTP 500) is a lockout, remembered until a Retry', async () => {
    const message = 'You are currently not allowed to log in because you had too many failed logins, try again later.';
    for (const answer of [() => json({ result: 'error', message }, 500), () => new Response(`<html><body><p>${message}</p></body></html>`, { status: 500 })]) {
      forgetSignIns();
      const { client, requests } = clientOf(answer);
      const error = await rejection(client.call('A.b'));
      expect(error).to.be.instanceOf(LockoutError);
      expect(error.message).to.match(/Too many failed sign-ins from this network.*Try again later/);
      expect(await rejection(client.call('C.d'))).to.be.instanceOf(LockoutError);
      expect(requests).to.have.length(1);
      client.retrySignIn();
      await rejection(client.call('E.f'));
      expect(requests).to.have.length(2);
    }
  });

  it('entries that merely mention failed logins are data, not a lockout', async () => {
    const { client } = clientOf(() => json([{ id: 1, description: 'too many failed logins from 10.0.0.1' }]));
    expect(await client.call('ActivityLog.getEntries')).to.have.length(1);
  });
});

describe('MatomoClient: what the page keeps', () => {
  beforeEach(() => forgetSignIns());

  it('keeps the sign-ins under a Symbol.for key of globalThis (shared by copies of the library), without the token', async () => {
    const { client } = clientOf(refusesToken);
    await rejection(client.call('A.b'));
    const shared = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('dashboard-widgets.matomo-sign-ins')]!;
    expect(shared).to.be.instanceOf(Map);
    expect(shared.size).to.equal(1);
    const [key, value] = [...shared][0]!;
    expect(key).not.to.contain(TOKEN);
    expect(key).not.to.contain(TOKEN.slice(0, 8));
    expect(JSON.stringify(value)).not.to.contain(TOKEN.slice(0, 8));
    expect(value).to.deep.include({ refused: 'token' });
  });

  it('another copy of the library on the page sees the refusal (it reads the same shared state)', async () => {
    const { client } = clientOf(refusesToken);
    await rejection(client.call('A.b'));
    // What another copy does: find the state by the same key and read it.
    const shared = (globalThis as unknown as Record<symbol, Map<string, { refused?: string }>>)[Symbol.for('dashboard-widgets.matomo-sign-ins')]!;
    expect([...shared.values()].some((s) => s.refused === 'token')).to.equal(true);
  });
});

describe("Matomo's HTML-escaped messages", () => {
  beforeEach(() => forgetSignIns());

  it('are shown as the plain text they stand for, never as markup', async () => {
    expect(unescapeEntities('Settings &gt; Plugins &amp; more &lt;b&gt; &quot;x&quot; &#039;y&#39;')).to.equal('Settings > Plugins & more <b> "x" \'y\'');
    // One level only, and only what Matomo's escaping writes.
    expect(unescapeEntities('&amp;lt; &bogus; &#0; &#x263A;')).to.equal('&lt; &bogus; &#0; &#x263A;');
    const { client } = clientOf(() => json({ result: 'error', message: 'The plugin Foo is not enabled. You can activate the plugin on Settings &gt; Plugins page in Matomo.' }));
    const error = await rejection(client.call('Foo.bar'));
    expect(error.message).to.equal('The plugin Foo is not enabled. You can activate the plugin on Settings > Plugins page in Matomo.');
  });
});
