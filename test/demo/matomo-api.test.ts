import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { asSentBy, MATOMO_URL, matomo, NOW } from './helpers.js';

// Matomo's words for a refused token: in a POST body, and in the URL (measured).
const BAD_TOKEN = 'Unable to authenticate with the provided token. It is either invalid or expired.';
const BAD_TOKEN_IN_URL = 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.';
const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
const viewer = { token_auth: DEMO_TOKENS.matomoViewer };

type Entry = { id: number; user_login: string; type: string };
type ErrorBody = { result: string; message: string };

describe('demo Matomo: authentication', () => {
  const backend = createDemoBackend({ now: NOW });

  it('refuses a token in the query string with 401, like Matomo 5, even when it is valid', async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'UsersManager.hasSuperUserAccess', token_auth: DEMO_TOKENS.matomoSuperUser }, {});
    expect(response.status).to.equal(401);
    expect(data).to.deep.equal({ result: 'error', message: BAD_TOKEN_IN_URL });
  });

  it('refuses an unknown token in the body with 401 and the shorter message', async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'UsersManager.hasSuperUserAccess' }, { token_auth: 'not-a-token' });
    expect(response.status).to.equal(401);
    expect(data.message).to.equal(BAD_TOKEN);
  });

  it('accepts the token in a form-encoded POST body', async () => {
    const { response, data } = await matomo(backend, { method: 'UsersManager.hasSuperUserAccess' }, superUser);
    expect(response.status).to.equal(200);
    expect(data).to.deep.equal({ value: true });
  });

  it('tells a view-only token apart from a super user', async () => {
    const { data } = await matomo(backend, { method: 'UsersManager.hasSuperUserAccess' }, viewer);
    expect(data).to.deep.equal({ value: false });
  });

  it('ignores a token in a body that is not form-encoded: the caller is anonymous', async () => {
    const url = `${MATOMO_URL}?module=API&format=JSON&method=ActivityLog.getEntries`;
    const response = await backend.handle(
      new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(superUser) }),
    );
    expect(response.status).to.equal(401);
    expect(((await response.json()) as ErrorBody).message).to.equal('You must be logged in to access this functionality.');
  });

  it('answers GET as the anonymous user, who may view visits of site 1 only', async () => {
    const site1 = await matomo<Record<string, unknown>>(backend, { method: 'VisitsSummary.get', idSite: '1', period: 'day', date: 'yesterday' });
    expect(site1.response.status).to.equal(200);
    expect(site1.data).to.have.property('nb_visits');
    const site2 = await matomo<ErrorBody>(backend, { method: 'VisitsSummary.get', idSite: '2', period: 'day', date: 'yesterday' });
    expect(site2.response.status).to.equal(401);
    expect(site2.data.message).to.equal("You can't access this resource as it requires 'view' access for the website id = 2.");
  });

  it('gives the anonymous user the no-access error for the Activity Log and user lists', async () => {
    for (const method of ['ActivityLog.getEntries', 'ActivityLog.getEntryCount', 'UsersManager.getUsers', 'UsersManager.getUsersLogin']) {
      const { response, data } = await matomo<ErrorBody>(backend, { method });
      expect(response.status, method).to.equal(401);
      expect(data.result, method).to.equal('error');
    }
  });

  it('lets body parameters win over query parameters', async () => {
    const { data } = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '3' }, { ...superUser, limit: '5' });
    expect(data).to.have.length(5);
  });

  it('keeps user lists to super users', async () => {
    const refused = await matomo<ErrorBody>(backend, { method: 'UsersManager.getUsers' }, viewer);
    expect(refused.response.status).to.equal(401);
    expect(refused.data.result).to.equal('error');
    const users = await matomo<Array<{ login: string; email: string; superuser_access: boolean }>>(backend, { method: 'UsersManager.getUsers' }, superUser);
    expect(users.data.length).to.be.at.least(5);
    expect(users.data.find((u) => u.login === 'admin')).to.include({ superuser_access: true });
    expect(users.data.find((u) => u.login === 'reader')).to.include({ superuser_access: false });
    for (const user of users.data) expect(user.email).to.contain('@');
    const logins = await matomo<string[]>(backend, { method: 'UsersManager.getUsersLogin' }, superUser);
    expect(logins.data).to.include.members(['admin', 'reader']);
    // Matomo's anonymous user is a user too (measured), in alphabetical order.
    expect(logins.data).to.include('anonymous');
    expect([...logins.data].sort()).to.deep.equal(logins.data);
  });
});

