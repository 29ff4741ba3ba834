import type { ActivityEntry, ActivitySource } from '../api/activity-source.js';
import { translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { serverQuery, type ActivityFilters, type ServerQuery } from './filters.js';
import { summaryWords } from './summary.js';

export type { ActivityFilters, ServerQuery } from './filters.js';

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

/**
 * The activity log through the filters the server applies (user and type, see filters.ts): one
 * round trip per page, entries and count together. `FilterScan` (loaded on demand) extends it with what the
 * browser must do itself (date ranges, text search) and with reading everything (exports) and
 * following new entries (live updates).
 */
export class ActivityView {
  readonly filters: Readonly<ActivityFilters>;
  /** A reason the filters cannot be applied (a reversed date range), or ''. */
  invalid: Text | '' = '';
  /** The server's count for the server-side filters, once known. */
  serverTotal: number | undefined;
  protected readonly source: ActivitySource;
  protected server: ServerQuery;

  constructor(source: ActivitySource, filters: ActivityFilters) {
    this.source = source;
    this.filters = { ...filters };
    this.server = serverQuery(filters);
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

  /** What the summary says of a page of this view: "Showing 1–25 of 1,234 activities.", "No matching activities." */
  summary(page: ViewPage, offset: number, locale: string): string {
    if (this.invalid) return translator(locale).text(this.invalid);
    const { count, matching, noun, range } = summaryWords(this.filters, page, offset, locale);
    if (page.entries.length === 0) return page.total === 0 ? `No ${matching}activities.` : `Nothing on this page; ${count(page.total)} ${noun} in all.`;
    return `Showing ${range} of ${count(page.total)} ${noun}.`;
  }
}
