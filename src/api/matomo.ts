import { loadPart } from '../core/lazy-part.js';
import { isRecord } from '../core/records.js';
import { AuthError, BadResponseError, NetworkError, ServerError, UnreachableError, isAbort, type ApiError } from './errors.js';
import type { MatomoFailure } from './matomo-failure.js';
import { isErrorBody } from './matomo-error-body.js';
import { joinUrl, request, type RequestOptions } from './request.js';
import { signIn, type FirstOutcome, type SignIn } from './sign-ins.js';
import type { Text } from '../i18n/types.js';

/** What an answer was expected to hold, in words, for the message when it does not (`{ key: 'a list of sites' }`). */
export type Expected = Text;

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

/** Calls made with a token not yet accepted, gathered until the end of the task to go out as one request. */
interface Gathered {
  calls: MatomoCall[];
  /** Whether each caller made one call (`call`) rather than a bulk (`bulk`), and its signal. */
  callers: Array<{ single: boolean; signal: AbortSignal | undefined }>;
  answers: Promise<unknown>;
}

/**
 * Client for Matomo's HTTP Reporting API, in the one form that works cross-origin against a
 * stock Matomo: a "simple" POST to `index.php` with the method and its parameters in the query
 * string and `token_auth` in the form-encoded body (Matomo 5 rejects tokens in the URL). No
 * custom headers, no JSON bodies, no credentials.
 *
 * Matomo counts every refused token as a failed sign-in of the reader's address and blocks the
 * address after about 20. So, per server and token, for every widget on the page: until the server
 * has answered a request with the token, the calls made in the same task go out as one bulk
 * request and later ones wait for its answer; once the token is refused, requests fail without
 * being sent until `retrySignIn()`. A request with the token that fails like a network error is
 * followed by one without it, to tell a refused token (Matomo sends its 401 without CORS headers)
 * from a server out of reach.
 */
export class MatomoClient {
  readonly apiBase: string;
  readonly #token: string;
  /** The timeout and fetch every request uses unless the call says otherwise. */
  readonly #defaults: RequestOptions;

  /** @internal How the explanation of failures is loaded (tests replace it to simulate a failed load). */
  static loadFailures = () => import('./matomo-failure.js');

  static #gathered = new Map<SignIn, Gathered>();

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
  call(method: string, params: MatomoParams = {}, options: RequestOptions = {}): Promise<unknown> {
    return this.#run([{ method, params }], true, options);
  }

