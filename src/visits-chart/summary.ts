import type { SiteVisits } from '../api/visits-source.js';
import type { formatChange } from '../core/format.js';
import type { aggregate, comparedPeriods, gapOfRange, relativeChange } from './kpi.js';
import type { GAP_TEXT, Progress } from './messages.js';
import type { formatMetric, metricInfo } from './metrics.js';
import type { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import type { ChartPeriod, countLabel } from './ranges.js';
import type { ChartModel } from './shape.js';

/*
 * The chart in words: the summary under the chart, and the note on how its period in progress is
 * compared. The widget loads this module once the chart shows its data (in the script-tag bundles,
 * a file of its own under `chunks/`); until it is there, the summary's place is empty.
 */

/**
 * The widget's helpers the chart in words reads a chart with, handed over by the widget
 * (`CHART_READING`, chart-reading.ts). This module imports none of the widget's modules, only
 * their types: so an application's bundler keeps them in the widget's first file rather than
 * splitting them out for this one.
 */
export interface ChartReading {
  aggregate: typeof aggregate;
  comparedPeriods: typeof comparedPeriods;
  gapOfRange: typeof gapOfRange;
  relativeChange: typeof relativeChange;
  formatChange: typeof formatChange;
  formatMetric: typeof formatMetric;
  metricInfo: typeof metricInfo;
  formatDay: typeof formatDay;
  formatPeriodLabel: typeof formatPeriodLabel;
  parsePeriodLabel: typeof parsePeriodLabel;
  countLabel: typeof countLabel;
  GAP_TEXT: typeof GAP_TEXT;
}

/**
 * The chart in words, for people who do not see it (and everyone else): what is shown, over
 * which periods, each site's figure for the range with its change, its period in progress, its
 * highest and lowest finished period, and how many periods have no data. `today`: see
 * `comparedPeriods`.
 */
export function describeChart(read: ChartReading, model: ChartModel, current: readonly SiteVisits[], previous: readonly SiteVisits[] | undefined, locale: string, today = ''): string {
  const { aggregate, comparedPeriods, gapOfRange, relativeChange, formatChange, formatMetric, metricInfo, formatDay, formatPeriodLabel, parsePeriodLabel, countLabel, GAP_TEXT } = read;
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

/** How the period in progress of the shown lines is compared (see `progressNote`); empty when none is in progress. */
export function describeProgress(read: ChartReading, model: ChartModel, compared: boolean, locale: string): string {
  const { formatPeriodLabel } = read;
  const partial = model.series.filter((s) => s.partial >= 0);
  if (partial.length === 0) return '';
  const labels = new Set(partial.map((s) => model.labels[s.partial]!));
  const [label] = labels;
  const what = labels.size === 1 ? formatPeriodLabel(label!, model.period, locale, 'full') : '';
  // How far it is, when every site is as far (the sites' days may differ by their time zones).
  const [first] = partial;
  const alike = partial.every((s) => s.progress?.days === first!.progress?.days);
  return progressNote(what, model.period, alike ? first!.progress : null, compared);
}

/**
 * The period in progress and what it is compared with, in a sentence. `what` names it
 * ("December 2026", "Sun, Dec 6, 2026"), or is empty when the sites' periods in progress differ
 * (their time zones do). Its figures so far are compared with a whole period: say so, with how
 * far it is, so that a month a few days old does not read as a fall.
 */
export function progressNote(what: string, period: ChartPeriod, progress: Progress | null, compared: boolean): string {
  const subject = !what ? `Each site’s current ${period} is in progress (in the site’s own time zone)` : period === 'day' ? `Today (${what}) is in progress` : `${what} is in progress`;
  const howFar = what && progress && period !== 'day' ? ` (${progress.days} of ${progress.of} days)` : '';
  if (!compared) return `${subject}${howFar}.`;
  return `${subject}${howFar}: its figures so far are compared with a whole ${period}.`;
}