describe('demo Matomo: answers and errors', () => {
  const backend = createDemoBackend({ now: NOW });

  it('reports errors in a 200 answer with {"result":"error"}', async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'ActivityLog.getEntries', offset: '-1' }, superUser);
    expect(response.status).to.equal(200);
    expect(data).to.deep.equal({ result: 'error', message: 'Invalid offset value' });
    const limit = await matomo<ErrorBody>(backend, { method: 'ActivityLog.getEntries', limit: '-5' }, superUser);
    expect(limit.data).to.deep.equal({ result: 'error', message: 'Invalid limit value' });
  });

  it("answers an unknown method with Matomo's message", async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'VisitsSummary.getEverything' }, superUser);
    expect(response.status).to.equal(200);
    expect(data.message).to.equal("The method 'getEverything' does not exist or is not available in the module '\\Piwik\\Plugins\\VisitsSummary\\API'.");
    const plugin = await matomo<ErrorBody>(backend, { method: 'Nope.get' }, superUser);
    // HTML-escaped, as Matomo renders its messages (measured).
    expect(plugin.data.message).to.equal('The plugin Nope is not enabled. You can activate the plugin on Settings &gt; Plugins page in Matomo.');
  });

  it('answers JSON only when asked for format=JSON', async () => {
    const { response, data } = await matomo<{ value: boolean }>(backend, { method: 'UsersManager.hasSuperUserAccess', format: 'json' }, superUser);
    expect(response.headers.get('content-type')).to.contain('application/json');
    expect(data.value).to.equal(true);
    const xml = await backend.handle(new Request(`${MATOMO_URL}?module=API&method=UsersManager.hasSuperUserAccess`, { method: 'POST', body: new URLSearchParams(superUser) }));
    expect(xml.headers.get('content-type')).to.contain('text/xml');
    expect(await xml.text()).to.contain('<error message=');
  });

  it('answers a page, not data, when module=API is missing', async () => {
    const response = await backend.handle(new Request(`${MATOMO_URL}?method=UsersManager.hasSuperUserAccess&format=JSON`));
    expect(response.headers.get('content-type')).to.contain('text/html');
    expect(await response.text()).to.match(/^<!DOCTYPE html>/);
  });

  it('cuts every list to 100 rows unless filter_limit says otherwise', async () => {
    const capped = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '-1' }, superUser);
    expect(capped.data).to.have.length(100);
    const all = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '-1', filter_limit: '-1' }, superUser);
    expect(all.data).to.have.length(3000);
    const some = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '500', filter_limit: '250' }, superUser);
    expect(some.data).to.have.length(250);
  });

  it('cuts plain arrays too, after filter_offset', async () => {
    const logins = await matomo<string[]>(backend, { method: 'UsersManager.getUsersLogin', filter_limit: '2', filter_offset: '1' }, superUser);
    const all = await matomo<string[]>(backend, { method: 'UsersManager.getUsersLogin' }, superUser);
    expect(logins.data).to.deep.equal(all.data.slice(1, 3));
  });

  it('lists sites with their names, URLs and time zones', async () => {
    const { data } = await matomo<Array<{ idsite: number; name: string; main_url: string; timezone: string }>>(
      backend,
      { method: 'SitesManager.getSitesWithAtLeastViewAccess' },
      superUser,
    );
    expect(data.map((s) => s.idsite)).to.deep.equal([1, 2, 3]);
    expect(new Set(data.map((s) => s.timezone)).size).to.equal(3);
    for (const site of data) expect(site.main_url).to.match(/^https:\/\//);
    const mine = await matomo<Array<{ idsite: number }>>(backend, { method: 'SitesManager.getSitesWithAtLeastViewAccess' }, viewer);
    expect(mine.data.map((s) => s.idsite)).to.deep.equal([1, 2]);
    const anonymous = await matomo<Array<{ idsite: number }>>(backend, { method: 'SitesManager.getSitesWithAtLeastViewAccess' });
    expect(anonymous.data.map((s) => s.idsite)).to.deep.equal([1]);
    const one = await matomo<{ name: string }>(backend, { method: 'SitesManager.getSiteFromId', idSite: '2' }, viewer);
    expect(one.data.name).to.equal('Blog');
    const other = await matomo<ErrorBody>(backend, { method: 'SitesManager.getSiteFromId', idSite: '3' }, viewer);
    expect(other.data.result).to.equal('error');
  });
});

