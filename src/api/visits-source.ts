import { loadPart } from '../core/lazy-part.js';
import type { Segment } from './segments.js';
import type { SiteTotals, SiteTotalsQuery } from './multisites.js';
import type { Annotation, AnnotationsQuery } from './annotations.js';
import { BadResponseError, ConfigError, isApiError, type ApiError } from './errors.js';
import { expectArray, expectObject, MatomoClient, type MatomoCall } from './matomo.js';
import type { RequestOptions } from './request.js';
import { knownSite, learnSites, type SiteInfo } from './site-directory.js';
import { now } from '../core/clock.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { dayInZone } from '../core/time-zones.js';
import { parseDateSpec, previousSpan, rangeText, spanOf, type CalendarPeriod, type Span } from '../core/calendar.js';
import { english } from '../core/translate.js';
import type { Text } from '../i18n/types.js';

/*
 * A query the source cannot ask for, in words: no site, or a range it does not read. The chart
 * checks its attributes with the same words before it asks (see visits-chart/load.ts).
 */
export const NO_SITE: Text = { key: 'No site is configured: set the site-id attribute (one id, a comma list, or "all").' };
export const unreadableDate = (date: string): Text => ({
  key: 'The date "{date}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.',
  params: { date: date.slice(0, 40) },
});

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
/** What a range is compared with: the periods right before it, or the same periods a year before. */
export type VisitsComparison = 'previous-period' | 'previous-year';
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
  /** The site's name; for a site the server names not, `Site 3` (in English: show `nameText` in the reader's language). */
  name: string;
  /** The name as a message, when the server gave none. */
  nameText?: Text | undefined;
  points: VisitsPoint[];
  /**
   * The site's current day, `YYYY-MM-DD` in its own time zone, when known: the period that holds
   * it is still in progress.
   */
  today?: string | undefined;
}

export interface VisitsQuery {
  /** Site ids (`["1", "3"]`), or `["all"]` for every site the viewer may see. */
  siteIds: string[];
  period: VisitsPeriod;
  /** Matomo's date forms: `lastN`, `previousN`, `YYYY-MM-DD,YYYY-MM-DD`. */
  date: string;
  /**
   * The comparison range, `YYYY-MM-DD,YYYY-MM-DD`, counted back from `today` or the browser's day;
   * omitted for none. (The Matomo source counts it from each site's own day instead.)
   */
  compareDate?: string | undefined;
  /**
   * How `compareDate` was counted: the periods right before the range (default), or the same
   * periods a year before (the same dates; see the chart's docs). The Matomo source counts it the
   * same way from each site's own day.
   */
  compare?: VisitsComparison | undefined;
  /** The day to count `lastN` and `previousN` from for every site (`YYYY-MM-DD`); omitted: each site's own today. */
  today?: string | undefined;
  /**
   * A segment definition (Matomo's `segment` parameter: `visitorType==returning`, values URL-encoded
   * within it), for the range and its comparison; omitted or empty: all visits.
   */
  segment?: string | undefined;
}

export interface VisitsResult {
  /** One entry per site, in the order asked for (by id for `all`). */
  current: SiteVisits[];
  /** The comparison per site, same order: the periods `compare` names, counted from the site's range. Absent when not asked for or when it failed. */
  previous?: SiteVisits[] | undefined;
  /** Why the comparison is missing when it was asked for. */
  previousError?: ApiError | undefined;
}

export type { SiteInfo } from './site-directory.js';
export type { Segment } from './segments.js';
export type { SiteTotals, SiteTotalsQuery, SiteTotalMetric } from './multisites.js';
export type { Annotation, AnnotationsQuery } from './annotations.js';

/**
 * What `<visits-chart>` needs from a backend. The default implementation speaks Matomo's
 * VisitsSummary API; pass your own object as the widget's `source` property to connect another.
 */
export interface VisitsSource {
  /** Visits per period for each site (and for the comparison range), in one round trip where possible. */
  getVisits(query: VisitsQuery, options?: RequestOptions): Promise<VisitsResult>;
  /** Sites the viewer may see. */
  getSites?(options?: RequestOptions): Promise<SiteInfo[]>;
  /** Stored segments the viewer may use on every one of `siteIds` (`["all"]`: every site); without it, the chart offers none. */
  getSegments?(siteIds: readonly string[], options?: RequestOptions): Promise<Segment[]>;
  /**
   * Each site's figures over its own days (pageviews, …), for the overview. The Matomo source
   * reads `MultiSites.getAll` (with the overview's code: see api/multisites.ts); without it, the
   * overview shows the chart's own figures only.
   */
  getSiteTotals?(query: SiteTotalsQuery, options?: RequestOptions): Promise<SiteTotals[]>;
  /**
   * The annotations of the sites over the days (both included), by date, for the chart's markers.
   * The Matomo source reads `Annotations.getAll` (with the annotations' code: see
   * api/annotations.ts); without it, the chart offers none.
   */
  getAnnotations?(query: AnnotationsQuery, options?: RequestOptions): Promise<Annotation[]>;
}

