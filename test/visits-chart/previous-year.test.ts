import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChangeDetail, VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { setClock } from '../../src/core/clock.js';
import { parseCalendarDate, toCalendarString } from '../../src/core/dates.js';
import { yearBeforeSpan } from '../../src/core/year-before.js';
import { spanOf, parseDateSpec } from '../../src/core/calendar.js';
import { axeViolations } from '../helpers/axe.js';
import { $, $$, captureDownloads, chartOf, craftedMatomo, day, hover, kpiTexts, parseCsv, seriesValues, settled, showTable, stubFetch, subRequests, text, type WireRequest } from './helpers.js';

/*
 * The comparison with the same period a year before (`compare="previous-year"`): the span Matomo is
 * asked for (as Matomo's own comparison counts it: the same dates, 29 February with 28 February;
 * the week that holds the date a year before the first Monday), in each site's own calendar;
 * how the periods pair; and the dates the KPIs, the summary and the legend name.
 */

/** 05:00 UTC on Sunday 6 December 2026: still the 5th in Los Angeles, already the 6th in Kolkata. */
const MORNING = Date.UTC(2026, 11, 6, 5);
const NAMES = { '1': 'Shop', '2': 'Los Angeles', '3': 'Kolkata' };
const ZONES = { '1': 'UTC', '2': 'America/Los_Angeles', '3': 'Asia/Kolkata' };

/** Every day of `from,to` (a day sub-request's `date`), each with `visits(day)` (null: Matomo's `[]`). */
function days(date: string, visits: (label: string) => ReturnType<typeof day> | null): Record<string, unknown> {
  const [from, to] = date.split(',').map((d) => parseCalendarDate(d)!);
  const out: Record<string, unknown> = {};
  for (let d = from!; d <= to!; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    const label = toCalendarString(d);
    out[label] = visits(label) ?? [];
  }
  return out;
}

let stub: ReturnType<typeof stubFetch> | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
  setClock();
  forgetSites();
});

async function mount(attributes: Record<string, string>): Promise<VisitsChart> {
  const el = document.createElement('visits-chart');
  el.setAttribute('api-base', 'https://matomo.example/');
  el.setAttribute('locale', 'en-US');
  el.setAttribute('theme', 'light');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.token = 'view-token';
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrap.append(el);
  await settled(el);
  return el;
}

/** The VisitsSummary.get sub-requests of every request, as `method idSite period date`. */
const visitsAsked = (requests: WireRequest[]) => requests.flatMap((r) => subRequests(r).filter((s) => s.startsWith('VisitsSummary.get')));

describe('the span a year before (core/year-before.ts)', () => {
  const today = parseCalendarDate('2026-12-05')!;
  const span = (date: string, period: 'day' | 'week' | 'month' | 'year') => {
    const s = yearBeforeSpan(spanOf(parseDateSpec(date, today)!, period, today), period);
    return `${toCalendarString(s.from)},${toCalendarString(s.to)} ×${s.count} ${s.years}y`;
  };

  it('is the same dates a year before, by day; 29 February is 28 February', () => {
    expect(span('last7', 'day')).to.equal('2025-11-29,2025-12-05 ×7 1y');
    expect(span('2024-02-01,2024-02-29', 'day')).to.equal('2023-02-01,2023-02-28 ×28 1y');
    expect(span('2024-02-29,2024-03-28', 'day')).to.equal('2023-02-28,2023-03-28 ×29 1y');
    // The year before is a leap year: its 29 February is among the compared days.
    expect(span('2025-02-27,2025-03-02', 'day')).to.equal('2024-02-27,2024-03-02 ×5 1y');
  });

  it('is the week holding the date a year before the first Monday, by week (53 weeks back), as many weeks', () => {
    // Monday 9 November 2026 a year before is Sunday 9 November 2025, in the week of Monday 3 November.
    expect(span('last4', 'week')).to.equal('2025-11-03,2025-11-30 ×4 1y');
    // Monday 4 March 2024, a year before: Saturday 4 March 2023, in the week of 27 February.
    expect(span('2024-03-04,2024-03-10', 'week')).to.equal('2023-02-27,2023-03-05 ×1 1y');
  });

  it('is the same months by month, the years before by year, and never overlaps a range longer than a year', () => {
    expect(span('last3', 'month')).to.equal('2025-10-01,2025-12-31 ×3 1y');
    expect(span('last1', 'year')).to.equal('2025-01-01,2025-12-31 ×1 1y');
    expect(span('last2', 'year')).to.equal('2023-01-01,2024-12-31 ×2 2y');
    expect(span('last13', 'month')).to.equal('2023-12-01,2024-12-31 ×13 2y');
    expect(span('last365', 'day')).to.equal('2024-12-06,2025-12-05 ×365 1y');
    expect(span('last400', 'day')).to.equal('2023-11-01,2024-12-05 ×401 2y');
  });
});