describe('demo Matomo: CORS', () => {
  const origin = 'https://dashboard.example.com';
  const backend = createDemoBackend({ now: NOW, corsOrigins: [origin] });
  const post = (token: string) =>
    asSentBy(new Request(`${MATOMO_URL}?module=API&format=JSON&method=UsersManager.hasSuperUserAccess`, { method: 'POST', body: new URLSearchParams({ token_auth: token }) }), {
      Origin: origin,
    });

  it('echoes the Origin with credentials but never allows headers or methods', async () => {
    const response = await backend.handle(post(DEMO_TOKENS.matomoSuperUser));
    expect(response.headers.get('access-control-allow-origin')).to.equal(origin);
    expect(response.headers.get('access-control-allow-credentials')).to.equal('true');
    expect(response.headers.get('access-control-allow-headers')).to.equal(null);
    expect(response.headers.get('access-control-allow-methods')).to.equal(null);
  });

  it('answers a preflight as an anonymous API call: 401 with the origin headers only, so a browser refuses custom headers', async () => {
    const response = await backend.handle(
      asSentBy(new Request(MATOMO_URL, { method: 'OPTIONS' }), { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' }),
    );
    expect(response.status).to.equal(401);
    expect(response.headers.get('access-control-allow-origin')).to.equal(origin);
    expect(response.headers.get('access-control-allow-credentials')).to.equal('true');
    expect(response.headers.get('access-control-allow-headers')).to.equal(null);
    expect(response.headers.get('access-control-allow-methods')).to.equal(null);
  });

  it('sends the origin headers with the errors of its API code (no access, no such method)', async () => {
    const request = asSentBy(new Request(`${MATOMO_URL}?module=API&format=JSON&method=UsersManager.getUsers`, { method: 'POST', body: new URLSearchParams(viewer) }), { Origin: origin });
    const response = await backend.handle(request);
    expect(response.status).to.equal(401);
    expect(response.headers.get('access-control-allow-origin')).to.equal(origin);
  });

  it('answers a refused token with 401 and no CORS headers: a page elsewhere cannot read it (measured)', async () => {
    const response = await backend.handle(post('wrong'));
    expect(response.status).to.equal(401);
    expect(response.headers.get('access-control-allow-origin')).to.equal(null);
    expect(response.headers.get('access-control-allow-credentials')).to.equal(null);
    expect(((await response.json()) as ErrorBody).message).to.equal(BAD_TOKEN);
  });

  it('names only the origins it allows (cors_domains), and its own', async () => {
    const elsewhere = await backend.handle(asSentBy(post(DEMO_TOKENS.matomoSuperUser), { Origin: 'https://not-listed.example' }));
    expect(elsewhere.status).to.equal(200);
    expect(elsewhere.headers.get('access-control-allow-origin')).to.equal(null);
    const own = await backend.handle(asSentBy(post(DEMO_TOKENS.matomoSuperUser), { Origin: new URL(MATOMO_URL).origin }));
    expect(own.headers.get('access-control-allow-origin')).to.equal(new URL(MATOMO_URL).origin);
    const none = await matomo(backend, { method: 'UsersManager.hasSuperUserAccess' }, superUser);
    expect(none.response.headers.get('access-control-allow-origin')).to.equal(null);
    const configured = createDemoBackend({ now: NOW });
    const listedNowhere = await configured.handle(post(DEMO_TOKENS.matomoSuperUser));
    expect(listedNowhere.headers.get('access-control-allow-origin')).to.equal(null);
    configured.configure({ corsOrigins: [origin] });
    expect((await configured.handle(post(DEMO_TOKENS.matomoSuperUser))).headers.get('access-control-allow-origin')).to.equal(origin);
    configured.configure({ corsOrigins: '*' });
    expect((await configured.handle(post(DEMO_TOKENS.matomoSuperUser))).headers.get('access-control-allow-origin')).to.equal(origin);
  });
});

describe('demo Matomo: failed sign-ins, and the block that follows too many', () => {
  const origin = 'https://dashboard.example.com';
  const post = (token: string | undefined, address = '198.51.100.7') => {
    const request = asSentBy(
      new Request(`${MATOMO_URL}?module=API&format=JSON&method=UsersManager.hasSuperUserAccess`, { method: 'POST', body: new URLSearchParams(token ? { token_auth: token } : {}) }),
      { Origin: origin },
    );
    return { request, client: { address } };
  };
  const send = (backend: ReturnType<typeof createDemoBackend>, token: string | undefined, address?: string) => {
    const { request, client } = post(token, address);
    return backend.handle(request, client);
  };

  it('counts one failed sign-in per refused request and per address (a bulk request counts once)', async () => {
    const backend = createDemoBackend({ now: NOW, corsOrigins: [origin] });
    await send(backend, 'wrong');
    await send(backend, 'wrong');
    await send(backend, DEMO_TOKENS.matomoSuperUser);
    await send(backend, undefined);
    expect(backend.state.failedSignIns('198.51.100.7')).to.equal(2);
    expect(backend.state.failedSignIns('203.0.113.9')).to.equal(0);
    const bulk = new Request(`${MATOMO_URL}?module=API&format=JSON&method=API.getBulkRequest`, {
      method: 'POST',
      body: new URLSearchParams({ 'urls[0]': 'method=UsersManager.hasSuperUserAccess&token_auth=bad1', 'urls[1]': 'method=UsersManager.hasSuperUserAccess&token_auth=bad2' }),
    });
    const answer = await backend.handle(bulk, { address: '198.51.100.7' });
    expect(answer.status).to.equal(200);
    expect(backend.state.failedSignIns('198.51.100.7')).to.equal(3);
  });

  it('blocks an address after 20 in the window: every request, a valid token and no token too, gets HTTP 500 without CORS headers', async () => {
    const backend = createDemoBackend({ now: NOW, corsOrigins: [origin] });
    for (let i = 0; i < 19; i++) expect((await send(backend, `wrong-${i}`)).status).to.equal(401);
    expect((await send(backend, DEMO_TOKENS.matomoSuperUser)).status).to.equal(200);
    await send(backend, 'one-too-many');
    for (const token of [DEMO_TOKENS.matomoSuperUser, undefined, 'wrong']) {
      const response = await send(backend, token);
      expect(response.status, String(token)).to.equal(500);
      expect(response.headers.get('access-control-allow-origin')).to.equal(null);
      expect(((await response.json()) as ErrorBody).message).to.match(/too many failed logins/);
    }
    // Not counted while blocked; another address is not blocked.
    expect(backend.state.failedSignIns('198.51.100.7')).to.equal(20);
    expect((await send(backend, DEMO_TOKENS.matomoSuperUser, '203.0.113.9')).status).to.equal(200);
    backend.resetSignIns();
    expect((await send(backend, DEMO_TOKENS.matomoSuperUser)).status).to.equal(200);
  });

  it('forgets failed sign-ins once they leave the window', async () => {
    const backend = createDemoBackend({ now: NOW, signInLimits: { limit: 2, windowMs: 50 } });
    await send(backend, 'wrong');
    await send(backend, 'wrong');
    expect((await send(backend, DEMO_TOKENS.matomoSuperUser)).status).to.equal(500);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await send(backend, DEMO_TOKENS.matomoSuperUser)).status).to.equal(200);
    expect(backend.state.failedSignIns('198.51.100.7')).to.equal(0);
  });
});

