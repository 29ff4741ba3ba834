import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { WidgetElement } from '../core/widget-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { formatCount } from '../core/format.js';
import { clampNumber, PAGE_SIZE_RANGE, SCAN_LIMIT_RANGE } from '../core/numbers.js';
import { isAbort, isDashboardError } from '../core/errors.js';
import { isApiError } from '../api/errors.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart } from '../core/lazy-part.js';
import { ResumableTask } from '../core/resumable-task.js';
import { DefaultSource } from '../core/default-source.js';
import { Announcer } from '../core/announcer.js';
import { ClockController } from '../core/clock-controller.js';
import { RovingTabindex } from '../core/roving-tabindex.js';
import { MatomoClient } from '../api/matomo.js';
import { MatomoActivitySource, type ActivitySource } from '../api/activity-source.js';
import { activityTypeRegistry } from './activity-types.js';
import type { ExportFormat } from './export.js';
import type { FilterScan } from './filter-scan.js';
import type * as GravatarModule from './gravatar.js';
import type { LiveRefresh, TickOutcome } from './live.js';
import { chunks } from './chunks.js';
import { ActivityChangeEvent, ActivityErrorEvent, ActivityExportEvent, ActivityLoadEvent, type ActivityErrorDetail, type ActivityExportDetail } from './events.js';
import { ActivityView, needsScan, type ActivityFilters, type ViewPage } from './view.js';
import type { ActivityRow } from './rows.js';
import * as list from './list.js';
import { RowList, type AvatarPicture } from './list-rows.js';
import { activityLogStyles } from './activity-log.styles.js';
import { listStyles } from './list.styles.js';
import { ShareToggle } from '../embed/share-toggle.js';

export type { ActivityFilters } from './view.js';

export type { ActivityLoadDetail, ActivityExportDetail, ActivityErrorDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}

const PAGE_SIZES = [10, 25, 50, 100];
const SEARCH_DELAY = 300;

/** The buttons' icons (16×16, currentColor). */
const icon = (d: string) =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;
const REFRESH = icon('M13.25 8A5.25 5.25 0 1 1 11.7 4.3M13.25 2.5v3.25H10');
const DOWNLOAD = icon('M8 2.25v8M4.75 7 8 10.25 11.25 7M2.75 13.25h10.5');

const isScan = (view: ActivityView | undefined): view is FilterScan => !!view && 'all' in view;

interface Shown {
  scan: ActivityView;
  page: ViewPage;
  offset: number;
  pageSize: number;
  at: number;
}

interface ExportState {
  format: ExportFormat;
  /** "Exporting CSV… 200 of 1,234 checked", once the export's code reports progress. */
  label?: string;
  done: number;
  of: number;
  controller: AbortController;
}

/**
 * The audit trail of a Matomo server (its Activity Log plugin): who did what, and when. Super
 * users see everyone's activities and can filter by user; other users see their own.
 *
 * @summary Matomo's Activity Log: filter, page, export and follow live.
 * @tag activity-log
 *
 * @fires {ActivityLoadEvent} dw-activity-load - A page of entries was loaded and rendered (and again when a text search has finished counting). Detail: `{ entries, total, totalExact, page, pageSize, offset, filters }`.
 * @fires {ActivityChangeEvent} dw-activity-change - The reader changed a filter. Detail: the filters `{ user, activityType, dateFrom, dateTo, search }`.
 * @fires {ActivityExportEvent} dw-activity-export - An export was saved. Detail: `{ format, count, fileName }`.
 * @fires {ActivityErrorEvent} dw-activity-error - Loading, refreshing or exporting failed. Detail: `{ error, kind, message, during }`, `during` being `load`, `refresh` or `export`.
 *
 * @slot title - The heading (default "Activity log").
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title, live status and actions.
 * @csspart title - The heading.
 * @csspart live-status - "Live", "Paused", "Offline" (with `refresh-interval`).
 * @csspart pause-button - Pauses and resumes live updates.
 * @csspart refresh-button - Reloads now.
 * @csspart export-csv - The CSV export button.
 * @csspart export-json - The JSON export button.
 * @csspart share-button - Opens the Share / embed panel (iframe and script-tag snippets).
 * @csspart share-panel - The Share / embed panel.
 * @csspart export-progress - Progress of a running export.
 * @csspart filters - The filter bar.
 * @csspart user-filter - The user select (super users only).
 * @csspart type-filter - The activity-type select.
 * @csspart date-from - The start-date input.
 * @csspart date-to - The end-date input.
 * @csspart search - The text-search input.
 * @csspart clear-button - Clears every filter.
 * @csspart note - The "your own activities" note for users who are not super users.
 * @csspart summary - "Showing 1–25 of 1,234 activities" (a polite live region).
 * @csspart notice - Notices: new activities above, a bounded search, a failed refresh.
 * @csspart list - The list of activities.
 * @csspart row - One activity.
 * @csspart avatar - The initials (and, with `gravatar`, the picture).
 * @csspart user - Who did it.
 * @csspart description - What was done.
 * @csspart type - The type's icon and category.
 * @csspart details - Each detail of an activity: the site, goal, user… concerned.
 * @csspart time - When (relative; the exact local time on hover and focus).
 * @csspart empty - The "nothing matches" message.
 * @csspart error - The error box.
 * @csspart retry-button - Retry in the error box.
 * @csspart pagination - Previous/next and rows per page.
 * @csspart prev-button - Previous page.
 * @csspart next-button - Next page.
 * @csspart page-size - Rows-per-page select.
 *
 * @cssproperty --activity-log-avatar-size - Avatar diameter (default 32px).
 * @cssproperty --activity-log-row-gap - Space between a row's columns (default 1.25 × --dw-space).
 * @cssproperty --activity-log-row-padding - Padding of a row (default --dw-space).
 * @cssproperty --activity-log-row-border - Line between rows (default 1px solid the border colour).
 * @cssproperty --activity-log-new-row-background - Background of rows that arrived live (default the success surface).
 * @cssproperty --activity-log-max-height - Height after which the list scrolls (default none).
 */
