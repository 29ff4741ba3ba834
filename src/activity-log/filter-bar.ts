import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ActivityEntry, ActivityViewer } from '../api/activity-source.js';
import { errorMessage } from '../api/errors.js';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import type { Translator } from '../core/translate.js';
import { activityType } from './catalogue.js';
import { chunks } from './chunks.js';
import { FilterEditEvent } from './filter-edit-event.js';
import { clearedFilters, hasFilters, type ActivityFilters } from './filters.js';
import { historyBannerStyles, ObjectNames, renderHistoryBanner } from './history-banner.js';
import { markStyles } from './marks.js';
import { adoptPartStyles } from './part-styles.js';
import { clip } from './text.js';

export { FilterEditEvent } from './filter-edit-event.js';

/** The pager's "Go to…" form comes with the filter bar: the controls that follow the first rows. */
export { renderJump } from './pager-jump.js';
/** The rows' marks (grouped sign-ins, security marks, object histories, overwrites) come with it too. */
export { markRow } from './marks.js';

/** How long the search waits after the last keystroke before it applies what was typed. */
const SEARCH_DELAY = 300;

/** The code of every option (filter-options.ts), once the page has it: every filter bar then offers them all at once. */
let optionsCode: Awaited<ReturnType<typeof chunks.options>> | undefined;

/**
 * The filter bar of `<activity-log>`: a control per filter (filters.ts), "Clear filters", and the
 * note on what the reader may see. Properties in (the filters, who is looking, the logins and
 * types seen so far), a `FilterEditEvent` out. A search is applied 300 ms after the last
 * keystroke, or on Enter; until then the bar keeps what is typed.
 *
 * It has no shadow root of its own: it renders into the widget's, whose parts and styles it uses.
 * @internal
 */
export class ActivityFilterBar extends LitElement {
  static tagName = 'dw-activity-filter-bar';

  static override properties: PropertyDeclarations = {
    filters: { attribute: false },
    viewer: { attribute: false },
    viewerError: { attribute: false },
    logins: { attribute: false },
    types: { attribute: false },
    allOptions: { attribute: false },
    invalidRange: { attribute: false },
    catalogue: { attribute: false },
    locale: { attribute: false },
    entries: { attribute: false },
    overwriteWindow: { attribute: false },
  };

  /** The filters in force. */
  filters!: ActivityFilters;
  /** Who is looking (super users get the user filter), once known. */
  viewer: ActivityViewer | undefined;
  /** Why checking who is looking failed, if it did. */
  viewerError: unknown;
  /** Logins seen in the list, offered besides those the server listed. */
  logins: ReadonlySet<string> = new Set();
  /** Types seen in the list that the catalogue does not know, offered too. */
  types: ReadonlySet<string> = new Set();
  /**
   * Whether the user and type filters offer every option. About 90 types in groups cost more
   * layout than a page of rows, so the widget sets this once its first rows are painted, and the
   * bar as soon as a select gets focus (a click or a tap focuses it before it opens); their code
   * (filter-options.ts) loads then. Until it is there, each offers "All …" and the one chosen.
   */
  allOptions = false;
  /** Whether the date range cannot be applied (reversed): the date inputs say so. */
  invalidRange = false;
  /** The types' catalogue version (a registered type relabels the options). */
  catalogue = 0;
  /** The widget's locale (the bar's words, and its options' order); '' follows the nearest element that names one. */
  locale = '';
  /** The entries shown: an object's history is named after them. */
  entries: readonly ActivityEntry[] | undefined;
  /** The overwrite window in minutes (`overwrite-window`), which an object's history lets the reader change. */
  overwriteWindow = 60;

  /** What the search field shows: what is typed, until it is applied. */
  #draft = '';
  /** The search last applied or received. */
  #search = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #options = new LazyPart(this, () => chunks.options().then((code) => (optionsCode = code)));
  #t = new Localize(this);
  #names = new ObjectNames();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // It renders into the widget's shadow root, which gets the bar's styles with it (its frame and
    // fields' layout are the widget's: the place kept for the bar while its code loads has them).
    const host = { shadowRoot: this.getRootNode() };
    for (const styles of [filterBarStyles, historyBannerStyles, ...markStyles]) adoptPartStyles(host, styles);
    // Back in the page: a search still being typed is applied.
    if (this.hasUpdated && this.#draft !== this.#search) this.#timer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A search set from outside (a property, "Clear filters") replaces what is being typed.
    if (changed.has('filters') && this.filters.search !== this.#search) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#draft = this.#search = this.filters.search;
    }
    // Asked for once; after a failure, its Retry asks again.
    if (changed.has('allOptions') && this.allOptions && !optionsCode) void this.#options.need();
    if (changed.has('entries')) this.#names.learn(this.entries);
  }

