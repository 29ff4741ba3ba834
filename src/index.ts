/**
 * dashboard-widgets: registers every element (`<activity-log>`, `<visits-chart>`,
 * `<analytics-settings>`, `<dashboard-config>`) and exports their classes and helpers (the
 * settings' validators and tracking-code builders: `dashboard-widgets/analytics-settings/helpers`).
 * Import a single widget's entry (`dashboard-widgets/activity-log`, ...) to load less.
 */
export * from './core/dashboard-config.define.js';
export * from './activity-log/define.js';
export * from './visits-chart/define.js';
export * from './analytics-settings/define.js';
export { DashboardElement, WidgetElement, DashboardEvent, DashboardError, dashboardConfigContext, type DashboardConfig, type ErrorDetail, type ErrorKind, type Theme } from './core/index.js';
export * from './api/errors.js';
export { LockoutError, RefusedTokenError } from './api/sign-in-errors.js';
export { TwoFactorError } from './api/two-factor-error.js';
export { MatomoClient } from './api/matomo.js';
export { RocketChatClient } from './api/rocketchat.js';
export { registerTranslation, type Messages, type MessageId } from './i18n/index.js';
