import type { Gap } from './metrics.js';
import type { ChartPeriod } from './ranges.js';

/*
 * The chart's words for what it does not have and what is not finished, in one place (they move
 * to a catalogue once the library has one). The notes that come with the summary's code (on the
 * period in progress, on left-out data) are worded in summary.ts.
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

/** The comparison control: its label, and each choice (the `compare` value it sets; empty: none). */
export const COMPARE_LABEL = 'Compare with';
export const COMPARE_CHOICES: ReadonlyArray<readonly [string, string]> = [
  ['', 'None'],
  ['previous-period', 'Previous period'],
  ['previous-year', 'Same period last year'],
];

/** The Segment control (the picker's own words load with it: see segment-picker.ts). */
export const SEGMENT_LABEL = 'Segment';

/** A segment charted that the list of stored segments does not name: its definition. */
export const unnamedSegment = (definition: string): string => `Segment ${definition}`;

/** The annotations control (their own words load with them: see annotations.ts). */
export const ANNOTATIONS_LABEL = 'Annotations';
