import { AuthError, BadResponseError, PermissionError, ServerError, type ApiError } from './errors.js';
import { httpStatus, parseJson } from './answer-body.js';
import { joinUrl, request, type RequestOptions } from './request.js';
import type { Text } from '../i18n/types.js';

export interface RocketChatClientOptions {
  /** The Rocket.Chat root, e.g. `https://chat.example.com/` (a missing trailing slash is added). */
  apiBase: string;
  /** `X-User-Id`. */
  userId?: string;
  /** `X-Auth-Token` (a personal access token). */
  token?: string;
  /** Milliseconds before a request fails (default 15000). */
  timeout?: number;
  fetch?: typeof fetch;
}

/** A setting as the server lists it. `packageValue` is the default, sent with `includeDefaults`. */
export interface RocketChatSetting {
  _id: string;
  value: unknown;
  packageValue?: unknown;
}

/** What `GET me` says of the user that matters here. */
export interface RocketChatMe {
  /** The user's roles (`admin`, `user`, …); empty when the answer lists none. */
  roles: string[];
}

/** Options of a request: a timeout, an abort signal, the fetch to use, and extra headers. */
export type SendOptions = RequestOptions & { headers?: Record<string, string> | undefined };

/**
 * Client for the parts of Rocket.Chat's REST API (`/api/v1/`) the settings widget uses.
 * Authenticates with the `X-User-Id` / `X-Auth-Token` headers and turns every failure into a
 * typed ApiError. Writing (settings-save.ts) is loaded with the saving code.
 */
export class RocketChatClient {
  readonly apiBase: string;
  readonly #userId: string;
  readonly #token: string;
  /** The timeout and fetch every request uses unless the call says otherwise. */
  readonly #defaults: RequestOptions;

  constructor(options: RocketChatClientOptions) {
    this.apiBase = options.apiBase;
    this.#userId = options.userId ?? '';
    this.#token = options.token ?? '';
    this.#defaults = { timeout: options.timeout, fetch: options.fetch };
  }

