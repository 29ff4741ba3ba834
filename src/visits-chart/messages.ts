import type { Text } from '../i18n/types.js';
import type { Gap } from './metrics.js';

/*
 * The chart's words shared by several of its modules: what it does not have, and what is not
 * finished. The rest is worded where it is shown (through the element's translator); the notes
 * that come with the summary's code (on the period in progress, on left-out data) in summary.ts.
 */

/** A missing value: the server had no data for the period (`[]`), or does not compute the metric for it. */
export const GAP_TEXT: Record<Gap, Text> = {
  'no-data': { key: 'no data' },
  'not-available': { key: 'not available' },
};

/** How far a period in progress is: `days` of its `of` days (a day: of its hours). */
export interface Progress {
  days: number;
  of: number;
}
