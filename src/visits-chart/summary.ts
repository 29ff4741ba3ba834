import { css } from 'lit';
import type { SiteVisits } from '../api/visits-source.js';
import { formatChange } from '../core/format.js';
import type { Translator } from '../core/translate.js';
import { aggregate, gapOfRange, relativeChange } from './kpi.js';
import { GAP_TEXT, type Progress } from './messages.js';
import { formatMetric, metricInfo } from './metrics.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import { PERIOD_UNITS, type ChartPeriod } from './ranges.js';
import { countLabel } from './range-words.js';
import type { ChartModel } from './shape.js';
import type { YearWords } from './load.js';

/*
 * The text summary under the chart. Its code is not part of the widget's first view: the widget
 * loads this module once its first data is shown (see `#summaryPart` in visits-chart.ts). Its
 * sentences are made of whole clauses, each a message, in the translator's language.
 */

/** The styles of the rare notes this module words (an empty range's words over the chart, a failed refresh over older data), adopted when it arrives. */
export const noteStyles = css`
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .stale p {
    flex: 1 1 16em;
    margin: 0;
  }

  .empty {
    color: var(--_fg-muted);
    text-align: center;
  }

  .empty strong {
    display: block;
    color: var(--_fg);
  }
`;

/**
 * The chart in words, for people who do not see it (and everyone else): what is shown, over
 * which periods, each site's figure for the range with its change, its period in progress, its
 * highest and lowest finished period, and how many periods have no data. `compared`: the
 * comparison's periods that answer those begun (see `comparedPeriods`); `against` names their
 * dates (default: "against the previous N days").
 */
export function describeChart(model: ChartModel, current: readonly SiteVisits[], compared: readonly SiteVisits[] | undefined, t: Translator, against?: string): string {
  return remembered(summaries, model, [...current, null, ...(compared ?? []), null, t, t.locale, (t as { words?: number }).words, against], () =>
    describe(model, current, compared, t, against),
  );
}

/** A text made of a model and other inputs: the last one made for each model, with those inputs. */
type Made = WeakMap<ChartModel, { inputs: unknown[]; text: string }>;

const summaries: Made = new WeakMap();
const progressNotes: Made = new WeakMap();

/**
 * The text `make` makes of `model` and `inputs`, made again only when they differ from those of
 * the last one in `made`: the widget asks at each of its updates (a click on Overview, a view
 * changed, a marker opened), mostly with the same answer and the same words.
 */
function remembered(made: Made, model: ChartModel, inputs: unknown[], make: () => string): string {
  const last = made.get(model);
  if (last && last.inputs.length === inputs.length && last.inputs.every((input, i) => input === inputs[i])) return last.text;
  const text = make();
  made.set(model, { inputs, text });
  return text;
}

