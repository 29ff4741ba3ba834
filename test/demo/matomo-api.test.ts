import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { asSentBy, MATOMO_URL, matomo, NOW } from './helpers.js';

const BAD_TOKEN = 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.';
const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
const viewer = { token_auth: DEMO_TOKENS.matomoViewer };

type Entry = { id: string; user_login: string; type: string };
type ErrorBody = { result: string; message: string };

describe('demo Matomo: authentication', () => {
  const backend = createDemoBackend({ now: NOW });

  it('refuses a token in the query string with 401, like Matomo 5, even when it is valid', async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'UsersManager.hasSuperUserAccess', token_auth: DEMO_TOKENS.matomoSuperUser }, {});
    expect(response.status).to.equal(401);
    expect(data).to.deep.equal({ result: 'error', message: BAD_TOKEN });
  });

  it('refuses an unknown token in the body with 401 and the same message', async () => {
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
    expect(plugin.data.message).to.equal('The plugin Nope is not enabled. You can activate the plugin on Settings > Plugins page in Matomo.');
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
  const backend = createDemoBackend({ now: NOW });
  const origin = 'https://dashboard.example.com';
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

  it('answers a preflight with 200 and the origin headers only, so a browser refuses custom headers', async () => {
    const response = await backend.handle(
      asSentBy(new Request(MATOMO_URL, { method: 'OPTIONS' }), { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' }),
    );
    expect(response.status).to.equal(200);
    expect(response.headers.get('access-control-allow-origin')).to.equal(origin);
    expect(response.headers.get('access-control-allow-headers')).to.equal(null);
    expect(response.headers.get('access-control-allow-methods')).to.equal(null);
    expect(await response.text()).to.equal('');
  });

  it('sends the origin headers with error answers too', async () => {
    const response = await backend.handle(post('wrong'));
    expect(response.status).to.equal(401);
    expect(response.headers.get('access-control-allow-origin')).to.equal(origin);
  });

  it('allows any origin when the request names none', async () => {
    const { response } = await matomo(backend, { method: 'UsersManager.hasSuperUserAccess' }, superUser);
    expect(response.headers.get('access-control-allow-origin')).to.equal('*');
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

  it('filters by user and by type for a super user, and counts with a string', async () => {
    const entries = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByUserLogin: 'reader', limit: '-1', filter_limit: '-1' }, superUser);
    expect(entries.data.length).to.be.above(0);
    expect(entries.data.every((e) => e.user_login === 'reader')).to.equal(true);
    const count = await matomo<{ value: unknown }>(backend, { method: 'ActivityLog.getEntryCount', filterByUserLogin: 'reader' }, superUser);
    expect(count.data.value).to.equal(String(entries.data.length));
    const goals = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByActivityType: 'ActivityLog/GoalAdded', limit: '-1', filter_limit: '-1' }, superUser);
    expect(goals.data.length).to.be.above(0);
    expect(goals.data.every((e) => e.type === 'ActivityLog/GoalAdded')).to.equal(true);
  });

  it('counts everything as the string "3000"', async () => {
    const { data } = await matomo(backend, { method: 'ActivityLog.getEntryCount' }, superUser);
    expect(data).to.deep.equal({ value: '3000' });
  });

  it('gives a user who is not a super user only their own entries, whatever they filter by', async () => {
    const own = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '-1', filter_limit: '-1' }, viewer);
    expect(own.data.length).to.be.above(0);
    expect(own.data.every((e) => e.user_login === 'reader')).to.equal(true);
    const other = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByUserLogin: 'admin', limit: '-1', filter_limit: '-1' }, viewer);
    expect(other.data.map((e) => e.id)).to.deep.equal(own.data.map((e) => e.id));
    const count = await matomo<{ value: string }>(backend, { method: 'ActivityLog.getEntryCount', filterByUserLogin: 'admin' }, viewer);
    expect(count.data.value).to.equal(String(own.data.length));
  });
});