describe('demo Matomo: API.getBulkRequest', () => {
  const backend = createDemoBackend({ now: NOW });

  it('answers each sub-request in order, merging the outer token into each', async () => {
    const { response, data } = await matomo<unknown[]>(
      backend,
      { method: 'API.getBulkRequest' },
      {
        ...superUser,
        'urls[0]': 'method=UsersManager.hasSuperUserAccess',
        'urls[1]': 'method=ActivityLog.getEntryCount&filterByUserLogin=reader',
        'urls[2]': 'method=ActivityLog.getEntries&limit=2',
      },
    );
    expect(response.status).to.equal(200);
    expect(data).to.have.length(3);
    expect(data[0]).to.deep.equal({ value: true });
    expect((data[1] as { value: string }).value).to.match(/^\d+$/);
    expect(data[2]).to.have.length(2);
  });

  it('makes a failing sub-request its own error element of a 200 answer', async () => {
    const { response, data } = await matomo<unknown[]>(
      backend,
      { method: 'API.getBulkRequest' },
      {
        ...viewer,
        'urls[0]': 'method=UsersManager.hasSuperUserAccess',
        'urls[1]': 'method=UsersManager.getUsers',
        'urls[2]': 'method=VisitsSummary.get&idSite=3&period=day&date=yesterday',
        'urls[3]': 'method=VisitsSummary.get&idSite=2&period=day&date=yesterday&format_metrics=0',
      },
    );
    expect(response.status).to.equal(200);
    expect(data[0]).to.deep.equal({ value: false });
    expect(data[1]).to.have.property('result', 'error');
    expect((data[2] as ErrorBody).message).to.equal("You can't access this resource as it requires 'view' access for the website id = 3.");
    expect(data[3]).to.have.property('nb_visits');
  });

  it('fails as a whole with 401 when the outer token is bad', async () => {
    const { response, data } = await matomo<ErrorBody>(
      backend,
      { method: 'API.getBulkRequest' },
      { token_auth: 'bad', 'urls[0]': 'method=UsersManager.hasSuperUserAccess' },
    );
    expect(response.status).to.equal(401);
    expect(data.message).to.equal(BAD_TOKEN);
  });

  it('takes urls[] from the query string as well', async () => {
    const { data } = await matomo<unknown[]>(
      backend,
      { method: 'API.getBulkRequest', 'urls[0]': 'method=SitesManager.getSiteFromId&idSite=1', 'urls[1]': 'method=UsersManager.hasSuperUserAccess' },
      superUser,
    );
    expect(data).to.have.length(2);
    expect(data[0]).to.have.property('name', 'Shop');
  });

  it('applies filter_limit inside each sub-request', async () => {
    const { data } = await matomo<unknown[][]>(
      backend,
      { method: 'API.getBulkRequest' },
      { ...superUser, 'urls[0]': 'method=ActivityLog.getEntries&limit=-1', 'urls[1]': 'method=ActivityLog.getEntries&limit=-1&filter_limit=-1' },
    );
    expect(data[0]).to.have.length(100);
    expect(data[1]).to.have.length(3000);
  });
});

