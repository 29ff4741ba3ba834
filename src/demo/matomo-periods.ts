import { formatDay, monthEnd, monthStart, parseDay, partsOfDay, pad2, weekStart, yearEnd, yearStart } from './calendar.js';
import { MatomoError } from './matomo-error.js';

/** Matomo's period types. */
export type MatomoPeriod = 'day' | 'week' | 'month' | 'year' | 'range';

/** Every period type, in Matomo's order. */
export const PERIODS: readonly MatomoPeriod[] = ['day', 'week', 'month', 'year', 'range'];

/** One period: its Matomo label and its first and last day (day numbers, both included). */
export interface PeriodSpan {
  label: string;
  start: number;
  end: number;
}

/** What a `period` + `date` pair asks for: one period (a flat answer) or several (keyed by label). */
export interface PeriodRequest {
  multiple: boolean;
  spans: PeriodSpan[];
}

/** Upper bound on the periods one request may ask for, so a typo like last9999999 cannot hang a tab. */
const MAX_PERIODS = 20_000;

/** Reads and checks the `period` parameter. */
export function parsePeriod(value: string): MatomoPeriod {
  const period = value.trim().toLowerCase();
  if ((PERIODS as readonly string[]).includes(period)) return period as MatomoPeriod;
  throw new MatomoError(`The period '${value}' is not supported. Try any of the following instead: ${PERIODS.join(', ')}`);
}

/**
 * Resolves Matomo's `date` forms (`YYYY-MM-DD`, `today`, `yesterday`, `lastN`, `previousN`,
 * `YYYY-MM-DD,YYYY-MM-DD`) for a period, `today` being the site's current local date.
 */
export function resolvePeriods(period: MatomoPeriod, date: string, today: number): PeriodRequest {
  const text = date.trim();
  const relative = /^(last|previous)(\d+)$/i.exec(text);

  if (period === 'range') {
    let start: number;
    let end: number;
    if (relative) {
      const n = count(relative[2]!, text);
      end = relative[1]!.toLowerCase() === 'last' ? today : today - 1;
      start = end - n + 1;
    } else if (text.includes(',')) {
      [start, end] = rangeEnds(text, today);
    } else {
      throw invalidRange(text);
    }
    return { multiple: false, spans: [{ label: `${formatDay(start)},${formatDay(end)}`, start, end }] };
  }

  const spanOf = (day: number) => periodSpan(period, day);
  if (relative) {
    const n = count(relative[2]!, text);
    let last = spanOf(today);
    if (relative[1]!.toLowerCase() === 'previous') last = spanOf(last.start - 1);
    const spans = [last];
    while (spans.length < n) spans.unshift(spanOf(spans[0]!.start - 1));
    return { multiple: true, spans };
  }
  if (text.includes(',')) {
    const [start, end] = rangeEnds(text, today);
    const spans = [spanOf(start)];
    while (spans[spans.length - 1]!.end < end) {
      if (spans.length >= MAX_PERIODS) throw tooMany();
      spans.push(spanOf(spans[spans.length - 1]!.end + 1));
    }
    return { multiple: true, spans };
  }
  return { multiple: false, spans: [spanOf(singleDate(text, today))] };
}

/** The period of a type that contains a day, with Matomo's label. */
export function periodSpan(period: Exclude<MatomoPeriod, 'range'>, day: number): PeriodSpan {
  switch (period) {
    case 'day':
      return { label: formatDay(day), start: day, end: day };
    case 'week': {
      const start = weekStart(day);
      return { label: `${formatDay(start)},${formatDay(start + 6)}`, start, end: start + 6 };
    }
    case 'month': {
      const { year, month } = partsOfDay(day);
      return { label: `${year}-${pad2(month)}`, start: monthStart(day), end: monthEnd(day) };
    }
    case 'year':
      return { label: String(partsOfDay(day).year), start: yearStart(day), end: yearEnd(day) };
  }
}

/** One day in Matomo's forms (`YYYY-MM-DD`, `today`, `yesterday`), with Matomo's message for anything else. */
export function singleDate(text: string, today: number): number {
  const lower = text.toLowerCase();
  if (lower === 'today' || lower === 'now') return today;
  if (lower === 'yesterday') return today - 1;
  const day = parseDay(text);
  if (day === null) {
    throw new MatomoError(
      `Date format must be: YYYY-MM-DD, or 'today' or 'yesterday' or any keyword supported by the strtotime function (see http://php.net/strtotime for more information): ${text}`,
    );
  }
  return day;
}

function rangeEnds(text: string, today: number): [number, number] {
  const parts = text.split(',');
  if (parts.length !== 2) throw invalidRange(text);
  const start = singleDate(parts[0]!.trim(), today);
  const end = singleDate(parts[1]!.trim(), today);
  if (end < start) throw invalidRange(text);
  if (end - start > MAX_PERIODS) throw tooMany();
  return [start, end];
}

function count(digits: string, text: string): number {
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 1) throw invalidRange(text);
  if (n > MAX_PERIODS) throw tooMany();
  return n;
}

function invalidRange(text: string): MatomoError {
  return new MatomoError(`The date '${text}' is not a correct date range. It should have the following format: YYYY-MM-DD,YYYY-MM-DD.`);
}

function tooMany(): MatomoError {
  return new MatomoError(`The demo backend answers at most ${MAX_PERIODS} periods in one request.`);
}