/** A group of sites that share today's date, and where their answers are among a bulk request's. */
interface Group {
  /** Site ids, or `all` while the sites are not listed yet. */
  ids: string[] | 'all';
  /** The sites' day, or null when it is not known yet (the server then counts lastN in the site's own time zone). */
  today: Date | null;
  current: number;
  previous?: number;
  /** With `today` unknown: the answer holds the comparison's periods, then this many of the range's. */
  split?: number;
}

/**
 * VisitsSummary of a Matomo server, in the sites' own calendars. Matomo keys a site's days by its
 * time zone, and counts `lastN` in the site's zone for one site but in UTC for several, so:
 * - with the sites' time zones known (`SitesManager`, remembered per server for the page's life),
 *   one `API.getBulkRequest` carries, per group of sites that share today's date, the range and
 *   the comparison as explicit `YYYY-MM-DD,YYYY-MM-DD` days, then the sites' names and zones;
 * - otherwise one site's `lastN` goes as `last2N` (the comparison, then the range: the server
 *   counts them from the site's today) and fixed days as they are, with the site's name and zone
 *   in the same request; several sites' `lastN` or `previousN` need the zones first: a first
 *   request asks for the sites alone.
 * Should the zones have changed since they were learned, the range is asked again, once.
 */
export class MatomoVisitsSource implements VisitsSource {
  /** The sites of `all` for this client's token, once listed. */
  #all: SiteInfo[] | undefined;

  constructor(readonly client: MatomoClient) {}

  async getVisits(query: VisitsQuery, options?: RequestOptions): Promise<VisitsResult> {
    const all = query.siteIds.length === 1 && query.siteIds[0] === 'all';
    const ids = all ? [] : query.siteIds.filter((id) => /^\d+$/.test(id));
    if (!all && ids.length === 0) throw new ConfigError(NO_SITE);
    const given = parseCalendarDate(query.today ?? '');
    const spec = query.period === 'range' ? null : parseDateSpec(query.date, given ?? new Date(now()));
    if (!spec) throw new ConfigError(unreadableDate(query.date));

    const period = query.period as CalendarPeriod;
    // The comparison's span: right before the range, or a year before (that arithmetic loads on demand).
    const before = !query.compareDate ? null : query.compare === 'previous-year' ? (await loadPart(() => import('../core/year-before.js'))).yearBeforeSpan : previousSpan;
    const apiBase = this.client.apiBase;
    let sites = all ? this.#all : sitesOf(ids, (id) => knownSite(apiBase, id));
    let fresh = false;
    // Matomo counts several sites' lastN and previousN in UTC: their days must be worked out from their
    // zones; a year before one site's today needs its day too.
    if (!sites && !given && spec.kind !== 'range' && (all || ids.length > 1 || query.compare === 'previous-year')) {
      sites = await this.#sites(all, ids, options);
      fresh = true;
    }
    for (;;) {
      const groups = groupSites(sites, all ? 'all' : ids, given);
      const calls: MatomoCall[] = [];
      for (const group of groups) planGroup(group, query.date, period, before, calls, query.segment || undefined);
      const infoAt = calls.length;
      if (!fresh) calls.push(...infoCalls(all, ids));
      const answers = await this.client.bulk(calls, options);
      if (!fresh) {
        const listed = siteInfo(answers.slice(infoAt), false);
        learnSites(apiBase, listed);
        if (all) this.#all = listed;
        const planned = sites;
        sites = all ? listed : sitesOf(ids, (id) => listed.find((s) => s.idSite === id) ?? planned?.find((s) => s.idSite === id));
        // Planned with zones that have changed since (or with a list of sites that has): once more with the new ones.
        if (planned && !given && !sameGroups(groups, groupSites(sites, all ? 'all' : ids, null))) {
          fresh = true;
          continue;
        }
      }
      return readGroups(groups, answers, sites ?? [], all ? null : ids);
    }
  }

  /** `SegmentEditor.getAll` for the sites (its code loads on first use: see segments.ts). */
  async getSegments(siteIds: readonly string[], options?: RequestOptions): Promise<Segment[]> {
    return (await loadPart(() => import('./segments.js'))).readSegments(this.client, siteIds, options);
  }

