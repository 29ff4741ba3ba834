import type { PropertyDeclarations } from 'lit';
import { DashboardElement } from './base-element.js';
import { ContextConsumer } from './context.js';
import { dashboardConfigContext, type DashboardConfig } from './config-context.js';
import { clampNumber, TIMEOUT_RANGE } from './numbers.js';
import { localesChanged } from '../i18n/registry.js';

/** Where a widget sends its requests. */
export interface Connection {
  apiBase: string;
  token: string;
  /** Rocket.Chat only: the user id sent as `X-User-Id`. */
  userId: string;
}

/**
 * The base class of the data widgets: a `DashboardElement` that talks to a server.
 *
 * - `apiBase`, `token` and `timeout` fall back to the nearest `<dashboard-config>` (its locale too:
 *   the nearest of a `lang` and a `<dashboard-config locale>` around the widget wins).
 * - The `token` attribute is read once into the property and removed from the DOM.
 * - `connection()` and `timeoutMs` say where and how long to ask.
 */
export abstract class WidgetElement extends DashboardElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    token: { attribute: false },
    timeout: { type: Number },
  };

  /** Base URL of the server. Falls back to the nearest `<dashboard-config>`. */
  apiBase = '';

  /** Access token. Falls back to the nearest `<dashboard-config>`. Never rendered, logged or put in a URL. */
  token = '';

  /** Request timeout in seconds, 1 to 600 (default 15; values outside are clamped). Falls back to the nearest `<dashboard-config>`. */
  timeout = 0;

  /** @internal Defaults given by an enclosing `<dashboard-config>` (a change updates the widget as `config`). */
  protected config?: DashboardConfig;

  #config = new ContextConsumer(this, dashboardConfigContext, (value) => {
    const old = this.config;
    this.config = value;
    this.requestUpdate('config', old);
    if ((old?.locale ?? '') !== (value?.locale ?? '')) localesChanged();
  });

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#config.stop();
  }

  /** @internal */
  protected override get inheritedLocale(): string {
    return this.config?.locale ?? '';
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
}
