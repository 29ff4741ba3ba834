import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { ActivityEntry, ActivitySource, ActivityViewer } from '../api/activity-source.js';
import { isApiError } from '../api/errors.js';
import { isAbort } from '../core/errors.js';
import { LazyPart } from '../core/lazy-part.js';
import { ResumableTask } from '../core/resumable-task.js';
import { activityType } from './catalogue.js';
import { chunks } from './chunks.js';
import type { FilterScan } from './filter-scan.js';
import { FILTERS, needsScan, type ActivityFilters } from './filters.js';
import { ActivityView, type ViewPage } from './view.js';

type CountTask = ReturnType<Awaited<ReturnType<typeof chunks.scan>>['countTask']>;

/** A page on screen: the view it belongs to, where it starts, and when it was loaded. */
export interface Shown {
  scan: ActivityView;
  page: ViewPage;
  offset: number;
  pageSize: number;
  /** When it was loaded (ms). */
  at: number;
}

/** What the query reads from its widget, and tells it. */
export interface QueryOptions {
  /** The filters in force. */
  filters(): ActivityFilters;
  /** Entries per page. */
  pageSize(): number;
  /** Entries a text search checks before it stops and asks. */
  scanLimit(): number;
  /** Where entries come from (a new object reads everything again). */
  source(): ActivitySource;
  /** Whether to ask who is looking with their users' e-mail addresses (avatars). */
  withEmails(): boolean;
  /** What a page waits for before it shows, if anything (live updates getting ready to follow it). */
  ready?(): Promise<unknown> | undefined;
  /** A page was loaded; the widget is about to show it. */
  onPage(shown: Shown): void;
  /** A text search finished counting: the total of the page shown is final. */
  onCount(shown: Shown): void;
  /** Loading a page failed (aborted loads are not failures). */
  onError(error: unknown): void;
}

/**
 * What `<activity-log>` shows, and how it is read: who is looking, the page of the filtered view
 * (paging, the view of the filters and its cache, the scan's code loaded when a filter needs it),
 * the count of a text search finished after its first page, and what live updates found (new
 * entries above the page, or marked new on the first page). A filter change goes back to the
 * first page; a page size change keeps the first entry shown on its page.
 *
 * The tasks are `ResumableTask`s: removing the widget aborts what is loading, putting it back
 * loads it again.
 */
export class QueryController implements ReactiveController {
  #offset = 0;
  /** Bumped by `reload()` (and when live updates lose track): every view is read again. */
  #generation = 0;
  /** Bumped when the page must be read again with the same view (new entries, a search extended). */
  #revision = 0;
  /** Bumped when the source changes. */
  #sourceId = 0;
  #source: ActivitySource | undefined;
  #filtersKey: string | undefined;
  #pageSize = 0;
  #view: ActivityView | undefined;
  #viewKey = '';
  #shown: Shown | undefined;
  #newIds = new Set<string>();
  #newAbove = 0;
  #seenTypes = new Set<string>();
  #seenLogins = new Set<string>();

  /** Date ranges and text search in the browser, reading everything, following new entries: loaded on first use. */
  readonly #scanPart: LazyPart<Awaited<ReturnType<typeof chunks.scan>>>;

  readonly viewerTask: ResumableTask<readonly [number, boolean], ActivityViewer>;
  readonly pageTask: ResumableTask<readonly [number, number, ...Array<string | number>], { scan: ActivityView; page: ViewPage; offset: number; pageSize: number }>;
  /** Counts a text search to its end once its first page is shown (made with the scan's code). */
  #count: CountTask | undefined;

