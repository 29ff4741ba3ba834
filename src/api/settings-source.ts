import { LazyPart } from '../core/lazy-part.js';
import { english } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { isAbort } from './errors.js';
import type { RequestOptions } from './request.js';
import type { RocketChatClient, RocketChatMe } from './rocketchat.js';
import type { SettingSaveResult, SettingsSaveOptions, SettingValue } from './settings-types.js';
import type * as SaveCode from './settings-save.js';

export type { SettingValue, SettingSaveResult, SettingsSaveOptions, TwoFactorCode } from './settings-types.js';

/** Which settings the user may change, learned before the first edit. */
export interface SettingsAccess {
  /** The ids of the settings this user may change; the others are shown read-only. */
  editable: readonly string[];
  /** Why the others may not be changed, in English words ('' when every one may be). */
  reason: string;
  /** The reason as a message, to show in the reader's language. */
  reasonText?: Text | undefined;
}

/**
 * What `<analytics-settings>` needs from a backend. The default implementation speaks
 * Rocket.Chat's REST API; pass your own object as the widget's `source` property to connect another.
 */
export interface SettingsSource {
  /** Reads these settings (ids the server does not know are left out). */
  load(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]>;
  /**
   * Reads the public values of these settings without special permission. Optional: the widget
   * uses it, read-only, when `load` is refused (403).
   */
  loadPublic?(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]>;
  /**
   * Optional: which of these settings the user may change. The widget asks at the same time as
   * `load` and shows the others read-only, with the reason, before any edit. Undefined (or a
   * rejection) when it cannot tell: everything stays editable, and a refused save says so.
   */
  access?(ids: readonly string[], options?: RequestOptions): Promise<SettingsAccess | undefined>;
  /**
   * Saves changed settings and reports per setting. Needing a two-factor code is signalled by a
   * TwoFactorError: as a rejection when nothing was saved, or as the `error` of each setting not
   * saved yet when some were. Call again with `twoFactor` for those.
   */
  save(changes: ReadonlyArray<{ id: string; value: unknown }>, options?: SettingsSaveOptions): Promise<SettingSaveResult[]>;
  /** Optional: starts getting ready to save (the widget calls it on the reader's first edit). */
  prepareSave?(): void;
}

/** Why some settings are read-only, by what Rocket.Chat grants (shown beside the read-only form). */
function accessText(selected: boolean, editable: number, roles: readonly string[]): Text {
  if (!selected) return { key: 'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.', params: { roles: roles.length ? roles.join(', ') : { key: 'none' } } };
  return { key: editable ? 'This account may change only some settings (manage-selected-settings); the others are read-only.' : 'This account may change only some settings (manage-selected-settings), none of these.' };
}

/**
 * Rocket.Chat settings. Reading: one round trip (see `load`). Rights: `GET me` and
 * `GET permissions.listAll` (see `access`). Saving (settings-save.ts, loaded on the first edit;
 * in the script-tag bundle, a file of its own): `method.call/saveSettings`, or the bulk route of
 * Rocket.Chat 8.6+ on the server's own origin.
 */
export class RocketChatSettingsSource implements SettingsSource {
  /** @internal How the saving code is loaded (tests replace it to simulate a failed load). */
  static loadSave = () => import('./settings-save.js');

  /** Set once the server showed it lacks the bulk route, so later saves skip it. */
  #bulk = { missing: false };

  /** `GET me` per call options: `load` and `access` called with the same options share one request. */
  #me = new WeakMap<object, Promise<RocketChatMe>>();

  /** The saving code, loaded once (a failed load is forgotten: the next save tries again). A source has no view to update. */
  #saveCode = new LazyPart<typeof SaveCode>({ requestUpdate() {} }, () => RocketChatSettingsSource.loadSave());

  constructor(readonly client: RocketChatClient) {}

  /**
   * One round trip where the server allows it (`getSettingsAtOnce`, with `GET me` as the check of
   * the credentials), else paged, with defaults.
   */
  async load(ids: readonly string[], options: RequestOptions = {}): Promise<SettingValue[]> {
    const settings = (await this.client.getSettingsAtOnce(ids, options, this.#whoAmI(options))) ?? (await this.client.getSettings(ids, options));
    return settings.map((s) => ({ id: s._id, value: s.value, ...('packageValue' in s ? { packageValue: s.packageValue } : {}) }));
  }

  /** `GET settings.public?_id=a,b` (Rocket.Chat 7.0+): no authentication, no defaults. */
  async loadPublic(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]> {
    const settings = await this.client.getPublicSettings(ids, options);
    return settings.map((s) => ({ id: s._id, value: s.value }));
  }

  /**
   * The user's roles (`GET me`, the request `load` makes with the same options) against the roles
   * of each permission (`GET permissions.listAll`), both at once: every setting with `edit-privileged-setting`; with `manage-selected-settings`,
   * those whose `change-setting-<id>` the user has too (what `saveSettings` checks). Undefined
   * when either cannot be read.
   */
  async access(ids: readonly string[], options: RequestOptions = {}): Promise<SettingsAccess | undefined> {
    let roles: string[];
    let permissions: Map<string, string[]>;
    try {
      [{ roles }, permissions] = await Promise.all([this.#whoAmI(options), this.client.getPermissions(options)]);
    } catch (error) {
      if (isAbort(error)) throw error;
      return undefined;
    }
    const has = (permission: string) => (permissions.get(permission) ?? []).some((role) => roles.includes(role));
    if (has('edit-privileged-setting')) return { editable: ids, reason: '' };
    const selected = has('manage-selected-settings');
    const editable = selected ? ids.filter((id) => has(`change-setting-${id}`)) : [];
    const reasonText = accessText(selected, editable.length, roles);
    return { editable, reason: english.text(reasonText), reasonText };
  }

  #whoAmI(options: RequestOptions): Promise<RocketChatMe> {
    let me = this.#me.get(options);
    if (!me) this.#me.set(options, (me = this.client.getMe(options)));
    return me;
  }

  /** Rejects with a retryable `ChunkLoadError` when the saving code cannot be loaded (nothing was sent). */
  async save(changes: ReadonlyArray<{ id: string; value: unknown }>, options: SettingsSaveOptions = {}): Promise<SettingSaveResult[]> {
    if (changes.length === 0) return [];
    const { saveSettings } = await this.#saveCode.load();
    return saveSettings(this.client, changes, options, this.#bulk);
  }

  /** Fetches the saving code ahead of the first save, so Save sends at once (a failure shows on Save). */
  prepareSave(): void {
    void this.#saveCode.need();
  }
}
