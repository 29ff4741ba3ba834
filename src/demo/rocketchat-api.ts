import { CHAT_USERS, DEMO_TOKENS, type ChatUser } from './accounts.js';
import { jsonResponse } from './http.js';
import { DEMO_SETTINGS, type SettingDefinition, type SettingType } from './seed-settings.js';
import type { SettingsStore } from './settings-store.js';

/**
 * Stock Rocket.Chat's CORS answer (when REST API CORS is enabled). It does not allow the
 * two-factor headers, so a cross-origin page cannot send a two-factor code: only a page on the
 * server's own origin (or behind a proxy that adds them) can confirm a save with a code.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers':
    'Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization',
};

/** Rocket.Chat's `API_Default_Count` and `API_Upper_Count_Limit`. */
const DEFAULT_COUNT = 50;
const MAX_COUNT = 100;

const NOT_LOGGED_IN = 'You must be logged in to do this.';
const UNAUTHORIZED = 'User does not have the permissions required for this action [error-unauthorized]';

/** A setting as the demo server holds it. */
export interface SettingRecord extends SettingDefinition {
  value: unknown;
}

/** An error answer the request handling stops at. */
class Answer extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.error === 'string' ? body.error : `HTTP ${status}`);
    this.name = 'Answer';
  }
}

/**
 * The settings part of Rocket.Chat's REST API (`/api/v1/`), as Rocket.Chat 7/8 answers it:
 * public settings without login, paged settings sorted by `_id` (at most 100 a page), single
 * reads and writes and the bulk write, with `X-User-Id`/`X-Auth-Token` login, 403 for a user
 * without the permission, two-factor challenges for the 2FA user, type checks, last write wins.
 */
export class RocketChatApi {
  /** Every setting with its current value, sorted by `_id` (binary order, as MongoDB sorts). */
  readonly settings: SettingRecord[];
  readonly #byId: Map<string, SettingRecord>;
  readonly #store: SettingsStore;
  readonly #written: Record<string, unknown>;

  constructor(store: SettingsStore) {
    this.#store = store;
    this.settings = DEMO_SETTINGS.map((s) => ({ ...s, value: s.packageValue })).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    this.#byId = new Map(this.settings.map((s) => [s._id, s]));
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
    try {
      const body = await this.#route(request, route, url.searchParams);
      return jsonResponse({ ...body, success: true }, 200, CORS_HEADERS);
    } catch (error) {
      if (error instanceof Answer) return jsonResponse(error.body, error.status, CORS_HEADERS);
      throw error;
    }
  }

