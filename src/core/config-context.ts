import type { Context } from './context.js';

/** Defaults that a `<dashboard-config>` gives to every widget inside it. */
export interface DashboardConfig {
  /** Default server base for every widget. */
  apiBase?: string;
  /** Default token for every widget. */
  token?: string;
  /** Matomo base, when Matomo and Rocket.Chat live on different hosts. */
  matomoBase?: string;
  matomoToken?: string;
  /** Rocket.Chat base, user id and token. */
  rocketchatBase?: string;
  rocketchatUserId?: string;
  rocketchatToken?: string;
  /** Request timeout in seconds. */
  timeout?: number;
  locale?: string;
}

/**
 * The context key of the page defaults (a `Symbol.for`, so every copy of the library shares it).
 * A provider written with `@lit/context` can give widgets their defaults with this key too.
 */
export const dashboardConfigContext = Symbol.for('dashboard-widgets.config') as Context<symbol, DashboardConfig | undefined>;