describe('demo Matomo: Activity Log', () => {
  const backend = createDemoBackend({ now: NOW });

  it('lists 25 entries by default, newest first', async () => {
    const { data } = await matomo<Array<Entry & { datetime: string }>>(backend, { method: 'ActivityLog.getEntries' }, superUser);
    expect(data).to.have.length(25);
    const times = data.map((e) => e.datetime);
    expect([...times].sort().reverse()).to.deep.equal(times);
  });

  it('pages with offset and limit', async () => {
    const first = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', offset: '0', limit: '20' }, superUser);
    const second = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', offset: '10', limit: '10' }, superUser);
    expect(second.data.map((e) => e.id)).to.deep.equal(first.data.slice(10).map((e) => e.id));
  });

  it('filters by user and by type for a super user, and counts with a number (measured)', async () => {
    const entries = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByUserLogin: 'reader', limit: '-1', filter_limit: '-1' }, superUser);
    expect(entries.data.length).to.be.above(0);
    expect(entries.data.every((e) => e.user_login === 'reader')).to.equal(true);
    const count = await matomo<{ value: unknown }>(backend, { method: 'ActivityLog.getEntryCount', filterByUserLogin: 'reader' }, superUser);
    expect(count.data.value).to.equal(entries.data.length);
    const goals = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByActivityType: 'ActivityLog/GoalAdded', limit: '-1', filter_limit: '-1' }, superUser);
    expect(goals.data.length).to.be.above(0);
    expect(goals.data.every((e) => e.type === 'ActivityLog/GoalAdded')).to.equal(true);
  });

  it('counts everything as the number 3000', async () => {
    const { data } = await matomo(backend, { method: 'ActivityLog.getEntryCount' }, superUser);
    expect(data).to.deep.equal({ value: 3000 });
  });

  it('gives a user who is not a super user only their own entries, whatever they filter by', async () => {
    const own = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '-1', filter_limit: '-1' }, viewer);
    expect(own.data.length).to.be.above(0);
    expect(own.data.every((e) => e.user_login === 'reader')).to.equal(true);
    const other = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByUserLogin: 'admin', limit: '-1', filter_limit: '-1' }, viewer);
    expect(other.data.map((e) => e.id)).to.deep.equal(own.data.map((e) => e.id));
    const count = await matomo<{ value: number }>(backend, { method: 'ActivityLog.getEntryCount', filterByUserLogin: 'admin' }, viewer);
    expect(count.data.value).to.equal(own.data.length);
  });
});

