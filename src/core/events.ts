import { errorMessage, isDashboardError, type ErrorKind } from './errors.js';

/**
 * The base of the library's events: `bubbles` and `composed`, so a page can listen on any
 * ancestor, through shadow roots; a `CustomEvent`, so `event.detail` carries the data. Each event
 * has a class of its own in its widget's `events.ts`, declared once in
 * `GlobalEventHandlersEventMap`, so listeners get the detail's type and the API docs name it.
 */
export class DashboardEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** The detail of every widget's `dw-<widget>-error` event. */
export interface ErrorDetail<During extends string = string> {
  /** The typed error (a `DashboardError`, such as the api layer's `ApiError`, for every failure the library knows), or whatever a custom source threw. */
  error: unknown;
  /** The error's kind (`network`, `timeout`, `auth`, `permission`, `server`, `bad-response`, `config`, `two-factor`), or `unknown`. */
  kind: ErrorKind | 'unknown';
  /** The human message the widget shows. */
  message: string;
  /** What failed (each widget names its own steps: `load`, `refresh`, `export`, `save`…). */
  during: During;
}

/** The detail of an error event, from what was thrown and what was being done. */
export function errorDetail<During extends string>(error: unknown, during: During): ErrorDetail<During> {
  return { error, kind: isDashboardError(error) ? error.kind : 'unknown', message: errorMessage(error), during };
}
