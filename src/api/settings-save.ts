import { AuthError, BadResponseError, isApiError, PermissionError, ServerError } from './errors.js';
import { TwoFactorError } from './two-factor-error.js';
import type { RocketChatClient } from './rocketchat.js';
import type { SettingSaveResult, SettingsSaveOptions } from './settings-types.js';

/**
 * Saves settings for `RocketChatSettingsSource`, in one type-checked batch:
 *
 * - On another origin than the chat server (the usual embedding): Meteor's `saveSettings` method
 *   through `POST method.call/saveSettings`, what Rocket.Chat's own admin UI calls. A two-factor
 *   code travels in the JSON body (the method's last argument), so it needs no custom header,
 *   which Rocket.Chat's CORS answer would refuse; a verified code is remembered for 30 minutes.
 * - On the server's own origin: the bulk route `POST settings` of Rocket.Chat 8.6+, with the code
 *   in `x-2fa-code` / `x-2fa-method` headers. Any 404 or 405 there (7.x answers 405 with an empty
 *   body) means the server has no such route: `bulk.missing` remembers it and the method is used.
 *
 * Either way the batch is all or nothing: every setting is reported saved, or not saved with the
 * same error. A needed code is a rejection with a TwoFactorError.
 */
export async function saveSettings(
  client: RocketChatClient,
  changes: ReadonlyArray<{ id: string; value: unknown }>,
  options: SettingsSaveOptions,
  bulk: { missing: boolean },
): Promise<SettingSaveResult[]> {
  const settings = changes.map((c) => ({ _id: c.id, value: c.value }));
  try {
    if (!bulk.missing && sameOrigin(client.apiBase)) {
      try {
        const code = options.twoFactor;
        await client.send('settings', { ...options, headers: code ? { 'x-2fa-code': code.code, 'x-2fa-method': code.method } : {} }, { settings });
        return changes.map((c) => ({ id: c.id, ok: true as const }));
      } catch (error) {
        if (!(isApiError(error) && (error.status === 404 || error.status === 405))) throw error;
        bulk.missing = true;
      }
    }
    await callMethod(client, 'saveSettings', [settings], options);
    return changes.map((c) => ({ id: c.id, ok: true as const }));
  } catch (caught) {
    const error = twoFactorOf(caught) ?? caught;
    if (!isApiError(error) || error.kind === 'two-factor') throw error;
    return changes.map((c) => ({ id: c.id, ok: false as const, error }));
  }
}

/** Whether `base` is on the page's own origin. */
function sameOrigin(base: string): boolean {
  try {
    return new URL(base, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

let calls = 0;

/**
 * Calls a Meteor method through `POST method.call/:method`. The body is `{message}`, the EJSON
 * text of `{msg: 'method', id, method, params}` (plain JSON here: the values are text and
 * booleans); with a code, `params` ends with `{twoFactorCode, twoFactorMethod}`. The answer is
 * HTTP 200 `{success: true, message}`, the EJSON text of `{msg: 'result', id, result}` or of
 * `{…, error}`: EJSON is JSON (its typed values, such as `{"$date": …}`, are left as they are).
 */
async function callMethod(client: RocketChatClient, method: string, params: unknown[], options: SettingsSaveOptions): Promise<unknown> {
  const code = options.twoFactor;
  const id = String(++calls);
  const message = JSON.stringify({ msg: 'method', id, method, params: code ? [...params, { twoFactorCode: code.code, twoFactorMethod: code.method }] : params });
  const { twoFactor: _, ...rest } = options;
  const answer = (await client.send(`method.call/${method}`, rest, { message })) as { message?: unknown };
  let result: { msg?: unknown; id?: unknown; result?: unknown; error?: unknown };
  try {
    result = JSON.parse(String(answer.message));
  } catch {
    result = {};
  }
  if (typeof result !== 'object' || result === null || result.msg !== 'result' || result.id !== id) {
    throw new BadResponseError({ key: "The server's answer to the {method} call is not a result of it.", params: { method } });
  }
  if (result.error !== undefined) throw methodError(result.error, method);
  return result.result;
}

/** A method's error (a serialized Meteor.Error or Match.Error) as the typed error it stands for. */
function methodError(raw: unknown, method: string): Error {
  const e = (typeof raw === 'object' && raw !== null ? raw : {}) as { error?: unknown; reason?: unknown; message?: unknown; details?: unknown; errorType?: unknown };
  const code = typeof e.error === 'string' || typeof e.error === 'number' ? String(e.error) : undefined;
  const reason = typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : '';
  const asTwoFactor = twoFactorOf(new ServerError(reason, { code, details: e.details }));
  if (asTwoFactor) return asTwoFactor;
  const detail = { detail: reason };
  if (code === 'error-action-not-allowed' || code === 'error-unauthorized' || code === 'not-authorized') {
    return new PermissionError(reason ? { key: 'This account may not change these settings ({detail}).', params: detail } : { key: 'This account may not change these settings.' });
  }
  if (code === 'error-invalid-user') return new AuthError(reason ? { key: 'The server did not accept the user id and token ({detail}).', params: detail } : { key: 'The server did not accept the user id and token.' });
  if (code === 'too-many-requests') return new ServerError(reason || { key: 'The server asks to slow down: try again in a few seconds.' }, { status: 429, code });
  if (e.errorType === 'Match.Error') return new ServerError(reason ? { key: 'The server refused a value ({detail}).', params: detail } : { key: 'The server refused a value.' }, { code: 'Match.Error' });
  if (code === '404') return new ServerError(reason ? { key: 'This server has no {method} method ({detail}).', params: { method, detail: reason } } : { key: 'This server has no {method} method.', params: { method } }, { code });
  return new ServerError(reason || { key: 'The server refused the {method} call.', params: { method } }, { code });
}

/** A `totp-required`, `totp-invalid` or `totp-max-attempts` answer (REST or method) as a TwoFactorError. */
function twoFactorOf(error: unknown): TwoFactorError | undefined {
  if (!(error instanceof ServerError)) return undefined;
  const state = error.code === 'totp-required' ? 'required' : error.code === 'totp-invalid' ? 'invalid' : error.code === 'totp-max-attempts' ? 'max-attempts' : undefined;
  if (!state) return undefined;
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as { method?: unknown; codeGenerated?: unknown; emailOrUsername?: unknown };
  return new TwoFactorError(typeof details.method === 'string' ? details.method : 'totp', state, {
    codeGenerated: details.codeGenerated === true,
    ...(typeof details.emailOrUsername === 'string' ? { emailOrUsername: details.emailOrUsername } : {}),
  });
}