function describe(model: ChartModel, current: readonly SiteVisits[], compared: readonly SiteVisits[] | undefined, t: Translator, against?: string): string {
  const { locale } = t;
  const info = metricInfo(model.metric);
  const { labels, period } = model;
  const unit = PERIOD_UNITS[period];
  // {metric}: a metric's name ("Visits").
  if (labels.length === 0) return t.t('{metric}: the server sent no periods for this range.', { metric: info.name });
  const full = (label: string) => formatPeriodLabel(label, period, locale, 'full');
  const firstSpan = parsePeriodLabel(labels[0]!, period);
  const lastSpan = parsePeriodLabel(labels[labels.length - 1]!, period);
  // {from}, {to}: the first and last period of the range.
  const range =
    period === 'week' && firstSpan && lastSpan
      ? t.t('{from} to {to}', { from: formatDay(firstSpan.start, locale), to: formatDay(lastSpan.end, locale) })
      : labels.length === 1
        ? full(labels[0]!)
        : t.t('{from} to {to}', { from: full(labels[0]!), to: full(labels[labels.length - 1]!) });
  // {period}: day, week, month or year; {range}: the range's periods; {periods}: how many ("4 days").
  const intro = t.t('{metric} by {period}, {range} ({periods})', { metric: info.name, period: unit, range, periods: countLabel(labels.length, period, t) });
  // {intro}: what the chart shows ("Visits by day, Mar 7 to Mar 10, 2024 (4 days)").
  if (model.empty) return t.t('{intro}: no visits were recorded.', { intro });
  if (model.missing) return t.t('{intro}: the server does not report “{metric}” for this period length.', { intro, metric: info.name });

  const when = (label: string) => {
    const span = period === 'week' ? parsePeriodLabel(label, period) : null;
    // {date}: the week's first day.
    return span ? t.t('the week of {date}', { date: formatDay(span.start, locale) }) : full(label);
  };
  const sentences = model.series.map((series) => {
    const site = series.name;
    const days = current.filter((s) => s.idSite === series.idSite);
    const total = aggregate(days, model.metric);
    // {site}: a site's name; {gap}: "no data" or "not available".
    if (total === null) return t.t('{site}: {gap}.', { site, gap: GAP_TEXT[gapOfRange(days, model.metric) ?? 'no-data'] });
    const before = compared?.filter((s) => s.idSite === series.idSite);
    const change = before && before.length > 0 ? relativeChange(total, aggregate(before, model.metric)) : null;
    // {value}: the site's figure for the range.
    const value = formatMetric(model.metric, total, locale);
    let text =
      info.aggregate === 'sum'
        ? t.t('{site}: {value} in total', { site, value })
        : info.aggregate === 'max'
          ? t.t('{site}: {value} at most', { site, value })
          : info.aggregate === 'mean'
            ? t.t('{site}: {value} on average per {period}', { site, value, period: unit })
            : t.t('{site}: {value} overall', { site, value });
    const own = days[0]?.points.length ?? labels.length;
    if (change !== null) {
      const shown = formatChange(change, locale);
      // {text}: the site's figure; {change}: its change ("+12.5%"); {periods}: "4 days"; {dates}: the compared dates.
      text = against
        ? t.t('{text} ({change} compared with {dates})', { text, change: shown, dates: against })
        : t.t('{text} ({change} against the previous {periods})', { text, change: shown, periods: countLabel(own, period, t) });
    }
    // {text}: the sentence so far; {clause}: what follows it.
    const add = (clause: string) => (text = t.t('{text}; {clause}', { text, clause }));
    const { partial, progress } = series;
    if (partial >= 0) add(inProgress(t, when(labels[partial]!), period !== 'day' ? progress : null));
    // Highest and lowest of the finished periods: a period in progress is not a low.
    let hi = -1;
    let lo = -1;
    series.values.forEach((v, i) => {
      if (v === null || i === partial) return;
      if (hi < 0 || v > series.values[hi]!) hi = i;
      if (lo < 0 || v < series.values[lo]!) lo = i;
    });
    // {period}: a period; {value}: its value.
    const at = (i: number) => t.t('{period} ({value})', { period: when(labels[i]!), value: formatMetric(model.metric, series.values[i], locale) });
    // {high}, {low}: a period with its value ("Sun, Mar 10, 2024 (1,234)").
    if (hi >= 0 && hi !== lo) add(t.t('highest {high}, lowest {low}', { high: at(hi), low: at(lo) }));
    const empty = series.gaps.filter((g) => g === 'no-data').length;
    // {periods}: how many periods ("1 day").
    if (empty > 0) add(t.t('no data for {periods}', { periods: countLabel(empty, period, t) }));
    return t.t('{text}.', { text });
  });
  // {sites}: a sentence per site.
  return t.t('{intro}. {sites}', { intro, sites: sentences.join(' ') });
}

/** A period in progress, and how far it is when it is not a day: "March 2024 is in progress (6 of 31 days)". */
function inProgress(t: Translator, what: string, progress: Progress | null): string {
  // {period}: the period ("March 2024"); {days}: its days gone; {count}: its days.
  return progress
    ? t.plural(progress.of, { one: '{period} is in progress ({days} of {count} day)', other: '{period} is in progress ({days} of {count} days)' }, { period: what, days: progress.days })
    : t.t('{period} is in progress', { period: what });
}

/** What was left out of an answer (see `cleanVisits`), in words: shown above the KPIs once this code is there, as the summary is (a rare note, out of the first view). */
export function droppedText(periods: number, values: number, t: Translator): string {
  const parts = [
    periods ? t.plural(periods, { one: '{count} period with an unreadable or impossible date', other: '{count} periods with an unreadable or impossible date' }) : '',
    values ? t.plural(values, { one: '{count} impossible value (shown as a gap)', other: '{count} impossible values (shown as gaps)' }) : '',
  ];
  // {parts}: what was left out, a list.
  return t.t('Some data from the server was left out: {parts}.', { parts: parts.filter(Boolean) });
}

