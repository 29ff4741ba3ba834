import type { SiteVisits, VisitsMetric, VisitsPoint, VisitsResult } from '../api/visits-source.js';
import { valueOf } from './metrics.js';
import type { ChartPeriod } from './ranges.js';

/** One site's line, aligned to the chart's labels. */
export interface SeriesModel {
  idSite: string;
  name: string;
  /** Position of the site among all the widget's sites: picks its colour, stable when others are hidden. */
  colorIndex: number;
  /** One value per label: null is a gap (no value for a rate, or a metric the server left out). */
  values: Array<number | null>;
  /** The comparison range, by index: `previous.values[i]` is the period in the position of `labels[i]`. */
  previous: { labels: Array<string | null>; values: Array<number | null> } | null;
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
 * The comparison aligned by index to `count` current periods. Both ranges have as many periods;
 * should the server answer with a different number, the comparison is aligned on its end (the
 * periods right before the chart's range) and missing positions are gaps.
 */
export function alignPrevious(points: readonly VisitsPoint[], count: number, metric: VisitsMetric): SeriesModel['previous'] {
  const offset = points.length - count;
  const labels: Array<string | null> = [];
  const values: Array<number | null> = [];
  for (let i = 0; i < count; i++) {
    const point = points[i + offset];
    labels.push(point ? point.label : null);
    values.push(point ? valueOf(point.metrics, metric) : null);
  }
  return { labels, values };
}

/**
 * Shapes a loaded result into the chart's lines for one metric and the visible sites.
 *
 * Sites in different time zones may answer `lastN` with different days (each site's "today" is
 * its own): the chart's labels are the union, and a label outside a site's own range is a gap
 * for that site (it was not asked for), never a 0. Each site's comparison is aligned to its own
 * periods by index.
 */
export function buildChartModel(result: VisitsResult, metric: VisitsMetric, period: ChartPeriod, hidden: ReadonlySet<string>): ChartModel {
  const visible = result.current.filter((s) => !hidden.has(s.idSite));
  const labels = unionLabels(visible);
  const position = new Map(labels.map((label, i) => [label, i]));
  // The index of a site's k-th point among the labels (the same index when the site has them all).
  const indexOf = (points: readonly VisitsPoint[], k: number) => (points.length === labels.length ? k : position.get(points[k]!.label)!);
  const series = result.current.flatMap((site, colorIndex): SeriesModel[] => {
    if (hidden.has(site.idSite)) return [];
    const values: Array<number | null> = labels.map(() => null);
    site.points.forEach((point, k) => (values[indexOf(site.points, k)] = valueOf(point.metrics, metric)));
    const prev = result.previous?.find((p) => p.idSite === site.idSite);
    let previous: SeriesModel['previous'] = null;
    if (prev) {
      const own = alignPrevious(prev.points, site.points.length, metric)!;
      previous = { labels: labels.map(() => null), values: labels.map(() => null) };
      site.points.forEach((_, k) => {
        const i = indexOf(site.points, k);
        previous!.labels[i] = own.labels[k] ?? null;
        previous!.values[i] = own.values[k] ?? null;
      });
    }
    return [{ idSite: site.idSite, name: site.name, colorIndex, values, previous }];
  });
  const empty = visible.every((s) => hasNoVisits(s.points));
  const missing = !empty && series.every((s) => s.values.every((v) => v === null));
  return { period, metric, labels, series, empty, missing };
}
