import { VISITS_METRICS, type SiteVisits, type VisitsMetrics, type VisitsPoint, type VisitsResult } from '../api/visits-source.js';
import { isPlausible } from './metrics.js';
import { parsePeriodLabel } from './period-labels.js';
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
const FIRST_DAY = new Date(1991, 7, 6);

const FORMS: Record<ChartPeriod, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

export interface CleanVisits {
  result: VisitsResult;
  /** Periods left out: a label of another form, not a calendar day, or an impossible date. */
  droppedPeriods: number;
  /** Values left out: not a number, negative, or beyond the metric's plausible maximum. */
  droppedValues: number;
}

/**
 * Keeps the periods and values of `result` that can be shown, in chronological order. `today` is
 * the widget's reference day; periods starting more than a year after it (or after the
 * browser's day, whichever is later) are impossible.
 */
export function cleanVisits(result: VisitsResult, period: ChartPeriod, today: Date): CleanVisits {
  const now = new Date();
  const latest = addPeriods(today > now ? today : now, 'year', 1);
  let droppedPeriods = 0;
  let droppedValues = 0;

  const metrics = (raw: VisitsMetrics): VisitsMetrics => {
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
    const seen = new Set<string>();
    for (const point of Array.isArray(s.points) ? s.points : []) {
      const label = point?.label;
      const span = typeof label === 'string' && FORMS[period].test(label) ? parsePeriodLabel(label, period) : null;
      if (!span || span.end < FIRST_DAY || span.start > latest || seen.has(label!)) {
        droppedPeriods++;
        continue;
      }
      seen.add(label!);
      const raw = point.metrics;
      points.push({ label: label!, metrics: raw && typeof raw === 'object' ? metrics(raw) : null });
    }
    points.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    return { ...s, name: typeof s.name === 'string' ? isolate(s.name) : `Site ${s.idSite}`, points };
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
