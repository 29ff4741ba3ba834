import { VISITS_METRICS, type SiteVisits, type VisitsMetric, type VisitsMetrics, type VisitsPoint, type VisitsResult } from '../api/visits-source.js';
import { isPlausible } from './metrics.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { now as clockNow } from '../core/clock.js';
import { addPeriods, type ChartPeriod } from './ranges.js';

/*
 * The data-shaping boundary of <visits-chart>: an answer (from Matomo or a source of your own)
 * is cut down to what can be drawn before anything else sees it.
 * - A period label must have the form of the period asked for (`2024-03-10` by day,
 *   `2024-03-04,2024-03-10` by week, `2024-03` by month, `2024` by year), be a real calendar
 *   day, and fall between the web's first day and a year after today: any other period is left
 *   out (and counted, so the widget can say so).
 * - A value must be a finite number from 0 to the metric's plausible maximum (see
 *   `isPlausible`): any other is left out, so it reads as a gap, never as a 0 or an axis from
 *   -5 to 1e308 (whose tick count overflows to Infinity: Chart.js then builds ticks until the tab
 *   runs out of memory).
 * - A site name with bidirectional controls is isolated, so a right-to-left override in it
 *   cannot reverse the text that follows it (subtitle, summary, tooltip).
 */

/** The first web site went online in August 1991: no period can end before. */
const FIRST_DAY = '1991-08-06';

const FORMS: Record<ChartPeriod, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** How many characters of a day (`YYYY-MM-DD`) a period's label compares at: a week's ends are days. */
const PRECISION: Record<ChartPeriod, number> = { day: 10, week: 10, month: 7, year: 4 };

export interface CleanVisits {
  result: VisitsResult;
  /** Periods left out: a label of another form, not a calendar day, or an impossible date. */
  droppedPeriods: number;
  /** Values left out: not a number, negative, or beyond the metric's plausible maximum. */
  droppedValues: number;
}

/** The number written by the `length` digits at `at` in `text` (the label's form has them there). */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Whether the `YYYY-MM` or `YYYY-MM-DD` at `at` in `text` (of that form) is a calendar month or day. */
function isCalendar(text: string, at: number, withDay: boolean): boolean {
  const month = digits(text, at + 5, 2);
  if (month < 1 || month > 12) return false;
  if (!withDay) return true;
  const day = digits(text, at + 8, 2);
  const year = digits(text, at, 4);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * Whether a label of the period's form names real calendar days from `earliest` to `latest`.
 * Labels are compared as text, which orders them as dates, at the period's precision (`2024-03`
 * is the month, `2024` the year): `earliest` and `latest` come cut to it (see PRECISION).
 */
function isShowable(label: string, period: ChartPeriod, earliest: string, latest: string): boolean {
  let first = label;
  let last = label;
  if (period === 'week') {
    first = label.slice(0, 10);
    last = label.slice(11);
    if (!isCalendar(label, 0, true) || !isCalendar(label, 11, true) || first > last) return false;
  } else if (period !== 'year' && !isCalendar(label, 0, period === 'day')) {
    return false;
  }
  return last >= earliest && first <= latest;
}

/**
 * Keeps the periods and values of `result` that can be shown, in chronological order. `today` is
 * the widget's reference day; periods starting more than a year after it (or after the
 * browser's day, whichever is later) are impossible.
 */
export function cleanVisits(result: VisitsResult, period: ChartPeriod, today: Date): CleanVisits {
  const now = new Date(clockNow());
  const form = FORMS[period];
  // The first and last days a period may name, at the period's precision (a week's ends are days).
  const precision = PRECISION[period];
  const earliest = FIRST_DAY.slice(0, precision);
  const latest = toCalendarString(addPeriods(today > now ? today : now, 'year', 1)).slice(0, precision);
  let droppedPeriods = 0;
  let droppedValues = 0;

  const metrics = (raw: VisitsMetrics): VisitsMetrics => {
    // Usually every value is a known metric's plausible value: the answer's own object is kept then.
    let clean = true;
    for (const id in raw) {
      if (!isPlausible(id as VisitsMetric, raw[id as VisitsMetric])) {
        clean = false;
        break;
      }
    }
    if (clean) return raw;
    const kept: VisitsMetrics = {};
    for (const id of VISITS_METRICS) {
      const value = raw[id];
      if (value === undefined) continue;
      if (isPlausible(id, value)) kept[id] = value;
      else droppedValues++;
    }
    return kept;
  };

  const site = (s: SiteVisits): SiteVisits => {
    const points: VisitsPoint[] = [];
    // While the labels come in order (as Matomo sends them), a repeated one is the last one; the
    // first label out of order starts a set of those seen.
    let seen: Set<string> | undefined;
    let last = '';
    for (const point of Array.isArray(s.points) ? s.points : []) {
      const label = point?.label;
      if (typeof label !== 'string' || !form.test(label) || !isShowable(label, period, earliest, latest)) {
        droppedPeriods++;
        continue;
      }
      if (!seen && label <= last) seen = new Set(points.map((p) => p.label));
      if (seen) {
        if (seen.has(label)) {
          droppedPeriods++;
          continue;
        }
        seen.add(label);
      }
      last = label;
      const raw = point.metrics;
      const kept = raw && typeof raw === 'object' ? metrics(raw) : null;
      // A point that needs no change is kept as it came: no copies of ten thousand points on a long range.
      points.push(kept === raw ? point : { label, metrics: kept });
    }
    if (seen) points.sort((a, b) => (a.label < b.label ? -1 : 1));
    const today = typeof s.today === 'string' && parseCalendarDate(s.today) ? s.today : undefined;
    // A site without a name (from a source of its own) is "Site 3", said in the reader's language (`nameText`).
    const named = typeof s.name === 'string';
    return { ...s, name: named ? isolate(s.name) : `Site ${s.idSite}`, nameText: named ? s.nameText : { key: 'Site {id}', params: { id: s.idSite } }, points, today };
  };

  const current = result.current.map(site);
  const previous = result.previous?.map(site);
  return { result: { ...result, current, previous }, droppedPeriods, droppedValues };
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Text with bidirectional controls wrapped in an isolate (FSI … PDI), other text as it is. The
 * text's own unclosed isolates are closed first, so the last PDI closes ours (and with it every
 * embedding and override the text opened).
 */
export function isolate(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  let open = 0;
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') open++;
    else if (char === '\u2069' && open > 0) open--;
  }
  return `\u2068${text}${'\u2069'.repeat(open + 1)}`;
}
