import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type TooltipItem } from 'chart.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import type { ChartModel, SeriesModel } from './shape.js';

/*
 * The Chart.js side of <visits-chart>: only the parts used are registered (once, on first use);
 * the chart is created once per connection, updated in place, resized by a ResizeObserver on
 * its box (which also covers a chart first shown in a hidden tab) and destroyed on removal.
 *
 * The x axis is linear over period indexes (0..n-1) rather than a category axis: Chart.js's
 * decimation plugin needs a linear axis, and it keeps ten years of daily points quick.
 */

let registered = false;
function registerParts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Decimation);
  registered = true;
}

/** Colours and font read from the widget's CSS custom properties. */
export interface ChartColors {
  series: string[];
  grid: string;
  text: string;
  tooltipBackground: string;
  tooltipText: string;
  background: string;
  font: string;
}

export interface ChartPresentation {
  model: ChartModel;
  locale: string;
  colors: ChartColors;
  reducedMotion: boolean;
}

/** A point: x is the period's index; `i` survives decimation (which averages x). */
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

/** Reads the chart's colours from custom properties set on `box` (see the styles). */
export function readColors(box: Element): ChartColors {
  const style = getComputedStyle(box);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: [1, 2, 3, 4, 5].map((i) => get(`--_vc-series-${i}`, '#2456c7')),
    grid: get('--_vc-grid', '#d5d9e0'),
    text: get('--_vc-text', '#5b6475'),
    tooltipBackground: get('--_vc-tooltip-bg', '#1d2433'),
    tooltipText: get('--_vc-tooltip-fg', '#ffffff'),
    background: get('--_vc-bg', '#ffffff'),
    font: style.fontFamily || 'system-ui, sans-serif',
  };
}

export class VisitsChartView {
  readonly chart: Chart<'line', ChartPoint[]>;
  readonly #box: HTMLElement;
  readonly #observer: ResizeObserver;
  #presentation: ChartPresentation;
  #meta: DatasetMeta[] = [];
  #starts: Array<Date | null> = [];
  #longRange = false;

  constructor(canvas: HTMLCanvasElement, box: HTMLElement, presentation: ChartPresentation) {
    registerParts();
    this.#box = box;
    this.#presentation = presentation;
    this.chart = new Chart(canvas, this.#config());
    this.#observer = new ResizeObserver(() => this.#fit());
    this.#observer.observe(box);
    this.update(presentation, false);
    this.#fit();
  }

  get presentation(): ChartPresentation {
    return this.#presentation;
  }

  /** Shows a new model, colours or locale. Animates only new data, small, and when motion is welcome. */
  update(presentation: ChartPresentation, animate: boolean): void {
    const modelChanged = presentation.model !== this.#presentation.model || this.#meta.length === 0;
    this.#presentation = presentation;
    const { model, colors, reducedMotion } = presentation;
    if (modelChanged) {
      this.#starts = model.labels.map((label) => parsePeriodLabel(label, model.period)?.start ?? null);
      const first = this.#starts[0];
      const last = this.#starts[this.#starts.length - 1];
      this.#longRange = !!first && !!last && last.getTime() - first.getTime() > 400 * 86_400_000;
    }
    const options = this.chart.options;
    options.animation = reducedMotion ? false : { duration: 250 };
    const x = options.scales!.x!;
    const y = options.scales!.y!;
    const count = model.labels.length;
    x.min = count > 1 ? 0 : -1;
    x.max = count > 1 ? count - 1 : 1;
    // Options are set one by one: Chart.js's resolved options are proxies, not to be spread.
    // Counts have whole-number ticks (no "0.5 visits").
    (y.ticks as { precision?: number }).precision = metricInfo(model.metric).kind === 'count' ? 0 : undefined;
    for (const scale of [x, y]) {
      scale.grid!.color = colors.grid;
      scale.grid!.tickColor = colors.grid;
      (scale as { border: { color: string } }).border.color = colors.grid;
      scale.ticks!.color = colors.text;
      scale.ticks!.font = { family: colors.font, size: 12 };
    }
    const tooltip = options.plugins!.tooltip!;
    tooltip.backgroundColor = colors.tooltipBackground;
    tooltip.titleColor = colors.tooltipText;
    tooltip.bodyColor = colors.tooltipText;
    tooltip.titleFont = { family: colors.font, weight: 'bold' };
    tooltip.bodyFont = { family: colors.font };

    this.#meta = [];
    // Markers only where points have room (at least 12 px each), and never for long ranges.
    const markers = count <= MARKER_LIMIT ? (ctx: { chart: Chart }) => ((ctx.chart.chartArea?.width ?? ctx.chart.width) / Math.max(1, count) >= 12 ? 2.5 : 0) : 0;
    const datasets: Array<ChartConfiguration<'line', ChartPoint[]>['data']['datasets'][number]> = [];
    for (const series of model.series) {
      const color = colors.series[series.colorIndex % colors.series.length]!;
      const base = {
        borderColor: color,
        backgroundColor: color,
        pointRadius: markers,
        pointHoverRadius: 4,
        pointHitRadius: 6,
        spanGaps: false,
        tension: 0,
        // Let edge markers show whole instead of cut at the plot area.
        clip: 6,
      };
      datasets.push({ ...base, label: series.name, borderWidth: 2, data: series.values.map((y, i) => ({ x: i, y, i })) });
      this.#meta.push({ series, previous: false });
      if (series.previous) {
        datasets.push({
          ...base,
          label: `${series.name} (previous period)`,
          borderWidth: 1.5,
          borderDash: [6, 4],
          pointRadius: 0,
          pointStyle: 'line',
          data: series.previous.values.map((y, i) => ({ x: i, y, i })),
        });
        this.#meta.push({ series, previous: true });
      }
    }
    this.chart.data.datasets = datasets;
    this.chart.update(animate && !reducedMotion && count <= ANIMATION_LIMIT ? undefined : 'none');
  }

  destroy(): void {
    this.#observer.disconnect();
    this.chart.destroy();
    this.#meta = [];
  }

  /** Sizes the chart to its box; does nothing while the box is hidden (zero size). */
  #fit(): void {
    const { width, height } = this.#box.getBoundingClientRect();
    const w = Math.floor(width);
    const h = Math.floor(height);
    if (w <= 0 || h <= 0) return;
    if (w !== this.chart.width || h !== this.chart.height) this.chart.resize(w, h);
  }