describe('<visits-chart compare="previous-year"> on the wire', () => {
  beforeEach(() => forgetSites());

  for (const [period, date, la, kolkata] of [
    ['day', 'last7', ['2026-11-29,2026-12-05', '2025-11-29,2025-12-05'], ['2026-11-30,2026-12-06', '2025-11-30,2025-12-06']],
    ['week', 'last4', ['2026-11-09,2026-12-05', '2025-11-03,2025-11-30'], ['2026-11-09,2026-12-06', '2025-11-03,2025-11-30']],
    ['month', 'last3', ['2026-10-01,2026-12-05', '2025-10-01,2025-12-31'], ['2026-10-01,2026-12-06', '2025-10-01,2025-12-31']],
    ['year', 'last1', ['2026-01-01,2026-12-05', '2025-01-01,2025-12-31'], ['2026-01-01,2026-12-06', '2025-01-01,2025-12-31']],
    ['day', '2024-02-01,2024-02-29', ['2024-02-01,2024-02-29', '2023-02-01,2023-02-28'], ['2024-02-01,2024-02-29', '2023-02-01,2023-02-28']],
  ] as const) {
    it(`asks for each site's ${date} by ${period} and the same periods a year before, in the site's own calendar (Los Angeles and Kolkata)`, async () => {
      setClock(() => MORNING);
      stub = stubFetch(craftedMatomo(() => ({}), NAMES, ZONES));
      await mount({ 'site-id': '2', period, date, compare: 'previous-year' });
      // One site's lastN is counted from its day, and so is the year before: its time zone first (once per server and page).
      if (date.startsWith('last')) expect(subRequests(stub.requests[0]!)).to.deep.equal(['SitesManager.getSiteFromId 2']);
      expect(visitsAsked(stub.requests)).to.deep.equal(la.map((d) => `VisitsSummary.get 2 ${period} ${d}`));
      stub.requests.length = 0;
      await mount({ 'site-id': '3', period, date, compare: 'previous-year' });
      expect(visitsAsked(stub.requests)).to.deep.equal(kolkata.map((d) => `VisitsSummary.get 3 ${period} ${d}`));
      // Both sites in one chart: each group of sites on the same day has its own year before, in one request.
      stub.requests.length = 0;
      await mount({ 'site-id': '2,3', period, date, compare: 'previous-year' });
      expect(stub.requests).to.have.length(1);
      expect(visitsAsked(stub.requests).sort()).to.deep.equal([...la.map((d) => `VisitsSummary.get 2 ${period} ${d}`), ...kolkata.map((d) => `VisitsSummary.get 3 ${period} ${d}`)].sort());
    });
  }

  it('counts from the today attribute for every site, and goes back to the periods right before when the choice changes', async () => {
    stub = stubFetch(craftedMatomo(() => ({}), NAMES, ZONES));
    const el = await mount({ 'site-id': '2,3', date: 'last7', today: '2024-03-03', compare: 'previous-year' });
    expect(stub.requests).to.have.length(1);
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 2,3 day 2024-02-26,2024-03-03', 'VisitsSummary.get 2,3 day 2023-02-26,2023-03-03']);
    stub.requests.length = 0;
    el.compare = 'previous-period';
    await el.updateComplete;
    await settled(el);
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 2,3 day 2024-02-26,2024-03-03', 'VisitsSummary.get 2,3 day 2024-02-19,2024-02-25']);
  });

  it('hands a source of its own the comparison counted a year before, and says so', async () => {
    const queries: unknown[] = [];
    const el = document.createElement('visits-chart');
    el.source = {
      async getVisits(query) {
        queries.push(query);
        return { current: [{ idSite: '1', name: 'Shop', points: [{ label: '2024-03-10', metrics: { nb_visits: 5 } }] }] };
      },
    };
    el.setAttribute('site-id', '1');
    el.setAttribute('date', '2024-03-04,2024-03-10');
    el.setAttribute('period', 'week');
    el.setAttribute('compare', 'previous-year');
    await fixture(html`<div>${el}</div>`);
    await settled(el);
    expect(queries).to.deep.equal([{ siteIds: ['1'], period: 'week', date: '2024-03-04,2024-03-10', compareDate: '2023-02-27,2023-03-05', compare: 'previous-year' }]);
  });
});

