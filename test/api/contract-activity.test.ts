import { expect } from '@open-wc/testing';
import { MatomoActivitySource, toEntries, type ActivityQuery } from '../../src/api/activity-source.js';
import { PermissionError } from '../../src/api/errors.js';
import { RefusedTokenError } from '../../src/api/sign-in-errors.js';
import { MatomoClient, scalarBoolean, scalarNumber, type MatomoCall } from '../../src/api/matomo.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import { MatomoVisitsSource, toSiteVisits } from '../../src/api/visits-source.js';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { rejection, stubFetch, type RecordedRequest } from '../helpers/fetch-stub.js';
import { answerOf, bodyFields, callsOf, recording, RECORDED_PAGE_ORIGIN, shapeOf, sortedParams, type Recording, type RecordedExchange } from './real-matomo.js';

// The contract with a real Matomo (5.1.2, Activity Log plugin 5.0.2), from the exchanges recorded
// in test/fixtures/real-matomo/: every Activity Log recording, and the chart's refused, missing and
// secure-only tokens. Each recorded answer is read by the Matomo client as the widgets read it, and
// each recorded request is sent to the demo backend, which must answer in the same shape, with the
// same status and the same CORS behaviour.

const ACTIVITY = [
  'al-bad-token',
  'al-bad-token-live5',
  'al-no-token',
  'al-super-daterange-LA',
  'al-super-daterange-Tokyo',
  'al-super-daterange-utc',
  'al-super-de-locale',
  'al-super-default',
  'al-super-pagesize-1000',
  'al-super-pagesize-120',
  'al-super-paging-10',
  'al-super-search-firefox',
  'al-super-search-viewer-note',
  'al-super-type-goaladded',
  'al-super-user-viewer',
  'al-view-own',
  'al-view-secure-only',
  'al-view-type-annot-tzLA',
];
const VISITS = ['vc-bad-token', 'vc-no-token', 'vc-secure-only-token'];

const API_BASE = 'http://127.0.0.1:41080/';
/** The answer the same server gives a request without a token (recorded in al-no-token): readable, with CORS headers. */
const TOKENLESS = { result: 'error', message: 'You must be logged in to access this functionality.' };
const hasToken = (r: { body?: string; failed?: string }) => !!r.failed || bodyFields(r.body ?? '').has('token_auth');
const methodOf = (url: string) => new URL(url).searchParams.get('method') ?? '';

/** A fetch that plays the recorded server for one exchange: the request must be the recorded one; a request without a token (the client's probe) gets the tokenless answer. */
function serverFor(exchange: RecordedExchange, answer: unknown) {
  return stubFetch((request) => {
    if (!hasToken(request) && hasToken(exchange)) return new Response(JSON.stringify(TOKENLESS), { status: 401, headers: { 'Content-Type': 'application/json' } });
    if (exchange.failed) return Promise.reject(new TypeError('Failed to fetch'));
    return new Response(JSON.stringify(answer), { status: exchange.status, headers: { 'Content-Type': exchange.ctype ?? 'application/json' } });
  });
}

/** What the client sent is what the widget sent that day: method, calls and their parameters, the token in the body only. */
function expectSameRequest(sent: RecordedRequest, exchange: RecordedExchange): void {
  expect(sent.method).to.equal('POST');
  expect(methodOf(sent.url)).to.equal(methodOf(exchange.url));
  const mine = callsOf({ url: sent.url, body: sent.body }).map((c) => [c.method, sortedParams(c.params)]);
  const theirs = callsOf(exchange).map((c) => [c.method, sortedParams(c.params)]);
  expect(mine).to.deep.equal(theirs);
  expect(hasToken(sent)).to.equal(hasToken(exchange));
  expect(new URL(sent.url).searchParams.has('token_auth')).to.equal(false);
}

/** The query of a recorded Activity Log call. */
function queryOf(params: URLSearchParams): ActivityQuery {
  return {
    offset: Number(params.get('offset') ?? 0),
    limit: Number(params.get('limit') ?? 25),
    user: params.get('filterByUserLogin') ?? undefined,
    type: params.get('filterByActivityType') ?? undefined,
  };
}

