// Floor 3 of the first views: floor 2 with the rows of <activity-log> as it draws them (avatar,
// who, what, type with its icon and group, details, relative and exact time) and its stylesheets.
// No filters, pager, summary, notices, keyboard moves, live updates, export or share button.
// Built by bench/size.mjs and never shipped.
import { html } from 'lit';
import { WidgetElement } from '../../src/core/widget-element.js';
import { baseStyles, controlStyles } from '../../src/core/tokens.js';
import { errorBox } from '../../src/core/status-message.js';
import { RowList } from '../../src/activity-log/list-rows.js';
import { activityLogStyles } from '../../src/activity-log/activity-log.styles.js';
import { listStyles } from '../../src/activity-log/list.styles.js';
import { firstPageTask } from './matomo-page.js';

class FloorActivityRows extends WidgetElement {
  static override tagName = 'floor-activity-rows';
  static override styles = [baseStyles, controlStyles, activityLogStyles, listStyles];
  #page = firstPageTask(this, () => this.connection('matomo'));
  #rows = new RowList(
    () => {},
    () => {},
  );

  override render() {
    const state = { activeKey: '', newIds: new Set<string>(), now: Date.now(), locale: this.effectiveLocale, pending: false, avatar: () => undefined, pictures: '' };
    return this.#page.render({
      pending: () => html`<p>Loading…</p>`,
      complete: (entries) => this.#rows.update(entries, state),
      error: (error) => errorBox(error, () => this.#page.run()),
    });
  }
}

customElements.define(FloorActivityRows.tagName, FloorActivityRows);
