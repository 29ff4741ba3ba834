import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import type { VisitsChangeDetail } from '../../src/visits-chart/events.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { setClock } from '../../src/core/clock.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { chunks } from '../../src/visits-chart/chunks.js';
import { sortRows, trendPath, trendValues, type OverviewRow } from '../../src/visits-chart/overview.js';
import { buildChartModel } from '../../src/visits-chart/shape.js';
import type { SiteVisits, VisitsMetrics } from '../../src/api/visits-source.js';
import { axeViolations } from '../helpers/axe.js';
import { registerTranslation } from '../../src/i18n/on-demand.js';
import { $, $$, demoCalls, chartOf, day, dayLabels, json, mountDemoChart, seriesValues, settled, stubFetch, text, until, type WireRequest } from './helpers.js';

// Noon UTC on 10 March 2024, as the other demo-backend tests.
const NOW = Date.UTC(2024, 2, 10, 12);

beforeEach(() => setClock(() => NOW));
afterEach(() => {
  setClock();
  forgetSites();
});


const overviewOf = (el: VisitsChart) => el.shadowRoot!.querySelector('dw-visits-overview');

/** Waits for the overview's table with its pageviews (or the failure to read them). */
async function overviewTable(el: VisitsChart): Promise<HTMLTableElement> {
  const table = await until(() => overviewOf(el)?.querySelector('table'), 'the overview');
  await until(() => !text(table).includes('Loading…'), 'the pageviews');
  await el.updateComplete;
  return table;
}

/** The overview's body rows as a user reads them: one array of cell texts per row. */
const rows = (table: HTMLTableElement) => Array.from(table.tBodies[0]!.rows, (row) => Array.from(row.cells, (cell) => text(cell)));
const totalsRow = (table: HTMLTableElement) => Array.from(table.tFoot!.rows[0]!.cells, (cell) => text(cell));
const header = (table: HTMLTableElement, name: string) => Array.from(table.tHead!.rows[0]!.cells).find((th) => text(th).startsWith(name))!;

/** Every sub-request the demo backend received. */
const sum = (values: Array<number | null>) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