/** Entries as the widget needs them, from the raw entries a real Matomo sent. */
function expectEntriesRead(entries: ReturnType<typeof toEntries>, raw: unknown): void {
  const list = raw as Array<Record<string, unknown>>;
  expect(entries).to.have.length(list.length);
  entries.forEach((entry, i) => {
    const r = list[i]!;
    expect(entry.id).to.equal(String(r.id));
    expect(entry.userLogin).to.equal(r.user_login);
    expect(entry.type).to.equal(r.type);
    expect(entry.description).to.equal(r.description);
    expect(entry.datetime!.toISOString()).to.equal(`${String(r.datetime).replace(' ', 'T')}.000Z`);
    expect(entry.avatar).to.equal(r.avatar);
    expect(entry.parameters).to.deep.equal(Array.isArray(r.parameters) ? {} : r.parameters);
  });
}

/** The demo backend's answer to a recorded request, tokens mapped to the demo's, from the recorded page's origin. */
async function demoAnswer(demo: ReturnType<typeof createDemoBackend>, exchange: RecordedExchange, body: string): Promise<Response> {
  const url = new URL(exchange.url);
  const request = new Request(`https://analytics.example.test/matomo/index.php${url.search}`, { method: 'POST', body: new URLSearchParams([...bodyFields(body)]) });
  // Page code may not set Origin; the browser does. A Proxy hands the handler the header a browser sends.
  const headers = new Headers(request.headers);
  headers.set('Origin', RECORDED_PAGE_ORIGIN);
  const sent = new Proxy(request, {
    get: (target, key) => (key === 'headers' ? headers : typeof Reflect.get(target, key) === 'function' ? (Reflect.get(target, key) as (...a: unknown[]) => unknown).bind(target) : Reflect.get(target, key)),
  });
  return demo.handle(sent, { address: '192.0.2.44' });
}

const DEMO_TOKEN = new Map([
  ['<SUPER>', DEMO_TOKENS.matomoSuperUser],
  ['<VIEW>', DEMO_TOKENS.matomoViewer],
  ['<VIEW_SECURE>', DEMO_TOKENS.matomoViewer],
]);

/** A recorded body with the demo's tokens; a failed request (not recorded) as the widget sends its first one, with a refused token. */
function demoBody(rec: Recording, exchange: RecordedExchange): string {
  if (exchange.failed) {
    const first = rec.tag === 'activity-log' ? ['UsersManager.hasSuperUserAccess', 'UsersManager.getUsersLogin'] : ['VisitsSummary.get'];
    const body = new URLSearchParams({ token_auth: 'a-refused-token' });
    first.forEach((method, i) => body.set(`urls[${i}]`, new URLSearchParams({ method, filter_limit: '-1', format_metrics: '0', idSite: '1', period: 'day', date: 'last7' }).toString()));
    return [...body].map(([k, v]) => `${k}=${v}`).join('&');
  }
  let body = exchange.body ?? '';
  for (const [placeholder, token] of DEMO_TOKEN) body = body.split(placeholder).join(token);
  // That server's view-only user is "viewer"; the demo's is "reader".
  body = body.replace(/filterByUserLogin=viewer(?=&|$)/g, 'filterByUserLogin=reader');
  // The recorded server gave the anonymous user no access to site 1; the demo's anonymous user may view
  // site 1, so the demo is asked about a site it may not (the answer's shape is what is compared).
  if (!hasToken(exchange)) body = body.replace(/idSite%3D1(?=&|$)/g, 'idSite%3D2').replace(/idSite=1(?=&|$)/g, 'idSite=2');
  return body;
}

