import { css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { errorMessage } from '../api/errors.js';
import { isAbort } from '../core/errors.js';
import { parseCalendarDate } from '../core/dates.js';
import { define } from '../core/define.js';
import { Localize } from '../core/localize.js';
import { adoptPartStyles } from './part-styles.js';
import type { ViewPage } from './view.js';

/** What the form needs of the widget's query (query-controller.ts, not imported: it loads this part). */
export interface JumpQuery {
  readonly shown: { page: ViewPage } | undefined;
  readonly offset: number;
  goTo(offset: number): void;
  fullScan(): Promise<{ positionBefore(t: number, signal?: AbortSignal): Promise<number> }>;
}

/**
 * The pager's "Go to…" form of `<activity-log>` (loaded on demand, the first time it is opened):
 * a page number and a date, each applied on Enter or with its button. A page number is checked
 * against the pages there are; a date is looked for in the newest-first list (`find`, the scan's
 * search for a position), and the page that holds the last activity of that day or before is
 * shown. What it found, or what is wrong, is said in a status line the fields point to.
 *
 * Properties in, callbacks out (`go`, `find`); Close and Escape close the disclosure it is in. It
 * has no shadow root of its own: it renders into the widget's, whose parts and styles it uses.
 * @internal
 */
export class ActivityJump extends LitElement {
  static tagName = 'dw-activity-jump';

  static override properties: PropertyDeclarations = {
    page: { attribute: false },
    pages: { attribute: false },
    total: { attribute: false },
    size: { attribute: false },
    locale: { attribute: false },
  };

  /** The page shown (1-based). */
  page = 1;
  /** How many pages there are; undefined while a search still counts. */
  pages: number | undefined = 1;
  /** Entries in the view (so far, while a search counts). */
  total = 0;
  /** Entries per page. */
  size = 25;
  /** The widget's locale (its words, numbers and dates); '' follows the nearest element that names one. */
  locale = '';
  /** Shows the page that starts at this position of the view. */
  go: (offset: number) => void = () => {};
  /** The position of the newest entry older than `t` (ms), in the view. */
  find: (t: number, signal: AbortSignal) => Promise<number> = async () => 0;

  /** The form's words, in `locale`. */
  #t = new Localize(this);
  /** What the status line says, and which field it is about when something is wrong. */
  #said = '';
  #wrong: 'page' | 'date' | '' = '';
  #looking: AbortController | undefined;
  #details: HTMLDetailsElement | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // It renders into the widget's shadow root, which gets the form's styles with it.
    adoptPartStyles({ shadowRoot: this.getRootNode() }, jumpStyles);
    this.#details = this.closest('details') ?? undefined;
    this.#details?.addEventListener('toggle', this.#onToggle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#details?.removeEventListener('toggle', this.#onToggle);
    this.#looking?.abort();
  }

  /** The disclosure it is in opens with the page field focused. */
  #onToggle = (e: Event) => {
    if ((e.target as HTMLDetailsElement).open) this.querySelector<HTMLInputElement>('#jump-page')?.focus();
  };

  protected override render(): TemplateResult {
    const wrong = this.#wrong;
    const t = this.#t;
    return html`<div class="jump" part="jump" @keydown=${this.#onKey}>
      <span class="jump-field" @keydown=${this.#onEnter(this.#goToPage)}>
        <label for="jump-page">${t.t('Page')}</label>
        <input id="jump-page" part="jump-page" type="number" inputmode="numeric" min="1" max=${this.pages ?? nothing} step="1" .value=${String(this.page)} aria-invalid=${wrong === 'page' ? 'true' : 'false'} aria-describedby="jump-said" />
        <button type="button" part="jump-page-button" @click=${this.#goToPage}>${t.t('Go to page')}</button>
      </span>
      <span class="jump-field" @keydown=${this.#onEnter(this.#goToDate)}>
        <label for="jump-date">${t.t('Date')}</label>
        <input id="jump-date" part="jump-date" type="date" aria-invalid=${wrong === 'date' ? 'true' : 'false'} aria-describedby="jump-said" />
        <button type="button" part="jump-date-button" ?disabled=${!!this.#looking} @click=${this.#goToDate}>${t.t('Go to date')}</button>
      </span>
      <button type="button" class="small" part="jump-close" @click=${this.#close}>${t.t('Close')}</button>
      <p id="jump-said" class="jump-said${wrong ? ' wrong' : ''}" role="status">${this.#said}</p>
    </div>`;
  }

  #say(said: string, wrong: 'page' | 'date' | '' = ''): void {
    this.#said = said;
    this.#wrong = wrong;
    this.requestUpdate();
  }

  /** Enter in a field does what its button does (there is no form: nothing could submit the page). */
  #onEnter = (go: (e: Event) => unknown) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || (e.target as Element).localName !== 'input') return;
    e.preventDefault();
    void go(e);
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.#close();
  };

  /** Closes the "Go to…" disclosure it is in, focus back on its summary. */
  #close = () => {
    const details = this.closest('details');
    if (!details) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  #goToPage = (e: Event) => {
    e.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#jump-page')!;
    const text = input.value.trim();
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= 1) || (this.pages !== undefined && n > this.pages)) {
      // {first}: 1, the first page (in the reader's digits); {last}: the last page.
      this.#say(this.pages === undefined ? this.#t.t('Enter a page number of {first} or more.', { first: 1 }) : this.#t.t('Enter a page number from {first} to {last}.', { first: 1, last: this.pages }), 'page');
      input.focus();
      return;
    }
    this.#say('');
    this.go((n - 1) * this.size);
  };

  #goToDate = async (e: Event) => {
    e.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#jump-date')!;
    const day = input.value;
    const date = day ? parseCalendarDate(day) : null;
    if (!date) {
      this.#say(this.#t.t('Enter a date.'), 'date');
      input.focus();
      return;
    }
    const t = this.#t;
    // {day}: the date typed, as the reader reads it ("3 March 2024").
    const name = dayName(day, t.locale);
    this.#looking?.abort();
    const looking = (this.#looking = new AbortController());
    this.#say(t.t('Looking for {day}…', { day: name }));
    try {
      // The end of that day in the reader's time zone: the newest entry older than it is the day's last, or the last before it.
      const position = await this.find(new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime(), looking.signal);
      if (looking !== this.#looking) return;
      const size = Math.max(1, this.size);
      const last = Math.max(0, Math.ceil(this.total / size) - 1);
      const page = this.pages !== undefined && position >= this.total ? last : Math.floor(position / size);
      this.#say(
        position === 0
          ? // Nothing was recorded after that day: the newest activities are the answer.
            t.t('Nothing was recorded after {day}: showing the newest activities.', { day: name })
          : this.pages !== undefined && position >= this.total
            ? // Nothing was recorded on or before that day.
              t.t('Nothing was recorded on or before {day}: showing the oldest activities.', { day: name })
            : t.t('Showing page {page}, where the activities of {day} and before begin.', { day: name, page: page + 1 }),
      );
      this.go(page * size);
    } catch (error) {
      if (looking === this.#looking && !isAbort(error)) this.#say(t.t('Could not find that date. {reason}', { reason: errorMessage(error, t) }), 'date');
    } finally {
      if (looking === this.#looking) {
        this.#looking = undefined;
        this.requestUpdate();
      }
    }
  };
}

