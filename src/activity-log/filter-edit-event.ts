import type { ActivityFilters } from './filters.js';

/**
 * `dw-filter-edit`: the reader changed filters in the bar (or in a row's mark: an object's
 * history); `filters` holds those changed. It bubbles to the widget's frame but stays inside the
 * widget (it does not leave the shadow root): the widget applies it and fires its public
 * `dw-activity-change`. A module of its own, so that the marks, which come with the filter bar,
 * can fire it without importing the bar.
 * @internal
 */
export class FilterEditEvent extends Event {
  constructor(readonly filters: Partial<ActivityFilters>) {
    super('dw-filter-edit', { bubbles: true });
  }
}
