/** Small helpers for building the demo backend's answers with the Fetch API. */

/** A JSON answer. */
export function jsonResponse(body: unknown, status: number, headers: HeadersInit = {}): Response {
  const all = new Headers(headers);
  all.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** The rejection of an aborted request, as fetch gives it. */
export function abortError(signal?: AbortSignal): unknown {
  const reason: unknown = signal?.reason;
  return reason instanceof Error || reason instanceof DOMException ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms` milliseconds; rejects with an AbortError as soon as `signal` aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