describe('<visits-chart compare="previous-year"> says what it compares', () => {
  /** March 2025 against March 2024, by day: 100 visits a day, against 80 in 2024; bounces weighted by visits. */
  function march(sub: URLSearchParams) {
    const date = sub.get('date')!;
    const thisYear = date.startsWith('2025');
    return days(date, (d) => {
      const n = Number(d.slice(8));
      // 2024: the first day has most visits and every one bounced; the plain mean of the days' rates would be far off.
      if (!thisYear) return n === 1 ? day(800, { bounce_count: 800 }) : day(60, { bounce_count: 6 });
      return day(100, { bounce_count: 25 });
    });
  }

  it('names the compared dates in the KPIs, the summary and the legend, with rates weighted by visits', async () => {
    stub = stubFetch(craftedMatomo(march, NAMES, ZONES));
    const el = await mount({ 'site-id': '1', date: '2025-03-01,2025-03-31', today: '2025-04-02', metrics: 'nb_visits,bounce_rate', compare: 'previous-year' });
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 1 day 2025-03-01,2025-03-31', 'VisitsSummary.get 1 day 2024-03-01,2024-03-31']);
    // 3,100 visits against 800 + 30 × 60 = 2,600: +19.2%; bounce rate 25% against (800 + 180) / 2,600 = 37.7%.
    expect(kpiTexts(el)).to.deep.equal(['Visits 3,100 ▲ +19.2% vs Mar 1 – 31, 2024', 'Bounce rate 25% ▼ -33.7% vs Mar 1 – 31, 2024']);
    expect(text($(el, '.summary'))).to.contain('Shop: 3,100 in total (+19.2% compared with March 1 – 31, 2024)');
    expect(text($(el, '.legend-note'))).to.equal('Dashed: same period last year');
    const chart = chartOf(el);
    expect(seriesValues(chart, 1).slice(0, 3)).to.deep.equal([800, 60, 60]);
    expect(await hover(el, 0)).to.deep.equal(['Sat, Mar 1, 2025', 'Shop: 100', 'Shop, previous (Fri, Mar 1, 2024): 800']);
  });

  it('names the year before in the SVG download: its dates above the chart, its dashed line in the legend', async () => {
    stub = stubFetch(craftedMatomo(march, NAMES, ZONES));
    const el = await mount({ 'site-id': '1', date: '2025-03-01,2025-03-31', today: '2025-04-02', compare: 'previous-year' });
    const downloads = captureDownloads();
    try {
      $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent === 'Download SVG')!.click();
      const deadline = performance.now() + 10_000;
      while (!downloads.files.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      const doc = new DOMParser().parseFromString(await downloads.files[0]!.blob.text(), 'image/svg+xml');
      const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '');
      expect(texts).to.include.members(['Compared with March 1 – 31, 2024', 'Dashed: same period last year']);
      expect(texts).not.to.include('Dashed: previous period');
    } finally {
      downloads.restore();
    }
  });

  it('pairs 29 February with 28 February, and counts a 29 February of the year before in the KPIs', async () => {
    // 2024 is a leap year: 27 February to 2 March 2024 is five days; a year before, four.
    const visits = (d: string) => day(Number(d.slice(0, 4)) === 2024 ? 100 : 50 + Number(d.slice(8)));
    stub = stubFetch(craftedMatomo((sub) => days(sub.get('date')!, visits), NAMES, ZONES));
    const el = await mount({ 'site-id': '1', date: '2024-02-27,2024-03-02', today: '2024-03-10', compare: 'previous-year' });
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 1 day 2024-02-27,2024-03-02', 'VisitsSummary.get 1 day 2023-02-27,2023-03-02']);
    // 27, 28 Feb, then 29 Feb with 28 Feb 2023, then 1 and 2 March.
    expect(seriesValues(chartOf(el), 1)).to.deep.equal([77, 78, 78, 51, 52]);
    expect(await hover(el, 2)).to.deep.equal(['Thu, Feb 29, 2024', 'Shop: 100', 'Shop, previous (Tue, Feb 28, 2023): 78']);
    // 500 against the four days of 2023 (77 + 78 + 51 + 52 = 258), each once.
    expect(kpiTexts(el)).to.deep.equal(['Visits 500 ▲ +93.8% vs Feb 27 – Mar 2, 2023']);
    await showTable(el);
    expect($$(el, 'thead th').map(text)).to.deep.equal(['Period', 'Shop', 'Shop, same period last year']);
    expect(Array.from($$(el, 'tbody tr')[2]!.children, (cell) => text(cell))).to.deep.equal(['Thu, Feb 29, 2024', '100', '78 (Tue, Feb 28, 2023)']);
    // The CSV pairs them as the chart does.
    const downloads = captureDownloads();
    try {
      $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent === 'Download CSV')!.click();
      const deadline = performance.now() + 10_000;
      while (!downloads.files.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      const rows = parseCsv(await downloads.files[0]!.blob.text());
      expect(rows[0]!.slice(6)).to.deep.equal(['Previous period', 'Previous visits']);
      expect(rows.slice(1).map((r) => [r[2], r[6], r[7]])).to.deep.equal([
        ['2024-02-27', '2023-02-27', '77'],
        ['2024-02-28', '2023-02-28', '78'],
        ['2024-02-29', '2023-02-28', '78'],
        ['2024-03-01', '2023-03-01', '51'],
        ['2024-03-02', '2023-03-02', '52'],
      ]);
    } finally {
      downloads.restore();
    }
  });

  it('counts the 29 February of a leap year before in the KPIs, and pairs the other days by date', async () => {
    const visits = (d: string) => day(d.startsWith('2024') ? 10 + Number(d.slice(8)) : 100);
    stub = stubFetch(craftedMatomo((sub) => days(sub.get('date')!, visits), NAMES, ZONES));
    const el = await mount({ 'site-id': '1', date: '2025-02-27,2025-03-02', today: '2025-03-10', compare: 'previous-year' });
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 1 day 2025-02-27,2025-03-02', 'VisitsSummary.get 1 day 2024-02-27,2024-03-02']);
    expect(seriesValues(chartOf(el), 1)).to.deep.equal([37, 38, 11, 12]);
    // 400 against 37 + 38 + 39 + 11 + 12 = 137 (29 February 2024 included).
    expect(kpiTexts(el)).to.deep.equal(['Visits 400 ▲ +192% vs Feb 27 – Mar 2, 2024']);
  });

  it('keeps a day without data a gap, and compares a day in progress with the whole day a year before', async () => {
    const visits = (d: string) => (d === '2025-03-08' ? null : day(d.startsWith('2025') ? 20 : 10));
    stub = stubFetch(craftedMatomo((sub) => days(sub.get('date')!, visits), NAMES, ZONES));
    const el = await mount({ 'site-id': '1', date: 'last3', today: '2025-03-10', compare: 'previous-year' });
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 1 day 2025-03-08,2025-03-10', 'VisitsSummary.get 1 day 2024-03-08,2024-03-10']);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([null, 20, 20]);
    expect(text($(el, '.note'))).to.equal('Today (Mon, Mar 10, 2025) is in progress: its figures so far are compared with a whole day.');
    expect(kpiTexts(el)).to.deep.equal(['Visits 40 ▲ +33.3% vs Mar 8 – 10, 2024']);
  });

  it('says when the year before could not be loaded, and keeps the range', async () => {
    stub = stubFetch(
      craftedMatomo((sub) => (sub.get('date')!.startsWith('2024') ? { result: 'error', message: 'Archiving is disabled for this range.' } : days(sub.get('date')!, () => day(10))), NAMES, ZONES),
    );
    const el = await mount({ 'site-id': '1', date: 'last3', today: '2025-03-10', compare: 'previous-year' });
    expect(text($(el, '.message.warning'))).to.equal('The same period last year could not be loaded: Archiving is disabled for this range.');
    expect(kpiTexts(el)).to.deep.equal(['Visits 30 No comparison']);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 10, 10]);
  });

  it('says "2 years before" for a range longer than a year, which it never overlaps', async () => {
    // Each year asked for, with its visits.
    const years = (sub: URLSearchParams) => {
      const [from, to] = sub.get('date')!.split(',').map((d) => Number(d.slice(0, 4)));
      return Object.fromEntries(Array.from({ length: to! - from! + 1 }, (_, i) => [String(from! + i), day(1000 * (i + 1))]));
    };
    stub = stubFetch(craftedMatomo(years, NAMES, ZONES));
    const el = await mount({ 'site-id': '1', period: 'year', date: 'last2', today: '2025-03-10', compare: 'previous-year' });
    expect(visitsAsked(stub.requests)).to.deep.equal(['VisitsSummary.get 1 year 2024-01-01,2025-03-10', 'VisitsSummary.get 1 year 2022-01-01,2023-12-31']);
    expect(text($(el, '.legend-note'))).to.equal('Dashed: same period 2 years before');
    // 2024 with 2022, 2025 (in progress) with 2023.
    expect(await hover(el, 1)).to.deep.equal(['2025', 'Shop: 2,000 (so far: 69 of 365 days)', 'Shop, previous (2023): 2,000']);
    expect(kpiTexts(el)).to.deep.equal(['Visits 3,000 0% vs Jan 1, 2022 – Dec 31, 2023']);
  });
});

