import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { DashboardElement } from '../core/base-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { formatCount } from '../core/format.js';
import { downloadFile } from '../core/download.js';
import { MatomoClient } from '../api/matomo.js';
import { MatomoActivitySource, type ActivityEntry, type ActivitySource, type ActivityViewer } from '../api/activity-source.js';
import { errorMessage, isAbort, isApiError } from '../api/errors.js';
import { activityType, activityTypeRegistry, catalogueVersion, groupOrder, knownActivityTypes, type ActivityTypeInfo } from './activity-types.js';
import { avatarServiceUrl, emailHash, GRAVATAR_BASE, httpUrl, normaliseEmail, SYSTEM_USERS } from './avatar.js';
import { exportEntries, exportFileName, EXPORT_TYPES, type ExportFormat } from './export.js';
import { FilterScan, type ActivityFilters, type ScanProgress, type ViewPage } from './filter-scan.js';
import { builtInIcon } from './icons.js';
import { LiveRefresh, type TickOutcome } from './live.js';
import { clip } from './parameters.js';
import { toRow, type ActivityRow } from './rows.js';
import { currentTimeZone, relativeTime } from './time.js';
import { activityLogStyles } from './activity-log.styles.js';
import { ShareToggle } from '../embed/share-toggle.js';

export type { ActivityFilters } from './filter-scan.js';

/** Detail of `dw-activity-load`. */
export interface ActivityLoadDetail {
  /** The entries shown, newest first. */
  entries: ActivityEntry[];
  /** Entries matching the filters; a lower bound while `totalExact` is false (a text search still counting or bounded). */
  total: number;
  totalExact: boolean;
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Position of the first entry shown within the filtered view. */
  offset: number;
  filters: ActivityFilters;
}

/** Detail of `dw-activity-export`. */
export interface ActivityExportDetail {
  format: ExportFormat;
  /** Entries written to the file. */
  count: number;
  fileName: string;
}

/** Detail of `dw-activity-error`. */
export interface ActivityErrorDetail {
  /** The typed error (an `ApiError` for every failure of the API layer). */
  error: unknown;
  /** The human message shown in the widget. */
  message: string;
  /** The ApiError kind (`network`, `timeout`, `auth`, `permission`, `server`, `bad-response`, `config`), or `unknown`. */
  kind: string;
  /** What failed: loading a page, a live refresh, or an export. */
  during: 'load' | 'refresh' | 'export';
}

declare module '../core/base-element.js' {
  interface DashboardEventMap {
    'dw-activity-load': CustomEvent<ActivityLoadDetail>;
    'dw-activity-filter-change': CustomEvent<ActivityFilters>;
    'dw-activity-export': CustomEvent<ActivityExportDetail>;
    'dw-activity-error': CustomEvent<ActivityErrorDetail>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-activity-load': CustomEvent<ActivityLoadDetail>;
    'dw-activity-filter-change': CustomEvent<ActivityFilters>;
    'dw-activity-export': CustomEvent<ActivityExportDetail>;
    'dw-activity-error': CustomEvent<ActivityErrorDetail>;
  }
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}

const PAGE_SIZES = [10, 25, 50, 100];
const AVATAR_PX = 64;
const SEARCH_DELAY = 300;

interface Shown {
  scan: FilterScan;
  page: ViewPage;
  rows: ActivityRow[];
  offset: number;
  pageSize: number;
  at: number;
}

interface ExportState {
  format: ExportFormat;
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
 * @fires dw-activity-load - A page of entries was loaded and rendered (and again when a text search has finished counting). Detail: `{ entries, total, totalExact, page, pageSize, offset, filters }`.
 * @fires dw-activity-filter-change - The reader changed a filter. Detail: the filters `{ user, activityType, dateFrom, dateTo, search }`.
 * @fires dw-activity-export - An export was saved. Detail: `{ format, count, fileName }`.
 * @fires dw-activity-error - Loading, refreshing or exporting failed. Detail: `{ error, message, kind, during }`.
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
export class ActivityLog extends DashboardElement {
  static override tagName = 'activity-log';
  static override styles = [baseStyles, controlStyles, activityLogStyles];

  /** Entries per page: 10, 25, 50 or 100 are offered; any size from 1 to 1000 is accepted. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Only this login's activities (super users; the server shows others their own whatever this says). */
  @property() user = '';

  /** Only this activity type, e.g. `ActivityLog/GoalAdded`. */
  @property({ attribute: 'activity-type' }) activityType = '';

