import { DashboardEvent } from '../core/events.js';
import type { ErrorDetail } from '../core/error-detail.js';
import type { VisitsComparison, VisitsMetric } from '../api/visits-source.js';
import type { ChartPeriod } from './ranges.js';

/** A site as the events describe it. */
export interface VisitsSiteRef {
  idSite: string;
  name: string;
}

/** `dw-visits-load`: data for the range arrived and is shown. */
export interface VisitsLoadDetail {
  sites: VisitsSiteRef[];
  period: ChartPeriod;
  /** The `date` the data answers (Matomo's form, as set on the widget). */
  date: string;
  /** The KPI metrics, then the charted one if it is not among them. */
  metrics: VisitsMetric[];
  /** The charted metric. */
  metric: VisitsMetric;
  /** How many periods the range has. */
  periods: number;
  /** The comparison range that was loaded, `YYYY-MM-DD,YYYY-MM-DD` (the periods right before, or a year before with `compare="previous-year"`). */
  compareDate: string;
}

/** `dw-visits-change`: the user changed the period, range, metric, comparison or shown sites. */
export interface VisitsChangeDetail {
  period: ChartPeriod;
  date: string;
  metric: VisitsMetric;
  metrics: VisitsMetric[];
  /** The sites shown (all of `site-id` unless the user hid some). */
  siteIds: string[];
  /** The comparison drawn: `previous-period` (or true), `previous-year`, or false for none. */
  compare: boolean | VisitsComparison;
  /** The segment definition charted (empty: all visits). */
  segment: string;
  /** Whether the annotations are shown. */
  annotations: boolean;
  /** What changed. */
  cause: 'period' | 'range' | 'metric' | 'compare' | 'sites' | 'segment' | 'annotations';
}

/** `dw-visits-error`: loading failed (aborted requests are not errors). */
export interface VisitsErrorDetail extends ErrorDetail<'load'> {
  /** Whether the widget kept older data on screen. */
  stale: boolean;
}

/** `dw-visits-export`: a file was saved. */
export interface VisitsExportDetail {
  /** The shown data (`csv`), or the chart with its title, range, sites and legend as a picture (`png`) or a vector drawing (`svg`). */
  format: 'csv' | 'png' | 'svg';
  fileName: string;
  bytes: number;
}

/** `dw-visits-load`: data for the range arrived and is shown. */
export class VisitsLoadEvent extends DashboardEvent<VisitsLoadDetail> {
  constructor(detail: VisitsLoadDetail) {
    super('dw-visits-load', detail);
  }
}

/** `dw-visits-change`: the user changed the period, range, metric, comparison or shown sites. */
export class VisitsChangeEvent extends DashboardEvent<VisitsChangeDetail> {
  constructor(detail: VisitsChangeDetail) {
    super('dw-visits-change', detail);
  }
}

/** `dw-visits-error`: loading failed. */
export class VisitsErrorEvent extends DashboardEvent<VisitsErrorDetail> {
  constructor(detail: VisitsErrorDetail) {
    super('dw-visits-error', detail);
  }
}

/** `dw-visits-export`: a CSV, PNG or SVG file was saved. */
export class VisitsExportEvent extends DashboardEvent<VisitsExportDetail> {
  constructor(detail: VisitsExportDetail) {
    super('dw-visits-export', detail);
  }
}

/** What the range picker asks its widget to show. */
export interface RangeChangeDetail {
  period: ChartPeriod;
  date: string;
  /** Whether the custom range form is open. */
  custom: boolean;
  /** What the reader did: picked a period, a range (a preset or custom days), or opened the custom form. */
  cause: 'period' | 'range' | 'custom';
}

/**
 * `dw-visits-range-change`: the reader used the range picker. It stays inside the widget (neither
 * bubbling nor composed); the widget answers with `dw-visits-change`.
 * @internal
 */
export class RangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  constructor(detail: RangeChangeDetail) {
    super('dw-visits-range-change', { detail });
  }
}

/**
 * `dw-visits-custom-range`: the reader applied two dates in the custom range form; `detail` is
 * the range, `YYYY-MM-DD,YYYY-MM-DD`. It stays inside the widget, like `RangeChangeEvent`.
 * @internal
 */
export class CustomRangeEvent extends CustomEvent<string> {
  constructor(date: string) {
    super('dw-visits-custom-range', { detail: date });
  }
}

/** `dw-visits-segment`, from the segment picker: defined with it, as its code loads on demand. @internal */
export type { SegmentPickDetail, SegmentPickEvent } from './segment-picker.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-visits-load': VisitsLoadEvent;
    'dw-visits-change': VisitsChangeEvent;
    'dw-visits-error': VisitsErrorEvent;
    'dw-visits-export': VisitsExportEvent;
  }
}
