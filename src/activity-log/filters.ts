import type { ActivityQuery } from '../api/activity-query.js';
import { english, type Translator } from '../core/translate.js';
import { activityType } from './catalogue.js';

/** The filters of the activity log. Empty strings mean "no filter". */
export interface ActivityFilters {
  /** Only this login's activities (super users only; the server gives others their own whatever this says). */
  user: string;
  /** Only this type id, e.g. `ActivityLog/GoalAdded`; or several, and names of sets of types (`sign-ins`, `security`, `goals`), comma-separated. */
  activityType: string;
  /** First day shown, `YYYY-MM-DD`, in the browser's time zone. */
  dateFrom: string;
  /** Last day shown (inclusive), `YYYY-MM-DD`, in the browser's time zone. */
  dateTo: string;
  /** Words that must all appear in the entry (user, description, type, details, IP, country). */
  search: string;
  /** Only activities about this website (a Matomo idSite). */
  site: string;
  /** Only activities from this IP address, prefix (`203.0.113.`) or CIDR range (`203.0.113.0/24`). */
  ip: string;
  /** Only the entries naming this object (its history), keyed as `objectKey()` makes it: `goal:1@3`, `website:2`, `user:alice`. */
  object: string;
}

export type FilterKey = keyof ActivityFilters;

/** The filters of a query the server applies (everything but the page). */
export type ServerQuery = Omit<ActivityQuery, 'offset' | 'limit'>;

/**
 * One filter of the activity log, described once. The element's properties and attributes, the
 * query sent to the server, "has filters", "Clear filters" and the words of the empty state all
 * derive from the table below; the filter bar draws a control for each.
 */
export interface Filter {
  /** The property (and the key in `ActivityFilters`). */
  key: FilterKey;
  /** The HTML attribute. */
  attribute: string;
  /**
   * Who applies it: `server` sends it in every query (field `query`), one request per page;
   * `scan` is applied by the newest-first scan in the browser (filter-scan.ts, loaded when such a
   * filter is set), or by a source that says it applies it itself. A function says which for a value.
   */
  by: 'server' | 'scan' | ((value: string) => 'server' | 'scan');
  /** The field of the server's query (server filters). */
  query?: 'user' | 'type';
  /** Filters cleared together by a button of their own ("Clear dates"). */
  group?: 'dates';
  /** Whether a value filters anything (default: any value but ''). */
  active?: (value: string) => boolean;
  /**
   * How the empty state names it ("User: sophie"), given every filter (a date range reads as one),
   * in the words of `t`; '' says nothing. Words the scan's code brings (`scanWords`) replace these.
   */
  describe?: (f: ActivityFilters, t: Translator) => string;
}

/** Every filter, in the order the empty state names them. */
export const FILTERS: readonly Filter[] = [
  { key: 'user', attribute: 'user', by: 'server', query: 'user', describe: (f, t) => t.t('User: {user}', { user: f.user }) },
  {
    key: 'activityType',
    attribute: 'activity-type',
    by: (value) => (oneType(value) ? 'server' : 'scan'),
    query: 'type',
    describe: (f, t) => t.t('Activity: {activity}', { activity: activityType(f.activityType).text }),
  },
  { key: 'dateFrom', attribute: 'date-from', by: 'scan', group: 'dates', describe: (f, t) => (f.dateTo ? t.t('Dates: {from} to {to}', { from: f.dateFrom, to: f.dateTo }) : t.t('Since {date}', { date: f.dateFrom })) },
  { key: 'dateTo', attribute: 'date-to', by: 'scan', group: 'dates', describe: (f, t) => (f.dateFrom ? '' : t.t('Until {date}', { date: f.dateTo })) },
  { key: 'search', attribute: 'search', by: 'scan', active: (value) => !!value.trim(), describe: (f, t) => t.t('Search: “{search}”', { search: f.search.trim() }) },
  { key: 'site', attribute: 'site', by: 'scan' },
  { key: 'ip', attribute: 'ip', by: 'scan' },
  { key: 'object', attribute: 'object', by: 'scan' },
];

/** Whether the activity-type filter names exactly one type id (the server applies it). */
export const oneType = (value: string): boolean => value.includes('/') && !value.includes(',');

/**
 * The words of filters the scan applies (a website, an IP, several activity types), set by the
 * scan's code (filter-words.ts), which such a filter loads before a row or an empty state shows:
 * the first view carries none of them. They replace a filter's own `describe`.
 */
export const scanWords = new Map<FilterKey, (f: ActivityFilters, t: Translator) => string>();

/** Whether a filter is set in `f`. */
export const isActive = (filter: Filter, f: ActivityFilters): boolean => (filter.active ?? Boolean)(f[filter.key]);

/** The filters set in `f`. */
export const activeFilters = (f: ActivityFilters): Filter[] => FILTERS.filter((filter) => isActive(filter, f));

/** Whether any filter is set. */
export const hasFilters = (f: ActivityFilters): boolean => activeFilters(f).length > 0;

/** Who applies a filter, given its value. */
export const appliedBy = (filter: Filter, f: ActivityFilters): 'server' | 'scan' => (typeof filter.by === 'function' ? filter.by(f[filter.key]) : filter.by);

/** Whether the filters need the scan (filter-scan.ts): one the server does not apply is set. */
export const needsScan = (f: ActivityFilters): boolean => activeFilters(f).some((filter) => appliedBy(filter, f) === 'scan');

/** The empty state's words for the filters set ("User: sophie", "Dates: 2024-03-01 to 2024-03-31"), in the words of `t`. */
export const describeFilters = (f: ActivityFilters, t: Translator = english): string[] =>
  activeFilters(f)
    .map((filter) => (scanWords.get(filter.key) ?? filter.describe)?.(f, t))
    .filter((text): text is string => !!text);

/** Every filter (of `group`, if given) cleared: what "Clear filters" and "Clear dates" set. */
export const clearedFilters = (group?: Filter['group']): Partial<ActivityFilters> =>
  Object.fromEntries(FILTERS.filter((filter) => !group || filter.group === group).map((filter) => [filter.key, '']));

/** The query the server applies for these filters (its own fields; the others are the scan's). */
export function serverQuery(f: ActivityFilters): ServerQuery {
  const query: ServerQuery = {};
  for (const filter of FILTERS) if (filter.query) query[filter.query] = (appliedBy(filter, f) === 'server' && f[filter.key]) || undefined;
  return query;
}

/** The filters of an object that has them as properties (the element), as one plain object. */
export function filtersOf(from: ActivityFilters): ActivityFilters {
  const f = {} as ActivityFilters;
  for (const { key } of FILTERS) f[key] = from[key];
  return f;
}

/** Sets the filters `patch` names (strings only) on `to`. */
export function assignFilters(to: ActivityFilters, patch: Partial<ActivityFilters> | null | undefined): void {
  for (const { key } of FILTERS) {
    const value = patch?.[key];
    if (typeof value === 'string') to[key] = value;
  }
}

/** The element's property declarations of the filters (`activityType` <-> `activity-type`). */
export const filterProperties = Object.fromEntries(FILTERS.map((filter) => [filter.key, filter.attribute === filter.key ? {} : { attribute: filter.attribute }]));
