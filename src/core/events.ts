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
