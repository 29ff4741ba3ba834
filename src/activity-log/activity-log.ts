import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { MatomoActivitySource, type ActivitySource } from '../api/activity-source.js';
import { isApiError } from '../api/errors.js';
import { MatomoClient } from '../api/matomo.js';
import { Announcer } from '../core/announcer.js';
import { ClockController } from '../core/clock-controller.js';
import { DefaultSource } from '../core/default-source.js';
import { define } from '../core/define.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart } from '../core/lazy-part.js';
import { clampNumber, PAGE_SIZE_RANGE, SCAN_LIMIT_RANGE } from '../core/numbers.js';
import { errorBox } from '../core/status-message.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { WidgetElement } from '../core/widget-element.js';
import { ShareToggle } from '../embed/share-toggle.js';
import { activityLogStyles } from './activity-log.styles.js';
import { activityTypeRegistry, catalogueVersion } from './activity-types.js';
import { AvatarController } from './avatar-controller.js';
import { renderEmpty } from './empty-state.js';
import { REFRESH } from './icons.js';
import { ActivityChangeEvent, ActivityErrorEvent, ActivityExportEvent, ActivityLoadEvent, type ActivityErrorDetail, type ActivityExportDetail } from './events.js';
import { ExportController } from './export-controller.js';
import type { ExportFormat } from './export.js';
import type { FilterEditEvent } from './filter-bar.js';
import { assignFilters, clearedFilters, filterProperties, FILTERS, filtersOf, type ActivityFilters, type Filter } from './filters.js';
import { filterBarChunk } from './filter-bar-chunk.js';
import { ActivityList } from './list.js';
import { listStyles } from './list.styles.js';
import { LiveController } from './live-controller.js';
import { renderPager } from './pager.js';
import { QueryController, type Shown } from './query-controller.js';
import type { WindowEditEvent } from './window-edit-event.js';

export type { ActivityFilters } from './filters.js';

export type { ActivityLoadDetail, ActivityExportDetail, ActivityErrorDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}

/** The filter bar's tag (registered when its code arrives: `ActivityFilterBar.tagName`). */
const FILTER_BAR = 'dw-activity-filter-bar';

/** Where the filter bar will be, the size of its fields, while its code is on its way. */
const PENDING_FIELD = html`<span class="field"><span class="field-label">&nbsp;</span><span class="control-pending"></span></span>`;
const FILTERS_PENDING = html`<div class="filters filters-pending" aria-hidden="true">
  ${PENDING_FIELD}${PENDING_FIELD}${PENDING_FIELD}${PENDING_FIELD}
  <span class="field search-field"><span class="field-label">&nbsp;</span><span class="control-pending"></span></span>
  ${PENDING_FIELD}${PENDING_FIELD}
</div>`;