describe('<visits-chart> overview against the demo backend', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  it('opens on the overview with site-id="all": a row per site the token may view, the chart’s figures, pageviews from one MultiSites.getAll over the same days', async () => {
    const el = await mountDemoChart({ 'site-id': 'all', date: 'last7' });
    const table = await overviewTable(el);
    const button = $$<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === 'Overview')!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.chart-box').hidden).to.equal(true);

    const body = rows(table);
    expect(body.map((r) => r[0])).to.have.members(['Shop', 'Blog', 'Docs']);
    // Visits are the sums of the chart's lines (the chart is there, hidden).
    const chart = chartOf(el);
    chart.data.datasets.forEach((dataset, i) => {
      const row = body.find((r) => r[0] === dataset.label)!;
      expect(row[1], String(dataset.label)).to.equal(sum(seriesValues(chart, i)).toLocaleString('en-US'));
    });
    // Sorted by visits, most first.
    const visits = body.map((r) => Number(r[1]!.replace(/,/g, '')));
    expect(visits).to.deep.equal([...visits].sort((a, b) => b - a));
    expect(header(table, 'Visits').getAttribute('aria-sort')).to.equal('descending');

    const multi = (await demoCalls(demo)).filter((s) => s.get('method') === 'MultiSites.getAll');
    expect(multi.map((s) => [s.get('period'), s.get('date'), s.get('enhanced')])).to.deep.equal([['range', '2024-03-04,2024-03-10', '1']]);
    // Pageviews: the demo's share of the actions, for every site; the totals row adds them up.
    for (const row of body) expect(Number(row[4]!.replace(/,/g, ''))).to.be.within(1, Number(row[3]!.replace(/,/g, '')));
    const totals = totalsRow(table);
    expect(totals[0]).to.equal('Total');
    expect(Number(totals[1]!.replace(/,/g, ''))).to.equal(visits.reduce((a, b) => a + b, 0));
    expect(Number(totals[4]!.replace(/,/g, ''))).to.equal(sum(body.map((r) => Number(r[4]!.replace(/,/g, '')))));
    // The change column follows the KPIs' comparison: the totals' change is the Visits KPI's.
    expect(text($(el, '.kpi .change'))).to.contain(totals[2]!);
    expect(text(table.caption)).to.equal('All websites, Mar 4, 2024 to Mar 10, 2024, change against Feb 26, 2024 to Mar 3, 2024');
  });

  it('lists only the sites the token may view (MultiSites too), and each site’s own days in its time zone', async () => {
    // 02:00 UTC: Los Angeles is still on the 9th; UTC and Kolkata are on the 10th.
    setClock(() => Date.UTC(2024, 2, 10, 2));
    demo.uninstall();
    demo = installDemoBackend({ now: Date.UTC(2024, 2, 10, 2) });
    const el = document.createElement('visits-chart');
    el.setAttribute('api-base', '/matomo/');
    el.setAttribute('site-id', 'all');
    el.setAttribute('date', 'last7');
    el.setAttribute('locale', 'en-US');
    el.token = DEMO_TOKENS.matomoSuperUser;
    (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
    await settled(el);
    const table = await overviewTable(el);
    expect(rows(table)).to.have.length(3);
    const multi = (await demoCalls(demo)).filter((s) => s.get('method') === 'MultiSites.getAll');
    expect(multi.map((s) => s.get('date')).sort()).to.deep.equal(['2024-03-03,2024-03-09', '2024-03-04,2024-03-10']);

    const viewer = await mountDemoChart({ 'site-id': 'all', date: 'last7' }, DEMO_TOKENS.matomoViewer);
    const names = rows(await overviewTable(viewer)).map((r) => r[0]);
    expect(names).to.have.members(['Shop', 'Blog']);
  });

  it('follows a change of metric or locale while shown: trend lines and figures drawn again, the pageviews kept', async () => {
    const el = await mountDemoChart({ 'site-id': 'all', date: 'last7' });
    const table = await overviewTable(el);
    const labels = () => Array.from(table.querySelectorAll('svg.spark'), (s) => s.getAttribute('aria-label'));
    expect(labels().every((l) => l!.startsWith('Visits by day: from '))).to.equal(true);
    const before = rows(table);
    el.setAttribute('metric', 'nb_actions');
    await until(() => labels().every((l) => l!.startsWith('Actions by day: from ')), 'the trend lines of the actions');
    el.setAttribute('locale', 'de-DE');
    await settled(el);
    await overviewTable(el);
    const after = rows(table);
    const german = (figure: string) => Number(figure.replace(/,/g, '')).toLocaleString('de-DE');
    for (const row of before) {
      const now = after.find((r) => r[0] === row[0])!;
      // Visits, actions and pageviews in the new locale's digits.
      expect([now[1], now[3], now[4]], row[0]).to.deep.equal([german(row[1]!), german(row[3]!), german(row[4]!)]);
    }
  });

  it('names the trend lines, and says the summary, again in the words that arrive while it is shown', async () => {
    const el = await mountDemoChart({ 'site-id': 'all', date: 'last7', locale: 'en-x-overview' });
    const table = await overviewTable(el);
    const labels = () => Array.from(table.querySelectorAll('svg.spark'), (s) => s.getAttribute('aria-label'));
    expect(labels().every((l) => l!.startsWith('Visits by day: from '))).to.equal(true);
    const summary = text($(el, '.summary'));
    expect(summary).to.match(/^Visits by day, /);
    await registerTranslation('en-x-overview', { '{metric} by day: from {first} to {last}': '{metric}, daily: {first} → {last}', '{metric} by {period}, {range} ({periods})': 'Daily {metric}, {range} ({periods})' });
    await until(() => labels().every((l) => /^Visits, daily: [\d,]+ → [\d,]+$/.test(l!)), 'the trend lines named in the new words');
    await until(() => text($(el, '.summary')).startsWith('Daily Visits, '), 'the summary in the new words');
  });

  it('sorts from the keyboard: Enter on a column’s header button sorts by it, again the other way, aria-sort following', async () => {
    const el = await mountDemoChart({ 'site-id': 'all', date: 'last7' });
    const table = await overviewTable(el);
    const site = header(table, 'Site');
    site.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(site.getAttribute('aria-sort')).to.equal('ascending');
    expect(header(table, 'Visits').hasAttribute('aria-sort')).to.equal(false);
    expect(rows(table).map((r) => r[0])).to.deep.equal(['Blog', 'Docs', 'Shop']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(site.getAttribute('aria-sort')).to.equal('descending');
    expect(rows(table).map((r) => r[0])).to.deep.equal(['Shop', 'Docs', 'Blog']);
    // Tab to the next header (Visits), Space sorts it, most first.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header(table, 'Visits').getAttribute('aria-sort')).to.equal('descending');
    const bounce = header(table, 'Bounce rate');
    bounce.querySelector('button')!.click();
    await el.updateComplete;
    const rates = rows(table).map((r) => parseFloat(r[5]!));
    expect(rates).to.deep.equal([...rates].sort((a, b) => b - a));
  });

  it('a site’s name shows that site alone in the chart, which takes the focus, and fires dw-visits-change', async () => {
    const el = await mountDemoChart({ 'site-id': 'all', date: 'last7' });
    const table = await overviewTable(el);
    const changes: VisitsChangeDetail[] = [];
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
    const blog = Array.from(table.tBodies[0]!.querySelectorAll('th button')).find((b) => text(b) === 'Blog') as HTMLButtonElement;
    blog.click();
    await until(() => el.shadowRoot!.activeElement?.tagName === 'CANVAS', 'the focus on the chart');
    expect($(el, '.chart-box').hidden).to.equal(false);
    expect(chartOf(el).data.datasets.map((d) => d.label)).to.deep.equal(['Blog']);
    expect(changes).to.have.length(1);
    expect(changes[0]!.cause).to.equal('sites');
    expect(changes[0]!.siteIds).to.deep.equal(['2']);
  });

  it('loads its code only when shown: a comma list of sites opens on the chart, the Overview button brings it', async () => {
    const real = chunks.overview;
    let loads = 0;
    chunks.overview = () => {
      loads++;
      return real();
    };
    try {
      const el = await mountDemoChart({ 'site-id': '1,2', date: 'last7' });
      expect(overviewOf(el)).to.equal(null);
      expect(loads).to.equal(0);
      const button = $$<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === 'Overview')!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      const table = await overviewTable(el);
      expect(loads).to.equal(1);
      expect(rows(table).map((r) => r[0])).to.have.members(['Shop', 'Blog']);
      button.click();
      await el.updateComplete;
      expect(overviewOf(el)).to.equal(null);
      expect($(el, '.chart-box').hidden).to.equal(false);
      // One site: no overview offered.
      const one = await mountDemoChart({ 'site-id': '1', date: 'last7' });
      expect($$<HTMLButtonElement>(one, '.actions button').find((b) => text(b) === 'Overview')!.hidden).to.equal(true);
    } finally {
      chunks.overview = real;
    }
  });

  it('axe finds nothing in the overview, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mountDemoChart({ 'site-id': 'all', date: 'last7', theme });
      await overviewTable(el);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.remove();
    }
  });
});

