import type { SiteVisits, VisitsMetric } from '../api/visits-source.js';
import { toCsv } from '../core/csv.js';
import { toCalendarString } from '../core/dates.js';
import { downloadFile, safeFileName } from '../core/download.js';
import { translator } from '../core/translate.js';
import { comparisonWords, composeImage, toPng, type ChartDrawing, type ImageContent } from './export-image.js';
import { chartToSvg } from './export-svg.js';
import { metricInfo, valueOf } from './metrics.js';
import { parsePeriodLabel } from './period-labels.js';
import type { ChartPeriod } from './ranges.js';
import { alignPrevious, type Align, type ChartModel } from './shape.js';

/*
 * The CSV, PNG and SVG exports of <visits-chart>. The widget loads this module on the first export
 * (in the script-tag bundles, a file of its own under `chunks/`), with the CSV encoder, the
 * images' layout (export-image.ts), the SVG writer (export-svg.ts) and the download helper.
 */

/** The formats the widget saves. */
export type ExportFormat = 'csv' | 'png' | 'svg';

/** A saved file: its name and size in bytes. */
export interface SavedFile {
  fileName: string;
  bytes: number;
}

/** What an export saves: the shown sites and comparison, the chart's model, and the chart as drawn (none in the table view). */
export interface ExportView {
  sites: readonly SiteVisits[];
  previous: readonly SiteVisits[] | undefined;
  /** How the comparison's periods pair with the range's, as the chart pairs them (default: by index). */
  align?: Align | undefined;
  metrics: readonly VisitsMetric[];
  period: ChartPeriod;
  /** What the chart shows (its period labels name the file). */
  model: ChartModel;
  /** The range as set on the widget (names the file when there are no labels). */
  date: string;
  /** The chart and its colours, as the line chart drew them (see `VisitsLineChart.drawing`). */
  drawing: ChartDrawing | undefined;
  /** The widget's title, the first line of an image. */
  title: string;
  /** The range in words as the subtitle says it (with the period and the segment), under the sites' names. */
  range: string;
  /** The widget's locale: the images' words (their direction too) and the comparison's days. */
  locale: string;
  /** The dashed line's legend, when it is not the previous period (see `ImageContent`). */
  previousLegend?: string | undefined;
}

/**
 * Saves the shown data as CSV, or the chart as PNG (the canvas as drawn) or SVG (a vector
 * drawing of its model), both with the title, sites, range, comparison and legend around it, in
 * the widget's language (right to left in a language written so; the CSV's columns stay English,
 * a machine format);
 * named after the sites, the period and the days shown
 * (`visits-site1+3-day-2024-03-08_2024-03-10.csv`). Resolves with nothing when there is no chart
 * to save, or its canvas cannot be read.
 */
export async function saveView(format: ExportFormat, view: ExportView): Promise<SavedFile | undefined> {
  const { labels } = view.model;
  const span = labels.length ? `${labels[0]!.split(',')[0]}_${labels[labels.length - 1]!.split(',').pop()}` : view.date;
  const stem = safeFileName(`visits-site${view.sites.map((s) => s.idSite).join('+')}-${view.period}-${span}`);
  if (format === 'csv') return saveCsv(stem, view.sites, view.previous, view.metrics, view.period, view.align);
  if (!view.drawing) return undefined;
  // The widget's words: its locale's, with what the page registered (as its elements say them).
  const t = translator(view.locale);
  const content: ImageContent = {
    ...view.drawing,
    model: view.model,
    title: view.title,
    range: view.range,
    comparison: comparisonWords(view.previous, view.period, t),
    previousLegend: view.previousLegend,
    t,
  };
  try {
    if (format === 'svg') return { fileName: `${stem}.svg`, bytes: downloadFile(`${stem}.svg`, chartToSvg(content), 'image/svg+xml;charset=utf-8') };
    const blob = await toPng(composeImage(content, window.devicePixelRatio || 1));
    return { fileName: `${stem}.png`, bytes: downloadFile(`${stem}.png`, blob, 'image/png') };
  } catch {
    // A canvas that cannot be read leaves nothing to save; the button stays usable.
    return undefined;
  }
}

/** Saves the shown data as `<stem>.csv` (see `visitsRows`). */
export function saveCsv(
  stem: string,
  sites: readonly SiteVisits[],
  previous: readonly SiteVisits[] | undefined,
  metrics: readonly VisitsMetric[],
  period: ChartPeriod,
  align?: Align,
): SavedFile {
  const fileName = `${safeFileName(stem)}.csv`;
  return { fileName, bytes: downloadFile(fileName, toCsv(visitsRows(sites, previous, metrics, period, align)), 'text/csv;charset=utf-8') };
}

/**
 * The shown data as rows for a CSV file: one row per site and period, with the period's first and
 * last day, then one column per metric; with a comparison, the label and values of the period
 * that answers it follow (paired by `align`, as the chart pairs them). Numbers are raw (rates as ratios, times in seconds) so spreadsheets can compute
 * with them; empty cells are values the server does not have (a rate without visits).
 */
export function visitsRows(
  sites: readonly SiteVisits[],
  previous: readonly SiteVisits[] | undefined,
  metrics: readonly VisitsMetric[],
  period: ChartPeriod,
  align?: Align,
): Array<Array<string | number | null>> {
  const head = ['Site ID', 'Site', 'Period', 'From', 'To', ...metrics.map((m) => unit(m))];
  if (previous) head.push('Previous period', ...metrics.map((m) => `Previous ${unit(m).toLowerCase()}`));
  const rows: Array<Array<string | number | null>> = [head];
  for (const site of sites) {
    const prevSite = previous?.find((p) => p.idSite === site.idSite);
    const paired = prevSite && (align ? align(site.points, prevSite.points) : prevSite.points);
    const aligned = paired ? metrics.map((m) => alignPrevious(paired, site.points.length, m)) : null;
    site.points.forEach((point, i) => {
      const span = parsePeriodLabel(point.label, period);
      const row: Array<string | number | null> = [
        site.idSite,
        site.name,
        point.label,
        span ? toCalendarString(span.start) : '',
        span ? toCalendarString(span.end) : '',
        ...metrics.map((m) => round(valueOf(point.metrics, m))),
      ];
      if (previous) row.push(aligned?.[0]?.labels[i] ?? '', ...metrics.map((_, k) => round(aligned?.[k]?.values[i] ?? null)));
      rows.push(row);
    });
  }
  return rows;
}

function unit(metric: VisitsMetric): string {
  const info = metricInfo(metric);
  if (info.kind === 'percent') return `${info.name.key} (ratio)`;
  if (info.kind === 'duration') return `${info.name.key} (seconds)`;
  return info.name.key;
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}
