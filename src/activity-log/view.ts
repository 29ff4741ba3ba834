import type { ActivityEntry, ActivitySource } from '../api/activity-source.js';
import { translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { hasFilters, serverQuery, type ActivityFilters, type ServerQuery } from './filters.js';

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

  /** What the summary says of a page of this view, in `locale`: "Showing 1–25 of 1,234 activities.", "No matching activities." */
  summary(page: ViewPage, offset: number, locale: string): string {
    const t = translator(locale);
    if (this.invalid) return t.text(this.invalid);
    const { total, entries } = page;
    // "Matching": some filter is set.
    const matching = hasFilters(this.filters);
    if (entries.length === 0) {
      if (total === 0) return t.t(matching ? 'No matching activities.' : 'No activities.');
      return matching
        ? t.plural(total, { one: 'Nothing on this page; {count} matching activity in all.', other: 'Nothing on this page; {count} matching activities in all.' })
        : t.plural(total, { one: 'Nothing on this page; {count} activity in all.', other: 'Nothing on this page; {count} activities in all.' });
    }
    // {from}–{to}: the positions of the page's first and last entries.
    const range = { from: offset + 1, to: offset + entries.length };
    return matching
      ? t.plural(total, { one: 'Showing {from}–{to} of {count} matching activity.', other: 'Showing {from}–{to} of {count} matching activities.' }, range)
      : t.plural(total, { one: 'Showing {from}–{to} of {count} activity.', other: 'Showing {from}–{to} of {count} activities.' }, range);
  }
}
