import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ActivityViewer } from '../api/activity-source.js';
import { errorMessage } from '../api/errors.js';
import { catalogueVersion } from './activity-types.js';
import { SYSTEM_USERS } from './avatar.js';
import { activityType, typeGroups } from './catalogue.js';
import { clearedFilters, hasFilters, type ActivityFilters } from './filters.js';
import { clip } from './text.js';

/** How long the search waits after the last keystroke before it applies what was typed. */
const SEARCH_DELAY = 300;

/**
 * `dw-filter-edit`: the reader changed filters in the bar; `filters` holds those changed. It stays
 * inside the widget (it neither bubbles nor leaves the shadow root): the widget applies it and
 * fires its public `dw-activity-change`.
 * @internal
 */
export class FilterEditEvent extends Event {
  constructor(readonly filters: Partial<ActivityFilters>) {
    super('dw-filter-edit');
  }
}

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
    allTypes: { attribute: false },
    invalidRange: { attribute: false },
    catalogue: { attribute: false },
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
   * Whether the type filter offers every type. About 90 options in groups cost more layout than a
   * page of rows, so the widget sets this once its first rows are painted; the bar sets it as soon
   * as the select gets focus (a click or a tap focuses it before it opens). Until then it offers
   * "All activities" and the type chosen.
   */
  allTypes = false;
  /** Whether the date range cannot be applied (reversed): the date inputs say so. */
  invalidRange = false;
  /** The types' catalogue version (a registered type relabels the options). */
  catalogue = 0;

  /** What the search field shows: what is typed, until it is applied. */
  #draft = '';
  /** The search last applied or received. */
  #search = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
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
  }

  protected override render(): TemplateResult {
    const { filters: f, viewer } = this;
    const invalid = this.invalidRange ? 'true' : 'false';
    return html`<form class="filters" part="filters" role="search" aria-label="Filter activities" @submit=${(e: Event) => e.preventDefault()}>
        ${viewer?.superUser ? this.#renderUserFilter(viewer) : nothing}
        <label class="field type-field${viewer?.superUser ? '' : ' alone'}"
          ><span class="field-label">Activity</span>
          <select part="type-filter" @focus=${this.#offerAllTypes} @change=${this.#onType}>
            <option value="" ?selected=${!f.activityType}>All activities</option>
            ${this.allTypes ? typeOptions(this.types, f.activityType) : chosenType(f.activityType)}
          </select></label
        >
        <label class="field"
          ><span class="field-label">From</span>
          <input type="date" part="date-from" .value=${f.dateFrom} max=${f.dateTo || nothing} aria-invalid=${invalid} @change=${this.#onFrom}
        /></label>
        <label class="field"
          ><span class="field-label">To</span>
          <input type="date" part="date-to" .value=${f.dateTo} min=${f.dateFrom || nothing} aria-invalid=${invalid} @change=${this.#onTo}
        /></label>
        <label class="field search-field"
          ><span class="field-label">Search</span>
          <input type="search" part="search" .value=${this.#draft} placeholder="User, site, goal…" autocomplete="off" @input=${this.#onSearchInput} @keydown=${this.#onSearchKey}
        /></label>
        <button type="button" class="clear" part="clear-button" ?hidden=${!hasFilters(f)} @click=${this.#clear}>Clear filters</button>
      </form>
      ${this.#renderNote()}`;
  }

  /** The user filter (super users): every login the server listed or the list showed, then the system performers. */
  #renderUserFilter(viewer: ActivityViewer): TemplateResult {
    const user = this.filters.user;
    const people = new Set([...viewer.logins, ...this.logins]);
    for (const system of SYSTEM_USERS.keys()) people.delete(system);
    if (user && !SYSTEM_USERS.has(user)) people.add(user);
    const logins = [...people].sort((a, b) => a.localeCompare(b));
    return html`<label class="field"
      ><span class="field-label">User</span>
      <select part="user-filter" @change=${this.#onUser}>
        <option value="" ?selected=${!user}>All users</option>
        <optgroup label="People">${logins.map((login) => html`<option value=${login} ?selected=${login === user}>${clip(login, 100)}</option>`)}</optgroup>
        <optgroup label="System">
          ${[...SYSTEM_USERS].map(([login, note]) => html`<option value=${login} ?selected=${login === user}>${login} (${note})</option>`)}
        </optgroup>
      </select></label
    >`;
  }

  /** The note under the filters: a user who sees only their own activities, or an access check that failed. */
  #renderNote(): TemplateResult | typeof nothing {
    if (this.viewer && !this.viewer.superUser) return html`<p class="note" part="note">You see your own activities only.</p>`;
    if (this.viewerError) return html`<p class="note" part="note">Could not check this account's access (${errorMessage(this.viewerError)}); the user filter is not available.</p>`;
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

  #offerAllTypes = () => {
    this.allTypes = true;
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

/** The type filter's one option while it does not offer them all: the type chosen, if any. */
const chosenType = (id: string): TemplateResult | typeof nothing => (id ? html`<option value=${id} selected>${activityType(id).label}</option>` : nothing);

const typeOptionsCache = new WeakMap<object, { stamp: string; options: TemplateResult[] }>();

/** The options of the activity-type filter, by group: every known type, the types `seen` in the list, and the one chosen. */
function typeOptions(seen: ReadonlySet<string>, chosen: string): TemplateResult[] {
  const stamp = `${catalogueVersion()}|${seen.size}|${chosen}`;
  let cached = typeOptionsCache.get(seen);
  if (cached?.stamp !== stamp) {
    const options = typeGroups([...seen, chosen].filter(Boolean)).map(
      (group) =>
        html`<optgroup label=${group.label}>
          ${group.types.map((t) => html`<option value=${t.id} ?selected=${t.id === chosen}>${t.known || !t.plugin ? t.label : `${t.label} (${t.plugin})`}</option>`)}
        </optgroup>`,
    );
    typeOptionsCache.set(seen, (cached = { stamp, options }));
  }
  return cached.options;
}