/** What the widget's status line says once an answer is shown: "Loaded 30 days for Shop.", or that it has no visits. */
export function loadedText(model: ChartModel, t: Translator): string {
  if (model.empty) return emptyText(t)[0];
  const periods = countLabel(model.labels.length, model.period, t);
  // {periods}: how many periods ("30 days"); {site}: the site's name.
  return model.series.length === 1
    ? t.t('Loaded {periods} for {site}.', { periods, site: model.series[0]!.name })
    : t.plural(model.series.length, { one: 'Loaded {periods} for {count} site.', other: 'Loaded {periods} for {count} sites.' }, { periods });
}

/** A range without visits: the words over the chart (the first one is said by the widget's status too). */
export function emptyText(t: Translator): [string, string] {
  return [t.t('No visits in this range'), t.t('Try a longer range or another period.')];
}

/** The title of the error box over older data, when loading a new range failed. */
export function staleTitle(t: Translator): string {
  return t.t('Could not refresh the data; showing the last loaded data');
}

/** The comparison did not load (the range did): why, in a sentence; `words` name a comparison with last year. */
export function comparisonFailed(reason: string, t: Translator, words?: YearWords): string {
  // {reason}: why (the server's words, or the error in the reader's language).
  return words?.failed(reason) ?? t.t('The previous period could not be loaded: {reason}', { reason });
}

/** A metric the server does not report for the chart's period length (unique visitors by year): the chart's title and advice over it. */
export function missingText(model: ChartModel, t: Translator): [string, string] {
  const metric = metricInfo(model.metric).name;
  // {metric}: a metric's name; {period}: day, week, month or year.
  return [
    t.t('No “{metric}” for this period length', { metric }),
    t.t('The server does not report “{metric}” by {period}. Pick a shorter period or another metric.', { metric, period: PERIOD_UNITS[model.period] }),
  ];
}

/**
 * How the period in progress of the shown lines is compared (see `progressNote`); empty when none
 * is in progress. Shown between the KPIs and the chart once this code is there, as the summary is
 * (the widget keeps its line meanwhile).
 */
export function describeProgress(model: ChartModel, compared: boolean, t: Translator): string {
  return remembered(progressNotes, model, [compared, t, t.locale, (t as { words?: number }).words], () => progressText(model, compared, t));
}

function progressText(model: ChartModel, compared: boolean, t: Translator): string {
  const partial = model.series.filter((s) => s.partial >= 0);
  if (partial.length === 0) return '';
  const labels = new Set(partial.map((s) => model.labels[s.partial]!));
  const [label] = labels;
  const what = labels.size === 1 ? formatPeriodLabel(label!, model.period, t.locale, 'full') : '';
  // How far it is, when every site is as far (the sites' days may differ by their time zones).
  const [first] = partial;
  const alike = partial.every((s) => s.progress?.days === first!.progress?.days);
  return progressNote(t, what, model.period, alike ? first!.progress : null, compared);
}

/**
 * The period in progress and what it is compared with, in a sentence. `what` names it
 * ("December 2026", "Sun, Dec 6, 2026"), or is empty when the sites' periods in progress differ
 * (their time zones do). Its figures so far are compared with a whole period: say so, with how
 * far it is, so that a month a few days old does not read as a fall.
 */
function progressNote(t: Translator, what: string, period: ChartPeriod, progress: Progress | null, compared: boolean): string {
  const unit = PERIOD_UNITS[period];
  // {period}: day, week, month or year; {date}: today's date.
  const subject = !what
    ? t.t('Each site’s current {period} is in progress (in the site’s own time zone)', { period: unit })
    : period === 'day'
      ? t.t('Today ({date}) is in progress', { date: what })
      : inProgress(t, what, progress);
  // {subject}: which period is in progress; {period}: day, week, month or year.
  return compared ? t.t('{subject}: its figures so far are compared with a whole {period}.', { subject, period: unit }) : t.t('{text}.', { text: subject });
}
