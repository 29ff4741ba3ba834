import { errorMessage, isDashboardError, type ErrorKind } from './errors.js';
import { english, type Translator } from './translate.js';

/*
 * What every widget's `dw-<widget>-error` event carries, and the helper that builds it. A file of
 * its own, beside events.ts: an event class that reports no error (the Share panel's) does not
 * bring the error helpers with it.
 */

/** The detail of every widget's `dw-<widget>-error` event. */
export interface ErrorDetail<During extends string = string> {
  /** The typed error (a `DashboardError`, such as the api layer's `ApiError`, for every failure the library knows), or whatever a custom source threw. */
  error: unknown;
  /** The error's kind (`network`, `timeout`, `auth`, `permission`, `server`, `bad-response`, `config`, `two-factor`), or `unknown`. */
  kind: ErrorKind | 'unknown';
  /** The human message the widget shows, in its language. */
  message: string;
  /** What failed (each widget names its own steps: `load`, `refresh`, `export`, `save`…). */
  during: During;
}

/** The detail of an error event, from what was thrown and what was being done; the message in the translator's language (the widget's `this.localize`). */
export function errorDetail<During extends string>(error: unknown, during: During, t: Translator = english): ErrorDetail<During> {
  return { error, kind: isDashboardError(error) ? error.kind : 'unknown', message: errorMessage(error, t), during };
}
