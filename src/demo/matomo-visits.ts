import { utcDay } from './calendar.js';
import type { DemoDataset } from './dataset.js';
import { missingParameter } from './matomo-error.js';
import { parsePeriod, resolvePeriods, type MatomoPeriod, type PeriodSpan } from './matomo-periods.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { DayMetrics, SiteHistory } from './seed-visits.js';
import { segmentDay, segmentShare } from './matomo-segments.js';

/** Metric names in the order Matomo answers them. */
const METRIC_ORDER = [
  'nb_uniq_visitors',
  'nb_users',
  'nb_visits',
  'nb_actions',
  'nb_visits_converted',
  'bounce_count',
  'sum_visit_length',
  'max_actions',
  'bounce_rate',
  'nb_actions_per_visit',
  'avg_time_on_site',
] as const;

/**
 * Unique visitors of a week or month are counted from the raw visits, so they are fewer than the
 * sum of the days' unique visitors; Matomo does not count them for years and ranges at all.
 */
const UNIQUE_SHARE: Partial<Record<MatomoPeriod, number>> = { day: 1, week: 0.88, month: 0.77 };

/**
 * `VisitsSummary.get`: one site or several (`1,3`, `all`), one period (a flat object, `[]` without
 * data, zeros for a period that has not begun) or several (keyed by period label, `[]` for a
 * period without data or not begun), metrics raw (`format_metrics=0`) or with the
 * backward-compatible formatting Matomo applies by default (bounce_rate as "56%").
 *
 * As on a real Matomo, `lastN`, `previousN`, `today` and `yesterday` are the site's own days for
 * one site, but UTC days for several: a site west of UTC whose day has not ended in UTC terms
 * gets `[]` for "today", and a site east of UTC after its midnight does not get its today at all.
 * A `segment` (see matomo-segments.ts) answers its own share of the visits, or an error for an
 * invalid definition.
 */
export function visitsSummary(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): unknown {
  const idSite = params.get('idSite')?.trim();
  if (!idSite) throw missingParameter('idSite');
  const periodText = params.get('period');
  if (!periodText) throw missingParameter('period');
  const date = params.get('date');
  if (!date) throw missingParameter('date');

  const period = parsePeriod(periodText);
  const format = metricsFormat(params.get('format_metrics'));
  const columns = params.get('columns')?.split(',').map((c) => c.trim()).filter(Boolean);
  // A segment keeps its own share of each day's visits (see matomo-segments.ts); an invalid one is refused.
  const share = segmentShare(params.get('segment'));

  const several = idSite.toLowerCase() === 'all' || idSite.includes(',');
  const forSite = (site: SiteHistory) => {
    const request = resolvePeriods(period, date, several ? utcDay(dataset.now) : site.today);
    const render = (span: PeriodSpan) => renderMetrics(aggregate(site, span, period, share), format, columns);
    if (!request.multiple) {
      const span = request.spans[0]!;
      return span.start > site.today ? renderMetrics(notBegun(period), format, columns) : render(span);
    }
    const byLabel: Record<string, unknown> = {};
    for (const span of request.spans) byLabel[span.label] = render(span);
    return byLabel;
  };

  const sites = viewer.sitesFor(idSite, dataset);
  if (!several) return forSite(sites[0]!);
  const bySite: Record<string, unknown> = {};
  for (const site of sites) bySite[String(site.site.idsite)] = forSite(site);
  return bySite;
}

type MetricsFormat = 'raw' | 'bc' | 'pretty';

function metricsFormat(value: string | undefined): MetricsFormat {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === 'bc') return 'bc';
  return text === '0' || text === 'false' ? 'raw' : 'pretty';
}

/** The summed metrics of a period, or null when no day of it has data. */
export function aggregate(site: SiteHistory, span: PeriodSpan, period: MatomoPeriod, segment = 1): (DayMetrics & { withUniques: boolean }) | null {
  const from = Math.max(span.start, site.firstDay);
  const to = Math.min(span.end, site.today);
  let sum: DayMetrics | null = null;
  for (let day = from; day <= to; day++) {
    const all = site.days[day - site.firstDay];
    if (!all) continue;
    const metrics = segmentDay(all, segment, day);
    if (!sum) {
      sum = { ...metrics };
      continue;
    }
    sum.nb_uniq_visitors += metrics.nb_uniq_visitors;
    sum.nb_users += metrics.nb_users;
    sum.nb_visits += metrics.nb_visits;
    sum.nb_actions += metrics.nb_actions;
    sum.nb_visits_converted += metrics.nb_visits_converted;
    sum.bounce_count += metrics.bounce_count;
    sum.sum_visit_length += metrics.sum_visit_length;
    sum.max_actions = Math.max(sum.max_actions, metrics.max_actions);
  }
  if (!sum) return null;
  const share = UNIQUE_SHARE[period];
  if (share !== undefined && span.start !== span.end) {
    sum.nb_uniq_visitors = Math.max(1, Math.round(sum.nb_uniq_visitors * share));
    sum.nb_users = Math.round(sum.nb_users * share);
  }
  return { ...sum, withUniques: share !== undefined };
}

/** The zeros Matomo answers for one period that has not begun. */
function notBegun(period: MatomoPeriod): DayMetrics & { withUniques: boolean } {
  const zero = { nb_uniq_visitors: 0, nb_users: 0, nb_visits: 0, nb_actions: 0, nb_visits_converted: 0, bounce_count: 0, sum_visit_length: 0, max_actions: 0 };
  return { ...zero, withUniques: UNIQUE_SHARE[period] !== undefined };
}

function renderMetrics(sum: (DayMetrics & { withUniques: boolean }) | null, format: MetricsFormat, columns: string[] | undefined): unknown {
  if (!sum) return [];
  const per = (total: number, decimals: number) => (sum.nb_visits ? round(total / sum.nb_visits, decimals) : 0);
  const bounceRate = per(sum.bounce_count, 2);
  const avgTime = per(sum.sum_visit_length, 0);
  const values: Record<string, number | string | undefined> = {
    nb_uniq_visitors: sum.withUniques ? sum.nb_uniq_visitors : undefined,
    nb_users: sum.withUniques ? sum.nb_users : undefined,
    nb_visits: sum.nb_visits,
    nb_actions: sum.nb_actions,
    nb_visits_converted: sum.nb_visits_converted,
    bounce_count: sum.bounce_count,
    sum_visit_length: sum.sum_visit_length,
    max_actions: sum.max_actions,
    bounce_rate: format === 'raw' ? bounceRate : percent(bounceRate),
    nb_actions_per_visit: per(sum.nb_actions, 1),
    avg_time_on_site: format === 'pretty' ? clock(avgTime) : avgTime,
  };
  const out: Record<string, number | string> = {};
  for (const name of METRIC_ORDER) {
    const value = values[name];
    if (value !== undefined && (!columns || columns.includes(name))) out[name] = value;
  }
  return out;
}

/** PHP's round() to some decimals (half away from zero). */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON * Math.sign(value)) / factor;
}

/** Matomo's percent of a quotient: `($value * 100) . '%'`, printed as PHP prints floats. */
function percent(quotient: number): string {
  return `${Number((quotient * 100).toPrecision(14))}%`;
}

/** Seconds as "HH:MM:SS", as Matomo's pretty time does. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  const s = Math.floor(seconds - h * 3600 - m * 60);
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}
