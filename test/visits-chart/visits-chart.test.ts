import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import type AxeCore from 'axe-core';
import '../../src/visits-chart/define.js';
import type { VisitsChart, VisitsChangeDetail, VisitsErrorDetail, VisitsLoadDetail } from '../../src/visits-chart/visits-chart.js';
import type { VisitsQuery, VisitsSource } from '../../src/api/visits-source.js';
import { $, $$, captureDownloads, chartOf, choose, craftedMatomo, day, hover, json, kpiTexts, openCustomRange, seriesValues, settled, showTable, stubFetch, text, type PeriodData } from './helpers.js';

// axe-core is a script that sets `window.axe` (it has no ES module export).
const axe = (window as unknown as { axe: typeof AxeCore }).axe;

const RANGE = '2024-03-08,2024-03-10';
const PREVIOUS = '2024-03-05,2024-03-07';
const BASE = 'https://matomo.example/';

// Two very different days and one without data: a plain mean of the daily rates would be far off.
const CURRENT: Record<string, PeriodData> = {
  1: {
    '2024-03-08': day(100, { bounce_count: 90, sum_visit_length: 1000, nb_actions: 150, nb_uniq_visitors: 80 }),
    '2024-03-09': [],
    '2024-03-10': day(900, { bounce_count: 90, sum_visit_length: 90_000, nb_actions: 2700, nb_uniq_visitors: 700 }),
  },
  2: { '2024-03-08': day(2000), '2024-03-09': day(3000), '2024-03-10': day(4000) },
  3: { '2024-03-08': day(10), '2024-03-09': day(20), '2024-03-10': day(30) },
};
const BEFORE: Record<string, PeriodData> = {
  1: { '2024-03-05': day(300, { bounce_count: 150 }), '2024-03-06': day(300, { bounce_count: 150 }), '2024-03-07': day(200, { bounce_count: 100 }) },
  2: { '2024-03-05': day(1000), '2024-03-06': day(1000), '2024-03-07': day(1000) },
  3: { '2024-03-05': day(5), '2024-03-06': day(5), '2024-03-07': day(5) },
};
const NAMES = { 1: 'Shop', 2: 'Blog', 3: 'Docs' };

function answer(sub: URLSearchParams): unknown {
  const table = sub.get('date') === RANGE ? CURRENT : sub.get('date') === PREVIOUS ? BEFORE : undefined;
  if (!table) return { result: 'error', message: `unexpected date ${sub.get('date')}` };
  const ids = sub.get('idSite')!.split(',');
  return ids.length === 1 ? table[ids[0]!] : Object.fromEntries(ids.map((id) => [id, table[id]]));
}

/** The table's body as the text of each cell. */
const rows = (el: VisitsChart) => $$(el, 'tbody tr').map((tr) => Array.from(tr.children, (cell) => text(cell)));

let stub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(answer, NAMES));
});
afterEach(() => stub.restore());

async function mount(sites = '1', extra: Partial<Pick<VisitsChart, 'metrics' | 'compare' | 'theme' | 'locale'>> = {}): Promise<VisitsChart> {
  const el = await fixture<VisitsChart>(html`<visits-chart
    api-base=${BASE}
    token="s3cr3t-token"
    site-id=${sites}
    date=${RANGE}
    today="2024-03-10"
    metrics=${extra.metrics ?? 'nb_visits'}
    theme=${extra.theme ?? 'light'}
    locale=${extra.locale ?? 'en-US'}
    ?compare=${extra.compare ?? false}
  ></visits-chart>`);
  await settled(el);
  return el;
}

