import { LitElement, type PropertyDeclarations } from 'lit';
import { define } from './define.js';
import type { DashboardEvent } from './events.js';
import { OWN_LOCALE } from './locale.js';
import { Localize } from './localize.js';
import { MediaQuery, PREFERS_DARK } from './media-query.js';

/** Colour scheme of an element: `auto` follows the user's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base class of every element of the library that has a look of its own (the widgets, the
 * Share panel): registration, language, colour scheme, compact mode and typed events. The data
 * widgets add their server connection on `WidgetElement`.
 *
 * - `static define(tag?)` registers the element and tolerates double registration (`core/define.ts`).
 * - `locale`, `theme` and `compact` are common to all of them.
 * - `localize` gives the element's words, numbers and dates in its language, and its direction
 *   (`core/localize.ts`): a change of language updates the element.
 * - `emit()` fires one of the library's event classes (bubbling, composed; see `core/events.ts`).
 */
export abstract class DashboardElement extends LitElement {
  /** The tag name used by `define()` when none is given. Set by each element. */
  static tagName = '';

  /**
   * Registers the element under `tag` (default: its own tag name). Does nothing when the tag is
   * already taken by this class (a page may load two copies of an entry point); registers a
   * subclass when the tag name is new but the class is already registered under another name.
   * Warns, without throwing, when another class owns the tag.
   */
  static define(tag: string = this.tagName): void {
    define(tag, this as unknown as CustomElementConstructor & { tagName: string });
  }

  // Declared here rather than with decorators: each file with decorators carries its own copy of
  // their helper, and every widget's bundle includes this file.
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  /**
   * Language and region of every word, date and number (BCP 47, e.g. `fr-CH`). Defaults to the
   * nearest `lang` or `<dashboard-config locale>` around it, then the browser's language.
   */
  locale = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the operating system). */
  theme: Theme = 'auto';

  /**
   * Shows the data alone: no heading, buttons or controls (the activity log keeps its pages; the
   * settings form its fields and Save; the chart shows its KPIs and the chart with its legend). For a
   * copy embedded in a client's page.
   */
  compact = false;

  /** The operating system's colour scheme (a change updates the element). */
  #dark = new MediaQuery(this, PREFERS_DARK);

  /**
   * @internal The element's words, numbers and dates in its language, and its direction: `t(key,
   * params)`, `dir`, `locale`… (see `core/localize.ts`).
   */
  protected readonly localize: Localize = new Localize(this, { inherited: () => this.inheritedLocale });

  /** @internal The locale this element was given (its `locale`): elements inside it speak it too. */
  get [OWN_LOCALE](): string {
    return this.locale;
  }

  /** The theme in force: `light` or `dark`. */
  get effectiveTheme(): 'light' | 'dark' {
    if (this.theme === 'dark' || this.theme === 'light') return this.theme;
    return this.#dark.matches ? 'dark' : 'light';
  }

  /** The locale in force: its own `locale`, then the nearest `lang` or `<dashboard-config locale>` around it, then the browser's. */
  get effectiveLocale(): string {
    return this.localize.locale;
  }

  /** @internal A locale given by the page's defaults through the context protocol (`WidgetElement`: the enclosing provider's), used when nothing around the element names one. */
  protected get inheritedLocale(): string {
    return '';
  }

  /**
   * Fires one of the library's events (an instance of a `DashboardEvent` class). Returns false
   * when a listener cancelled it.
   * @internal
   */
  protected emit(event: DashboardEvent<unknown>): boolean {
    return this.dispatchEvent(event);
  }
}
