import type { SiteVisits } from '../api/visits-source.js';
import { formatChange } from '../core/format.js';
import { aggregate, gapOfRange, relativeChange } from './kpi.js';
import { GAP_TEXT, type Progress } from './messages.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import { countLabel, type ChartPeriod } from './ranges.js';
import type { ChartModel } from './shape.js';

/*
 * The text summary under the chart. Its code is not part of the widget's first view: the widget
 * loads this module once its first data is shown (see `#summaryPart` in visits-chart.ts).
 */

/**
 * The chart in words, for people who do not see it (and everyone else): what is shown, over
 * which periods, each site's figure for the range with its change, its period in progress, its
 * highest and lowest finished period, and how many periods have no data. `compared`: the
 * comparison's periods that answer those begun (see `comparedPeriods`); `against` names them
 * (default: "against the previous N days").
 */
export function describeChart(model: ChartModel, current: readonly SiteVisits[], compared: readonly SiteVisits[] | undefined, locale: string, against?: string): string {
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
  const sentences = model.series.map((series) => {
    const site = current.filter((s) => s.idSite === series.idSite);
    const value = aggregate(site, model.metric);
    if (value === null) return `${series.name}: ${GAP_TEXT[gapOfRange(site, model.metric) ?? 'no-data']}.`;
    const before = compared?.filter((s) => s.idSite === series.idSite);
    const change = before && before.length > 0 ? relativeChange(value, aggregate(before, model.metric)) : null;
    let text = `${series.name}: ${formatMetric(model.metric, value, locale)} ${what}`;
    const own = site[0]?.points.length ?? labels.length;
    if (change !== null) text += ` (${formatChange(change, locale)} ${against ?? `against the previous ${countLabel(own, period, locale)}`})`;
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

/** What was left out of an answer (see `cleanVisits`), in words: shown above the KPIs once this code is there, as the summary is (a rare note, out of the first view). */
export function droppedText(periods: number, values: number): string {
  const parts = [
    periods ? `${periods} ${periods === 1 ? 'period' : 'periods'} with an unreadable or impossible date` : '',
    values ? `${values} impossible ${values === 1 ? 'value' : 'values'} (shown as gaps)` : '',
  ];
  return `Some data from the server was left out: ${parts.filter(Boolean).join(', ')}.`;
}

/** A metric the server does not report for the chart's period length (unique visitors by year): the chart's title and advice over it. */
export function missingText(model: ChartModel): [string, string] {
  const label = metricInfo(model.metric).label.toLowerCase();
  return [`No ${label} for this period length`, `The server does not report ${label} by ${model.period}. Pick a shorter period or another metric.`];
}

/**
 * How the period in progress of the shown lines is compared (see `progressNote`); empty when none
 * is in progress. Shown between the KPIs and the chart once this code is there, as the summary is
 * (the widget keeps its line meanwhile).
 */
export function describeProgress(model: ChartModel, compared: boolean, locale: string): string {
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
function progressNote(what: string, period: ChartPeriod, progress: Progress | null, compared: boolean): string {
  const subject = !what ? `Each site’s current ${period} is in progress (in the site’s own time zone)` : period === 'day' ? `Today (${what}) is in progress` : `${what} is in progress`;
  const howFar = what && progress && period !== 'day' ? ` (${progress.days} of ${progress.of} days)` : '';
  if (!compared) return `${subject}${howFar}.`;
  return `${subject}${howFar}: its figures so far are compared with a whole ${period}.`;
}
