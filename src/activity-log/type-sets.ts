import type { ActivityEntry } from '../api/activity-source.js';
import { CATEGORY_TEXTS } from './activity-types.js';
import { activityType } from './catalogue.js';
import type { Translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { securityReason } from './security.js';

// The activity-type filter's value read as a choice of several: type ids and the names of sets of
// types (the shortcuts an investigator starts from, and the catalogue's groups), comma-separated.
// One type id alone is the server's filter; anything else is tested entry by entry.

/** The words of the shortcuts (the catalogue's groups have theirs). */
const SHORTCUT_TEXTS: ReadonlyMap<string, Text> = new Map([
  ['sign-ins', { key: 'Sign-ins' }],
  ['security', { key: 'Security-relevant changes' }],
]);

/** The shortcuts besides the catalogue's groups (`sign-ins`, `security`), in the order the filter offers them. */
export const SHORTCUTS: readonly string[] = [...SHORTCUT_TEXTS.keys()];

/** Every name of a set of types: the shortcuts, then the catalogue's groups. */
export const TYPE_SETS: readonly string[] = [...SHORTCUTS, ...Object.keys(CATEGORY_TEXTS)];

/** The activity-type filter's value, read. */
export interface TypeChoice {
  /** Type ids (`ActivityLog/GoalAdded`), each once. */
  ids: string[];
  /** Names of sets of types (`sign-ins`, `goals`), each once. */
  sets: string[];
  /** What names neither (not a type id, not a set's name), as given. */
  unknown: string[];
}

/** The longest item read as a type id (longer ones are not). */
const MAX_ITEM = 200;

/** Reads the activity-type filter's value: comma-separated type ids (they have a `/`) and names of sets. */
export function parseTypes(value: string): TypeChoice {
  const choice: TypeChoice = { ids: [], sets: [], unknown: [] };
  for (const raw of value.split(',')) {
    const item = raw.trim();
    const list = !item ? undefined : item.includes('/') && item.length <= MAX_ITEM ? choice.ids : TYPE_SETS.includes(item) ? choice.sets : choice.unknown;
    if (list && !list.includes(item)) list.push(item);
  }
  return choice;
}

/** The activity-type filter's value for a choice (what the attribute says). */
export const formatTypes = (choice: Pick<TypeChoice, 'ids' | 'sets'>): string => [...choice.sets, ...choice.ids].join(',');

/** Whether an entry is of the set named `name`. */
export function inSet(name: string, entry: ActivityEntry): boolean {
  if (name === 'security') return securityReason(entry) !== undefined;
  if (name === 'sign-ins') return isSignIn(entry.type);
  return activityType(entry.type).group === name;
}

/** Whether a type is one of the sign-ins shortcut's: signed in or out, a failed sign-in, a password reset. */
export const isSignIn = (type: string): boolean => /^ActivityLog\/(UserSignedIn|UserSignInFailed|UserSignedOff|PasswordReset\w*)$/.test(type);

/** The test of a choice: an entry of one of its types or sets. Undefined when it names none (nothing to test). */
export function typesTest(choice: TypeChoice): ((entry: ActivityEntry) => boolean) | undefined {
  if (!choice.ids.length && !choice.sets.length) return undefined;
  const ids = new Set(choice.ids);
  return (entry) => ids.has(entry.type) || choice.sets.some((name) => inSet(name, entry));
}

/** The name of a type id or of a set of types in the words of `t`; what names neither, as given. */
export function typeName(item: string, t: Translator): string {
  const set = SHORTCUT_TEXTS.get(item) ?? (Object.hasOwn(CATEGORY_TEXTS, item) ? CATEGORY_TEXTS[item as keyof typeof CATEGORY_TEXTS] : undefined);
  return set ? t.text(set) : item.includes('/') ? t.text(activityType(item).text) : item;
}

/** The names of the activity-type filter's items, in the words of `t`. */
export const typeNames = (value: string, t: Translator): string[] => value.split(',').flatMap((item) => (item.trim() ? [typeName(item.trim(), t)] : []));
