import { jsonResponse } from './http.js';
import { MeteorError, TwoFactorChecks } from './rocketchat-two-factor.js';
import { CHAT_USERS, chatPermissions, type ChatPermission, type ChatToken, type ChatUser } from './rocketchat-users.js';
import { DEMO_SETTINGS, type SettingDefinition, type SettingType } from './seed-settings.js';
import type { SettingsStore } from './settings-store.js';

/**
 * Rocket.Chat's CORS answer (REST API CORS enabled, origin `*`): exactly its list of allowed
 * headers, which lacks the two-factor headers (`x-2fa-code`, `x-2fa-method`), so a request from
 * another origin that carries them fails its preflight.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, HEAD, PATCH',
  'Access-Control-Allow-Headers': 'Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization',
};

/** Rocket.Chat's `API_Default_Count` and `API_Upper_Count_Limit`. */
const DEFAULT_COUNT = 50;
const MAX_COUNT = 100;

/** `API_Enable_Rate_Limiter_Limit_Calls_Default` per `API_Enable_Rate_Limiter_Limit_Time_Default`: per route, per client. */
const REST_LIMIT = { calls: 10, ms: 60_000 };
/** `DDP_Rate_Limit_Connection_By_Method_*`: per login token and method, for `method.call`. */
const METHOD_LIMIT = { calls: 10, ms: 10_000 };

const NOT_LOGGED_IN = 'You must be logged in to do this.';

/** Which Rocket.Chat the demo imitates. */
export type RocketChatVersion = '7.x' | '8.6';

/** Options of the demo Rocket.Chat. */
export interface RocketChatOptions {
  /**
   * `7.x` (default): no bulk settings route (`POST settings` answers 405 with an empty body), 403s
   * say `error-unauthorized`. `8.6`: the bulk route (two-factor never remembered), 403s say
   * `error-forbidden`, 401s carry only `error`.
   */
  version?: RocketChatVersion;
  /** Rocket.Chat's default rate limits (10 calls a minute per REST route, 10 method calls in 10 s); default true. */
  rateLimit?: boolean;
}

/** A setting as the demo server holds it. */
export interface SettingRecord extends SettingDefinition {
  value: unknown;
}

/** An error answer the request handling stops at. */
class Answer extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown> | null,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
    this.name = 'Answer';
  }
}

/** Who sent a request. */
interface Session {
  user: ChatUser;
  token: ChatToken;
}

/** Meteor's fixed-window rate limiter: `calls` per `ms` per key. */
class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  constructor(
    readonly calls: number,
    readonly ms: number,
    readonly clock: () => number,
  ) {}

  /** Counts a call; how many are left and the milliseconds until the window resets. */
  take(key: string): { allowed: boolean; left: number; resetIn: number } {
    const now = this.clock();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= this.ms) this.#windows.set(key, (w = { start: now, count: 0 }));
    w.count++;
    return { allowed: w.count <= this.calls, left: Math.max(0, this.calls - w.count), resetIn: w.start + this.ms - now };
  }
}

/**
 * The parts of Rocket.Chat's REST API (`/api/v1/`) the settings widget meets, as Rocket.Chat 7
 * and 8.6 answer them: public settings without login, paged settings sorted by `_id` (at most 100
 * a page), single reads and writes, the bulk write (8.6), `method.call/saveSettings` with Meteor's
 * message envelope, `me` and `permissions.listAll`. Login with `X-User-Id`/`X-Auth-Token`; 403 for
 * a missing permission; two-factor confirmation of every write (TOTP, e-mail or password); type
 * checks; rate limits (429); last write wins.
 */
export class RocketChatApi {
  /** Every setting with its current value, sorted by `_id` (binary order, as MongoDB sorts). */
  readonly settings: SettingRecord[];
  readonly permissions: ChatPermission[];
  readonly version: RocketChatVersion;
  readonly #byId: Map<string, SettingRecord>;
  readonly #store: SettingsStore;
  readonly #written: Record<string, unknown>;
  readonly #twoFactor: TwoFactorChecks;
  readonly #restLimiter?: RateLimiter;
  readonly #methodLimiter?: RateLimiter;
  readonly #updatedAt = new Date().toISOString();