  /** Which period indexes get an x tick: month or year starts when they space well, else every k-th. */
  #tickIndexes(maxTicks: number): number[] {
    const starts = this.#starts;
    const n = starts.length;
    const all = starts.map((_, i) => i);
    if (n <= maxTicks) return all;
    const { period } = this.#presentation.model;
    if (period === 'day' || period === 'week') {
      const boundary = (step: (d: Date) => number) =>
        all.filter((i) => i > 0 && starts[i] && starts[i - 1] && step(starts[i]!) !== step(starts[i - 1]!));
      const levels = [
        boundary((d) => d.getFullYear() * 12 + d.getMonth()),
        boundary((d) => d.getFullYear() * 4 + Math.floor(d.getMonth() / 3)),
        boundary((d) => d.getFullYear()),
      ];
      for (const level of levels) if (level.length >= 2 && level.length <= maxTicks) return level;
      // Too many years for the width: every k-th year start.
      const years = levels[2]!;
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
      options: {
        responsive: false,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        animation: false,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
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
        plugins: {
          decimation: { enabled: true, algorithm: 'min-max' },
          tooltip: {
            displayColors: true,
            callbacks: {
              title(items: Array<TooltipItem<'line'>>) {
                const item = items.find((it) => !view.#meta[it.datasetIndex]?.previous) ?? items[0];
                if (!item) return '';
                const { model, locale } = view.#presentation;
                const index = (item.raw as ChartPoint).i;
                const label = model.labels[index];
                return label ? formatPeriodLabel(label, model.period, locale, 'full') : '';
              },
              label(item: TooltipItem<'line'>) {
                const meta = view.#meta[item.datasetIndex];
                if (!meta) return '';
                const { model, locale } = view.#presentation;
                const point = item.raw as ChartPoint;
                const value = point.y === null ? 'no data' : formatMetric(model.metric, point.y, locale);
                if (!meta.previous) return `${meta.series.name}: ${value}`;
                const label = meta.series.previous?.labels[point.i];
                const when = label ? formatPeriodLabel(label, model.period, locale, 'full') : 'previous period';
                return `${meta.series.name}, previous (${when}): ${value}`;
              },
            },
          },
        },
      },
    };
  }
}
