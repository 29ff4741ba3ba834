import { expect, fixture, html } from '@open-wc/testing';
import type { SiteVisits, VisitsMetrics, VisitsResult, VisitsSource } from '../../src/api/visits-source.js';
import { isPlausible } from '../../src/visits-chart/metrics.js';
import { cleanVisits, isolate } from '../../src/visits-chart/sanitize.js';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { $, $$, chartOf, kpiTexts, seriesValues, settled, text } from './helpers.js';

const TODAY = new Date(2024, 2, 10);
const site = (points: Array<[string, VisitsMetrics | null]>, name = 'Shop'): SiteVisits => ({
  idSite: '1',
  name,
  points: points.map(([label, metrics]) => ({ label, metrics })),
});
const bad = (value: unknown) => ({ nb_visits: value }) as unknown as VisitsMetrics;

describe('visits-chart: what a server may send, and what is shown of it', () => {
  it('accepts only finite values from 0 to a plausible maximum for each metric', () => {
    for (const value of [0, 1, 999_999_999_999]) expect(isPlausible('nb_visits', value), String(value)).to.equal(true);
    for (const value of [-5, 1e308, Infinity, NaN, '12', null, 1e13]) expect(isPlausible('nb_visits', value), String(value)).to.equal(false);
    expect(isPlausible('bounce_rate', 1)).to.equal(true);
    expect(isPlausible('bounce_rate', 56)).to.equal(false);
    expect(isPlausible('avg_time_on_site', 86_400)).to.equal(true);
    expect(isPlausible('avg_time_on_site', 1e9)).to.equal(false);
    expect(isPlausible('sum_visit_length', 1e12)).to.equal(true);
  });

  it('turns impossible values into gaps and counts them', () => {
    const result: VisitsResult = {
      current: [site([['2024-03-06', bad(-5)], ['2024-03-07', bad(Number.NaN)], ['2024-03-08', bad(1e308)], ['2024-03-09', null], ['2024-03-10', { nb_visits: 50, bounce_rate: 0.5 }]])],
    };
    const clean = cleanVisits(result, 'day', TODAY);
    expect(clean.result.current[0]!.points).to.deep.equal([
      { label: '2024-03-06', metrics: {} },
      { label: '2024-03-07', metrics: {} },
      { label: '2024-03-08', metrics: {} },
      { label: '2024-03-09', metrics: null },
      { label: '2024-03-10', metrics: { nb_visits: 50, bounce_rate: 0.5 } },
    ]);
    expect(clean.droppedValues).to.equal(3);
    expect(clean.droppedPeriods).to.equal(0);
  });

  it('keeps only the metrics it knows: a value under a name such as __proto__ or constructor is left out', () => {
    const metrics = JSON.parse('{"nb_visits": 7, "__proto__": 3, "constructor": 4, "toString": 5, "hasOwnProperty": 6}') as VisitsMetrics;
    const clean = cleanVisits({ current: [site([['2024-03-10', metrics]])] }, 'day', TODAY);
    const kept = clean.result.current[0]!.points[0]!.metrics!;
    expect(Object.keys(kept)).to.deep.equal(['nb_visits']);
    expect(kept.nb_visits).to.equal(7);
    expect(Object.getPrototypeOf(kept)).to.equal(Object.prototype);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(isPlausible(name as never, 1), name).to.equal(false);
  });

  it('leaves out periods of another form, impossible days, markup, and dates before the web or far in the future', () => {
    const labels = ['2024-03-10', '2024-03', '2024-02-30', '<img src=x>', '9999-12-31', '1970-01-01', '2025-03-10', '2024-03-09'];
    const clean = cleanVisits({ current: [site(labels.map((l) => [l, { nb_visits: 1 }]))] }, 'day', TODAY);
    // A year after today is the limit (relative to the later of the reference day and the browser's day).
    const kept = clean.result.current[0]!.points.map((p) => p.label);
    expect(kept.slice(0, 2)).to.deep.equal(['2024-03-09', '2024-03-10']);
    expect(kept).not.to.include.members(['2024-03', '2024-02-30', '<img src=x>', '9999-12-31', '1970-01-01']);
    expect(clean.droppedPeriods).to.equal(labels.length - kept.length);

    const weeks = cleanVisits({ current: [site([['2024-03-04,2024-03-10', null], ['2024-03-04', null], ['2024-03-10,2024-03-04', null]])] }, 'week', TODAY);
    expect(weeks.result.current[0]!.points.map((p) => p.label)).to.deep.equal(['2024-03-04,2024-03-10']);
    const years = cleanVisits({ current: [site([['2024', null], ['2024-01', null], ['0001', null]])] }, 'year', TODAY);
    expect(years.result.current[0]!.points.map((p) => p.label)).to.deep.equal(['2024']);
  });

  it('cleans the comparison too, and keeps the periods in order', () => {
    const clean = cleanVisits(
      { current: [site([['2024-03-10', { nb_visits: 2 }], ['2024-03-09', { nb_visits: 1 }]])], previous: [site([['2024-03-08', bad(-1)], ['2024-03-07', { nb_visits: 3 }]])] },
      'day',
      TODAY,
    );
    expect(clean.result.current[0]!.points.map((p) => p.label)).to.deep.equal(['2024-03-09', '2024-03-10']);
    expect(clean.result.previous![0]!.points).to.deep.equal([
      { label: '2024-03-07', metrics: { nb_visits: 3 } },
      { label: '2024-03-08', metrics: {} },
    ]);
    expect(clean.droppedValues).to.equal(1);
  });

  it('isolates a name with a right-to-left override, and leaves other names alone', () => {
    expect(isolate('Shop')).to.equal('Shop');
    expect(isolate('\u202Egnp.exe')).to.equal('\u2068\u202Egnp.exe\u2069');
    // An isolate the name leaves open is closed before ours.
    expect(isolate('\u202Ea\u2066b')).to.equal('\u2068\u202Ea\u2066b\u2069\u2069');
    expect(isolate('\u2067a\u2069b\u2069')).to.equal('\u2068\u2067a\u2069b\u2069\u2069');
    expect(cleanVisits({ current: [site([], '\u202Eevil')] }, 'day', TODAY).result.current[0]!.name).to.equal('\u2068\u202Eevil\u2069');
  });
});