  protected override render(): TemplateResult {
    const { filters: f, viewer } = this;
    const t = this.#t;
    const invalid = this.invalidRange ? 'true' : 'false';
    const all = this.allOptions ? optionsCode : undefined;
    return html`<form class="filters" part="filters" role="search" aria-label=${t.t('Filter activities')} @submit=${(e: Event) => e.preventDefault()}>
        ${viewer?.superUser
          ? html`<label class="field"
              ><span class="field-label">${t.t('User')}</span>
              <select part="user-filter" @focus=${this.#offerAll} @change=${this.#onUser}>
                <option value="" ?selected=${!f.user}>${t.t('All users')}</option>
                ${all ? all.userOptions(viewer, this.logins, f.user, t) : chosen(f.user, clip(f.user, 100), true)}
              </select></label
            >`
          : nothing}
        <label class="field type-field${viewer?.superUser ? '' : ' alone'}"
          ><span class="field-label">${t.tc('activity type', 'Activity')}</span>
          <select part="type-filter" @focus=${this.#offerAll} @change=${this.#onType}>
            <option value="" ?selected=${!f.activityType}>${t.t('All activities')}</option>
            ${all ? all.typeOptions(this.types, f.activityType, t, this.catalogue) : typeChosen(f.activityType, t)}
          </select></label
        >
        <label class="field"
          ><span class="field-label">${t.tc('start of a date range', 'From')}</span>
          <input type="date" part="date-from" .value=${f.dateFrom} max=${f.dateTo || nothing} aria-invalid=${invalid} @change=${this.#onFrom}
        /></label>
        <label class="field"
          ><span class="field-label">${t.tc('end of a date range', 'To')}</span>
          <input type="date" part="date-to" .value=${f.dateTo} min=${f.dateFrom || nothing} aria-invalid=${invalid} @change=${this.#onTo}
        /></label>
        <label class="field search-field"
          ><span class="field-label">${t.tc('a text search', 'Search')}</span>
          <input type="search" part="search" .value=${this.#draft} placeholder=${t.t('User, site, goal…')} autocomplete="off" @input=${this.#onSearchInput} @keydown=${this.#onSearchKey}
        /></label>
        <button type="button" class="clear" part="clear-button" ?hidden=${!hasFilters(f)} @click=${this.#clear}>${t.t('Clear filters')}</button>
      </form>
      ${this.#options.status === 'failed' ? this.#options.render(t.t('every option of the filters')) : nothing} ${this.#renderNote(t)}
      ${f.object
        ? renderHistoryBanner({ key: f.object, names: this.#names, window: this.overwriteWindow, t, back: this.#back, setWindow: this.#setWindow })
        : nothing}`;
  }

  /** The note under the filters: a user who sees only their own activities, or an access check that failed. */
  #renderNote(t: Translator): TemplateResult | typeof nothing {
    if (this.viewer && !this.viewer.superUser) return html`<p class="note" part="note">${t.t('You see your own activities only.')}</p>`;
    // {reason}: why the check failed (an error message, a sentence).
    if (this.viewerError) return html`<p class="note" part="note">${t.t("Could not check this account's access ({reason}); the user filter is not available.", { reason: errorMessage(this.viewerError, t) })}</p>`;
    return nothing;
  }

  #edit(filters: Partial<ActivityFilters>): void {
    this.dispatchEvent(new FilterEditEvent(filters));
  }

  #onUser = (e: Event) => this.#edit({ user: (e.target as HTMLSelectElement).value });
  #onType = (e: Event) => this.#edit({ activityType: (e.target as HTMLSelectElement).value });
  #onFrom = (e: Event) => this.#edit({ dateFrom: (e.target as HTMLInputElement).value });
  #onTo = (e: Event) => this.#edit({ dateTo: (e.target as HTMLInputElement).value });
  #clear = () => this.#edit(clearedFilters());

  /** Back to the whole log: the banner goes, so focus goes to the first of the filters, above where it was. */
  #back = async () => {
    this.#edit({ object: '' });
    await this.updateComplete;
    this.querySelector<HTMLElement>('select, input')?.focus();
  };

  /**
   * The overwrite window is the widget's (`overwriteWindow`, an attribute of its own, not a
   * filter): the bar sets it on the widget whose shadow root it renders into.
   */
  #setWindow = (minutes: number) => {
    const host = (this.getRootNode() as ShadowRoot).host as (Element & { overwriteWindow?: number }) | undefined;
    if (host) host.overwriteWindow = minutes;
  };

  #offerAll = () => {
    this.allOptions = true;
  };

  #onSearchInput = (e: Event) => {
    this.#draft = (e.target as HTMLInputElement).value;
    this.requestUpdate(); // the field's value binding follows what is typed, so clearing it later empties it
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  };

  #onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.#applySearch();
    }
  };

  #applySearch(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#draft.trim() === this.#search.trim()) return;
    this.#search = this.#draft;
    this.#edit({ search: this.#draft });
  }
}

/** A filter's one option while it does not offer them all: the value chosen, if any (`data`: its label is the server's or the page's words, not to be translated). */
const chosen = (value: string, label: string, data: boolean): TemplateResult | typeof nothing =>
  value ? html`<option value=${value} translate=${data ? 'no' : nothing} selected>${label}</option>` : nothing;

/** The type filter's one option while it does not offer them all: the type chosen, its name in the words of `t`. */
function typeChosen(id: string, t: Translator): TemplateResult | typeof nothing {
  const { text } = activityType(id);
  return chosen(id, t.text(text), typeof text === 'string');
}

/** The bar's own styles (its controls, the type field's width, the note), adopted by the widget's shadow root when the bar connects. */
export const filterBarStyles = css`
  .field select,
  .field input {
    width: 100%;
    /* Selects and date inputs share one height, so a field appearing never shifts the list. */
    height: 2.4em;
  }
  .clear {
    justify-self: start;
    /* As tall as the fields, taller when a long translation wraps. */
    min-height: 2.4em;
  }
  @container (min-width: 480px) {
    .type-field.alone {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 860px) {
    .type-field,
    .type-field.alone {
      grid-column: span 2;
    }
  }
  .note {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.92em;
  }
`;
