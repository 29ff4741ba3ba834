import type { ReactiveController } from 'lit';
import { translations } from '../i18n/on-demand.js';
import { localesChanged, registry } from '../i18n/registry.js';
import { resolveLocale } from './locale.js';
import { english, prepare, Translation, type Translator } from './translate.js';

/** What the controller needs of its host: a lit element, or any element that has these two. */
export interface LocalizeHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

export interface LocalizeOptions {
  /** A locale the page's defaults give through the context protocol, used when no ancestor names one. */
  inherited?: () => string;
}

const controllers = new WeakMap<object, Localize>();

/**
 * Watches the `lang` attributes of the document, and of each shadow root above `host`, with the
 * page's one MutationObserver: a change makes every element resolve its locale again.
 */
function watch(host: Node): void {
  const r = registry();
  if (!r.observer) {
    r.observer = new MutationObserver(() => localesChanged());
    addEventListener('languagechange', () => localesChanged());
  }
  for (let root = host.getRootNode(); !r.observed.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    r.observed.add(root);
    r.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/**
 * An element's words, numbers and dates in its language, as a reactive controller (in the style
 * of Shoelace's `LocalizeController`). Every element of the library has one (`this.localize`).
 *
 * - The locale: the element's own `locale`, then the nearest ancestor naming one (`lang`, a
 *   `<dashboard-config locale>`, a widget's `locale`), then the browser's. Two elements on one
 *   page may speak two languages.
 * - A change of any of these (an attribute, a property, a `lang` anywhere above) updates the
 *   element in the new language; so does a language's catalogue arriving, or a page registering
 *   words (`registerTranslation`).
 * - English is in the first view. Another language needs the code for other languages (fetched
 *   once, on demand: see i18n/on-demand.ts), then its own file (once per page); meanwhile the
 *   element shows English, left to right, and updates when each arrives.
 * - Numbers and dates: the `core/format.ts` functions with `locale` (they keep their Intl objects).
 *
 * ```ts
 * html`<section lang=${this.localize.locale} dir=${this.localize.dir}>
 *   <h2>${this.localize.t('Share / embed')}</h2>
 *   <p>${this.localize.plural(3000, { one: '{count} activity', other: '{count} activities' })}</p>   // "3,000 activities"
 * </section>`
 * ```
 */
export class Localize extends Translation implements ReactiveController {
  /** The translator of an element that has a controller; English for anything else. */
  static of(host: object): Translator {
    return controllers.get(host) ?? english;
  }

  /**
   * Counts the words that arrived since the element was made (a language's file, words a page
   * registered): what keeps words it has said (rows, options) says them again when this changes.
   */
  words = 0;

  #cache: { own: string; generation: number; locale: string } | undefined;
  /** The locale of the host's last update, and its own locale then. */
  #shown: string | undefined;
  #own: string | undefined;

  constructor(
    readonly host: LocalizeHost,
    readonly options: LocalizeOptions = {},
  ) {
    super();
    controllers.set(host, this);
    host.addController(this);
  }

  /** The host's own locale: its `locale` property, if it has one. */
  #ownLocale(): string {
    const own = (this.host as { locale?: unknown }).locale;
    return typeof own === 'string' ? own : '';
  }

  /** The locale in force (BCP 47, canonical): the words, numbers and dates are in it. */
  get locale(): string {
    const own = this.#ownLocale();
    const { generation } = registry();
    const cache = this.#cache;
    if (cache && cache.own === own && cache.generation === generation) return cache.locale;
    const locale = resolveLocale(own, this.host, this.options.inherited?.());
    this.#cache = { own, generation, locale };
    return locale;
  }

  /** The direction of the locale's script (`ltr` until the code for other languages is here): set it as `dir` on the element's base element. */
  get dir(): 'ltr' | 'rtl' {
    return translations()?.directionOf(this.locale) ?? 'ltr';
  }

  hostConnected(): void {
    this.#cache = undefined;
    registry().listeners.add(this.#changed);
    watch(this.host);
    this.#prepare();
  }

  hostDisconnected(): void {
    registry().listeners.delete(this.#changed);
  }

  hostUpdate(): void {
    const own = this.#ownLocale();
    // The elements inside this one (a panel in a widget) follow its own locale: tell them.
    if (this.#own !== undefined && own !== this.#own) localesChanged();
    this.#own = own;
    this.#prepare();
  }

  /** Gets the words of the locale in force on their way (see `prepare`); updates when the code for other languages arrives. */
  #prepare(): void {
    this.#shown = this.locale;
    void prepare(this.#shown)?.then(() => this.host.requestUpdate());
  }

  /**
   * Some language's words arrived or were registered (`tag`): update (they are few, and rare); or,
   * without a tag, the page's locales may have changed: update when this element's did.
   */
  #changed = (tag?: string): void => {
    if (tag) this.words++;
    if (tag || this.locale !== this.#shown) this.host.requestUpdate();
  };
}
