export { DashboardElement, type Theme } from './base-element.js';
export { WidgetElement, type Connection } from './widget-element.js';
export { DashboardConfigElement } from './dashboard-config.js';
export { dashboardConfigContext, type DashboardConfig } from './config-context.js';
export { DashboardEvent, type ErrorDetail } from './events.js';
export { DashboardError, type ErrorKind } from './errors.js';
