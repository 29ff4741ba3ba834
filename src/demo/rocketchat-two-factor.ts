import { DEMO_TOKENS } from './accounts.js';
import type { ChatToken, ChatUser } from './rocketchat-users.js';

/**
 * Rocket.Chat's two-factor check of a write (its `checkCodeForUser`), for the demo: the method is
 * the one asked for when the user has it, else the user's own (TOTP, then e-mail), else the
 * password ("Enforce password fallback", on by default), whose code is its SHA-256 in hex. A
 * verified code is remembered for 30 minutes per login token, except where the route disables it
 * (the bulk settings route of 8.6). E-mail codes expire, and five wrong ones use a code up: the
 * answer is then `totp-max-attempts`, and the next request e-mails a new code.
 */

/** An error as Rocket.Chat's server throws it (`Meteor.Error`): a machine-readable `error`, a reason, details. */
export class MeteorError extends Error {
  constructor(
    readonly error: string | number,
    readonly reason: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${reason} [${error}]`);
    this.name = 'MeteorError';
  }

  /** The error as `method.call` answers it: the thrown object's own fields, through EJSON. */
  toMethodError(): Record<string, unknown> {
    return { isClientSafe: true, error: this.error, reason: this.reason, ...(this.details ? { details: this.details } : {}), message: this.message, errorType: 'Meteor.Error' };
  }
}

/** Rocket.Chat's `Accounts_TwoFactorAuthentication_RememberFor` (seconds). */
const REMEMBER_FOR_S = 1800;
/** `Accounts_TwoFactorAuthentication_By_Email_Code_Expiration` (seconds). */
const EMAIL_CODE_EXPIRES_S = 3600;
/** `Accounts_TwoFactorAuthentication_Max_Invalid_Email_Code_Attempts`. */
const EMAIL_MAX_ATTEMPTS = 5;

export class TwoFactorChecks {
  /** The e-mail code last "sent" to each user: when it expires and how many wrong codes were tried. */
  readonly #emailCodes = new Map<string, { expires: number; attempts: number }>();
  /** Until when each login token needs no code. */
  readonly #remembered = new Map<string, number>();

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /**
   * Throws `totp-required`, `totp-invalid` or `totp-max-attempts` unless the write may go on.
   * `code` and `method` are what the client sent (headers for REST, the last argument of a method).
   */
  check(user: ChatUser, token: ChatToken, code: string | undefined, method: string | undefined, remember: boolean): void {
    const now = this.clock();
    if (token.bypassTwoFactor) return;
    if (remember && (this.#remembered.get(token.token) ?? 0) > now) return;

    const selected = method === 'totp' || method === 'email' ? method : (user.twoFactor ?? 'password');
    const availableMethods = user.twoFactor ? [user.twoFactor] : [];
    const data = selected === 'email' ? this.#processEmail(user, now) : { codeGenerated: false };
    const details = (extra: Record<string, unknown> = {}) => ({ method: selected, ...data, ...extra, availableMethods });
    if (!code) throw new MeteorError('totp-required', 'TOTP Required', details());
    if (!this.#verify(user, selected, code, now)) {
      if (selected === 'email' && (this.#emailCodes.get(user.userId)?.attempts ?? 0) >= EMAIL_MAX_ATTEMPTS) {
        throw new MeteorError('totp-max-attempts', 'TOTP Maximun Failed Attempts Reached', details());
      }
      throw new MeteorError('totp-invalid', 'TOTP Invalid', details());
    }
    if (remember) this.#remembered.set(token.token, now + REMEMBER_FOR_S * 1000);
  }

  /** E-mails a new code unless a usable one was sent before (EmailCheck.processInvalidCode). */
  #processEmail(user: ChatUser, now: number): Record<string, unknown> {
    const current = this.#emailCodes.get(user.userId);
    if (current && current.expires > now && current.attempts < EMAIL_MAX_ATTEMPTS) {
      return { emailOrUsername: user.username, codeGenerated: false, codeExpires: new Date(current.expires) };
    }
    this.#emailCodes.set(user.userId, { expires: now + EMAIL_CODE_EXPIRES_S * 1000, attempts: 0 });
    return { codeGenerated: true, emailOrUsername: user.username };
  }

  #verify(user: ChatUser, method: string, code: string, now: number): boolean {
    if (method === 'totp') return user.twoFactor === 'totp' && code.trim() === DEMO_TOKENS.twoFactorCode;
    if (method === 'email') {
      const current = this.#emailCodes.get(user.userId);
      if (user.twoFactor !== 'email' || !current || current.expires < now) return false;
      if (code.replace(/\D/g, '') === DEMO_TOKENS.emailCode) {
        this.#emailCodes.delete(user.userId);
        return true;
      }
      current.attempts++;
      return false;
    }
    return code.toLowerCase() === user.passwordSha256;
  }
}