describe('<visits-chart> notes worded by the summary\'s code', () => {
  it('says over the chart that the server does not report a metric for the period length', async () => {
    const years = (sub: URLSearchParams) => {
      const [from, to] = sub.get('date')!.split(',').map((d) => Number(d.slice(0, 4)));
      return Object.fromEntries(Array.from({ length: to! - from! + 1 }, (_, i) => [String(from! + i), { nb_visits: 10 }]));
    };
    stub = stubFetch(craftedMatomo(years, NAMES, ZONES));
    const el = await mount({ 'site-id': '1', period: 'year', date: 'last2', today: '2025-03-10', metrics: 'nb_uniq_visitors' });
    expect(text($(el, '.overlay.empty'))).to.equal('No “Unique visitors” for this period lengthThe server does not report “Unique visitors” by year. Pick a shorter period or another metric.');
  });
});

describe('<visits-chart> Compare with control', () => {
  it('reads every compare value, and reflects the choice', async () => {
    stub = stubFetch(craftedMatomo(() => ({}), NAMES, ZONES));
    const cases: Array<[string | null, unknown, string]> = [
      [null, false, ''],
      ['', true, 'previous-period'],
      ['previous-period', true, 'previous-period'],
      ['previous-year', 'previous-year', 'previous-year'],
    ];
    for (const [attribute, property, chosen] of cases) {
      const el = await mount({ 'site-id': '1', today: '2025-03-10', ...(attribute === null ? {} : { compare: attribute }) });
      expect(el.compare, String(attribute)).to.equal(property);
      expect($<HTMLSelectElement>(el, 'select[id$="-compare"]').value).to.equal(chosen);
      el.remove();
    }
    const el = await mount({ 'site-id': '1', today: '2025-03-10' });
    el.compare = true;
    await el.updateComplete;
    expect(el.getAttribute('compare')).to.equal('');
    el.compare = 'previous-year';
    await el.updateComplete;
    expect(el.getAttribute('compare')).to.equal('previous-year');
    // The year before, loaded (not left on its way when the test ends).
    await settled(el);
    expect(text($(el, '.legend-note'))).to.equal('Dashed: same period last year');
  });

  it('is labelled and used from the keyboard, loads the year before when chosen, and axe finds nothing, light and dark', async () => {
    stub = stubFetch(craftedMatomo((sub) => days(sub.get('date')!, () => day(10)), NAMES, ZONES));
    for (const theme of ['light', 'dark']) {
      stub.requests.length = 0;
      const el = await mount({ 'site-id': '1', today: '2025-03-10', date: 'last7', theme });
      const changes: VisitsChangeDetail[] = [];
      el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
      const select = $<HTMLSelectElement>(el, 'select[id$="-compare"]');
      expect(text(select.labels![0]!).startsWith('Compare with')).to.equal(true);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await settled(el);
      expect(changes.map((c) => c.compare)).to.deep.equal(['previous-period', 'previous-year']);
      expect(el.getAttribute('compare')).to.equal('previous-year');
      expect(visitsAsked(stub.requests)).to.deep.equal([
        'VisitsSummary.get 1 day 2025-03-04,2025-03-10',
        'VisitsSummary.get 1 day 2025-02-25,2025-03-03',
        'VisitsSummary.get 1 day 2025-03-04,2025-03-10',
        'VisitsSummary.get 1 day 2024-03-04,2024-03-10',
      ]);
      expect(text($(el, '.legend-note'))).to.equal('Dashed: same period last year');
      expect(await axeViolations(el)).to.deep.equal([]);
      el.remove();
    }
  });
});
