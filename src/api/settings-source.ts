import { isApiError, ServerError, type ApiError } from './errors.js';
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

/**
 * What `<analytics-settings>` needs from a backend. The default implementation speaks
 * Rocket.Chat's REST API; pass your own object as the widget's `source` property to connect another.
 */
export interface SettingsSource {
  /** Reads these settings (ids the server does not know are left out). */
  load(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]>;
  /**
   * Saves changed settings and reports per setting. Rejects (instead of reporting) only with a
   * TwoFactorError, so the caller can ask for a code and call again with it.
   */
  save(changes: ReadonlyArray<{ id: string; value: unknown }>, options?: RequestOptions & { twoFactor?: TwoFactorCode | undefined }): Promise<SettingSaveResult[]>;
}

/** Rocket.Chat settings: the bulk endpoint where the server has it, else one POST per setting. */
export class RocketChatSettingsSource implements SettingsSource {
  /** Set once the server showed it lacks the bulk endpoint, so later saves skip it. */
  #noBulk = false;

  constructor(readonly client: RocketChatClient) {}

  async load(ids: readonly string[], options?: RequestOptions): Promise<SettingValue[]> {
    const settings = await this.client.getSettings(ids, options);
    return settings.map((s) => ({ id: s._id, value: s.value, ...('packageValue' in s ? { packageValue: s.packageValue } : {}) }));
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
    for (const change of changes) {
      try {
        await this.client.setSetting(change.id, change.value, options);
        results.push({ id: change.id, ok: true });
      } catch (error) {
        if (!isApiError(error) || error.kind === 'two-factor' || (error.kind === 'auth' && results.length === 0)) throw error;
        results.push({ id: change.id, ok: false, error });
      }
    }
    return results;
  }
}

function rethrowOrReport(error: unknown, changes: ReadonlyArray<{ id: string }>): SettingSaveResult[] {
  if (!isApiError(error) || error.kind === 'two-factor') throw error;
  const failure = error instanceof ServerError || isApiError(error) ? error : new ServerError(String(error));
  return changes.map((c) => ({ id: c.id, ok: false as const, error: failure }));
}