describe('<visits-chart> overview with crafted answers', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  const labels = dayLabels('2024-03-04', 7);
  const before = dayLabels('2024-02-26', 7);
  const series = (visits: number[], bounces?: number[]) =>
    Object.fromEntries(visits.map((v, i) => [labels[i]!, v < 0 ? [] : day(v, { bounce_count: bounces?.[i] ?? Math.round(v / 2) })]));
  const previous = (visits: number) => Object.fromEntries(before.map((label) => [label, day(visits)]));

  const HOSTILE = '<img src=x onerror="alert(1)"><b>Evil</b> \u202Eyxalag';
  const names: Record<string, string> = { '1': 'Alpha', '2': HOSTILE, '3': 'Gamma' };

  /** A Matomo answering VisitsSummary.get for sites 1–3, and MultiSites.getAll with `multi(sub)`. */
  function server(multi: (sub: URLSearchParams) => unknown) {
    return (request: WireRequest) =>
      json(
        request.subs.map((sub) => {
          const method = sub.get('method');
          if (method === 'SitesManager.getSitesWithAtLeastViewAccess') return Object.keys(names).map((id) => ({ idsite: Number(id), name: names[id], timezone: 'UTC' }));
          if (method === 'MultiSites.getAll') return multi(sub);
          if (method !== 'VisitsSummary.get') return { result: 'error', message: `unknown method ${method}` };
          const current = sub.get('date') === `${labels[0]},${labels[6]}`;
          return current
            ? { '1': series([10, 20, 30, 40, 50, 60, 70], [5, 5, 5, 5, 5, 5, 5]), '2': series([1, 1, 1, -1, 1, 1, 1]), '3': series([100, 100, 100, 100, 100, 100, 100]) }
            : { '1': previous(20), '2': previous(1), '3': previous(100) };
        }),
      );
  }

  async function mount(): Promise<VisitsChart> {
    const el = document.createElement('visits-chart');
    el.setAttribute('api-base', 'https://matomo.test/');
    el.setAttribute('site-id', 'all');
    el.setAttribute('date', '2024-03-04,2024-03-10');
    el.setAttribute('today', '2024-03-10');
    el.setAttribute('locale', 'en-US');
    el.token = 'x'.repeat(32);
    (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
    await settled(el);
    return el;
  }

  const row = (table: HTMLTableElement, name: string) => rows(table).find((r) => r[0] === name)!;

  it('shows hostile names as text, leaves out a __proto__ row and an unlisted site, and says "–" for a missing column', async () => {
    stub = stubFetch(
      server(() => [
        { label: 'Alpha', nb_visits: 280, nb_actions: 900, nb_pageviews: 812, revenue: 0, idsite: 1, group: '', main_url: 'https://a.test' },
        { label: HOSTILE, nb_visits: 6, nb_actions: 18, idsite: '2', group: '', main_url: 'javascript:alert(1)' },
        { label: 'proto', nb_visits: 1, nb_pageviews: 5, idsite: '__proto__' },
        { label: 'Gamma', nb_visits: 700, nb_pageviews: 'lots', idsite: 3 },
        { label: 'Other', nb_visits: 1, nb_pageviews: 9, idsite: 99 },
        null,
        'row',
      ]),
    );
    const el = await mount();
    const table = await overviewTable(el);
    expect(table.querySelector('img, b')).to.equal(null);
    const evil = rows(table).find((r) => r[0]!.includes('Evil'))!;
    // The name as text, its right-to-left override isolated once (it cannot reverse the figures after it).
    expect(evil[0]).to.equal(`\u2068${HOSTILE.replace(/\s+/g, ' ')}\u2069`);
    expect(evil.slice(1, 4)).to.deep.equal(['6', '-14.3%', '18']);
    expect(row(table, 'Alpha')).to.deep.equal(['Alpha', '280', '+100%', '840', '812', '12.5%', '']);
    expect(evil[4]).to.equal('–');
    expect(row(table, 'Gamma').slice(1, 5)).to.deep.equal(['700', '0%', '2,100', '–']);
    expect(rows(table)).to.have.length(3);
    // A site without pageviews: the total has none either; the rest add up, the bounce rate weighted by visits.
    expect(totalsRow(table)).to.deep.equal(['Total', '986', '+16.4%', '2,958', '–', `${(((35 + 6 + 350) / 986) * 100).toFixed(1)}%`, '']);
    expect(Object.prototype).to.not.have.property('nb_pageviews');
  });

  it('MultiSites failing alone: the chart’s figures stay, the pageviews say why, Retry reads them again', async () => {
    let fail = true;
    stub = stubFetch(
      server(() =>
        fail
          ? { result: 'error', message: 'The plugin MultiSites is not enabled. You can activate the plugin on Settings &gt; Plugins page in Matomo.' }
          : [{ label: 'Alpha', nb_visits: 280, nb_pageviews: 700, idsite: 1 }, { label: 'x', nb_pageviews: 3, idsite: 2 }, { label: 'y', nb_pageviews: 300, idsite: 3 }],
      ),
    );
    const el = await mount();
    const overview = await until(() => overviewOf(el), 'the overview');
    const alert = await until(() => overview.querySelector('[role="alert"]'), 'the failure');
    expect(text(alert)).to.contain('Could not load the pageviews');
    expect(text(alert)).to.contain('The plugin MultiSites is not enabled.');
    const table = overview.querySelector('table')!;
    expect(row(table, 'Alpha').slice(0, 4)).to.deep.equal(['Alpha', '280', '+100%', '840']);
    expect(row(table, 'Alpha')[4]).to.equal('–');
    // The chart itself is untouched.
    expect($(el, '.kpi')).to.exist;
    fail = false;
    alert.querySelector('button')!.click();
    await until(() => row(table, 'Alpha')[4] === '700', 'the pageviews after Retry');
    expect(overview.querySelector('[role="alert"]')).to.equal(null);
    expect(totalsRow(table)[4]).to.equal('1,003');
  });

  it('draws a trend line per site from the chart’s series (no chart per row), a gap breaking it', async () => {
    stub = stubFetch(server(() => []));
    const el = await mount();
    const table = await overviewTable(el);
    expect(el.shadowRoot!.querySelectorAll('canvas')).to.have.length(1);
    const sparks = table.querySelectorAll('svg.spark');
    expect(sparks).to.have.length(3);
    const evil = Array.from(table.tBodies[0]!.rows).find((r) => text(r.cells[0]).includes('Evil'))!;
    const d = evil.querySelector('path')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(2);
    expect(evil.querySelector('svg')!.getAttribute('aria-label')).to.equal('Visits by day: from 1 to 1');
  });
});

