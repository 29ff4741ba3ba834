/**
 * The base of every error the widgets show: a human message (shown to the user as is), a `kind`
 * for code to branch on, and whether retrying can help. The api layer's `ApiError` extends it,
 * and so does `ChunkLoadError` (a part of a widget's code that did not arrive), so that the error
 * box, the error events and the lazy parts read every failure the same way without the core
 * knowing the api layer.
 */

/** What failed, for code to branch on. */
export type ErrorKind = 'config' | 'network' | 'timeout' | 'auth' | 'permission' | 'server' | 'bad-response' | 'two-factor';

export abstract class DashboardError extends Error {
  abstract readonly kind: ErrorKind;
  /** Whether trying again (later, or by the user's Retry) can help. */
  readonly retryable: boolean = true;
  /** What to do about it, when the message does not say so itself (otherwise the error box adds a hint for the kind). */
  readonly hint?: string;
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
 * A human message for anything thrown: a library error's own message, or a generic sentence for
 * programming errors (whose text is not meant for users).
 */
export function errorMessage(error: unknown): string {
  if (isDashboardError(error)) return error.message;
  return 'Something went wrong while loading the data.';
}
