import { formatChange } from '../core/format.js';
import { aggregate, comparedPeriods, gapOfRange, relativeChange } from './kpi.js';
import { GAP_TEXT } from './messages.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import { countLabel } from './ranges.js';
import type { ChartReading } from './summary.js';

/** The helpers the chart in words (summary.ts, loaded on demand) reads a chart with: see `ChartReading`. */
export const CHART_READING: ChartReading = {
  aggregate,
  comparedPeriods,
  gapOfRange,
  relativeChange,
  formatChange,
  formatMetric,
  metricInfo,
  formatDay,
  formatPeriodLabel,
  parsePeriodLabel,
  countLabel,
  GAP_TEXT,
};