describe('<visits-chart> loading', () => {
  it('shows a skeleton of the same size while loading, then the KPIs, the chart and the summary', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const responder = craftedMatomo(answer, NAMES);
    stub.set(async (request) => {
      await gate;
      return responder(request);
    });
    const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date=${RANGE} today="2024-03-10" locale="en-US"></visits-chart>`);
    expect($$(el, '.overlay.skeleton-box')).to.have.length(1);
    // Opaque: the empty chart's axes do not show through.
    expect(getComputedStyle($(el, '.overlay.skeleton-box')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect($$(el, '.kpi.skeleton-tile')).to.have.length(1);
    expect(text($(el, '[role="status"]'))).to.equal('Loading visits…');
    expect($(el, 'section').getAttribute('aria-busy')).to.equal('true');
    const heightWhileLoading = $(el, '.chart-box').getBoundingClientRect().height;

    release();
    await settled(el);
    expect($$(el, '.overlay')).to.have.length(0);
    expect($(el, '.chart-box').getBoundingClientRect().height).to.equal(heightWhileLoading);
    expect(kpiTexts(el)).to.deep.equal(['Visits 1,000 ▲ +25% vs previous period']);
    expect(text($(el, '.note'))).to.equal('Today (Sun, Mar 10, 2024) is in progress: its figures so far are compared with a whole day.');
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([100, null, 900]);
    expect(text($(el, '.summary'))).to.equal(
      'Visits by day, Fri, Mar 8, 2024 to Sun, Mar 10, 2024 (3 days). Shop: 1,000 in total (+25% against the previous 3 days); Sun, Mar 10, 2024 is in progress; no data for 1 day.',
    );
    expect(text($(el, '[role="status"]'))).to.equal('Loaded 3 days for Shop.');
    expect(text($(el, '.subtitle'))).to.equal('Shop · Mar 8 – 10, 2024, by day');
  });

  it('sends one POST API.getBulkRequest for the range and the previous period, the token only in the body', async () => {
    await mount('1,3');
    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url.href).to.equal(`${BASE}index.php?module=API&method=API.getBulkRequest&format=JSON`);
    expect(request!.url.href).not.to.contain('s3cr3t');
    expect(request!.form.get('token_auth')).to.equal('s3cr3t-token');
    const subs = request!.subs.map((s) => `${s.get('method')} ${s.get('idSite')} ${s.get('period') ?? ''} ${s.get('date') ?? ''}`.trim());
    expect(subs).to.deep.equal([
      `VisitsSummary.get 1,3 day ${RANGE}`,
      `VisitsSummary.get 1,3 day ${PREVIOUS}`,
      'SitesManager.getSiteFromId 1',
      'SitesManager.getSiteFromId 3',
    ]);
    expect(request!.subs[0]!.get('format_metrics')).to.equal('0');
  });

  it('fires dw-visits-load when the data is shown', async () => {
    const loads: VisitsLoadDetail[] = [];
    const el = await fixture<VisitsChart>(
      html`<visits-chart api-base=${BASE} site-id="1,2" date=${RANGE} today="2024-03-10" metrics="nb_visits,bounce_rate" @dw-visits-load=${(e: CustomEvent<VisitsLoadDetail>) => loads.push(e.detail)}></visits-chart>`,
    );
    await settled(el);
    expect(loads).to.deep.equal([
      {
        sites: [
          { idSite: '1', name: 'Shop' },
          { idSite: '2', name: 'Blog' },
        ],
        period: 'day',
        date: RANGE,
        metrics: ['nb_visits', 'bounce_rate'],
        metric: 'nb_visits',
        periods: 3,
        compareDate: PREVIOUS,
      },
    ]);
  });
});

describe('<visits-chart> KPI header and numbers', () => {
  it('weights bounce rate, time on site and actions per visit by visits, and shows the change with its sign', async () => {
    const el = await mount('1', { metrics: 'nb_visits,bounce_rate,avg_time_on_site,nb_actions_per_visit,nb_uniq_visitors' });
    expect(kpiTexts(el)).to.deep.equal([
      'Visits 1,000 ▲ +25% vs previous period',
      // Σ bounce_count / Σ nb_visits = 180 / 1,000 (the mean of the daily rates would be 50%)
      'Bounce rate 18% ▼ -64% vs previous period',
      // Σ sum_visit_length / Σ nb_visits = 91,000 / 1,000 s
      'Average time on site 1 min 31 s ▲ +51.7% vs previous period',
      'Actions per visit 2.9 ▼ -5% vs previous period',
      // Days with data only: (80 + 700) / 2, against (240 + 240 + 160) / 3
      'Unique visitors (average per day) 390 ▲ +82.8% vs previous period',
    ]);
    // A drop of the bounce rate is good news, a rise of visits too.
    expect($$(el, '.kpi .change').map((c) => c.className.replace('change', '').trim())).to.deep.equal(['good', 'good', 'good', 'bad', 'good']);
  });

  it('shows a change that rounds to 0% as no change: no arrow, no colour', async () => {
    const point = (nb_visits: number) => [{ label: '2024-03-10', metrics: { nb_visits } }];
    const source: VisitsSource = {
      getVisits: async () => ({ current: [{ idSite: '1', name: 'Shop', points: point(100_000) }], previous: [{ idSite: '1', name: 'Shop', points: point(100_020) }] }),
    };
    const el = await fixture<VisitsChart>(html`<visits-chart .source=${source} site-id="1" date="last1" locale="en-US"></visits-chart>`);
    await settled(el);
    expect(kpiTexts(el)).to.deep.equal(['Visits 100,000 0% vs previous period']);
    expect($(el, '.kpi .change').className.trim()).to.equal('change');
  });

  it('shows counts with thousands separators, rates as % and times as minutes and seconds in the table', async () => {
    const el = await mount('2', { metrics: 'nb_visits' });
    expect(kpiTexts(el)[0]).to.equal('Visits 9,000 ▲ +200% vs previous period');
    choose(el, 'select[id$="-metric"]', 'avg_time_on_site');
    await el.updateComplete;
    await showTable(el);
    expect(rows(el)).to.deep.equal([
      ['Fri, Mar 8, 2024', '1 min'],
      ['Sat, Mar 9, 2024', '1 min'],
      ['Sun, Mar 10, 2024', '1 min (so far)'],
    ]);
  });

  it('shows a day without data (Matomo’s []) as a gap and as “no data”, never as 0', async () => {
    const el = await mount('1');
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([100, null, 900]);
    expect(await hover(el, 1)).to.deep.equal(['Sat, Mar 9, 2024', 'Shop: no data']);
    expect(text($(el, '.summary'))).not.to.match(/\(0\)/);
    choose(el, 'select[id$="-metric"]', 'bounce_rate');
    await el.updateComplete;
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([0.9, null, 0.1]);
    await showTable(el);
    expect($$(el, 'tbody td').map((td) => text(td))).to.deep.equal(['90%', 'no data', '10% (so far)']);
  });

  it('says so when the range has no visits at all', async () => {
    stub.set(craftedMatomo(() => ({ '2024-03-08': [], '2024-03-09': [], '2024-03-10': [] }), NAMES));
    const el = await mount('1');
    expect(text($(el, '.overlay.empty'))).to.equal('No visits in this rangeTry a longer range or another period.');
    expect(kpiTexts(el)).to.deep.equal(['Visits no data No change to compare']);
    expect(text($(el, '[role="status"]'))).to.equal('No visits in this range');
  });

  it('explains that Matomo reports no unique visitors by year', async () => {
    stub.set(craftedMatomo(() => ({ 2023: { nb_visits: 5000 }, 2024: { nb_visits: 7000 } }), NAMES));
    const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" period="year" date="last2" metric="nb_uniq_visitors" today="2024-03-10"></visits-chart>`);
    await settled(el);
    expect(text($(el, '.overlay.empty'))).to.contain('The server does not report “Unique visitors” by year');
    expect(kpiTexts(el)[1]).to.match(/^Unique visitors \(average per year\) not available/);
    await showTable(el);
    expect(rows(el)).to.deep.equal([
      ['2023', 'not available'],
      ['2024', 'not available'],
    ]);
    expect(stub.requests[0]!.subs[1]!.get('date')).to.equal('2021-01-01,2022-12-31');
  });
});

