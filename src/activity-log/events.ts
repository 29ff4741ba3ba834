import { DashboardEvent } from '../core/events.js';
import type { ErrorDetail } from '../core/error-detail.js';
import type { ActivityEntry } from '../api/activity-source.js';
import type { ExportFormat } from './export.js';
import type { ActivityFilters } from './filters.js';

/** Detail of `dw-activity-load`. */
export interface ActivityLoadDetail {
  /** The entries shown, newest first. */
  entries: ActivityEntry[];
  /** Entries matching the filters; a lower bound while `totalExact` is false (a text search still counting or bounded). */
  total: number;
  totalExact: boolean;
  /** 1-based page number. */
  page: number;
  pageSize: number;
  /** Position of the first entry shown within the filtered view. */
  offset: number;
  filters: ActivityFilters;
}

/** Detail of `dw-activity-export`. */
export interface ActivityExportDetail {
  format: ExportFormat;
  /** Entries written to the file. */
  count: number;
  fileName: string;
}

/** Detail of `dw-activity-error`: what failed, during loading a page, a live refresh, an export, or the audit report. */
export type ActivityErrorDetail = ErrorDetail<'load' | 'refresh' | 'export' | 'report'>;

/** `dw-activity-load`: a page of entries was loaded and rendered (again when a text search has finished counting). */
export class ActivityLoadEvent extends DashboardEvent<ActivityLoadDetail> {
  constructor(detail: ActivityLoadDetail) {
    super('dw-activity-load', detail);
  }
}

/** `dw-activity-change`: the reader changed a filter. Detail: the filters. */
export class ActivityChangeEvent extends DashboardEvent<ActivityFilters> {
  constructor(detail: ActivityFilters) {
    super('dw-activity-change', detail);
  }
}

/** `dw-activity-export`: an export was saved. */
export class ActivityExportEvent extends DashboardEvent<ActivityExportDetail> {
  constructor(detail: ActivityExportDetail) {
    super('dw-activity-export', detail);
  }
}

/** `dw-activity-error`: loading, refreshing or exporting failed (aborted requests are not errors). */
export class ActivityErrorEvent extends DashboardEvent<ActivityErrorDetail> {
  constructor(detail: ActivityErrorDetail) {
    super('dw-activity-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-activity-load': ActivityLoadEvent;
    'dw-activity-change': ActivityChangeEvent;
    'dw-activity-export': ActivityExportEvent;
    'dw-activity-error': ActivityErrorEvent;
  }
}
