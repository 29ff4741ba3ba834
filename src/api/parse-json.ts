import { BadResponseError } from './errors.js';

// Reading a body that must be JSON. A file of its own: the Rocket.Chat client reads every answer
// with it, the Matomo client only a failed one (in matomo-failure.ts, loaded on demand), so the
// Matomo widgets' first views do not carry it.

/**
 * Parses a body as JSON; an HTML page, an empty body or truncated JSON becomes a
 * BadResponseError that says what arrived.
 */
export function parseJson(text: string, response: Response): unknown {
  const status = response.status;
  if (!text.trim()) throw new BadResponseError(`The server sent an empty answer (HTTP ${status}).`, { status });
  try {
    return JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    throw new BadResponseError(
      looksHtml
        ? `The server sent a web page instead of data (HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}). Check the server address.`
        : `The server's answer is not valid JSON (HTTP ${status}); it may have been cut off.`,
      { status },
    );
  }
}
