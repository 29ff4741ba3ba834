/**
 * <dw-visits-line-chart> on its own: the Chart.js lifecycle of a chart element (Home Assistant's
 * ha-chart-base is the model): made once when there is a model, updated in place, destroyed on
 * removal, made again on reconnection. `Chart.instances` shows every live chart.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { VisitsLineChart } from '../../src/visits-chart/line-chart.js';
import type { ChartModel, SeriesModel } from '../../src/visits-chart/shape.js';

VisitsLineChart.define();

const series = (values: Array<number | null>, extra: Partial<SeriesModel> = {}): SeriesModel => ({
  idSite: '1',
  name: 'Shop',
  named: true,
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
    // Drawn: the line plain to the last whole day, dotted to today, today's point hollow.
    expect(stroke(chart, 0, 0, 1)).to.equal('plain');
    expect(stroke(chart, 0, 1, 2)).to.equal('dotted');
    expect(hollow(chart, 0, 2)).to.equal(true);
    expect(hollow(chart, 0, 1)).to.equal(false);
  });

  it('carries no per-point option on its lines (Chart.js would resolve one for every point at each update)', async () => {
    const el = await mount(model([10, 20, 30], { partial: 2, progress: { days: 1, of: 1 } }));
    const chart = chartIn(el)!;
    expect(chart.data.datasets.map((d) => 'segment' in d)).to.deep.equal([false]);
    // Its data stays whole: today's value, pointed at by the tooltip and the keys.
    expect(ys(chart)).to.deep.equal([10, 20, 30]);
    expect(chart.getDatasetMeta(0).data[2]!.y).to.be.finite;
  });

  it('draws the segment after a period in progress plain (a range that goes past today), and keeps it after an update and a resize', async () => {
    const el = await mount(model([10, 20, 30], { partial: 1, progress: { days: 1, of: 1 } }));
    const chart = chartIn(el)!;
    const check = () => {
      expect([stroke(chart, 0, 0, 1), stroke(chart, 0, 1, 2), hollow(chart, 0, 1)]).to.deep.equal(['dotted', 'plain', true]);
    };
    check();
    el.model = model([30, 10, 20], { partial: 1, progress: { days: 1, of: 1 } });
    await el.updateComplete;
    check();
    (el.parentElement as HTMLElement).style.width = '420px';
    await waitUntil(() => chart.width === 420, 'no resize');
    check();
  });
});

/** Whether the chart's canvas is drawn in the line's colour, rgb(1, 2, 3), at a point (in CSS pixels) or a pixel next to it. */
function inked(chart: Chart, x: number, y: number): boolean {
  const ratio = chart.currentDevicePixelRatio;
  const { data } = chart.ctx.getImageData(Math.round(x * ratio) - 1, Math.round(y * ratio) - 1, 3, 3);
  for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 100 && data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) return true;
  return false;
}

/** How the segment between points `from` and `to` of dataset `index` is drawn: 'plain', 'dotted' (broken every few pixels) or 'none'. */
function stroke(chart: Chart, index: number, from: number, to: number): 'plain' | 'dotted' | 'none' {
  const [p, q] = [chart.getDatasetMeta(index).data[from]!, chart.getDatasetMeta(index).data[to]!];
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  // Along the middle of the segment (clear of the points' markers), one sample a pixel.
  const seen: boolean[] = [];
  for (let d = 8; d < length - 8; d++) seen.push(inked(chart, p.x + ((q.x - p.x) * d) / length, p.y + ((q.y - p.y) * d) / length));
  const on = seen.filter(Boolean).length;
  return on === seen.length ? 'plain' : on > seen.length / 5 ? 'dotted' : 'none';
}

/** Whether point `at` of dataset `index` is drawn hollow: its centre in the background colour, its ring in the line's. */
function hollow(chart: Chart, index: number, at: number): boolean {
  const { x, y } = chart.getDatasetMeta(index).data[at]!;
  const ratio = chart.currentDevicePixelRatio;
  const [r, g, b] = chart.ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
  return r! > 240 && g! > 240 && b! > 240 && inked(chart, x, y - 4) && inked(chart, x - 4, y);
}