  /** First day shown, `YYYY-MM-DD`, in the reader's time zone. */
  @property({ attribute: 'date-from' }) dateFrom = '';

  /** Last day shown (inclusive), `YYYY-MM-DD`, in the reader's time zone. */
  @property({ attribute: 'date-to' }) dateTo = '';

  /** Text search: every word must appear in the user, description, type or details. */
  @property() search = '';

  /**
   * Show avatars from an avatar service. Off by default: no request goes to any avatar service,
   * whatever the server's entries say. On: the service's picture for the user's e-mail hash, or
   * the server's avatar URL; initials whenever there is no picture.
   */
  @property({ type: Boolean }) gravatar = false;

  /** Base URL of the avatar service (default Gravatar); a Libravatar-style service or your own works alike. */
  @property({ attribute: 'avatar-base' }) avatarBase = GRAVATAR_BASE;

  /** Hides the heading visually (it still names the widget for screen readers): for pages that give the widget a heading of their own. */
  @property({ type: Boolean, attribute: 'hide-title', reflect: true }) hideTitle = false;

  /** Seconds between checks for new activities (at least 5); 0 switches live updates off. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** Entries a text search checks before it stops and offers to search further (default 5000). */
  @property({ type: Number, attribute: 'scan-limit' }) scanLimit = 5000;

  /**
   * Where entries come from. Default: the Matomo server at `api-base` with `token`. Pass your
   * own `ActivitySource` to connect another backend (it may filter dates and text itself).
   */
  @property({ attribute: false }) source: ActivitySource | undefined;

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
  #scan: FilterScan | undefined;
  #scanKey = '';
  #shown: Shown | undefined;
  #newIds = new Set<string>();
  #newAbove = 0;
  #refreshError: unknown;
  #searchDraft = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #exporting: ExportState | undefined;
  #exportError: { error: unknown; format: ExportFormat } | undefined;
  #announcement = '';
  #now = Date.now();
  #clock: ReturnType<typeof setInterval> | undefined;
  #activeKey = '';
  #seenTypes = new Set<string>();
  #seenLogins = new Set<string>();
  #hashes = new Map<string, string>();
  #hashing = new Set<string>();
  #loadedImages = new Set<string>();
  #failedImages = new Set<string>();
  #defaultSource: { key: string; source: ActivitySource } | undefined;
  #typeGroups: { stamp: string; groups: Array<{ label: string; types: ActivityTypeInfo[] }> } | undefined;

  /** The tasks a disconnection aborted, to run again on reconnection. */
  #interrupted: Task<readonly unknown[], unknown>[] = [];

  #live = new LiveRefresh(this, (signal) => this.#tick(signal));
  #share = new ShareToggle(this);

  #viewerTask = new Task(this, {
    args: () => [...this.#connectionArgs(), this.gravatar] as const,
    task: async (_args, { signal }) => {
      return this.#source().getViewer({ signal, withEmails: this.gravatar });
    },
  });

