import { isApiError, ServerError } from './errors.js';
import type { RocketChatClient, WriteOptions } from './rocketchat.js';
import type { SettingSaveResult } from './settings-types.js';

/**
 * Saves settings for `RocketChatSettingsSource`: in one request on the bulk endpoint where the
 * server has it (`bulk.missing` remembers when it has not), else one POST per setting.
 */
export async function saveSettings(
  client: RocketChatClient,
  changes: ReadonlyArray<{ id: string; value: unknown }>,
  options: WriteOptions,
  bulk: { missing: boolean },
): Promise<SettingSaveResult[]> {
  if (!bulk.missing && changes.length > 1) {
    try {
      await client.setSettings(
        changes.map((c) => ({ _id: c.id, value: c.value })),
        options,
      );
      return changes.map((c) => ({ id: c.id, ok: true as const }));
    } catch (error) {
      if (!isMissingEndpoint(error)) return rethrowOrReport(error, changes);
      bulk.missing = true;
    }
  }
  const results: SettingSaveResult[] = [];
  for (const [index, change] of changes.entries()) {
    try {
      await client.setSetting(change.id, change.value, options);
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

function rethrowOrReport(error: unknown, changes: ReadonlyArray<{ id: string }>): SettingSaveResult[] {
  if (!isApiError(error) || error.kind === 'two-factor') throw error;
  return changes.map((c) => ({ id: c.id, ok: false as const, error }));
}

/** True when an error says the server lacks an endpoint (so a fallback should be used). */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ServerError && (error.status === 404 || error.status === 405);
}
