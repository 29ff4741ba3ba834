import type { SiteVisits } from '../api/visits-source.js';
import { formatChange } from '../core/format.js';
import { aggregate, comparedPeriods, gapOfRange, relativeChange } from './kpi.js';
import { GAP_TEXT } from './messages.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import { countLabel } from './ranges.js';
import type { ChartModel } from './shape.js';

/*
 * The text summary under the chart. Its code is not part of the widget's first view: the widget
 * loads this module once its first data is shown (see `#summaryPart` in visits-chart.ts).
 */

/**
 * The chart in words, for people who do not see it (and everyone else): what is shown, over
 * which periods, each site's figure for the range with its change, its period in progress, its
 * highest and lowest finished period, and how many periods have no data. `today`: see
 * `comparedPeriods`.
 */
export function describeChart(model: ChartModel, current: readonly SiteVisits[], previous: readonly SiteVisits[] | undefined, locale: string, today = ''): string {
  const info = metricInfo(model.metric);
  const { labels, period } = model;
  if (labels.length === 0) return `${info.label}: the server sent no periods for this range.`;
  const firstSpan = parsePeriodLabel(labels[0]!, period);
  const lastSpan = parsePeriodLabel(labels[labels.length - 1]!, period);
  const range =
    period === 'week' && firstSpan && lastSpan
      ? `${formatDay(firstSpan.start, locale)} to ${formatDay(lastSpan.end, locale)}`
      : labels.length === 1
        ? formatPeriodLabel(labels[0]!, period, locale, 'full')
        : `${formatPeriodLabel(labels[0]!, period, locale, 'full')} to ${formatPeriodLabel(labels[labels.length - 1]!, period, locale, 'full')}`;
  const intro = `${info.label} by ${period}, ${range} (${countLabel(labels.length, period, locale)})`;
  if (model.empty) return `${intro}: no visits were recorded.`;
  if (model.missing) return `${intro}: the server does not report ${info.label.toLowerCase()} for this period length.`;

  const what = info.aggregate === 'sum' ? 'in total' : info.aggregate === 'max' ? 'at most' : info.aggregate === 'mean' ? `on average per ${period}` : 'overall';
  const when = (label: string) => {
    const span = period === 'week' ? parsePeriodLabel(label, period) : null;
    return span ? `the week of ${formatDay(span.start, locale)}` : formatPeriodLabel(label, period, locale, 'full');
  };
  const compared = previous && comparedPeriods(current, previous, today);
  const sentences = model.series.map((series) => {
    const site = current.filter((s) => s.idSite === series.idSite);
    const value = aggregate(site, model.metric);
    if (value === null) return `${series.name}: ${GAP_TEXT[gapOfRange(site, model.metric) ?? 'no-data']}.`;
    const before = compared?.filter((s) => s.idSite === series.idSite);
    const change = before && before.length > 0 ? relativeChange(value, aggregate(before, model.metric)) : null;
    let text = `${series.name}: ${formatMetric(model.metric, value, locale)} ${what}`;
    const own = site[0]?.points.length ?? labels.length;
    if (change !== null) text += ` (${formatChange(change, locale)} against the previous ${countLabel(own, period, locale)})`;
    const { partial, progress } = series;
    if (partial >= 0) text += `; ${when(labels[partial]!)} is in progress${progress && period !== 'day' ? ` (${progress.days} of ${progress.of} days)` : ''}`;
    // Highest and lowest of the finished periods: a period in progress is not a low.
    let hi = -1;
    let lo = -1;
    series.values.forEach((v, i) => {
      if (v === null || i === partial) return;
      if (hi < 0 || v > series.values[hi]!) hi = i;
      if (lo < 0 || v < series.values[lo]!) lo = i;
    });
    const at = (i: number) => `${when(labels[i]!)} (${formatMetric(model.metric, series.values[i], locale)})`;
    if (hi >= 0 && hi !== lo) text += `; highest ${at(hi)}, lowest ${at(lo)}`;
    const empty = series.gaps.filter((g) => g === 'no-data').length;
    if (empty > 0) text += `; no data for ${countLabel(empty, period, locale)}`;
    return `${text}.`;
  });
  return `${intro}. ${sentences.join(' ')}`;
}
