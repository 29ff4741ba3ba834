import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { forgetServerDays } from '../../src/api/activity-days.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { json, stubFetch } from '../helpers/fetch-stub.js';
import { answerOf, recording } from '../api/real-matomo.js';
import { $, $$, loads, record, rows, searchFor, summary, text } from './element-helpers.js';
import { useFetch } from './fake-matomo.js';

// <activity-log> with what a real Matomo sends (recorded), and against the demo backend playing
// one: an annotation's note, Matomo's HTML-escaped messages, the server's own avatars, and the
// Activity Log plugin 5.1's dates on the server (5.0 keeps the search in the browser).

let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let restore: () => void = () => {};

beforeEach(() => {
  forgetSignIns();
  forgetServerDays();
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
});

const details = (row: Element) => [...row.querySelectorAll('[part="details"]')].map((d) => text(d));

describe('<activity-log> with what a real Matomo sent', () => {
  /** Serves the recorded answers of al-view-type-annot-tzLA (a viewer's annotations) to any request. */
  async function recordedAnnotations(): Promise<{ entries: Array<Record<string, unknown>> }> {
    const rec = await recording('al-view-type-annot-tzLA');
    const viewer = answerOf(rec.requests[0]!.response!).data;
    const page = answerOf(rec.requests[1]!.response!).data as unknown[];
    const entries = page[0] as Array<Record<string, unknown>>;
    const answer = (method: string | null, params: URLSearchParams) => {
      if (method === 'UsersManager.hasSuperUserAccess') return (viewer as unknown[])[0];
      if (method === 'UsersManager.getUsersLogin') return (viewer as unknown[])[1];
      if (method === 'ActivityLog.getEntries') return entries.slice(Number(params.get('offset') ?? 0)).slice(0, Number(params.get('limit') ?? 25));
      return { value: entries.length };
    };
    const stub = stubFetch((request) => {
      const url = new URL(request.url);
      const body = new URLSearchParams(request.body);
      if (url.searchParams.get('method') !== 'API.getBulkRequest') return json(answer(url.searchParams.get('method'), url.searchParams));
      // The page's first requests go out as one bulk: the viewer's two calls and the page's two.
      const subs = [...body.keys()].filter((k) => k.startsWith('urls[')).map((k) => new URLSearchParams(body.get(k)!));
      return json(subs.map((params) => answer(params.get('method'), params)));
    });
    restore = useFetch(stub.fetch);
    return { entries };
  }

  it("shows an annotation's note and day, which the widget of that day left out", async () => {
    const { entries } = await recordedAnnotations();
    const el = await fixture<ActivityLog>(html`<activity-log api-base="http://127.0.0.1:41080/" .token=${'<VIEW>'}></activity-log>`);
    await loads(el, loadsRec);
    expect(rows(el)).to.have.length(entries.length);
    const first = rows(el)[0]!;
    expect(text(first.querySelector('.description'))).to.equal('added a new annotation');
    expect(details(first)).to.deep.equal(['Annotation: Viewer bulk 1 (2026-11-01)', 'Website: Shop (Los Angeles) <b>&</b> (id 2) – https://shop.example.com']);
  });

  it('finds annotations by the words of their notes', async () => {
    const { entries } = await recordedAnnotations();
    const el = await fixture<ActivityLog>(html`<activity-log api-base="http://127.0.0.1:41080/" .token=${'<VIEW>'}></activity-log>`);
    await loads(el, loadsRec);
    // "bulk" is in the notes only ("Viewer bulk 1", …): not in a login, a description, a type or a site.
    await searchFor(el, 'BULK');
    await waitUntil(() => loadsRec.events.at(-1)?.detail.filters.search === 'BULK' && loadsRec.events.at(-1)!.detail.totalExact, 'the search did not finish');
    expect(rows(el)).to.have.length(entries.length);
    expect(summary(el)).to.contain(`${entries.length} matching`);
    expect(details(rows(el)[2]!)[0]).to.equal('Annotation: Viewer bulk 3 (2026-11-03)');
  });

  it("shows Matomo's HTML-escaped messages as the plain text they stand for, never as markup", async () => {
    const stub = stubFetch(() => json({ result: 'error', message: 'The plugin ActivityLog is not enabled. You can activate the plugin on Settings &gt; Plugins page in Matomo. &lt;b&gt;x&lt;/b&gt;' }));
    restore = useFetch(stub.fetch);
    const el = await fixture<ActivityLog>(html`<activity-log api-base="http://127.0.0.1:41080/" .token=${'<SUPER>'}></activity-log>`);
    await waitUntil(() => $(el, '[part="error"]'), 'no error shown');
    const box = $(el, '[part="error"]')!;
    expect(text(box)).to.contain('You can activate the plugin on Settings > Plugins page in Matomo. <b>x</b>');
    expect(box.querySelector('b')).to.equal(null);
  });
});

