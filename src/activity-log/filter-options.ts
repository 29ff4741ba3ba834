import { html, nothing, type TemplateResult } from 'lit';
import type { ActivityViewer } from '../api/activity-source.js';
import { english, type Translator } from '../core/translate.js';
import { ACTIVITY_CATEGORIES, catalogueVersion, type ActivityTypeInfo } from './activity-types.js';
import { SYSTEM_NOTES } from './avatar.js';
import { activityType, knownActivityTypes } from './catalogue.js';
import { clip } from './text.js';

// Every option of the user and type filters. About 90 types in groups cost more layout than a page
// of rows, so the filter bar offers the chosen ones only until the first rows are painted (or a
// select is reached), and this code loads then (filter-bar.ts).

/** The options of the user filter (super users): every login the server listed or the list showed, then the system performers, in the words of `t`. */
export function userOptions(viewer: ActivityViewer, seen: Iterable<string>, user: string, t: Translator = english): TemplateResult {
  const people = new Set([...viewer.logins, ...seen]);
  for (const system of SYSTEM_NOTES.keys()) people.delete(system);
  if (user && !SYSTEM_NOTES.has(user)) people.add(user);
  const logins = [...people].sort((a, b) => a.localeCompare(b, t.locale));
  // {login}: a system performer's login as Matomo records it ("Matomo System"); {note}: what it is ("system").
  return html`<optgroup label=${t.t('People')}>${logins.map((login) => html`<option value=${login} translate="no" ?selected=${login === user}>${clip(login, 100)}</option>`)}</optgroup>
    <optgroup label=${t.tc('performed by Matomo itself', 'System')}>
      ${[...SYSTEM_NOTES].map(([login, note]) => html`<option value=${login} ?selected=${login === user}>${t.t('{login} ({note})', { login, note: t.text(note) })}</option>`)}
    </optgroup>`;
}

const typeOptionsCache = new WeakMap<object, { stamp: string; options: TemplateResult[] }>();

/**
 * The options of the activity-type filter, by group: every known type, the types `seen` in the
 * list, and the one chosen, in the words of `t`. `version` changes when the types' words may have
 * (a type registered, a language's words arrived): the options are made again then.
 */
export function typeOptions(seen: ReadonlySet<string>, chosen: string, t: Translator = english, version: number = catalogueVersion()): TemplateResult[] {
  const stamp = `${version}|${seen.size}|${chosen}|${t.locale}`;
  let cached = typeOptionsCache.get(seen);
  if (cached?.stamp !== stamp) {
    const options = typeGroups([...seen, chosen].filter(Boolean), t).map(
      (group) =>
        html`<optgroup label=${group.label}>
          ${group.types.map(
            ({ id, info, label }) =>
              // A type's name is a message, or the page's words or its id's (server data, like its plugin's name): not to be translated.
              // {type}: the type's name as the server or its plugin gives it; {plugin}: the plugin that records it.
              html`<option value=${id} translate=${typeof info.text === 'string' ? 'no' : nothing} ?selected=${id === chosen}>${info.known || !info.plugin ? label : t.t('{type} ({plugin})', { type: label, plugin: info.plugin })}</option>`,
          )}
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

/** A type as the filter offers it: its id, its label in the reader's language, and what the catalogue knows of it. */
export interface ShownType {
  id: string;
  label: string;
  info: ActivityTypeInfo;
}

/**
 * The activity-type filter's groups: every known type and `more` (types seen, the one chosen),
 * grouped and sorted by label, each label in the words of `t`.
 */
export function typeGroups(more: Iterable<string>, t: Translator = english): Array<{ label: string; types: ShownType[] }> {
  const byGroup = new Map<string, { label: string; order: number; types: ShownType[] }>();
  for (const id of new Set([...knownActivityTypes(), ...more])) {
    const info = activityType(id);
    let group = byGroup.get(info.group);
    if (!group) byGroup.set(info.group, (group = { label: t.text(info.groupText), order: groupOrder(info.group), types: [] }));
    group.types.push({ id, label: t.text(info.text), info });
  }
  const collator = new Intl.Collator(t.locale);
  return [...byGroup.values()]
    .sort((a, b) => a.order - b.order || collator.compare(a.label, b.label))
    .map((g) => ({ label: g.label, types: g.types.sort((a, b) => collator.compare(a.label, b.label)) }));
}