/** A day as the reader reads it: "3 March 2024" (a calendar day, the same in every time zone). */
function dayName(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

/** The form's styles (and its disclosure's), adopted by the widget's shadow root when the form connects. */
export const jumpStyles = css`
  .pager details[open] {
    flex-basis: 100%;
  }
  .pager summary {
    cursor: pointer;
    font-size: 0.92em;
  }
  .jump {
    margin-top: calc(var(--_space) * 0.5);
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
    flex-basis: 100%;
  }
  .jump-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
  }
  .jump-field label {
    font-size: 0.92em;
    color: var(--_fg-muted);
  }
  .jump input[type='number'] {
    width: 6em;
  }
  .jump-said {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.92em;
  }
  .jump-said:empty {
    display: none;
  }
  .jump-said.wrong {
    color: var(--_danger);
  }
`;

/**
 * The form, in the pager's "Go to…" disclosure, from the widget's query (the page shown, where to
 * go, and the scan that finds a date's position) and the page size.
 */
export function renderJump(query: JumpQuery, size: number, locale: string): TemplateResult {
  const page = query.shown?.page;
  return html`<dw-activity-jump
    .page=${Math.floor(query.offset / size) + 1}
    .pages=${page && !page.totalExact ? undefined : Math.max(1, Math.ceil((page?.total ?? 0) / size))}
    .total=${page?.total ?? 0}
    .size=${size}
    .locale=${locale}
    .go=${query.goTo}
    .find=${(t: number, signal: AbortSignal) => query.fullScan().then((scan) => scan.positionBefore(t, signal))}
  ></dw-activity-jump>`;
}

define(ActivityJump.tagName, ActivityJump);
