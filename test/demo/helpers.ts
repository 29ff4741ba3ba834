import type { DemoBackend } from '../../src/demo/handler.js';

/** A fixed instant for deterministic data: Saturday 15 March 2025, 00:00 UTC. */
export const NOW = Date.UTC(2025, 2, 15);

/** Where tests pretend the demo servers live (the handler ignores the host). */
export const MATOMO_URL = 'https://analytics.example.test/matomo/index.php';
export const CHAT_URL = 'https://chat.example.test/chat/api/v1/';

export interface Answer<T = unknown> {
  response: Response;
  data: T;
}

/**
 * Calls the demo Matomo like the widgets do: API parameters in the query string and, when given,
 * a form-encoded POST body (where `token_auth` belongs).
 */
export async function matomo<T = unknown>(
  backend: DemoBackend,
  query: Record<string, string>,
  body?: Record<string, string>,
  init: RequestInit = {},
): Promise<Answer<T>> {
  const url = `${MATOMO_URL}?${new URLSearchParams({ module: 'API', format: 'JSON', ...query })}`;
  const request = body ? new Request(url, { method: 'POST', body: new URLSearchParams(body), ...init }) : new Request(url, init);
  const response = await backend.handle(request);
  return { response, data: (await response.json()) as T };
}

/** Calls the demo Rocket.Chat API. */
export async function chat<T = unknown>(backend: DemoBackend, path: string, init: RequestInit = {}): Promise<Answer<T>> {
  const response = await backend.handle(new Request(CHAT_URL + path, init));
  return { response, data: (await response.json()) as T };
}

/** Rocket.Chat login headers. */
export function login(userId: string, token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'X-User-Id': userId, 'X-Auth-Token': token, ...extra };
}

/** A JSON POST. */
export function postJson(body: unknown, headers: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * A request as a browser's network layer would send it, with headers page code may not set
 * (`Origin`, `Access-Control-Request-*`): a Request cannot carry them, so this wraps one.
 */
export function asSentBy(request: Request, headers: Record<string, string>): Request {
  const all = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) all.set(name, value);
  return new Proxy(request, {
    get(target, property) {
      if (property === 'headers') return all;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
