import { AuthError, BadResponseError, PermissionError, ServerError, type ApiError } from './errors.js';
import { joinUrl, parseJson, request, type RequestOptions } from './request.js';

/** Parameters of one Matomo API call, besides `method`. Undefined values are left out. */
export type MatomoParams = Record<string, string | number | boolean | undefined>;

export interface MatomoCall {
  method: string;
  params?: MatomoParams;
}

export interface MatomoClientOptions {
  /** The Matomo root, e.g. `https://matomo.example.com/` (a missing trailing slash is added). */
  apiBase: string;
  /** `token_auth`; empty for the anonymous user. Only ever sent in the POST body. */
  token?: string;
  /** Milliseconds before a request fails (default 15000). */
  timeout?: number;
  fetch?: typeof fetch;
}

const AUTH_MESSAGE = /unable to authenticate|token_auth|token is (?:invalid|expired)|invalid token/i;
const ACCESS_MESSAGE = /access|permission|superuser|super user|logged in|not allowed/i;

/**
 * Client for Matomo's HTTP Reporting API, in the one form that works cross-origin against a
 * stock Matomo: a "simple" POST to `index.php` with the method and its parameters in the query
 * string and `token_auth` in the form-encoded body (Matomo 5 rejects tokens in the URL). No
 * custom headers, no JSON bodies, no credentials.
 */
export class MatomoClient {
  readonly apiBase: string;
  readonly #token: string;
  /** The timeout and fetch every request uses unless the call says otherwise. */
  readonly #defaults: RequestOptions;

  constructor(options: MatomoClientOptions) {
    this.apiBase = options.apiBase;
    this.#token = options.token ?? '';
    this.#defaults = { timeout: options.timeout, fetch: options.fetch };
  }

  /** Whether a token is set (otherwise the server answers as for the anonymous user). */
  get hasToken(): boolean {
    return this.#token !== '';
  }

  /**
   * Calls one API method and returns its decoded JSON. Adds `format=JSON`, `format_metrics=0`
   * and an explicit `filter_limit` (-1 unless given). Rejects with a typed ApiError.
   */
  async call(method: string, params: MatomoParams = {}, options: RequestOptions = {}): Promise<unknown> {
    return this.#post(apiQuery({ module: 'API', method, format: 'JSON' }, params), this.#body(), options);
  }

  /**
   * Sends several calls as one `API.getBulkRequest`. Resolves with one element per call, in
   * order: the call's decoded JSON, or the ApiError its sub-request reported. Rejects only when
   * the whole request fails.
   */
  async bulk(calls: readonly MatomoCall[], options: RequestOptions = {}): Promise<Array<unknown | ApiError>> {
    if (calls.length === 0) return [];
    const body = this.#body();
    calls.forEach((call, i) => body.append(`urls[${i}]`, apiQuery({ method: call.method }, call.params).toString()));
    const data = await this.#post(new URLSearchParams({ module: 'API', method: 'API.getBulkRequest', format: 'JSON' }), body, options);
    if (!Array.isArray(data) || data.length !== calls.length) {
      throw new BadResponseError(`The server answered a bulk request of ${calls.length} with ${Array.isArray(data) ? data.length : 'no list of'} results.`);
    }
    return data.map((item) => this.errorOf(item) ?? item);
  }

  /** The ApiError a decoded answer reports (`{"result":"error"}`), or undefined. */
  errorOf(data: unknown, status = 200): ApiError | undefined {
    if (!isErrorBody(data)) return undefined;
    const message = this.#redact(typeof data.message === 'string' && data.message.trim() ? data.message.trim() : 'The server reported an error without a message.');
    if (AUTH_MESSAGE.test(message)) return new AuthError(`The server did not accept the access token. (${message})`, status);
    if (ACCESS_MESSAGE.test(message) || status === 401 || status === 403) {
      return new PermissionError(this.hasToken ? message : `${message} No token was given: these data need one.`, status);
    }
    return new ServerError(message, { status });
  }

