import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ActivityEntry, ActivitySource, ActivityViewer } from '../api/activity-source.js';
import { errorMessage } from '../api/errors.js';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import type { Translator } from '../core/translate.js';
import { activityType } from './catalogue.js';
import { chunks } from './chunks.js';
import { FilterEditEvent } from './filter-edit-event.js';
import { clearedFilters, hasFilters, oneType, type ActivityFilters } from './filters.js';
import { historyBannerStyles, ObjectNames, renderHistoryBanner } from './history-banner.js';
import { parseIpRange } from './ip-match.js';
import { markStyles } from './marks.js';
import { overwriteWindow } from './object-marks.js';
import { adoptPartStyles } from './part-styles.js';
import { listSites, siteNames, type SiteOption } from './site-options.js';
import { clip } from './text.js';
import { renderTypeChoice, typeChoiceStyles } from './type-choice.js';
import { parseTypes, typeNames } from './type-sets.js';

export { FilterEditEvent } from './filter-edit-event.js';

/** The pager's "Go to…" form comes with the filter bar: the controls that follow the first rows. */
export { renderJump } from './pager-jump.js';
/** The rows' marks (grouped sign-ins, security marks, object histories, overwrites) come with it too. */
export { markRow } from './marks.js';

/** How long the search and the IP filter wait after the last keystroke before they apply what was typed. */
const SEARCH_DELAY = 300;

/** The fields applied as they are typed (debounced). */
type Typed = 'search' | 'ip';

/** The code of every option (filter-options.ts), once the page has it: every filter bar then offers them all at once. */
let optionsCode: Awaited<ReturnType<typeof chunks.options>> | undefined;

