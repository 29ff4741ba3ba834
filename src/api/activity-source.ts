import { isApiError, type ApiError } from './errors.js';
import { loadPart } from '../core/lazy-part.js';
import { isRecord } from '../core/records.js';
import { expectArray, parseUtcDateTime, scalarBoolean, scalarNumber, MatomoClient, type MatomoCall, type MatomoParams } from './matomo.js';
import type { RequestOptions } from './request.js';
import type { ActivityQuery } from './activity-query.js';

/** One entry of the activity log, normalised from whatever the server sent. */
export interface ActivityEntry {
  id: string;
  /** Login of the actor, or one of the system users "Matomo System", "Console Command", "anonymous". */
  userLogin: string;
  /** "Plugin/ClassName", e.g. "ActivityLog/GoalAdded". */
  type: string;
  /** The server's `parameters`: `{items:[{type, data}], ...}`, or an empty object. */
  parameters: Record<string, unknown>;
  /** The instant of the activity, or null when the server's datetime is missing or invalid. */
  datetime: Date | null;
  /** Plain-text description without the actor, e.g. "added a new goal". */
  description: string;
  /** The server's avatar URL, if any (only used when avatars are switched on). */
  avatar?: string | undefined;
  country?: string | undefined;
  countryName?: string | undefined;
  ip?: string | undefined;
}

export type { ActivityQuery } from './activity-query.js';

/** Who is looking: super users see everyone's activities and may filter by user. */
export interface ActivityViewer {
  superUser: boolean;
  /** Every login (super users only; empty otherwise). */
  logins: string[];
  /** Known e-mail addresses by login, for avatars (may be empty). Read as own properties only. */
  emails: Record<string, string>;
}

/** Options of `getViewer`. */
export interface ViewerOptions extends RequestOptions {
  /** Also fetch users' e-mail addresses (for avatars). Off by default: addresses are personal data. */
  withEmails?: boolean | undefined;
}

/**
 * What `<activity-log>` needs from a backend. The default implementation speaks Matomo's
 * Activity Log API; pass your own object as the widget's `source` property to connect another.
 */
export interface ActivitySource {
  /** Entries newest first, filtered by `user` and `type` (and `from`/`to`/`text` if `filters` says so). */
  getEntries(query: ActivityQuery, options?: RequestOptions): Promise<ActivityEntry[]>;
  /** How many entries match the query's filters (ignoring offset and limit). */
  getCount(query: Omit<ActivityQuery, 'offset' | 'limit'>, options?: RequestOptions): Promise<number>;
  /** Entries and count in one round trip where the backend allows it. */
  getPage?(query: ActivityQuery, options?: RequestOptions): Promise<{ entries: ActivityEntry[]; total: number }>;
  /**
   * Several entry queries in one round trip, answers in the same order. Optional: the widget
   * uses it to probe a few offsets at once when it looks for the ends of a date range, and falls
   * back to parallel `getEntries` calls without it.
   */
  getMany?(queries: readonly ActivityQuery[], options?: RequestOptions): Promise<ActivityEntry[][]>;
  getViewer(options?: ViewerOptions): Promise<ActivityViewer>;
  /**
   * Optional: counts the entries of the query's `days` where the backend can filter whole UTC days
   * itself (`filtered: true`: later queries may carry `days`), or the query's entries without them
   * (`filtered: false`: the widget finds the range in the newest-first list). Matomo's Activity Log
   * plugin can from version 5.1.
   */
  countDays?(query: Omit<ActivityQuery, 'offset' | 'limit'>, options?: RequestOptions): Promise<{ count: number; filtered: boolean }>;
  /** Optional: the websites the viewer may see (ids and names, as text), offered by the website filter. The Matomo source asks `SitesManager` (with the filter bar's code). */
  getSites?(options?: RequestOptions): Promise<Array<{ idSite: string; name: string }>>;
  /** Filters the backend applies itself; the widget applies the others over pages of entries. */
  readonly filters?: { dateRange?: boolean; text?: boolean };
}

/** The Activity Log of a Matomo server. */
export class MatomoActivitySource implements ActivitySource {
  readonly filters = { dateRange: false, text: false };

  /** @internal How the code for server-side dates is loaded (on the first date filter). */
  static loadDays = () => import('./activity-days.js');

  constructor(readonly client: MatomoClient) {}

  /** Activity Log 5.1 filters UTC days (`period`, `date`); 5.0 does not. Found out once per server, in the first count's request. */
  async countDays(query: Omit<ActivityQuery, 'offset' | 'limit'>, options?: RequestOptions): Promise<{ count: number; filtered: boolean }> {
    const { countDays } = await loadPart(MatomoActivitySource.loadDays);
    // What that code needs of this file is handed to it: an on-demand part imports nothing that loads parts itself.
    const count = (q: typeof query): MatomoCall => ({ method: 'ActivityLog.getEntryCount', params: filterParams(q) });
    return countDays(this, { count, read: readCount, firstDay: FIRST_DAY }, query, options);
  }

  getEntries(query: ActivityQuery, options?: RequestOptions): Promise<ActivityEntry[]> {
    return this.client.call('ActivityLog.getEntries', entriesParams(query), options).then(toEntries);
  }

