import { LitElement, html, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextProvider } from './context.js';
import { define } from './define.js';
import { dashboardConfigContext, type DashboardConfig } from './config-context.js';
import { OWN_LOCALE } from './locale.js';
import { localesChanged } from '../i18n/registry.js';

/** The token attributes, each read once into its property, then removed from the DOM. */
const TOKEN_ATTRIBUTES = { token: 'token', 'matomo-token': 'matomoToken', 'rocketchat-token': 'rocketchatToken' } as const;

/**
 * Gives defaults to every widget inside it, so a page with several widgets names its servers once.
 * A widget's own attribute wins over these defaults. A token given here is only sent to the server
 * named here: a widget with an `api-base` of its own does not receive it.
 *
 * @summary Page-level defaults (servers, tokens, timeout, locale) for the widgets inside.
 * @attr token - Default token for every widget inside: read once into the `token` property, then removed from the DOM.
 * @attr matomo-token - Matomo token: read once into `matomoToken`, then removed from the DOM.
 * @attr rocketchat-token - Rocket.Chat personal access token: read once into `rocketchatToken`, then removed from the DOM.
 * @slot - The widgets (and any other content).
 * @tag dashboard-config
 */
export class DashboardConfigElement extends LitElement {
  static tagName = 'dashboard-config';

  /** Registers `<dashboard-config>` (or `tag`), tolerating a second registration (see `core/define.ts`). */
  static define(tag: string = this.tagName): void {
    define(tag, this);
  }

  // Declared here rather than with decorators, which would bring a helper of their own.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    token: { attribute: false },
    matomoBase: { attribute: 'matomo-base' },
    matomoToken: { attribute: false },
    rocketchatBase: { attribute: 'rocketchat-base' },
    rocketchatUserId: { attribute: 'rocketchat-user-id' },
    rocketchatToken: { attribute: false },
    timeout: { type: Number },
    locale: {},
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Default server base for every widget inside (Matomo root or Rocket.Chat root). */
  apiBase = '';
  /** Default token for every widget inside. Read once, then removed from the DOM. */
  token = '';
  /** Matomo root, when it differs from `api-base`. */
  matomoBase = '';
  /** Matomo token (a view-only token for shared pages). Read once, then removed from the DOM. */
  matomoToken = '';
  /** Rocket.Chat root, when it differs from `api-base`. */
  rocketchatBase = '';
  /** Rocket.Chat user id (`X-User-Id`). */
  rocketchatUserId = '';
  /** Rocket.Chat personal access token (`X-Auth-Token`). Read once, then removed from the DOM. */
  rocketchatToken = '';
  /** Request timeout in seconds for every widget inside, 1 to 600 (values outside are clamped). */
  timeout = 0;
  /**
   * Language and region for every widget inside (BCP 47): their words, dates and numbers. A
   * nearer `lang` (or a widget's own `locale`) wins.
   */
  locale = '';

  /** @internal The locale given (elements inside resolve theirs through it). */
  get [OWN_LOCALE](): string {
    return this.locale;
  }

  #provider = new ContextProvider<DashboardConfig | undefined>(this, dashboardConfigContext, {});

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provider.announce();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(TOKEN_ATTRIBUTES)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const property = TOKEN_ATTRIBUTES[name as keyof typeof TOKEN_ATTRIBUTES];
    if (!property) return super.attributeChangedCallback(name, old, value);
    if (value !== null) {
      this[property] = value;
      this.removeAttribute(name);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every element inside follows the locale, widgets and others (a Share panel) alike, including
    // those that rendered before this element was registered.
    if (changed.has('locale')) localesChanged();
    this.#provider.setValue({
      apiBase: this.apiBase,
      token: this.token,
      matomoBase: this.matomoBase,
      matomoToken: this.matomoToken,
      rocketchatBase: this.rocketchatBase,
      rocketchatUserId: this.rocketchatUserId,
      rocketchatToken: this.rocketchatToken,
      timeout: this.timeout,
      locale: this.locale,
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dashboard-config': DashboardConfigElement;
  }
}