  #body(): URLSearchParams {
    const body = new URLSearchParams();
    if (this.#token) body.set('token_auth', this.#token);
    return body;
  }

  async #post(query: URLSearchParams, body: URLSearchParams, options: RequestOptions): Promise<unknown> {
    const url = `${joinUrl(this.apiBase, 'index.php')}?${query}`;
    const { response, text } = await request(
      url,
      { method: 'POST', body, cache: 'no-store', referrerPolicy: 'strict-origin-when-cross-origin' },
      { ...this.#defaults, ...options, secret: this.#token },
    );
    const status = response.status;
    let data: unknown;
    try {
      data = parseJson(text, response);
    } catch (error) {
      if (status === 401) throw new AuthError(undefined, status);
      if (status === 403) throw new PermissionError(undefined, status);
      if (status === 404) throw new ServerError(`There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.`, { status });
      if (status >= 500) throw new ServerError(`The server failed (HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}). Try again later.`, { status });
      throw error;
    }
    const reported = this.errorOf(data, status);
    if (reported) throw reported;
    if (!response.ok) {
      if (status === 401) throw new AuthError(undefined, status);
      if (status === 403) throw new PermissionError(undefined, status);
      throw new ServerError(`The server failed (HTTP ${status}).`, { status });
    }
    return data;
  }

  #redact(message: string): string {
    return this.#token ? message.split(this.#token).join('•••') : message;
  }
}

/**
 * A query string: `base`, then the call's parameters over the defaults (`filter_limit=-1`,
 * `format_metrics=0`), booleans as 1 or 0, undefined ones left out.
 */
function apiQuery(base: Record<string, string>, params: MatomoParams = {}): URLSearchParams {
  const query = new URLSearchParams(base);
  for (const [key, value] of Object.entries({ filter_limit: -1, format_metrics: 0, ...params })) {
    if (value === undefined) continue;
    if (key === 'token_auth') throw new Error('token_auth never goes in a URL');
    query.append(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return query;
}

function isErrorBody(data: unknown): data is { result: 'error'; message?: unknown } {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { result?: unknown }).result === 'error';
}

/** Reads Matomo's scalar answer `{"value": X}` as a finite number (X may be a numeric string). */
export function scalarNumber(data: unknown, what: string): number {
  const value = typeof data === 'object' && data !== null && 'value' in data ? (data as { value: unknown }).value : data;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new BadResponseError(`The server sent ${describe(value)} where ${what} (a number) was expected.`);
  return n;
}

/** Reads Matomo's scalar answer `{"value": X}` as a boolean (true, 1, "1", "true"). */
export function scalarBoolean(data: unknown, what: string): boolean {
  const value = typeof data === 'object' && data !== null && 'value' in data ? (data as { value: unknown }).value : data;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false' || value === '') return false;
  throw new BadResponseError(`The server sent ${describe(value)} where ${what} (yes or no) was expected.`);
}

/** Asserts a decoded answer is an array. */
export function expectArray(data: unknown, what: string): unknown[] {
  if (!Array.isArray(data)) throw new BadResponseError(`The server sent ${describe(data)} where a list of ${what} was expected.`);
  return data;
}

/** Asserts a decoded answer is a plain object (an empty array counts as an empty object, as PHP encodes it). */
export function expectObject(data: unknown, what: string): Record<string, unknown> {
  if (Array.isArray(data) && data.length === 0) return {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BadResponseError(`The server sent ${describe(data)} where ${what} was expected.`);
  }
  return data as Record<string, unknown>;
}

/**
 * Matomo's `datetime` fields are UTC without a zone suffix ("2024-03-10 14:05:00"). Returns the
 * instant they name, or null when the text is not such a date.
 */
export function parseUtcDateTime(text: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d ? null : date;
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `the text "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
