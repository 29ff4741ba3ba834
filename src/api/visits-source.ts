import { BadResponseError, isApiError, type ApiError } from './errors.js';
import { expectArray, expectObject, MatomoClient, type MatomoCall } from './matomo.js';
import type { RequestOptions } from './request.js';

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
  siteIds: string[];
  period: VisitsPeriod;
  /** Matomo's date forms: `lastN`, `previousN`, `YYYY-MM-DD,YYYY-MM-DD`, `YYYY-MM-DD`, `today`. */
  date: string;
  /** The comparison range, in the same forms; omitted for no comparison. */
  compareDate?: string | undefined;
}

export interface VisitsResult {
  current: SiteVisits[];
  previous?: SiteVisits[] | undefined;
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

/** VisitsSummary of a Matomo server: one `API.getBulkRequest` for every site, the comparison and the site names. */
export class MatomoVisitsSource implements VisitsSource {
  constructor(readonly client: MatomoClient) {}

  async getVisits(query: VisitsQuery, options?: RequestOptions): Promise<VisitsResult> {
    const calls: MatomoCall[] = [];
    const ask = (idSite: string, date: string) =>
      calls.push({ method: 'VisitsSummary.get', params: { idSite, period: query.period, date } });
    for (const id of query.siteIds) ask(id, query.date);
    if (query.compareDate) for (const id of query.siteIds) ask(id, query.compareDate);
    calls.push({ method: 'SitesManager.getSitesWithAtLeastViewAccess' });

    const answers = await this.client.bulk(calls, options);
    const sites = answers.pop();
    const names = new Map<string, string>();
    if (!isApiError(sites) && Array.isArray(sites)) for (const site of toSites(sites)) names.set(site.idSite, site.name);

    const build = (offset: number): SiteVisits[] =>
      query.siteIds.map((idSite, i) => ({
        idSite,
        name: names.get(idSite) ?? `Site ${idSite}`,
        points: toPoints(unwrap(answers[offset + i]), query.date),
      }));
    return { current: build(0), previous: query.compareDate ? build(query.siteIds.length) : undefined };
  }

  async getSites(options?: RequestOptions): Promise<SiteInfo[]> {
    return toSites(expectArray(await this.client.call('SitesManager.getSitesWithAtLeastViewAccess', {}, options), 'sites'));
  }
}

function unwrap(value: unknown | ApiError): unknown {
  if (isApiError(value)) throw value;
  return value;
}

export function toSites(list: unknown[]): SiteInfo[] {
  return list.flatMap((raw) => {
    const r = raw as { idsite?: unknown; name?: unknown } | null;
    const id = typeof r?.idsite === 'number' || typeof r?.idsite === 'string' ? String(r.idsite) : '';
    return id ? [{ idSite: id, name: typeof r?.name === 'string' && r.name.trim() ? r.name : `Site ${id}` }] : [];
  });
}

const METRIC_SET = new Set<string>(VISITS_METRICS);

/**
 * Normalises a VisitsSummary.get answer for one site: an object keyed by period label (each an
 * object of metrics or `[]` for no data), or, for a single period, a flat metrics object.
 */
export function toPoints(data: unknown, date: string): VisitsPoint[] {
  const object = expectObject(data, 'visits per period');
  const keys = Object.keys(object);
  if (keys.length > 0 && keys.some((k) => METRIC_SET.has(k))) return [{ label: date, metrics: toMetrics(object) }];
  return keys.map((label) => {
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
    else if (typeof value === 'string' && value.trim() !== '') n = value.trim().endsWith('%') ? Number(value.trim().slice(0, -1)) / 100 : Number(value);
    if (Number.isFinite(n)) metrics[name] = n;
  }
  return metrics;
}