describe('contract: the Matomo client reads what a real Matomo answered (Activity Log)', () => {
  beforeEach(() => forgetSignIns());

  for (const name of ACTIVITY) {
    it(name, async () => {
      const rec = await recording(name);
      if (rec.requests.every((r) => r.failed)) {
        // A refused token: a 401 without CORS headers, so fetch failed. The widget of that day sent
        // it twice and said "could not reach"; the client sends it once and names the refusal.
        expect(rec.requests.length).to.be.at.least(2);
        const { fetch, requests } = serverFor(rec.requests[0]!, undefined);
        const source = new MatomoActivitySource(new MatomoClient({ apiBase: API_BASE, token: 'a-refused-token', fetch }));
        const errors = await Promise.all([rejection(source.getViewer()), rejection(source.getPage({ offset: 0, limit: 25 }))]);
        for (const error of errors) expect(error).to.be.instanceOf(RefusedTokenError);
        expect(requests.filter(hasToken)).to.have.length(1);
        expect(requests.filter((r) => !hasToken(r)).map((r) => methodOf(r.url))).to.deep.equal(['API.getMatomoVersion']);
        return;
      }
      for (const exchange of rec.requests) {
        const { data, complete } = answerOf(exchange.response!);
        const calls = callsOf(exchange);
        const methods = calls.map((c) => c.method).join(' ');
        const { fetch, requests } = serverFor(exchange, data);
        const token = bodyFields(exchange.body ?? '').get('token_auth');
        const source = new MatomoActivitySource(new MatomoClient({ apiBase: API_BASE, token: token ?? '', fetch }));
        const bulk = data as unknown[];

        if (methods === 'UsersManager.hasSuperUserAccess UsersManager.getUsersLogin') {
          const viewer = await source.getViewer();
          const superUser = scalarBoolean(bulk[0], { key: 'whether this is a super user (yes or no)' });
          expect(viewer.superUser).to.equal(superUser);
          // Logins as the user filter offers them ("anonymous" included, measured).
          expect(viewer.logins).to.deep.equal(superUser ? [...(bulk[1] as string[])].sort((a, b) => a.localeCompare(b)) : []);
          if (superUser) expect(viewer.logins).to.include('anonymous');
        } else if (methods === 'ActivityLog.getEntries ActivityLog.getEntryCount') {
          const query = queryOf(calls[0]!.params);
          const refused = bulk.find((answer) => (answer as { result?: string }).result === 'error') as { message: string } | undefined;
          if (refused) {
            // No access (no token): the error the widget showed that day.
            const error = await rejection(source.getPage(query));
            expect(error).to.be.instanceOf(PermissionError);
            expect(error.message).to.equal((rec as unknown as { events: Array<{ detail: { message: string } }> }).events[0]!.detail.message);
          } else if (complete) {
            const page = await source.getPage(query);
            expectEntriesRead(page.entries, bulk[0]);
            expect(page.total).to.equal(scalarNumber(bulk[1], { key: 'the number of activities (a number)' }));
          } else {
            // Cut when recorded (the count with it): the request is checked, and the entries
            // recorded whole are read by the source's own reader.
            await rejection(source.getPage(query));
            expectEntriesRead(toEntries(bulk[0]), bulk[0]);
          }
        } else if (methods === 'ActivityLog.getEntryCount') {
          const count = await source.getCount(queryOf(calls[0]!.params));
          expect(count).to.equal((data as { value: number }).value);
          expect(typeof (data as { value: unknown }).value).to.equal('number'); // measured: a number
        } else if (methods === 'ActivityLog.getEntries') {
          expectEntriesRead(await source.getEntries(queryOf(calls[0]!.params)), data);
        } else {
          throw new Error(`a recorded request this test does not read: ${methods}`);
        }
        expect(requests).to.have.length(1);
        expectSameRequest(requests[0]!, exchange);
      }
    });
  }

  it('reads an annotation\'s note (text) and day (date), as recorded', async () => {
    const rec = await recording('al-view-type-annot-tzLA');
    const { data } = answerOf(rec.requests[1]!.response!);
    const [entry] = toEntries((data as unknown[])[0]);
    const items = (entry!.parameters as { items: Array<{ type: string; data: Record<string, unknown> }> }).items;
    expect(items[0]).to.deep.equal({ type: 'annotation', data: { id: 37, text: 'Viewer bulk 1', date: '2026-11-01' } });
  });
});

