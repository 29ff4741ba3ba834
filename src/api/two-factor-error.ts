import { ApiError } from './errors.js';

/**
 * The error of the ApiError hierarchy (errors.ts) that only saving meets, in a file of its own so
 * that a widget's first view does not carry it: the saving code (loaded on demand) creates it.
 */

/**
 * Rocket.Chat asks for two-factor confirmation: `required` (no code was sent, or none is
 * remembered), `invalid` (the code sent was refused: try again) or `max-attempts` (too many wrong
 * codes: this one is used up; for e-mail codes, the next try sends a new one).
 */
export class TwoFactorError extends ApiError {
  readonly kind = 'two-factor';
  override name = 'TwoFactorError';
  override readonly retryable = false;
  constructor(
    /** `totp`, `email` or `password`, from the server's `details.method`. */
    readonly method: string,
    readonly state: 'required' | 'invalid' | 'max-attempts' = 'required',
    /** Whether the server e-mailed a new code with this answer, and to whom (its `details`). */
    readonly sent: { codeGenerated?: boolean; emailOrUsername?: string } = {},
  ) {
    super({ key: state === 'required' ? 'The server asks for two-factor confirmation to save these settings.' : state === 'invalid' ? 'That two-factor code was not accepted. Try again.' : 'Too many wrong two-factor codes: the server no longer accepts this one.' });
  }

  /** True when a code was sent and the server refused it. */
  get invalid(): boolean {
    return this.state !== 'required';
  }
}
