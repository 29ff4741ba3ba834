import type { ReactiveControllerHost } from 'lit';
import type { ActivityEntry, ActivityQuery, ActivitySource } from '../api/activity-source.js';
import { BadResponseError, isAbort } from '../api/errors.js';
import { parseCalendarDate } from '../core/dates.js';
import { ResumableTask } from '../core/resumable-task.js';
import { translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { entryTests, type EntryTest } from './entry-tests.js';
import { shiftMessage, type Shift } from './notices.js';
import { ActivityView, type ActivityFilters, type ScanProgress, type ViewPage } from './view.js';

export type { ActivityFilters, ScanProgress, ViewPage } from './view.js';
/** The notices of a scan or of live updates, in the scan's file (see notices.ts). */
export { renderNotices } from './notices.js';

export interface FilterScanOptions {
  /** Entries per request (default 100: Matomo's default `filter_limit`, sent explicitly). */
  chunkSize?: number;
  /** Entries a text search checks before it stops and asks (default 5,000). */
  scanLimit?: number;
  /** Offsets probed per round trip while looking for the ends of a date range (default 7). */
  probes?: number;
  /** The server's count, when a plain view (user and type filters only) already read it. */
  total?: number | undefined;
  /**
   * Pages an export reads per round trip (default 10: a bulk request of 10 × 100 entries, about a
   * megabyte of JSON that Matomo holds in memory at once, in a form-encoded body of about 2 KB).
   */
  pagesPerTrip?: number;
}
type Time = number | null;

/** Where an export's reading is: the entries a round trip brought, where the next starts, the end, and the last entry read. */
interface Trip {
  got: ActivityEntry[];
  at: number;
  end: number;
  anchor?: string | undefined;
}

/**
 * The activity log moved during an export in a way that could leave a gap (activities removed,
 * or more new ones than a round trip reads): nothing is saved, and exporting again reads it anew.
 */
export class ExportShiftError extends BadResponseError {
  override name = 'ExportShiftError';
  constructor(readonly shift: Shift) {
    super(shiftMessage(shift));
  }
}

/**
 * The activity log seen through a set of filters, over a source that may not support them all.
 *
 * Matomo's API filters by user and type only, and returns entries newest first. The date range
 * is found by searching the newest-first list for its two ends (a few offsets per round trip,
 * with a bulk request when the source has one), which gives exact totals and direct paging
 * without reading the entries in between. A text search (or any filter tested entry by entry, see
 * entry-tests.ts) reads the entries inside that window in chunks, only as far as the page shown
 * needs, then counts on up to `scanLimit` entries. A source that declares `filters.dateRange` /
 * `filters.text` gets those filters sent instead.
 *
 * Concurrent calls share their requests: two pages of the same search never read a chunk twice,
 * and an aborted caller does not break the others.
 */
export class FilterScan extends ActivityView {
  /** True when some filtering happens in the browser (date range or text). */
  readonly clientSide: boolean;

  readonly #start: number | undefined;
  readonly #end: number | undefined;
  readonly #clientDate: boolean;
  /** Whether some filter is tested entry by entry in the browser (a text search): the scan reads every entry of the window. */
  readonly #byEntry: boolean;
  readonly #test: EntryTest;
  readonly #chunk: number;
  readonly #limit: number;
  readonly #probes: number;
  readonly #pages: number;

  #lo = 0;
  #hi = 0;
  #windowKnown = false;
  #windowRun: Promise<void> | undefined;
  #times = new Map<number, Time>();

  #matches: ActivityEntry[] = [];
  #seen = new Set<string>();
  #cursor = 0;
  #scanEnd = 0;
  #stepRun: Promise<void> | undefined;
  /** The id of the last entry a text search read (where an export's first round trip anchors). */
  #lastId: string | undefined;
  /** Bumped when new entries shift every offset; a chunk read across a shift is discarded. */
  #epoch = 0;

  constructor(source: ActivitySource, filters: ActivityFilters, options: FilterScanOptions = {}) {
    super(source, filters);
    this.#chunk = Math.max(1, Math.floor(options.chunkSize ?? 100));
    this.#limit = Math.max(this.#chunk, Math.floor(options.scanLimit ?? 5000));
    this.#probes = Math.max(1, Math.floor(options.probes ?? 7));
    this.#pages = Math.max(1, Math.floor(options.pagesPerTrip ?? 10));
    const range = rangeInstants(filters.dateFrom, filters.dateTo);
    this.invalid = range.invalid ?? '';
    this.#start = range.start;
    this.#end = range.end;
    const serverDates = source.filters?.dateRange === true;
    const serverText = source.filters?.text === true;
    this.#clientDate = !serverDates && (this.#start !== undefined || this.#end !== undefined);
    const tests = entryTests(filters, new Set(serverText ? ['search'] : []));
    this.#byEntry = tests.length > 0;
    this.#test = (entry) => tests.every((test) => test(entry));
    this.clientSide = this.#clientDate || this.#byEntry;
    this.server = {
      ...this.server,
      from: serverDates && this.#start !== undefined ? new Date(this.#start).toISOString() : undefined,
      to: serverDates && this.#end !== undefined ? new Date(this.#end).toISOString() : undefined,
      text: serverText && filters.search.trim() ? filters.search.trim() : undefined,
    };
    if (options.total !== undefined && !this.clientSide) this.#setWindow(0, options.total, options.total);
  }

  /** Whether the total of the current view is still being counted (a text search not yet finished nor bounded). */
  override get counting(): boolean {
    return this.#byEntry && !(this.#windowKnown && (this.#cursor >= this.#hi || this.#cursor >= this.#scanEnd));
  }

  /** The state of a browser-side text search, if there is one. */
  get progress(): ScanProgress | undefined {
    if (!this.#byEntry || !this.#windowKnown) return undefined;
    const complete = this.#cursor >= this.#hi;
    return { checked: this.#cursor - this.#lo, window: this.#hi - this.#lo, complete, bounded: !complete && this.#cursor >= this.#scanEnd };
  }

  /** `limit` entries of the filtered view from `offset`, with the total. */
  override async page(offset: number, limit: number, signal?: AbortSignal): Promise<ViewPage> {
    offset = Math.max(0, Math.floor(offset));
    limit = Math.max(1, Math.floor(limit));
    if (this.invalid) return { entries: [], total: 0, totalExact: true };
    if (!this.clientSide) {
      const page = await super.page(offset, limit, signal);
      this.#setWindow(0, page.total, page.total);
      return page;
    }
    await this.#ensureWindow(signal);
    if (!this.#byEntry) {
      const start = this.#lo + offset;
      const count = Math.min(limit, this.#hi - start);
      const entries = count > 0 ? await this.source.getEntries({ ...this.server, offset: start, limit: count }, { signal }) : [];
      // Entries that moved across an end between requests (new activity arriving) are left out.
      return { entries: entries.filter((e) => this.#inRange(e)), total: this.#hi - this.#lo, totalExact: true };
    }
    await this.#scanUntil(offset + limit + 1, false, signal);
    return { entries: this.#matches.slice(offset, offset + limit), total: this.#matches.length, totalExact: this.progress?.complete ?? false, scan: this.progress };
  }

  /** The summary of a page whose total is still being counted, or was counted up to the search's bound (a search: its entries match). */
  override summary(page: ViewPage, offset: number, locale: string): string {
    if (page.totalExact || this.invalid || (page.entries.length === 0 && !this.counting)) return super.summary(page, offset, locale);
    const t = translator(locale);
    if (page.entries.length === 0) return t.t('Searching…');
    // {from}–{to}: the positions of the page's first and last entries; {count}: the matching entries found so far.
    const range = { from: offset + 1, to: offset + page.entries.length };
    if (page.scan?.bounded) return t.plural(page.total, { one: 'Showing {from}–{to} of {count} matching activity found so far.', other: 'Showing {from}–{to} of {count} matching activities found so far.' }, range);
    return t.plural(page.total, { one: 'Showing {from}–{to} of at least {count} matching activity (still counting).', other: 'Showing {from}–{to} of at least {count} matching activities (still counting).' }, range);
  }

  /** Finishes counting a browser-side text search (up to its bound) and returns the total. */
  async count(signal?: AbortSignal): Promise<{ total: number; totalExact: boolean; scan?: ScanProgress | undefined }> {
    if (this.invalid) return { total: 0, totalExact: true };
    await this.#ensureWindow(signal);
    if (!this.#byEntry) return { total: this.#hi - this.#lo, totalExact: true };
    await this.#scanUntil(Infinity, false, signal);
    return { total: this.#matches.length, totalExact: this.progress?.complete ?? false, scan: this.progress };
  }

  /** Lets a bounded text search check `scanLimit` more entries. */
  extend(): void {
    this.#scanEnd = Math.max(this.#scanEnd, this.#cursor) + this.#limit;
  }

  /**
   * The position in this view of the newest entry older than `t` (ms): where "go to date" goes, `t`
   * being the end of the day asked for. Found in the newest-first list as the ends of a date range
   * are (the first chunk, then a few offsets per round trip); a text search reads on until it has
   * found such an entry (within its bound). A source that filters whole UTC days (Activity Log 5.1)
   * first counts the entries of the days after `t`'s: the position is there, or within that day.
   * At least the view's total when every entry is newer (`t` is before the oldest activity).
   */
  async positionBefore(t: number, signal?: AbortSignal): Promise<number> {
    if (this.invalid) return 0;
    await this.#ensureWindow(signal);
    if (this.#byEntry) {
      const found = () => this.#matches.findIndex((entry) => olderThan(timeOf(entry), t));
      while (found() < 0 && this.#cursor < Math.min(this.#hi, this.#scanEnd)) await this.#step(signal);
      const i = found();
      return i < 0 ? this.#matches.length : i;
    }
    let lo = this.#lo;
    const days = !this.#clientDate && !this.server.days && this.source.countDays && t <= Date.now() ? nextUtcDay(t) : undefined;
    // Entries of the UTC days after the one `t` falls in (from that day itself when `t` is its
    // midnight) are all newer: counted with the first chunk's read (a recent day is in it), in parallel.
    const [newer] = await Promise.all([
      days ? this.source.countDays!({ ...this.server, days: { from: days, to: '' } }, { signal }) : undefined,
      this.#readTimes(lo, Math.min(this.#chunk, this.#hi - lo), signal),
    ]);
    if (newer?.filtered) lo = Math.min(this.#hi, Math.max(lo, newer.count));
    return (await this.#firstOlder(t, lo, this.#hi, signal)) - this.#lo;
  }

  /**
   * Every entry of the filtered view, newest first (for exports). `onProgress(done, of)` reports
   * entries read out of the entries to read. Reads `pagesPerTrip` pages per round trip (one bulk
   * request when the source has one); a text search goes on from where its scan stopped, keeping
   * what it found. New activities arriving meanwhile shift the newest-first offsets: each round
   * trip starts one entry early, on the last entry read, so that the shift is seen, and repeats
   * are dropped; the end is checked by one more entry past it. When the list moved in a way that
   * could hide entries (some removed, or more new ones than a round trip reads), it rejects with
   * `ExportShiftError` rather than return a list with a gap.
   */
  async all(signal?: AbortSignal, onProgress?: (done: number, of: number) => void): Promise<ActivityEntry[]> {
    if (this.invalid) return [];
    await this.#ensureWindow(signal);
    const lo = this.#lo;
    if (this.#byEntry) {
      const report = () => onProgress?.(Math.min(this.#cursor, this.#hi) - lo, this.#hi - lo);
      report();
      while (this.#cursor < this.#hi) {
        await this.#step(signal, true);
        report();
      }
      return this.#matches.slice();
    }
    const out: ActivityEntry[] = [];
    const seen = new Set<string>();
    let read: Trip = { got: [], at: lo, end: this.#hi };
    onProgress?.(0, read.end - lo);
    while (read.at < read.end) {
      read = await this.#trip(read, seen, signal);
      for (const entry of read.got) if (this.#inRange(entry)) out.push(entry);
      onProgress?.(read.at - lo, read.end - lo);
    }
    return out;
  }

  /**
   * One round trip of an export: up to `pagesPerTrip` pages from `at` (one bulk request, or pages
   * in parallel), one entry earlier when an entry was read before (`anchor`, the last one), and
   * one entry past `end` when the trip reaches it. Returns the entries not seen before (added to
   * `seen`), where the next trip starts and where the end now is (`end === at`: nothing more).
   */
  async #trip(last: Trip, seen: Set<string>, signal?: AbortSignal): Promise<Trip> {
    const { anchor, end } = last;
    // The anchor makes the first page one entry longer, so that a trip still reads whole pages of new entries.
    const extra = anchor === undefined ? 0 : 1;
    const from = last.at - extra;
    const span = Math.min(end - from, this.#chunk * this.#pages + extra);
    const queries: ActivityQuery[] = [];
    for (let o = from; o < from + span; ) {
      const limit = Math.min(o === from ? this.#chunk + extra : this.#chunk, from + span - o);
      queries.push({ ...this.server, offset: o, limit });
      o += limit;
    }
    // Whether the list goes on past the end known (it grew where no shift was seen, or the count was wrong).
    const probe = from + span >= end;
    if (probe) queries.push({ ...this.server, offset: from + span, limit: 1 });
    // A page longer than asked for (a server ignoring the limit) is cut: positions are counted from what was asked.
    const answers = (await this.#many(queries, signal)).map((page, i) => page.slice(0, queries[i]!.limit));
    const pages = probe ? answers.slice(0, -1) : answers;
    const list = pages.flat();
    const fresh = new Set<string>();
    const got = list.filter((entry) => !seen.has(entry.id) && !fresh.has(entry.id) && !!fresh.add(entry.id));
    // A trip after the first must meet its anchor, unless the list moved by more than the trip (then nothing is new).
    if (anchor !== undefined && got.length && !list.some((entry) => entry.id === anchor)) throw new ExportShiftError('removed');
    for (const id of fresh) seen.add(id);
    const at = from + list.length;
    // Entries read twice, besides the anchor: new activities moved the list down by as many, and its end with it.
    const next: Trip = { got, at, end: end + (list.length - got.length - extra), anchor: list.at(-1)?.id ?? anchor };
    const short = pages.some((page, i) => page.length < queries[i]!.limit);
    if (short || this.#pastStart(list)) next.end = at;
    else if (!got.length) throw new ExportShiftError('moved');
    else if (probe && at >= next.end) {
      const after = answers.at(-1)?.[0];
      const more = !!after && !seen.has(after.id) && !(this.#clientDate && this.#start !== undefined && olderThan(timeOf(after), this.#start));
      next.end = more ? at + this.#chunk * this.#pages : at;
    }
    return next;
  }

  /** Several queries in one round trip: one bulk request when the source has one, else in parallel. */
  #many(queries: ActivityQuery[], signal?: AbortSignal): Promise<ActivityEntry[][]> {
    return this.source.getMany ? this.source.getMany(queries, { signal }) : Promise.all(queries.map((q) => this.source.getEntries(q, { signal })));
  }

  /**
   * Looks for activities recorded since the last look (one count request; the new entries only
   * when there are some). Returns the new entries that belong to this view, newest first, and
   * shifts every position so the pages already seen stay where they are. `reset` means too much
   * changed to follow: start again.
   */
  async checkForNew(signal?: AbortSignal): Promise<{ added: ActivityEntry[]; reset: boolean }> {
    const before = this.serverTotal;
    if (before === undefined || this.invalid) return { added: [], reset: false };
    const total = await this.source.getCount(this.server, { signal });
    const delta = total - before;
    if (delta === 0) return { added: [], reset: false };
    if (delta < 0 || delta > this.#chunk) return { added: [], reset: true };
    const fresh = await this.source.getEntries({ ...this.server, offset: 0, limit: delta }, { signal });
    if (this.serverTotal !== before || fresh.length !== delta || fresh.some((e) => this.#seen.has(e.id))) return { added: [], reset: true };
    return { added: this.#prepend(fresh, total), reset: false };
  }

  #prepend(fresh: ActivityEntry[], total: number): ActivityEntry[] {
    this.#epoch++;
    this.serverTotal = total;
    const n = fresh.length;
    if (this.#windowKnown) {
      const notOlder = (t: number | undefined) => (t === undefined ? n : fresh.filter((e) => !olderThan(timeOf(e), t)).length);
      this.#lo += this.#end === undefined ? 0 : notOlder(this.#end);
      this.#hi += notOlder(this.#start);
      this.#cursor += n;
      this.#scanEnd += n;
      this.#times.clear();
    }
    const inView = fresh.filter((e) => this.#inRange(e) && (!this.#byEntry || this.#test(e)));
    if (this.#byEntry) {
      for (const e of fresh) this.#seen.add(e.id);
      this.#matches.unshift(...inView);
    }
    return inView;
  }

  #setWindow(lo: number, hi: number, total: number): void {
    this.serverTotal = total;
    this.#lo = lo;
    this.#hi = hi;
    if (!this.#windowKnown) {
      this.#cursor = lo;
      this.#scanEnd = lo + this.#limit;
    }
    this.#windowKnown = true;
  }

  #inRange(entry: ActivityEntry): boolean {
    if (!this.#clientDate) return true;
    const t = timeOf(entry);
    if (t === null) return false;
    return (this.#start === undefined || t >= this.#start) && (this.#end === undefined || t < this.#end);
  }

  async #ensureWindow(signal?: AbortSignal): Promise<void> {
    while (!this.#windowKnown) {
      this.#windowRun ??= this.#findWindow(signal).finally(() => (this.#windowRun = undefined));
      await shared(this.#windowRun, signal);
    }
  }

  async #findWindow(signal?: AbortSignal): Promise<void> {
    let total: number | undefined;
    let exact = false;
    // A source that filters whole UTC days (Matomo's Activity Log 5.1) narrows the list to the days
    // around the range first: one count, then its pages; the ends are looked for only inside it,
    // when they fall within a UTC day.
    const around = this.#clientDate && this.source.countDays ? serverDays(this.#start, this.#end, Date.now()) : undefined;
    if (around) {
      const answer = await this.source.countDays!({ ...this.server, days: around.days }, { signal });
      total = answer.count;
      if (answer.filtered) {
        this.server = { ...this.server, days: around.days };
        exact = around.exact;
      }
    }
    total ??= await this.source.getCount(this.server, { signal });
    let lo = 0;
    let hi = total;
    if (this.#clientDate && !exact) {
      if (this.#end !== undefined) lo = await this.#firstOlder(this.#end, 0, total, signal);
      if (this.#start !== undefined) hi = await this.#firstOlder(this.#start, lo, total, signal);
    }
    this.#setWindow(lo, hi, total);
  }

  /**
   * The first position in [lo, hi) whose entry is older than `t` (hi when none is), in a
   * newest-first list. Reads the first chunk whole (recent ranges are the common case), then
   * narrows the rest a few probes per round trip.
   */
  async #firstOlder(t: number, lo: number, hi: number, signal?: AbortSignal): Promise<number> {
    let first = true;
    while (lo < hi) {
      if (first || hi - lo <= this.#chunk) {
        const count = Math.min(this.#chunk, hi - lo);
        const times = await this.#readTimes(lo, count, signal);
        const i = times.findIndex((time) => olderThan(time, t));
        if (i >= 0) return lo + i;
        if (times.length < count) return lo + times.length; // the list ended early
        lo += count;
        first = false;
        continue;
      }
      const step = (hi - lo) / (this.#probes + 1);
      const points = [...new Set(Array.from({ length: this.#probes }, (_, j) => lo + Math.max(0, Math.round(step * (j + 1)) - 1)))].filter((p) => p >= lo && p < hi);
      const times = await this.#probe(points, signal);
      let narrowed = false;
      for (let j = 0; j < points.length; j++) {
        if (olderThan(times[j] ?? null, t) || times[j] === undefined) {
          hi = points[j]!;
          narrowed = true;
          break;
        }
        lo = points[j]! + 1;
      }
      if (!narrowed && lo >= hi) break;
    }
    return lo;
  }

  /** Times of `count` entries from `offset` (one request); cached by position. */
  async #readTimes(offset: number, count: number, signal?: AbortSignal): Promise<Time[]> {
    const cached = Array.from({ length: count }, (_, i) => this.#times.get(offset + i));
    if (cached.every((t) => t !== undefined)) return cached as Time[];
    const epoch = this.#epoch;
    const entries = await this.source.getEntries({ ...this.server, offset, limit: count }, { signal });
    const times = entries.map(timeOf);
    if (epoch === this.#epoch) times.forEach((time, i) => this.#times.set(offset + i, time));
    return times;
  }

  /** Times at a few positions: one bulk request when the source has one, else parallel requests. Undefined past the end. */
  async #probe(points: number[], signal?: AbortSignal): Promise<Array<Time | undefined>> {
    const found = new Map<number, Time>();
    for (const p of points) if (this.#times.has(p)) found.set(p, this.#times.get(p)!);
    const missing = points.filter((p) => !found.has(p));
    if (missing.length) {
      const epoch = this.#epoch;
      const queries = missing.map((offset) => ({ ...this.server, offset, limit: 1 }));
      const answers = this.source.getMany
        ? await this.source.getMany(queries, { signal })
        : await Promise.all(queries.map((q) => this.source.getEntries(q, { signal })));
      missing.forEach((offset, i) => {
        const entry = answers[i]?.[0];
        if (!entry) return;
        found.set(offset, timeOf(entry));
        if (epoch === this.#epoch) this.#times.set(offset, timeOf(entry));
      });
    }
    return points.map((p) => (found.has(p) ? found.get(p)! : undefined));
  }

  async #scanUntil(need: number, unbounded: boolean, signal?: AbortSignal): Promise<void> {
    await this.#ensureWindow(signal);
    while (this.#matches.length < need && this.#cursor < (unbounded ? this.#hi : Math.min(this.#hi, this.#scanEnd))) {
      await this.#step(signal);
    }
  }

  /**
   * Reads the next chunk of a text search (with `trip`, an export's round trip of several pages);
   * concurrent callers wait for the same read, then read on.
   */
  async #step(signal?: AbortSignal, trip = false): Promise<void> {
    this.#stepRun ??= (trip ? this.#readTrip(signal) : this.#readChunk(signal)).finally(() => (this.#stepRun = undefined));
    await shared(this.#stepRun, signal);
  }

  async #readChunk(signal?: AbortSignal): Promise<void> {
    const epoch = this.#epoch;
    const start = this.#cursor;
    const count = Math.min(this.#chunk, this.#hi - start);
    if (count <= 0) return;
    const entries = await this.#read(start, count, signal);
    if (epoch !== this.#epoch) return; // offsets moved while reading: read again from the shifted cursor
    this.#absorb(entries);
    this.#cursor = start + entries.length;
    this.#lastId = entries.at(-1)?.id ?? this.#lastId;
    if (entries.length < count) this.#hi = this.#cursor; // the list ended early
  }

  /** An export's round trip through a text search: from its cursor to the end, anchored on the last entry it read. */
  async #readTrip(signal?: AbortSignal): Promise<void> {
    const epoch = this.#epoch;
    if (this.#cursor >= this.#hi) return;
    const read = await this.#trip({ got: [], at: this.#cursor, end: this.#hi, anchor: this.#cursor > this.#lo ? this.#lastId : undefined }, this.#seen, signal);
    if (epoch !== this.#epoch) {
      for (const entry of read.got) this.#seen.delete(entry.id); // read again from the shifted cursor
      return;
    }
    for (const entry of read.got) if (this.#inRange(entry) && this.#test(entry)) this.#matches.push(entry);
    this.#cursor = read.at;
    this.#hi = read.end;
    this.#lastId = read.anchor;
  }

  /** Adds the entries of a text search that match (each entry once). */
  #absorb(entries: readonly ActivityEntry[]): void {
    for (const entry of entries) {
      if (this.#seen.has(entry.id)) continue;
      this.#seen.add(entry.id);
      if (this.#inRange(entry) && this.#test(entry)) this.#matches.push(entry);
    }
  }

  #read(offset: number, limit: number, signal?: AbortSignal): Promise<ActivityEntry[]> {
    return this.source.getEntries({ ...this.server, offset, limit }, { signal });
  }

  /** Whether a newest-first chunk reached entries older than the range's start. */
  #pastStart(chunk: readonly ActivityEntry[]): boolean {
    const last = chunk[chunk.length - 1];
    return this.#clientDate && this.#start !== undefined && !!last && olderThan(timeOf(last), this.#start);
  }
}

/**
 * Counts a text search to its end once its first page is shown, as a task of the widget (removing
 * it stops counting, putting it back goes on); `counted` gets the final total.
 */
export function countTask(host: ReactiveControllerHost, counted: (scan: FilterScan, total: { total: number; totalExact: boolean; scan?: ScanProgress | undefined }) => void) {
  return new ResumableTask(host, {
    autoRun: false,
    args: (): readonly [FilterScan | undefined] => [undefined],
    task: async ([scan], { signal }) => (scan ? [scan, await scan.count(signal)] as const : undefined),
    onComplete: (result) => result && counted(...result),
  });
}

/**
 * Awaits work started by any caller. When it fails because *its* starter aborted while this
 * caller did not, resolves so that the caller's loop starts the work again with its own signal.
 */
async function shared(run: Promise<void>, signal?: AbortSignal): Promise<void> {
  try {
    await run;
  } catch (error) {
    if (isAbort(error) && !signal?.aborted) return;
    throw error;
  }
}

/**
 * The instants a calendar range covers in the browser's time zone: `[start, end)` in
 * milliseconds, from local midnight of `from` to local midnight after `to`. An empty bound is
 * open (undefined). `invalid` is set when a bound is not a date or the range is reversed.
 */
export function rangeInstants(from: string, to: string): { start?: number; end?: number; invalid?: Text } {
  const a = from ? parseCalendarDate(from) : null;
  const b = to ? parseCalendarDate(to) : null;
  // {date}: what was given as a date, as given.
  if (from && !a) return { invalid: { key: '“{date}” is not a date.', params: { date: from } } };
  if (to && !b) return { invalid: { key: '“{date}” is not a date.', params: { date: to } } };
  if (a && b && a.getTime() > b.getTime()) return { invalid: { key: 'The start date is after the end date.' } };
  const range: { start?: number; end?: number } = {};
  if (a) range.start = a.getTime();
  if (b) range.end = new Date(b.getFullYear(), b.getMonth(), b.getDate() + 1).getTime();
  return range;
}

const DAY = 86_400_000;

/**
 * The whole UTC days that cover `[start, end)`, as a source filtering days takes them, and
 * whether they cover exactly that (both ends UTC midnights, or the end after now). Undefined for
 * a range that starts after now (nothing to ask the server for).
 */
export function serverDays(start: number | undefined, end: number | undefined, now: number): { days: { from: string; to: string }; exact: boolean } | undefined {
  if (start !== undefined && start > now) return undefined;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const openEnd = end === undefined || end > now;
  return {
    days: { from: start === undefined ? '' : day(start), to: openEnd ? '' : day(end - 1) },
    exact: (start === undefined || start % DAY === 0) && (openEnd || end % DAY === 0),
  };
}

/** The first UTC day (`YYYY-MM-DD`) whose entries are all at or after `t`: `t`'s own day when `t` is its midnight, else the next. */
function nextUtcDay(t: number): string {
  return new Date(Math.ceil(t / DAY) * DAY).toISOString().slice(0, 10);
}

const timeOf = (entry: ActivityEntry): Time => (entry.datetime ? entry.datetime.getTime() : null);

/** Whether an entry's time is older than `t`. Entries without a time never count as older, so they stay in place. */
const olderThan = (time: Time, t: number): boolean => time !== null && time < t;
