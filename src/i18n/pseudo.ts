import type { Message } from './types.js';

/*
 * The pseudo-locale `en-XA`, for tests and Storybook: every English message, accented, about 40 %
 * longer (each vowel doubled) and wrapped in ⟦…⟧, its `{placeholders}` kept. A word on screen that
 * is not inside the markers did not come from the catalogue (test/helpers/pseudo-locale.ts finds
 * them); the longer words show where a layout breaks with a long translation. Made from English
 * each time a message is asked for (the English the call gives), so it needs no list and ships as no file of its
 * own in any first view (only a page in en-XA fetches this code).
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const VOWELS = /[aeiouAEIOU]/;

/** One text in the pseudo-locale. */
export function pseudoText(text: string): string {
  const out = text
    .split(/(\{\w+\})/)
    .map((piece, i) =>
      i % 2
        ? piece
        : [...piece].map((c) => {
            const accented = ACCENTED[PLAIN.indexOf(c)] ?? c;
            return VOWELS.test(c) ? accented + accented : accented;
          }).join(''),
    )
    .join('');
  return `⟦${out}⟧`;
}

const made = new Map<Message, Message>();

/** A message in the pseudo-locale (a plural message form by form). */
export default function pseudo(message: Message): Message {
  let result = made.get(message);
  if (result === undefined) {
    result =
      typeof message === 'string'
        ? pseudoText(message)
        : (Object.fromEntries(Object.entries(message).map(([category, text]) => [category, pseudoText(text as string)])) as Message);
    made.set(message, result);
  }
  return result;
}