describe('overview sorting and trend lines', () => {
  const row = (name: string, visits: number | null, colorIndex: number): OverviewRow => ({
    idSite: String(colorIndex + 1),
    name,
    colorIndex,
    visits,
    change: null,
    actions: null,
    pageviews: undefined,
    bounce: null,
    trend: [],
  });

  it('puts rows without the figure last either way, ties in the chart’s order', () => {
    const list = [row('b', 5, 0), row('a', null, 1), row('c', 5, 2), row('d', 9, 3)];
    expect(sortRows(list, 'visits', true, 'en').map((r) => r.name)).to.deep.equal(['d', 'b', 'c', 'a']);
    expect(sortRows(list, 'visits', false, 'en').map((r) => r.name)).to.deep.equal(['b', 'c', 'd', 'a']);
    expect(sortRows(list, 'name', false, 'en').map((r) => r.name)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('takes the chart’s values for the trend lines: each site on the labels of all, gaps and rates as the lines have them', () => {
    const m = (visits: number, bounces: number): VisitsMetrics => ({ nb_visits: visits, nb_actions: visits * 2, bounce_count: bounces }) as VisitsMetrics;
    const sites: SiteVisits[] = [
      { idSite: '1', name: 'a', points: [{ label: '2024-03-01', metrics: m(4, 1) }, { label: '2024-03-02', metrics: null }, { label: '2024-03-03', metrics: m(0, 0) }] },
      // A site without the first day (created later): its values sit at the labels they belong to.
      { idSite: '2', name: 'b', points: [{ label: '2024-03-02', metrics: m(10, 5) }, { label: '2024-03-03', metrics: m(8, 2) }] },
    ];
    for (const metric of ['nb_visits', 'nb_actions', 'bounce_rate'] as const) {
      const chart = buildChartModel({ current: sites }, metric, 'day', new Set(), '2024-03-03').series.map((s) => s.values);
      expect(trendValues(sites, metric), metric).to.deep.equal(chart);
    }
    expect(trendValues(sites, 'bounce_rate')).to.deep.equal([
      [0.25, null, null],
      [null, 0.5, 0.25],
    ]);
  });

  it('scales a line to its own range; a lone value is a dot; nothing without values', () => {
    expect(trendPath([0, 10])).to.equal('M0 22L100 2');
    expect(trendPath([5, null, 5])).to.equal('M0 22h0M100 22h0');
    expect(trendPath([null, null])).to.equal('');
  });
});
