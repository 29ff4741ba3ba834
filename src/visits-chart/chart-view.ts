import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type ChartData, type ChartDataset, type ChartOptions } from 'chart.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatPeriodLabel, periodStart } from './period-labels.js';
import { parseCalendarDate } from '../core/dates.js';
import { valueText, type ChartModel, type SeriesModel } from './shape.js';

/*
 * The Chart.js side of <visits-chart>: only the line controller, its elements and the linear
 * scale are registered (once, on first use); the chart is created once per connection, when there
 * is data to draw, and drawn once then (at its box's size, with its data, not animated); it is
 * updated in place, resized by a ResizeObserver on its box (which also covers a chart first shown
 * in a hidden tab) and destroyed on removal.
 *
 * The x axis is linear over period indexes (0..n-1), so nothing on it loops over dates. The
 * tooltip is our own element (smaller than Chart.js's plugin, and reachable from the keyboard),
 * and long ranges are thinned by our own min-max pass instead of Chart.js's decimation plugin.
 */

let registered = false;
function registerParts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale);
  registered = true;
}

/** Colours and font read from the widget's CSS custom properties. */
export interface ChartColors {
  series: string[];
  grid: string;
  text: string;
  background: string;
  font: string;
}

export interface ChartPresentation {
  model: ChartModel;
  locale: string;
  colors: ChartColors;
  reducedMotion: boolean;
}

/** A point: x is the period's index (the same as `i`, kept for readers of the data). */
interface ChartPoint {
  x: number;
  y: number | null;
  i: number;
}

interface DatasetMeta {
  series: SeriesModel;
  previous: boolean;
}

/** Above this many points a line is drawn without point markers. */
const MARKER_LIMIT = 62;
/** Above this many points data changes are not animated. */
const ANIMATION_LIMIT = 400;
/** Above this many points a line is drawn from the lowest and highest value of each stretch. */
export const DECIMATE_ABOVE = 1000;

/** Reads the chart's colours from custom properties set on `box` (see the styles). */
export function readColors(box: Element): ChartColors {
  const style = getComputedStyle(box);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: [1, 2, 3, 4, 5].map((i) => get(`--_vc-series-${i}`, '#2456c7')),
    grid: get('--_vc-grid', '#d5d9e0'),
    text: get('--_vc-text', '#5b6475'),
    background: get('--_vc-bg', '#ffffff'),
    font: style.fontFamily || 'system-ui, sans-serif',
  };
}

/**
 * The points of a line. Up to DECIMATE_ABOVE values, one point each; above, the values are cut
 * into DECIMATE_ABOVE / 2 stretches, each drawn by its lowest and highest value in their order
 * (peaks and troughs stay; a stretch without any value stays a gap).
 */
export function linePoints(values: ReadonlyArray<number | null>): ChartPoint[] {
  const n = values.length;
  if (n <= DECIMATE_ABOVE) return values.map((y, i) => ({ x: i, y, i }));
  const size = Math.ceil(n / (DECIMATE_ABOVE / 2));
  const points: ChartPoint[] = [];
  for (let start = 0; start < n; start += size) {
    let lo = -1;
    let hi = -1;
    for (let i = start; i < Math.min(n, start + size); i++) {
      const v = values[i];
      if (v == null) continue;
      if (lo < 0 || v < values[lo]!) lo = i;
      if (hi < 0 || v > values[hi]!) hi = i;
    }
    const kept = lo < 0 ? [] : lo === hi ? [lo] : [Math.min(lo, hi), Math.max(lo, hi)];
    if (kept.length === 0) points.push({ x: start, y: null, i: start });
    for (const i of kept) points.push({ x: i, y: values[i]!, i });
  }
  return points;
}

/** The indexes of the periods whose first day (`YYYY-MM-DD`) is in another month, quarter and year than the one before. */
function boundaries(starts: readonly string[]): [number[], number[], number[]] {
  const months: number[] = [];
  const quarters: number[] = [];
  const years: number[] = [];
  let before = -1;
  for (let i = 0; i < starts.length; i++) {
    const month = Number(starts[i]!.slice(0, 4)) * 12 + Number(starts[i]!.slice(5, 7)) - 1;
    if (i > 0 && month !== before) {
      months.push(i);
      if (Math.floor(month / 3) !== Math.floor(before / 3)) quarters.push(i);
      if (Math.floor(month / 12) !== Math.floor(before / 12)) years.push(i);
    }
    before = month;
  }
  return [months, quarters, years];
}

