import type { Translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import type { ObjectKind } from './objects.js';

// The value of the `object` filter, read: a key as `objectKey()` (objects.ts) makes it, `goal:1@3`.
// It comes from an attribute or a shared link, so anything may be in it. On demand, with the
// history's banner and the rows' marks: the first view's empty state names the filter by its key.

/** The parts of an object key. */
export interface ObjectKeyParts {
  kind: ObjectKind;
  id: string;
  site?: string | undefined;
}

/** Each kind of object, as a sentence names it ("History of goal 1"). */
export const KIND_WORDS: ReadonlyMap<string, Text> = new Map<ObjectKind, Text>([
  ['website', { key: 'website', context: 'kind of object' }],
  ['goal', { key: 'goal', context: 'kind of object' }],
  ['segment', { key: 'segment', context: 'kind of object' }],
  ['user', { key: 'user', context: 'kind of object' }],
  ['report', { key: 'report', context: 'kind of object' }],
  ['dimension', { key: 'dimension', context: 'kind of object' }],
  ['annotation', { key: 'annotation', context: 'kind of object' }],
  ['alert', { key: 'alert', context: 'kind of object' }],
]);

/**
 * The parts of `key`, or undefined when it names no object: an unknown kind, an empty id or site,
 * an id longer than any (200 characters). Only a user's login may hold `@` (an e-mail address);
 * for other kinds the text after the last `@` is the website.
 */
export function parseObjectKey(key: string): ObjectKeyParts | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) as ObjectKind;
  if (colon < 0 || !KIND_WORDS.has(kind)) return undefined;
  let id = key.slice(colon + 1);
  const at = kind === 'user' ? -1 : id.lastIndexOf('@');
  const site = at < 0 ? undefined : id.slice(at + 1);
  if (at >= 0) id = id.slice(0, at);
  return id && id.length <= 200 && site !== '' ? { kind, id, site } : undefined;
}

/** How the history's banner names an object's history: "History of goal 1 (website 3)". */
export function describeObjectKey(key: string, t: Translator): string {
  const parts = parseObjectKey(key);
  if (!parts) return '';
  const kind = t.text(KIND_WORDS.get(parts.kind)!);
  // {object}: a kind of object and its id ("goal 1"), with its website ("goal 1 (website 3)").
  return t.t('History of {object}', {
    // {kind}: a kind of object ("goal"); {id}: its id; {site}: the id of its website.
    object: parts.site ? t.t('{kind} {id} (website {site})', { kind, id: parts.id, site: parts.site }) : t.t('{kind} {id}', { kind, id: parts.id }),
  });
}