  /**
   * Reads settings by id with their defaults: pages through `GET settings?includeDefaults=true`
   * (sorted by id, at most 100 a page) until every id is found or the list ends. Ids the server
   * does not list are left out of the answer.
   */
  async getSettings(ids: readonly string[], options: RequestOptions = {}): Promise<RocketChatSetting[]> {
    const wanted = new Set(ids);
    const found = new Map<string, RocketChatSetting>();
    const count = 100;
    for (let offset = 0; found.size < wanted.size && offset < 100 * count; offset += count) {
      const data = await this.send(`settings?includeDefaults=true&count=${count}&offset=${offset}`, options);
      const list = settingsList(data, { key: 'The server sent no list of settings.' });
      for (const item of list) if (isSetting(item) && wanted.has(item._id)) found.set(item._id, item);
      const total = Number((data as { total?: unknown }).total);
      if (list.length < count || offset + count >= total) break;
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /**
   * Reads settings by id in one round trip, two requests at once: their values from
   * `GET settings.public?_id=a,b` (Rocket.Chat 7.0+; no credentials), while `check` (default
   * `GET settings?count=1`; `RocketChatSettingsSource` passes its `GET me`) checks the user id and
   * token (AuthError) as `getSettings` would. No `packageValue`. Resolves to undefined when the
   * public answer does not hold every id (a server before 7.0 ignores `_id` or refuses it; a
   * setting may be private or missing): `getSettings` pages through them instead.
   */
  async getSettingsAtOnce(ids: readonly string[], options: RequestOptions = {}, check?: Promise<unknown>): Promise<RocketChatSetting[] | undefined> {
    const [, found] = await Promise.all([
      check ?? this.send('settings?count=1', options),
      this.getPublicSettings(ids, options).catch((error: unknown) => {
        if (error instanceof ServerError || error instanceof BadResponseError) return [];
        throw error;
      }),
    ]);
    return found.length === ids.length ? found : undefined;
  }

  /**
   * Reads the public values of settings (`GET settings.public?_id=a,b`, Rocket.Chat 7.0+) without
   * logging in: no `X-User-Id` / `X-Auth-Token` is sent. Ids the server does not list publicly
   * are left out; an answer that lists none of them is a BadResponseError.
   */
  async getPublicSettings(ids: readonly string[], options: RequestOptions = {}): Promise<RocketChatSetting[]> {
    if (ids.length === 0) return [];
    const list = settingsList(await this.send(`settings.public?_id=${ids.map(encodeURIComponent).join(',')}&count=${ids.length}`, options, undefined, false), { key: 'The server sent no list of public settings.' });
    const wanted = new Set(ids);
    const found = new Map<string, RocketChatSetting>();
    for (const item of list) if (isSetting(item) && wanted.has(item._id)) found.set(item._id, { _id: item._id, value: item.value });
    if (found.size === 0) throw new BadResponseError({ key: 'The server listed none of these settings publicly.' });
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Reads one setting's value (`GET settings/:_id`). */
  async getSetting(id: string, options: RequestOptions = {}): Promise<RocketChatSetting> {
    const data = await this.send(`settings/${encodeURIComponent(id)}`, options);
    if (!isSetting(data)) throw new BadResponseError({ key: "The server's answer for setting {id} has no value.", params: { id } });
    return data;
  }

  /** The logged-in user's roles (`GET me`). */
  async getMe(options: RequestOptions = {}): Promise<RocketChatMe> {
    const roles = ((await this.send('me', options)) as { roles?: unknown }).roles;
    return { roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [] };
  }

  /** Every permission with the roles that have it (`GET permissions.listAll`), by permission id. */
  async getPermissions(options: RequestOptions = {}): Promise<Map<string, string[]>> {
    const list = ((await this.send('permissions.listAll', options)) as { update?: unknown }).update;
    if (!Array.isArray(list)) throw new BadResponseError({ key: 'The server sent no list of permissions.' });
    const out = new Map<string, string[]>();
    for (const p of list as Array<{ _id?: unknown; roles?: unknown }>) {
      if (typeof p?._id === 'string' && Array.isArray(p.roles)) out.set(p._id, p.roles.filter((r): r is string => typeof r === 'string'));
    }
    return out;
  }

  /**
   * @internal GETs `api/v1/<path>`, or POSTs `body` as JSON; `login: false` leaves the user id and
   * token out. Resolves with the answer's object; an error answer becomes a typed ApiError (an
   * `errorType` Rocket.Chat sends is the ServerError's `code`, its `details` the `details`).
   */
  async send(path: string, options: SendOptions = {}, body?: unknown, login = true): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (login && this.#userId) headers['X-User-Id'] = this.#userId;
    if (login && this.#token) headers['X-Auth-Token'] = this.#token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const { response, text } = await request(
      joinUrl(this.apiBase, `api/v1/${path}`),
      body === undefined ? { headers, cache: 'no-store' } : { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' },
      { ...this.#defaults, ...options, secret: this.#token },
    );
    const status = response.status;
    let data: unknown;
    try {
      data = parseJson(text, response);
    } catch (error) {
      throw this.#statusError(response) ?? error;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw this.#statusError(response) ?? new BadResponseError({ key: "The server's answer is not an object (HTTP {status}).", params: { status: String(status) } }, { status });
    }
    const answer = data as { success?: unknown; error?: unknown; errorType?: unknown; message?: unknown; details?: unknown };
    if (response.ok && answer.success !== false) return data;

    const errorType = typeof answer.errorType === 'string' ? answer.errorType : typeof answer.error === 'string' && /^[a-z0-9-]+$/.test(answer.error) ? answer.error : undefined;
    // (The token, if the answer repeated it, already reads •••: see `request`.)
    const serverText = typeof answer.error === 'string' ? answer.error : typeof answer.message === 'string' ? answer.message : '';
    const detail = { detail: serverText };
    if (status === 401) throw new AuthError(serverText ? { key: 'The server did not accept the user id and token ({detail}).', params: detail } : { key: 'The server did not accept the user id and token.' }, status);
    if (status === 403 || errorType === 'error-unauthorized' || errorType === 'error-action-not-allowed') {
      throw new PermissionError(serverText ? { key: 'This account may not do this ({detail}).', params: detail } : { key: 'This account may not do this.' }, status);
    }
    throw new ServerError(serverText || { key: 'The server failed (HTTP {status}).', params: { status: String(status) } }, { status, code: errorType, details: answer.details });
  }

  #statusError(response: Response): ApiError | undefined {
    const status = response.status;
    if (status === 401) return new AuthError({ key: 'The server did not accept the user id and token.' }, status);
    if (status === 403) return new PermissionError(undefined, status);
    if (status === 404) return new ServerError({ key: 'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.' }, { status });
    if (status >= 500) return new ServerError({ key: 'The server failed (HTTP {status}). Try again later.', params: { status: httpStatus(response) } }, { status });
    return undefined;
  }
}

/** An answer's `settings` list; a BadResponseError (`missing`) when there is none. */
function settingsList(data: unknown, missing: Text): unknown[] {
  const list = (data as { settings?: unknown }).settings;
  if (!Array.isArray(list)) throw new BadResponseError(missing);
  return list;
}

function isSetting(value: unknown): value is RocketChatSetting {
  return typeof value === 'object' && value !== null && typeof (value as { _id?: unknown })._id === 'string' && 'value' in value;
}
