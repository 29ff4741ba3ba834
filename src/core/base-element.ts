import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from './context.js';
import { dashboardConfigContext, type DashboardConfig } from './config-context.js';
import { resolveLocale } from './locale.js';
import { clampNumber, TIMEOUT_RANGE } from './numbers.js';

/** Colour scheme of a widget: `auto` follows the user's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base class of every dashboard widget.
 *
 * - `static define(tag?)` registers the element and tolerates double registration.
 * - `locale` and `theme` are common to all widgets.
 * - `apiBase`, `token` and `timeout` fall back to the nearest `<dashboard-config>`.
 * - `emit()` fires the library's typed, bubbling, composed events.
 */
export abstract class DashboardElement extends LitElement {
  /** The tag name used by `define()` when none is given. Set by each widget. */
  static tagName = '';

  /**
   * Registers the element under `tag` (default: the widget's own tag name).
   * Does nothing when the tag is already taken by this class (a page may load two copies of an
   * entry point); registers a subclass when the tag name is new but the class is already
   * registered under another name. Warns, without throwing, when another class owns the tag.
   */
  static define(tag: string = this.tagName): void {
    if (!tag) throw new Error('dashboard-widgets: define() needs a tag name');
    const existing = customElements.get(tag);
    if (existing) {
      // Another copy of the same widget (two bundles on one page) is fine; anything else is a clash.
      if ((existing as unknown as { tagName?: string }).tagName !== this.tagName) {
        console.warn(`dashboard-widgets: <${tag}> is already defined by another element; not redefined.`);
      }
      return;
    }
    // A constructor can be registered once only: a second tag name gets its own subclass.
    const Ctor = this as unknown as CustomElementConstructor;
    customElements.define(tag, customElements.getName?.(Ctor) ? class extends Ctor {} : Ctor);
  }

  // Declared here rather than with decorators: each file with decorators carries its own copy of
  // their helper, and every widget's bundle includes this file.
  static override properties: PropertyDeclarations = {
    locale: { reflect: true },
    theme: { reflect: true },
    apiBase: { attribute: 'api-base' },
    token: { attribute: false },
    timeout: { type: Number },
    compact: { type: Boolean, reflect: true },
  };

  /** Language and region for dates and numbers (BCP 47, e.g. `fr-CH`). Defaults to the page's `lang`, then the browser's. */
  locale = '';

  /** Colour scheme: `light`, `dark`, or `auto` (follows the operating system). */
  theme: Theme = 'auto';

  /** Base URL of the server. Falls back to the nearest `<dashboard-config>`. */
  apiBase = '';

  /** Access token. Falls back to the nearest `<dashboard-config>`. Never rendered, logged or put in a URL. */
  token = '';

  /** Request timeout in seconds, 1 to 600 (default 15; values outside are clamped). Falls back to the nearest `<dashboard-config>`. */
  timeout = 0;

  /**
   * Shows the data alone: no heading, buttons or controls (the activity log keeps its pages; the
   * settings form its fields and Save). For a copy embedded in a client's page.
   */
  compact = false;

  /** @internal Defaults given by an enclosing `<dashboard-config>` (a change updates the widget as `config`). */
  protected config?: DashboardConfig;

  #config = new ContextConsumer(this, dashboardConfigContext, (value) => {
    const old = this.config;
    this.config = value;
    this.requestUpdate('config', old);
  });

  /** The operating system's colour scheme (no `matchMedia` outside a browser, e.g. in jsdom). */
  #media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  #onMedia = () => this.requestUpdate();

  // The token is an attribute for plain-HTML pages, but it is not reflected back and is
  // removed from the DOM once read, so it never shows in the inspector or a serialised page.
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'token') {
      if (value !== null) {
        this.token = value;
        this.removeAttribute('token');
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'token'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#config.request();
    this.#media?.addEventListener('change', this.#onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#config.stop();
    this.#media?.removeEventListener('change', this.#onMedia);
  }

  /** The theme in force: `light` or `dark`. */
  get effectiveTheme(): 'light' | 'dark' {
    if (this.theme === 'dark' || this.theme === 'light') return this.theme;
    return this.#media?.matches ? 'dark' : 'light';
  }

  /** The locale in force (own attribute, then the page's `lang`, then the browser). */
  get effectiveLocale(): string {
    return resolveLocale(this.locale || this.config?.locale || '', this);
  }

  /**
   * @internal The server to talk to: the widget's own `api-base` and `token` win; otherwise the
   * enclosing `<dashboard-config>`'s server-specific, then generic, defaults. A token from the
   * provider is only used with the provider's base, never sent to a base the widget named itself.
   */
  protected connection(kind: 'matomo' | 'rocketchat', ownUserId = ''): Connection {
    const c = this.config ?? {};
    if (this.apiBase) return { apiBase: this.apiBase, token: this.token, userId: ownUserId };
    const specificBase = c[`${kind}Base`];
    const specificToken = c[`${kind}Token`];
    const apiBase = specificBase || c.apiBase || '';
    const token = this.token || (specificBase ? specificToken : specificToken || c.token) || '';
    const userId = ownUserId || (kind === 'rocketchat' ? c.rocketchatUserId ?? '' : '');
    return { apiBase, token, userId };
  }

  /** @internal The request timeout in milliseconds. */
  protected get timeoutMs(): number {
    const seconds = this.timeout || this.config?.timeout || 15;
    return clampNumber(seconds, TIMEOUT_RANGE, 15) * 1000;
  }

  /**
   * Fires a library event: `bubbles` and `composed`, so a page can listen on any ancestor.
   * @internal
   */
  protected emit<K extends keyof DashboardEventMap>(name: K, detail: DashboardEventMap[K]['detail']): boolean {
    return fire(this, name, detail);
  }

}

/** Dispatches a library event (kept outside the class so the docs list only each widget's own events). */
function fire(target: EventTarget, name: string, detail: unknown): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Where a widget sends its requests. */
export interface Connection {
  apiBase: string;
  token: string;
  /** Rocket.Chat only: the user id sent as `X-User-Id`. */
  userId: string;
}

/**
 * The library's events, keyed by name. Widgets add theirs by declaration merging; every name
 * starts with `dw-`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface DashboardEventMap {}
