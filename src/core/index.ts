export { DashboardElement, type Theme } from './base-element.js';
export { WidgetElement, type Connection } from './widget-element.js';
export { DashboardConfigElement } from './dashboard-config.js';
export { dashboardConfigContext, type DashboardConfig } from './config-context.js';
export { DashboardEvent } from './events.js';
export type { ErrorDetail } from './error-detail.js';
export { DashboardError, type ErrorKind } from './errors.js';
