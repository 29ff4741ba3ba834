import { expect } from '@open-wc/testing';
import type { SiteVisits, VisitsMetrics } from '../../src/api/visits-source.js';
import { aggregate, comparedPeriods, computeKpis, relativeChange } from '../../src/visits-chart/kpi.js';
import { gapOf, valueOf } from '../../src/visits-chart/metrics.js';

const site = (idSite: string, points: Array<[string, VisitsMetrics | null]>): SiteVisits => ({
  idSite,
  name: `Site ${idSite}`,
  points: points.map(([label, metrics]) => ({ label, metrics })),
});

// Two very different days: averaging their rates would be far from the truth.
const small: VisitsMetrics = {
  nb_visits: 100,
  nb_uniq_visitors: 80,
  nb_actions: 150,
  bounce_count: 90,
  sum_visit_length: 1000,
  max_actions: 12,
  bounce_rate: 0.9,
  nb_actions_per_visit: 1.5,
  avg_time_on_site: 10,
};
const large: VisitsMetrics = {
  nb_visits: 900,
  nb_uniq_visitors: 700,
  nb_actions: 2700,
  bounce_count: 90,
  sum_visit_length: 90_000,
  max_actions: 31,
  bounce_rate: 0.1,
  nb_actions_per_visit: 3,
  avg_time_on_site: 100,
};
const range = site('1', [
  ['2024-03-08', small],
  ['2024-03-09', large],
  ['2024-03-10', null], // Matomo's [] : no data that day
]);

