import { css, type CSSResult } from 'lit';
import type { MarkRow } from './list-rows.js';
import type { Marker } from './marker.js';
import { HISTORY_MARKER, OVERWRITE_MARKER } from './object-marks.js';
import { securityMarks } from './security-marks.js';
import { signInMarks } from './sign-in-marks.js';

// What the rows say besides their own entry, read across the page an investigator looks at. Comes
// with the filter bar's code (after the first rows are painted): the first view carries a call, no
// more. Each kind of mark (a `Marker`) keeps to a box of its own in each row.

export type { Marker } from './marker.js';

/** Every kind of mark, in the order their boxes follow the row's details. */
const MARKERS: readonly Marker[] = [signInMarks, securityMarks, HISTORY_MARKER, OVERWRITE_MARKER];

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
