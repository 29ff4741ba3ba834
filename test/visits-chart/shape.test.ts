import { expect } from '@open-wc/testing';
import type { SiteVisits, VisitsMetrics, VisitsResult } from '../../src/api/visits-source.js';
import { buildChartModel } from '../../src/visits-chart/shape.js';
import { visitsRows } from '../../src/visits-chart/export.js';
import { describeChart } from '../../src/visits-chart/summary.js';

const m = (nb_visits: number, bounce_count = 0): VisitsMetrics => ({ nb_visits, bounce_count, nb_uniq_visitors: nb_visits - 1 });
const site = (idSite: string, name: string, points: Array<[string, VisitsMetrics | null]>): SiteVisits => ({
  idSite,
  name,
  points: points.map(([label, metrics]) => ({ label, metrics })),
});

describe('visits-chart data shaping', () => {
  it('draws an empty period as 0 for counts and as a gap for rates', () => {
    const result: VisitsResult = { current: [site('1', 'Shop', [['2024-03-08', m(10, 5)], ['2024-03-09', null], ['2024-03-10', m(20, 5)]])] };
    const visits = buildChartModel(result, 'nb_visits', 'day', new Set());
    expect(visits.labels).to.deep.equal(['2024-03-08', '2024-03-09', '2024-03-10']);
    expect(visits.series[0]!.values).to.deep.equal([10, 0, 20]);
    const bounce = buildChartModel(result, 'bounce_rate', 'day', new Set());
    expect(bounce.series[0]!.values).to.deep.equal([0.5, null, 0.25]);
    expect(visits.empty).to.equal(false);
  });

  it('knows a range without any visit, and a metric the server never sent', () => {
    const nothing: VisitsResult = { current: [site('1', 'Shop', [['2024-03-09', null], ['2024-03-10', { nb_visits: 0 }]])] };
    expect(buildChartModel(nothing, 'nb_visits', 'day', new Set()).empty).to.equal(true);
    const years: VisitsResult = { current: [site('1', 'Shop', [['2023', { nb_visits: 10 }], ['2024', { nb_visits: 12 }]])] };
    const model = buildChartModel(years, 'nb_uniq_visitors', 'year', new Set());
    expect(model.missing).to.equal(true);
    expect(model.series[0]!.values).to.deep.equal([null, null]);
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
    expect(model.series[0]!.previous).to.deep.equal({ labels: [null, '2024-03-07', '2024-03-08'], values: [null, 7, 0] });
    expect(model.series[1]!.previous).to.deep.equal({ labels: ['2024-03-06', '2024-03-07', null], values: [5, 6, null] });
  });

  it('aligns a shorter comparison on its end (the periods right before the range)', () => {
    const result: VisitsResult = {
      current: [site('1', 'Shop', [['2024-03-08', m(1)], ['2024-03-09', m(2)], ['2024-03-10', m(3)]])],
      previous: [site('1', 'Shop', [['2024-03-06', m(8)], ['2024-03-07', m(9)]])],
    };
    expect(buildChartModel(result, 'nb_visits', 'day', new Set()).series[0]!.previous!.values).to.deep.equal([null, 8, 9]);
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
      ['1', 'Shop', '2024-03-11,2024-03-17', '2024-03-11', '2024-03-17', 0, null, '2024-02-26,2024-03-03', 10, 0.1],
    ]);
  });
});

describe('visits-chart text summary', () => {
  it('says what the chart shows, with totals, change, highest and lowest periods', () => {
    const current = [site('1', 'Shop', [['2024-03-08', m(10)], ['2024-03-09', null], ['2024-03-10', m(1234)]])];
    const previous = [site('1', 'Shop', [['2024-03-05', m(100)], ['2024-03-06', m(100)], ['2024-03-07', m(100)]])];
    const model = buildChartModel({ current, previous }, 'nb_visits', 'day', new Set());
    const summary = describeChart(model, current, previous, 'en-US');
    expect(summary).to.equal(
      'Visits by day, Fri, Mar 8, 2024 to Sun, Mar 10, 2024 (3 days). Shop: 1,244 in total (+314.7% against the previous 3 days); highest Sun, Mar 10, 2024 (1,234), lowest Sat, Mar 9, 2024 (0).',
    );
  });

  it('says when there is nothing to show', () => {
    const current = [site('1', 'Shop', [['2024-03', null]])];
    const model = buildChartModel({ current }, 'nb_visits', 'month', new Set());
    expect(describeChart(model, current, undefined, 'en-US')).to.equal('Visits by month, March 2024 (1 month): no visits were recorded.');
  });
});