describe('visits-chart KPI arithmetic', () => {
  it('adds counts over the range; a period without data adds nothing', () => {
    expect(aggregate([range], 'nb_visits')).to.equal(1000);
    expect(aggregate([range], 'nb_actions')).to.equal(2850);
    expect(aggregate([range], 'sum_visit_length')).to.equal(91_000);
  });

  it('weights bounce rate by visits: Σ bounce_count / Σ nb_visits, not the sum or the mean of the rates', () => {
    const rate = aggregate([range], 'bounce_rate');
    expect(rate).to.be.closeTo(0.18, 1e-12);
    expect(rate).not.to.be.closeTo(0.5, 0.01); // plain mean of 0.9 and 0.1
    expect(rate).not.to.be.closeTo(1.0, 0.01); // sum
  });

  it('weights average time on site and actions per visit by visits', () => {
    expect(aggregate([range], 'avg_time_on_site')).to.be.closeTo(91, 1e-12); // not (10 + 100) / 2 = 55
    expect(aggregate([range], 'nb_actions_per_visit')).to.be.closeTo(2.85, 1e-12); // not 2.25
  });

  it('derives the sums of a rate when the server left them out', () => {
    const onlyRates = site('1', [
      ['2024-03-08', { nb_visits: 10, bounce_rate: 0.5, avg_time_on_site: 30, nb_actions_per_visit: 2 }],
      ['2024-03-09', { nb_visits: 30, bounce_rate: 0.1, avg_time_on_site: 70, nb_actions_per_visit: 4 }],
    ]);
    expect(aggregate([onlyRates], 'bounce_rate')).to.be.closeTo((5 + 3) / 40, 1e-12);
    expect(aggregate([onlyRates], 'avg_time_on_site')).to.be.closeTo((300 + 2100) / 40, 1e-12);
    expect(aggregate([onlyRates], 'nb_actions_per_visit')).to.be.closeTo((20 + 120) / 40, 1e-12);
  });

  it('averages unique visitors per period (they cannot be added up) over the periods with data', () => {
    expect(aggregate([range], 'nb_uniq_visitors')).to.be.closeTo((80 + 700) / 2, 1e-12);
  });

  it('has no unique visitors where the server sends none (years, ranges), and no rate without visits', () => {
    const years = site('1', [
      ['2023', { nb_visits: 5000, bounce_count: 2500 }],
      ['2024', { nb_visits: 7000, bounce_count: 2100 }],
    ]);
    expect(aggregate([years], 'nb_uniq_visitors')).to.equal(null);
    expect(aggregate([years], 'bounce_rate')).to.be.closeTo(4600 / 12000, 1e-12);
    const none = site('1', [['2024-03-10', null]]);
    expect(aggregate([none], 'nb_visits')).to.equal(null);
    expect(aggregate([none], 'bounce_rate')).to.equal(null);
    // The header says why there is no figure: not 0.
    expect(computeKpis(['nb_visits', 'nb_uniq_visitors'], [none], undefined).map((k) => [k.value, k.gap])).to.deep.equal([
      [null, 'no-data'],
      [null, 'no-data'],
    ]);
    expect(computeKpis(['nb_visits', 'nb_uniq_visitors'], [years], undefined).map((k) => [k.value, k.gap])).to.deep.equal([
      [12000, null],
      [null, 'not-available'],
    ]);
  });

  it('takes the largest max_actions', () => {
    expect(aggregate([range], 'max_actions')).to.equal(31);
  });

  it('adds several sites together, rates weighted across sites', () => {
    const other = site('2', [
      ['2024-03-08', { nb_visits: 1000, bounce_count: 820, nb_uniq_visitors: 10 }],
      ['2024-03-09', null],
      ['2024-03-10', null],
    ]);
    expect(aggregate([range, other], 'nb_visits')).to.equal(2000);
    expect(aggregate([range, other], 'bounce_rate')).to.be.closeTo(1000 / 2000, 1e-12);
    // Per day with data: 90, 700 → mean 395
    expect(aggregate([range, other], 'nb_uniq_visitors')).to.be.closeTo((90 + 700) / 2, 1e-12);
  });

  it('gives the change against the previous period as a signed ratio', () => {
    const before = site('1', [['2024-03-05', { nb_visits: 800, bounce_count: 400 }]]);
    const [visits, bounce] = computeKpis(['nb_visits', 'bounce_rate'], [range], [before]);
    expect(visits).to.deep.include({ metric: 'nb_visits', value: 1000, previous: 800 });
    expect(visits!.change).to.be.closeTo(0.25, 1e-12);
    expect(bounce!.change).to.be.closeTo((0.18 - 0.5) / 0.5, 1e-12);
    expect(relativeChange(5, 0)).to.equal(null);
    expect(relativeChange(null, 3)).to.equal(null);
    expect(computeKpis(['nb_visits'], [range], undefined)[0]!.change).to.equal(null);
  });

  it('compares only the periods that have begun when the range runs past the site’s today', () => {
    const month = { ...site('1', [['2024-03-09', { nb_visits: 10 }], ['2024-03-10', { nb_visits: 20 }], ['2024-03-11', null], ['2024-03-12', null]]), today: '2024-03-10' };
    const before = site('1', [['2024-03-05', { nb_visits: 15 }], ['2024-03-06', { nb_visits: 15 }], ['2024-03-07', { nb_visits: 100 }], ['2024-03-08', { nb_visits: 100 }]]);
    const [visits] = computeKpis(['nb_visits'], [month], comparedPeriods([month], [before], ''));
    expect([visits!.value, visits!.previous, visits!.change]).to.deep.equal([30, 30, 0]);
    // A source that does not say the site's today: the chart's own day.
    const unsaid = { ...month, today: undefined };
    const [again] = computeKpis(['nb_visits'], [unsaid], comparedPeriods([unsaid], [before], '2024-03-09'));
    expect([again!.value, again!.previous]).to.deep.equal([30, 15]);
  });
});

describe('visits-chart period values', () => {
  it('shows a period without data (Matomo’s []) as a gap for every metric, never as 0', () => {
    for (const metric of ['nb_visits', 'sum_visit_length', 'bounce_rate', 'avg_time_on_site', 'nb_actions_per_visit', 'nb_uniq_visitors'] as const) {
      expect(valueOf(null, metric), metric).to.equal(null);
      expect(gapOf(null, metric), metric).to.equal('no-data');
    }
  });

  it('shows a metric the server left out as a gap, not 0, and derives a missing rate', () => {
    expect(valueOf({ nb_visits: 5 }, 'nb_uniq_visitors')).to.equal(null);
    expect(valueOf({ nb_visits: 4, bounce_count: 1 }, 'bounce_rate')).to.equal(0.25);
    expect(valueOf({ nb_visits: 0, bounce_rate: 0 }, 'bounce_rate')).to.equal(null);
    expect(gapOf({ nb_visits: 5 }, 'nb_uniq_visitors')).to.equal('not-available');
    expect(gapOf({ nb_visits: 0, bounce_rate: 0 }, 'bounce_rate'), 'a rate without visits is no value, not a missing figure').to.equal(null);
    expect(gapOf({ nb_visits: 0 }, 'nb_visits')).to.equal(null);
  });
});
