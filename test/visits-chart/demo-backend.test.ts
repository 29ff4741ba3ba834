import { expect, fixture, html } from '@open-wc/testing';
import '../../src/visits-chart/define.js';
import '../../src/core/dashboard-config.define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { $, $$, chartOf, choose, hover, kpiTexts, seriesValues, settled, mountDemoChart, showTable, text } from './helpers.js';
import { setClock } from '../../src/core/clock.js';
import { forgetSites } from '../../src/api/site-directory.js';

// Noon UTC on 10 March 2024: 10 March for Shop (UTC), Blog (Los Angeles, 04:00) and Docs (Kolkata, 17:30).
const NOW = Date.UTC(2024, 2, 10, 12);

// The widgets' clock at the demo's instant, so both count the same days.
beforeEach(() => setClock(() => NOW));
afterEach(() => {
  setClock();
  forgetSites();
});

const mount = mountDemoChart;

const rowHeads = (el: VisitsChart) => $$(el, 'tbody th').map((th) => text(th));

/** The demo backend's own per-day answer for a site, asked for directly (not through the widget). */
async function rawDays(idSite: string, date: string): Promise<Record<string, Record<string, number> | []>> {
  const url = `/matomo/index.php?module=API&method=VisitsSummary.get&format=JSON&idSite=${idSite}&period=day&date=${date}&format_metrics=0&filter_limit=-1`;
  const response = await fetch(url, { method: 'POST', body: new URLSearchParams({ token_auth: DEMO_TOKENS.matomoSuperUser }) });
  return response.json();
}

describe('<visits-chart> against the demo backend', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  const cases = [
    ['day', 'last7', ['Mon, Mar 4, 2024', 'Tue, Mar 5, 2024', 'Wed, Mar 6, 2024', 'Thu, Mar 7, 2024', 'Fri, Mar 8, 2024', 'Sat, Mar 9, 2024', 'Sun, Mar 10, 2024']],
    ['week', 'last3', ['Feb 19 – 25, 2024', 'Feb 26 – Mar 3, 2024', 'Mar 4 – 10, 2024']],
    ['month', 'last3', ['January 2024', 'February 2024', 'March 2024']],
    ['year', 'last2', ['2023', '2024']],
  ] as const;
  for (const [period, date, rows] of cases) {
    it(`labels ${period} periods as Matomo does`, async () => {
      const el = await mount({ 'site-id': '1', period, date });
      expect(chartOf(el).data.datasets[0]!.data).to.have.length(rows.length);
      await showTable(el);
      expect(rowHeads(el)).to.deep.equal(rows);
    });
  }

  it('draws the three sites by name, in one request, and adds them up right (rates weighted by visits)', async () => {
    const el = await mount({ 'site-id': '1,2,3', date: 'last30', metrics: 'nb_visits,bounce_rate,avg_time_on_site,nb_actions_per_visit', compare: '' });
    expect(chartOf(el).data.datasets.map((d) => d.label)).to.deep.equal(['Shop', 'Shop (previous period)', 'Blog', 'Blog (previous period)', 'Docs', 'Docs (previous period)']);
    expect(demo.requests).to.have.length(1);
    const [request] = demo.requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).not.to.contain('token');
    expect(new URLSearchParams(await request!.text()).get('token_auth')).to.equal(DEMO_TOKENS.matomoSuperUser);

    // The same arithmetic, done here from the backend's own daily numbers.
    let visits = 0;
    let bounces = 0;
    let seconds = 0;
    let actions = 0;
    for (const id of ['1', '2', '3']) {
      for (const metrics of Object.values(await rawDays(id, 'last30'))) {
        if (Array.isArray(metrics)) continue;
        visits += metrics.nb_visits!;
        bounces += metrics.bounce_count!;
        seconds += metrics.sum_visit_length!;
        actions += metrics.nb_actions!;
      }
    }
    const count = new Intl.NumberFormat('en-US').format(visits);
    const rate = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(bounces / visits);
    const average = Math.round(seconds / visits);
    const time = average >= 60 ? `${Math.floor(average / 60)} min ${average % 60} s` : `${average} s`;
    const perVisit = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(actions / visits);
    const values = kpiTexts(el).map((k) => k.replace(/ [▲▼].*$| No .*$/, ''));
    expect(values).to.deep.equal([`Visits ${count}`, `Bounce rate ${rate}`, `Average time on site ${time}`, `Actions per visit ${perVisit}`]);
  });

  it('shows days without data (a tracking outage, answered []) as a gap and as “no data”, never as 0', async () => {
    // Docs' demo history has a week-long outage ten to fifteen days before "today".
    const raw = await rawDays('3', '2024-02-24,2024-02-29');
    expect(Object.values(raw)).to.deep.equal([[], [], [], [], [], []]);
    demo.requests.length = 0;
    const el = await mount({ 'site-id': '3', date: 'last30' });
    const index = 14; // 2024-02-24 among 2024-02-10 .. 2024-03-10
    expect(seriesValues(chartOf(el), 0).slice(index, index + 6)).to.deep.equal([null, null, null, null, null, null]);
    expect(await hover(el, index)).to.deep.equal(['Sat, Feb 24, 2024', 'Docs: no data']);
    expect(text($(el, '.summary'))).to.contain('; no data for 6 days.');
    expect(text($(el, '.summary'))).not.to.match(/lowest [^;]*\(0\)/);
    choose(el, 'select[id$="-metric"]', 'bounce_rate');
    await el.updateComplete;
    expect(seriesValues(chartOf(el), 0)[index]).to.equal(null);
    await showTable(el);
    expect(Array.from($$(el, 'tbody tr')[index]!.children, (c) => text(c))).to.deep.equal(['Sat, Feb 24, 2024', 'no data']);
  });

  it('says Matomo sends no unique visitors by year', async () => {
    const el = await mount({ 'site-id': '1', period: 'year', date: 'last2', metric: 'nb_uniq_visitors' });
    expect(text($(el, '.overlay.empty'))).to.contain('The server does not report “Unique visitors” by year.');
  });

  it('changes the period on the user’s request and asks the backend again', async () => {
    const el = await mount({ 'site-id': '2', date: 'last30' });
    choose(el, 'select[id$="-period"]', 'month');
    await new Promise((resolve) => el.addEventListener('dw-visits-load', resolve, { once: true }));
    await el.updateComplete;
    await showTable(el);
    expect(rowHeads(el)).to.deep.equal(['February 2024', 'March 2024']);
    expect(demo.requests).to.have.length(2);
  });

  it('draws a 3,650-day range (days before the site’s history are “no data”)', async function () {
    this.timeout(30_000);
    const el = await mount({ 'site-id': '1', date: 'last3650' });
    const chart = chartOf(el);
    expect([chart.scales.x!.min, chart.scales.x!.max], '3,650 periods on the axis').to.deep.equal([0, 3649]);
    expect((await hover(el, 0))[1]).to.equal('Shop: no data');
    expect((await hover(el, 3649))[1]).to.match(/^Shop: [1-9][\d,]* \(so far\)$/);
  });

  it('takes its server and token from an enclosing <dashboard-config>', async () => {
    const root = await fixture(html`<dashboard-config matomo-base="/matomo/" matomo-token=${DEMO_TOKENS.matomoViewer}>
      <visits-chart site-id="2" date="last7" today="2024-03-10"></visits-chart>
    </dashboard-config>`);
    const el = root.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    expect(chartOf(el).data.datasets.map((d) => d.label)).to.deep.equal(['Blog']);
    expect(new URLSearchParams(await demo.requests[0]!.text()).get('token_auth')).to.equal(DEMO_TOKENS.matomoViewer);
  });
});

