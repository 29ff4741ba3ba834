/**
 * Crafted Matomo answers for the activity-log tests: a tiny Activity Log server behind a fetch
 * stub, with Matomo's traps (POST only, token in the body, the 100-row filter_limit default,
 * counts as strings, errors in 200 answers, bulk requests), plus in-memory helpers.
 */
import { json, stubFetch, type RecordedRequest } from '../helpers/fetch-stub.js';
import type { ActivityQuery, ActivitySource, ActivityViewer } from '../../src/api/activity-source.js';
import type { RequestOptions } from '../../src/api/request.js';
import { toEntries } from '../../src/api/activity-source.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';

/** An entry as Matomo sends it. */
export interface RawEntry {
  id: string;
  user_login: string;
  type: string;
  parameters: Record<string, unknown> | unknown[];
  datetime: string;
  description: string;
  avatar?: string;
  ip?: string;
  country?: string;
  country_name?: string;
  [key: string]: unknown;
}

export const TOKEN = 'test-token-0123456789abcdef';

/** "YYYY-MM-DD HH:MM:SS" in UTC, as Matomo writes datetimes. */
export function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

const TYPES = ['ActivityLog/UserSignedIn', 'ActivityLog/GoalAdded', 'ActivityLog/SegmentChanged', 'ActivityLog/MeasurableCreated', 'ActivityLog/PluginActivated'];
const USERS = ['admin', 'sophie.martin', 'james.okafor', 'reader'];

/**
 * `count` entries, newest first: one every `stepMs` back from `newest`, ids descending, users and
 * types in rotation; every 7th mentions the word "newsletter".
 */
export function makeEntries(count: number, options: { newest?: number; stepMs?: number; users?: string[]; types?: string[]; firstId?: number } = {}): RawEntry[] {
  const newest = options.newest ?? Date.UTC(2024, 5, 30, 12, 0, 0);
  const step = options.stepMs ?? 3_600_000;
  const users = options.users ?? USERS;
  const types = options.types ?? TYPES;
  const firstId = options.firstId ?? count;
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length]!;
    const newsletter = i % 7 === 3;
    return {
      id: String(firstId - i),
      user_login: users[i % users.length]!,
      type,
      parameters: type.endsWith('GoalAdded') ? { items: [{ type: 'goal', data: { id: i, name: newsletter ? 'Newsletter sign-up' : `Goal ${i}` } }] } : [],
      datetime: utc(newest - i * step),
      description: newsletter ? 'subscribed to the newsletter report' : `did thing ${i}`,
      avatar: `/avatars/server-${users[i % users.length]}.png`,
      ip: '192.0.2.1',
      country: 'de',
      country_name: 'Germany',
    };
  });
}

export interface FakeMatomoOptions {
  /** Token the server accepts (default TOKEN). */
  token?: string;
  /** Logins and e-mails of the server's users; the token belongs to `login`. */
  login?: string;
  superUser?: boolean;
  users?: Array<{ login: string; email: string }>;
  /** Milliseconds before each answer (or per request). Aborting the request rejects at once. */
  delay?: number | ((request: RecordedRequest, method: string) => number);
  /** Return a Response to fail a method (checked before answering it, bulk sub-calls included). */
  fail?: (method: string, params: URLSearchParams, request: RecordedRequest) => Response | Promise<Response> | undefined;
}

export interface FakeMatomo {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** The log, newest first: unshift to add new activities. */
  entries: RawEntry[];
  /** Methods called, bulk sub-calls included, in order. */
  calls: Array<{ method: string; params: URLSearchParams }>;
  options: FakeMatomoOptions;
}

