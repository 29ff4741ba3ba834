/**
 * <dw-visits-line-chart> on its own: the Chart.js lifecycle of a chart element (Home Assistant's
 * ha-chart-base is the model): made once when there is a model, updated in place, destroyed on
 * removal, made again on reconnection. `Chart.instances` shows every live chart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { VisitsLineChart } from '../../src/visits-chart/line-chart.js';
import type { ChartModel, SeriesModel } from '../../src/visits-chart/shape.js';

VisitsLineChart.define();

const series = (values: Array<number | null>, extra: Partial<SeriesModel> = {}): SeriesModel => ({
  idSite: '1',
  name: 'Shop',
  colorIndex: 0,
  values,
  gaps: values.map((v) => (v === null ? 'no-data' : null)),
  partial: -1,
  progress: null,
  previous: null,
  ...extra,
});

const model = (values: Array<number | null>, extra: Partial<SeriesModel> = {}): ChartModel => ({
  period: 'day',
  metric: 'nb_visits',
  labels: ['2024-03-08', '2024-03-09', '2024-03-10'].slice(0, values.length),
  series: [series(values, extra)],
  empty: false,
  missing: false,
});

const live = () => Object.values(Chart.instances).length;
const chartIn = (el: VisitsLineChart) => Chart.getChart(el.querySelector('canvas')!);
const ys = (chart: Chart | undefined) => (chart!.data.datasets[0]!.data as unknown as Array<{ y: number | null }>).map((p) => p.y);

/** The element sized as the widget's styles size it (it fills its box), with the widget's colour properties. */
async function mount(initial?: ChartModel): Promise<VisitsLineChart> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="position: relative; width: 600px; height: 280px; --_vc-series-1: rgb(1, 2, 3); --_vc-grid: rgb(4, 5, 6)">
    <dw-visits-line-chart style="position: absolute; inset: 0" .model=${initial} locale="en-US" theme="light" label="Line chart of visits" described-by="summary"></dw-visits-line-chart>
  </div>`);
  const el = wrap.querySelector('dw-visits-line-chart')!;
  await el.updateComplete;
  return el;
}

afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

describe('<dw-visits-line-chart> lifecycle', () => {
  it('makes no chart without a model, then one chart, drawn at its box size with the model', async () => {
    const before = live();
    const el = await mount();
    expect(live()).to.equal(before);
    expect(el.drawing).to.equal(undefined);
    const canvas = el.querySelector('canvas')!;
    expect(canvas.getAttribute('aria-label')).to.equal('Line chart of visits');
    expect(canvas.getAttribute('aria-describedby')).to.equal('summary');

    el.model = model([10, 20, 30]);
    await el.updateComplete;
    expect(live()).to.equal(before + 1);
    const chart = chartIn(el)!;
    expect([chart.width, chart.height]).to.deep.equal([600, 280]);
    expect(ys(chart)).to.deep.equal([10, 20, 30]);
    expect(chart.data.datasets[0]!.borderColor).to.equal('rgb(1, 2, 3)');
    expect(el.drawing?.chart.canvas).to.equal(canvas);
  });

  it('updates the same chart in place when the model changes, and reads its colours again when the theme changes', async () => {
    const before = live();
    const el = await mount(model([10, 20, 30]));
    const chart = chartIn(el);
    el.model = model([5, null, 7]);
    await el.updateComplete;
    expect(chartIn(el), 'the same chart').to.equal(chart);
    expect(live()).to.equal(before + 1);
    expect(ys(chart)).to.deep.equal([5, null, 7]);

    el.parentElement!.style.setProperty('--_vc-series-1', 'rgb(9, 9, 9)');
    el.model = { ...el.model! };
    await el.updateComplete;
    expect(chart!.data.datasets[0]!.borderColor, 'a new model takes the colours as they are').to.equal('rgb(9, 9, 9)');
    el.parentElement!.style.setProperty('--_vc-grid', 'rgb(7, 7, 7)');
    el.theme = 'dark';
    await el.updateComplete;
    expect((chart!.options.scales!.y!.grid as { color: unknown }).color).to.equal('rgb(7, 7, 7)');
    expect(chartIn(el)).to.equal(chart);
  });

  it('destroys the chart on removal and makes it again, with its model, on reconnection', async () => {
    const before = live();
    const el = await mount(model([10, 20, 30]));
    const canvas = el.querySelector('canvas')!;
    const parent = el.parentElement!;
    el.remove();
    expect(live()).to.equal(before);
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(el.drawing).to.equal(undefined);

    parent.append(el);
    await el.updateComplete;
    expect(live()).to.equal(before + 1);
    expect(el.querySelector('canvas'), 'the same canvas').to.equal(canvas);
    expect(ys(chartIn(el))).to.deep.equal([10, 20, 30]);
  });

  it('makes no chart while it was never connected', async () => {
    const before = live();
    const el = document.createElement('dw-visits-line-chart');
    el.model = model([1, 2, 3]);
    await new Promise((r) => setTimeout(r, 20));
    expect(live()).to.equal(before);
  });

  it('animates new data only, and nothing under prefers-reduced-motion', async () => {
    const el = await mount(model([10, 20, 30]));
    const chart = chartIn(el)!;
    const seen: unknown[] = [];
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      seen.push(chart.options.animation);
      update(mode);
    };
    el.model = model([1, 2, 3]);
    await el.updateComplete;
    el.newData = true;
    el.model = model([4, 5, 6]);
    await el.updateComplete;
    expect(seen).to.deep.equal([false, { duration: 250 }]);

    await emulateMedia({ reducedMotion: 'reduce' });
    seen.length = 0;
    el.model = model([7, 8, 9]);
    await el.updateComplete;
    expect(seen.at(-1)).to.equal(false);
    expect(chart.options.animation).to.equal(false);
  });

  it('draws the segment to the period in progress dotted and a comparison dashed', async () => {
    const el = await mount(
      model([10, 20, 30], { partial: 2, progress: { days: 1, of: 1 }, previous: { labels: ['2024-03-05', '2024-03-06', '2024-03-07'], values: [9, 9, 9], gaps: [null, null, null] } }),
    );
    const chart = chartIn(el)!;
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Shop', 'Shop (previous period)']);
    expect((chart.data.datasets[1] as { borderDash?: number[] }).borderDash).to.deep.equal([6, 4]);
    const segment = (chart.data.datasets[0] as { segment?: { borderDash(ctx: { p1DataIndex: number }): number[] | undefined } }).segment!;
    expect([segment.borderDash({ p1DataIndex: 1 }), segment.borderDash({ p1DataIndex: 2 })]).to.deep.equal([undefined, [2, 3]]);
  });
});
