import type { Gap } from './metrics.js';
import type { ChartPeriod } from './ranges.js';

/*
 * The chart's words for what it does not have and what is not finished, in one place (they move
 * to a catalogue once the library has one).
 */

/** A missing value: the server had no data for the period (`[]`), or does not compute the metric for it. */
export const GAP_TEXT: Record<Gap, string> = {
  'no-data': 'no data',
  'not-available': 'not available',
};

/** How far a period in progress is: `days` of its `of` days (a day: of its hours). */
export interface Progress {
  days: number;
  of: number;
}

/** A value of the period in progress: "so far" (a day), "so far: 6 of 31 days" (longer periods). */
export function soFar(period: ChartPeriod, progress: Progress): string {
  return period === 'day' ? 'so far' : `so far: ${progress.days} of ${progress.of} days`;
}

/** The legend of the comparison's dashed lines. */
export const PREVIOUS_LEGEND = 'Dashed: previous period';

/** The legend of the mark on the period in progress. */
export const IN_PROGRESS_LEGEND = 'Dotted, hollow point: in progress';

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

/** What was left out of an answer (see `cleanVisits`), in words. */
export function droppedText(periods: number, values: number): string {
  const parts = [
    periods ? `${periods} ${periods === 1 ? 'period' : 'periods'} with an unreadable or impossible date` : '',
    values ? `${values} impossible ${values === 1 ? 'value' : 'values'} (shown as gaps)` : '',
  ];
  return `Some data from the server was left out: ${parts.filter(Boolean).join(', ')}.`;
}

/** The Segment control (the picker's own words load with it: see segment-picker.ts). */
export const SEGMENT_LABEL = 'Segment';

/** A segment charted that the list of stored segments does not name: its definition. */
export const unnamedSegment = (definition: string): string => `Segment ${definition}`;

/** The annotations control (their own words load with them: see annotations.ts). */
export const ANNOTATIONS_LABEL = 'Annotations';
