import { createContext } from '@lit/context';

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

export const dashboardConfigContext = createContext<DashboardConfig | undefined>(Symbol.for('dashboard-widgets.config'));
