import { expect } from '@open-wc/testing';
import type { SiteVisits, VisitsMetrics, VisitsResult } from '../../src/api/visits-source.js';
import { buildChartModel } from '../../src/visits-chart/shape.js';
import { valueText } from '../../src/visits-chart/value-text.js';
import { visitsRows } from '../../src/visits-chart/export.js';
import { describeChart } from '../../src/visits-chart/summary.js';
import { translator } from '../../src/core/translate.js';

const m = (nb_visits: number, bounce_count = 0): VisitsMetrics => ({ nb_visits, bounce_count, nb_uniq_visitors: nb_visits - 1 });
const site = (idSite: string, name: string, points: Array<[string, VisitsMetrics | null]>): SiteVisits => ({
  idSite,
  name,
  points: points.map(([label, metrics]) => ({ label, metrics })),
});

describe('visits-chart data shaping', () => {
  it('draws a period without data as a gap, never as 0, and says why', () => {
    const result: VisitsResult = { current: [site('1', 'Shop', [['2024-03-08', m(10, 5)], ['2024-03-09', null], ['2024-03-10', m(20, 5)]])] };
    const visits = buildChartModel(result, 'nb_visits', 'day', new Set());
    expect(visits.labels).to.deep.equal(['2024-03-08', '2024-03-09', '2024-03-10']);
    expect(visits.series[0]!.values).to.deep.equal([10, null, 20]);
    expect(visits.series[0]!.gaps).to.deep.equal([null, 'no-data', null]);
    const bounce = buildChartModel(result, 'bounce_rate', 'day', new Set());
    expect(bounce.series[0]!.values).to.deep.equal([0.5, null, 0.25]);
    expect(visits.empty).to.equal(false);
    expect(valueText(visits, visits.series[0]!, 1, false, translator('en-US'))).to.equal('no data');
  });

  it('knows the period in progress: the one that holds the site’s today, and how far it is', () => {
    const months: VisitsResult = { current: [{ ...site('1', 'Shop', [['2024-02', m(900)], ['2024-03', m(190)]]), today: '2024-03-06' }] };
    const model = buildChartModel(months, 'nb_visits', 'month', new Set());
    expect([model.series[0]!.partial, model.series[0]!.progress]).to.deep.equal([1, { days: 6, of: 31 }]);
    expect(valueText(model, model.series[0]!, 1, false, translator('en-US'))).to.equal('190 (so far: 6 of 31 days)');
    expect(valueText(model, model.series[0]!, 0, false, translator('en-US'))).to.equal('900');
    // Without a day of its own, the site's is the chart's; a range in the past has none in progress.
    const days: VisitsResult = { current: [site('1', 'Shop', [['2024-03-09', m(3)], ['2024-03-10', m(4)]])] };
    const today = buildChartModel(days, 'nb_visits', 'day', new Set(), '2024-03-10').series[0]!;
    expect([today.partial, today.progress]).to.deep.equal([1, { days: 1, of: 1 }]);
    expect(buildChartModel(days, 'nb_visits', 'day', new Set(), '2024-04-01').series[0]!.partial).to.equal(-1);
  });

  it('knows a range without any visit, and a metric the server never sent', () => {
    const nothing: VisitsResult = { current: [site('1', 'Shop', [['2024-03-09', null], ['2024-03-10', { nb_visits: 0 }]])] };
    expect(buildChartModel(nothing, 'nb_visits', 'day', new Set()).empty).to.equal(true);
    const years: VisitsResult = { current: [site('1', 'Shop', [['2023', { nb_visits: 10 }], ['2024', { nb_visits: 12 }]])] };
    const model = buildChartModel(years, 'nb_uniq_visitors', 'year', new Set());
    expect(model.missing).to.equal(true);
    expect(model.series[0]!.values).to.deep.equal([null, null]);
    expect(valueText(model, model.series[0]!, 0, false, translator('en-US'))).to.equal('not available');
  });

  it('draws one line per site, keeps colours when a site is hidden, and gaps where a site has no such period', () => {
    // Sites in different time zones answer lastN with different days.
    const result: VisitsResult = {
      current: [
        site('1', 'Shop', [['2024-03-09', m(1)], ['2024-03-10', m(2)]]),
        site('2', 'Blog', [['2024-03-08', m(3)], ['2024-03-09', m(4)]]),
        site('3', 'Docs', [['2024-03-09', m(5)], ['2024-03-10', m(6)]]),
      ],
    };
    const all = buildChartModel(result, 'nb_visits', 'day', new Set());
    expect(all.labels).to.deep.equal(['2024-03-08', '2024-03-09', '2024-03-10']);
    expect(all.series.map((s) => [s.name, s.values])).to.deep.equal([
      ['Shop', [null, 1, 2]],
      ['Blog', [3, 4, null]],
      ['Docs', [null, 5, 6]],
    ]);
    const someHidden = buildChartModel(result, 'nb_visits', 'day', new Set(['2']));
    expect(someHidden.series.map((s) => [s.name, s.colorIndex])).to.deep.equal([
      ['Shop', 0],
      ['Docs', 2],
    ]);
    expect(someHidden.labels).to.deep.equal(['2024-03-09', '2024-03-10']);
  });

  it('aligns the comparison by index, each site against its own periods', () => {
    const result: VisitsResult = {
      current: [site('1', 'Shop', [['2024-03-09', m(10)], ['2024-03-10', m(20)]]), site('2', 'Blog', [['2024-03-08', m(1)], ['2024-03-09', m(2)]])],
      previous: [site('1', 'Shop', [['2024-03-07', m(7)], ['2024-03-08', null]]), site('2', 'Blog', [['2024-03-06', m(5)], ['2024-03-07', m(6)]])],
    };
    const model = buildChartModel(result, 'nb_visits', 'day', new Set());
    expect(model.series[0]!.previous).to.deep.equal({ labels: [null, '2024-03-07', '2024-03-08'], values: [null, 7, null], gaps: [null, null, 'no-data'] });
    expect(model.series[1]!.previous).to.deep.equal({ labels: ['2024-03-06', '2024-03-07', null], values: [5, 6, null], gaps: [null, null, null] });
  });

  it('aligns a shorter comparison on its start: both ranges start on a period’s first day', () => {
    const result: VisitsResult = {
      current: [site('1', 'Shop', [['2024-03-08', m(1)], ['2024-03-09', m(2)], ['2024-03-10', m(3)]])],
      previous: [site('1', 'Shop', [['2024-03-05', m(8)], ['2024-03-06', m(9)]])],
    };
    expect(buildChartModel(result, 'nb_visits', 'day', new Set()).series[0]!.previous!.values).to.deep.equal([8, 9, null]);
  });
});

