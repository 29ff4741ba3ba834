import type { CSSResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import type { Translator } from '../core/translate.js';
import type { RowsState } from './list-rows.js';
import type { ActivityRow } from './rows.js';

// What a kind of mark is (marks.ts runs them all): a module of its own, so that each kind can say
// it is one without importing the list of them all.

/** One kind of mark. */
export interface Marker {
  /** Its name, which is its box's class (`marks-<name>`). */
  name: string;
  /**
   * Writes the mark of `row` into `box` (empty it when there is none), given the entries of the
   * page in the order shown and what the list shows besides (`s`: the overwrite window…). It may
   * hide `li` (a row folded into a group on another row). It is called whenever the row is shown,
   * so it writes only what changed.
   */
  mark(box: HTMLElement, li: HTMLLIElement, row: ActivityRow, page: readonly ActivityEntry[], t: Translator, s: RowsState): void;
  /** Its styles, adopted by the widget's shadow root with the filter bar's. */
  styles?: CSSResult;
}

/** The row of entry `id` in the list `li` is in (a mark's button that leads to another row focuses it). */
export function rowOf(li: HTMLLIElement, id: string): HTMLLIElement | null | undefined {
  return li.parentElement?.querySelector<HTMLLIElement>(`:scope > [data-key="${CSS.escape(id)}"]`);
}

/**
 * What a mark's words depend on: the locale, and the words that arrived for it (a `Localize`
 * counts them as `words`): a mark drawn before its language's file arrived is drawn again then.
 */
export const wordsStamp = (t: Translator): string => `${t.locale}|${(t as Translator & { words?: number }).words ?? 0}`;