describe('<visits-chart> several sites and comparison', () => {
  it('draws one line per site, named by the site, and lets the user hide one', async () => {
    const changes: VisitsChangeDetail[] = [];
    const el = await mount('1,2,3');
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
    const chart = chartOf(el);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Shop', 'Blog', 'Docs']);
    expect(chart.data.datasets.map((d) => d.borderColor)).to.deep.equal(['#2456c7', '#d2601a', '#1b8a5a']);
    expect(kpiTexts(el)[0]).to.equal('Visits 10,060 ▲ +163.7% vs previous period');
    expect($$(el, '.sites label').map((l) => text(l))).to.deep.equal(['Shop', 'Blog', 'Docs']);

    const boxes = $$<HTMLInputElement>(el, '.sites input');
    boxes[1]!.click();
    await el.updateComplete;
    expect(chartOf(el).data.datasets.map((d) => [d.label, d.borderColor])).to.deep.equal([
      ['Shop', '#2456c7'],
      ['Docs', '#1b8a5a'],
    ]);
    expect(kpiTexts(el)[0]).to.equal('Visits 1,060 ▲ +30.1% vs previous period');
    expect(changes.at(-1)).to.deep.include({ cause: 'sites', siteIds: ['1', '3'] });

    boxes[0]!.click();
    await el.updateComplete;
    expect(boxes[2]!.disabled, 'the last shown site cannot be hidden').to.equal(true);
    expect(stub.requests, 'hiding a site needs no request').to.have.length(1);
  });

  it('draws the previous period dashed, with its days and values in the tooltip', async () => {
    const el = await mount('1', { compare: true });
    const chart = chartOf(el);
    expect(chart.data.datasets.map((d) => [d.label, (d as { borderDash?: number[] }).borderDash ?? null])).to.deep.equal([
      ['Shop', null],
      ['Shop (previous period)', [6, 4]],
    ]);
    expect(seriesValues(chart, 1)).to.deep.equal([300, 300, 200]);
    expect(await hover(el, 2)).to.deep.equal(['Sun, Mar 10, 2024', 'Shop: 900 (so far)', 'Shop, previous (Thu, Mar 7, 2024): 200']);
    expect(await hover(el, 1)).to.deep.equal(['Sat, Mar 9, 2024', 'Shop: no data', 'Shop, previous (Wed, Mar 6, 2024): 300']);
    expect(text($(el, '.legend-note'))).to.equal('Dashed: previous period');
  });

  it('turns the previous period on and off from the Compare with select without a new request', async () => {
    const changes: VisitsChangeDetail[] = [];
    const el = await mount('1');
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
    expect(chartOf(el).data.datasets).to.have.length(1);
    const select = $<HTMLSelectElement>(el, '.controls select[id$="-compare"]');
    expect(Array.from(select.options, (o) => o.text)).to.deep.equal(['None', 'Previous period', 'Same period last year']);
    select.value = 'previous-period';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.compare).to.equal('previous-period');
    expect(el.getAttribute('compare')).to.equal('previous-period');
    expect(chartOf(el).data.datasets).to.have.length(2);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.compare).to.equal(false);
    expect(el.hasAttribute('compare')).to.equal(false);
    expect(chartOf(el).data.datasets).to.have.length(1);
    expect(changes.map((c) => [c.cause, c.compare])).to.deep.equal([
      ['compare', 'previous-period'],
      ['compare', false],
    ]);
    expect(stub.requests).to.have.length(1);
  });
});

