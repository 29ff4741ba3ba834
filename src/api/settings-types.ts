import type { ApiError } from './errors.js';
import type { RequestOptions } from './request.js';

/*
 * The values a settings source reads and saves, in a file of their own: the source
 * (settings-source.ts) and its saving code, loaded on demand (settings-save.ts), both use them,
 * and neither imports the other for them.
 */

/** A setting's current value and, when the server says, its default. */
export interface SettingValue {
  id: string;
  value: unknown;
  /** The default (Rocket.Chat's `packageValue`), when known. */
  packageValue?: unknown;
}

/** The result of saving one setting. */
export type SettingSaveResult = { id: string; ok: true } | { id: string; ok: false; error: ApiError };

/** A two-factor code to send with a write the server asked to confirm. */
export interface TwoFactorCode {
  /** The code; for the `password` method, the SHA-256 of the password in hex. */
  code: string;
  /** From the server's `details.method`: `totp`, `email` or `password`. */
  method: string;
}

/** Options of a save: a two-factor code when the server asked for one. */
export type SettingsSaveOptions = RequestOptions & { twoFactor?: TwoFactorCode | undefined };