describe('<visits-chart> with impossible data from a source', () => {
  it('draws the rest with gaps, says what was left out, and keeps a sane axis', async () => {
    // -5 and 1e308 on one axis would make Chart.js build ticks until the tab runs out of memory.
    const source: VisitsSource = {
      getVisits: async () => ({
        current: [
          site([
            ['2024-03-06', bad(-5)],
            ['2024-03-07', bad(1e308)],
            ['2024-03-08', { nb_visits: 40 }],
            ['2024-03-09', { nb_visits: 60 }],
            ['2024-03-10', bad(Infinity)],
            ['9999-12-31', { nb_visits: 1 }],
            ['<b>x</b>', { nb_visits: 3 }],
          ]),
        ],
      }),
    };
    const el = await fixture<VisitsChart>(html`<visits-chart .source=${source} site-id="1" date="2024-03-06,2024-03-10" today="2024-03-10" locale="en-US"></visits-chart>`);
    await settled(el);
    const chart = chartOf(el);
    expect(seriesValues(chart, 0)).to.deep.equal([null, null, 40, 60, null]);
    expect(chart.scales.y!.max).to.be.below(100);
    expect(kpiTexts(el)[0]).to.match(/^Visits 100 /);
    expect(text($(el, '.message.warning'))).to.equal(
      'Some data from the server was left out: 2 periods with an unreadable or impossible date and 3 impossible values (shown as gaps).',
    );
    expect($$(el, '[role="alert"]').filter((a) => text(a))).to.have.length(0);
  });

  it('says nothing when everything could be shown', async () => {
    const source: VisitsSource = { getVisits: async () => ({ current: [site([['2024-03-10', { nb_visits: 4 }]])] }) };
    const el = await fixture<VisitsChart>(html`<visits-chart .source=${source} site-id="1" date="last1" today="2024-03-10"></visits-chart>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('.message.warning')).to.equal(null);
  });
});
