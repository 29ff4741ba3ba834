/*
 * The clock the widgets read "now" from: the system's, unless a page or a test sets another
 * (a demo page frozen at one instant, a test of the hours around a site's midnight).
 */

let read = (): number => Date.now();

/** The current instant, in milliseconds since the epoch. */
export function now(): number {
  return read();
}

/**
 * Makes `now()` read `clock` (for example `() => Date.UTC(2026, 11, 6, 20)`); without an argument,
 * the system clock again.
 */
export function setClock(clock?: () => number): void {
  read = clock ?? (() => Date.now());
}
