import type { ActivityEntry, ActivityQuery, ActivitySource } from '../api/activity-source.js';

/** The filters of the activity log. Empty strings mean "no filter". */
export interface ActivityFilters {
  /** Only this login's activities (super users only; the server gives others their own whatever this says). */
  user: string;
  /** Only this type id, e.g. `ActivityLog/GoalAdded`. */
  activityType: string;
  /** First day shown, `YYYY-MM-DD`, in the browser's time zone. */
  dateFrom: string;
  /** Last day shown (inclusive), `YYYY-MM-DD`, in the browser's time zone. */
  dateTo: string;
  /** Words that must all appear in the entry (user, description, type, details, IP, country). */
  search: string;
}

/** How far a client-side text search has got through the entries it must check. */
export interface ScanProgress {
  /** Entries checked so far. */
  checked: number;
  /** Entries the search has to check (those matching the server-side filters and the date range). */
  window: number;
  /** Every entry was checked: the total is exact. */
  complete: boolean;
  /** The search stopped at its bound (`scanLimit` entries); `extend()` lets it go further. */
  bounded: boolean;
}

/** One page of the filtered view. */
export interface ViewPage {
  entries: ActivityEntry[];
  /** Matching entries: exact when `totalExact`, otherwise the number found so far (a lower bound). */
  total: number;
  totalExact: boolean;
  /** Set when the text search runs in the browser. */
  scan?: ScanProgress | undefined;
}

export type ServerQuery = Omit<ActivityQuery, 'offset' | 'limit'>;

/** Whether the filters need `FilterScan`: dates and text (the browser applies them, or turns them into a source's own query). */
export const needsScan = (f: ActivityFilters): boolean => !!(f.dateFrom || f.dateTo || f.search.trim());

/**
 * The activity log through the filters the server applies (user and type): one round trip per
 * page, entries and count together. `FilterScan` (loaded on demand) extends it with what the
 * browser must do itself (date ranges, text search) and with reading everything (exports) and
 * following new entries (live updates).
 */
export class ActivityView {
  readonly filters: Readonly<ActivityFilters>;
  /** A reason the filters cannot be applied (a reversed date range), or ''. */
  invalid = '';
  /** The server's count for the server-side filters, once known. */
  serverTotal: number | undefined;
  protected readonly source: ActivitySource;
  protected server: ServerQuery;

  constructor(source: ActivitySource, filters: ActivityFilters) {
    this.source = source;
    this.filters = { ...filters };
    this.server = { user: filters.user || undefined, type: filters.activityType || undefined };
  }

  /** Whether the total is still being counted (a browser-side text search). */
  get counting(): boolean {
    return false;
  }

  /** `limit` entries of the filtered view from `offset`, with the total. */
  async page(offset: number, limit: number, signal?: AbortSignal): Promise<ViewPage> {
    const query = { ...this.server, offset: Math.max(0, Math.floor(offset)), limit: Math.max(1, Math.floor(limit)) };
    const s = this.source;
    const { entries, total } = s.getPage
      ? await s.getPage(query, { signal })
      : await Promise.all([s.getEntries(query, { signal }), s.getCount(this.server, { signal })]).then(([entries, total]) => ({ entries, total }));
    this.serverTotal = total;
    return { entries, total, totalExact: true };
  }
}