  async getSites(options?: RequestOptions): Promise<SiteInfo[]> {
    const sites = toSites(expectArray(await this.client.call('SitesManager.getSitesWithAtLeastViewAccess', {}, options), { key: 'a list of sites' }));
    learnSites(this.client.apiBase, sites);
    return sites;
  }

  /** The sites' names and time zones, alone (a first request): any failure to read one fails the load. */
  async #sites(all: boolean, ids: readonly string[], options?: RequestOptions): Promise<SiteInfo[]> {
    const sites = siteInfo(await this.client.bulk(infoCalls(all, ids), options), true);
    learnSites(this.client.apiBase, sites);
    if (all) this.#all = sites;
    return sites;
  }
}

/** The sites of `ids` when every one is known, else undefined. */
function sitesOf(ids: readonly string[], find: (id: string) => SiteInfo | undefined): SiteInfo[] | undefined {
  const sites: SiteInfo[] = [];
  for (const id of ids) {
    const site = find(id);
    if (!site) return undefined;
    sites.push(site);
  }
  return sites;
}

/** Sites grouped by their day: the given day for all, each site's own, or one group of unknown day. */
function groupSites(sites: readonly SiteInfo[] | undefined, ids: readonly string[] | 'all', given: Date | null): Group[] {
  const group = (list: string[] | 'all', today: Date | null): Group => ({ ids: list, today, current: -1 });
  if (!sites) return [group(ids === 'all' ? 'all' : [...ids], given)];
  if (given) return [group(sites.map((s) => s.idSite), given)];
  const byDay = new Map<string, string[]>();
  for (const site of sites) {
    const day = dayInZone(site.timezone ?? 'UTC', now());
    byDay.set(day, [...(byDay.get(day) ?? []), site.idSite]);
  }
  return [...byDay].map(([day, list]) => group(list, parseCalendarDate(day)));
}

