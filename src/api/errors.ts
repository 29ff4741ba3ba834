import { DashboardError, type ErrorKind } from '../core/errors.js';
import type { Text } from '../i18n/types.js';

export { errorMessage, isAbort, isDashboardError } from '../core/errors.js';

/**
 * One error hierarchy for every request the widgets make, on the core's `DashboardError`: each
 * error carries a human message (its `text`, English text and params, shown in the reader's
 * language; its English `message` for logs), a `kind` for code to branch on, and whether
 * retrying can help. A server's own words are a plain string, shown as they are. Authentication
 * errors are never retried automatically: a server counts repeated bad tokens as failed logins.
 */
export type ApiErrorKind = ErrorKind;

export abstract class ApiError extends DashboardError {
  /** HTTP status, when there was an answer. */
  readonly status: number | undefined;

  constructor(message: Text | string, options: { status?: number | undefined; cause?: unknown } = {}) {
    super(message, options);
    this.status = options.status;
  }
}

/** The widget is not configured well enough to send a request (no server address). */
export class ConfigError extends ApiError {
  readonly kind = 'config';
  override name = 'ConfigError';
  override readonly retryable = false;
}

/**
 * The server answered with a redirect to another address. Requests never follow one: the token
 * would travel to an address nobody configured, and its answer would be shown as data. Kind
 * `config`: only a corrected `api-base` helps, so it is not retried.
 */
export class RedirectError extends ConfigError {
  override name = 'RedirectError';
  constructor(url: string) {
    // {server}: an origin, or "the configured address" (safeOrigin).
    super({ key: 'The server at {server} answered from another address (a redirect, which is not followed); check api-base.', params: { server: safeOrigin(url) } });
  }
}

/** The server could not be reached: offline, DNS, refused connection, or blocked by CORS. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  override name = 'NetworkError';
  constructor(url: string, cause?: unknown, message: Text = { key: 'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).', params: { server: safeOrigin(url) } }) {
    super(message, { cause });
  }
}

/** The server took longer than the timeout. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  override name = 'TimeoutError';
  constructor(readonly seconds: number) {
    super({ key: 'The server did not answer within {count} seconds.', one: 'The server did not answer within {count} second.', params: { count: Math.round(seconds * 10) / 10 } });
  }
}

/** The token is missing, invalid or expired (HTTP 401, or Matomo's authentication message). */
export class AuthError extends ApiError {
  readonly kind = 'auth';
  override name = 'AuthError';
  override readonly retryable = false;
  constructor(message: Text | string = { key: 'The server did not accept the access token: it is missing, invalid or expired.' }, status?: number) {
    super(message, { status });
  }
}

/** The token is valid but lacks the permission for this request (HTTP 403, or "no access"). */
export class PermissionError extends ApiError {
  readonly kind = 'permission';
  override name = 'PermissionError';
  override readonly retryable = false;
  constructor(message: Text | string = { key: 'This account does not have permission for this.' }, status?: number) {
    super(message, { status });
  }
}

/** The server reported an error of its own (Matomo `{"result":"error"}`, Rocket.Chat `success:false`, 5xx). */
export class ServerError extends ApiError {
  readonly kind = 'server';
  override name = 'ServerError';
  constructor(
    message: Text | string,
    options: { status?: number | undefined; code?: string | undefined; details?: unknown } = {},
  ) {
    super(message, options);
    this.code = options.code;
    this.details = options.details;
  }
  /** A machine-readable error type, when the server sends one (Rocket.Chat `errorType`). */
  readonly code: string | undefined;
  /** What the server says besides (Rocket.Chat `details`), as sent. */
  readonly details: unknown;
}

/** The answer was not what the protocol promises: HTML instead of JSON, truncated, wrong shape. */
export class BadResponseError extends ApiError {
  readonly kind = 'bad-response';
  override name = 'BadResponseError';
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A request failed like a network error, and so did one without the token: the server is down or
 * out of reach, does not answer this page's origin (CORS), or blocks this network.
 */
export class UnreachableError extends NetworkError {
  override name = 'UnreachableError';
  override readonly hint = '';
  constructor(url: string, message: Text, cause?: unknown) {
    super(url, cause, message);
  }
}

/** The origin of a URL, for messages (never its path or query, which may carry anything); a message saying so when there is none. */
export function safeOrigin(url: string): string | Text {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return { key: 'the configured address' };
  }
}