describe('<visits-chart> failures from the demo backend', () => {
  let demo: InstalledDemoBackend;
  afterEach(() => demo.uninstall());
  const errorText = (el: VisitsChart) => text($(el, '[part="error"]'));

  it('a view-only token may not see a site it has no access to', async () => {
    demo = installDemoBackend({ now: NOW });
    const el = await mount({ 'site-id': '1,3' }, DEMO_TOKENS.matomoViewer);
    expect(errorText(el)).to.contain("requires 'view' access for the website id = 3");
    expect(errorText(el)).to.contain('Ask an administrator for access');
  });

  it('a rejected token is said so, once', async () => {
    demo = installDemoBackend({ now: NOW });
    const el = await mount({ 'site-id': '1' }, 'not-a-valid-token');
    expect(errorText(el)).to.contain('refused the access token: check it, or renew it');
    expect(errorText(el)).not.to.contain('not-a-valid-token');
    await new Promise((r) => setTimeout(r, 200));
    expect(demo.requests).to.have.length(1);
  });

  it('no token: the anonymous user sees a public site, and is told a token is needed for the others', async () => {
    demo = installDemoBackend({ now: NOW });
    const open = await mount({ 'site-id': '1' }, null);
    expect(chartOf(open).data.datasets.map((d) => d.label)).to.deep.equal(['Shop']);
    expect(new URLSearchParams(await demo.requests[0]!.text()).has('token_auth')).to.equal(false);
    const closed = await mount({ 'site-id': '2' }, null);
    expect(errorText(closed)).to.contain('No token was given: these data need one.');
  });

  it('an error Matomo reports for the request is shown as it says', async () => {
    demo = installDemoBackend({ now: NOW });
    const el = await mount({ 'site-id': '1', date: '1900-01-01,2024-03-10' });
    expect(errorText(el)).to.contain('The demo backend answers at most 20000 periods in one request.');
  });

  it('a slow server: the skeleton holds the chart’s place until the answer', async () => {
    demo = installDemoBackend({ now: NOW, latency: 400 });
    const el = document.createElement('visits-chart');
    el.setAttribute('api-base', '/matomo/');
    el.setAttribute('site-id', '1');
    el.token = DEMO_TOKENS.matomoSuperUser;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 150));
    expect($$(el, '.overlay.skeleton-box')).to.have.length(1);
    await settled(el);
    expect($$(el, '.overlay')).to.have.length(0);
    expect(chartOf(el).data.datasets[0]!.data).to.have.length(30);
  });
});