  async #route(request: Request, route: string, query: URLSearchParams): Promise<Record<string, unknown>> {
    const method = request.method;
    if (route === 'settings.public' && method === 'GET') return this.#publicSettings(query);
    if (route === 'settings' && method === 'GET') return this.#listSettings(this.#login(request), query);
    if (route === 'settings' && method === 'POST') return this.#saveBulk(request);
    const single = /^settings\/([^/]+)$/.exec(route);
    if (single && (method === 'GET' || method === 'POST')) {
      const id = decodeURIComponent(single[1]!);
      const user = this.#login(request);
      if (method === 'GET') {
        if (!user.canView) throw new Answer(403, { success: false, error: UNAUTHORIZED });
        const setting = this.#visible(id);
        return { _id: setting._id, value: setting.value };
      }
      return this.#saveOne(request, user, id);
    }
    throw new Answer(404, { success: false, error: 'Not Found' });
  }

  #publicSettings(query: URLSearchParams): Record<string, unknown> {
    const ids = query.get('_id')?.split(',').map((id) => id.trim());
    const list = this.settings.filter((s) => s.public && !s.hidden && (!ids || ids.includes(s._id)));
    return page(list, query, (s) => ({ _id: s._id, value: s.value }));
  }

  #listSettings(user: ChatUser, query: URLSearchParams): Record<string, unknown> {
    const withDefaults = query.get('includeDefaults') === 'true';
    const list = this.settings.filter((s) => !s.hidden && (user.canView || s.public));
    return page(list, query, (s) => (withDefaults ? { _id: s._id, value: s.value, packageValue: s.packageValue } : { _id: s._id, value: s.value }));
  }

  async #saveOne(request: Request, user: ChatUser, id: string): Promise<Record<string, unknown>> {
    if (!user.canEdit) throw new Answer(403, { success: false, error: UNAUTHORIZED });
    checkTwoFactor(request, user);
    const body = await jsonBody(request);
    const setting = this.#visible(id);
    if (!('value' in body)) throw new Answer(400, { success: false });
    checkType(setting, body.value);
    this.#write([{ setting, value: body.value }]);
    return {};
  }

  async #saveBulk(request: Request): Promise<Record<string, unknown>> {
    const user = this.#login(request);
    checkTwoFactor(request, user);
    const body = await jsonBody(request);
    const changes = body.settings;
    if (!Array.isArray(changes) || !changes.every((c) => typeof c === 'object' && c !== null && typeof (c as { _id?: unknown })._id === 'string' && 'value' in c)) {
      throw new Answer(400, { success: false, error: "must have required property 'settings' [invalid-params]", errorType: 'invalid-params' });
    }
    const list = changes as Array<{ _id: string; value: unknown }>;
    if (!user.canEdit) {
      throw new Answer(400, {
        success: false,
        error: 'Editing settings is not allowed [error-action-not-allowed]',
        errorType: 'error-action-not-allowed',
        details: { method: 'saveSettings', settingIds: list.map((c) => c._id) },
      });
    }
    // Every value is checked before any is written: the bulk write is all or nothing.
    const writes = list.flatMap(({ _id, value }) => {
      const setting = this.#byId.get(_id);
      if (!setting) {
        checkType({ _id, type: 'string' }, value);
        return [];
      }
      checkType(setting, value);
      return [{ setting, value }];
    });
    this.#write(writes);
    return {};
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

  #login(request: Request): ChatUser {
    const userId = request.headers.get('x-user-id');
    const token = request.headers.get('x-auth-token');
    const user = CHAT_USERS.find((u) => u.userId === userId && u.token === token);
    if (!user) throw new Answer(401, { success: false, status: 'error', message: NOT_LOGGED_IN, error: NOT_LOGGED_IN });
    return user;
  }
}

function page(list: SettingRecord[], query: URLSearchParams, project: (s: SettingRecord) => Record<string, unknown>): Record<string, unknown> {
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '', 10) || 0);
  const asked = Number.parseInt(query.get('count') ?? '', 10);
  const count = Math.min(MAX_COUNT, asked > 0 ? asked : DEFAULT_COUNT);
  const settings = list.slice(offset, offset + count).map(project);
  return { settings, count: settings.length, offset, total: list.length };
}

function checkTwoFactor(request: Request, user: ChatUser): void {
  if (!user.twoFactor) return;
  const code = request.headers.get('x-2fa-code');
  const method = request.headers.get('x-2fa-method');
  if (!code) {
    throw new Answer(400, { success: false, error: 'TOTP Required [totp-required]', errorType: 'totp-required', details: { method: 'totp', codeGenerated: false } });
  }
  if (method !== 'totp' || code.trim() !== DEMO_TOKENS.twoFactorCode) {
    throw new Answer(400, { success: false, error: 'TOTP Invalid [totp-invalid]', errorType: 'totp-invalid', details: { method: 'totp' } });
  }
}

const EXPECTED: Record<SettingType, [label: string, test: (v: unknown) => boolean]> = {
  boolean: ['boolean', (v) => typeof v === 'boolean'],
  string: ['String', (v) => typeof v === 'string'],
  select: ['String', (v) => typeof v === 'string'],
  code: ['String', (v) => typeof v === 'string'],
  password: ['String', (v) => typeof v === 'string'],
  int: ['Integer', (v) => typeof v === 'number' && Number.isInteger(v)],
  multiSelect: ['Array', (v) => Array.isArray(v)],
};

/** Refuses a value of the wrong type for a setting (no check of a string's content, as Rocket.Chat). */
function checkType(setting: Pick<SettingDefinition, '_id' | 'type'>, value: unknown): void {
  const [label, test] = EXPECTED[setting.type];
  if (test(value)) return;
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new Answer(400, { success: false, error: `Match error: Expected ${label}, got ${got} (${setting._id})`, errorType: 'error-setting-validation-failed' });
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
