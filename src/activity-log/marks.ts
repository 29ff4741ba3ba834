import { css, type CSSResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import type { Translator } from '../core/translate.js';
import type { MarkRow, RowsState } from './list-rows.js';
import { HISTORY_MARKER, OVERWRITE_MARKER } from './object-marks.js';
import type { ActivityRow } from './rows.js';

// What the rows say besides their own entry, read across the page an investigator looks at. Comes
// with the filter bar's code (after the first rows are painted): the first view carries a call, no
// more. Each kind of mark (a `Marker`) keeps to a box of its own in each row.

/** One kind of mark. */
export interface Marker {
  /** Its name, which is its box's class (`marks-<name>`). */
  name: string;
  /**
   * Writes the mark of `row` into `box` (empty it when there is none), given the entries of the
   * page in the order shown, and what the list shows besides (`s`). It may hide `li` (a row folded into a group on another row). It is
   * called whenever the row is shown, so it writes only what changed.
   */
  mark(box: HTMLElement, li: HTMLLIElement, row: ActivityRow, page: readonly ActivityEntry[], t: Translator, s: RowsState): void;
  /** Its styles, adopted by the widget's shadow root with the filter bar's. */
  styles?: CSSResult;
}

/** Every kind of mark, in the order their boxes follow the row's details. */
const MARKERS: readonly Marker[] = [HISTORY_MARKER, OVERWRITE_MARKER];

/** Marks a row with every kind of mark (the list's `mark`). */
export const markRow: MarkRow = (li, row, page, t, s) => {
  const what = li.querySelector('.what');
  if (!what) return;
  for (const marker of MARKERS) {
    const name = `marks-${marker.name}`;
    let box = what.querySelector<HTMLElement>(`:scope > .${name}`);
    if (!box) {
      box = document.createElement('div');
      box.className = `marks ${name}`;
      box.part.add('marks');
      what.append(box);
    }
    marker.mark(box, li, row, page, t, s);
  }
};

/** The marks' styles: the boxes, and each kind's own. */
export const markStyles: CSSResult[] = [
  css`
    .marks:empty {
      display: none;
    }
    .marks {
      margin-block-start: 0.25em;
      font-size: 0.92em;
    }
  `,
  ...MARKERS.flatMap((marker) => (marker.styles ? [marker.styles] : [])),
];
