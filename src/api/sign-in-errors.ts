import { AuthError } from './errors.js';

/**
 * The errors of the ApiError hierarchy (errors.ts) that only a refused sign-in to Matomo meets, in
 * a file of their own so that a widget's first view does not carry them: the explanation of
 * failures (matomo-failure.ts, loaded on demand) creates them.
 */

/**
 * The server refused the token: a readable 401, or, from another origin, a request that failed
 * like a network error while one without the token got an answer (Matomo sends its 401 without
 * CORS headers). The message says what to do. Never retried by itself: only the reader's Retry
 * tries once more, since Matomo counts every refusal as a failed sign-in.
 */
export class RefusedTokenError extends AuthError {
  override name = 'RefusedTokenError';
  override readonly hint = '';
}

/** The server refuses every request from this network for now: too many failed sign-ins ("Too many failed logins"). */
export class LockoutError extends AuthError {
  override name = 'LockoutError';
  override readonly hint = '';
}