describe('demo Matomo: the Activity Log plugin 5.0 and 5.1', () => {
  type Dated = Entry & { datetime: string };
  const inDays = (entries: readonly Dated[], from: string, to: string) => entries.filter((e) => e.datetime.slice(0, 10) >= from && e.datetime.slice(0, 10) <= to);

  it('5.0 (as measured) ignores period and date: the whole log', async () => {
    const backend = createDemoBackend({ now: NOW });
    const { data } = await matomo(backend, { method: 'ActivityLog.getEntryCount', period: 'day', date: '1991-08-06' }, superUser);
    expect(data).to.deep.equal({ value: 3000 });
  });

  it('5.1 keeps the entries of the UTC days period and date name, in counts and lists, with the other filters', async () => {
    const backend = createDemoBackend({ now: NOW, activityLog: '5.1' });
    const all = backend.state.matomo.activity as readonly Dated[];
    expect((await matomo(backend, { method: 'ActivityLog.getEntryCount', period: 'day', date: '1991-08-06' }, superUser)).data).to.deep.equal({ value: 0 });
    const range = { period: 'range', date: '2025-02-01,2025-02-03' };
    const want = inDays(all, '2025-02-01', '2025-02-03');
    expect(want.length).to.be.above(5);
    expect((await matomo(backend, { method: 'ActivityLog.getEntryCount', ...range }, superUser)).data).to.deep.equal({ value: want.length });
    const page = await matomo<Dated[]>(backend, { method: 'ActivityLog.getEntries', ...range, offset: '2', limit: '3', filter_limit: '3' }, superUser);
    expect(page.data.map((e) => e.id)).to.deep.equal(want.slice(2, 5).map((e) => e.id));
    const month = await matomo(backend, { method: 'ActivityLog.getEntryCount', period: 'month', date: '2025-01-15' }, superUser);
    expect(month.data).to.deep.equal({ value: inDays(all, '2025-01-01', '2025-01-31').length });
    const own = await matomo(backend, { method: 'ActivityLog.getEntryCount', ...range }, viewer);
    expect(own.data).to.deep.equal({ value: want.filter((e) => e.user_login === 'reader').length });
    const open = await matomo(backend, { method: 'ActivityLog.getEntryCount', period: 'range', date: '2025-03-01,today' }, superUser);
    expect(open.data).to.deep.equal({ value: inDays(all, '2025-03-01', '2025-03-15').length });
    // Without both parameters, no date filter.
    expect((await matomo(backend, { method: 'ActivityLog.getEntryCount', date: '2025-02-01' }, superUser)).data).to.deep.equal({ value: 3000 });
  });

  it('5.1 refuses dates Matomo refuses, with its message', async () => {
    const backend = createDemoBackend({ now: NOW });
    backend.configure({ activityLog: '5.1' });
    const early = await matomo<ErrorBody>(backend, { method: 'ActivityLog.getEntryCount', period: 'range', date: '1980-01-01,2025-01-01' }, superUser);
    expect(early.data.message).to.contain('is a date before first website was online');
    const garbage = await matomo<ErrorBody>(backend, { method: 'ActivityLog.getEntries', period: 'day', date: 'soon' }, superUser);
    expect(garbage.data.result).to.equal('error');
  });
});
