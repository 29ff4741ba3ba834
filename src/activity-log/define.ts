import { ActivityLog } from './activity-log.js';

ActivityLog.define();

export { ActivityLog };
export type { ActivityLoadDetail, ActivityExportDetail, ActivityErrorDetail, ActivityFilters } from './activity-log.js';
export { ActivityChangeEvent, ActivityErrorEvent, ActivityExportEvent, ActivityLoadEvent } from './events.js';
export { registerActivityType, ACTIVITY_CATEGORIES, type ActivityCategory, type ActivityTypeDefinition, type ActivityIcon, type ActivityIconName } from './activity-types.js';
export type { ExportFormat } from './export.js';
export type { ActivitySource, ActivityEntry, ActivityQuery, ActivityViewer } from '../api/activity-source.js';
export { registerTranslation } from '../i18n/on-demand.js';
