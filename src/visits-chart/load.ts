import { ConfigError } from '../api/errors.js';
import { NO_SITE, unreadableDate, type SiteVisits, type VisitsResult, type VisitsSource } from '../api/visits-source.js';
import type { Align } from './shape.js';
import { toCalendarString } from '../core/dates.js';
import type { Translator } from '../core/translate.js';
import { readDate } from './named-dates.js';
import { parsePeriodLabel } from './period-labels.js';
import { parseDateSpec, previousSpan, rangeText, requestDate, spanOf, type ChartPeriod, type Span } from './ranges.js';
import { cleanVisits } from './sanitize.js';

/*
 * What <visits-chart> asks its source for, and what it keeps of the answer: the sites, period and
 * days its attributes name (as primitives, the arguments of its task), the comparison range, and
 * the answer cut down to what can be drawn (sanitize.ts).
 */

/** How the chart names its comparison with last year (`yearWords` in previous-year.ts). */
export interface YearWords {
  /** The legend note: "Dashed: same period last year". */
  legend: string;
  /** The KPIs' change, against these dates: "Mar 1 – 31, 2025". */
  versus: string;
  /** The summary's change: "compared with March 1 – 31, 2025". */
  against: string;
  /** The table's column of a site, after its name: "same period last year". */
  line: string;
  /** The warning when the comparison did not load: "The same period last year could not be loaded: {reason}". */
  failed: (reason: string) => string;
}

/** What the widget shows: the last answer, and the query it answers. */
export interface Loaded {
  result: VisitsResult;
  period: ChartPeriod;
  /** The `date` attribute the answer is for. */
  date: string;
  /** The comparison range that was loaded, `YYYY-MM-DD,YYYY-MM-DD` (empty without one). */
  compareDate: string;
  /** With the comparison a year before (previous-year.ts): how the days pair, and the words that name its dates. */
  align?: Align | undefined;
  words?: ((t: Translator) => YearWords) | undefined;
  /** Periods and values of the answer that could not be shown (see `cleanVisits`). */
  droppedPeriods: number;
  droppedValues: number;
}

/** The sites of `site-id` as the request names them: `1,3,7` (numbers, once each) or `all`; empty when none is valid. */
export function siteList(siteId: string): string {
  const sites = siteId
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^\d+$/.test(s) || s === 'all');
  return sites.includes('all') ? 'all' : [...new Set(sites)].join(',');
}

/** The `date` attribute as the request names it (Matomo's forms; a named range as its days); empty when unreadable. */
export function requestedDate(date: string, today: Date): string {
  const spec = readDate(date, today);
  return spec ? requestDate(spec) : '';
}

/** One load: the request's primitives (see `siteList`, `requestedDate`), and the day it counts back from. */
export interface VisitsRequest {
  sites: string;
  period: ChartPeriod;
  /** The range in the request's form (`requestedDate`). */
  date: string;
  /** The `date` attribute as set (named in errors and kept with the answer). */
  rawDate: string;
  /** The `today` attribute when it is a day (`YYYY-MM-DD`), else empty: each site's own today. */
  given: string;
  /** The day the chart knows (see `referenceDay`). */
  today: Date;
  /** The segment definition (empty: all visits). */
  segment?: string;
  /** Compares with the same periods a year before, this span of them (see core/year-before.ts); default: the periods right before. */
  yearBefore?: ((span: Span, period: ChartPeriod) => Span) | undefined;
}

/**
 * Asks the source for the range and its comparison (the periods right before, or a year before
 * with `yearBefore`) and cleans the answer. The comparison is
 * counted from the day the chart knows, for a source that does not know the sites' calendars
 * (the Matomo source counts it from each site's own day). Rejects with a `ConfigError` when the
 * attributes name no site or no readable range.
 */
export async function loadVisits(source: VisitsSource, request: VisitsRequest, options: { signal: AbortSignal; timeout: number }): Promise<Loaded> {
  const { sites, period, date, rawDate, given, today, segment, yearBefore } = request;
  if (!sites) throw new ConfigError(NO_SITE);
  if (!date) throw new ConfigError(unreadableDate(rawDate));
  const compared = (yearBefore ?? previousSpan)(spanOf(parseDateSpec(date, today)!, period, today), period);
  const query = {
    siteIds: sites.split(','),
    period,
    date,
    compareDate: rangeText(compared.from, compared.to),
    ...(yearBefore ? { compare: 'previous-year' as const } : {}),
    ...(given ? { today: given } : {}),
    ...(segment ? { segment } : {}),
  };
  const answer = await source.getVisits(query, options);
  const { result, droppedPeriods, droppedValues } = cleanVisits(answer, period, today);
  return { result, period, date: rawDate, compareDate: loadedRange(result.previous, period), droppedPeriods, droppedValues };
}

/** The days a comparison covers (its first site's), `YYYY-MM-DD,YYYY-MM-DD`, or empty. */
function loadedRange(previous: readonly SiteVisits[] | undefined, period: ChartPeriod): string {
  const points = previous?.[0]?.points ?? [];
  const first = points.length ? parsePeriodLabel(points[0]!.label, period) : null;
  const last = points.length ? parsePeriodLabel(points[points.length - 1]!.label, period) : null;
  return first && last ? `${toCalendarString(first.start)},${toCalendarString(last.end)}` : '';
}