/** A fake Matomo with an Activity Log. */
export function fakeMatomo(entries: RawEntry[], options: FakeMatomoOptions = {}): FakeMatomo {
  forgetSignIns(); // a new server: what earlier tests' servers said about the token is forgotten, as on a fresh page
  const calls: FakeMatomo['calls'] = [];
  const fake: FakeMatomo = { fetch: undefined as unknown as typeof fetch, requests: [], entries, calls, options };
  const stub = stubFetch(async (request, signal) => {
    const url = new URL(request.url);
    const method = url.searchParams.get('method') ?? '';
    const wait = typeof options.delay === 'function' ? options.delay(request, method) : options.delay ?? 0;
    if (wait) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
        });
      });
    }
    if (request.method !== 'POST' || !url.pathname.endsWith('/index.php')) return json({ result: 'error', message: 'not a Matomo API request' }, 404);
    const body = new URLSearchParams(request.body);
    if (url.searchParams.has('token_auth')) return json({ result: 'error', message: 'token in URL' }, 400);
    const token = body.get('token_auth');
    if (!token) {
      // The anonymous user, as a real Matomo answers it (with CORS headers): a request the network may fail too.
      const failed = await options.fail?.(method, url.searchParams, request);
      return failed ?? json({ result: 'error', message: 'You must be logged in to access this functionality.' }, 401);
    }
    if (token !== (options.token ?? TOKEN)) {
      return json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.' }, 401);
    }
    if (method === 'API.getBulkRequest') {
      const answers: unknown[] = [];
      for (let i = 0; body.has(`urls[${i}]`); i++) {
        const sub = new URLSearchParams(body.get(`urls[${i}]`)!);
        const failed = await options.fail?.(sub.get('method') ?? '', sub, request);
        if (failed) {
          // A JSON error of one method sits inside the bulk answer; anything else fails the whole request.
          const type = failed.headers.get('content-type') ?? '';
          if (failed.status !== 200 || !type.includes('json')) return failed;
          answers.push(await failed.json());
          continue;
        }
        answers.push(answer(sub.get('method') ?? '', sub));
      }
      return json(answers);
    }
    const failed = await options.fail?.(method, url.searchParams, request);
    if (failed) return failed;
    return json(answer(method, url.searchParams));
  });
  fake.fetch = stub.fetch;
  fake.requests = stub.requests;

  function answer(method: string, params: URLSearchParams): unknown {
    calls.push({ method, params });
    const superUser = options.superUser ?? true;
    const own = options.login ?? 'admin';
    const matching = () => {
      const user = superUser ? params.get('filterByUserLogin') || undefined : own;
      const type = params.get('filterByActivityType') || undefined;
      return fake.entries.filter((e) => (!user || e.user_login === user) && (!type || e.type === type));
    };
    switch (method) {
      case 'ActivityLog.getEntries': {
        const offset = Number(params.get('offset') ?? 0);
        let limit = Number(params.get('limit') ?? 25);
        if (offset < 0 || limit < -1) return { result: 'error', message: 'Invalid offset or limit' };
        if (limit === -1) limit = Infinity;
        let rows = matching().slice(offset, offset + limit);
        // Matomo's filter_limit (default 100 over HTTP) truncates plain arrays too.
        const filterLimit = Number(params.get('filter_limit') ?? 100);
        if (filterLimit >= 0) rows = rows.slice(0, filterLimit);
        return rows;
      }
      case 'ActivityLog.getEntryCount':
        return { value: String(matching().length) };
      case 'UsersManager.hasSuperUserAccess':
        return { value: superUser };
      case 'UsersManager.getUsersLogin':
        return superUser ? (options.users ?? USERS.map((login) => ({ login }))).map((u) => u.login) : { result: 'error', message: "You can't access this resource as it requires 'superuser' access." };
      case 'UsersManager.getUsers':
        return superUser ? options.users ?? [] : { result: 'error', message: "You can't access this resource as it requires 'superuser' access." };
      default:
        return { result: 'error', message: `The method '${method}' does not exist.` };
    }
  }
  return fake;
}

/** Installs a fetch as `window.fetch` until the returned function is called. */
export function useFetch(fetchFn: typeof fetch): () => void {
  const original = window.fetch;
  window.fetch = fetchFn;
  return () => {
    window.fetch = original;
  };
}

/** The Matomo methods a recorded request called (bulk sub-calls listed by name). */
export function methodsOf(request: RecordedRequest): string[] {
  const url = new URL(request.url);
  const method = url.searchParams.get('method') ?? '';
  if (method !== 'API.getBulkRequest') return [method];
  const body = new URLSearchParams(request.body);
  const out: string[] = [];
  for (let i = 0; body.has(`urls[${i}]`); i++) out.push(new URLSearchParams(body.get(`urls[${i}]`)!).get('method') ?? '');
  return out;
}

/**
 * An in-memory ActivitySource over entries (newest first) that records every call; optionally
 * declares server-side date/text filtering and answers them itself.
 */
export function memorySource(raw: RawEntry[], options: { filters?: { dateRange?: boolean; text?: boolean }; bulk?: boolean; delay?: number; days?: boolean } = {}) {
  const log: Array<{ kind: string; query: Partial<ActivityQuery> }> = [];
  let entries = toEntries(raw);
  const wait = async (signal?: AbortSignal | null) => {
    if (options.delay) await new Promise((r) => setTimeout(r, options.delay));
    signal?.throwIfAborted();
  };
  const matching = (q: Partial<ActivityQuery>) =>
    entries.filter((e) => {
      if (q.user && e.userLogin !== q.user) return false;
      if (q.type && e.type !== q.type) return false;
      const t = e.datetime?.getTime() ?? NaN;
      if (q.from && !(t >= Date.parse(q.from))) return false;
      if (q.to && !(t < Date.parse(q.to))) return false;
      if (q.text && !`${e.userLogin} ${e.description}`.toLowerCase().includes(q.text.toLowerCase())) return false;
      // Whole UTC days, as Matomo's Activity Log 5.1 filters them.
      const day = e.datetime?.toISOString().slice(0, 10) ?? '';
      if (options.days && q.days && ((q.days.from && day < q.days.from) || (q.days.to && day > q.days.to))) return false;
      return true;
    });
  const source: ActivitySource & { log: typeof log; prepend(more: RawEntry[]): void } = {
    log,
    filters: options.filters,
    async getEntries(query: ActivityQuery, o?: RequestOptions) {
      log.push({ kind: 'entries', query });
      await wait(o?.signal);
      const all = matching(query);
      return query.limit < 0 ? all.slice(query.offset) : all.slice(query.offset, query.offset + query.limit);
    },
    async getCount(query, o?: RequestOptions) {
      log.push({ kind: 'count', query });
      await wait(o?.signal);
      return matching(query).length;
    },
    async getViewer(): Promise<ActivityViewer> {
      return { superUser: true, logins: [], emails: {} };
    },
    prepend(more: RawEntry[]) {
      entries = [...toEntries(more), ...entries];
    },
  };
  if (options.days !== undefined) {
    source.countDays = async (query, o) => {
      log.push({ kind: 'count-days', query });
      await wait(o?.signal);
      return { count: matching(options.days ? query : { ...query, days: undefined }).length, filtered: options.days === true };
    };
  }
  if (options.bulk) {
    source.getMany = async (queries, o) => {
      log.push({ kind: 'many', query: { limit: queries.length } });
      await wait(o?.signal);
      return queries.map((q) => matching(q).slice(q.offset, q.offset + q.limit));
    };
  }
  return source;
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
