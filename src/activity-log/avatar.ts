import { fnv1a } from '../core/fnv.js';
import type { Text } from '../i18n/types.js';

/** Number of avatar colours (`.c0` … in the styles). */
export const AVATAR_COLOURS = 12;

/** The performers Matomo records that are not people, with what they are (a Map: logins come from the server). */
export const SYSTEM_NOTES: ReadonlyMap<string, Text> = new Map<string, Text>([
  ['Matomo System', { key: 'system', context: 'who did it' }],
  ['Console Command', { key: 'command line' }],
  ['anonymous', { key: 'not signed in' }],
]);


/** One or two letters for a login: "sophie.martin" → "SM", "admin" → "AD", "" → "?". */
export function initials(login: string): string {
  const words = login
    .replace(/@.*$/, '')
    .split(/[\s._\-+]+|(?<=[a-z])(?=[A-Z])/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  const first = [...words[0]!.replace(/[^\p{L}\p{N}]/gu, '')];
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase() || '?';
  const second = [...words[words.length - 1]!.replace(/[^\p{L}\p{N}]/gu, '')];
  return `${first[0] ?? ''}${second[0] ?? ''}`.toUpperCase() || '?';
}

/** A stable colour index for a login (FNV-1a), so a person keeps their colour everywhere. */
export function avatarColour(login: string): number {
  return fnv1a(login) % AVATAR_COLOURS;
}
