import { isAbort } from '../core/errors.js';
import { isApiError } from '../api/errors.js';
import type { RequestOptions } from '../api/request.js';
import type { SettingsAccess, SettingsSource, SettingValue } from '../api/settings-source.js';
import { clip, type Said } from './words.js';

/** What the form loads: the values, why only public ones could be read (''), and the user's rights when known. */
export interface SettingsRead {
  settings: SettingValue[];
  forbidden: Said;
  access: SettingsAccess | undefined;
}

/**
 * Reads the settings and, at the same time, the user's rights: still one round trip. A read
 * refused for lack of permission falls back to the public values (the form is then read-only,
 * `forbidden` says why); rights that cannot be read are unknown (undefined), never an error.
 * An abort (the element was removed) rejects as it is.
 */
export async function readSettings(source: SettingsSource, ids: readonly string[], options: RequestOptions): Promise<SettingsRead> {
  const access = source.access?.(ids, options).catch((error: unknown) => {
    if (isAbort(error)) throw error;
    return undefined;
  });
  let settings: SettingValue[];
  let forbidden: Said = '';
  try {
    settings = await source.load(ids, options);
  } catch (error) {
    access?.catch(() => {});
    if (!isApiError(error) || error.kind !== 'permission' || !source.loadPublic) throw error;
    try {
      settings = await source.loadPublic(ids, options);
    } catch (inner) {
      throw isAbort(inner) ? inner : error;
    }
    // {reason}: why the server refused to read them (a sentence).
    forbidden = { key: 'Only the public values are shown: {reason}', params: { reason: error.text ?? clip(error.message, 300) } };
  }
  return { settings, forbidden, access: await access };
}