  getCount(query: Omit<ActivityQuery, 'offset' | 'limit'>, options?: RequestOptions): Promise<number> {
    return this.client.call('ActivityLog.getEntryCount', filterParams(query), options).then(readCount);
  }

  async getPage(query: ActivityQuery, options?: RequestOptions): Promise<{ entries: ActivityEntry[]; total: number }> {
    const calls: MatomoCall[] = [
      { method: 'ActivityLog.getEntries', params: entriesParams(query) },
      { method: 'ActivityLog.getEntryCount', params: filterParams(query) },
    ];
    const [entries, count] = await this.client.bulk(calls, options);
    return { entries: toEntries(unwrap(entries)), total: readCount(unwrap(count)) };
  }

  async getMany(queries: readonly ActivityQuery[], options?: RequestOptions): Promise<ActivityEntry[][]> {
    const answers = await this.client.bulk(
      queries.map((query) => ({ method: 'ActivityLog.getEntries', params: entriesParams(query) })),
      options,
    );
    return answers.map((answer) => toEntries(unwrap(answer)));
  }

  async getViewer(options: ViewerOptions = {}): Promise<ActivityViewer> {
    if (!this.client.hasToken) return { superUser: false, logins: [], emails: {} };
    const { withEmails = false, ...requestOptions } = options;
    const calls: MatomoCall[] = [{ method: 'UsersManager.hasSuperUserAccess' }, { method: 'UsersManager.getUsersLogin' }];
    if (withEmails) calls.push({ method: 'UsersManager.getUsers' });
    const [superUser, logins, users] = await this.client.bulk(calls, requestOptions);
    const isSuper = scalarBoolean(unwrap(superUser), { key: 'whether this is a super user (yes or no)' });
    if (!isSuper) return { superUser: false, logins: [], emails: {} };
    // Own properties only (Object.fromEntries): a login such as `__proto__` is a key like any other.
    const byLogin = new Map<string, string>();
    if (users !== undefined && !isApiError(users) && Array.isArray(users)) {
      for (const user of users) {
        const login = (user as { login?: unknown })?.login;
        const email = (user as { email?: unknown })?.email;
        if (typeof login === 'string' && typeof email === 'string' && email.includes('@')) byLogin.set(login, email);
      }
    }
    const emails: Record<string, string> = Object.fromEntries(byLogin);
    const list = isApiError(logins) ? Object.keys(emails) : expectArray(logins, { key: 'a list of logins' }).filter((l): l is string => typeof l === 'string');
    return { superUser: true, logins: [...new Set(list)].sort((a, b) => a.localeCompare(b)), emails };
  }
}

/** Reads `ActivityLog.getEntryCount`'s answer. */
const readCount = (data: unknown): number => scalarNumber(data, { key: 'the number of activities (a number)' });

function unwrap<T>(value: T | ApiError): T {
  if (isApiError(value)) throw value;
  return value;
}

function filterParams(query: Omit<ActivityQuery, 'offset' | 'limit'>) {
  const params: MatomoParams = { filterByUserLogin: query.user || undefined, filterByActivityType: query.type || undefined };
  // Activity Log 5.1's days, in Matomo's range form (UTC without a site): open ends from its first possible day, up to today.
  if (query.days) Object.assign(params, { period: 'range', date: `${query.days.from || FIRST_DAY},${query.days.to || 'today'}` });
  return params;
}

/** The first day Matomo accepts in a date (`Date::FIRST_WEBSITE_TIMESTAMP`). */
export const FIRST_DAY = '1991-08-06';

function entriesParams(query: ActivityQuery) {
  const offset = Math.max(0, Math.floor(query.offset));
  const limit = query.limit < 0 ? -1 : Math.max(1, Math.floor(query.limit));
  // filter_limit caps any answer at 100 rows over HTTP unless it is given explicitly.
  return { ...filterParams(query), offset, limit, filter_limit: limit };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * Logins, types, descriptions, avatar URLs and countries repeat across thousands of entries, but
 * every answer decodes its own copies: entries kept (a text search's matches, an export, a page's
 * load events) share one string per value instead. Bounded: at most 500 values, forgotten together.
 */
const values = new Map<string, string>();
function shared(value: unknown): string | undefined {
  const s = text(value);
  if (s === undefined || s.length > 200) return s;
  const known = values.get(s);
  if (known !== undefined) return known;
  if (values.size >= 500) values.clear();
  values.set(s, s);
  return s;
}

/** Normalises a raw `ActivityLog.getEntries` answer; entries that are not objects are dropped. */
export function toEntries(data: unknown): ActivityEntry[] {
  return expectArray(data, { key: 'a list of activities' }).flatMap((r, index): ActivityEntry[] => {
    if (!isRecord(r)) return [];
    const parameters = isRecord(r.parameters) ? r.parameters : {};
    return [
      {
        id: text(r.id) ?? `row-${index}`,
        userLogin: shared(r.user_login) ?? '',
        type: shared(r.type) ?? '',
        parameters,
        datetime: parseUtcDateTime(r.datetime),
        description: shared(r.description) ?? '',
        avatar: shared(r.avatar),
        country: shared(r.country),
        countryName: shared(r.country_name),
        ip: shared(r.ip),
      },
    ];
  });
}
