import { AuthError, BadResponseError, PermissionError, ServerError, UnreachableError, safeOrigin, type ApiError, type NetworkError } from './errors.js';
import { isErrorBody } from './matomo-error-body.js';
import { unescapeEntities } from './matomo-text.js';
import { httpStatus, parseJson } from './answer-body.js';
import { request, type RequestOptions } from './request.js';
import { LockoutError, RefusedTokenError } from './sign-in-errors.js';
import type { SignIn } from './sign-ins.js';

// Why a Matomo request failed. Loaded on the first failure (in the script-tag bundles, a file of
// its own): the typed error and its message (what Matomo's error answers say, read), a refused
// token told apart from a server out of reach, and the block Matomo puts on a network after too
// many failed sign-ins.

export { unescapeEntities } from './matomo-text.js';

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
  /** A bulk request of `asked` calls the server answered with something else than one result per call (`data`, decoded). */
  bulk?: { asked: number; data: unknown } | undefined;
}

/** The error a sign-in state stands for (`refused` set). */
export function refusal(url: string, refused: SignIn['refused'], status?: number): ApiError {
  const params = { server: safeOrigin(url) };
  return refused === 'lockout' ? new LockoutError({ key: 'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.', params }, status) : new RefusedTokenError({ key: 'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.', params }, status);
}

/** A server out of reach (or not answering this page, or blocking this network). */
export function unreachable(url: string, cause?: unknown): UnreachableError {
  return new UnreachableError(url, { key: "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)", params: { server: safeOrigin(url), page: location.origin } }, cause);
}

/**
 * The ApiError a decoded answer reports (`{"result":"error"}`), or undefined. `token`, the token
 * sent (if any), reads ••• wherever the message repeats it.
 */
export function errorOf(data: unknown, status = 200, token = ''): ApiError | undefined {
  if (!isErrorBody(data)) return undefined;
  const said = typeof data.message === 'string' && data.message.trim() ? unescapeEntities(data.message.trim()) : '';
  const message = token ? said.split(token).join('•••') : said;
  const detail = message || ({ key: 'The server reported an error without a message.' } as const);
  if (AUTH_MESSAGE.test(message)) return new AuthError({ key: 'The server did not accept the access token. ({detail})', params: { detail } }, status);
  if (ACCESS_MESSAGE.test(message) || status === 401 || status === 403) {
    return new PermissionError(token ? detail : { key: '{detail} No token was given: these data need one.', params: { detail } }, status);
  }
  return new ServerError(detail, { status });
}

/**
 * The typed error of a failed request, noting in `state` what it says about the token: refused
 * (a readable refusal, or a network failure while the server answers without the token), this
 * network blocked, or accepted (any other answer the server read the token for).
 */
export async function explain(failure: MatomoFailure): Promise<ApiError> {
  const { url, state, response, bulk } = failure;
  if (bulk) return badBulk(bulk.asked, bulk.data);
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

/** A bulk answer that is not one result per call (the token was accepted: the server read the request). */
function badBulk(asked: number, data: unknown): BadResponseError {
  return new BadResponseError(
    Array.isArray(data) ? { key: 'The server answered a bulk request of {asked} with {count} results.', params: { asked, count: data.length } } : { key: 'The server answered a bulk request of {asked} with no list of results.', params: { asked } },
  );
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
    if (status === 404) return new ServerError({ key: 'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.' }, { status });
    // {status}: the HTTP status, with the server's reason phrase when it sent one ("503 Service Unavailable").
    if (status >= 500) return new ServerError({ key: 'The server failed (HTTP {status}). Try again later.', params: { status: httpStatus(response) } }, { status });
    return error as ApiError;
  }
  const reported = errorOf(data, status, token);
  if (reported) return LOCKOUT_MESSAGE.test(reported.message) ? refusal(url, 'lockout', status) : reported;
  if (status === 401) return new AuthError(undefined, status);
  if (status === 403) return new PermissionError(undefined, status);
  return new ServerError({ key: 'The server failed (HTTP {status}).', params: { status: String(status) } }, { status });
}
