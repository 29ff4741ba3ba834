import { expect, fixture, html } from '@open-wc/testing';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { $, $$, chartOf, craftedMatomo, day, dayLabels, hover, kpiTexts, settled, showTable, stubFetch } from './helpers.js';

// Ten years of days up to 2024-03-10, and the ten years before, for three sites.
const CURRENT = dayLabels('2014-03-14', 3650);
const PREVIOUS = dayLabels('2004-03-16', 3650);
const visits = (i: number, site: number) => 200 + ((i * 37 + site * 101) % 900);
const series = (labels: string[], site: number) =>
  Object.fromEntries(labels.map((label, i) => [label, i % 97 === 5 ? [] : day(visits(i, site), { bounce_count: visits(i, site) >> 1 })]));
const answers = new Map<string, unknown>([
  [`${CURRENT[0]},${CURRENT.at(-1)}`, { 1: series(CURRENT, 1), 2: series(CURRENT, 2), 3: series(CURRENT, 3) }],
  [`${PREVIOUS[0]},${PREVIOUS.at(-1)}`, { 1: series(PREVIOUS, 4), 2: series(PREVIOUS, 5), 3: series(PREVIOUS, 6) }],
]);

describe('<visits-chart> with ten years of daily data (3,650 days × 3 sites, with comparison)', () => {
  let stub: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    stub = stubFetch(craftedMatomo((sub) => answers.get(sub.get('date')!) ?? { result: 'error', message: `unexpected ${sub.get('date')}` }, { 1: 'Shop', 2: 'Blog', 3: 'Docs' }));
  });
  afterEach(() => stub.restore());

  it('loads and draws them quickly, decimated, with year ticks and right totals', async function () {
    this.timeout(30_000);
    const started = performance.now();
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <visits-chart api-base="https://matomo.example/" site-id="1,2,3" date="last3650" today="2024-03-10" compare></visits-chart>
      </div>`,
    );
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el, 20_000);
    const elapsed = performance.now() - started;
    expect(stub.requests[0]!.subs.map((s) => s.get('date')).slice(0, 2)).to.deep.equal([`${CURRENT[0]},${CURRENT.at(-1)}`, `${PREVIOUS[0]},${PREVIOUS.at(-1)}`]);
    expect(elapsed, `took ${Math.round(elapsed)} ms`).to.be.below(5000);

    const chart = chartOf(el);
    expect(chart.data.datasets).to.have.length(6);
    for (const dataset of chart.data.datasets as unknown as Array<{ data: Array<{ i: number }>; pointRadius: number }>) {
      // Thinned to the lowest and highest value of 500 stretches, from the first day to the last.
      expect(dataset.data.length, 'drawn points').to.be.at.most(1000).and.above(500);
      expect(dataset.data[0]!.i).to.be.below(8);
      expect(dataset.data.at(-1)!.i).to.be.above(3650 - 8);
      expect(dataset.pointRadius).to.equal(0);
    }
    // The tooltip still names the exact day, with every site's value on it.
    const before = 'previous (Thu, Mar 13, 2014)';
    expect(await hover(el, 3649)).to.deep.equal([
      'Sun, Mar 10, 2024',
      `Shop: ${visits(3649, 1)} (so far)`,
      `Shop, ${before}: ${visits(3649, 4)}`,
      `Blog: ${visits(3649, 2)} (so far)`,
      `Blog, ${before}: ${visits(3649, 5)}`,
      `Docs: ${visits(3649, 3)} (so far)`,
      `Docs, ${before}: ${visits(3649, 6)}`,
    ]);
    const ticks = chart.scales.x!.ticks.map((t) => t.label);
    expect(ticks.length).to.be.within(2, 8);
    for (const tick of ticks) expect(tick).to.match(/^Jan 20\d\d$/);

    const total = [1, 2, 3].reduce((sum, site) => sum + CURRENT.reduce((s, _, i) => s + (i % 97 === 5 ? 0 : visits(i, site)), 0), 0);
    expect(kpiTexts(el)[0]).to.match(new RegExp(`^Visits ${new Intl.NumberFormat('en-US').format(total)} `));
    expect($(el, '.summary').textContent).to.contain('(3,650 days)');
  });

  it('shows all 3,650 days in the table view', async function () {
    this.timeout(30_000);
    const el = await fixture<VisitsChart>(html`<visits-chart api-base="https://matomo.example/" site-id="1,2,3" date="last3650" today="2024-03-10"></visits-chart>`);
    await settled(el, 20_000);
    const started = performance.now();
    await showTable(el);
    expect($$(el, 'tbody tr')).to.have.length(3650);
    expect(performance.now() - started).to.be.below(5000);
  });
});
