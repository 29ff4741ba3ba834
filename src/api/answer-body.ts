import { BadResponseError } from './errors.js';

// Reading an answer that is not the data asked for: its status in words, and what arrived instead
// of JSON. Only the explanation of failures (matomo-failure.ts, loaded on the first failure) and
// the Rocket.Chat client read answers so, which keeps these words out of the activity log's and the
// chart's first views.

/** An answer's HTTP status with its reason phrase, for messages: `503 Service Unavailable`. */
export function httpStatus(response: Response): string {
  return response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
}

/**
 * Parses a body as JSON; an HTML page, an empty body or truncated JSON becomes a
 * BadResponseError that says what arrived.
 */
export function parseJson(text: string, response: Response): unknown {
  const status = response.status;
  if (!text.trim()) throw new BadResponseError({ key: 'The server sent an empty answer (HTTP {status}).', params: { status: String(status) } }, { status });
  try {
    return JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new BadResponseError(
      looksHtml ? { key: 'The server sent a web page instead of data (HTTP {status}). Check the server address.', params: { status: httpStatus(response) } } : { key: "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.", params: { status: String(status) } },
      { status },
    );
  }
}
