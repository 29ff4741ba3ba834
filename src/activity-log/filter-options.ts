import { html, type TemplateResult } from 'lit';
import type { ActivityViewer } from '../api/activity-source.js';
import { ACTIVITY_CATEGORIES, catalogueVersion, type ActivityTypeInfo } from './activity-types.js';
import { SYSTEM_NOTES } from './avatar.js';
import { activityType, knownActivityTypes } from './catalogue.js';
import { clip } from './text.js';

// Every option of the user and type filters. About 90 types in groups cost more layout than a page
// of rows, so the filter bar offers the chosen ones only until the first rows are painted (or a
// select is reached), and this code loads then (filter-bar.ts).

/** The performers that are not people, with what they are in English (made here: only these options read it). */
const SYSTEM_USERS: ReadonlyMap<string, string> = new Map([...SYSTEM_NOTES].map(([login, note]) => [login, note.key]));

/** The options of the user filter (super users): every login the server listed or the list showed, then the system performers. */
export function userOptions(viewer: ActivityViewer, seen: Iterable<string>, user: string): TemplateResult {
  const people = new Set([...viewer.logins, ...seen]);
  for (const system of SYSTEM_USERS.keys()) people.delete(system);
  if (user && !SYSTEM_USERS.has(user)) people.add(user);
  const logins = [...people].sort((a, b) => a.localeCompare(b));
  return html`<optgroup label="People">${logins.map((login) => html`<option value=${login} ?selected=${login === user}>${clip(login, 100)}</option>`)}</optgroup>
    <optgroup label="System">
      ${[...SYSTEM_USERS].map(([login, note]) => html`<option value=${login} ?selected=${login === user}>${login} (${note})</option>`)}
    </optgroup>`;
}

const typeOptionsCache = new WeakMap<object, { stamp: string; options: TemplateResult[] }>();

/** The options of the activity-type filter, by group: every known type, the types `seen` in the list, and the one chosen. */
export function typeOptions(seen: ReadonlySet<string>, chosen: string): TemplateResult[] {
  const stamp = `${catalogueVersion()}|${seen.size}|${chosen}`;
  let cached = typeOptionsCache.get(seen);
  if (cached?.stamp !== stamp) {
    const options = typeGroups([...seen, chosen].filter(Boolean)).map(
      (group) =>
        html`<optgroup label=${group.label}>
          ${group.types.map((t) => html`<option value=${t.id} ?selected=${t.id === chosen}>${t.known || !t.plugin ? t.label : `${t.label} (${t.plugin})`}</option>`)}
        </optgroup>`,
    );
    typeOptionsCache.set(seen, (cached = { stamp, options }));
  }
  return cached.options;
}

/** The order of groups in the filter: built-in categories, then custom groups (by name), "Other plugins" last. */
export function groupOrder(group: string): number {
  const keys = Object.keys(ACTIVITY_CATEGORIES);
  if (group === 'other') return keys.length + 1;
  const index = keys.indexOf(group);
  return index >= 0 ? index : keys.length;
}

/** The activity-type filter's groups: every known type and `more` (types seen, the one chosen), grouped and sorted by label. */
export function typeGroups(more: Iterable<string>): Array<{ label: string; types: ActivityTypeInfo[] }> {
  const byGroup = new Map<string, { label: string; order: number; types: ActivityTypeInfo[] }>();
  for (const id of new Set([...knownActivityTypes(), ...more])) {
    const info = activityType(id);
    let group = byGroup.get(info.group);
    if (!group) byGroup.set(info.group, (group = { label: info.groupLabel, order: groupOrder(info.group), types: [] }));
    group.types.push(info);
  }
  return [...byGroup.values()]
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
    .map((g) => ({ label: g.label, types: g.types.sort((a, b) => a.label.localeCompare(b.label)) }));
}
