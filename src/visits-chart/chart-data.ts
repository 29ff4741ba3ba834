import type { ChartPeriod } from './ranges.js';
import type { SeriesModel } from './shape.js';

/*
 * What the line chart computes before Chart.js draws: the colours from the CSS custom properties,
 * the points of a line (long lines thinned by our own min-max pass rather than Chart.js's
 * decimation plugin), and the periods that get a tick on the x axis (which is linear over period
 * indexes 0..n-1, so nothing on it loops over dates).
 */

/** Colours and font read from the widget's CSS custom properties. */
export interface ChartColors {
  series: string[];
  grid: string;
  text: string;
  background: string;
  font: string;
  /** The widget's accent (`--_accent`), for what is drawn beside the plot (the annotation markers). */
  accent: string;
}

/** A point: x is the period's index (the same as `i`, kept for readers of the data). */
export interface ChartPoint {
  x: number;
  y: number | null;
  i: number;
}

/** A line of the chart (a dataset): a site's, or its previous period's. */
export interface ChartLine {
  series: SeriesModel;
  previous: boolean;
}

/** The dashes of the segment that leads to a line's period in progress (dotted). */
export const PROGRESS_DASH = [2, 3];

/** Above this many points a line is drawn from the lowest and highest value of each stretch. */
export const DECIMATE_ABOVE = 1000;

/** Reads the chart's colours from custom properties set on (or inherited by) `box` (see the styles). */
export function readColors(box: Element): ChartColors {
  const style = getComputedStyle(box);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    series: [1, 2, 3, 4, 5].map((i) => get(`--_vc-series-${i}`, '#2456c7')),
    grid: get('--_vc-grid', '#d5d9e0'),
    text: get('--_vc-text', '#5b6475'),
    background: get('--_vc-bg', '#ffffff'),
    font: style.fontFamily || 'system-ui, sans-serif',
    accent: get('--_accent', '#2456c7'),
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
export function boundaries(starts: readonly string[]): [number[], number[], number[]] {
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

/**
 * Which period indexes get an x tick, at most `maxTicks` of `count` periods: month, quarter or
 * year starts when they space well (days and weeks; `levels` gives them, see `boundaries`), else
 * every k-th period.
 */
export function tickIndexes(count: number, period: ChartPeriod, maxTicks: number, levels: () => [number[], number[], number[]]): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= maxTicks) return all;
  if (period === 'day' || period === 'week') {
    const found = levels();
    for (const level of found) if (level.length >= 2 && level.length <= maxTicks) return level;
    // Too many years for the width: every k-th year start.
    const years = found[2];
    if (years.length >= 2) {
      const k = Math.ceil(years.length / maxTicks);
      return years.filter((_, j) => j % k === 0);
    }
  }
  const step = Math.ceil(count / maxTicks);
  return all.filter((i) => i % step === 0);
}
