import type { Translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';

/**
 * How `<analytics-settings>` words things, shared by its parts: values quoted in messages, and the
 * sentences said in more than one place. Every sentence is a message of the catalogue (a `Text`
 * to say later, or a `t(…)` call where it is shown). No DOM, no lit: the validators and the
 * tracking-code builders (the helpers entry, which Node runs too) use them.
 */

/**
 * A value quoted in a message, cut to `max` characters: a message stays readable, and quick to
 * lay out, when the value is a 100 KB string from a hostile or broken server.
 */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : value;
}

/** What the form says: a message to say in the reader's language, or a server's own words (said as sent). */
export type Said = Text | string;

/** A `Said` in `t`'s language, cut to `max` characters (what a server said may be long). */
export const say = (t: Translator, said: Said, max = 300): string => clip(t.text(said), max);

/**
 * Text that is not JSON, when no locator says where (validators.ts, trackers-validator.ts); the
 * form model judges such text again once the locator is there.
 */
export const NOT_JSON_TEXT = { key: 'This is not valid JSON: check the brackets, the commas and the double quotes.' } as const satisfies Text;

/** `NOT_JSON_TEXT` in English (what `Issue.message` says). */
export const NOT_JSON: string = NOT_JSON_TEXT.key;

/** Said after every save that did not go through. */
export const KEPT = { key: 'Every edit is kept: nothing you typed is lost.' } as const satisfies Text;
