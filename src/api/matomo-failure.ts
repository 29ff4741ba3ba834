import { AuthError, PermissionError, ServerError, UnreachableError, safeOrigin, type ApiError, type NetworkError } from './errors.js';
import { isErrorBody } from './matomo-error-body.js';
import { unescapeEntities } from './matomo-text.js';
import { parseJson, request, type RequestOptions } from './request.js';
import { LockoutError, RefusedTokenError } from './sign-in-errors.js';
import type { SignIn } from './sign-ins.js';

// Why a Matomo request failed. Loaded on the first failure (in the script-tag bundles, a file of
// its own): the typed error and its message (what Matomo's error answers say, read), a refused
// token told apart from a server out of reach, and the block Matomo puts on a network after too
// many failed sign-ins.

export { unescapeEntities } from './matomo-text.js';

/** The words of the sign-in failures, in one place. */
export const SIGN_IN_MESSAGES = {
  refused: (server: string) =>
    `The server at ${server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). ` +
    'Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.',
  lockout: (server: string) =>
    `Too many failed sign-ins from this network: the server at ${server} refuses its requests for now. ` +
    'Try again later (in about 30 minutes), or ask its administrator to unblock this address.',
  unreachable: (server: string, page: string) =>
    `Could not reach the server at ${server}, or it does not answer this page: check the address and the network, ` +
    `and that Matomo's cors_domains lists ${page}. (A network blocked after too many failed sign-ins looks the same: try again later.)`,
};

/** Matomo's answer to every request from an address it blocks ("…had too many failed logins, try again later"). */
const LOCKOUT_MESSAGE = /too many failed log-?ins/i;
const AUTH_MESSAGE = /unable to authenticate|token_auth|token is (?:invalid|expired)|invalid token/i;
const ACCESS_MESSAGE = /access|permission|superuser|super user|logged in|not allowed/i;

/** What is known of a failed request. */
export interface MatomoFailure {
  /** The request's address (`…/index.php`). */
  url: string;
  /** What the page knows about the token sent, if one was. */
  state?: SignIn | undefined;
  /** The token sent, if one was: wherever a message of the server repeats it, it reads •••. */
  token?: string | undefined;
  /** The network failure, when no answer could be read. */
  error?: NetworkError | undefined;
  /** The answer, when one could be read, with its body. */
  response?: Response | undefined;
  text?: string | undefined;
  /** For the request without the token that tells a refused token from a server out of reach. */
  options?: RequestOptions | undefined;
}

/** The error a sign-in state stands for (`refused` set). */
export function refusal(url: string, refused: SignIn['refused'], status?: number): ApiError {
  const server = safeOrigin(url);
  return refused === 'lockout' ? new LockoutError(SIGN_IN_MESSAGES.lockout(server), status) : new RefusedTokenError(SIGN_IN_MESSAGES.refused(server), status);
}

/** A server out of reach (or not answering this page, or blocking this network). */
export function unreachable(url: string, cause?: unknown): UnreachableError {
  return new UnreachableError(url, SIGN_IN_MESSAGES.unreachable(safeOrigin(url), location.origin), cause);
}

/**
 * The ApiError a decoded answer reports (`{"result":"error"}`), or undefined. `token`, the token
 * sent (if any), reads ••• wherever the message repeats it.
 */
export function errorOf(data: unknown, status = 200, token = ''): ApiError | undefined {
  if (!isErrorBody(data)) return undefined;
  const raw = typeof data.message === 'string' && data.message.trim() ? unescapeEntities(data.message.trim()) : 'The server reported an error without a message.';
  const message = token ? raw.split(token).join('•••') : raw;
  if (AUTH_MESSAGE.test(message)) return new AuthError(`The server did not accept the access token. (${message})`, status);
  if (ACCESS_MESSAGE.test(message) || status === 401 || status === 403) {
    return new PermissionError(token ? message : `${message} No token was given: these data need one.`, status);
  }
  return new ServerError(message, { status });
}

/**
 * The typed error of a failed request, noting in `state` what it says about the token: refused
 * (a readable refusal, or a network failure while the server answers without the token), this
 * network blocked, or accepted (any other answer the server read the token for).
 */
export async function explain(failure: MatomoFailure): Promise<ApiError> {
  const { url, state, response } = failure;
  if (!response) {
    if (!state) return unreachable(url, failure.error);
    // One request without the token (so it costs no failed sign-in): answered, the server is there
    // and answers this page, so the token was refused, since Matomo sends its 401 without CORS headers.
    try {
      const query = new URLSearchParams({ module: 'API', method: 'API.getMatomoVersion', format: 'JSON' });
      await request(`${url}?${query}`, { method: 'POST', body: new URLSearchParams(), cache: 'no-store' }, failure.options);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      return unreachable(url, failure.error);
    }
    return note(state, 'token', url);
  }
  const error = readError(url, response, failure.text ?? '', failure.token);
  if (state && error instanceof LockoutError) return note(state, 'lockout', url, response.status);
  if (state && error instanceof AuthError) return note(state, 'token', url, response.status);
  if (state) state.accepted = true;
  return error;
}

function note(state: SignIn, refused: NonNullable<SignIn['refused']>, url: string, status?: number): ApiError {
  state.accepted = false;
  state.refused = refused;
  return refusal(url, refused, status);
}

/** The error a readable answer reports: its error body, its status, or what arrived instead of JSON. */
function readError(url: string, response: Response, text: string, token: string | undefined): ApiError {
  const status = response.status;
  let data: unknown;
  try {
    data = parseJson(text, response);
  } catch (error) {
    if (!response.ok && LOCKOUT_MESSAGE.test(text)) return refusal(url, 'lockout', status);
    if (status === 401) return new AuthError(undefined, status);
    if (status === 403) return new PermissionError(undefined, status);
    if (status === 404) return new ServerError(`There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.`, { status });
    if (status >= 500) return new ServerError(`The server failed (HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}). Try again later.`, { status });
    return error as ApiError;
  }
  const reported = errorOf(data, status, token);
  if (reported) return LOCKOUT_MESSAGE.test(reported.message) ? refusal(url, 'lockout', status) : reported;
  if (status === 401) return new AuthError(undefined, status);
  if (status === 403) return new PermissionError(undefined, status);
  return new ServerError(`The server failed (HTTP ${status}).`, { status });
}
