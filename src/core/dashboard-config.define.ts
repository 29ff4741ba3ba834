import { DashboardConfigElement } from './dashboard-config.js';

DashboardConfigElement.define();

export { DashboardConfigElement };
