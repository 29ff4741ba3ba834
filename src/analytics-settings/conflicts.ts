import type { SettingValue } from '../api/settings-source.js';
import type { FormModel } from './form-model.js';
import { normalizeValue, type SettingFormValue } from './schema.js';

/** An edited setting that the server changed since the form loaded it: the three values, for the user to choose. */
export interface Conflict {
  id: string;
  loaded: SettingFormValue;
  server: SettingFormValue;
  mine: SettingFormValue;
}

/** The value kept, per conflict: the user's edit or the server's. */
export type Choice = 'mine' | 'theirs';

/*
 * Rocket.Chat keeps no version per setting and checks nothing: the last write wins. So saving reads
 * the server again first, and what changed there since the form loaded is settled here, on the form
 * model (loaded on demand with saving, see chunks.ts).
 */

/**
 * The server's values now, merged into the form: a setting not edited here follows the server; one
 * edited here that the server changed meanwhile is a conflict and keeps the edit; one the server
 * already holds as edited counts as saved. Returns the ids that followed the server, and the conflicts.
 */
export function merge(model: FormModel, fresh: readonly SettingValue[]): { followed: string[]; conflicts: Conflict[] } {
  const values: Record<string, SettingFormValue> = { ...model.values };
  const baseline: Record<string, SettingFormValue> = { ...model.baseline };
  const followed: string[] = [];
  const conflicts: Conflict[] = [];
  let moved = false;
  for (const s of fresh) {
    const def = model.definition(s.id);
    if (!def || !model.present.has(s.id)) continue;
    const server = normalizeValue(def, s.value);
    const loaded = baseline[s.id]!;
    const mine = values[s.id]!;
    if (server === loaded) continue;
    if (mine === loaded) {
      values[s.id] = server;
      followed.push(s.id);
    } else if (mine !== server) {
      conflicts.push({ id: s.id, loaded, server, mine });
      continue;
    }
    baseline[s.id] = server;
    moved = true;
  }
  if (moved) model.set(followed.length ? { values, baseline } : { baseline });
  return { followed, conflicts };
}

/** The user's choice per conflict: the server's value becomes the one loaded; "theirs" puts it in the form too. */
export function resolve(model: FormModel, conflicts: readonly Conflict[], choices: ReadonlyMap<string, Choice>): void {
  const values: Record<string, SettingFormValue> = { ...model.values };
  const baseline: Record<string, SettingFormValue> = { ...model.baseline };
  for (const c of conflicts) {
    baseline[c.id] = c.server;
    if (choices.get(c.id) === 'theirs') values[c.id] = c.server;
  }
  model.set({ values, baseline });
}
