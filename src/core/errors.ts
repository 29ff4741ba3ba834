import type { Text } from '../i18n/types.js';
import { english, type Translator } from './translate.js';

/**
 * The base of every error the widgets show: a human message, a `kind` for code to branch on, and
 * whether retrying can help. The api layer's `ApiError` extends it, and so does `ChunkLoadError`
 * (a part of a widget's code that did not arrive), so that the error box, the error events and
 * the lazy parts read every failure the same way without the core knowing the api layer.
 *
 * The library's errors carry their message as `text` (its English text and params), so a widget
 * shows it in its reader's language (`errorMessage(error, translator)`); `message` is its English,
 * for developers and logs. An error made with a plain string (a server's own words) shows that string.
 */

/** What failed, for code to branch on. */
export type ErrorKind = 'config' | 'network' | 'timeout' | 'auth' | 'permission' | 'server' | 'bad-response' | 'two-factor';

export abstract class DashboardError extends Error {
  abstract readonly kind: ErrorKind;
  /** Whether trying again (later, or by the user's Retry) can help. */
  readonly retryable: boolean = true;
  /** What to do about it, when the message does not say so itself (otherwise the error box adds a hint for the kind; '' for none). */
  readonly hint?: Text | '';
  /** The message as a `Text` (its English and params), shown in the reader's language; none when it was given as plain text. */
  readonly text: Text | undefined;

  constructor(message: Text | string, options?: ErrorOptions) {
    super(typeof message === 'string' ? message : english.text(message), options);
    this.text = typeof message === 'string' ? undefined : message;
  }
}

/** True for an error of the library's hierarchy (it has a `kind` and a human message). */
export function isDashboardError(error: unknown): error is DashboardError {
  return error instanceof DashboardError;
}

/** True for the rejection of an aborted request, which is not an error to show. */
export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

/**
 * A human message for anything thrown, in the translator's language (English by default): a
 * library error's own message, or a generic sentence for programming errors (whose text is not
 * meant for users).
 */
export function errorMessage(error: unknown, t: Translator = english): string {
  if (isDashboardError(error)) return error.text ? t.text(error.text) : error.message;
  return t.t('Something went wrong while loading the data.');
}
