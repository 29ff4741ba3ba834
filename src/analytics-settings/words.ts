/**
 * How `<analytics-settings>` words things, shared by its parts: values quoted in messages,
 * counts, and the sentences said in more than one place. No DOM, no lit: the validators and the
 * tracking-code builders (the helpers entry, which Node runs too) use them.
 */

/**
 * A value quoted in a message, cut to `max` characters: a message stays readable, and quick to
 * lay out, when the value is a 100 KB string from a hostile or broken server.
 */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : value;
}

/** A count with its noun: "1 setting", "3 settings". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Said after every save that did not go through. */
export const KEPT = 'Every edit is kept: nothing you typed is lost.';

/** The tracking-code preview's title, and what its place says while its code loads (if it does not arrive, the lazy part's failure says so). */
export const PREVIEW_TEXT = {
  title: 'Tracking code',
  loading: 'Loading the tracking code…',
};
