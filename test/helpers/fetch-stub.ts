/**
 * A fetch stand-in for tests: records every request and answers from a handler. Pass it as a
 * client's `fetch`, or install it globally with `installFetch`.
 */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

export type Answer = (request: RecordedRequest, signal: AbortSignal | undefined) => Response | Promise<Response>;

export function stubFetch(answer: Answer): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const recorded: RecordedRequest = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: init.body == null ? '' : await new Response(init.body as BodyInit).text(),
    };
    requests.push(recorded);
    init.signal?.throwIfAborted();
    return answer(recorded, init.signal ?? undefined);
  };
  return { fetch: fake as typeof fetch, requests };
}

/** A JSON answer. */
export const json = (data: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Never answers; rejects with the abort reason when the request is aborted. */
export const hang = (_: RecordedRequest, signal: AbortSignal | undefined): Promise<Response> =>
  new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'))));

/** Fails like a refused connection. */
export const refuse = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));

/** Resolves with the rejection of a promise (or fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
