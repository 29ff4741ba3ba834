import { VisitsChart } from './visits-chart.js';

VisitsChart.define();

export { VisitsChart };
export type { VisitsChangeDetail, VisitsErrorDetail, VisitsExportDetail, VisitsLoadDetail, VisitsSiteRef } from './visits-chart.js';
export { VisitsChangeEvent, VisitsErrorEvent, VisitsExportEvent, VisitsLoadEvent } from './events.js';
export type { ChartPeriod } from './ranges.js';
export { MatomoVisitsSource, VISITS_METRICS } from '../api/visits-source.js';
export type { SiteInfo, SiteVisits, VisitsComparison, VisitsMetric, VisitsMetrics, VisitsPeriod, VisitsPoint, VisitsQuery, VisitsResult, VisitsSource } from '../api/visits-source.js';
export { registerTranslation } from '../i18n/on-demand.js';