describe('<visits-chart> controls', () => {
  it('changes the period and keeps the preset range, telling the page with dw-visits-change', async () => {
    const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date="last30" today="2024-03-10"></visits-chart>`);
    await settled(el);
    expect($<HTMLSelectElement>(el, 'select[id$="-range"]').value).to.equal('last30');
    // The site's 30 days and the 30 before, counted from the site's today.
    expect(stub.requests[0]!.subs.slice(0, 2).map((s) => s.get('date'))).to.deep.equal(['2024-02-10,2024-03-10', '2024-01-11,2024-02-09']);
    const event = oneEvent(el, 'dw-visits-change');
    choose(el, 'select[id$="-period"]', 'week');
    const { detail } = await event;
    // The range stays relative ("the 30 days up to today", by week); Matomo is asked for those days.
    expect(detail).to.deep.equal({ period: 'week', date: 'last-30-days', metric: 'nb_visits', metrics: ['nb_visits'], siteIds: ['1'], compare: false, segment: '', annotations: false, cause: 'period' });
    await waitUntil(() => stub.requests.length === 2);
    expect(stub.requests[1]!.subs[0]!.get('period')).to.equal('week');
    expect(stub.requests[1]!.subs[0]!.get('date')).to.equal('2024-02-10,2024-03-10');
    // The same 30 days, by week: the 5 weeks that hold them, compared with the 5 weeks before.
    expect(stub.requests[1]!.subs[1]!.get('date')).to.equal('2024-01-01,2024-02-04');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, 'select[id$="-range"]').value).to.equal('last30');
  });

  it('offers range presets and a custom range, checking the days before asking', async () => {
    const changes: VisitsChangeDetail[] = [];
    const el = await mount('1');
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
    choose(el, 'select[id$="-range"]', 'last-month');
    await el.updateComplete;
    expect(el.date, 'the preset stays relative').to.equal('last-month');
    await waitUntil(() => stub.requests.length === 2);
    expect(stub.requests[1]!.subs[0]!.get('date')).to.equal('2024-02-01,2024-02-29');
    expect(stub.requests[1]!.subs[1]!.get('date')).to.equal('2024-01-03,2024-01-31');

    await openCustomRange(el);
    const from = $<HTMLInputElement>(el, 'input[name="from"]');
    const to = $<HTMLInputElement>(el, 'input[name="to"]');
    expect(el.shadowRoot!.activeElement, 'focus moves to the first date').to.equal(from);
    expect([from.value, to.value]).to.deep.equal(['2024-02-01', '2024-02-29']);
    from.value = '2024-03-05';
    to.value = '2024-03-01';
    $<HTMLButtonElement>(el, '.custom button[type="submit"]').click();
    await el.updateComplete;
    expect(text($(el, '.custom [role="alert"]'))).to.equal('The start date must not be after the end date.');
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(el.date).to.equal('last-month');

    to.value = '2024-03-09';
    $<HTMLButtonElement>(el, '.custom button[type="submit"]').click();
    await el.updateComplete;
    expect(el.date).to.equal('2024-03-05,2024-03-09');
    expect(changes.map((c) => [c.cause, c.date])).to.deep.equal([
      ['range', 'last-month'],
      ['range', '2024-03-05,2024-03-09'],
    ]);
    await waitUntil(() => stub.requests.length === 3);
    expect(stub.requests[2]!.subs[0]!.get('date')).to.equal('2024-03-05,2024-03-09');
  });

  it('charts another metric when the user picks one, without a new request', async () => {
    const event = (el: VisitsChart) => oneEvent(el, 'dw-visits-change');
    const el = await mount('1');
    const changed = event(el);
    choose(el, 'select[id$="-metric"]', 'nb_actions');
    expect((await changed).detail).to.deep.include({ metric: 'nb_actions', metrics: ['nb_visits', 'nb_actions'], cause: 'metric' });
    await el.updateComplete;
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([150, null, 2700]);
    expect(text($(el, '.title'))).to.equal('Actions over time');
    expect(kpiTexts(el)[1]).to.match(/^Actions 2,850/);
    expect($$(el, '.kpi.active').map((k) => text(k.querySelector('dt')))).to.deep.equal(['Actions']);
    expect(stub.requests).to.have.length(1);
  });

  it('does not fire dw-visits-change when the page sets a property', async () => {
    const el = await mount('1');
    let fired = 0;
    el.addEventListener('dw-visits-change', () => fired++);
    el.period = 'month';
    el.metric = 'nb_actions';
    el.compare = true;
    await el.updateComplete;
    await waitUntil(() => stub.requests.length === 2);
    await settled(el);
    expect(fired).to.equal(0);
  });

  it('works from the keyboard: Tab reaches the controls in order, arrows change the period', async () => {
    const el = await mount('1');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      focused.push(active?.id.replace(/^.*-/, '') || active?.getAttribute('type') || '');
    }
    expect(focused).to.deep.equal(['period', 'range', 'metric', 'compare']);
    const changed = oneEvent(el, 'dw-visits-change');
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((el.shadowRoot!.activeElement as HTMLElement).id).to.match(/-period$/);
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail.period).to.equal('week');
    before.remove();
  });
});

describe('<visits-chart> table, summary and export', () => {
  it('shows the same numbers in a table view, with the previous period', async () => {
    const el = await mount('1,3', { compare: true });
    const toggle = $$<HTMLButtonElement>(el, '.actions button')[0]!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await showTable(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.chart-box').hidden).to.equal(true);
    expect(text($(el, 'caption'))).to.equal('Visits by day, Fri, Mar 8, 2024 to Sun, Mar 10, 2024');
    expect($$(el, 'thead th').map((th) => text(th))).to.deep.equal(['Period', 'Shop', 'Shop, previous period', 'Docs', 'Docs, previous period']);
    expect(rows(el)).to.deep.equal([
      ['Fri, Mar 8, 2024', '100', '300 (Tue, Mar 5, 2024)', '10', '5 (Tue, Mar 5, 2024)'],
      ['Sat, Mar 9, 2024', 'no data', '300 (Wed, Mar 6, 2024)', '20', '5 (Wed, Mar 6, 2024)'],
      ['Sun, Mar 10, 2024', '900 (so far)', '200 (Thu, Mar 7, 2024)', '30 (so far)', '5 (Thu, Mar 7, 2024)'],
    ]);
    toggle.click();
    await el.updateComplete;
    expect($(el, '.chart-box').hidden).to.equal(false);
    expect($$(el, 'table')).to.have.length(0);
  });

  it('exports the shown data as CSV, spreadsheet formulas neutralised', async () => {
    stub.set(craftedMatomo(answer, { 1: '=HYPERLINK("http://evil.example","Shop")', 3: 'Docs' }));
    const downloads = captureDownloads();
    try {
      const el = await mount('1,3', { compare: true, metrics: 'nb_visits,bounce_rate' });
      $$<HTMLInputElement>(el, '.sites input')[1]!.click();
      await el.updateComplete;
      const exported = oneEvent(el, 'dw-visits-export');
      $$<HTMLButtonElement>(el, '.actions button')[1]!.click();
      const { detail } = await exported;
      expect(downloads.files).to.have.length(1);
      const file = downloads.files[0]!;
      expect(file.name).to.equal('visits-site1-day-2024-03-08_2024-03-10.csv');
      expect(detail).to.deep.equal({ format: 'csv', fileName: file.name, bytes: file.blob.size });
      expect((await file.blob.text()).split('\r\n')).to.deep.equal([
        'Site ID,Site,Period,From,To,Visits,Bounce rate (ratio),Previous period,Previous visits,Previous bounce rate (ratio)',
        `1,"'=HYPERLINK(""http://evil.example"",""Shop"")",2024-03-08,2024-03-08,2024-03-08,100,0.9,2024-03-05,300,0.5`,
        `1,"'=HYPERLINK(""http://evil.example"",""Shop"")",2024-03-09,2024-03-09,2024-03-09,,,2024-03-06,300,0.5`,
        `1,"'=HYPERLINK(""http://evil.example"",""Shop"")",2024-03-10,2024-03-10,2024-03-10,900,0.1,2024-03-07,200,0.5`,
        '',
      ]);
    } finally {
      downloads.restore();
    }
  });

  it('exports the chart as a PNG on the widget background', async () => {
    const downloads = captureDownloads();
    try {
      const el = await mount('1', { theme: 'dark' });
      const exported = oneEvent(el, 'dw-visits-export');
      $$<HTMLButtonElement>(el, '.actions button')[2]!.click();
      const { detail } = await exported;
      const file = downloads.files[0]!;
      expect(detail.format).to.equal('png');
      expect(file.blob.type).to.equal('image/png');
      const signature = new Uint8Array(await file.blob.slice(0, 8).arrayBuffer());
      expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      const bitmap = await createImageBitmap(file.blob);
      const probe = document.createElement('canvas');
      probe.width = bitmap.width;
      probe.height = bitmap.height;
      const ctx = probe.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      // The top-left corner is the dark background (#16191f), not transparent.
      expect([...ctx.getImageData(1, 1, 1, 1).data]).to.deep.equal([0x16, 0x19, 0x1f, 255]);
    } finally {
      downloads.restore();
    }
  });

  it('formats dates and numbers in the chosen locale, with nothing to register', async () => {
    const el = await mount('2', { locale: 'de-DE' });
    expect(kpiTexts(el)[0]).to.equal('Visits 9.000 ▲ +200 % vs previous period');
    await showTable(el);
    expect(rows(el)[0]).to.deep.equal(['Fr., 8. März 2024', '2.000']);
  });
});

describe('<visits-chart> failures', () => {
  async function failing(respond: Parameters<typeof stub.set>[0], attrs: { timeout?: string } = {}) {
    stub.set(respond);
    const errors: VisitsErrorDetail[] = [];
    const el = await fixture<VisitsChart>(
      html`<visits-chart api-base=${BASE} token="s3cr3t-token" site-id="1" date=${RANGE} today="2024-03-10" timeout=${attrs.timeout ?? '15'} @dw-visits-error=${(e: CustomEvent<VisitsErrorDetail>) => errors.push(e.detail)}></visits-chart>`,
    );
    await settled(el);
    const box = el.shadowRoot!.querySelector('[part="error"]');
    return { el, errors, message: text(box), button: text(box?.querySelector('button')) };
  }

  it('network: explains the server could not be reached, with Retry', async () => {
    const { errors, message, button } = await failing(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(message).to.contain('Could not reach the server at https://matomo.example, or it does not answer this page');
    expect(message).to.contain('cors_domains');
    expect(button).to.equal('Retry');
    expect(errors.map((e) => [e.kind, e.stale])).to.deep.equal([['network', false]]);
  });

  it('timeout: says how long it waited', async () => {
    const { errors, message } = await failing(
      (request) => new Promise<Response>(() => void request), // never answers
      { timeout: '1' },
    );
    expect(message).to.match(/The server did not answer within 1 seconds?\./);
    expect(errors[0]!.kind).to.equal('timeout');
  });

  it('auth: a rejected token is not retried on its own, and the token never shows', async () => {
    const { el, errors, message, button } = await failing(() =>
      json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.' }, 401),
    );
    expect(message).to.contain('The server at https://matomo.example refused the access token: check it, or renew it');
    expect(button).to.equal('Try again');
    expect(errors[0]!.kind).to.equal('auth');
    await new Promise((r) => setTimeout(r, 300));
    expect(stub.requests).to.have.length(1);
    expect(el.shadowRoot!.innerHTML).not.to.contain('s3cr3t');
  });

  it('permission: names the site the token may not view', async () => {
    const { errors, message } = await failing(
      craftedMatomo(() => ({ result: 'error', message: "You can't access this resource as it requires 'view' access for the website id = 1." }), NAMES),
    );
    expect(message).to.contain("requires 'view' access for the website id = 1.");
    expect(message).to.contain('Ask an administrator for access');
    expect(errors[0]!.kind).to.equal('permission');
  });

  it('server: shows Matomo’s own message, as text', async () => {
    const { el, errors, message } = await failing(() => json({ result: 'error', message: 'Archiving failed <img src=x onerror="window.hacked=1">' }));
    expect(message).to.contain('Archiving failed <img src=x onerror="window.hacked=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(errors[0]!.kind).to.equal('server');
  });

  it('server: a 5xx HTML error page', async () => {
    const { message, errors } = await failing(() => new Response('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(message).to.contain('The server failed (HTTP 502 Bad Gateway). Try again later.');
    expect(errors[0]!.kind).to.equal('server');
  });

  it('bad response: a web page instead of data, or an answer of the wrong shape', async () => {
    const page = await failing(() => new Response('<!doctype html><title>Login</title>', { status: 200 }));
    expect(page.message).to.contain('The server sent a web page instead of data (HTTP 200)');
    expect(page.errors[0]!.kind).to.equal('bad-response');
    const shape = await failing(craftedMatomo(() => 'nonsense', NAMES));
    expect(shape.message).to.contain('where visits per period was expected');
  });

  it('config: no server, no site, or an unreadable date are explained without sending anything', async () => {
    const noBase = await fixture<VisitsChart>(html`<visits-chart site-id="1"></visits-chart>`);
    await settled(noBase);
    expect(text($(noBase, '[part="error"]'))).to.contain('No server address is configured');
    const noSite = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE}></visits-chart>`);
    await settled(noSite);
    expect(text($(noSite, '[part="error"]'))).to.contain('No site is configured');
    const badDate = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date="next week"></visits-chart>`);
    await settled(badDate);
    expect(text($(badDate, '[part="error"]'))).to.contain('The date "next week" is not one the widget reads');
    expect(stub.requests).to.have.length(0);
  });

  it('keeps the last data on screen when a refresh fails, and Retry recovers', async () => {
    const el = await mount('1', { metrics: 'nb_visits' });
    stub.set(() => Promise.reject(new TypeError('Failed to fetch')));
    const failed = oneEvent(el, 'dw-visits-error');
    choose(el, 'select[id$="-range"]', 'last-month');
    expect((await failed).detail).to.deep.include({ kind: 'network', stale: true });
    await settled(el);
    expect(text($(el, '.stale [part="error"] strong'))).to.equal('Could not refresh the data; showing the last loaded data');
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([100, null, 900]);
    expect(kpiTexts(el)).to.deep.equal(['Visits 1,000 ▲ +25% vs previous period']);

    stub.set(craftedMatomo(() => ({ '2024-02-01': day(5), '2024-02-02': day(6) }), NAMES));
    const loaded = oneEvent(el, 'dw-visits-load');
    $<HTMLButtonElement>(el, '[part="retry-button"]').click();
    await loaded;
    await settled(el);
    expect($$(el, '[part="error"]')).to.have.length(0);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([5, 6]);
  });
});

describe('<visits-chart> accessibility', () => {
  const violations = async (el: Element) => (await axe.run(el)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  it('is axe-clean loaded, in light and dark, with several sites and the comparison', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await mount('1,2,3', { theme, compare: true, metrics: 'nb_visits,bounce_rate' });
      expect(await violations(el), theme).to.deep.equal([]);
    }
  });

  it('is axe-clean in the table view, with the custom range open, and when failing', async () => {
    const el = await mount('1', { compare: true });
    await showTable(el);
    await openCustomRange(el);
    expect(await violations(el)).to.deep.equal([]);
    stub.set(() => json({ result: 'error', message: 'Nope' }));
    const failed = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" theme="dark"></visits-chart>`);
    await settled(failed);
    expect(await violations(failed)).to.deep.equal([]);
  });

  it('hides the title visually with hide-title, still naming the widget for screen readers', async () => {
    const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date=${RANGE} hide-title></visits-chart>`);
    await settled(el);
    const title = $(el, '.title');
    expect(title.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.shadowRoot!.getElementById($(el, 'section').getAttribute('aria-labelledby')!)).to.equal(title);
    expect(text(title)).to.equal('Visits over time');
  });

  it('labels the chart and describes it with the summary', async () => {
    const el = await mount('1');
    const canvas = $(el, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('Line chart: Visits by day');
    expect(el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)).to.equal($(el, '.summary'));
  });
});

describe('<visits-chart> with a data source of your own', () => {
  it('asks it instead of Matomo, with the query and an abort signal', async () => {
    const calls: Array<{ query: VisitsQuery; signal: boolean }> = [];
    const source: VisitsSource = {
      async getVisits(query, options) {
        calls.push({ query, signal: options?.signal instanceof AbortSignal });
        return { current: [{ idSite: '7', name: 'Intranet', points: [{ label: '2024-03-09', metrics: { nb_visits: 4 } }, { label: '2024-03-10', metrics: null }] }] };
      },
    };
    const el = await fixture<VisitsChart>(html`<visits-chart .source=${source} site-id="7" date="last2" today="2024-03-10" locale="en-US"></visits-chart>`);
    await settled(el);
    expect(calls).to.deep.equal([{ query: { siteIds: ['7'], period: 'day', date: 'last2', compareDate: '2024-03-07,2024-03-08', today: '2024-03-10' }, signal: true }]);
    expect(stub.requests).to.have.length(0);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([4, null]);
    expect(text($(el, '.subtitle'))).to.equal('Intranet · Last 2 days, by day');
  });

  it('shows a general message, with Retry, when the source throws something that is not an API error', async () => {
    const source: VisitsSource = {
      getVisits: () => Promise.reject(new Error('TypeError: x.y is undefined at internal.js:12')),
    };
    const el = await fixture<VisitsChart>(html`<visits-chart .source=${source} site-id="1"></visits-chart>`);
    await settled(el);
    expect(text($(el, '[part="error"] p'))).to.equal('Something went wrong while loading the data.');
    expect(text($(el, '[part="retry-button"]'))).to.equal('Retry');
  });
});