/**
 * The filter bar of `<activity-log>`: a control per filter (filters.ts), "Clear filters", and the
 * note on what the reader may see. Properties in (the filters, who is looking, the logins and
 * types seen so far), a `FilterEditEvent` out (and, from an object's history banner, a
 * `WindowEditEvent`). A search is applied 300 ms after the last
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
    source: { attribute: false },
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
  /** Where entries come from: the website filter offers the websites it lists. */
  source: ActivitySource | undefined;

  /** What the search and IP fields show: what is typed, until it is applied. */
  #draft: Record<Typed, string> = { search: '', ip: '' };
  /** The search and IP last applied or received. */
  #applied: Record<Typed, string> = { search: '', ip: '' };
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the panel to choose several activities is open. */
  #choosing = false;
  /** The websites the source lists (undefined until they are here; 'failed' when it could not list them: a plain number field instead). */
  #sites: SiteOption[] | 'failed' | undefined;
  #sitesAsked: ActivitySource | undefined;
  /** Whether the reader reached the website field (its options are asked for then). */
  #sitesWanted = false;
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
    for (const styles of [filterBarStyles, typeChoiceStyles, historyBannerStyles, ...markStyles]) adoptPartStyles(host, styles);
    // Back in the page: a search still being typed is applied.
    if (this.hasUpdated && this.#typing()) this.#timer = setTimeout(() => this.#applyTyped(), SEARCH_DELAY);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A search or IP set from outside (a property, "Clear filters") replaces what is being typed.
    if (changed.has('filters') && (this.filters.search !== this.#applied.search || this.filters.ip !== this.#applied.ip)) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#draft = { search: this.filters.search, ip: this.filters.ip };
      this.#applied = { ...this.#draft };
    }
    // Asked for once; after a failure, its Retry asks again.
    if (changed.has('allOptions') && this.allOptions && !optionsCode) void this.#options.need();
    if (changed.has('entries')) this.#names.learn(this.entries);
    // The websites are asked for when the field is reached, or when one is chosen (its name is shown).
    if ((this.#sitesWanted || (this.allOptions && this.filters.site)) && this.source !== this.#sitesAsked) void this.#askSites();
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
        ${this.#renderTypes(f.activityType, viewer?.superUser ? '' : ' alone', t)}
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
          <input type="search" part="search" .value=${this.#draft.search} placeholder=${t.t('User, site, goal…')} autocomplete="off" @input=${this.#onTyped} @keydown=${this.#onTypedKey}
        /></label>
        ${this.#renderSite(f.site, t)} ${this.#renderIp(f.ip, t)}
        <button type="button" class="clear" part="clear-button" ?hidden=${!hasFilters(f)} @click=${this.#clear}>${t.t('Clear filters')}</button>
      </form>
      ${this.#options.status === 'failed' ? this.#options.render(t.t('every option of the filters')) : nothing} ${this.#renderNote(t)}
      ${f.object
        ? renderHistoryBanner({ key: f.object, names: this.#names, window: overwriteWindow(this.overwriteWindow), t, back: this.#back })
        : nothing}`;
  }

  /** The activity-type select (one type), the button that opens the choice of several, and that choice. */
  #renderTypes(value: string, alone: string, t: Translator): TemplateResult {
    const all = this.allOptions ? optionsCode : undefined;
    const one = oneType(value) ? value : '';
    const { unknown } = parseTypes(value);
    const names = value && !one ? typeNames(value, t) : [];
    // The button to choose several sits on the label's line, so that the select fills its field as the others do.
    return html`<div class="field type-field${alone}">
        <span class="type-label"
          ><span class="field-label" id="type-label">${t.tc('activity type', 'Activity')}</span>
          <button type="button" class="choose" part="type-choice-button" aria-expanded=${this.#choosing ? 'true' : 'false'} aria-controls="type-choice" @focus=${this.#offerAll} @click=${this.#toggleChoice}>
            ${t.t('Choose several')}
          </button></span
        >
        <select part="type-filter" aria-labelledby="type-label" aria-describedby=${unknown.length ? 'type-said' : nothing} @focus=${this.#offerAll} @change=${this.#onType}>
          <option value="" ?selected=${!value}>${t.t('All activities')}</option>
          ${names.length ? chosen(value, t.plural(names.length, { one: '{count} chosen', other: '{count} chosen' }), false) : nothing}
          ${all ? all.typeOptions(this.types, one, t, this.catalogue) : typeChosen(one, t)}
        </select>
        ${unknown.length
          ? // {items}: what the filter was given that names no activity type nor set, as given.
            html`<p class="field-said" id="type-said" part="field-error">${t.t('Not an activity type: {items}', { items: unknown.map((item) => clip(item, 60)) })}</p>`
          : nothing}
      </div>
      ${this.#choosing
        ? renderTypeChoice({
            value,
            groups: all?.typeGroups([...this.types, ...parseTypes(value).ids], t),
            t,
            set: (next) => this.#edit({ activityType: next }),
            close: () => this.#closeChoice(),
          })
        : nothing}`;
  }

  /** The website filter: the websites the source lists, or a number field when it lists none. */
  #renderSite(site: string, t: Translator): TemplateResult {
    const sites = this.#sites;
    const label = html`<span class="field-label">${t.t('Website')}</span>`;
    if (sites === 'failed') {
      return html`<label class="field">${label}<input type="number" part="site-filter" min="1" step="1" inputmode="numeric" .value=${site} @change=${this.#onSite} /></label>`;
    }
    const listed = sites?.some((s) => s.idSite === site);
    return html`<label class="field"
      >${label}
      <select part="site-filter" @focus=${this.#wantSites} @change=${this.#onSite}>
        <option value="" ?selected=${!site}>${t.t('All websites')}</option>
        ${sites?.map((s) => html`<option value=${s.idSite} translate="no" ?selected=${s.idSite === site}>${clip(s.name || s.idSite, 100)}</option>`)}
        ${listed ? nothing : chosen(site, clip(siteNames.get(site) ?? site, 100), true)}
      </select></label
    >`;
  }

  /** The IP filter: an address, prefix or range, applied as it is typed; one that is none is said so. */
  #renderIp(ip: string, t: Translator): TemplateResult {
    const wrong = !!ip.trim() && !parseIpRange(ip);
    return html`<div class="field ip-field">
      <label class="field-label" for="ip-filter">${t.t('IP address')}</label>
      <input
        id="ip-filter"
        type="text"
        part="ip-filter"
        dir="ltr"
        spellcheck="false"
        autocomplete="off"
        placeholder="203.0.113.0/24"
        .value=${this.#draft.ip}
        aria-invalid=${wrong ? 'true' : 'false'}
        aria-describedby=${wrong ? 'ip-said' : nothing}
        @input=${this.#onTyped}
        @keydown=${this.#onTypedKey}
      />
      ${wrong ? html`<p class="field-said" id="ip-said" part="field-error">${t.t('Not an IP address or range')}</p>` : nothing}
    </div>`;
  }

  /** Lists the source's websites once per source. */
  async #askSites(): Promise<void> {
    const source = (this.#sitesAsked = this.source);
    this.#sites = undefined;
    let sites: SiteOption[] | 'failed' | undefined;
    try {
      sites = (await listSites(source)) ?? 'failed';
    } catch {
      sites = 'failed';
    }
    if (source !== this.source) return;
    // The list is asked for when the field gets focus: a field that gives way to the number field keeps it.
    const root = this.getRootNode() as ShadowRoot;
    const focused = !!root.activeElement && root.activeElement === this.querySelector('[part="site-filter"]');
    this.#sites = sites;
    for (const s of Array.isArray(sites) ? sites : []) siteNames.set(s.idSite, s.name || s.idSite);
    this.requestUpdate();
    // The empty state names the website filtered by: the widget says it again with its name.
    (root.host as LitElement | undefined)?.requestUpdate?.();
    if (focused && sites === 'failed') {
      await this.updateComplete;
      this.querySelector<HTMLElement>('[part="site-filter"]')?.focus();
    }
  }

  #wantSites = () => {
    this.#sitesWanted = true;
    this.requestUpdate();
  };

  #toggleChoice = () => {
    this.#choosing = !this.#choosing;
    this.requestUpdate();
  };

  #closeChoice(): void {
    this.#choosing = false;
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('[part="type-choice-button"]')?.focus());
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
  #onSite = (e: Event) => this.#edit({ site: (e.target as HTMLInputElement).value.trim() });
  #onFrom = (e: Event) => this.#edit({ dateFrom: (e.target as HTMLInputElement).value });
  #onTo = (e: Event) => this.#edit({ dateTo: (e.target as HTMLInputElement).value });
  #clear = () => this.#edit(clearedFilters());

  /** Back to the whole log: the banner goes, so focus goes to the first of the filters, above where it was. */
  #back = async () => {
    this.#edit({ object: '' });
    await this.updateComplete;
    this.querySelector<HTMLElement>('select, input')?.focus();
  };

  #offerAll = () => {
    this.allOptions = true;
  };

  #onTyped = (e: Event) => {
    const input = e.target as HTMLInputElement;
    this.#draft[input.type === 'search' ? 'search' : 'ip'] = input.value;
    this.requestUpdate(); // the field's value binding follows what is typed, so clearing it later empties it
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#applyTyped(), SEARCH_DELAY);
  };

  #onTypedKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.#applyTyped();
    }
  };

  /** Whether something typed is not applied yet. */
  #typing(): boolean {
    return this.#draft.search !== this.#applied.search || this.#draft.ip !== this.#applied.ip;
  }

  /** Applies what was typed in the search and IP fields (what changed). */
  #applyTyped(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const edit: Partial<ActivityFilters> = {};
    for (const key of ['search', 'ip'] as const) if (this.#draft[key].trim() !== this.#applied[key].trim()) edit[key] = this.#applied[key] = this.#draft[key];
    if (Object.keys(edit).length) this.#edit(edit);
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
  /* Tab also stops on a date input's calendar button, inside the input's own shadow tree: there
     the input matches neither :focus nor :focus-visible, only :focus-within, and would lose its ring. */
  input[type='date']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
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
  .type-label {
    display: flex;
    gap: 0.5em;
    justify-content: space-between;
    font-size: 0.85em;
  }
  .type-label .field-label {
    font-size: inherit;
  }
  /* A link-like button on the label's line: its line no taller than a label's (the bar keeps its place),
     its target taller, over the space around the line. */
  .choose {
    min-height: 0;
    padding: 0.5em 0;
    margin-block: -0.5em;
    border: 0;
    background: none;
    color: var(--_fg);
    font: inherit;
    line-height: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .field-said {
    margin: 0;
    color: var(--_danger, var(--_fg));
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .note {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.92em;
  }
`;
