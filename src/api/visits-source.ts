import { BadResponseError, ConfigError, isApiError, type ApiError } from './errors.js';
import { expectArray, expectObject, MatomoClient, type MatomoCall } from './matomo.js';
import type { RequestOptions } from './request.js';

/** Every metric of Matomo's `VisitsSummary.get`. */
export const VISITS_METRICS = [
  'nb_visits',
  'nb_uniq_visitors',
  'nb_users',
  'nb_actions',
  'nb_visits_converted',
  'bounce_count',
  'sum_visit_length',
  'max_actions',
  'bounce_rate',
  'nb_actions_per_visit',
  'avg_time_on_site',
] as const;

export type VisitsMetric = (typeof VISITS_METRICS)[number];
export type VisitsPeriod = 'day' | 'week' | 'month' | 'year' | 'range';
/** The metrics of one period; a metric the server left out is absent. */
export type VisitsMetrics = Partial<Record<VisitsMetric, number>>;

/** One period of one site. `metrics` is null for a period without data (Matomo's `[]`). */
export interface VisitsPoint {
  /** Matomo's period label: `2024-01-06`, `2024-01-01,2024-01-07`, `2024-01`, `2024`. */
  label: string;
  metrics: VisitsMetrics | null;
}

export interface SiteVisits {
  idSite: string;
  name: string;
  points: VisitsPoint[];
}

export interface VisitsQuery {
  /** Site ids (`["1", "3"]`), or `["all"]` for every site the viewer may see. */
  siteIds: string[];
  period: VisitsPeriod;
  /** Matomo's date forms: `lastN`, `previousN`, `YYYY-MM-DD,YYYY-MM-DD`. */
  date: string;
  /** The comparison range, in the same forms (the widget sends `YYYY-MM-DD,YYYY-MM-DD`); omitted for none. */
  compareDate?: string | undefined;
}

export interface VisitsResult {
  /** One entry per site, in the order asked for (by id for `all`). */
  current: SiteVisits[];
  /** The comparison range per site, same order; absent when not asked for or when it failed. */
  previous?: SiteVisits[] | undefined;
  /** Why the comparison is missing when it was asked for. */
  previousError?: ApiError | undefined;
}

export interface SiteInfo {
  idSite: string;
  name: string;
}

/**
 * What `<visits-chart>` needs from a backend. The default implementation speaks Matomo's
 * VisitsSummary API; pass your own object as the widget's `source` property to connect another.
 */
export interface VisitsSource {
  /** Visits per period for each site (and for the comparison range), in one round trip where possible. */
  getVisits(query: VisitsQuery, options?: RequestOptions): Promise<VisitsResult>;
  /** Sites the viewer may see. */
  getSites?(options?: RequestOptions): Promise<SiteInfo[]>;
}

/**
 * VisitsSummary of a Matomo server. One `API.getBulkRequest` carries everything: one
 * `VisitsSummary.get` for all sites (a comma list of ids), one more for the comparison range, and
 * the site names (`SitesManager.getSiteFromId` per site, or the list of sites for `all`).
 */
export class MatomoVisitsSource implements VisitsSource {
  constructor(readonly client: MatomoClient) {}

  async getVisits(query: VisitsQuery, options?: RequestOptions): Promise<VisitsResult> {
    const all = query.siteIds.length === 1 && query.siteIds[0] === 'all';
    const ids = all ? [] : query.siteIds.filter((id) => /^\d+$/.test(id));
    if (!all && ids.length === 0) throw new ConfigError('No site is configured: set the site-id attribute (one id or a comma list).');
    const idSite = all ? 'all' : ids.join(',');

    const calls: MatomoCall[] = [{ method: 'VisitsSummary.get', params: { idSite, period: query.period, date: query.date } }];
    if (query.compareDate) calls.push({ method: 'VisitsSummary.get', params: { idSite, period: query.period, date: query.compareDate } });
    const namesAt = calls.length;
    if (all) calls.push({ method: 'SitesManager.getSitesWithAtLeastViewAccess' });
    else for (const id of ids) calls.push({ method: 'SitesManager.getSiteFromId', params: { idSite: id } });

    const answers = await this.client.bulk(calls, options);
    const names = siteNames(answers.slice(namesAt));

    const current = toSiteVisits(unwrap(answers[0]), all ? null : ids, names);
    let previous: SiteVisits[] | undefined;
    let previousError: ApiError | undefined;
    if (query.compareDate) {
      try {
        const order = current.map((s) => s.idSite);
        previous = toSiteVisits(unwrap(answers[1]), order, names);
      } catch (error) {
        if (!isApiError(error)) throw error;
        previousError = error;
      }
    }
    return { current, previous, previousError };
  }