  constructor(store: SettingsStore, options: RocketChatOptions = {}, clock: () => number = () => Date.now()) {
    this.#store = store;
    this.version = options.version ?? '7.x';
    this.settings = DEMO_SETTINGS.map((s) => ({ ...s, value: s.packageValue })).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    this.#byId = new Map(this.settings.map((s) => [s._id, s]));
    this.permissions = chatPermissions(this.settings);
    this.#twoFactor = new TwoFactorChecks(clock);
    if (options.rateLimit !== false) {
      this.#restLimiter = new RateLimiter(REST_LIMIT.calls, REST_LIMIT.ms, clock);
      this.#methodLimiter = new RateLimiter(METHOD_LIMIT.calls, METHOD_LIMIT.ms, clock);
    }
    this.#written = {};
    for (const [id, value] of Object.entries(store.load() ?? {})) {
      const setting = this.#byId.get(id);
      if (setting) {
        setting.value = value;
        this.#written[id] = value;
      }
    }
  }

  /** The current value of a setting (undefined for an unknown id). */
  value(id: string): unknown {
    return this.#byId.get(id)?.value;
  }

  /** Answers a request whose path contains `/api/v1/`. */
  async handle(request: Request): Promise<Response> {
    if (request.method === 'OPTIONS') return new Response(null, { status: 200, headers: CORS_HEADERS });
    const url = new URL(request.url);
    const route = url.pathname.slice(url.pathname.indexOf('/api/v1/') + '/api/v1/'.length);
    const headers: Record<string, string> = { ...CORS_HEADERS };
    try {
      const body = await this.#route(request, route, url.searchParams, headers);
      return jsonResponse({ ...body, success: true }, 200, headers);
    } catch (error) {
      if (error instanceof Answer) {
        Object.assign(headers, error.headers);
        return error.body === null ? new Response(null, { status: error.status, headers }) : jsonResponse(error.body, error.status, headers);
      }
      if (error instanceof MeteorError) return jsonResponse(this.#failure(error), error.error === 'error-too-many-requests' ? 429 : 400, headers);
      // A refused value on a REST route (the bulk route checks each as saveSettings does).
      if (error instanceof MatchError) return jsonResponse({ success: false, error: error.message, errorType: 'error-setting-validation-failed' }, 400, headers);
      throw error;
    }
  }

  async #route(request: Request, route: string, query: URLSearchParams, headers: Record<string, string>): Promise<Record<string, unknown>> {
    const method = request.method;
    const limit = (session?: Session) => this.#rateLimit(`${method} ${route.replace(/\/.*$/, '/:id')}`, session, headers);
    if (route === 'settings.public' && method === 'GET') {
      limit();
      return this.#publicSettings(query);
    }
    if (route === 'settings' && method === 'POST' && this.version === '7.x') throw new Answer(405, null);
    const methodCall = /^method\.call\/([^/]+)$/.exec(route);
    const known = route === 'settings' || route === 'me' || route === 'permissions.listAll' || /^settings\/[^/]+$/.test(route) || methodCall;
    if (!known) throw new Answer(404, { success: false, error: 'Not Found' });
    const session = this.#login(request);
    // method.call has no REST rate limit of its own (rateLimiterOptions: false): its methods' limits apply.
    if (!methodCall) limit(session);
    if (route === 'settings' && method === 'GET') return this.#listSettings(session.user, query);
    if (route === 'settings' && method === 'POST') return this.#saveBulk(request, session);
    if (route === 'me' && method === 'GET') return this.#me(session.user);
    if (route === 'permissions.listAll' && method === 'GET') return { update: this.permissions.map((p) => ({ ...p, _updatedAt: this.#updatedAt })), remove: [] };
    if (methodCall && method === 'POST') return this.#methodCall(request, session);
    const single = /^settings\/([^/]+)$/.exec(route);
    if (single && method === 'GET') {
      this.#require(session.user, 'view-privileged-setting');
      const setting = this.#visible(decodeURIComponent(single[1]!));
      return { _id: setting._id, value: setting.value };
    }
    if (single && method === 'POST') return this.#saveOne(request, session, decodeURIComponent(single[1]!));
    throw new Answer(404, { success: false, error: 'Not Found' });
  }

  /** Whether one of the user's roles has the permission. */
  can(user: ChatUser, permission: string): boolean {
    const roles = this.permissions.find((p) => p._id === permission)?.roles ?? [];
    return user.roles.some((r) => roles.includes(r));
  }

  #require(user: ChatUser, ...anyOf: string[]): void {
    if (anyOf.some((p) => this.can(user, p))) return;
    const error = this.version === '7.x' ? 'error-unauthorized' : 'error-forbidden';
    throw new Answer(403, { success: false, error: `User does not have the permissions required for this action [${error}]` });
  }

  /** REST routes: 10 calls a minute per route; users with api-bypass-rate-limit are not counted. */
  #rateLimit(key: string, session: Session | undefined, headers: Record<string, string>): void {
    if (!this.#restLimiter || (session && this.can(session.user, 'api-bypass-rate-limit'))) return;
    const { allowed, left, resetIn } = this.#restLimiter.take(key);
    headers['X-RateLimit-Limit'] = String(this.#restLimiter.calls);
    headers['X-RateLimit-Remaining'] = String(left);
    headers['X-RateLimit-Reset'] = String(Date.now() + resetIn);
    if (!allowed) {
      const seconds = Math.ceil(resetIn / 1000);
      throw new MeteorError('error-too-many-requests', `Error, too many requests. Please slow down. You must wait ${seconds} seconds before trying this endpoint again.`, {
        timeToReset: resetIn,
        seconds,
      });
    }
  }

  /** A thrown error as the REST API answers it (`API.v1.failure`). */
  #failure(error: MeteorError): Record<string, unknown> {
    if (error.error === 'error-too-many-requests') return { success: false, error: error.message };
    return { success: false, error: error.message, errorType: error.error, ...(error.details ? { details: error.details } : {}) };
  }

  #publicSettings(query: URLSearchParams): Record<string, unknown> {
    const ids = query.get('_id')?.split(',').map((id) => id.trim());
    const list = this.settings.filter((s) => s.public && !s.hidden && (!ids || ids.includes(s._id)));
    return page(list, query, (s) => ({ _id: s._id, value: s.value }));
  }

  #listSettings(user: ChatUser, query: URLSearchParams): Record<string, unknown> {
    const withDefaults = query.get('includeDefaults') === 'true';
    const all = this.can(user, 'view-privileged-setting');
    const list = this.settings.filter((s) => !s.hidden && (all || s.public));
    return page(list, query, (s) => (withDefaults ? { _id: s._id, value: s.value, packageValue: s.packageValue } : { _id: s._id, value: s.value }));
  }

  #me(user: ChatUser): Record<string, unknown> {
    return {
      _id: user.userId,
      username: user.username,
      emails: [{ address: user.email, verified: true }],
      roles: [...user.roles],
      active: true,
      status: 'online',
      services: { password: { exists: true }, totp: { enabled: user.twoFactor === 'totp' }, email2fa: { enabled: user.twoFactor === 'email' } },
    };
  }

