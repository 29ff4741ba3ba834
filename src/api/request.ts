import { clampNumber, TIMEOUT_RANGE } from '../core/numbers.js';
import { ApiError, BadResponseError, ConfigError, NetworkError, RedirectError, TimeoutError, isAbort } from './errors.js';

export interface RequestOptions {
  /** Aborts the request; the promise then rejects with an `AbortError` DOMException. */
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request fails with a TimeoutError: at most 600000, the widgets' longest (default 15000; larger values are clamped). */
  timeout?: number | undefined;
  /** The fetch to use (default: the global one). Lets a page or a test route requests. */
  fetch?: typeof fetch | undefined;
  /**
   * The token sent with the request: wherever the answer repeats it, it reads ••• (see `redact`),
   * so no message, event or field made from the answer can show it.
   */
  secret?: string | undefined;
}

export const DEFAULT_TIMEOUT = 15_000;

/** Largest body the widgets read (bytes). A larger answer is a bad response, not a frozen tab. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * `fetch` with a timeout and typed failures. Resolves with the Response and its body text;
 * rejects with NetworkError, TimeoutError, RedirectError, BadResponseError (body too large), or
 * AbortError when the caller's signal aborts. Redirects are never followed (with or without a
 * token): a token must not travel to another address, and an answer from there is not data.
 */
export async function request(url: string, init: RequestInit, options: RequestOptions = {}): Promise<{ response: Response; text: string }> {
  const { signal } = options;
  const timeout = clampNumber(options.timeout, [1, TIMEOUT_RANGE[1] * 1000], DEFAULT_TIMEOUT);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  signal?.throwIfAborted();

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const response = await doFetch(url, { ...init, signal: controller.signal, credentials: init.credentials ?? 'omit', redirect: 'manual' });
    // With `redirect: 'manual'`, a redirect is an opaque answer (status 0) that nothing can be read from.
    if (response.type === 'opaqueredirect') throw new RedirectError(url);
    return { response, text: redact(await readBody(response), options.secret) };
  } catch (error) {
    if (timedOut) throw new TimeoutError(timeout / 1000);
    if (signal?.aborted || isAbort(error)) throw signal?.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
    throw error instanceof ApiError ? error : new NetworkError(url, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * `text` with every copy of `secret` replaced by •••. Tokens hold no character that JSON escapes,
 * so a copy inside a JSON string is found as it is. Secrets shorter than 8 characters are not
 * real tokens and are left alone (replacing them would garble the data).
 */
export function redact(text: string, secret = ''): string {
  return secret.length < 8 ? text : text.split(secret).join('•••');
}

async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) throw tooLarge(declared);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  return new Blob(chunks).text();
}

function tooLarge(bytes: number): BadResponseError {
  return new BadResponseError({ key: "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.", params: { size: Math.round(bytes / 100_000) / 10, limit: MAX_BODY_BYTES / 1024 / 1024 } });
}

/** Joins a base URL and a path, adding the base's missing trailing slash. */
export function joinUrl(base: string, path: string): string {
  const trimmed = base.trim();
  if (!trimmed) throw new ConfigError({ key: 'No server address is configured: set the api-base attribute (or a <dashboard-config>).' });
  return (trimmed.endsWith('/') ? trimmed : `${trimmed}/`) + path;
}