  async getSites(options?: RequestOptions): Promise<SiteInfo[]> {
    return toSites(expectArray(await this.client.call('SitesManager.getSitesWithAtLeastViewAccess', {}, options), 'sites'));
  }
}

function unwrap(value: unknown): unknown {
  if (isApiError(value)) throw value;
  return value;
}

/** Site names from the answers of `getSiteFromId` (one object each) or `getSitesWithAtLeastViewAccess` (a list). */
function siteNames(answers: unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const answer of answers) {
    if (isApiError(answer)) continue;
    const list = Array.isArray(answer) ? answer : [answer];
    for (const site of toSites(list)) names.set(site.idSite, site.name);
  }
  return names;
}

export function toSites(list: unknown[]): SiteInfo[] {
  return list.flatMap((raw) => {
    const r = raw as { idsite?: unknown; name?: unknown } | null;
    const id = typeof r?.idsite === 'number' || typeof r?.idsite === 'string' ? String(r.idsite) : '';
    return id ? [{ idSite: id, name: typeof r?.name === 'string' && r.name.trim() ? r.name.trim() : `Site ${id}` }] : [];
  });
}

/**
 * Normalises a `VisitsSummary.get` answer for one or several sites. With one site the answer is
 * keyed by period label; with several (or `all`) it is keyed by idSite, each holding the
 * per-period object. `ids` is the order wanted (null: the answer's own ids, ascending).
 */
export function toSiteVisits(data: unknown, ids: readonly string[] | null, names: ReadonlyMap<string, string> = new Map()): SiteVisits[] {
  const name = (id: string) => names.get(id) ?? `Site ${id}`;
  if (ids && ids.length === 1) {
    const id = ids[0]!;
    return [{ idSite: id, name: name(id), points: toPoints(data) }];
  }
  const bySite = expectObject(data, 'visits per site');
  const order = ids ?? Object.keys(bySite).filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
  return order.map((id) => {
    if (!Object.hasOwn(bySite, id)) throw new BadResponseError(`The server's answer has no visits for site ${id.slice(0, 12)}.`);
    return { idSite: id, name: name(id), points: toPoints(bySite[id]) };
  });
}

const METRIC_SET = new Set<string>(VISITS_METRICS);

/**
 * Normalises a VisitsSummary.get answer for one site: an object keyed by period label (each an
 * object of metrics or `[]` for no data), in chronological order. A flat metrics object (the
 * answer for a single period) becomes one point labelled `singleLabel`.
 */
export function toPoints(data: unknown, singleLabel = ''): VisitsPoint[] {
  const object = expectObject(data, 'visits per period');
  const keys = Object.keys(object);
  if (keys.length > 0 && keys.some((k) => METRIC_SET.has(k))) return [{ label: singleLabel, metrics: toMetrics(object) }];
  return keys
    .sort()
    .map((label) => {
      const value = object[label];
      if (Array.isArray(value) && value.length === 0) return { label, metrics: null };
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new BadResponseError(`The server sent no metrics for the period ${label.slice(0, 40)}.`);
      }
      return { label, metrics: toMetrics(value as Record<string, unknown>) };
    });
}

/** Reads metrics as numbers; numeric strings are accepted, "56%" is read as 0.56, anything else is dropped. */
export function toMetrics(raw: Record<string, unknown>): VisitsMetrics {
  const metrics: VisitsMetrics = {};
  for (const name of VISITS_METRICS) {
    const value = raw[name];
    let n = NaN;
    if (typeof value === 'number') n = value;
    else if (typeof value === 'string' && value.trim() !== '') {
      const text = value.trim();
      if (text.endsWith('%')) n = Number(text.slice(0, -1).replace(',', '.')) / 100;
      else if (/^\d{1,2}:\d{2}:\d{2}$/.test(text)) {
        // format_metrics=bc formats times as "00:03:12"; read them back as seconds.
        const [h, m, s] = text.split(':').map(Number) as [number, number, number];
        n = h * 3600 + m * 60 + s;
      } else n = Number(text);
    }
    if (Number.isFinite(n)) metrics[name] = n;
  }
  return metrics;
}
