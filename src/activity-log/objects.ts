import type { ActivityEntry } from '../api/activity-source.js';

// The things an activity is about, read from its parameters: the goal, website, segment, user,
// report, dimension, annotation or alert that Matomo's Activity Log plugin names in `items`. The
// website filter, an object's history and the overwrite marks all start here.

/** The kinds of objects an entry can name. */
export type ObjectKind = 'website' | 'goal' | 'segment' | 'user' | 'report' | 'dimension' | 'annotation' | 'alert';

/** One object an entry names. */
export interface ObjectRef {
  kind: ObjectKind;
  /** Its id as the server gave it (a login for a user), as text. */
  id: string;
  /** The website it belongs to, for objects whose ids are counted per website (goals, dimensions, annotations). */
  site?: string | undefined;
  /** Its name (or note, or login) as the entry gives it; may be ''. */
  name: string;
  /** `kind:id` (with `@site` for objects counted per website): the same object in every entry that names it. */
  key: string;
}

/** Item types of the plugin's parameters, by the kind of object they name. */
const KINDS = new Map<string, ObjectKind>([
  ['measurable', 'website'],
  ['goal', 'goal'],
  ['segment', 'segment'],
  ['user', 'user'],
  ['scheduledreport', 'report'],
  ['customdimension', 'dimension'],
  ['annotation', 'annotation'],
  ['customalert', 'alert'],
]);

/** Kinds whose ids are counted per website (goal 1 of site 3 is not goal 1 of site 1). */
const PER_SITE: ReadonlySet<ObjectKind> = new Set(['goal', 'dimension', 'annotation']);

/** The longest id kept (an id is a number or a login: anything longer is not one). */
const MAX_ID = 200;

/** The key of an object: `goal:1@3`. */
export function objectKey(kind: ObjectKind, id: string, site?: string): string {
  return `${kind}:${id}${site ? `@${site}` : ''}`;
}

/**
 * Every object `entry` names, in the order of its items, each once. An object without an id is
 * left out (it could not be told apart from another of the same name); the website of per-site
 * objects is the entry's website item, or its `idsite` parameter.
 */
export function entryObjects(entry: ActivityEntry): ObjectRef[] {
  const list = own(entry.parameters, 'items');
  if (!Array.isArray(list)) return [];
  const site = entrySites(entry)[0];
  const found = new Map<string, ObjectRef>();
  for (const item of list) {
    const type = own(item, 'type');
    const kind = typeof type === 'string' ? KINDS.get(type) : undefined;
    if (!kind) continue;
    const data = own(item, 'data');
    const id = kind === 'user' ? text(own(data, 'login')) : text(own(data, 'id'));
    if (!id || id.length > MAX_ID) continue;
    const owner = PER_SITE.has(kind) ? site : undefined;
    const name = kind === 'user' ? id : kind === 'annotation' ? text(own(data, 'text')) || text(own(data, 'note')) : text(own(data, 'name')) || text(own(data, 'description'));
    const key = objectKey(kind, id, owner);
    if (!found.has(key)) found.set(key, { kind, id, site: owner, name, key });
  }
  return [...found.values()];
}

/** The websites `entry` is about: its website items' ids, then its `idsite`/`idSite` parameter, each once, as text. */
export function entrySites(entry: ActivityEntry): string[] {
  const sites = new Set<string>();
  const list = own(entry.parameters, 'items');
  if (Array.isArray(list)) {
    for (const item of list) {
      if (own(item, 'type') !== 'measurable') continue;
      const id = text(own(own(item, 'data'), 'id'));
      if (id) sites.add(id);
    }
  }
  for (const key of ['idsite', 'idSite']) {
    const id = text(own(entry.parameters, key));
    if (id) sites.add(id);
  }
  return [...sites].filter((id) => id.length <= MAX_ID);
}

/** A property of a server object, read only when it is the object's own (server keys are never looked up through prototypes). */
export function own(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A string (trimmed) or a finite number, as text; anything else ''. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
