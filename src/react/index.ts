/**
 * dashboard-widgets/react: React components wrapping the elements (made with `@lit/react`), for
 * React 18, which would set numbers and objects as attributes and drop the elements' events, and
 * for React 19 users who prefer components. Each sets its element's properties as properties and
 * takes one `on<Event>` prop per event (`onDwActivityLoad`, receiving the typed event). Needs the
 * peer dependencies `react` and `@lit/react`. This entry registers every element it wraps; import
 * one widget's wrapper (`dashboard-widgets/react/activity-log`, ...) to load only that widget.
 */
export { ActivityLog } from './activity-log.js';
export { VisitsChart } from './visits-chart.js';
export { AnalyticsSettings } from './analytics-settings.js';
export { DashboardConfig } from './dashboard-config.js';
export { WidgetFrame } from './widget-frame.js';
