import { isApiError } from './errors.js';
import { expectArray, type MatomoCall, type MatomoClient } from './matomo.js';
import type { RequestOptions } from './request.js';

/*
 * Matomo's All Websites figures (`MultiSites.getAll`): one row per site the token may view, for
 * the days asked. Loaded on demand (the overview of <visits-chart> is a part of its own).
 */

/** The figures of `MultiSites.getAll` a site's row may hold (raw numbers, `format_metrics=0`). */
export const SITE_TOTAL_METRICS = ['nb_visits', 'nb_actions', 'nb_pageviews', 'revenue'] as const;
export type SiteTotalMetric = (typeof SITE_TOTAL_METRICS)[number];

/** One site's figures over its days; a figure the server left out (or sent unreadable) is absent. */
export interface SiteTotals {
  idSite: string;
  metrics: Partial<Record<SiteTotalMetric, number>>;
}

/** The days of each site, `YYYY-MM-DD` (calendar days in the site's own time zone). */
export interface SiteTotalsQuery {
  sites: ReadonlyArray<{ idSite: string; from: string; to: string }>;
  /** A segment definition, as the chart's `segment` (empty: all visits). */
  segment?: string | undefined;
}

/** The largest figure taken as plausible (as the chart's counts: a trillion). */
const LIMIT = 1e12;

/**
 * The rows of a `MultiSites.getAll` answer for one period: an array of
 * `{label, nb_visits, nb_actions, nb_pageviews, revenue, …_evolution, idsite, group, main_url}`.
 * A row without a numeric `idsite` is left out, as is a repeated one; figures are numbers from 0
 * to a trillion (numeric strings accepted), anything else is left out. The label (the site's
 * name) is not read: the chart names its sites.
 */
export function toSiteTotals(answer: unknown): SiteTotals[] {
  const seen = new Set<string>();
  const rows: SiteTotals[] = [];
  for (const raw of expectArray(answer, { key: 'a list of websites' })) {
    if (typeof raw !== 'object' || raw === null) continue;
    const row = raw as Record<string, unknown>;
    const id = Object.hasOwn(row, 'idsite') && (typeof row.idsite === 'number' || typeof row.idsite === 'string') ? String(row.idsite).trim() : '';
    if (!/^\d{1,12}$/.test(id) || seen.has(id)) continue;
    seen.add(id);
    const metrics: SiteTotals['metrics'] = {};
    for (const name of SITE_TOTAL_METRICS) {
      const value = Object.hasOwn(row, name) ? row[name] : undefined;
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (Number.isFinite(n) && n >= 0 && n <= LIMIT) metrics[name] = n;
    }
    rows.push({ idSite: id, metrics });
  }
  return rows;
}

/**
 * The figures of each site over its own days. Sites that share their days (in the same time zone,
 * or with the `today` attribute set) share one `MultiSites.getAll&period=range&date=FROM,TO`;
 * all of them go as one bulk request. `enhanced=1` keeps the sites without visits (Matomo leaves
 * them out otherwise). Rejects when the request fails or a sub-request does.
 */
export async function readSiteTotals(client: MatomoClient, query: SiteTotalsQuery, options?: RequestOptions): Promise<SiteTotals[]> {
  const byDays = new Map<string, Set<string>>();
  for (const { idSite, from, to } of query.sites) {
    const days = `${from},${to}`;
    byDays.set(days, (byDays.get(days) ?? new Set()).add(idSite));
  }
  const groups = [...byDays];
  const calls: MatomoCall[] = groups.map(([date]) => ({
    method: 'MultiSites.getAll',
    params: { period: 'range', date, enhanced: 1, segment: query.segment || undefined },
  }));
  const answers = await client.bulk(calls, options);
  const totals: SiteTotals[] = [];
  answers.forEach((answer, i) => {
    if (isApiError(answer)) throw answer;
    const wanted = groups[i]![1];
    totals.push(...toSiteTotals(answer).filter((row) => wanted.has(row.idSite)));
  });
  return totals;
}
