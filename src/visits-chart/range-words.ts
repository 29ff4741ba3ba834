import type { Translator } from '../core/translate.js';
import { readDate } from './named-dates.js';
import { formatDay, formatDayRange } from './period-labels.js';
import type { ChartPeriod, DateSpec } from './ranges.js';

/*
 * A range that is none of the presets, in words: "Last 12 weeks", "Mar 1 – 31, 2024". A chart on
 * a preset (the default, "Last 30 days") never needs them: the widget and its range picker load
 * this module when their range is none of the presets, or the custom range form is open (in the
 * script-tag bundles, a file of its own under `chunks/`). The summary counts its periods with it.
 */

/** How many periods, in words: `30 days`, `1 week`. */
export function countLabel(n: number, period: ChartPeriod, t: Translator): string {
  return period === 'day'
    ? t.plural(n, { one: '{count} day', other: '{count} days' })
    : period === 'week'
      ? t.plural(n, { one: '{count} week', other: '{count} weeks' })
      : period === 'month'
        ? t.plural(n, { one: '{count} month', other: '{count} months' })
        : t.plural(n, { one: '{count} year', other: '{count} years' });
}

/** A range in words: `Last 12 weeks`, `Previous 3 months`, `Mar 1 – 31, 2024`, in the translator's language. */
export function describeSpec(spec: DateSpec, period: ChartPeriod, t: Translator): string {
  // {periods}: how many periods, in words ("12 weeks").
  if (spec.kind !== 'range') return spec.kind === 'last' ? t.t('Last {periods}', { periods: countLabel(spec.n, period, t) }) : t.t('Previous {periods}', { periods: countLabel(spec.n, period, t) });
  return spec.from.getTime() === spec.to.getTime() ? formatDay(spec.from, t.locale) : formatDayRange(spec.from, spec.to, t.locale);
}

/** Whether `describeDate` gives Intl's words alone for `date` (a day, or a range of days), none of the catalogue's. */
export function isIntlDate(date: string, today: Date): boolean {
  return readDate(date, today)?.kind === 'range';
}

/**
 * A `date` value in words (see `describeSpec`), `today` being the day the chart counts from; when
 * the widget cannot read it, the value itself quoted (the Range select names it so), or empty
 * without `quoted` (the subtitle then names the period only).
 */
export function describeDate(date: string, period: ChartPeriod, today: Date, t: Translator, quoted = false): string {
  const spec = readDate(date, today);
  // {date}: the widget's date attribute as written (unreadable).
  return spec ? describeSpec(spec, period, t) : quoted ? t.t('“{date}”', { date: date.slice(0, 40) }) : '';
}
