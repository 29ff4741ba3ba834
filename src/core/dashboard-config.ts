import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from './context.js';
import { dashboardConfigContext, type DashboardConfig } from './config-context.js';

const TOKEN_ATTRIBUTES = ['token', 'matomo-token', 'rocketchat-token'] as const;

/**
 * Gives defaults to every widget inside it, so a page with several widgets names its servers once.
 * A widget's own attribute wins over these defaults. A token given here is only sent to the server
 * named here: a widget with an `api-base` of its own does not receive it.
 *
 * @summary Page-level defaults (servers, tokens, timeout, locale) for the widgets inside.
 * @slot - The widgets (and any other content).
 * @tag dashboard-config
 */
export class DashboardConfigElement extends LitElement {
  static tagName = 'dashboard-config';

  static define(tag: string = this.tagName): void {
    if (!customElements.get(tag)) customElements.define(tag, customElements.getName?.(this) ? class extends this {} : this);
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Default server base for every widget inside (Matomo root or Rocket.Chat root). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Default token for every widget inside. Read once, then removed from the DOM. */
  @property({ attribute: false }) token = '';
  /** Matomo root, when it differs from `api-base`. */
  @property({ attribute: 'matomo-base' }) matomoBase = '';
  /** Matomo token (a view-only token for shared pages). Read once, then removed from the DOM. */
  @property({ attribute: false }) matomoToken = '';
  /** Rocket.Chat root, when it differs from `api-base`. */
  @property({ attribute: 'rocketchat-base' }) rocketchatBase = '';
  /** Rocket.Chat user id (`X-User-Id`). */
  @property({ attribute: 'rocketchat-user-id' }) rocketchatUserId = '';
  /** Rocket.Chat personal access token (`X-Auth-Token`). Read once, then removed from the DOM. */
  @property({ attribute: false }) rocketchatToken = '';
  /** Request timeout in seconds for every widget inside. */
  @property({ type: Number }) timeout = 0;
  /** Locale for every widget inside. */
  @property() locale = '';

  #provider = new ContextProvider<DashboardConfig | undefined>(this, dashboardConfigContext, {});

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provider.announce();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...TOKEN_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if ((TOKEN_ATTRIBUTES as readonly string[]).includes(name)) {
      if (value === null) return;
      if (name === 'token') this.token = value;
      else if (name === 'matomo-token') this.matomoToken = value;
      else this.rocketchatToken = value;
      this.removeAttribute(name);
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(): void {
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
