import { isApiError, type ApiError } from './errors.js';
import type { RequestOptions } from './request.js';
import { isMissingEndpoint, RocketChatClient, type TwoFactorCode, type WriteOptions } from './rocketchat.js';

/** A setting's current value and, when the server says, its default. */
export interface SettingValue {
  id: string;
  value: unknown;
  /** The default (Rocket.Chat's `packageValue`), when known. */
  packageValue?: unknown;
}

/** The result of saving one setting. */
export type SettingSaveResult = { id: string; ok: true } | { id: string; ok: false; error: ApiError };

/** Options of a save: a two-factor code when the server asked for one. */
export type SettingsSaveOptions = RequestOptions & { twoFactor?: TwoFactorCode | undefined };

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
}

/** Rocket.Chat settings: the bulk endpoint where the server has it, else one POST per setting. */
export class RocketChatSettingsSource implements SettingsSource {
  /** Set once the server showed it lacks the bulk endpoint, so later saves skip it. */
  #noBulk = false;

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

  async save(changes: ReadonlyArray<{ id: string; value: unknown }>, options: WriteOptions = {}): Promise<SettingSaveResult[]> {
    if (changes.length === 0) return [];
    if (!this.#noBulk && changes.length > 1) {
      try {
        await this.client.setSettings(
          changes.map((c) => ({ _id: c.id, value: c.value })),
          options,
        );
        return changes.map((c) => ({ id: c.id, ok: true as const }));
      } catch (error) {
        if (!isMissingEndpoint(error)) return rethrowOrReport(error, changes);
        this.#noBulk = true;
      }
    }
    const results: SettingSaveResult[] = [];
    for (const [index, change] of changes.entries()) {
      try {
        await this.client.setSetting(change.id, change.value, options);
        results.push({ id: change.id, ok: true });
      } catch (error) {
        if (!isApiError(error) || (results.length === 0 && (error.kind === 'two-factor' || error.kind === 'auth'))) throw error;
        results.push({ id: change.id, ok: false, error });
        // Nothing after a lost connection, a timeout, a refused token or a code request can
        // succeed: report the rest with the same error instead of sending (and waiting) again.
        if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'auth' || error.kind === 'two-factor') {
          for (const rest of changes.slice(index + 1)) results.push({ id: rest.id, ok: false, error });
          break;
        }
      }
    }
    return results;
  }
}

function rethrowOrReport(error: unknown, changes: ReadonlyArray<{ id: string }>): SettingSaveResult[] {
  if (!isApiError(error) || error.kind === 'two-factor') throw error;
  return changes.map((c) => ({ id: c.id, ok: false as const, error }));
}