/**
 * The audit trail of a Matomo server (its Activity Log plugin): who did what, and when. Super
 * users see everyone's activities and can filter by user; other users see their own.
 *
 * @summary Matomo's Activity Log: filter, page, export and follow live.
 * @tag activity-log
 *
 * @fires {ActivityLoadEvent} dw-activity-load - A page of entries was loaded and rendered (and again when a text search has finished counting). Detail: `{ entries, total, totalExact, page, pageSize, offset, filters }`.
 * @fires {ActivityChangeEvent} dw-activity-change - The reader changed a filter. Detail: the filters `{ user, activityType, dateFrom, dateTo, search, site, ip, object }`.
 * @fires {ActivityExportEvent} dw-activity-export - An export was saved. Detail: `{ format, count, fileName }`.
 * @fires {ActivityErrorEvent} dw-activity-error - Loading, refreshing, exporting or preparing the audit report failed. Detail: `{ error, kind, message, during }`, `during` being `load`, `refresh`, `export` or `report`.
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
 * @csspart report-button - "Print report": the filtered view as an audit report in a window of its own, to print or save as PDF.
 * @csspart share-button - Opens the Share / embed panel (iframe and script-tag snippets).
 * @csspart share-panel - The Share / embed panel.
 * @csspart export-progress - Progress of a running export.
 * @csspart report-progress - Progress of the audit report being prepared.
 * @csspart filters - The filter bar.
 * @csspart user-filter - The user select (super users only).
 * @csspart type-filter - The activity-type select.
 * @csspart type-choice-button - "Choose several": opens the panel to choose several activities.
 * @csspart type-choice - The panel of checkboxes to choose several activities (shortcuts, groups, types).
 * @csspart date-from - The start-date input.
 * @csspart date-to - The end-date input.
 * @csspart search - The text-search input.
 * @csspart site-filter - The website select (a number input when the websites cannot be listed).
 * @csspart ip-filter - The IP address or range input.
 * @csspart field-error - What is wrong with a filter's value (an IP that is none, a type that is unknown).
 * @csspart clear-button - Clears every filter.
 * @csspart note - The "your own activities" note for users who are not super users.
 * @csspart marks - A row's marks: "History:" buttons for each object it names, "Changed 6 minutes after priya.nair's change".
 * @csspart history - The banner of an object's history: its name, "Back to the whole log" and the overwrite window.
 * @csspart history-back - "Back to the whole log": leaves an object's history (clears `object`).
 * @csspart overwrite-window - The field of the overwrite window (minutes) in an object's history.
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
 * @csspart marks - What a row says besides its entry, read across the page (one box per kind of mark).
 * @csspart sign-in-place - Where a sign-in row came from: "From 203.0.113.7 · Singapore".
 * @csspart sign-in-group - Failed sign-ins told as one story on their newest row, with the sign-in that followed and whether it is suspicious.
 * @csspart sign-in-toggle - Shows or folds the other rows of a group of failed sign-ins.
 * @csspart sign-in-go - Focuses the row of the sign-in that followed a group of failures.
 * @csspart security-mark - The badge of a security-relevant row: "Security-relevant: super-user access granted".
 * @csspart empty - The "nothing matches" message.
 * @csspart error - The error box.
 * @csspart retry-button - Retry in the error box.
 * @csspart pagination - First, previous, next, last, "Go to…" and rows per page.
 * @csspart first-button - First page.
 * @csspart prev-button - Previous page.
 * @csspart next-button - Next page.
 * @csspart last-button - Last page (once the total is known).
 * @csspart jump - The "Go to…" disclosure, and the form in it.
 * @csspart jump-button - "Go to…", which opens the form (its summary).
 * @csspart jump-page - The page number field.
 * @csspart jump-page-button - "Go to page".
 * @csspart jump-date - The date field: the page that holds that day's last activity, or the last one before it.
 * @csspart jump-date-button - "Go to date".
 * @csspart jump-close - Closes the form (as Escape does).
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
  // a helper of its own. The filters' come from their table (filters.ts).
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    ...filterProperties,
    gravatar: { type: Boolean },
    avatarBase: { attribute: 'avatar-base' },
    hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    scanLimit: { type: Number, attribute: 'scan-limit' },
    overwriteWindow: { type: Number, attribute: 'overwrite-window' },
    source: { attribute: false },
  };

  /**
   * Registers the widget (and the list it is made of) under `tag`; see `DashboardElement.define`.
   * The filter bar registers itself when its code arrives, once the first rows are shown.
   */
  static override define(tag: string = this.tagName): void {
    define(ActivityList.tagName, ActivityList);
    super.define(tag);
  }

  // ---------------------------------------------------------------- controllers

  /** What is shown and how it is read: who is looking, the page, paging, the filters' view, counting. */
  #query: QueryController = new QueryController(this, {
    filters: () => this.filters,
    pageSize: () => this.#pageSize,
    scanLimit: () => clampNumber(this.scanLimit, SCAN_LIMIT_RANGE, 5000),
    source: () => this.#source(),
    withEmails: () => this.gravatar,
    // With live updates, a page shows once they can follow it.
    ready: () => this.#live.loading,
    onPage: (shown) => void this.#announceShown(shown),
    onCount: (shown) => {
      this.#announcer.announce(shown.scan.summary(shown.page, shown.offset, this.effectiveLocale));
      this.#emitLoad(shown); // the same entries again, now with the search's final count
    },
    onError: (error) => {
      // A refused token stops live updates too: nothing is tried again until the reader asks.
      if (isApiError(error) && error.kind === 'auth') this.#live.stop();
      this.#emitError(error, 'load');
    },
  });

  /** Checks for new activities with `refresh-interval` (their code loads when first switched on). */
  #live: LiveController = new LiveController(this, this.#query, {
    busy: () => this.#export.running,
    locale: () => this.effectiveLocale,
    announce: (text) => this.#announcer.announce(text),
    onError: (error) => this.#emitError(error, 'refresh'),
    retrySignIn: () => this.#retrySignIn(),
    retryLoad: () => this.#retry(),
    reload: () => this.reload(),
  });

  /** CSV and JSON exports of the whole filtered view, and "Print report" (the code of each loads on its first use). */
  #export = new ExportController(this, {
    scan: () => this.#query.fullScan(),
    locale: () => this.effectiveLocale,
    server: () => (this.source ? '' : this.connection('matomo').apiBase),
    announce: (text) => this.#announcer.announce(text),
    onSaved: (detail) => this.emit(new ActivityExportEvent(detail)),
    onError: (error, during) => this.#emitError(error, during),
    retrySignIn: () => this.#retrySignIn(),
  });

  /** Avatar pictures with `gravatar` (their code loads when the rows first show). */
  #avatars = new AvatarController(this, {
    on: () => this.gravatar,
    emails: () => this.#query.viewer?.emails ?? {},
    emailsVersion: () => this.#query.viewerTask.status,
    base: () => this.avatarBase,
    apiBase: () => this.connection('matomo').apiBase,
  });

  #announcer = new Announcer(this);
  /** Relative times ("5 minutes ago") move on every 30 seconds. */
  #clock = new ClockController(this);
  #share = new ShareToggle(this);
  /**
   * The filter bar's code (filter-bar.ts): asked for once the first rows or the first error are
   * shown, so it is not part of what the reader waits for. Until it is there, its place is kept.
   */
  #bar = new LazyPart(this, () => filterBarChunk.load(), { onReady: ({ ActivityFilterBar }) => define(ActivityFilterBar.tagName, ActivityFilterBar) });
  #defaultSource = new DefaultSource(({ apiBase, token, timeout }) => new MatomoActivitySource(new MatomoClient({ apiBase, token, timeout })));

  // ---------------------------------------------------------------- properties

  /** Entries per page: 10, 25, 50 or 100 are offered; any size from 1 to 1000 is accepted (larger ones count as 1000, others as 25). */
  pageSize = 25;

  /**
   * Only this login's activities (super users; the server shows others their own whatever this says).
   * @attr user
   */
  user = '';

  /**
   * Only this activity type, e.g. `ActivityLog/GoalAdded`; or several, comma-separated, with names
   * of sets: `sign-ins`, `security`, or a group (`users`, `websites`, `goals`, `segments`,
   * `reports`, `privacy`, `system`, `annotations`, `alerts`, `other`). One type is filtered by the
   * server; several are searched for in the browser, as the text search is.
   * @attr activity-type
   */
  activityType = '';

  /**
   * First day shown, `YYYY-MM-DD`, in the reader's time zone.
   * @attr date-from
   */
  dateFrom = '';

  /**
   * Last day shown (inclusive), `YYYY-MM-DD`, in the reader's time zone.
   * @attr date-to
   */
  dateTo = '';

  /**
   * Text search: every word must appear in the user, description, type or details.
   * @attr search
   */
  search = '';

  /**
   * Only activities about this website (a Matomo idSite), searched for in the browser.
   * @attr site
   */
  site = '';

  /**
   * Only activities from this IP address, prefix (`203.0.113.`) or CIDR range (`203.0.113.0/24`,
   * `2001:db8::/48`), searched for in the browser.
   * @attr ip
   */
  ip = '';

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
   * The history of one object: only the entries naming it, keyed as `goal:1@3` (goal 1 of website 3),
   * `website:2`, `segment:7`, `user:alice`, `report:4`, `dimension:1@2`, `annotation:5@1`, `alert:3`.
   * Each row's "History:" buttons set it.
   * @attr object
   */
  object = '';

  /** Minutes within which a change following another user's change to the same object is marked as overwriting it, 1 to 10,080 (default 60; values outside are clamped). */
  overwriteWindow = 60;

  /**
   * Where entries come from. Default: the Matomo server at `api-base` with `token`. Pass your
   * own `ActivitySource` to connect another backend (it may filter dates and text itself).
   */
  source: ActivitySource | undefined;

  /** The filters as one object; setting it sets the filter properties it names. */
  get filters(): ActivityFilters {
    return filtersOf(this);
  }

  set filters(value: Partial<ActivityFilters>) {
    assignFilters(this, value);
  }

  /** The filters as the filter bar last got them (a new object only when one changed). */
  #filters = filtersOf(this);
  /** Whether the filters offer every option (from the first rows painted on). */
  #allOptions = false;

  // ---------------------------------------------------------------- public methods

  /** Reloads now, dropping what was cached (the filters and the page stay). After a refused token, tries it once more. */
  reload(): void {
    this.#retrySignIn();
    this.#live.error = undefined;
    this.#query.reload();
  }

  /** @deprecated Use `reload()` (the same method every widget has); kept as an alias. */
  refresh(): void {
    this.reload();
  }

  /**
   * Exports every entry of the current filtered view (not only the page shown) as a CSV or JSON
   * file, with progress. Resolves with what was saved, or undefined when cancelled or failed.
   */
  exportEntries(format: ExportFormat): Promise<ActivityExportDetail | undefined> {
    return this.#export.start(format);
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    activityTypeRegistry.addEventListener('change', this.#onCatalogue);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    activityTypeRegistry.removeEventListener('change', this.#onCatalogue);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (FILTERS.some(({ key }) => changed.has(key))) this.#filters = filtersOf(this);
    // Live updates start loading their code before a page is asked for, so that it waits for them.
    if (changed.has('refreshInterval')) this.#live.interval = this.refreshInterval;
  }

  protected override updated(): void {
    // A failure shown instead of the first rows: the filters come all the same (a date or a user may be the cause).
    if (this.#query.error && this.#bar.status === 'idle') queueMicrotask(() => void this.#bar.need());
  }

  /** Resolves once the widget is rendered, with the filter bar too while its code is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.#bar.status === 'loading') {
      await this.#bar.need();
      done = (await super.getUpdateComplete()) && done;
      await this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<boolean> }>(FILTER_BAR)?.updateComplete;
    }
    return done;
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const query = this.#query;
    const t = this.localize;
    const locale = t.locale;
    const { shown, pending, error } = query;
    return html`<section part="base" class="base" aria-labelledby="title" lang=${locale} dir=${t.dir} @dw-filter-edit=${this.#onFilterEdit} @dw-window-edit=${this.#onWindowEdit}>
      ${this.#renderHeader(shown)}
      ${customElements.get(FILTER_BAR) ? nothing : FILTERS_PENDING}
      ${this.#bar.status === 'failed' ? this.#bar.render(t.t('the filters'), { part: 'filters' }) : nothing}
      <dw-activity-filter-bar
        .filters=${this.#filters}
        .viewer=${query.viewer}
        .viewerError=${query.viewerError}
        .logins=${query.seenLogins}
        .types=${query.seenTypes}
        .allOptions=${this.#allOptions}
        .invalidRange=${query.invalidRange(this.#filters)}
        .catalogue=${this.#catalogue()}
        .entries=${shown?.page.entries}
        .overwriteWindow=${this.overwriteWindow}
        .source=${this.#source()}
      ></dw-activity-filter-bar>
      <p class="summary" part="summary" role="status">${shown ? shown.scan.summary(shown.page, shown.offset, locale) : pending ? t.t('Loading activities…') : ''}</p>
      ${this.#announcer.render()} ${this.#export.render()}
      ${error ? errorBox(error, this.#retry, t.t(shown ? 'Could not load these activities; the list below is from before' : 'Could not load the activities'), t) : nothing}
      ${query.notices(locale)} ${this.#live.notice()}
      <div class="progress-line ${pending && shown ? 'on' : ''}" aria-hidden="true"></div>
      ${this.#renderList(shown, pending, error, locale)} ${shown && !pending ? renderEmpty(shown, query.viewer?.superUser === false, this.#clear, t) : nothing}
      ${renderPager({
        shown,
        offset: query.offset,
        size: this.#pageSize,
        t,
        goTo: query.goTo,
        resize: this.#resize,
        form: this.#bar.value?.renderJump(query, this.#pageSize, locale),
      })}
    </section>`;
  }

  #renderHeader(shown: Shown | undefined): TemplateResult {
    return html`<header class="header" part="header">
        <h2 id="title" class="title${this.hideTitle ? ' visually-hidden' : ''}" part="title"><slot name="title">${this.localize.t('Activity log')}</slot></h2>
        ${this.#live.render()}
        <span class="actions">
          <button type="button" class="small" part="refresh-button" @click=${() => this.reload()}>${REFRESH}<span class="label">${this.localize.t('Refresh')}</span></button>
          ${this.#export.buttons(!!shown && shown.page.total > 0)} ${this.#share.button()}
        </span>
      </header>
      ${this.#share.panel()}`;
  }

  #renderList(shown: Shown | undefined, pending: boolean, error: unknown, locale: string): TemplateResult {
    if (shown) this.#avatars.need();
    // Skeleton rows while the first page loads; nothing when it failed.
    const entries = shown?.page.entries ?? (error ? [] : undefined);
    return html`<dw-activity-list
      .entries=${entries}
      .state=${{ pending, newIds: this.#query.newIds, now: this.#clock.now, locale, t: this.localize, picture: this.#avatars.picture, pictures: this.#avatars.version, mark: this.#bar.value?.markRow, overwriteWindow: this.overwriteWindow }}
      .skeleton=${Math.min(this.#pageSize, 8)}
      .catalogue=${this.#catalogue()}
    ></dw-activity-list>`;
  }

  // ---------------------------------------------------------------- the reader's actions

  #onFilterEdit = (e: FilterEditEvent) => this.#changeFilters(e.filters);

  #onWindowEdit = (e: WindowEditEvent) => {
    this.overwriteWindow = e.minutes;
  };

  #changeFilters(patch: Partial<ActivityFilters>): void {
    this.filters = patch;
    this.emit(new ActivityChangeEvent(this.filters));
  }

  #clear = (group?: Filter['group']) => this.#changeFilters(clearedFilters(group));

  #resize = (size: number) => {
    this.pageSize = size;
  };

  #retry = () => {
    this.#retrySignIn();
    this.#query.retry();
    this.#live.resumeStopped();
  };

  #onCatalogue = () => this.requestUpdate();

  /** Changes when a type's words may have: a type registered, or words arrived (the rows and the type filter say them again). */
  #catalogue(): number {
    return catalogueVersion() + this.localize.words;
  }

  // ---------------------------------------------------------------- helpers

  get #pageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? clampNumber(size, PAGE_SIZE_RANGE, 25) : 25;
  }

  /**
   * The reader asks to try again: after a refused token, the next requests may try it once more
   * (the widget never does on its own: Matomo counts each refusal as a failed sign-in).
   */
  #retrySignIn(): void {
    const source = this.#source();
    if (source instanceof MatomoActivitySource) source.client.retrySignIn();
  }

  /** Where entries come from: the page's own source, or the Matomo server of the connection. */
  #source(): ActivitySource {
    return this.source ?? this.#defaultSource.for({ ...this.connection('matomo'), timeout: this.timeoutMs });
  }

  /** Once a page's rows are all in the list: the load event, focus kept, and every option offered by the filters. */
  async #announceShown(shown: Shown): Promise<void> {
    await this.updateComplete;
    const list = this.renderRoot.querySelector<ActivityList>('dw-activity-list');
    await list?.settled();
    if (this.#query.shown !== shown) return;
    this.#emitLoad(shown);
    // When the control that had focus became disabled (last page reached), focus moves to the list.
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null;
    if (active?.disabled) list?.focusRow();
    void this.#bar.need();
    if (!this.#allOptions) requestAnimationFrame(() => setTimeout(this.#offerAllOptions));
  }

  #offerAllOptions = () => {
    this.#allOptions = true;
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

  #emitError(error: unknown, during: ActivityErrorDetail['during']): void {
    this.emit(new ActivityErrorEvent(errorDetail(error, during)));
  }
}