export class ActivityLog extends WidgetElement {
  static override tagName = 'activity-log';
  static override styles = [baseStyles, controlStyles, activityLogStyles, listStyles];

  // Declared here rather than with decorators (as in the base class): a file with decorators carries
  // a helper of its own.
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    user: {},
    activityType: { attribute: 'activity-type' },
    dateFrom: { attribute: 'date-from' },
    dateTo: { attribute: 'date-to' },
    search: {},
    gravatar: { type: Boolean },
    avatarBase: { attribute: 'avatar-base' },
    hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    scanLimit: { type: Number, attribute: 'scan-limit' },
    source: { attribute: false },
  };

  /** Entries per page: 10, 25, 50 or 100 are offered; any size from 1 to 1000 is accepted (larger ones count as 1000, others as 25). */
  pageSize = 25;

  /** Only this login's activities (super users; the server shows others their own whatever this says). */
  user = '';

  /** Only this activity type, e.g. `ActivityLog/GoalAdded`. */
  activityType = '';

  /** First day shown, `YYYY-MM-DD`, in the reader's time zone. */
  dateFrom = '';

  /** Last day shown (inclusive), `YYYY-MM-DD`, in the reader's time zone. */
  dateTo = '';

  /** Text search: every word must appear in the user, description, type or details. */
  search = '';

  /**
   * Show avatars from an avatar service. Off by default: no request goes to any avatar service,
   * whatever the server's entries say. On: the service's picture for the user's e-mail hash, or
   * the server's avatar URL; initials whenever there is no picture.
   */
  gravatar = false;

  /** Base URL of the avatar service (default Gravatar); a Libravatar-style service or your own works alike. */
  avatarBase = 'https://gravatar.com/avatar/';

  /** Hides the heading visually (it still names the widget for screen readers): for pages that give the widget a heading of their own. */
  hideTitle = false;

  /** Seconds between checks for new activities, 5 to 86,400 (values outside are clamped); 0 switches live updates off. */
  refreshInterval = 0;

  /** Entries a text search checks before it stops and offers to search further, 100 to 100,000 (default 5000; values outside are clamped). */
  scanLimit = 5000;

  /**
   * Where entries come from. Default: the Matomo server at `api-base` with `token`. Pass your
   * own `ActivitySource` to connect another backend (it may filter dates and text itself).
   */
  source: ActivitySource | undefined;

  /** The filters as one object; setting it sets the filter properties it names. */
  get filters(): ActivityFilters {
    return { user: this.user, activityType: this.activityType, dateFrom: this.dateFrom, dateTo: this.dateTo, search: this.search };
  }

  set filters(value: Partial<ActivityFilters>) {
    if (typeof value?.user === 'string') this.user = value.user;
    if (typeof value?.activityType === 'string') this.activityType = value.activityType;
    if (typeof value?.dateFrom === 'string') this.dateFrom = value.dateFrom;
    if (typeof value?.dateTo === 'string') this.dateTo = value.dateTo;
    if (typeof value?.search === 'string') this.search = value.search;
  }

  #offset = 0;
  #generation = 0;
  #revision = 0;
  #sourceId = 0;
  #scan: ActivityView | undefined;
  #avatars: InstanceType<typeof GravatarModule.Avatars> | undefined;
  /** Whether the next render may ask again for the avatars' code, after it failed to arrive. */
  #retryAvatars = false;
  /** Counts the avatar pictures' changes (a hash computed, a picture loaded or failed). */
  #pictures = 0;
  /** The live code loading (it never rejects: a failure shows as a refresh error). */
  #liveLoading: Promise<void> | undefined;
  #scanKey = '';
  #shown: Shown | undefined;
  #newIds = new Set<string>();
  #newAbove = 0;
  #refreshError: unknown;
  #searchDraft = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #exporting: ExportState | undefined;
  #exportError: { error: unknown; format: ExportFormat } | undefined;
  #seenTypes = new Set<string>();
  #seenLogins = new Set<string>();
  /** The locale in force, resolved once per render. */
  #locale = 'en';

  /** The parts loaded on first use (see chunks.ts): date and text filtering, export, live updates, avatars. */
  #scanPart = new LazyPart(this, () => chunks.scan());
  #exportPart = new LazyPart(this, () => chunks.export());
  #livePart = new LazyPart(this, () => chunks.live());
  #gravatarPart = new LazyPart(this, () => chunks.gravatar(), {
    onReady: (m) =>
      (this.#avatars = new m.Avatars(() => {
        this.#pictures++;
        this.requestUpdate();
      })),
  });
  #defaultSource = new DefaultSource(({ apiBase, token, timeout }) => new MatomoActivitySource(new MatomoClient({ apiBase, token, timeout })));
  #announcer = new Announcer(this);
  /** Relative times ("5 minutes ago") move on every 30 seconds. */
  #clock = new ClockController(this);
  /** The rows, moved through with the arrow keys. */
  #roving = new RovingTabindex(
    this,
    () => this.#shown?.page.entries.map((e) => e.id) ?? [],
    (key) => this.#rows?.row(key),
  );

  #live: LiveRefresh | undefined;
  #share = new ShareToggle(this);
  #rows: RowList | undefined;
  /**
   * Whether the type filter offers every type. About 90 options in groups cost more layout than a
   * page of rows, so they are added once the first rows are painted, or as soon as the select gets
   * focus (a click or a tap focuses it before it opens); until then it offers "All activities" and
   * the type chosen.
   */
  #allTypes = false;
  /** Whether the skeleton rows show while loading (from the first frame on). */
  #skeleton = false;
  #skeletonFrame = 0;

  #viewerTask = new ResumableTask(this, {
    args: () => [...this.#connectionArgs(), this.gravatar] as const,
    task: async (_args, { signal }) => {
      return this.#source().getViewer({ signal, withEmails: this.gravatar });
    },
  });

  #pageTask = new ResumableTask(this, {
    args: () =>
      [
        ...this.#connectionArgs(),
        this.user,
        this.activityType,
        this.dateFrom,
        this.dateTo,
        this.search,
        this.#scanLimitValue,
        this.#generation,
        this.#offset,
        this.#pageSizeValue,
        this.#revision,
      ] as const,
    task: async (args, { signal }) => {
      this.#countTask.abort();
      if (needsScan(this.filters)) await this.#scanPart.load();
      signal.throwIfAborted();
      const scan = this.#scanFor(this.filters);
      const offset = args[args.length - 3] as number;
      const pageSize = args[args.length - 2] as number;
      // With live updates, the page shows once they can follow it.
      const [page] = await Promise.all([scan.page(offset, pageSize, signal), this.#liveLoading]);
      return { scan, page, offset, pageSize };
    },
    onComplete: (result) => this.#onPageLoaded(result.scan, result.page, result.offset, result.pageSize),
    onError: (error) => {
      if (isAbort(error)) return;
      // A refused token stops live updates too: nothing is tried again until the reader asks.
      if (isApiError(error) && error.kind === 'auth') this.#live?.stop();
      this.#emitError(error, 'load');
    },
  });

  /** Counts a text search to its end once a page is shown (run by `#onPageLoaded`). */
  #countTask = new ResumableTask(this, {
    autoRun: false,
    args: (): readonly [ActivityView | undefined] => [undefined],
    task: async ([scan], { signal }) => {
      if (!isScan(scan)) return undefined;
      const result = await scan.count(signal);
      return { owner: scan, ...result };
    },
    onComplete: (result) => {
      const shown = this.#shown;
      if (!result || !shown || shown.scan !== result.owner) return;
      shown.page = { ...shown.page, total: result.total, totalExact: result.totalExact, scan: result.scan };
      this.#announcer.announce(list.summaryText(shown, this.effectiveLocale));
      this.#emitLoad(shown); // the same entries again, now with the search's final count
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    activityTypeRegistry.addEventListener('change', this.#onCatalogue);
    // Back in the page: the tasks the removal aborted run again (ResumableTask), and a search
    // still being typed is applied.
    if (this.hasUpdated && this.#searchDraft !== this.search) this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    activityTypeRegistry.removeEventListener('change', this.#onCatalogue);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    // Requests in flight are aborted (the tasks' by themselves, the live refresh's by its
    // controller); reconnecting runs them again. A running export stops.
    this.#exporting?.controller.abort();
  }

  /** Reloads now, dropping what was cached (the filters and the page stay). After a refused token, tries it once more. */
  reload(): void {
    this.#retrySignIn();
    this.#generation++;
    this.#refreshError = undefined;
    this.requestUpdate();
  }

  /** @deprecated Use `reload()` (the same method every widget has); kept as an alias. */
  refresh(): void {
    this.reload();
  }

  /**
   * Exports every entry of the current filtered view (not only the page shown) as a CSV or JSON
   * file, with progress. Resolves with what was saved, or undefined when cancelled or failed.
   */
  async exportEntries(format: ExportFormat): Promise<ActivityExportDetail | undefined> {
    if (this.#exporting) return undefined;
    const controller = new AbortController();
    const state: ExportState = { format, done: 0, of: 0, controller };
    this.#exporting = state;
    this.#exportError = undefined;
    this.requestUpdate();
    try {
      // The export's code (and the scan's, for reading everything) loads on the first export.
      const [{ saveExport }, scan] = await Promise.all([this.#exportPart.load(), this.#fullScan()]);
      controller.signal.throwIfAborted();
      const [detail, said] = await saveExport(scan, state, this.effectiveLocale, () => this.requestUpdate());
      this.#announcer.announce(said);
      this.emit(new ActivityExportEvent(detail));
      return detail;
    } catch (error) {
      if (isAbort(error)) {
        this.#announcer.announce('Export cancelled.');
      } else {
        this.#exportError = { error, format };
        this.#emitError(error, 'export');
      }
      return undefined;
    } finally {
      if (this.#exporting === state) this.#exporting = undefined;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filterChanged = (['user', 'activityType', 'dateFrom', 'dateTo', 'search'] as const).some((key) => changed.has(key));
    if (filterChanged && this.hasUpdated) {
      this.#offset = 0;
      this.#newIds.clear();
      this.#newAbove = 0;
    }
    if (changed.has('search') && this.search !== this.#searchDraft && !this.#searchTimer) this.#searchDraft = this.search;
    if (changed.has('pageSize') && this.hasUpdated) {
      const size = this.#pageSizeValue;
      this.#offset = Math.floor(this.#offset / size) * size;
    }
    if (changed.has('source')) this.#sourceId++;
    if (changed.has('refreshInterval')) this.#startLive();
  }

  /** Live updates load their code (and the scan's) when first switched on. */
  #startLive(): void {
    if (this.#live) this.#live.interval = this.refreshInterval;
    else if (this.refreshInterval > 0 && !this.#liveLoading) {
      this.#liveLoading = Promise.all([this.#livePart.load(), this.#scanPart.load()])
        .then(
          ([{ LiveRefresh }]) => {
            this.#refreshError = undefined;
            const live = (this.#live = new LiveRefresh(this, (signal) => this.#tick(signal)));
            live.interval = this.refreshInterval;
            if (this.#refused()) live.stop();
          },
          (error: unknown) => {
            this.#refreshError = error;
            this.#emitError(error, 'refresh');
          },
        )
        .finally(() => {
          this.#liveLoading = undefined;
          this.requestUpdate();
        });
    }
  }

  /** The current view as a `FilterScan` (which can read everything and follow new entries), loading its code if needed. */
  async #fullScan(): Promise<FilterScan> {
    await this.#scanPart.load();
    return this.#scanFor(this.filters, true) as FilterScan;
  }

  // ---------------------------------------------------------------- data

  get #pageSizeValue(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? clampNumber(size, PAGE_SIZE_RANGE, 25) : 25;
  }

  get #scanLimitValue(): number {
    return clampNumber(this.scanLimit, SCAN_LIMIT_RANGE, 5000);
  }

  #connectionArgs(): [string, string, number, number] {
    const { apiBase, token } = this.connection('matomo');
    return [apiBase, token, this.timeoutMs, this.#sourceId];
  }

  #source(): ActivitySource {
    return this.source ?? this.#defaultSource.for({ ...this.connection('matomo'), timeout: this.timeoutMs });
  }

  /**
   * The view of these filters (kept while they, the connection and the generation stay). A plain
   * view (user and type filters) becomes a `FilterScan` with `full`, keeping the count it read.
   */
  #scanFor(filters: ActivityFilters, full = false): ActivityView {
    const source = this.#source();
    const key = JSON.stringify([this.#connectionArgs(), filters, this.#scanLimitValue, this.#generation]);
    const old = this.#scan;
    const same = !!old && this.#scanKey === key;
    const M = this.#scanPart.value;
    if (!same || (full && !isScan(old))) {
      this.#scan = M && (full || needsScan(filters)) ? new M.FilterScan(source, filters, { scanLimit: this.#scanLimitValue, total: same ? old!.serverTotal : undefined }) : new ActivityView(source, filters);
      this.#scanKey = key;
      if (same && this.#shown?.scan === old) this.#shown.scan = this.#scan;
    }
    return this.#scan!;
  }

  #onPageLoaded(scan: ActivityView, page: ViewPage, offset: number, pageSize: number): void {
    const { entries } = page;
    list.noteSeen(entries, this.#seenTypes, this.#seenLogins);
    const shown: Shown = { scan, page, offset, pageSize, at: Date.now() };
    this.#shown = shown;
    this.#roving.keep();
    if (scan.counting) void this.#countTask.run([scan]);
    // Announced once the rows are in the DOM, so listeners can read them.
    this.requestUpdate();
    void this.updateComplete.then(async () => {
      await this.#rows?.complete();
      if (this.#shown !== shown) return;
      this.#emitLoad(shown);
      this.#keepFocus();
      if (!this.#allTypes) requestAnimationFrame(() => setTimeout(this.#offerAllTypes));
    });
  }

  #offerAllTypes = () => {
    if (this.#allTypes) return;
    this.#allTypes = true;
    this.requestUpdate();
  };

  #emitLoad({ page, offset, pageSize, scan }: Shown): void {
    this.emit(
      new ActivityLoadEvent({
      entries: page.entries,
      total: page.total,
      totalExact: page.totalExact,
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
        offset,
        filters: { ...scan.filters },
      }),
    );
  }

  /** A time of day ("3:05 PM") in the reader's locale. */
  #clockTime(at: number): string {
    return new Intl.DateTimeFormat(this.effectiveLocale, { hour: 'numeric', minute: '2-digit' }).format(at);
  }

  /** When the control that had focus became disabled (last page reached), focus moves to the list. */
  #keepFocus(): void {
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null;
    if (active && active.disabled) this.#roving.focus();
  }

  #emitError(error: unknown, during: ActivityErrorDetail['during']): void {
    this.emit(new ActivityErrorEvent(errorDetail(error, during)));
  }

  async #tick(signal: AbortSignal): Promise<TickOutcome> {
    if (!this.#scan || !this.#shown || this.#pageTask.status === TaskStatus.PENDING || this.#exporting) return 'skip';
    // A plain view becomes a FilterScan here, keeping the count its page read.
    const scan = await this.#fullScan();
    try {
      const { added, reset } = await scan.checkForNew(signal);
      if (scan !== this.#scan) return 'skip';
      this.#refreshError = undefined;
      if (reset) {
        this.#generation++;
        this.#newAbove = 0;
      } else if (added.length) {
        const n = added.length;
        if (this.#offset === 0) {
          for (const entry of added) this.#newIds.add(entry.id);
        } else {
          this.#offset += n;
          this.#newAbove += n;
        }
        this.#revision++;
        this.#announcer.announce(`${list.newActivities(n, this.effectiveLocale)}.`);
      }
      this.requestUpdate();
      return 'ok';
    } catch (error) {
      if (isAbort(error)) return 'skip';
      this.#refreshError = error;
      this.#emitError(error, 'refresh');
      this.requestUpdate();
      throw error; // the live code decides: stop (the token or access was refused) or keep trying
    }
  }

  /**
   * With `gravatar`, the avatars' code (e-mail hashing) loads when the rows are first shown, and
   * on each render after a failed load; the rows show initials until then, or if it cannot load.
   */
  #loadAvatars(): void {
    const part = this.#gravatarPart;
    if (!this.gravatar || part.status === 'loading' || part.status === 'ready') return;
    // After a failure, the next render asks again: not the one the failure itself asked for.
    if (part.status === 'failed' && !this.#retryAvatars) {
      this.#retryAvatars = true;
      return;
    }
    this.#retryAvatars = false;
    void part.need();
  }

  /** The avatar picture of a row (with `gravatar`, once the avatars' code is there). */
  #avatar = (row: ActivityRow): AvatarPicture | undefined =>
    this.gravatar ? this.#avatars?.picture(row.entry, this.#viewerTask.value?.emails ?? {}, this.avatarBase, this.connection('matomo').apiBase) : undefined;

  // ---------------------------------------------------------------- reader's actions

  #changeFilter(patch: Partial<ActivityFilters>): void {
    this.filters = patch;
    this.emit(new ActivityChangeEvent(this.filters));
  }

  #onUser = (e: Event) => this.#changeFilter({ user: (e.target as HTMLSelectElement).value });
  #onType = (e: Event) => this.#changeFilter({ activityType: (e.target as HTMLSelectElement).value });
  #onFrom = (e: Event) => this.#changeFilter({ dateFrom: (e.target as HTMLInputElement).value });
  #onTo = (e: Event) => this.#changeFilter({ dateTo: (e.target as HTMLInputElement).value });

  #onSearchInput = (e: Event) => {
    this.#searchDraft = (e.target as HTMLInputElement).value;
    this.requestUpdate(); // the field's value binding follows what is typed, so clearing it later empties it
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  };

  #onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.#applySearch();
    }
  };

  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    if (this.#searchDraft.trim() === this.search.trim()) return;
    this.#changeFilter({ search: this.#searchDraft });
  }

  #clearFilters = () => {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#searchDraft = '';
    this.#changeFilter({ user: '', activityType: '', dateFrom: '', dateTo: '', search: '' });
  };

  #clearDates = () => this.#changeFilter({ dateFrom: '', dateTo: '' });

  #goTo(offset: number): void {
    this.#offset = Math.max(0, offset);
    this.#newIds.clear();
    if (this.#offset === 0) this.#newAbove = 0;
    this.requestUpdate();
  }

  #prev = () => this.#goTo(this.#offset - this.#pageSizeValue);
  #next = () => this.#goTo(this.#offset + this.#pageSizeValue);
  #newest = () => {
    this.#newAbove = 0;
    this.#goTo(0);
  };

  #onPageSize = (e: Event) => {
    this.pageSize = Number((e.target as HTMLSelectElement).value);
  };

  /**
   * The reader asks to try again: after a refused token, the next requests may try it once more
   * (the widget never does on its own: Matomo counts each refusal as a failed sign-in).
   */
  #retrySignIn(): void {
    const source = this.#source();
    if (source instanceof MatomoActivitySource) source.client.retrySignIn();
  }

  /** Whether the last load failed because the server refused the token (or this network's sign-ins). */
  #refused(): boolean {
    const error = this.#pageTask.status === TaskStatus.ERROR ? this.#pageTask.error : undefined;
    return isApiError(error) && error.kind === 'auth';
  }

  #retry = () => {
    this.#retrySignIn();
    if (this.#viewerTask.status === TaskStatus.ERROR) void this.#viewerTask.run();
    void this.#pageTask.run();
    if (this.#live?.state === 'stopped' && !this.#refreshError) this.#live.resume();
  };

  #retryRefresh = () => {
    this.#retrySignIn();
    this.#refreshError = undefined;
    if (!this.#live) this.#startLive();
    else if (this.#live.state === 'off') this.reload();
    else this.#live.resume();
    this.requestUpdate();
  };

  #searchFurther = () => {
    const scan = this.#shown?.scan;
    if (isScan(scan)) scan.extend();
    this.#revision++;
    this.requestUpdate();
  };

  #togglePause = () => {
    const live = this.#live;
    if (!live) this.#retryRefresh(); // the live code did not load: try again
    else if (this.#refused()) this.#retry(); // stopped by a refused load: Resume loads again (and resumes)
    else if (live.state === 'paused' || live.state === 'stopped') {
      if (live.state === 'stopped') this.#retrySignIn();
      this.#refreshError = undefined;
      live.resume();
    } else live.pause();
  };

  #exportCsv = () => void this.exportEntries('csv');
  #exportJson = () => void this.exportEntries('json');
  #cancelExport = () => this.#exporting?.controller.abort();
  #retryExport = () => {
    this.#retrySignIn();
    const format = this.#exportError?.format ?? 'csv';
    void this.exportEntries(format);
  };

  #onCatalogue = () => {
    this.#rows?.invalidate();
    this.requestUpdate();
  };

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    this.#locale = this.effectiveLocale;
    const task = this.#pageTask;
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const failed = task.status === TaskStatus.ERROR;
    const shown = this.#shown;
    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.#renderHeader()} ${this.#renderFilters()} ${this.#renderNote()}
      <p class="summary" part="summary" role="status">${shown ? list.summaryText(shown, this.#locale) : pending ? 'Loading activities…' : ''}</p>
      ${this.#announcer.render()}
      ${this.#renderExport()} ${failed ? errorBox(task.error, this.#retry, shown ? 'Could not load these activities; the list below is from before' : 'Could not load the activities') : nothing}
      ${this.#renderNotices()}
      <div class="progress-line ${pending && shown ? 'on' : ''}" aria-hidden="true"></div>
      ${shown ? this.#renderList(shown, pending) : failed ? nothing : this.#renderSkeleton()} ${shown && !pending
        ? list.renderEmpty(shown, this.#viewerTask.value?.superUser === false, this.#clearFilters, this.#clearDates)
        : nothing} ${this.#renderPager(shown)}
    </section>`;
  }

  #liveState(): string {
    return this.#live?.state ?? (this.refreshInterval > 0 ? (this.#refreshError || this.#refused() ? 'stopped' : 'live') : 'off');
  }

  #renderHeader(): TemplateResult {
    const state = this.#liveState();
    const canExport = !!this.#shown && this.#shown.page.total > 0 && !this.#exporting;
    return html`<header class="header" part="header">
      <h2 id="title" class="title${this.hideTitle ? ' visually-hidden' : ''}" part="title"><slot name="title">Activity log</slot></h2>
      ${state === 'off'
        ? nothing
        : html`<span class="live-status ${state}" part="live-status"><span class="dot" aria-hidden="true"></span>${this.#liveLabel()}</span>
            <button type="button" class="small" part="pause-button" ?disabled=${!!this.#liveLoading} @click=${this.#togglePause}>${state === 'paused' || state === 'stopped' ? 'Resume' : 'Pause'}<span class="visually-hidden"> live updates</span></button>`}
      <span class="actions">
        <button type="button" class="small" part="refresh-button" @click=${() => this.reload()}>${REFRESH}<span class="label">Refresh</span></button>
        <button type="button" class="small" part="export-csv" ?disabled=${!canExport} @click=${this.#exportCsv}>${DOWNLOAD}<span class="visually-hidden">Export as </span>CSV</button>
        <button type="button" class="small" part="export-json" ?disabled=${!canExport} @click=${this.#exportJson}>${DOWNLOAD}<span class="visually-hidden">Export as </span>JSON</button>
        ${this.#share.button()}
      </span>
    </header>
    ${this.#share.panel()}`;
  }

  #liveLabel(): string {
    const state = this.#liveState();
    if (state === 'paused') return 'Paused';
    if (state === 'stopped') return 'Live updates stopped';
    if (state === 'offline') return 'Offline: retrying';
    const at = this.#live?.lastSuccess || this.#shown?.at;
    return at ? `Live · updated ${this.#clockTime(at)}` : 'Live';
  }

  #renderFilters(): TemplateResult {
    const viewer = this.#viewerTask.value;
    const any = this.#hasFilters();
    return html`<form class="filters" part="filters" role="search" aria-label="Filter activities" @submit=${(e: Event) => e.preventDefault()}>
      ${viewer?.superUser ? list.renderUserFilter(viewer, this.#seenLogins, this.user, this.#onUser) : nothing}
      <label class="field type-field${viewer?.superUser ? '' : ' alone'}"
        ><span class="field-label">Activity</span>
        <select part="type-filter" @focus=${this.#offerAllTypes} @change=${this.#onType}>
          <option value="" ?selected=${!this.activityType}>All activities</option>
          ${this.#allTypes ? list.typeOptions(this.#seenTypes, this.activityType) : list.chosenType(this.activityType)}
        </select></label
      >
      <label class="field"
        ><span class="field-label">From</span>
        <input type="date" part="date-from" .value=${this.dateFrom} max=${this.dateTo || nothing} aria-invalid=${this.#rangeInvalid() ? 'true' : 'false'} @change=${this.#onFrom}
      /></label>
      <label class="field"
        ><span class="field-label">To</span>
        <input type="date" part="date-to" .value=${this.dateTo} min=${this.dateFrom || nothing} aria-invalid=${this.#rangeInvalid() ? 'true' : 'false'} @change=${this.#onTo}
      /></label>
      <label class="field search-field"
        ><span class="field-label">Search</span>
        <input type="search" part="search" .value=${this.#searchDraft} placeholder="User, site, goal…" autocomplete="off" @input=${this.#onSearchInput} @keydown=${this.#onSearchKey}
      /></label>
      <button type="button" class="clear" part="clear-button" ?hidden=${!any} @click=${this.#clearFilters}>Clear filters</button>
    </form>`;
  }

  #renderNote(): TemplateResult | typeof nothing {
    const { status, value, error } = this.#viewerTask;
    const failed = status === TaskStatus.ERROR && !isAbort(error) && this.#pageTask.status !== TaskStatus.ERROR;
    return list.renderNote(status === TaskStatus.COMPLETE ? value : undefined, failed ? error : undefined);
  }

  #renderExport(): TemplateResult | typeof nothing {
    const running = this.#exporting;
    if (running) {
      return html`<div class="message export" part="export-progress">
        <label
          ><span>${running.label || `Exporting ${running.format.toUpperCase()}…`}</span>
          <progress max=${Math.max(1, running.of)} .value=${running.done}></progress
        ></label>
        <button type="button" class="small" @click=${this.#cancelExport}>Cancel export</button>
      </div>`;
    }
    const failed = this.#exportError?.error;
    // An export that cannot work again (a file that cannot be written, a refused token) offers no Retry.
    if (failed) return errorBox(failed, !isDashboardError(failed) || failed.retryable ? this.#retryExport : undefined, 'Could not export the activities');
    return nothing;
  }

  #renderNotices(): TemplateResult {
    const shown = this.#shown;
    const refreshError = this.#refreshError;
    // Notices come with the scan's code: without it there is no scan to report, nor live updates.
    const scanModule = this.#scanPart.value;
    return html`${shown && scanModule
      ? scanModule.renderNotices({
          newAbove: this.#newAbove,
          scan: shown.page.scan,
          dates: !!(this.dateFrom || this.dateTo),
          scanLimit: this.#scanLimitValue,
          locale: this.#locale,
          newest: this.#newest,
          further: this.#searchFurther,
        })
      : nothing}${refreshError
      ? this.#live
        ? this.#live.notice(refreshError, shown && this.#clockTime(shown.at), this.#retryRefresh)
        : errorBox(refreshError, this.#retryRefresh, 'Could not start live updates')
      : nothing}`;
  }

  /**
   * The skeleton rows, from the first frame on: rows that arrive before it (a fast source) are
   * shown without a skeleton built and thrown away first; a slower answer shows the skeleton in
   * the widget's first paint all the same.
   */
  #renderSkeleton(): TemplateResult {
    // (No frames on a server, @lit-labs/ssr: the list renders busy and empty, as in the browser's first frame.)
    if (!this.#skeleton && !this.#skeletonFrame && typeof requestAnimationFrame === 'function') {
      this.#skeletonFrame = requestAnimationFrame(() => {
        this.#skeleton = true;
        if (!this.#shown) this.requestUpdate();
      });
    }
    const count = this.#skeleton ? Math.min(this.#pageSizeValue, 8) : 0;
    return html`<ol class="list" part="list" aria-label="Activities" aria-busy="true">
      ${Array.from(
        { length: count },
        () => html`<li class="row skeleton-row" aria-hidden="true">
          <span class="avatar skeleton"></span>
          <span class="what"><span class="skeleton line-1"></span><span class="skeleton line-2"></span></span>
          <span class="when"><span class="skeleton line-3"></span></span>
        </li>`,
      )}
    </ol>`;
  }

  #renderList(shown: Shown, pending: boolean): HTMLOListElement | typeof nothing {
    const { entries } = shown.page;
    if (!entries.length && !this.#rows) return nothing;
    this.#rows ??= new RowList(this.#roving.onFocusIn, this.#roving.onKeyDown);
    this.#loadAvatars();
    // Told of an empty page too, so rows of a page before stop being built.
    const list = this.#rows.update(entries, {
      pending,
      activeKey: this.#roving.active,
      newIds: this.#newIds,
      now: this.#clock.now,
      locale: this.#locale,
      avatar: this.#avatar,
      pictures: this.gravatar ? `${this.#pictures}|${!!this.#avatars}|${this.#viewerTask.status}|${this.avatarBase}|${this.connection('matomo').apiBase}` : '',
    });
    return entries.length ? list : nothing;
  }

  #renderPager(shown: Shown | undefined): TemplateResult {
    const size = this.#pageSizeValue;
    const offset = this.#offset;
    const locale = this.effectiveLocale;
    const total = shown?.page.total ?? 0;
    const exact = shown?.page.totalExact ?? true;
    const hasNext = !!shown && (offset + size < total || (!exact && shown.scan.counting));
    const pages = Math.max(1, Math.ceil(total / size));
    const pageNo = Math.floor(offset / size) + 1;
    const sizes = PAGE_SIZES.includes(size) ? PAGE_SIZES : [...PAGE_SIZES, size].sort((a, b) => a - b);
    return html`<nav class="pager" part="pagination" aria-label="Pages">
      <button type="button" part="prev-button" ?disabled=${!shown || offset === 0} @click=${this.#prev}>Previous</button>
      <span class="page-of">${shown ? `Page ${formatCount(pageNo, locale)}${exact ? ` of ${formatCount(pages, locale)}` : ''}` : '\u00a0'}</span>
      <button type="button" part="next-button" ?disabled=${!hasNext} @click=${this.#next}>Next</button>
      <label class="page-size"
        ><span>Rows per page</span>
        <select part="page-size" @change=${this.#onPageSize}>
          ${sizes.map((n) => html`<option value=${n} ?selected=${n === size}>${n}</option>`)}
        </select></label
      >
    </nav>`;
  }

  #hasFilters(): boolean {
    return !!(this.user || this.activityType || this.dateFrom || this.dateTo || this.search.trim());
  }

  #rangeInvalid(): boolean {
    return !!this.#scan?.invalid && this.#scan.filters.dateFrom === this.dateFrom && this.#scan.filters.dateTo === this.dateTo;
  }
}