describe('<activity-log> and the server\'s own avatars', () => {
  it('resolves them against an api-base on another origin, not against the page', async () => {
    const elsewhere = ((await executeServerCommand('cross-origin-demo')) as { origin: string }).origin;
    await executeServerCommand('demo-matomo', { reset: true, corsOrigins: 'page' });
    // The view-only user may not read e-mail addresses: the entries' own pictures are shown.
    const el = await fixture<ActivityLog>(html`<activity-log api-base=${`${elsewhere}/matomo`} .token=${DEMO_TOKENS.matomoViewer} gravatar></activity-log>`);
    await waitUntil(() => $$<HTMLImageElement>(el, 'img.loaded').length > 0, 'no picture loaded', { timeout: 10_000 });
    const sources = new Set($$<HTMLImageElement>(el, 'img').map((img) => img.src));
    for (const src of sources) expect(src).to.match(new RegExp(`^${elsewhere}/matomo/plugins/ActivityLog/images/avatar\\d+\\.png$`));
  });
});

describe('<activity-log> dates on the server (Activity Log plugin 5.1) or in the browser (5.0)', () => {
  let demo: InstalledDemoBackend;
  afterEach(() => demo.uninstall());
  before(() => executeServerCommand('set-timezone', { timezoneId: 'UTC' }));
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  /** The Activity Log calls sent (bulk sub-calls included), with the parameters that matter here. */
  async function activityCalls(): Promise<Array<{ method: string; date: string | null; offset: string | null }>> {
    const calls = [];
    for (const request of demo.requests) {
      const url = new URL(request.url);
      const body = new URLSearchParams(await request.clone().text());
      const subs = [...body.keys()].filter((k) => k.startsWith('urls[')).map((k) => new URLSearchParams(body.get(k)!));
      for (const params of subs.length ? subs : [url.searchParams]) {
        const method = params.get('method') ?? '';
        if (method.startsWith('ActivityLog.')) calls.push({ method, date: params.get('date'), offset: params.get('offset') });
      }
    }
    return calls;
  }

  async function mountWithDates(): Promise<ActivityLog> {
    const el = await fixture<ActivityLog>(html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser}></activity-log>`);
    await loads(el, loadsRec);
    demo.requests.length = 0;
    el.filters = { dateFrom: '2025-02-03', dateTo: '2025-02-05' };
    await loads(el, loadsRec, 2);
    return el;
  }

  function expectRange(el: ActivityLog): void {
    const want = demo.backend.state.matomo.activity.filter((e) => e.datetime >= '2025-02-03' && e.datetime < '2025-02-06');
    expect(want.length).to.be.above(5);
    const shown = loadsRec.events.at(-1)!.detail;
    expect(shown).to.include({ total: want.length, totalExact: true });
    expect(rows(el).map((r) => r.dataset.key)).to.deep.equal(want.slice(0, 25).map((e) => String(e.id)));
  }

  it('5.1: a date range costs one count and one page, on the server', async () => {
    demo = installDemoBackend({ now: Date.UTC(2025, 2, 15), activityLog: '5.1' });
    const el = await mountWithDates();
    expectRange(el);
    const calls = await activityCalls();
    // The first date count also tells whether the server filters dates (in the same request).
    expect(demo.requests).to.have.length(2);
    expect(calls.filter((c) => c.date === '2025-02-03,2025-02-05').map((c) => c.method)).to.deep.equal(['ActivityLog.getEntryCount', 'ActivityLog.getEntries']);
    // Another range, now that the server is known: one count and one page, nothing else.
    demo.requests.length = 0;
    el.filters = { dateFrom: '2025-01-10', dateTo: '2025-01-12' };
    await loads(el, loadsRec, 3);
    expect(await activityCalls()).to.deep.equal([
      { method: 'ActivityLog.getEntryCount', date: '2025-01-10,2025-01-12', offset: null },
      { method: 'ActivityLog.getEntries', date: '2025-01-10,2025-01-12', offset: '0' },
    ]);
  });

  it('5.0: the same range is found in the newest-first list, without dates sent after the first count', async () => {
    demo = installDemoBackend({ now: Date.UTC(2025, 2, 15) });
    const el = await mountWithDates();
    expectRange(el);
    const calls = await activityCalls();
    expect(calls.filter((c) => c.method === 'ActivityLog.getEntries').length).to.be.above(1);
    expect(calls.filter((c) => c.method === 'ActivityLog.getEntries').every((c) => c.date === null)).to.equal(true);
  });
});
