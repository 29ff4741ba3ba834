import { LitElement, type PropertyDeclarations } from 'lit';
import { define } from './define.js';
import type { DashboardEvent } from './events.js';
import { resolveLocale } from './locale.js';
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

  /** Language and region for dates and numbers (BCP 47, e.g. `fr-CH`). Defaults to the page's `lang`, then the browser's. */
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

  /** The theme in force: `light` or `dark`. */
  get effectiveTheme(): 'light' | 'dark' {
    if (this.theme === 'dark' || this.theme === 'light') return this.theme;
    return this.#dark.matches ? 'dark' : 'light';
  }

  /** The locale in force (own attribute, then the page's defaults, then the nearest `lang`, then the browser). */
  get effectiveLocale(): string {
    return resolveLocale(this.locale || this.inheritedLocale, this);
  }

  /** @internal A locale given by the page's defaults (`WidgetElement`: the enclosing `<dashboard-config>`'s). */
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
