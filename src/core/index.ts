export { DashboardElement, type Theme, type Connection, type DashboardEventMap } from './base-element.js';
export { DashboardConfigElement } from './dashboard-config.js';
export { dashboardConfigContext, type DashboardConfig } from './config-context.js';
