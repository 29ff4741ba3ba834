import { formatCount, formatDecimal, formatDuration, formatPercent } from '../core/format.js';
import { VISITS_METRICS, type VisitsMetric, type VisitsMetrics } from '../api/visits-source.js';
import type { Text } from '../i18n/types.js';

/** How a metric reads: a count, a ratio shown as %, a ratio shown as a decimal, or seconds. */
export type MetricKind = 'count' | 'percent' | 'decimal' | 'duration';

/**
 * How a metric adds up over several periods (and sites):
 * - `sum`: totals (visits, actions, ...);
 * - `max`: the largest value (max actions in one visit);
 * - `mean`: the average per period (unique visitors and users, which cannot be summed: the same
 *   person visiting on two days is one unique visitor of each day);
 * - `weighted`: a ratio of two sums (bounce rate = sum(bounce_count) / sum(nb_visits)).
 */
export type MetricAggregate = 'sum' | 'max' | 'mean' | 'weighted';

export interface MetricInfo {
  id: VisitsMetric;
  /** The metric's name, shown with the element's translator (`t.text(info.name)`); its `key` is the English (CSV columns). */
  name: Text;
  kind: MetricKind;
  aggregate: MetricAggregate;
  /** For `weighted`: numerator and denominator metrics. */
  ratio?: { of: VisitsMetric; per: VisitsMetric };
  /** Whether a rise is good news (`up`), bad news (`down`), or neither. */
  better: 'up' | 'down' | 'neutral';
}

/**
 * The largest plausible value of one period, by kind (the smallest is 0): a trillion visits or
 * actions, a rate of 100%, a million actions per visit, 115 days of average visit. A total of
 * seconds (`sum_visit_length`) may reach a trillion visits of a thousand seconds.
 */
const LIMITS: Record<MetricKind, number> = { count: 1e12, percent: 1, decimal: 1e6, duration: 1e7 };
const SUM_LIMIT = 1e15;

/**
 * Whether a value from a server can be one period's value of the metric: a finite number from 0
 * to the metric's limit. Anything else (negative, NaN, 1e308, a string) is not shown as a value.
 */
export function isPlausible(id: VisitsMetric, value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= LIMIT.get(id)!;
}

const INFO: Record<VisitsMetric, Omit<MetricInfo, 'id'>> = {
  nb_visits: { name: { key: 'Visits' }, kind: 'count', aggregate: 'sum', better: 'up' },
  nb_uniq_visitors: { name: { key: 'Unique visitors' }, kind: 'count', aggregate: 'mean', better: 'up' },
  nb_users: { name: { key: 'Users' }, kind: 'count', aggregate: 'mean', better: 'up' },
  nb_actions: { name: { key: 'Actions' }, kind: 'count', aggregate: 'sum', better: 'up' },
  nb_visits_converted: { name: { key: 'Visits converted' }, kind: 'count', aggregate: 'sum', better: 'up' },
  bounce_count: { name: { key: 'Bounces' }, kind: 'count', aggregate: 'sum', better: 'down' },
  sum_visit_length: { name: { key: 'Total time on site' }, kind: 'duration', aggregate: 'sum', better: 'up' },
  max_actions: { name: { key: 'Most actions in one visit' }, kind: 'count', aggregate: 'max', better: 'neutral' },
  bounce_rate: { name: { key: 'Bounce rate' }, kind: 'percent', aggregate: 'weighted', ratio: { of: 'bounce_count', per: 'nb_visits' }, better: 'down' },
  nb_actions_per_visit: {
    name: { key: 'Actions per visit' },
    kind: 'decimal',
    aggregate: 'weighted',
    ratio: { of: 'nb_actions', per: 'nb_visits' },
    better: 'up',
  },
  avg_time_on_site: {
    name: { key: 'Average time on site' },
    kind: 'duration',
    aggregate: 'weighted',
    ratio: { of: 'sum_visit_length', per: 'nb_visits' },
    better: 'up',
  },
};

/** Each metric's plausible maximum, by id. Any other name (`__proto__`, `constructor`) has none: no value is plausible under it (`x <= undefined` is false). */
const LIMIT: ReadonlyMap<string, number> = new Map(VISITS_METRICS.map((id) => [id, id === 'sum_visit_length' ? SUM_LIMIT : LIMITS[INFO[id].kind]]));

export function metricInfo(id: VisitsMetric): MetricInfo {
  return { id, ...INFO[id] };
}

export function isMetric(value: string): value is VisitsMetric {
  return (VISITS_METRICS as readonly string[]).includes(value);
}

/** A comma list of metric ids as a clean list: unknown names dropped, duplicates removed, `nb_visits` when empty. */
export function parseMetrics(list: string): VisitsMetric[] {
  const metrics = [...new Set(list.split(',').map((m) => m.trim()))].filter(isMetric);
  return metrics.length > 0 ? metrics : ['nb_visits'];
}

/** Formats a metric's value for people: `12,345`, `56%`, `2.4`, `3 min 12 s`. */
export function formatMetric(id: VisitsMetric, value: number | null | undefined, locale: string): string {
  switch (INFO[id].kind) {
    case 'percent':
      return formatPercent(value, locale, 1);
    case 'decimal':
      return formatDecimal(value, locale, 1);
    case 'duration':
      return formatDuration(value, locale);
    default:
      return formatCount(value, locale);
  }
}

/**
 * One period's value of a metric, as the chart and the table show it:
 * - a period without data (Matomo's `[]`, given as null) has no value: a gap, never a 0;
 * - a metric the server left out (unique visitors by year) is a gap, not 0;
 * - a rate without visits has no value; a rate the server left out is derived from its two sums
 *   when they are there.
 */
export function valueOf(metrics: VisitsMetrics | null, id: VisitsMetric): number | null {
  if (metrics === null) return null;
  const ratio = INFO[id].ratio;
  if (ratio) {
    const visits = metrics[ratio.per];
    if (visits === 0) return null;
    const given = metrics[id];
    if (given !== undefined) return given;
    const of = metrics[ratio.of];
    return of !== undefined && visits !== undefined ? of / visits : null;
  }
  return metrics[id] ?? null;
}

/** Why a period has no value of a metric: no data for the period, or no such figure from the server. */
export type Gap = 'no-data' | 'not-available';

/** Why `valueOf` has no value, or null when it has one (or it is a rate without visits). */
export function gapOf(metrics: VisitsMetrics | null, id: VisitsMetric): Gap | null {
  if (metrics === null) return 'no-data';
  return valueOf(metrics, id) === null && !(INFO[id].ratio && metrics[INFO[id].ratio!.per] === 0) ? 'not-available' : null;
}

/**
 * The numerator of a weighted rate in one period: the server's sum (bounce_count), or, when it
 * left that out, the rate times the visits.
 */
export function ratioParts(metrics: VisitsMetrics | null, id: VisitsMetric): { of: number; per: number } | null {
  const ratio = INFO[id].ratio;
  if (!ratio) return null;
  if (metrics === null) return null;
  const per = metrics[ratio.per];
  if (per === undefined) return null;
  const of = metrics[ratio.of] ?? (metrics[id] !== undefined ? metrics[id]! * per : undefined);
  return of === undefined ? null : { of, per };
}