  /** `POST settings/:_id`: edit-privileged-setting, then two-factor (remembered), then the type. */
  async #saveOne(request: Request, session: Session, id: string): Promise<Record<string, unknown>> {
    this.#require(session.user, 'edit-privileged-setting');
    this.#restTwoFactor(request, session, true);
    const body = await jsonBody(request);
    const setting = this.#visible(id);
    if (!('value' in body)) throw new Answer(400, { success: false });
    const problem = typeProblem(setting, body.value);
    if (problem) throw new MeteorError('error-setting-validation-failed', problem);
    this.#write([{ setting, value: body.value }]);
    return {};
  }

  /** `POST settings` (8.6): the body, then either permission, then two-factor (never remembered), then each setting. */
  async #saveBulk(request: Request, session: Session): Promise<Record<string, unknown>> {
    const body = await jsonBody(request);
    const changes = body.settings;
    if (!Array.isArray(changes) || !changes.every((c) => typeof c === 'object' && c !== null && typeof (c as { _id?: unknown })._id === 'string' && 'value' in c)) {
      throw new MeteorError('invalid-params', "must have required property 'settings'");
    }
    this.#require(session.user, 'edit-privileged-setting', 'manage-selected-settings');
    this.#restTwoFactor(request, session, false);
    this.#saveSettings(session.user, changes as Array<{ _id: string; value: unknown }>);
    return {};
  }

  #restTwoFactor(request: Request, session: Session, remember: boolean): void {
    this.#twoFactor.check(session.user, session.token, request.headers.get('x-2fa-code') ?? undefined, request.headers.get('x-2fa-method') ?? undefined, remember);
  }

  /**
   * `POST method.call/:method` with `{message: EJSON of {msg:'method', id, method, params}}`:
   * always HTTP 200 with `{message: EJSON of {msg:'result', id, result}}`, or of `{…, error}`
   * when the method throws (two-factor, permission, a refused value, the rate limit).
   */
  async #methodCall(request: Request, session: Session): Promise<Record<string, unknown>> {
    const body = await jsonBody(request);
    if (typeof body.message !== 'string' || Object.keys(body).length !== 1) throw new Answer(400, { success: false, error: 'Match error: Expected string, got undefined in field message' });
    let data: unknown;
    try {
      data = JSON.parse(body.message);
    } catch (error) {
      throw new Answer(400, { success: false, error: (error as Error).message });
    }
    const call = data as { msg?: unknown; id?: unknown; method?: unknown; params?: unknown };
    if (call.msg !== 'method' || typeof call.id !== 'string' || typeof call.method !== 'string' || !Array.isArray(call.params)) {
      throw new Answer(400, { success: false, error: 'Invalid method call' });
    }
    const result = (outcome: Record<string, unknown>) => ({ message: ejson({ msg: 'result', id: call.id, ...outcome }) });
    try {
      const limit = this.#methodLimiter?.take(`${session.token.token} ${call.method}`);
      if (limit && !limit.allowed) {
        throw new MeteorError('too-many-requests', `Error, too many requests. Please slow down. You must wait ${Math.ceil(limit.resetIn / 1000)} seconds before trying again.`, {
          timeToReset: limit.resetIn,
        });
      }
      if (call.method !== 'saveSettings') throw new MeteorError(404, `Method '${call.method}' not found`);
      // twoFactorRequired: a last argument {twoFactorCode, twoFactorMethod} is the code, not a parameter.
      const params = [...call.params];
      const last = params.at(-1) as { twoFactorCode?: unknown; twoFactorMethod?: unknown } | undefined;
      const code = last && typeof last === 'object' && last.twoFactorCode && last.twoFactorMethod ? (params.pop(), last) : undefined;
      this.#twoFactor.check(session.user, session.token, code ? String(code.twoFactorCode) : undefined, code ? String(code.twoFactorMethod) : undefined, true);
      const [changes = []] = params as [unknown?];
      if (!Array.isArray(changes)) throw matchError('Expected array, got object');
      this.#saveSettings(session.user, changes as Array<{ _id: unknown; value: unknown }>);
      return result({ result: true });
    } catch (error) {
      if (error instanceof MeteorError) return result({ error: error.toMethodError() });
      if (error instanceof MatchError) return result({ error: error.toMethodError() });
      throw error;
    }
  }

  /**
   * Rocket.Chat's `saveSettings`: each setting needs edit-privileged-setting, or
   * manage-selected-settings with its `change-setting-<id>`; every value is type-checked before
   * any is written (all or nothing). A refused setting fails the whole batch.
   */
  #saveSettings(user: ChatUser, changes: Array<{ _id: unknown; value: unknown }>): void {
    const privileged = this.can(user, 'edit-privileged-setting');
    const selected = this.can(user, 'manage-selected-settings');
    const refused: string[] = [];
    const writes: Array<{ setting: SettingRecord; value: unknown }> = [];
    for (const { _id, value } of changes) {
      if (typeof _id !== 'string') throw matchError(`Expected string, got ${typeof _id}`);
      if (!privileged && !(selected && this.can(user, `change-setting-${_id}`))) {
        refused.push(_id);
        continue;
      }
      const setting = this.#byId.get(_id);
      const problem = typeProblem(setting ?? { _id, type: 'string' }, value);
      if (problem) throw matchError(problem.replace(/^Match error: /, '').replace(/ \(.*\)$/, ''));
      if (setting && !setting.hidden) writes.push({ setting, value });
    }
    if (refused.length) throw new MeteorError('error-action-not-allowed', 'Editing settings is not allowed', { method: 'saveSettings', settingIds: refused });
    this.#write(writes);
  }

  #write(writes: Array<{ setting: SettingRecord; value: unknown }>): void {
    for (const { setting, value } of writes) {
      setting.value = value;
      this.#written[setting._id] = value;
    }
    this.#store.save({ ...this.#written });
  }

  #visible(id: string): SettingRecord {
    const setting = this.#byId.get(id);
    if (!setting || setting.hidden) throw new Answer(400, { success: false });
    return setting;
  }

  #login(request: Request): Session {
    const userId = request.headers.get('x-user-id');
    const token = request.headers.get('x-auth-token');
    const user = CHAT_USERS.find((u) => u.userId === userId);
    const found = user?.tokens.find((t) => t.token === token);
    if (!user || !found) {
      throw new Answer(401, this.version === '7.x' ? { success: false, status: 'error', message: NOT_LOGGED_IN, error: NOT_LOGGED_IN } : { success: false, error: NOT_LOGGED_IN });
    }
    return { user, token: found };
  }
}