export class VisitsChartView {
  readonly chart: Chart<'line', ChartPoint[]>;
  readonly #box: HTMLElement;
  readonly #tip: HTMLElement;
  readonly #announce: HTMLElement;
  readonly #observer: ResizeObserver;
  readonly #listening = new AbortController();
  #presentation: ChartPresentation;
  #meta: DatasetMeta[] = [];
  /** The first day of each period, `YYYY-MM-DD`. */
  #starts: string[] = [];
  /** The periods that start a month, a quarter and a year (made on first use for each model). */
  #boundaries: [number[], number[], number[]] | undefined;
  #longRange = false;
  /** The period the tooltip shows, or -1. */
  #active = -1;

  /**
   * `tip` is an empty element in the box that becomes the tooltip; `announce` is a polite live
   * region that reads the tooltip out when the user steps through the periods with the keys.
   */
  constructor(canvas: HTMLCanvasElement, box: HTMLElement, tip: HTMLElement, announce: HTMLElement, presentation: ChartPresentation) {
    registerParts();
    this.#box = box;
    this.#tip = tip;
    this.#announce = announce;
    this.#presentation = presentation;
    // Drawn once, at the box's size, with its data and without animation: Chart.js takes the
    // canvas's size from its attributes (a hidden box has none yet: the observer sizes it later).
    const { width, height } = box.getBoundingClientRect();
    if (width >= 1 && height >= 1) {
      canvas.width = Math.floor(width);
      canvas.height = Math.floor(height);
    }
    const config = this.#config();
    // Until the chart is laid out, the plot's width is the canvas's less room for the y axis.
    this.#apply(config.options!, config.data, presentation, true, canvas.width - 60);
    this.chart = new Chart(canvas, config);
    this.#fitMarkers();
    this.chart.options.animation = this.#motion();
    this.#observer = new ResizeObserver(() => this.#fit());
    this.#observer.observe(box);
    const signal = this.#listening.signal;
    canvas.addEventListener('pointermove', (e) => this.#onPointer(e), { signal });
    canvas.addEventListener('pointerleave', () => this.show(-1), { signal });
    canvas.addEventListener('keydown', (e) => this.#onKey(e), { signal });
    canvas.addEventListener('blur', () => this.show(-1), { signal });
    // Escape dismisses the pointer's tooltip too, wherever the focus is (WCAG 1.4.13).
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.show(-1), { signal });
  }

  get presentation(): ChartPresentation {
    return this.#presentation;
  }

  /** Shows a new model, colours or locale. Animates only new data, small, and when motion is welcome. */
  update(presentation: ChartPresentation, animate: boolean): void {
    const modelChanged = presentation.model !== this.#presentation.model;
    this.#presentation = presentation;
    if (modelChanged) this.show(-1);
    this.#apply(this.chart.options, this.chart.data, presentation, modelChanged, this.chart.chartArea?.width ?? this.chart.width);
    this.#draw(animate && presentation.model.labels.length <= ANIMATION_LIMIT);
    this.#fitMarkers();
  }

  /**
   * Sets the options and datasets of a presentation, on a configuration before the chart is made
   * or on the chart's own (whose resolved options are proxies: set one by one, never spread).
   */
  #apply(options: ChartOptions<'line'>, data: ChartData<'line', ChartPoint[]>, presentation: ChartPresentation, modelChanged: boolean, plotWidth: number): void {
    const { model, colors } = presentation;
    if (modelChanged) {
      this.#starts = model.labels.map((label) => periodStart(label));
      this.#boundaries = undefined;
      const first = parseCalendarDate(this.#starts[0] ?? '');
      const last = parseCalendarDate(this.#starts[this.#starts.length - 1] ?? '');
      this.#longRange = !!first && !!last && last.getTime() - first.getTime() > 400 * 86_400_000;
    }
    const x = options.scales!.x!;
    const y = options.scales!.y!;
    const count = model.labels.length;
    x.min = count > 1 ? 0 : -1;
    x.max = count > 1 ? count - 1 : 1;
    // Counts have whole-number ticks (no "0.5 visits").
    (y.ticks as { precision?: number }).precision = metricInfo(model.metric).kind === 'count' ? 0 : undefined;
    for (const scale of [x, y]) {
      scale.grid!.color = colors.grid;
      scale.grid!.tickColor = colors.grid;
      (scale as { border: { color: string } }).border.color = colors.grid;
      scale.ticks!.color = colors.text;
      scale.ticks!.font = { family: colors.font, size: 12 };
    }

    this.#meta = [];
    // The plot's width is known once the chart is laid out: until then, the canvas's less a y axis.
    const markers = this.#markerRadius(plotWidth);
    const datasets: Array<ChartDataset<'line', ChartPoint[]>> = [];
    for (const series of model.series) {
      const color = colors.series[series.colorIndex % colors.series.length]!;
      const base = {
        borderColor: color,
        backgroundColor: color,
        pointRadius: markers,
        pointHoverRadius: 4,
        spanGaps: false,
        tension: 0,
        // Let edge markers show whole instead of cut at the plot area.
        clip: 6,
      };
      const points = linePoints(series.values);
      // The period in progress: the segment that leads to it dotted (its hollow point is drawn by `#markPartial`).
      const segment = series.partial > 0 ? { borderDash: (ctx: { p1DataIndex: number }) => (points[ctx.p1DataIndex]?.i === series.partial ? [2, 3] : undefined) } : undefined;
      datasets.push({ ...base, label: series.name, borderWidth: 2, data: points, ...(segment ? { segment } : {}) });
      this.#meta.push({ series, previous: false });
      if (series.previous) {
        datasets.push({ ...base, label: `${series.name} (previous period)`, borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, data: linePoints(series.previous.values) });
        this.#meta.push({ series, previous: true });
      }
    }
    data.datasets = datasets;
  }

  /**
   * Shows the tooltip for period `index` beside its points (-1 hides it): the period, then each
   * line's value, the previous period's with its own date.
   */
  show(index: number): void {
    const { model, locale } = this.#presentation;
    const tip = this.#tip;
    const n = model.labels.length;
    const i = n === 0 || index < 0 ? -1 : Math.min(n - 1, index);
    if (i === this.#active) return;
    this.#active = i;
    // Point highlights, while each period is a point of its own (not thinned).
    const active = i < 0 || n > DECIMATE_ABOVE ? [] : this.#meta.map((_, datasetIndex) => ({ datasetIndex, index: i }));
    this.chart.setActiveElements(active);
    this.chart.render();
    if (i < 0) {
      tip.hidden = true;
      return;
    }
    const full = (label: string | null | undefined) => (label ? formatPeriodLabel(label, model.period, locale, 'full') : '');
    const title = document.createElement('strong');
    title.textContent = full(model.labels[i]);
    // A site's comparison row only where it has a period to compare (a site in another time zone may not).
    const rows = this.#meta.flatMap(({ series, previous }, datasetIndex) => {
      const when = previous ? series.previous?.labels[i] : undefined;
      if (previous && !when) return [];
      const shown = valueText(model, series, i, previous, locale);
      const row = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.className = previous ? 'dashed' : '';
      swatch.style.color = String(this.chart.data.datasets[datasetIndex]!.borderColor);
      row.append(swatch, previous ? `${series.name}, previous (${full(when)}): ${shown}` : `${series.name}: ${shown}`);
      return [row];
    });
    tip.replaceChildren(title, ...rows);
    tip.hidden = false;
    // Beside the period's points, on the side with room, inside the box.
    const area = this.chart.chartArea;
    const px = this.chart.scales.x!.getPixelForValue(i);
    const ys = n > DECIMATE_ABOVE ? [] : this.#meta.map((_, d) => this.chart.getDatasetMeta(d).data[i]?.y).filter((v): v is number => Number.isFinite(v));
    const py = ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : (area.top + area.bottom) / 2;
    const { offsetWidth: w, offsetHeight: h } = tip;
    const left = px + 12 + w <= this.chart.width ? px + 12 : Math.max(0, px - 12 - w);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, Math.min(py - h / 2, this.chart.height - h))}px`;
  }

  /** Draws a hollow point on each line's period in progress (over the line, so it shows in the PNG too). */
  #markPartial(chart: Chart<'line', ChartPoint[]>): void {
    const ctx = chart.ctx;
    this.#meta.forEach(({ series, previous }, datasetIndex) => {
      if (previous || series.partial < 0) return;
      const data = chart.data.datasets[datasetIndex]!.data;
      const at = data.findIndex((p) => p.i === series.partial);
      const point = chart.getDatasetMeta(datasetIndex).data[at];
      if (!point || data[at]!.y === null || !Number.isFinite(point.y)) return;
      ctx.save();
      ctx.beginPath();
      ctx.arc(point.x, point.y, 4, 0, 2 * Math.PI);
      ctx.fillStyle = this.#presentation.colors.background;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = String(chart.data.datasets[datasetIndex]!.borderColor);
      ctx.stroke();
      ctx.restore();
    });
  }

  destroy(): void {
    this.#listening.abort();
    this.#observer.disconnect();
    this.chart.destroy();
    this.#meta = [];
  }

  #onPointer(e: PointerEvent): void {
    const n = this.#presentation.model.labels.length;
    const area = this.chart.chartArea;
    const x = e.clientX - this.chart.canvas.getBoundingClientRect().left;
    if (!area || n === 0 || x < area.left - 8 || x > area.right + 8) return this.show(-1);
    this.show(Math.max(0, Math.min(n - 1, Math.round(this.chart.scales.x!.getValueForPixel(x) ?? -1))));
  }

  /** Arrow keys, Home and End step through the periods; Escape hides the tooltip. */
  #onKey(e: KeyboardEvent): void {
    const n = this.#presentation.model.labels.length;
    const at = this.#active < 0 ? n : this.#active;
    const page = Math.max(1, Math.round(n / 10));
    const next: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, PageUp: at - page, PageDown: at + page, Home: 0, End: n - 1, Escape: -1 };
    if (!(e.key in next) || n === 0) return;
    e.preventDefault();
    const index = next[e.key]!;
    this.show(index < 0 && e.key !== 'Escape' ? 0 : index);
    this.#announce.textContent = this.#tip.hidden ? '' : Array.from(this.#tip.children, (c) => c.textContent).join('. ');
  }

  /**
   * Point markers only where the points have room (at least 12 px each), and never for long
   * ranges. (A fixed radius, not a function of the chart: Chart.js then resolves the points'
   * options once per line instead of once per point.)
   */
  #markerRadius(plotWidth: number): number {
    const count = this.#presentation.model.labels.length;
    return count <= MARKER_LIMIT && plotWidth / Math.max(1, count) >= 12 ? 2.5 : 0;
  }

  /** Draws again with the markers the laid-out plot has room for, when they differ from those drawn. */
  #fitMarkers(): void {
    const radius = this.#markerRadius(this.chart.chartArea?.width ?? 0);
    const datasets = this.chart.data.datasets;
    const current = this.#meta.findIndex((m) => !m.previous);
    if (current < 0 || datasets[current]!.pointRadius === radius) return;
    this.#meta.forEach((m, i) => {
      if (!m.previous) datasets[i]!.pointRadius = radius;
    });
    this.#draw(false);
  }

  /** The chart's animation when motion is welcome (none under `prefers-reduced-motion`). */
  #motion(): false | { duration: number } {
    return this.#presentation.reducedMotion ? false : { duration: 250 };
  }

  /**
   * Draws the chart again, animated or at once. (Not with Chart.js's 'none' mode, which would
   * keep the points' options, such as their colour and radius, as they were first resolved.)
   */
  #draw(animate: boolean): void {
    const motion = this.#motion();
    this.chart.options.animation = animate ? motion : false;
    this.chart.update();
    this.chart.options.animation = motion;
  }

  /** Sizes the chart to its box; does nothing while the box is hidden (zero size). */
  #fit(): void {
    const { width, height } = this.#box.getBoundingClientRect();
    const w = Math.floor(width);
    const h = Math.floor(height);
    if (w <= 0 || h <= 0) return;
    if (w !== this.chart.width || h !== this.chart.height) {
      this.show(-1);
      this.chart.resize(w, h);
      this.#fitMarkers();
    }
  }

  /** Which period indexes get an x tick: month or year starts when they space well, else every k-th. */
  #tickIndexes(maxTicks: number): number[] {
    const n = this.#starts.length;
    const all = Array.from({ length: n }, (_, i) => i);
    if (n <= maxTicks) return all;
    const { period } = this.#presentation.model;
    if (period === 'day' || period === 'week') {
      const levels = (this.#boundaries ??= boundaries(this.#starts));
      for (const level of levels) if (level.length >= 2 && level.length <= maxTicks) return level;
      // Too many years for the width: every k-th year start.
      const years = levels[2];
      if (years.length >= 2) {
        const k = Math.ceil(years.length / maxTicks);
        return years.filter((_, j) => j % k === 0);
      }
    }
    const step = Math.ceil(n / maxTicks);
    return all.filter((i) => i % step === 0);
  }

  #config(): ChartConfiguration<'line', ChartPoint[]> {
    const view = this;
    return {
      type: 'line',
      data: { datasets: [] },
      plugins: [{ id: 'in-progress', afterDatasetsDraw: (chart) => view.#markPartial(chart as Chart<'line', ChartPoint[]>) }],
      options: {
        responsive: false,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        animation: false,
        // Pointer and keys are ours (see show()); Chart.js listens to nothing.
        events: [],
        layout: { padding: { top: 8, right: 12 } },
        scales: {
          x: {
            type: 'linear',
            bounds: 'data',
            grid: { display: false },
            border: {},
            afterBuildTicks(scale) {
              const max = Math.max(2, Math.floor(scale.width / 84));
              scale.ticks = view.#tickIndexes(max).map((value) => ({ value }));
            },
            ticks: {
              maxRotation: 0,
              autoSkip: true,
              callback(value) {
                const { model, locale } = view.#presentation;
                const label = model.labels[Number(value)];
                if (label === undefined || !Number.isInteger(Number(value))) return null;
                return formatPeriodLabel(label, model.period, locale, view.#longRange ? 'tick-long' : 'tick');
              },
            },
          },
          y: {
            type: 'linear',
            beginAtZero: true,
            grace: '5%',
            grid: {},
            border: {},
            ticks: {
              maxTicksLimit: 6,
              callback(value) {
                const { model, locale } = view.#presentation;
                return formatMetric(model.metric, Number(value), locale);
              },
            },
          },
        },
      },
    };
  }
}