/** Whether two plans group the same sites by the same days. */
function sameGroups(a: readonly Group[], b: readonly Group[]): boolean {
  const key = (groups: readonly Group[]) =>
    groups
      .map((g) => `${g.today ? toCalendarString(g.today) : ''}:${g.ids === 'all' ? 'all' : g.ids.join(',')}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

/** Adds a group's VisitsSummary calls to `calls`, noting where they are; `before` gives the comparison's span (null: none). */
function planGroup(group: Group, date: string, period: CalendarPeriod, before: ((span: Span, period: CalendarPeriod) => Span) | null, calls: MatomoCall[], segment: string | undefined): void {
  const idSite = group.ids === 'all' ? 'all' : group.ids.join(',');
  const ask = (days: string) => calls.push({ method: 'VisitsSummary.get', params: { idSite, period, date: days, segment } }) - 1;
  const today = group.today;
  const spec = parseDateSpec(date, today ?? new Date(now()))!;
  if (!today && spec.kind !== 'range') {
    // One site: the server counts from the site's own today (the comparison is the periods right before).
    group.current = ask(`${spec.kind}${before ? 2 * spec.n : spec.n}`);
    if (before) group.split = spec.n;
    return;
  }
  const span = spanOf(spec, period, today ?? new Date(now()));
  // Up to the sites' today: the days after it have not begun.
  group.current = ask(spec.kind === 'range' ? rangeText(spec.from, spec.to) : rangeText(span.from, today && span.to > today ? today : span.to));
  if (!before) return;
  const compared = before(span, period);
  group.previous = ask(rangeText(compared.from, compared.to));
}

/** The calls that read the sites' names and time zones. */
function infoCalls(all: boolean, ids: readonly string[]): MatomoCall[] {
  return all ? [{ method: 'SitesManager.getSitesWithAtLeastViewAccess' }] : ids.map((id) => ({ method: 'SitesManager.getSiteFromId', params: { idSite: id } }));
}

/** Sites from the answers of `getSiteFromId` (one object each) or `getSitesWithAtLeastViewAccess` (a list); `strict`: a failed one is thrown. */
function siteInfo(answers: unknown[], strict: boolean): SiteInfo[] {
  const sites: SiteInfo[] = [];
  for (const answer of answers) {
    if (isApiError(answer)) {
      if (strict) throw answer;
      continue;
    }
    sites.push(...toSites(Array.isArray(answer) ? answer : [answer]));
  }
  return sites;
}

/** The result of a plan's answers, sites in the order asked for (by id for `all`). */
function readGroups(groups: readonly Group[], answers: unknown[], sites: readonly SiteInfo[], order: readonly string[] | null): VisitsResult {
  const names = new Map(sites.filter((s) => !s.nameText).map((s) => [s.idSite, s.name]));
  const zones = new Map(sites.map((s) => [s.idSite, s.timezone]));
  const current: SiteVisits[] = [];
  const previous: SiteVisits[] = [];
  let previousError: ApiError | undefined;
  let compared = false;
  for (const group of groups) {
    let ranged = toSiteVisits(unwrap(answers[group.current]), group.ids === 'all' ? null : group.ids, names);
    let before: SiteVisits[] | undefined;
    if (group.split !== undefined) {
      const n = group.split;
      before = ranged.map((s) => ({ ...s, points: s.points.slice(0, -n) }));
      ranged = ranged.map((s) => ({ ...s, points: s.points.slice(-n) }));
    } else if (group.previous !== undefined) {
      try {
        before = toSiteVisits(unwrap(answers[group.previous]), ranged.map((s) => s.idSite), names);
      } catch (error) {
        if (!isApiError(error)) throw error;
        previousError = error;
      }
    }
    for (const site of ranged) {
      const zone = zones.get(site.idSite);
      const today = group.today ? toCalendarString(group.today) : zone === undefined ? undefined : dayInZone(zone, now());
      current.push({ ...site, today });
    }
    if (before) {
      compared = true;
      previous.push(...before);
    }
  }
  const rank = (id: string) => (order ? order.indexOf(id) : Number(id));
  current.sort((a, b) => rank(a.idSite) - rank(b.idSite));
  previous.sort((a, b) => rank(a.idSite) - rank(b.idSite));
  return { current, previous: compared && !previousError ? previous : undefined, previousError };
}

function unwrap(value: unknown): unknown {
  if (isApiError(value)) throw value;
  return value;
}

/** The name of a site the server names not: `Site 3`, and the same as a message. */
function unnamed(id: string): { name: string; nameText: Text } {
  const nameText: Text = { key: 'Site {id}', params: { id } };
  return { name: english.text(nameText), nameText };
}

/** Sites from Matomo's site objects (`idsite`, `name`, `timezone`); objects without an id are left out. */
export function toSites(list: unknown[]): SiteInfo[] {
  return list.flatMap((raw) => {
    const r = raw as { idsite?: unknown; name?: unknown; timezone?: unknown } | null;
    const id = typeof r?.idsite === 'number' || typeof r?.idsite === 'string' ? String(r.idsite) : '';
    if (!/^\d+$/.test(id)) return [];
    const named = typeof r?.name === 'string' && r.name.trim();
    return [{ idSite: id, ...(named ? { name: named } : unnamed(id)), timezone: typeof r?.timezone === 'string' && r.timezone.trim() ? r.timezone.trim() : undefined }];
  });
}

/**
 * Normalises a `VisitsSummary.get` answer for one or several sites. With one site the answer is
 * keyed by period label; with several (or `all`) it is keyed by idSite, each holding the
 * per-period object. `ids` is the order wanted (null: the answer's own ids, ascending).
 */
export function toSiteVisits(data: unknown, ids: readonly string[] | null, names: ReadonlyMap<string, string> = new Map()): SiteVisits[] {
  const name = (id: string) => {
    const known = names.get(id);
    return known ? { name: known } : unnamed(id);
  };
  if (ids && ids.length === 1) {
    const id = ids[0]!;
    return [{ idSite: id, ...name(id), points: toPoints(data) }];
  }
  const bySite = expectObject(data, { key: 'visits per site' });
  const order = ids ?? Object.keys(bySite).filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
  return order.map((id) => {
    if (!Object.hasOwn(bySite, id)) throw new BadResponseError({ key: "The server's answer has no visits for site {id}.", params: { id: id.slice(0, 12) } });
    return { idSite: id, ...name(id), points: toPoints(bySite[id]) };
  });
}

const METRIC_SET = new Set<string>(VISITS_METRICS);

/**
 * Normalises a VisitsSummary.get answer for one site: an object keyed by period label (each an
 * object of metrics or `[]` for no data), in chronological order. A flat metrics object (the
 * answer for a single period) becomes one point labelled `singleLabel`.
 */
export function toPoints(data: unknown, singleLabel = ''): VisitsPoint[] {
  const object = expectObject(data, { key: 'visits per period' });
  const keys = Object.keys(object);
  if (keys.length > 0 && keys.some((k) => METRIC_SET.has(k))) return [{ label: singleLabel, metrics: toMetrics(object) }];
  return keys
    .sort()
    .map((label) => {
      const value = object[label];
      if (Array.isArray(value) && value.length === 0) return { label, metrics: null };
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new BadResponseError({ key: 'The server sent no metrics for the period {period}.', params: { period: label.slice(0, 40) } });
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