function page(list: SettingRecord[], query: URLSearchParams, project: (s: SettingRecord) => Record<string, unknown>): Record<string, unknown> {
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '', 10) || 0);
  const asked = Number.parseInt(query.get('count') ?? '', 10);
  const count = Math.min(MAX_COUNT, asked > 0 ? asked : DEFAULT_COUNT);
  const settings = list.slice(offset, offset + count).map(project);
  return { settings, count: settings.length, offset, total: list.length };
}

/** Meteor's `Match.Error`, as `method.call` answers it (a client sees its message and a sanitized error). */
class MatchError extends Error {
  constructor(message: string) {
    super(`Match error: ${message}`);
  }
  toMethodError(): Record<string, unknown> {
    return {
      message: this.message,
      path: '',
      sanitizedError: { isClientSafe: true, error: 400, reason: 'Match failed', message: 'Match failed [400]', errorType: 'Meteor.Error' },
      errorType: 'Match.Error',
    };
  }
}

const matchError = (message: string) => new MatchError(message);

/** EJSON text of a value: JSON, with dates as `{"$date": milliseconds}`. */
function ejson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.getTime() } : v;
  });
}

const EXPECTED: Record<SettingType, [label: string, test: (v: unknown) => boolean]> = {
  boolean: ['boolean', (v) => typeof v === 'boolean'],
  string: ['string', (v) => typeof v === 'string'],
  select: ['string', (v) => typeof v === 'string'],
  code: ['string', (v) => typeof v === 'string'],
  password: ['string', (v) => typeof v === 'string'],
  int: ['number', (v) => typeof v === 'number'],
  multiSelect: ['array', (v) => Array.isArray(v)],
};

/** Why a value does not fit a setting's type (no check of a string's content, as Rocket.Chat), or ''. */
function typeProblem(setting: Pick<SettingDefinition, '_id' | 'type'>, value: unknown): string {
  const [label, test] = EXPECTED[setting.type];
  if (test(value)) return '';
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return `Match error: Expected ${label}, got ${got} (${setting._id})`;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse((await request.text()) || '{}');
  } catch {
    throw new Answer(400, { success: false, error: 'Invalid JSON body [error-invalid-body]', errorType: 'error-invalid-body' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Answer(400, { success: false, error: 'The body must be a JSON object [invalid-params]', errorType: 'invalid-params' });
  }
  return body as Record<string, unknown>;
}
