import type { Translator } from '../core/translate.js';
import { GAP_TEXT, type Progress } from './messages.js';
import { formatMetric } from './metrics.js';
import type { ChartPeriod } from './ranges.js';
import type { ChartModel, SeriesModel } from './shape.js';

/*
 * A value of the chart as the tooltip and the table view read it, with what a gap is and how far
 * a period in progress is. Only those parts need it (both on demand): it loads with the first of
 * them (in the script-tag bundles, in a file they share under `chunks/`).
 */

/** A value of the period in progress: "so far" (a day), "so far: 6 of 31 days" (longer periods). */
export function soFar(t: Translator, period: ChartPeriod, { days, of }: Progress): string {
  // {days}: the days of the period gone, {count}: the days of the period.
  return period === 'day' ? t.t('so far') : t.plural(of, { one: 'so far: {days} of {count} day', other: 'so far: {days} of {count} days' }, { days });
}

/**
 * A line's value at a period as people read it (tooltip, table): the number, or why there is
 * none, and "so far" on the period in progress. `previous`: the comparison's value.
 */
export function valueText(model: ChartModel, series: SeriesModel, i: number, previous: boolean, t: Translator): string {
  const line = previous ? series.previous : series;
  const value = line?.values[i] ?? null;
  const gap = line?.gaps[i] ?? null;
  const text = value === null && gap ? t.text(GAP_TEXT[gap]) : formatMetric(model.metric, value, t.locale);
  const inProgress = !previous && i === series.partial && series.progress && gap !== 'not-available';
  // {value}: the period's value ("190"); {progress}: "so far: 6 of 31 days".
  return inProgress ? t.t('{value} ({progress})', { value: text, progress: soFar(t, model.period, series.progress!) }) : text;
}