  #pageTask = new Task(this, {
    args: () =>
      [
        ...this.#connectionArgs(),
        this.user,
        this.activityType,
        this.dateFrom,
        this.dateTo,
        this.search,
        this.scanLimit,
        this.#generation,
        this.#offset,
        this.#pageSizeValue,
        this.#revision,
      ] as const,
    task: async (args, { signal }) => {
      this.#countTask.abort();
      const scan = this.#scanFor(this.filters);
      const offset = args[args.length - 3] as number;
      const pageSize = args[args.length - 2] as number;
      const page = await scan.page(offset, pageSize, signal);
      return { scan, page, offset, pageSize };
    },
    onComplete: (result) => this.#onPageLoaded(result.scan, result.page, result.offset, result.pageSize),
    onError: (error) => {
      if (!isAbort(error)) this.#emitError(error, 'load');
    },
  });

  #countTask = new Task(this, {
    autoRun: false,
    args: () => [this.#scan] as const,
    task: async ([scan], { signal }) => {
      if (!scan) return undefined;
      const result = await scan.count(signal);
      return { owner: scan, ...result };
    },
    onComplete: (result) => {
      const shown = this.#shown;
      if (!result || !shown || shown.scan !== result.owner) return;
      shown.page = { ...shown.page, total: result.total, totalExact: result.totalExact, scan: result.scan };
      this.#announce(this.#summaryText());
      this.#emitLoad(shown); // the same entries again, now with the search's final count
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    activityTypeRegistry.addEventListener('change', this.#onCatalogue);
    this.#clock = setInterval(() => {
      this.#now = Date.now();
      this.requestUpdate();
    }, 30_000);
    // Back in the page: what the removal aborted runs again (a task aborted with unchanged
    // arguments would otherwise stay aborted), and a search still being typed is applied.
    const interrupted = this.#interrupted;
    this.#interrupted = [];
    for (const task of interrupted) void task.run();
    if (this.hasUpdated && this.#searchDraft !== this.search) this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    activityTypeRegistry.removeEventListener('change', this.#onCatalogue);
    clearInterval(this.#clock);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#exporting?.controller.abort();
    // Requests in flight are aborted (the live refresh's by its controller); reconnecting runs them again.
    const tasks = [this.#viewerTask, this.#pageTask, this.#countTask] as Task<readonly unknown[], unknown>[];
    this.#interrupted = tasks.filter((task) => task.status === TaskStatus.PENDING);
    for (const task of this.#interrupted) task.abort();
  }

  /** Reloads now, dropping what was cached (the filters and the page stay). */
  refresh(): void {
    this.#generation++;
    this.#refreshError = undefined;
    this.requestUpdate();
  }

  /**
   * Exports every entry of the current filtered view (not only the page shown) as a CSV or JSON
   * file, with progress. Resolves with what was saved, or undefined when cancelled or failed.
   */
  async exportEntries(format: ExportFormat): Promise<ActivityExportDetail | undefined> {
    if (this.#exporting) return undefined;
    const scan = this.#scan ?? this.#scanFor(this.filters);
    const controller = new AbortController();
    const state: ExportState = { format, done: 0, of: 0, controller };
    this.#exporting = state;
    this.#exportError = undefined;
    this.requestUpdate();
    try {
      const entries = await scan.all(controller.signal, (done, of) => {
        state.done = done;
        state.of = of;
        this.requestUpdate();
      });
      const fileName = exportFileName(scan.filters, entries.length, format);
      const content = exportEntries(entries, format, { ...scan.filters }, this.effectiveLocale);
      downloadFile(fileName, content, EXPORT_TYPES[format]);
      const detail: ActivityExportDetail = { format, count: entries.length, fileName };
      this.#announce(`Saved ${formatCount(entries.length, this.effectiveLocale)} ${entries.length === 1 ? 'activity' : 'activities'} to ${fileName}.`);
      this.emit('dw-activity-export', detail);
      return detail;
    } catch (error) {
      if (isAbort(error)) {
        this.#announce('Export cancelled.');
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
    if (changed.has('refreshInterval')) this.#live.interval = this.refreshInterval;
  }

  protected override updated(): void {
    this.#hashPendingEmails();
  }

  // ---------------------------------------------------------------- data

  get #pageSizeValue(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size > 0 ? Math.min(size, 1000) : 25;
  }

  #connectionArgs(): [string, string, number, number] {
    const { apiBase, token } = this.connection('matomo');
    return [apiBase, token, this.timeoutMs, this.#sourceId];
  }

  #source(): ActivitySource {
    if (this.source) return this.source;
    const { apiBase, token } = this.connection('matomo');
    const key = `${apiBase}\n${token}\n${this.timeoutMs}`;
    if (this.#defaultSource?.key !== key) {
      this.#defaultSource = { key, source: new MatomoActivitySource(new MatomoClient({ apiBase, token, timeout: this.timeoutMs })) };
    }
    return this.#defaultSource.source;
  }

  #scanFor(filters: ActivityFilters): FilterScan {
    const source = this.#source();
    const key = JSON.stringify([this.#connectionArgs(), filters, this.scanLimit, this.#generation]);
    if (!this.#scan || this.#scanKey !== key) {
      this.#scan = new FilterScan(source, filters, { scanLimit: this.scanLimit });
      this.#scanKey = key;
    }
    return this.#scan;
  }

  #onPageLoaded(scan: FilterScan, page: ViewPage, offset: number, pageSize: number): void {
    const locale = this.effectiveLocale;
    const zone = currentTimeZone();
    const rows = page.entries.map((entry) => toRow(entry, locale, zone));
    for (const row of rows) {
      if (!row.type.known) this.#seenTypes.add(row.entry.type);
      if (row.entry.userLogin) this.#seenLogins.add(row.entry.userLogin);
    }
    const previousFocus = this.#activeKey;
    if (!rows.some((r) => r.key === previousFocus)) this.#activeKey = rows[0]?.key ?? '';
    const shown: Shown = { scan, page, rows, offset, pageSize, at: Date.now() };
    this.#shown = shown;
    if (scan.counting) void this.#countTask.run([scan]);
    // Announced once the rows are in the DOM, so listeners can read them.
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (this.#shown !== shown) return;
      this.#emitLoad(shown);
      this.#keepFocus();
    });
  }

  #emitLoad({ page, offset, pageSize, scan }: Shown): void {
    this.emit('dw-activity-load', {
      entries: page.entries,
      total: page.total,
      totalExact: page.totalExact,
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
      offset,
      filters: { ...scan.filters },
    });
  }

  /** A time of day ("3:05 PM") in the reader's locale. */
  #clockTime(at: number): string {
    return new Intl.DateTimeFormat(this.effectiveLocale, { hour: 'numeric', minute: '2-digit' }).format(at);
  }

  /** When the control that had focus became disabled (last page reached), focus moves to the list. */
  #keepFocus(): void {
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null;
    if (active && active.disabled) this.#rowElement(this.#activeKey)?.focus();
  }

  #emitError(error: unknown, during: ActivityErrorDetail['during']): void {
    this.emit('dw-activity-error', { error, message: errorMessage(error), kind: isApiError(error) ? error.kind : 'unknown', during });
  }

  async #tick(signal: AbortSignal): Promise<TickOutcome> {
    const scan = this.#scan;
    if (!scan || !this.#shown || this.#pageTask.status === TaskStatus.PENDING || this.#exporting) return 'skip';
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
        this.#announce(`${formatCount(n, this.effectiveLocale)} new ${n === 1 ? 'activity' : 'activities'}.`);
      }
      this.requestUpdate();
      return 'ok';
    } catch (error) {
      if (isAbort(error)) return 'skip';
      this.#refreshError = error;
      this.#emitError(error, 'refresh');
      this.requestUpdate();
      if (isApiError(error) && (error.kind === 'auth' || error.kind === 'permission' || error.kind === 'config')) return 'stop';
      return 'offline';
    }
  }

  #hashPendingEmails(): void {
    if (!this.gravatar) return;
    const emails = this.#viewerTask.value?.emails ?? {};
    for (const row of this.#shown?.rows ?? []) {
      const email = emails[row.entry.userLogin];
      if (!email) continue;
      const key = normaliseEmail(email);
      if (this.#hashes.has(key) || this.#hashing.has(key)) continue;
      this.#hashing.add(key);
      void emailHash(email).then((hash) => {
        this.#hashes.set(key, hash);
        this.#hashing.delete(key);
        this.requestUpdate();
      });
    }
  }

  #avatarUrl(row: ActivityRow): string | undefined {
    if (!this.gravatar) return undefined;
    const email = this.#viewerTask.value?.emails?.[row.entry.userLogin];
    if (email) {
      const hash = this.#hashes.get(normaliseEmail(email));
      return hash ? avatarServiceUrl(this.avatarBase || GRAVATAR_BASE, hash, AVATAR_PX) : undefined;
    }
    const { apiBase } = this.connection('matomo');
    return httpUrl(row.entry.avatar, apiBase || undefined)?.href;
  }

  // ---------------------------------------------------------------- reader's actions

  #changeFilter(patch: Partial<ActivityFilters>): void {
    this.filters = patch;
    this.emit('dw-activity-filter-change', this.filters);
  }

  #onUser = (e: Event) => this.#changeFilter({ user: (e.target as HTMLSelectElement).value });
  #onType = (e: Event) => this.#changeFilter({ activityType: (e.target as HTMLSelectElement).value });
  #onFrom = (e: Event) => this.#changeFilter({ dateFrom: (e.target as HTMLInputElement).value });
  #onTo = (e: Event) => this.#changeFilter({ dateTo: (e.target as HTMLInputElement).value });

  #onSearchInput = (e: Event) => {
    this.#searchDraft = (e.target as HTMLInputElement).value;
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

  #retry = () => {
    if (this.#viewerTask.status === TaskStatus.ERROR) void this.#viewerTask.run();
    void this.#pageTask.run();
  };

  #retryRefresh = () => {
    this.#refreshError = undefined;
    if (this.#live.state === 'off') this.refresh();
    else this.#live.resume();
    this.requestUpdate();
  };

  #searchFurther = () => {
    this.#shown?.scan.extend();
    this.#revision++;
    this.requestUpdate();
  };

  #togglePause = () => {
    if (this.#live.state === 'paused' || this.#live.state === 'stopped') {
      this.#refreshError = undefined;
      this.#live.resume();
    } else this.#live.pause();
  };

  #exportCsv = () => void this.exportEntries('csv');
  #exportJson = () => void this.exportEntries('json');
  #cancelExport = () => this.#exporting?.controller.abort();
  #retryExport = () => {
    const format = this.#exportError?.format ?? 'csv';
    void this.exportEntries(format);
  };

  #onCatalogue = () => {
    this.#typeGroups = undefined;
    if (this.#shown) this.#shown.rows = this.#shown.page.entries.map((entry) => toRow(entry, this.effectiveLocale));
    this.requestUpdate();
  };

  #onImageLoad = (e: Event) => {
    const src = (e.target as HTMLImageElement).getAttribute('src');
    if (src) this.#loadedImages.add(src);
    this.requestUpdate();
  };

  #onImageError = (e: Event) => {
    const src = (e.target as HTMLImageElement).getAttribute('src');
    if (src) this.#failedImages.add(src);
    this.requestUpdate();
  };

  #rowElement(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li.row[data-key="${CSS.escape(key)}"]`);
  }

  #onListFocus = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest?.('li.row') as HTMLElement | null;
    const key = row?.dataset.key;
    if (key && key !== this.#activeKey) {
      this.#activeKey = key;
      this.requestUpdate();
    }
  };

  #onListKey = (e: KeyboardEvent) => {
    const rows = this.#shown?.rows ?? [];
    if (!rows.length) return;
    const index = Math.max(0, rows.findIndex((r) => r.key === this.#activeKey));
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 10, PageUp: index - 10 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = rows[Math.max(0, Math.min(rows.length - 1, target))]!;
    this.#activeKey = next.key;
    this.requestUpdate();
    this.#rowElement(next.key)?.focus();
  };

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    this.#locale = this.effectiveLocale;
    const task = this.#pageTask;
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const failed = task.status === TaskStatus.ERROR;
    const shown = this.#shown;
    return html`<section part="base" class="base" aria-labelledby="title">
      ${this.#renderHeader()} ${this.#renderFilters()} ${this.#renderNote()}
      <p class="summary" part="summary" role="status">${pending && !shown ? 'Loading activities…' : this.#summaryText()}</p>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      ${this.#renderExport()} ${failed ? errorBox(task.error, this.#retry, shown ? 'Could not load these activities; the list below is from before' : 'Could not load the activities') : nothing}
      ${this.#renderNotices()}
      <div class="progress-line ${pending && shown ? 'on' : ''}" aria-hidden="true"></div>
      ${shown ? this.#renderList(shown, pending) : failed ? nothing : this.#renderSkeleton()} ${shown && !pending ? this.#renderEmpty(shown) : nothing} ${this.#renderPager(shown)}
    </section>`;
  }

  #renderHeader(): TemplateResult {
    const state = this.#live.state;
    const canExport = !!this.#shown && this.#shown.page.total > 0 && !this.#exporting;
    return html`<header class="header" part="header">
      <h2 id="title" class="title${this.hideTitle ? ' visually-hidden' : ''}" part="title"><slot name="title">Activity log</slot></h2>
      ${state === 'off'
        ? nothing
        : html`<span class="live-status ${state}" part="live-status"><span class="dot" aria-hidden="true"></span>${this.#liveLabel()}</span>
            <button type="button" class="small" part="pause-button" @click=${this.#togglePause}>${state === 'paused' || state === 'stopped' ? 'Resume' : 'Pause'}<span class="visually-hidden"> live updates</span></button>`}
      <span class="actions">
        <button type="button" class="small" part="refresh-button" @click=${() => this.refresh()}>${builtInIcon('refresh')}<span class="label">Refresh</span></button>
        <button type="button" class="small" part="export-csv" ?disabled=${!canExport} @click=${this.#exportCsv}>${builtInIcon('download')}<span class="visually-hidden">Export as </span>CSV</button>
        <button type="button" class="small" part="export-json" ?disabled=${!canExport} @click=${this.#exportJson}>${builtInIcon('download')}<span class="visually-hidden">Export as </span>JSON</button>
        ${this.#share.button()}
      </span>
    </header>
    ${this.#share.panel()}`;
  }

  #liveLabel(): string {
    const state = this.#live.state;
    if (state === 'paused') return 'Paused';
    if (state === 'stopped') return 'Live updates stopped';
    if (state === 'offline') return 'Offline: retrying';
    const at = this.#live.lastSuccess || this.#shown?.at;
    return at ? `Live · updated ${this.#clockTime(at)}` : 'Live';
  }

  #renderFilters(): TemplateResult {
    const viewer = this.#viewerTask.value;
    const any = this.#hasFilters();
    return html`<form class="filters" part="filters" role="search" aria-label="Filter activities" @submit=${(e: Event) => e.preventDefault()}>
      ${viewer?.superUser ? this.#renderUserFilter(viewer) : nothing}
      <label class="field type-field${viewer?.superUser ? '' : ' alone'}"
        ><span class="field-label">Activity</span>
        <select part="type-filter" @change=${this.#onType}>
          <option value="" ?selected=${!this.activityType}>All activities</option>
          ${this.#groups().map(
            (group) =>
              html`<optgroup label=${group.label}>
                ${group.types.map((t) => html`<option value=${t.id} ?selected=${t.id === this.activityType}>${t.known || !t.plugin ? t.label : `${t.label} (${t.plugin})`}</option>`)}
              </optgroup>`,
          )}
        </select></label
      >
      <label class="field"
        ><span class="field-label">From</span>
        <input type="date" part="date-from" .value=${live(this.dateFrom)} max=${this.dateTo || nothing} aria-invalid=${this.#rangeInvalid() ? 'true' : 'false'} @change=${this.#onFrom}
      /></label>
      <label class="field"
        ><span class="field-label">To</span>
        <input type="date" part="date-to" .value=${live(this.dateTo)} min=${this.dateFrom || nothing} aria-invalid=${this.#rangeInvalid() ? 'true' : 'false'} @change=${this.#onTo}
      /></label>
      <label class="field search-field"
        ><span class="field-label">Search</span>
        <input type="search" part="search" .value=${live(this.#searchDraft)} placeholder="User, site, goal…" autocomplete="off" @input=${this.#onSearchInput} @keydown=${this.#onSearchKey}
      /></label>
      <button type="button" class="clear" part="clear-button" ?hidden=${!any} @click=${this.#clearFilters}>Clear filters</button>
    </form>`;
  }

  #renderUserFilter(viewer: ActivityViewer): TemplateResult {
    const people = new Set([...viewer.logins, ...this.#seenLogins]);
    for (const system of Object.keys(SYSTEM_USERS)) people.delete(system);
    if (this.user && !(this.user in SYSTEM_USERS)) people.add(this.user);
    const logins = [...people].sort((a, b) => a.localeCompare(b));
    return html`<label class="field"
      ><span class="field-label">User</span>
      <select part="user-filter" @change=${this.#onUser}>
        <option value="" ?selected=${!this.user}>All users</option>
        <optgroup label="People">${logins.map((login) => html`<option value=${login} ?selected=${login === this.user}>${clip(login, 100)}</option>`)}</optgroup>
        <optgroup label="System">
          ${Object.entries(SYSTEM_USERS).map(([login, note]) => html`<option value=${login} ?selected=${login === this.user}>${login} (${note})</option>`)}
        </optgroup>
      </select></label
    >`;
  }

  #groups(): Array<{ label: string; types: ActivityTypeInfo[] }> {
    const stamp = `${catalogueVersion()}|${this.#seenTypes.size}|${this.activityType}`;
    if (this.#typeGroups?.stamp === stamp) return this.#typeGroups.groups;
    const ids = new Set([...knownActivityTypes(), ...this.#seenTypes]);
    if (this.activityType) ids.add(this.activityType);
    const byGroup = new Map<string, { label: string; order: number; types: ActivityTypeInfo[] }>();
    for (const id of ids) {
      const info = activityType(id);
      let group = byGroup.get(info.group);
      if (!group) byGroup.set(info.group, (group = { label: info.groupLabel, order: groupOrder(info.group), types: [] }));
      group.types.push(info);
    }
    const groups = [...byGroup.values()]
      .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
      .map((g) => ({ label: g.label, types: g.types.sort((a, b) => a.label.localeCompare(b.label)) }));
    this.#typeGroups = { stamp, groups };
    return groups;
  }

  #renderNote(): TemplateResult | typeof nothing {
    const viewer = this.#viewerTask;
    if (viewer.status === TaskStatus.COMPLETE && viewer.value && !viewer.value.superUser) {
      return html`<p class="note" part="note">You see your own activities only.</p>`;
    }
    if (viewer.status === TaskStatus.ERROR && !isAbort(viewer.error) && this.#pageTask.status !== TaskStatus.ERROR) {
      return html`<p class="note" part="note">Could not check this account's access (${errorMessage(viewer.error)}); the user filter is not available.</p>`;
    }
    return nothing;
  }

  #summaryText(): string {
    const shown = this.#shown;
    if (!shown) return '';
    const locale = this.effectiveLocale;
    const { page, offset } = shown;
    const count = (n: number) => formatCount(n, locale);
    const noun = this.#hasFilters() ? (page.total === 1 ? 'matching activity' : 'matching activities') : page.total === 1 ? 'activity' : 'activities';
    if (shown.scan.invalid) return shown.scan.invalid;
    if (page.entries.length === 0) {
      if (!page.totalExact && shown.scan.counting) return 'Searching…';
      return page.total === 0 ? `No ${this.#hasFilters() ? 'matching activities' : 'activities'}.` : `Nothing on this page; ${count(page.total)} ${noun} in all.`;
    }
    const range = `${count(offset + 1)}–${count(offset + page.entries.length)}`;
    if (page.totalExact) return `Showing ${range} of ${count(page.total)} ${noun}.`;
    const scan = page.scan;
    if (scan?.bounded) return `Showing ${range} of ${count(page.total)} ${noun} found so far.`;
    return `Showing ${range} of at least ${count(page.total)} ${noun} (still counting).`;
  }

  #renderExport(): TemplateResult | typeof nothing {
    const running = this.#exporting;
    if (running) {
      const locale = this.effectiveLocale;
      return html`<div class="message export" part="export-progress">
        <label
          ><span>Exporting ${running.format.toUpperCase()}… ${running.of ? `${formatCount(running.done, locale)} of ${formatCount(running.of, locale)} checked` : ''}</span>
          <progress max=${Math.max(1, running.of)} .value=${running.done}></progress
        ></label>
        <button type="button" class="small" @click=${this.#cancelExport}>Cancel export</button>
      </div>`;
    }
    if (this.#exportError) return errorBox(this.#exportError.error, this.#retryExport, 'Could not export the activities');
    return nothing;
  }

  #renderNotices(): TemplateResult {
    const locale = this.effectiveLocale;
    const scan = this.#shown?.page.scan as ScanProgress | undefined;
    const refreshError = this.#refreshError;
    return html`${this.#newAbove > 0
      ? html`<div class="message notice" part="notice">
          ${formatCount(this.#newAbove, locale)} new ${this.#newAbove === 1 ? 'activity' : 'activities'} above this page.
          <button type="button" class="small" @click=${this.#newest}>Show newest</button>
        </div>`
      : nothing}
    ${scan?.bounded
      ? html`<div class="message warning" part="notice">
          Searched the ${formatCount(scan.checked, locale)} most recent activities${this.dateFrom || this.dateTo ? ' in this date range' : ''} (of
          ${formatCount(scan.window, locale)}); older ones were not searched.
          <button type="button" class="small" @click=${this.#searchFurther}>Search ${formatCount(Math.min(this.scanLimit, scan.window - scan.checked), locale)} more</button>
        </div>`
      : nothing}
    ${refreshError
      ? html`<div class="message warning" part="notice" role="alert">
          <strong>Could not check for new activities.</strong> ${errorMessage(refreshError)}
          ${this.#shown ? `The list shows what was loaded at ${this.#clockTime(this.#shown.at)}.` : ''}
          <button type="button" class="small" @click=${this.#retryRefresh}>Retry</button>
        </div>`
      : nothing}`;
  }

  #renderSkeleton(): TemplateResult {
    const count = Math.min(this.#pageSizeValue, 8);
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

  #renderList(shown: Shown, pending: boolean): TemplateResult | typeof nothing {
    if (shown.rows.length === 0) return nothing;
    return html`<ol class="list" part="list" aria-label="Activities" aria-busy=${pending ? 'true' : 'false'} @focusin=${this.#onListFocus} @keydown=${this.#onListKey}>
      ${repeat(shown.rows, (row) => row.key, this.#renderRow)}
    </ol>`;
  }

  #renderRow = (row: ActivityRow): TemplateResult => {
    const url = this.gravatar ? this.#avatarUrl(row) : undefined;
    const isNew = this.#newIds.has(row.key);
    const icon = row.type.icon;
    // One flat template per row (few nested parts): long pages render fast.
    return html`<li class="row${isNew ? ' new' : ''}" part="row" data-key=${row.key} tabindex=${row.key === this.#activeKey ? '0' : '-1'}>
      <span class="avatar c${row.colour}${row.whoNote ? ' system' : ''}" part="avatar" aria-hidden="true"
        >${row.initials}${url && !this.#failedImages.has(url) ? this.#renderImage(url) : nothing}</span
      >
      <div class="what">
        <p class="line">
          <span class="who" part="user">${row.who}</span> <span class="who-note">${row.whoNote ? `(${row.whoNote})` : ''}</span>
          <span class="description" part="description">${row.shownDescription}</span> <span class="badge" ?hidden=${!isNew}>New</span>
        </p>
        <p class="meta">
          <span class="type" part="type" title=${row.type.label}
            >${typeof icon === 'string' ? builtInIcon(icon) ?? icon : icon}<span class="visually-hidden">${row.type.label}, </span>${row.type.groupLabel}</span
          >${row.details.length ? row.details.map(this.#renderDetail) : nothing}
        </p>
      </div>
      <span class="when" part="time"
        ><time datetime=${row.iso || nothing}>${row.iso ? this.#relative(row.entry.datetime!) : 'time unknown'}</time
        ><span class="exact">${row.exact}</span></span
      >
    </li>`;
  };

  #renderDetail = (d: { label: string; value: string }) => html`<span class="detail" part="details"><span class="detail-label">${d.label}:</span> ${d.value}</span>`;

  #renderImage(url: string): TemplateResult {
    return html`<img
      src=${url}
      alt=""
      width="32"
      height="32"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      class=${this.#loadedImages.has(url) ? 'loaded' : ''}
      @load=${this.#onImageLoad}
      @error=${this.#onImageError}
    />`;
  }

  #relativeCache = { now: 0, locale: '', texts: new Map<number, string>() };
  /** The locale in force, resolved once per render. */
  #locale = 'en';

  /** "3 hours ago", cached per instant until the clock ticks. */
  #relative(date: Date): string {
    const cache = this.#relativeCache;
    const locale = this.#locale;
    if (cache.now !== this.#now || cache.locale !== locale) {
      cache.now = this.#now;
      cache.locale = locale;
      cache.texts.clear();
    }
    const t = date.getTime();
    let text = cache.texts.get(t);
    if (text === undefined) {
      text = relativeTime(date, this.#now, locale);
      cache.texts.set(t, text);
    }
    return text;
  }

  #renderEmpty(shown: Shown): TemplateResult | typeof nothing {
    const { page, scan } = shown;
    if (page.entries.length > 0 || page.total > 0 || (scan.counting && !page.totalExact)) return nothing;
    if (scan.invalid) {
      return html`<div class="empty" part="empty">
        <p>${scan.invalid}</p>
        <button type="button" @click=${this.#clearDates}>Clear dates</button>
      </div>`;
    }
    if (this.#hasFilters()) {
      const bounded = page.scan?.bounded;
      return html`<div class="empty" part="empty">
        <p><strong>No activities match these filters${bounded ? ' among those searched' : ''}.</strong></p>
        <ul class="active-filters">
          ${this.#filterDescriptions().map((text) => html`<li>${text}</li>`)}
        </ul>
        <button type="button" @click=${this.#clearFilters}>Clear filters</button>
      </div>`;
    }
    const own = this.#viewerTask.value?.superUser === false;
    return html`<div class="empty" part="empty"><p>${own ? 'You have no recorded activities yet.' : 'No activities have been recorded yet.'}</p></div>`;
  }

  #filterDescriptions(): string[] {
    const out: string[] = [];
    if (this.user) out.push(`User: ${this.user}`);
    if (this.activityType) out.push(`Activity: ${activityType(this.activityType).label}`);
    if (this.dateFrom && this.dateTo) out.push(`Dates: ${this.dateFrom} to ${this.dateTo}`);
    else if (this.dateFrom) out.push(`Since ${this.dateFrom}`);
    else if (this.dateTo) out.push(`Until ${this.dateTo}`);
    if (this.search.trim()) out.push(`Search: “${this.search.trim()}”`);
    return out;
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
      <span class="page-of">${shown ? (exact ? `Page ${formatCount(pageNo, locale)} of ${formatCount(pages, locale)}` : `Page ${formatCount(pageNo, locale)}`) : '\u00a0'}</span>
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
