import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type ChartData, type ChartDataset, type ChartOptions } from 'chart.js';
import { DashboardElement } from '../core/base-element.js';
import { LazyPart } from '../core/lazy-part.js';
import { parseCalendarDate } from '../core/dates.js';
import { MediaQuery, PREFERS_REDUCED_MOTION } from '../core/media-query.js';
import { PROGRESS_DASH, boundaries, linePoints, readColors, tickIndexes, type ChartColors, type ChartLine, type ChartPoint } from './chart-data.js';
import type { ChartTooltip } from './chart-tooltip.js';
import { chunks } from './chunks.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatPeriodLabel, periodStart } from './period-labels.js';
import { addPartStyles } from './part-styles.js';
import type { ChartModel } from './shape.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-line-chart': VisitsLineChart;
  }
}

let registered = false;
/** Registers only the parts of Chart.js the chart uses (once, on first use). */
function registerParts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale);
  registered = true;
}

/** Above this many points a line is drawn without point markers. */
const MARKER_LIMIT = 62;
/** Above this many points data changes are not animated. */
const ANIMATION_LIMIT = 400;

/**
 * The line chart of `<visits-chart>`: a `ChartModel` drawn with Chart.js, one line per site, the
 * previous period dashed, gaps left open, the segment to the period in progress dotted and its
 * point hollow. It owns the chart's lifecycle:
 * - the chart is created on the first update that has a model, while connected (until then the
 *   widget covers the box with its skeleton or a message), drawn once at the box's size, not
 *   animated;
 * - it is updated in place when the model, `theme`, `locale` or the reduced-motion setting
 *   changes (new data is animated, `newData`; another metric or site is not), and resized by a
 *   ResizeObserver (which also covers a chart first shown in a hidden tab);
 * - it is destroyed on removal (nothing stays in `Chart.instances`) and made again on
 *   reconnection.
 *
 * Colours come from the CSS custom properties around it (`--_vc-series-1`…, `--_vc-grid`,
 * `--_vc-text`, `--_vc-bg`, set by the widget's styles), read again when `theme` changes. The
 * tooltip and the keyboard stepping (chart-tooltip.ts) load when the reader first points at the
 * chart or focuses it; what the reader did meanwhile shows when they arrive.
 *
 * It fills its positioned parent, and renders into its widget's shadow root (no shadow root of
 * its own), so the widget's summary describes the canvas and `::part(tooltip)` reaches the tooltip.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsLineChart extends DashboardElement {
  static override tagName = 'dw-visits-line-chart';

  static override properties: PropertyDeclarations = {
    model: { attribute: false },
    newData: { attribute: false },
    label: {},
    describedBy: { attribute: 'described-by' },
    band: { attribute: false },
  };

  /** What to draw; nothing is drawn without one. */
  model: ChartModel | undefined = undefined;
  /** Whether `model` shows new data (a new answer, not another metric): its change is then animated, when small enough and motion is welcome. */
  newData = false;
  /** The canvas's accessible name. */
  label = '';
  /** The id of the element that describes the chart in words (in the same tree). */
  describedBy = '';
  /**
   * A band kept under the x axis (for the annotation markers): its height in CSS pixels, and what
   * draws in it after each drawing of the chart (which clears its whole canvas first). Its owner
   * may draw there between the chart's drawings too.
   */
  band?: { height: number; paint: (chart: Chart<'line', ChartPoint[]>) => void };

  #reducedMotion = new MediaQuery(this, PREFERS_REDUCED_MOTION);
  #chart: Chart<'line', ChartPoint[]> | undefined;
  #colors: ChartColors | undefined;
  /** What the chart was last drawn with (a change of the setting redraws it). */
  #drawnReducedMotion = false;
  /** The language and direction the chart was last drawn in (a change redraws it, whatever changed it: a property, a `lang` above). */
  #drawnIn = '';
  /** Resizes the chart with its box, while there is a chart. */
  #observer: ResizeObserver | undefined;
  /** Aborted on removal: the listeners of the chart's canvas and of the document. */
  #listening: AbortController | undefined;
  /** Each dataset's site, and whether it is the previous period's line. */
  #meta: ChartLine[] = [];
  /** Each dataset's point of the period in progress (its index in the dataset's data), or -1. */
  #partial: number[] = [];
  /** The first day of each period, `YYYY-MM-DD`. */
  #starts: string[] = [];
  /** The periods that start a month, a quarter and a year (made on first use for each model). */
  #boundaries: [number[], number[], number[]] | undefined;
  #longRange = false;
  /** The tooltip's code, loaded when the reader first points at the chart or focuses it (see chart-tooltip.ts). */
  #tooltipPart = new LazyPart(this, () => chunks.tooltip(), { onReady: () => this.#attachTooltip() });
  /** The tooltip of the chart, once its code is there. */
  #tooltip: ChartTooltip | undefined;
  /** What the reader did before the tooltip's code arrived (the last move or key), shown once it is there. */
  #pending: Event | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The chart as drawn and the colours it was drawn with (for the PNG and SVG exports, and the plot's edges the annotations align on); undefined before the chart is made. */
  get drawing(): { chart: Chart<'line', ChartPoint[]>; colors: ChartColors } | undefined {
    return this.#chart && { chart: this.#chart, colors: this.#colors! };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back after a removal: the chart was destroyed; the next update makes it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.#chart) return;
    this.#tooltip?.show(-1);
    this.#tooltip = undefined;
    this.#pending = undefined;
    this.#listening!.abort();
    this.#observer!.disconnect();
    this.#chart.destroy();
    this.#chart = undefined;
    this.#meta = [];
    this.#partial = [];
  }

  protected override render(): TemplateResult {
    return html`<canvas role="img" tabindex=${this.model?.labels.length ? '0' : nothing} aria-label=${this.label} aria-describedby=${this.describedBy || nothing}></canvas>
      <div class="tip" part="tooltip" aria-hidden="true" hidden></div>
      <span class="visually-hidden" aria-live="polite"></span>
      ${this.#tooltipPart.status === 'failed' ? this.#tooltipPart.render('the tooltip') : nothing}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.model) return;
    if (!this.#chart) return this.#create();
    const modelChanged = changed.has('model');
    if (modelChanged || changed.has('theme') || changed.has('band') || this.#drawnIn !== this.#language || this.#drawnReducedMotion !== this.#reducedMotion.matches) {
      if (modelChanged) this.#tooltip?.show(-1);
      const chart = this.#chart;
      this.#apply(chart.options, chart.data, modelChanged, chart.chartArea?.width ?? chart.width);
      this.#draw(this.newData && modelChanged && this.model.labels.length <= ANIMATION_LIMIT);
      this.#fitMarkers();
    }
  }

  /** The language and direction drawn in. */
  get #language(): string {
    return `${this.localize.locale} ${this.localize.dir}`;
  }

  /** Makes the chart, drawn once with its model, at its box's size and without animation. */
  #create(): void {
    // Lit updates an element removed before its first update all the same: a chart made then would
    // never be destroyed (Chart.js keeps every chart in `Chart.instances`); reconnecting makes it.
    if (!this.isConnected) return;
    registerParts();
    const canvas = this.querySelector('canvas')!;
    // Chart.js takes the canvas's size from its attributes (a hidden box has none yet: the
    // observer sizes it later).
    const { width, height } = this.getBoundingClientRect();
    if (width >= 1 && height >= 1) {
      canvas.width = Math.floor(width);
      canvas.height = Math.floor(height);
    }
    const config = this.#config();
    // Until the chart is laid out, the plot's width is the canvas's less room for the y axis.
    this.#apply(config.options!, config.data, true, canvas.width - 60);
    const chart = (this.#chart = new Chart(canvas, config));
    this.#fitMarkers();
    chart.options.animation = this.#motion();
    this.#observer = new ResizeObserver(() => this.#fit());
    this.#observer.observe(this);
    this.#listening = new AbortController();
    // The tooltip's code comes with the first pointer over the chart or focus on it.
    const signal = this.#listening.signal;
    const wake = (e: Event) => {
      if (this.#tooltip) return;
      if (e.type !== 'focus') this.#pending = e;
      void this.#tooltipPart.need();
    };
    const forget = () => (this.#pending = undefined);
    for (const type of ['pointermove', 'keydown', 'focus']) canvas.addEventListener(type, wake, { signal });
    for (const type of ['pointerleave', 'blur']) canvas.addEventListener(type, forget, { signal });
    this.#attachTooltip();
  }

  /** Gives the chart its tooltip once its code is there, and shows what the reader asked for meanwhile. */
  #attachTooltip(): void {
    const code = this.#tooltipPart.value;
    const chart = this.#chart;
    if (!code || !chart || this.#tooltip) return;
    addPartStyles(this, code.tooltipStyles);
    const host = this;
    this.#tooltip = new code.ChartTooltip(
      {
        chart,
        tip: this.querySelector('.tip')!,
        announcer: this.querySelector('[aria-live]')!,
        get model() {
          return host.model!;
        },
        get lines() {
          return host.#meta;
        },
        get t() {
          return host.localize;
        },
        get rtl() {
          return host.localize.dir === 'rtl';
        },
      },
      this.#listening!.signal,
    );
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending instanceof KeyboardEvent) this.#tooltip.step(pending);
    else if (pending) this.#tooltip.point(pending as PointerEvent);
  }

  /**
   * Sets the options and datasets of the model, on a configuration before the chart is made or on
   * the chart's own (whose resolved options are proxies: set one by one, never spread). Reads the
   * colours again.
   */
  #apply(options: ChartOptions<'line'>, data: ChartData<'line', ChartPoint[]>, modelChanged: boolean, plotWidth: number): void {
    const model = this.model!;
    const colors = (this.#colors = readColors(this));
    this.#drawnReducedMotion = this.#reducedMotion.matches;
    this.#drawnIn = this.#language;
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
    // Right to left, time runs leftwards and the values' axis stands on the right (see docs/visits-chart.md).
    const rtl = this.localize.dir === 'rtl';
    x.reverse = rtl;
    y.position = rtl ? 'right' : 'left';
    options.layout!.padding = { top: 8, bottom: this.band?.height, [rtl ? 'left' : 'right']: 12 };
    // Counts have whole-number ticks (no "0.5 visits").
    (y.ticks as { precision?: number }).precision = metricInfo(model.metric).kind === 'count' ? 0 : undefined;
    for (const scale of [x, y]) {
      scale.grid!.color = colors.grid;
      (scale as { border: { color: string } }).border.color = colors.grid;
      scale.ticks!.color = colors.text;
      scale.ticks!.font = { family: colors.font, size: 12 };
    }

    this.#meta = [];
    this.#partial = [];
    // The plot's width is known once the chart is laid out: until then, the canvas's less a y axis.
    const markers = this.#markerRadius(plotWidth);
    const datasets: Array<ChartDataset<'line', ChartPoint[]>> = [];
    for (const series of model.series) {
      const color = colors.series[series.colorIndex % colors.series.length]!;
      // Straight segments, gaps left open, a 4 px point under the pointer: Chart.js's defaults.
      const base = {
        borderColor: color,
        backgroundColor: color,
        pointRadius: markers,
        // Let edge markers show whole instead of cut at the plot area.
        clip: 6,
      };
      const points = linePoints(series.values);
      datasets.push({ ...base, label: series.name, borderWidth: 2, data: points });
      this.#meta.push({ series, previous: false });
      this.#partial.push(series.partial < 0 ? -1 : points.findIndex((p) => p.i === series.partial));
      if (series.previous) {
        // Chart.js's label of a line (not shown: the chart draws no legend or tooltip of Chart.js's; the tests find lines by it).
        datasets.push({ ...base, label: `${series.name} (previous period)`, borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, data: linePoints(series.previous.values) });
        this.#meta.push({ series, previous: true });
        this.#partial.push(-1);
      }
    }
    data.datasets = datasets;
  }

  /**
   * Breaks the line Chart.js draws before each line's point in progress (its point's `stop`, the
   * break Chart.js makes itself for `spanGaps`), where `#markPartial` draws the segment dotted.
   * Not with Chart.js's `segment` option, which resolves an option context for every point of the
   * line at each update: milliseconds on long ranges.
   */
  #breakAtPartial(chart: Chart<'line', ChartPoint[]>, datasetIndex: number): void {
    const at = this.#partial[datasetIndex]!;
    const { data } = chart.data.datasets[datasetIndex]!;
    if (at > 0 && data[at - 1]!.y !== null && data[at]!.y !== null) (chart.getDatasetMeta(datasetIndex).data[at] as PointElement).stop = true;
  }

  /**
   * Draws each line's period in progress over the lines (so it shows in the PNG too): the segment
   * that leads to it dotted, as Chart.js would draw it, and its point hollow.
   */
  #markPartial(chart: Chart<'line', ChartPoint[]>): void {
    const ctx = chart.ctx;
    this.#partial.forEach((at, datasetIndex) => {
      const points = chart.getDatasetMeta(datasetIndex).data;
      const point = points[at];
      if (!point || chart.data.datasets[datasetIndex]!.data[at]!.y === null || !Number.isFinite(point.y)) return;
      ctx.save();
      ctx.lineWidth = 2;
      ctx.strokeStyle = String(chart.data.datasets[datasetIndex]!.borderColor);
      if ((point as PointElement).stop) {
        ctx.beginPath();
        ctx.moveTo(points[at - 1]!.x, points[at - 1]!.y);
        ctx.lineTo(point.x, point.y);
        ctx.setLineDash(PROGRESS_DASH);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.beginPath();
      ctx.arc(point.x, point.y, 4, 0, 2 * Math.PI);
      ctx.fillStyle = this.#colors!.background;
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    });
  }

  /**
   * Point markers only where the points have room (at least 12 px each), and never for long
   * ranges. (A fixed radius, not a function of the chart: Chart.js then resolves the points'
   * options once per line instead of once per point.)
   */
  #markerRadius(plotWidth: number): number {
    const count = this.model!.labels.length;
    return count <= MARKER_LIMIT && plotWidth / Math.max(1, count) >= 12 ? 2.5 : 0;
  }

  /** Draws again with the markers the laid-out plot has room for, when they differ from those drawn. */
  #fitMarkers(): void {
    const chart = this.#chart!;
    const radius = this.#markerRadius(chart.chartArea?.width ?? 0);
    const datasets = chart.data.datasets;
    const current = this.#meta.findIndex((m) => !m.previous);
    if (current < 0 || datasets[current]!.pointRadius === radius) return;
    this.#meta.forEach((m, i) => {
      if (!m.previous) datasets[i]!.pointRadius = radius;
    });
    this.#draw(false);
  }

  /** The chart's animation when motion is welcome (none under `prefers-reduced-motion`). */
  #motion(): false | { duration: number } {
    return this.#reducedMotion.matches ? false : { duration: 250 };
  }

  /**
   * Draws the chart again, animated or at once. (Not with Chart.js's 'none' mode, which would
   * keep the points' options, such as their colour and radius, as they were first resolved.)
   */
  #draw(animate: boolean): void {
    const chart = this.#chart!;
    const motion = this.#motion();
    chart.options.animation = animate ? motion : false;
    chart.update();
    chart.options.animation = motion;
  }

  /** Sizes the chart to its box; does nothing while the box is hidden (zero size). */
  #fit(): void {
    const chart = this.#chart;
    const { width, height } = this.getBoundingClientRect();
    const w = Math.floor(width);
    const h = Math.floor(height);
    if (!chart || w <= 0 || h <= 0) return;
    if (w !== chart.width || h !== chart.height) {
      this.#tooltip?.show(-1);
      chart.resize(w, h);
      this.#fitMarkers();
    }
  }

  #config(): ChartConfiguration<'line', ChartPoint[]> {
    const label = (value: number | string, form: 'tick' | 'tick-long') => {
      const model = this.model!;
      const text = model.labels[Number(value)];
      return text === undefined || !Number.isInteger(Number(value)) ? null : formatPeriodLabel(text, model.period, this.localize.locale, form);
    };
    return {
      type: 'line',
      data: { datasets: [] },
      plugins: [
        {
          // The period in progress (and the band under the x axis).
          id: 'in-progress',
          afterDatasetUpdate: (chart, { index }) => this.#breakAtPartial(chart as Chart<'line', ChartPoint[]>, index),
          afterDatasetsDraw: (chart) => this.#markPartial(chart as Chart<'line', ChartPoint[]>),
          afterDraw: (chart) => this.band?.paint(chart as Chart<'line', ChartPoint[]>),
        },
      ],
      options: {
        responsive: false,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        animation: false,
        // Pointer and keys are ours (see chart-tooltip.ts); Chart.js listens to nothing.
        events: [],
        layout: {},
        scales: {
          x: {
            type: 'linear',
            bounds: 'data',
            grid: { display: false },
            border: {},
            afterBuildTicks: (scale) => {
              const max = Math.max(2, Math.floor(scale.width / 84));
              const { labels, period } = this.model!;
              const ticks = tickIndexes(labels.length, period, max, () => (this.#boundaries ??= boundaries(this.#starts))).map((value) => ({ value }));
              // Left to right as drawn: Chart.js makes room at each edge for the first and last tick's label.
              scale.ticks = scale.options.reverse ? ticks.reverse() : ticks;
            },
            ticks: {
              maxRotation: 0,
              callback: (value) => label(value, this.#longRange ? 'tick-long' : 'tick'),
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
              callback: (value) => formatMetric(this.model!.metric, Number(value), this.localize.locale),
            },
          },
        },
      },
    };
  }
}