  /**
   * Sends several calls as one `API.getBulkRequest`. Resolves with one element per call, in
   * order: the call's decoded JSON, or the ApiError its sub-request reported. Rejects only when
   * the whole request fails.
   */
  async bulk(calls: readonly MatomoCall[], options: RequestOptions = {}): Promise<Array<unknown | ApiError>> {
    return calls.length ? ((await this.#run(calls, false, options)) as unknown[]) : [];
  }

  /**
   * After the server refused this token (or this network's sign-ins), lets the next requests try
   * once more: what the reader's Retry does. The widgets never call it on their own.
   */
  retrySignIn(): void {
    if (this.#token && this.apiBase.trim()) signIn(this.#url(), this.#token).refused = undefined;
  }

  #url(): string {
    return joinUrl(this.apiBase, 'index.php');
  }

  async #run(calls: readonly MatomoCall[], single: boolean, options: RequestOptions): Promise<unknown> {
    const url = this.#url();
    const state = this.#token ? signIn(url, this.#token) : undefined;
    if (state?.refused) throw await this.#explain({ url, state }, true);
    if (!state || state.accepted) {
      const answer = await this.#send(url, calls, single, options, state);
      return single ? answer : this.#reported(answer as unknown[]);
    }
    // Not yet accepted: the calls of this task go out together (one failed sign-in at most).
    let group = MatomoClient.#gathered.get(state);
    if (!group) {
      const created: Gathered = (group = { calls: [], callers: [], answers: Promise.resolve() });
      created.answers = new Promise((resolve) => setTimeout(resolve)).then(() => {
        MatomoClient.#gathered.delete(state);
        const { callers } = created;
        return this.#send(url, created.calls, callers.length === 1 && callers[0]!.single, { signal: allAborted(callers.map((c) => c.signal)) }, state);
      });
      // Once every caller has gone (each rejected by its own signal), the shared request's abort has nobody left to tell.
      created.answers.catch(() => undefined);
      MatomoClient.#gathered.set(state, created);
    }
    const at = group.calls.push(...calls) - calls.length;
    group.callers.push({ single, signal: options.signal });
    const answers = await whileWanted(group.answers, options.signal);
    if (group.callers.length === 1) return single ? answers : this.#reported(answers as unknown[]);
    // Each caller's failed calls are read for that caller: the others need not wait for that code.
    const own = await this.#reported((answers as unknown[]).slice(at, at + calls.length));
    if (!single) return own;
    if (own[0] instanceof Error) throw own[0];
    return own[0];
  }

  /**
   * One HTTP request: one call, or several as `API.getBulkRequest`. With a token not yet accepted,
   * it goes after the first request with that token in flight (another widget's, another copy's).
   * Resolves with the call's answer, or with the bulk's answers as they came (`#reported` reads
   * the failed calls among them for each caller).
   */
  async #send(url: string, calls: readonly MatomoCall[], single: boolean, options: RequestOptions, state: SignIn | undefined): Promise<unknown> {
    let done: ((outcome: FirstOutcome) => void) | undefined;
    let outcome: FirstOutcome;
    if (state && !state.accepted) {
      // Another request with this token is the first: its answer says whether to send at all.
      for (let first; (first = state.first); ) if ((await first) === 'unreachable') throw await this.#explain({ url });
      if (state.refused) throw await this.#explain({ url, state }, true);
      if (!state.accepted) state.first = new Promise((resolve) => (done = resolve));
    }
    try {
      const body = new URLSearchParams();
      if (this.#token) body.set('token_auth', this.#token);
      let query = new URLSearchParams({ module: 'API', method: 'API.getBulkRequest', format: 'JSON' });
      if (single) query = apiQuery({ module: 'API', method: calls[0]!.method, format: 'JSON' }, calls[0]!.params);
      else calls.forEach((call, i) => body.append(`urls[${i}]`, apiQuery({ method: call.method }, call.params).toString()));
      const failure: MatomoFailure = { url, state, token: this.#token, options: { ...this.#defaults, signal: options.signal } };
      let data: unknown;
      try {
        const { response, text } = await request(`${url}?${query}`, { method: 'POST', body, cache: 'no-store', referrerPolicy: 'strict-origin-when-cross-origin' }, { ...this.#defaults, ...options, secret: this.#token });
        Object.assign(failure, { response, text });
        data = response.ok ? JSON.parse(text) : undefined;
      } catch (error) {
        if (error instanceof NetworkError) failure.error = error;
        else if (!(error instanceof SyntaxError)) throw error;
      }
      if (failure.error || data === undefined || isErrorBody(data)) {
        const error = await this.#explain(failure);
        if (error instanceof UnreachableError) outcome = 'unreachable';
        throw error;
      }
      if (state) state.accepted = true;
      if (single) return data;
      // A bulk answer that is not one result per call: a rare failure, said by the code that explains failures.
      if (!Array.isArray(data) || data.length !== calls.length) throw await this.#explain({ ...failure, bulk: { asked: calls.length, data } });
      return data;
    } finally {
      if (done) {
        state!.first = undefined;
        done(outcome);
      }
    }
  }

  /** The typed error of a failure, from the code that explains failures (loaded on the first one). */
  async #explain(failure: MatomoFailure, refused = false): Promise<ApiError> {
    try {
      const explained = await loadPart(MatomoClient.loadFailures);
      return refused ? explained.refusal(failure.url, failure.state!.refused) : await explained.explain(failure);
    } catch (error) {
      if (isAbort(error)) throw error;
      // Without that code (offline, or the chunks folder not served): the failure as it came.
      return failure.error ?? (refused ? new AuthError() : unexplained(failure.response?.status));
    }
  }

  /**
   * A bulk answer's items, with the error each failed call reports typed by the code that explains
   * failures (loaded on the first one; without it, each such error as it came).
   */
  async #reported(items: unknown[]): Promise<unknown[]> {
    if (!items.some(isErrorBody)) return items;
    const explained = await loadPart(MatomoClient.loadFailures).catch(() => undefined);
    return items.map((item) => (isErrorBody(item) ? (explained?.errorOf(item, 200, this.#token) ?? unexplained(200)) : item));
  }
}

/** A failure the code that explains failures could not read (it did not arrive): the server's status alone. */
function unexplained(status: number | undefined): ServerError {
  return new ServerError({ key: 'The server answered with an error (HTTP {status}).', params: { status: String(status) } }, { status });
}

/** A signal that aborts once every one given has (never, when one is missing): a shared request runs while someone wants it. */
function allAborted(signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  if (signals.some((signal) => !signal)) return undefined;
  const controller = new AbortController();
  const check = () => signals.every((signal) => signal!.aborted) && controller.abort();
  for (const signal of signals) signal!.addEventListener('abort', check, { once: true });
  check();
  return controller.signal;
}

/** A shared answer, for as long as the caller still wants it: rejects as soon as its signal aborts. */
function whileWanted<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  signal.throwIfAborted();
  return Promise.race([answer, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true }))]);
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

/** Reads Matomo's scalar answer `{"value": X}` as a finite number (X may be a numeric string). */
export function scalarNumber(data: unknown, what: Expected): number {
  const value = typeof data === 'object' && data !== null && 'value' in data ? (data as { value: unknown }).value : data;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw unexpected(value, what);
  return n;
}

/** Reads Matomo's scalar answer `{"value": X}` as a boolean (true, 1, "1", "true"). */
export function scalarBoolean(data: unknown, what: Expected): boolean {
  const value = typeof data === 'object' && data !== null && 'value' in data ? (data as { value: unknown }).value : data;
  if (value === true || value === 1 || value === '1' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === 'false' || value === '') return false;
  throw unexpected(value, what);
}

/** Asserts a decoded answer is an array. */
export function expectArray(data: unknown, what: Expected): unknown[] {
  if (!Array.isArray(data)) throw unexpected(data, what);
  return data;
}

/** Asserts a decoded answer is a plain object (an empty array counts as an empty object, as PHP encodes it). */
export function expectObject(data: unknown, what: Expected): Record<string, unknown> {
  if (Array.isArray(data) && data.length === 0) return {};
  if (!isRecord(data)) throw unexpected(data, what);
  return data;
}

/** The error of an answer that is not what was expected, saying what it was. */
function unexpected(value: unknown, what: Expected): BadResponseError {
  // {found}: what came, in words (describe: "a list", "the text \"…\""); {expected}: what was expected ("a list of sites").
  return new BadResponseError({ key: 'The server sent {found} where {expected} was expected.', params: { found: describe(value), expected: what } });
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

/** What a value the server sent is, in words (for messages about answers of the wrong shape). */
export function describe(value: unknown): Text {
  if (value === null || value === undefined) return { key: 'an empty value' };
  if (Array.isArray(value)) return { key: 'a list' };
  if (typeof value === 'string') return value.length > 40 ? { key: 'a long text' } : { key: 'the text "{text}"', params: { text: value } };
  if (typeof value === 'object') return { key: 'an object' };
  return { key: '{type} {value}', params: { type: typeof value, value: String(value) } };
}