describe('visits-chart CSV rows', () => {
  it('lists every site and period with its days and raw numbers, and the aligned previous period', () => {
    const current = [site('1', 'Shop', [['2024-03-04,2024-03-10', { nb_visits: 1234, bounce_count: 617 }], ['2024-03-11,2024-03-17', null]])];
    const previous = [site('1', 'Shop', [['2024-02-19,2024-02-25', { nb_visits: 1000, bounce_count: 100 }], ['2024-02-26,2024-03-03', { nb_visits: 10, bounce_count: 1 }]])];
    const rows = visitsRows(current, previous, ['nb_visits', 'bounce_rate'], 'week');
    expect(rows).to.deep.equal([
      ['Site ID', 'Site', 'Period', 'From', 'To', 'Visits', 'Bounce rate (ratio)', 'Previous period', 'Previous visits', 'Previous bounce rate (ratio)'],
      ['1', 'Shop', '2024-03-04,2024-03-10', '2024-03-04', '2024-03-10', 1234, 0.5, '2024-02-19,2024-02-25', 1000, 0.1],
      ['1', 'Shop', '2024-03-11,2024-03-17', '2024-03-11', '2024-03-17', null, null, '2024-02-26,2024-03-03', 10, 0.1],
    ]);
  });
});

describe('visits-chart text summary', () => {
  it('says what the chart shows, with totals, change, highest and lowest periods, and the days without data (never a low of 0)', () => {
    const current = [site('1', 'Shop', [['2024-03-07', m(50)], ['2024-03-08', m(10)], ['2024-03-09', null], ['2024-03-10', m(1234)]])];
    const previous = [site('1', 'Shop', [['2024-03-03', m(100)], ['2024-03-04', m(100)], ['2024-03-05', m(100)], ['2024-03-06', m(100)]])];
    const model = buildChartModel({ current, previous }, 'nb_visits', 'day', new Set());
    const summary = describeChart(model, current, previous, translator('en-US'));
    expect(summary).to.equal(
      'Visits by day, Thu, Mar 7, 2024 to Sun, Mar 10, 2024 (4 days). Shop: 1,294 in total (+223.5% against the previous 4 days); highest Sun, Mar 10, 2024 (1,234), lowest Fri, Mar 8, 2024 (10); no data for 1 day.',
    );
  });

  it('says which period is in progress, and leaves it out of the highest and lowest', () => {
    const current = [{ ...site('1', 'Shop', [['2024-01', m(800)], ['2024-02', m(900)], ['2024-03', m(190)]]), today: '2024-03-06' }];
    const model = buildChartModel({ current }, 'nb_visits', 'month', new Set());
    expect(describeChart(model, current, undefined, translator('en-US'))).to.equal(
      'Visits by month, January 2024 to March 2024 (3 months). Shop: 1,890 in total; March 2024 is in progress (6 of 31 days); highest February 2024 (900), lowest January 2024 (800).',
    );
  });

  it('says when there is nothing to show', () => {
    const current = [site('1', 'Shop', [['2024-03', null]])];
    const model = buildChartModel({ current }, 'nb_visits', 'month', new Set());
    expect(describeChart(model, current, undefined, translator('en-US'))).to.equal('Visits by month, March 2024 (1 month): no visits were recorded.');
  });
});
