import type { SiteVisits, VisitsMetric, VisitsPoint, VisitsResult } from '../api/visits-source.js';
import { gapOf, valueOf, type Gap } from './metrics.js';
import type { Progress } from './messages.js';
import { parsePeriodLabel } from './period-labels.js';
import { daysBetween, type ChartPeriod } from './ranges.js';
import { parseCalendarDate } from '../core/dates.js';

/** One site's line, aligned to the chart's labels. */
export interface SeriesModel {
  idSite: string;
  name: string;
  /** Whether `name` is the server's (data, not to be translated), not "Site 3" in the reader's words. */
  named: boolean;
  /** Position of the site among all the widget's sites: picks its colour, stable when others are hidden. */
  colorIndex: number;
  /** One value per label: null is a gap (no data, no value for a rate, a metric the server left out). */
  values: Array<number | null>;
  /** Why a value is missing, by label (null: it is not, or it is a rate without visits). */
  gaps: Array<Gap | null>;
  /** The index of the period in progress (the one that holds the site's today), or -1. */
  partial: number;
  /** How far the period in progress is. */
  progress: Progress | null;
  /** The comparison range, by index: `previous.values[i]` is the period in the position of `labels[i]`. */
  previous: { labels: Array<string | null>; values: Array<number | null>; gaps: Array<Gap | null> } | null;
}

export interface ChartModel {
  period: ChartPeriod;
  metric: VisitsMetric;
  /** Matomo period labels, chronological. */
  labels: string[];
  /** The visible sites. */
  series: SeriesModel[];
  /** No visit at all in the range for the visible sites. */
  empty: boolean;
  /** The range has visits, but the server sent no value of this metric (unique visitors by year). */
  missing: boolean;
}

/** Every period label of the sites (whose points are chronological and unique, as `cleanVisits` leaves them), chronological (Matomo labels sort as text). */
export function unionLabels(sites: readonly SiteVisits[]): string[] {
  // Usually every site answers the same periods.
  const first = sites[0]?.points;
  if (first && sites.every((s) => s.points.length === first.length && s.points.every((p, i) => p.label === first[i]!.label))) {
    return first.map((p) => p.label);
  }
  const labels = new Set<string>();
  for (const site of sites) for (const point of site.points) labels.add(point.label);
  return [...labels].sort();
}

/** Whether a site had no visit in any of its periods. */
export function hasNoVisits(points: readonly VisitsPoint[]): boolean {
  return points.every((p) => p.metrics === null || !p.metrics.nb_visits);
}

/**
 * Which of the comparison's points answers each of a site's points (undefined: none). By default
 * the k-th answers the k-th (see `alignPrevious`); a comparison with last year by day pairs the
 * same dates (previous-year.ts).
 */
export type Align = (current: readonly VisitsPoint[], previous: readonly VisitsPoint[]) => ReadonlyArray<VisitsPoint | undefined>;

/**
 * The comparison aligned by index to `count` current periods: both ranges start on a period's
 * first day and have as many periods, so the k-th answers the k-th (should the server answer with
 * fewer, the missing positions are gaps).
 */
export function alignPrevious(points: ReadonlyArray<VisitsPoint | undefined>, count: number, metric: VisitsMetric): NonNullable<SeriesModel['previous']> {
  const labels: Array<string | null> = [];
  const values: Array<number | null> = [];
  const gaps: Array<Gap | null> = [];
  for (let i = 0; i < count; i++) {
    const point = points[i];
    labels.push(point ? point.label : null);
    values.push(point ? valueOf(point.metrics, metric) : null);
    gaps.push(point ? gapOf(point.metrics, metric) : null);
  }
  return { labels, values, gaps };
}

/** The index of the period holding `today` (`YYYY-MM-DD`) among a site's points, and how far it is; index -1 when none does. */
export function progressOf(points: readonly VisitsPoint[], period: ChartPeriod, today: string): { index: number; progress: Progress | null } {
  const day = parseCalendarDate(today);
  if (day) {
    for (let k = points.length - 1; k >= 0; k--) {
      const span = parsePeriodLabel(points[k]!.label, period);
      if (span && span.start <= day && day <= span.end) {
        return { index: k, progress: { days: daysBetween(span.start, day) + 1, of: daysBetween(span.start, span.end) + 1 } };
      }
    }
  }
  return { index: -1, progress: null };
}

/**
 * Shapes a loaded result into the chart's lines for one metric and the visible sites. `today` is
 * the day of a site that does not say its own (`YYYY-MM-DD`).
 *
 * Sites in different time zones may answer `lastN` with different days (each site's "today" is
 * its own): the chart's labels are the union, and a label outside a site's own range is a gap
 * for that site (it was not asked for), never a 0. Each site's comparison is aligned to its own
 * periods by index (or as `align` pairs them), and its period in progress is the one that holds
 * its own today.
 */
export function buildChartModel(result: VisitsResult, metric: VisitsMetric, period: ChartPeriod, hidden: ReadonlySet<string>, today = '', align?: Align): ChartModel {
  const visible = result.current.filter((s) => !hidden.has(s.idSite));
  const labels = unionLabels(visible);
  // The index of a site's k-th point among the labels: the same index when the site has them all
  // (usually), else found by its label.
  let position: Map<string, number> | undefined;
  const indexOf = (points: readonly VisitsPoint[], k: number) =>
    points.length === labels.length ? k : (position ??= new Map(labels.map((label, i) => [label, i]))).get(points[k]!.label)!;
  const series = result.current.flatMap((site, colorIndex): SeriesModel[] => {
    if (hidden.has(site.idSite)) return [];
    const values: Array<number | null> = labels.map(() => null);
    const gaps: Array<Gap | null> = labels.map(() => null);
    site.points.forEach((point, k) => {
      const i = indexOf(site.points, k);
      values[i] = valueOf(point.metrics, metric);
      gaps[i] = gapOf(point.metrics, metric);
    });
    const { index, progress } = progressOf(site.points, period, site.today ?? today);
    const partial = index < 0 ? -1 : indexOf(site.points, index);
    const prev = result.previous?.find((p) => p.idSite === site.idSite);
    let previous: SeriesModel['previous'] = null;
    if (prev) {
      const own = alignPrevious(align ? align(site.points, prev.points) : prev.points, site.points.length, metric);
      previous = { labels: labels.map(() => null), values: labels.map(() => null), gaps: labels.map(() => null) };
      site.points.forEach((_, k) => {
        const i = indexOf(site.points, k);
        previous!.labels[i] = own.labels[k] ?? null;
        previous!.values[i] = own.values[k] ?? null;
        previous!.gaps[i] = own.gaps[k] ?? null;
      });
    }
    return [{ idSite: site.idSite, name: site.name, named: !site.nameText, colorIndex, values, gaps, partial, progress, previous }];
  });
  const empty = visible.every((s) => hasNoVisits(s.points));
  const missing = !empty && series.every((s) => s.values.every((v) => v === null));
  return { period, metric, labels, series, empty, missing };
}
