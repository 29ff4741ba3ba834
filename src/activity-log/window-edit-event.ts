/**
 * `dw-window-edit`: the reader changed the overwrite window in an object's history banner;
 * `minutes` is the new window, within its range. Like `dw-filter-edit`, it bubbles to the widget's
 * frame but stays inside the widget, which sets its `overwriteWindow` (an attribute of its own, not
 * a filter).
 * @internal
 */
export class WindowEditEvent extends Event {
  constructor(readonly minutes: number) {
    super('dw-window-edit', { bubbles: true });
  }
}