describe('contract: the Matomo client reads what a real Matomo answered (visits: tokens)', () => {
  beforeEach(() => forgetSignIns());

  it('vc-bad-token: a refused token (401 without CORS headers) is named as such, sent once', async () => {
    const rec = await recording('vc-bad-token');
    expect(rec.requests).to.have.length(1);
    expect(rec.requests[0]!.failed).to.equal('net::ERR_FAILED');
    const { fetch, requests } = serverFor(rec.requests[0]!, undefined);
    const source = new MatomoVisitsSource(new MatomoClient({ apiBase: API_BASE, token: 'a-refused-token', fetch }));
    const error = await rejection(source.getVisits({ siteIds: ['1'], period: 'day', date: 'last7' }));
    expect(error).to.be.instanceOf(RefusedTokenError);
    expect(requests.filter(hasToken)).to.have.length(1);
  });

  it('vc-no-token: the anonymous user without access reads as a permission error that says no token was given, as the widget said', async () => {
    const rec = await recording('vc-no-token');
    const [exchange] = rec.requests;
    const { data, complete } = answerOf(exchange!.response!);
    expect(complete).to.equal(true);
    const { fetch, requests } = serverFor(exchange!, data);
    const client = new MatomoClient({ apiBase: API_BASE, fetch });
    const answers = await client.bulk(callsOf(exchange!).map((c): MatomoCall => ({ method: c.method, params: Object.fromEntries(c.params) })));
    expect(answers.every((a) => a instanceof PermissionError)).to.equal(true);
    const said = (rec as unknown as { events: Array<{ detail: { message: string } }> }).events[0]!.detail.message;
    expect((answers[0] as Error).message).to.equal(said);
    expectSameRequest(requests[0]!, exchange!);
  });

  it('vc-secure-only-token: a secure-only token in the POST body is accepted, and the visits read', async () => {
    const rec = await recording('vc-secure-only-token');
    const [exchange] = rec.requests;
    const { data } = answerOf(exchange!.response!);
    // Cut when recorded after the first sub-answer: that one is read by the source's reader.
    const [site] = toSiteVisits((data as unknown[])[0], ['1']);
    expect(site!.points).to.have.length(7);
    expect(site!.points.every((p) => p.metrics && typeof p.metrics.nb_visits === 'number')).to.equal(true);
    expect(bodyFields(exchange!.body!).get('token_auth')).to.equal('<VIEW_SECURE>');
    expect(new URL(exchange!.url).searchParams.has('token_auth')).to.equal(false);
  });
});

describe('contract: the demo backend answers the recorded requests as the real Matomo did', () => {
  for (const name of [...ACTIVITY, ...VISITS]) {
    it(name, async () => {
      const rec = await recording(name);
      const demo = createDemoBackend({ corsOrigins: [RECORDED_PAGE_ORIGIN] });
      for (const exchange of rec.requests) {
        const response = await demoAnswer(demo, exchange, demoBody(rec, exchange));
        const text = await response.text();
        if (exchange.failed) {
          // What the browser could not read: a 401 without CORS headers.
          expect(response.status, 'status').to.equal(401);
          expect(response.headers.get('access-control-allow-origin'), 'CORS').to.equal(null);
          continue;
        }
        expect(response.status, `status of ${exchange.url}`).to.equal(exchange.status);
        expect(response.headers.get('access-control-allow-origin'), 'CORS').to.equal(exchange.acao ?? null);
        expect(response.headers.get('access-control-allow-credentials'), 'CORS').to.equal(exchange.acac ?? null);
        expect(response.headers.get('content-type')).to.equal(exchange.ctype);
        const real = answerOf(exchange.response!);
        const mine = JSON.parse(text) as unknown;
        if (real.complete) {
          expect(shapeOf(mine), `shape of ${exchange.url}`).to.equal(shapeOf(real.data));
        } else {
          // Cut when recorded: the elements recorded whole are compared with the demo's.
          const recorded = real.data as unknown[];
          const answered = mine as unknown[];
          recorded.forEach((element, i) => {
            if (Array.isArray(element) && Array.isArray(answered[i])) expect(shapeOf((answered[i] as unknown[]).slice(0, element.length))).to.equal(shapeOf(element));
            else if (typeof element === 'object' && element && !Array.isArray(element) && Object.keys(element).some((k) => /^\d{4}-/.test(k))) expect(shapeOf(answered[i])).to.equal(shapeOf(element));
            else if (!Array.isArray(recorded[0]) && typeof recorded[0] === 'object' && 'user_login' in (recorded[0] as object)) expect(shapeOf(answered.slice(0, recorded.length))).to.equal(shapeOf(recorded));
            else expect(shapeOf(answered[i])).to.equal(shapeOf(element));
          });
        }
      }
    });
  }
});
