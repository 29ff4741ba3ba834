import { LazyPart } from '../core/lazy-part.js';
import type { RequestOptions } from './request.js';
import type { RocketChatClient, WriteOptions } from './rocketchat.js';
import type { SettingSaveResult, SettingsSaveOptions, SettingValue } from './settings-types.js';
import type * as SaveCode from './settings-save.js';

export type { SettingValue, SettingSaveResult, SettingsSaveOptions } from './settings-types.js';

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
   * Saves changed settings and reports per setting. Needing a two-factor code is signalled by a
   * TwoFactorError: as a rejection when nothing was saved, or as the `error` of each setting not
   * saved yet when some were. Call again with `twoFactor` for those.
   */
  save(changes: ReadonlyArray<{ id: string; value: unknown }>, options?: SettingsSaveOptions): Promise<SettingSaveResult[]>;
  /** Optional: starts getting ready to save (the widget calls it on the reader's first edit). */
  prepareSave?(): void;
}

/**
 * Rocket.Chat settings: the bulk endpoint where the server has it, else one POST per setting.
 * The saving code is loaded on the first save (in the script-tag bundle, a file of its own).
 */
export class RocketChatSettingsSource implements SettingsSource {
  /** @internal How the saving code is loaded (tests replace it to simulate a failed load). */
  static loadSave = () => import('./settings-save.js');

  /** Set once the server showed it lacks the bulk endpoint, so later saves skip it. */
  #bulk = { missing: false };

  /** The saving code, loaded once (a failed load is forgotten: the next save tries again). A source has no view to update. */
  #saveCode = new LazyPart<typeof SaveCode>({ requestUpdate() {} }, () => RocketChatSettingsSource.loadSave());

  constructor(readonly client: RocketChatClient) {}

  /** One round trip where the server allows it (`getSettingsAtOnce`), else paged, with defaults. */
  async load(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]> {
    const settings = (await this.client.getSettingsAtOnce(ids, options)) ?? (await this.client.getSettings(ids, options));
    return settings.map((s) => ({ id: s._id, value: s.value, ...('packageValue' in s ? { packageValue: s.packageValue } : {}) }));
  }

  /** `GET settings.public?_id=a,b` (Rocket.Chat 7.0+): no authentication, no defaults. */
  async loadPublic(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]> {
    const settings = await this.client.getPublicSettings(ids, options);
    return settings.map((s) => ({ id: s._id, value: s.value }));
  }

  /** Rejects with a retryable `ChunkLoadError` when the saving code cannot be loaded (nothing was sent). */
  async save(changes: ReadonlyArray<{ id: string; value: unknown }>, options: WriteOptions = {}): Promise<SettingSaveResult[]> {
    if (changes.length === 0) return [];
    const { saveSettings } = await this.#saveCode.load();
    return saveSettings(this.client, changes, options, this.#bulk);
  }

  /** Fetches the saving code ahead of the first save, so Save sends at once (a failure shows on Save). */
  prepareSave(): void {
    void this.#saveCode.need();
  }
}
