import type { SiteVisits, VisitsMetric, VisitsPoint } from '../api/visits-source.js';
import { gapOf, metricInfo, ratioParts, valueOf, type Gap } from './metrics.js';
import { periodStart } from './period-labels.js';
import type { Align } from './shape.js';

/** A KPI of the header: the range's figure, the previous range's, and the relative change. */
export interface Kpi {
  metric: VisitsMetric;
  value: number | null;
  /** Why there is no value: no data in the whole range, or no such figure from the server for this period length. */
  gap: Gap | null;
  previous: number | null;
  /** (value − previous) / previous; null when there is nothing to compare with (or previous is 0). */
  change: number | null;
}

/**
 * A metric over a whole range, across the given sites:
 * - sums (visits, actions, bounces, time) add up every period of every site; a period without
 *   data adds nothing (and when no period has data, there is no value);
 * - `max_actions` is the largest of all;
 * - unique visitors and users are the average per period of the sites' sum (they cannot be
 *   added over time); periods without data, or where the server left them out, do not count;
 * - rates are weighted by visits: bounce rate = Σ bounce_count / Σ nb_visits, average time on
 *   site = Σ sum_visit_length / Σ nb_visits, actions per visit = Σ nb_actions / Σ nb_visits —
 *   never a sum or a plain mean of the periods' rates.
 * Null when there is no value (no visits for a rate, or a metric the server never sent).
 */
export function aggregate(sites: readonly SiteVisits[], metric: VisitsMetric): number | null {
  const info = metricInfo(metric);
  switch (info.aggregate) {
    case 'weighted': {
      let of = 0;
      let per = 0;
      eachPoint(sites, (point) => {
        const parts = ratioParts(point.metrics, metric);
        if (!parts) return;
        of += parts.of;
        per += parts.per;
      });
      return per > 0 ? of / per : null;
    }
    case 'mean': {
      const byPeriod = new Map<string, number | null>();
      eachPoint(sites, (point) => {
        // A site without data that period adds nothing; a figure the server left out makes the period's sum unknown.
        if (point.metrics === null) return;
        const value = valueOf(point.metrics, metric);
        const sum = byPeriod.has(point.label) ? byPeriod.get(point.label)! : 0;
        byPeriod.set(point.label, sum === null || value === null ? null : sum + value);
      });
      const known = [...byPeriod.values()].filter((v): v is number => v !== null);
      return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null;
    }
    case 'max': {
      let max: number | null = null;
      eachPoint(sites, (point) => {
        const value = valueOf(point.metrics, metric);
        if (value !== null && (max === null || value > max)) max = value;
      });
      return max;
    }
    default: {
      let sum: number | null = null;
      eachPoint(sites, (point) => {
        const value = valueOf(point.metrics, metric);
        if (value !== null) sum = (sum ?? 0) + value;
      });
      return sum;
    }
  }
}

/** Calls `visit` with every period of every site (ten thousand on a long range: without copying them into one list first). */
function eachPoint(sites: readonly SiteVisits[], visit: (point: VisitsPoint) => void): void {
  for (const site of sites) for (const point of site.points) visit(point);
}

/** The relative change from `previous` to `value`: +0.125 for a rise of 12.5%. */
export function relativeChange(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}

/** Why a range has no value of a metric: no period has data, or none has the metric. */
export function gapOfRange(sites: readonly SiteVisits[], metric: VisitsMetric): Gap | null {
  const gaps = sites.flatMap((s) => s.points.map((p) => gapOf(p.metrics, metric)));
  return gaps.every((g) => g === 'no-data') ? 'no-data' : gaps.some((g) => g === 'not-available') ? 'not-available' : null;
}

/**
 * The comparison's periods up to the one that answers the last period of the range that has begun
 * (by index, or as `align` pairs them, as the chart does): a range that runs past a site's today
 * compares only the days it has had. `today` is the day of a site that does not say its own.
 */
export function comparedPeriods(current: readonly SiteVisits[], previous: readonly SiteVisits[], today: string, align?: Align): SiteVisits[] {
  return previous.map((before) => {
    const site = current.find((s) => s.idSite === before.idSite);
    const day = site?.today ?? today;
    const begun = site && day ? site.points.filter((p) => periodStart(p.label) <= day).length : Infinity;
    if (!site || begun >= site.points.length) return before;
    const last = (align ? align(site.points, before.points) : before.points)[begun - 1]?.label ?? '';
    return { ...before, points: before.points.filter((p) => p.label <= last) };
  });
}

/** The KPIs of a range against its comparison (the periods that answer those begun: see `comparedPeriods`), for the given sites. */
export function computeKpis(metrics: readonly VisitsMetric[], current: readonly SiteVisits[], compared: readonly SiteVisits[] | undefined): Kpi[] {
  return metrics.map((metric) => {
    const value = aggregate(current, metric);
    const before = compared ? aggregate(compared, metric) : null;
    return { metric, value, gap: value === null ? gapOfRange(current, metric) : null, previous: before, change: relativeChange(value, before) };
  });
}