  constructor(
    readonly host: ReactiveControllerHost,
    readonly options: QueryOptions,
  ) {
    this.#scanPart = new LazyPart(host, () => chunks.scan(), {
      onReady: (code) =>
        (this.#count = code.countTask(host, (scan, counted) => {
          const shown = this.#shown;
          if (shown?.scan !== scan) return;
          shown.page = { ...shown.page, ...counted };
          options.onCount(shown);
        })),
    });
    // Before the tasks: hostUpdate() settles the page before they read their arguments.
    host.addController(this);
    this.viewerTask = new ResumableTask(host, {
      args: () => [this.#sourceId, options.withEmails()] as const,
      task: ([, withEmails], { signal }) => options.source().getViewer({ signal, withEmails }),
    });
    this.pageTask = new ResumableTask(host, {
      args: () => {
        const f = options.filters();
        return [this.#offset, this.#pageSize, this.#sourceId, options.scanLimit(), this.#generation, this.#revision, ...FILTERS.map((filter) => f[filter.key])] as const;
      },
      task: async ([offset, pageSize], { signal }) => {
        this.#count?.abort();
        const filters = options.filters();
        if (needsScan(filters)) await this.#scanPart.load();
        signal.throwIfAborted();
        const scan = this.#viewFor(filters);
        const [page] = await Promise.all([scan.page(offset, pageSize, signal), options.ready?.()]);
        return { scan, page, offset, pageSize };
      },
      onComplete: (result) => this.#show(result.scan, result.page, result.offset, result.pageSize),
      onError: (error) => {
        if (!isAbort(error)) options.onError(error);
      },
    });
  }

  hostUpdate(): void {
    const { options } = this;
    const source = options.source();
    if (source !== this.#source) {
      this.#source = source;
      this.#sourceId++;
    }
    const f = options.filters();
    const key = JSON.stringify(FILTERS.map((filter) => f[filter.key]));
    // Other filters: back to the first page.
    if (this.#filtersKey !== undefined && key !== this.#filtersKey) {
      this.#offset = 0;
      this.#newIds.clear();
      this.#newAbove = 0;
    }
    this.#filtersKey = key;
    // Another page size: the page that holds the first entry shown.
    const size = options.pageSize();
    if (this.#pageSize && size !== this.#pageSize) this.#offset = Math.floor(this.#offset / size) * size;
    this.#pageSize = size;
  }

  // ---------------------------------------------------------------- what is shown

  /** The page on screen, once one has loaded (it stays while another loads, or fails to). */
  get shown(): Shown | undefined {
    return this.#shown;
  }

  /** Whether a page is loading (or about to). */
  get pending(): boolean {
    return this.pageTask.status === TaskStatus.PENDING || this.pageTask.status === TaskStatus.INITIAL;
  }

  /** Why the last page did not load, while that is so. */
  get error(): unknown {
    return this.pageTask.status === TaskStatus.ERROR ? this.pageTask.error : undefined;
  }

  /** Whether the last load failed because the server refused the token (or this network's sign-ins). */
  get refused(): boolean {
    const error = this.error;
    return isApiError(error) && error.kind === 'auth';
  }

  /** Who is looking, once known. */
  get viewer(): ActivityViewer | undefined {
    return this.viewerTask.value;
  }

  /** Why checking who is looking failed (when the page itself did not fail: its error box says it all). */
  get viewerError(): unknown {
    const { status, error } = this.viewerTask;
    return status === TaskStatus.ERROR && !isAbort(error) && !this.error ? error : undefined;
  }

  /** Position of the first entry of the page asked for. */
  get offset(): number {
    return this.#offset;
  }

  /** Entries that arrived live on the first page. */
  get newIds(): ReadonlySet<string> {
    return this.#newIds;
  }

  /** Types the catalogue does not know and logins, seen in the pages shown (offered by the filters). */
  get seenTypes(): ReadonlySet<string> {
    return this.#seenTypes;
  }

  get seenLogins(): ReadonlySet<string> {
    return this.#seenLogins;
  }

  /** Whether the dates of `f` are those of a view that found them reversed or not dates. */
  invalidRange(f: ActivityFilters): boolean {
    const view = this.#view;
    return !!view?.invalid && view.filters.dateFrom === f.dateFrom && view.filters.dateTo === f.dateTo;
  }

  /** New activities above the page shown, counted by live updates (the first page, or other filters, clears them). */
  get newAbove(): number {
    return this.#newAbove;
  }

  /** The notices above the list (they come with the scan's code, notices.ts): new activities above this page, a text search stopped at its bound. */
  notices(locale: string): TemplateResult | typeof nothing {
    return this.#scanPart.value?.renderNotices(this, locale) ?? nothing;
  }

  // ---------------------------------------------------------------- what the reader asks

  /** Reads everything again (the filters and the page stay). */
  reload(): void {
    this.#generation++;
    this.host.requestUpdate();
  }

  /** Loads again what failed: who is looking, and the page. */
  retry(): void {
    if (this.viewerTask.status === TaskStatus.ERROR) void this.viewerTask.run();
    void this.pageTask.run();
  }

  /** Shows the page that starts at `offset` (0 or more); the first page clears the count of new activities above. */
  goTo = (offset: number): void => {
    this.#offset = Math.max(0, offset);
    this.#newIds.clear();
    if (this.#offset === 0) this.#newAbove = 0;
    this.host.requestUpdate();
  };

  /** Reads the page shown again with the same view (new entries arrived, a text search checks further). */
  again(): void {
    this.#revision++;
    this.host.requestUpdate();
  }

  // ---------------------------------------------------------------- reading everything, following new entries

  /** Loads the scan's code (live updates need it). */
  loadScan(): Promise<unknown> {
    return this.#scanPart.load();
  }

  /** The current view as a `FilterScan` (which can read everything and follow new entries), loading its code if needed. */
  async fullScan(): Promise<FilterScan> {
    await this.#scanPart.load();
    return this.#viewFor(this.options.filters(), true) as FilterScan;
  }

  /** The view of the page shown or asked for (live updates check it for new entries). */
  get view(): ActivityView | undefined {
    return this.#view;
  }

  /**
   * New activities arrived (live updates): on the first page they are marked new; above a later
   * page they are counted, and the page keeps its entries.
   */
  arrived(added: readonly ActivityEntry[]): void {
    const n = added.length;
    if (this.#offset === 0) {
      for (const entry of added) this.#newIds.add(entry.id);
    } else {
      this.#offset += n;
      this.#newAbove += n;
    }
    this.again();
  }

  /** Too much changed to follow (live updates): everything is read again, on the same page. */
  lost(): void {
    this.#newAbove = 0;
    this.reload();
  }

  // ---------------------------------------------------------------- views

  /**
   * The view of these filters (kept while they, the source, the scan limit and the generation
   * stay). A plain view (server-side filters only) becomes a `FilterScan` with `full`, keeping the
   * count it read.
   */
  #viewFor(filters: ActivityFilters, full = false): ActivityView {
    const { options } = this;
    const key = JSON.stringify([this.#sourceId, filters, options.scanLimit(), this.#generation]);
    const old = this.#view;
    const same = !!old && this.#viewKey === key;
    const M = this.#scanPart.value;
    if (!same || (full && !isScan(old))) {
      const source = options.source();
      this.#view =
        M && (full || needsScan(filters)) ? new M.FilterScan(source, filters, { scanLimit: options.scanLimit(), total: same ? old!.serverTotal : undefined }) : new ActivityView(source, filters);
      this.#viewKey = key;
      if (same && this.#shown?.scan === old) this.#shown.scan = this.#view;
    }
    return this.#view!;
  }

  #show(scan: ActivityView, page: ViewPage, offset: number, pageSize: number): void {
    noteSeen(page.entries, this.#seenTypes, this.#seenLogins);
    const shown: Shown = { scan, page, offset, pageSize, at: Date.now() };
    this.#shown = shown;
    if (isScan(scan) && scan.counting) void this.#count?.run([scan]);
    this.host.requestUpdate();
    this.options.onPage(shown);
  }
}

const isScan = (view: ActivityView | undefined): view is FilterScan => !!view && 'all' in view;

/** Notes the types the catalogue does not know and the logins of `entries` (for the filters' options). */
function noteSeen(entries: readonly ActivityEntry[], types: Set<string>, logins: Set<string>): void {
  for (const entry of entries) {
    if (!activityType(entry.type).known) types.add(entry.type);
    if (entry.userLogin) logins.add(entry.userLogin);
  }
}
