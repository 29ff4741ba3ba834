/**
 * The parts of `<visits-chart>` its first view does not need, each loaded on first use (in the
 * script-tag bundles, a file of its own under `chunks/`).
 * @internal Tests replace them to simulate a slow or failed load.
 */
export const chunks = {
  /** CSV, PNG and SVG export, with the CSV encoder, the images' layout and the download helper. */
  export: () => import('./export.js'),
  /** The table view and its styles. */
  table: () => import('./table.js'),
  /** A range that is none of the presets in words (and the periods counted in words). */
  rangeWords: () => import('./range-words.js'),
  /** The custom range form and its styles. */
  custom: () => import('./custom-range.js'),
  /** The chart's tooltip and keyboard stepping, and the tooltip's styles. */
  tooltip: () => import('./chart-tooltip.js'),
  /** The segment picker and its styles. */
  segments: () => import('./segment-picker.js'),
  /** The comparison with the same period a year before: its span, how days pair, its words. */
  previousYear: () => import('./previous-year.js'),
  /** The text summary under the chart (asked for once the first data is shown). */
  summary: () => import('./summary.js'),
  /** The overview of every site (sortable table, trend lines) and its styles. */
  overview: () => import('./overview.js'),
  /** The annotations (markers, notes, the table view's list) and their styles. */
  annotations: () => import('./annotations.js'),
};

export type Part = keyof typeof chunks;
export type PartCode<K extends Part> = Awaited<ReturnType<(typeof chunks)[K]>>;
