// Floor 2 of the first views: what every view of <activity-log> stands on. The library's element
// base (theme, locale, configuration), its design tokens, its error box and the Matomo client,
// showing the first page as plain text. Built by bench/size.mjs and never shipped.
import { html } from 'lit';
import { WidgetElement } from '../../src/core/widget-element.js';
import { baseStyles, controlStyles } from '../../src/core/tokens.js';
import { errorBox } from '../../src/core/status-message.js';
import { firstPageTask } from './matomo-page.js';

class FloorActivityClient extends WidgetElement {
  static override tagName = 'floor-activity-client';
  static override styles = [baseStyles, controlStyles];
  #page = firstPageTask(this, () => this.connection('matomo'));

  override render() {
    return this.#page.render({
      pending: () => html`<p>Loading…</p>`,
      complete: (entries) => html`<ol>${entries.map((e) => html`<li>${e.userLogin} ${e.description}</li>`)}</ol>`,
      error: (error) => errorBox(error, () => this.#page.run()),
    });
  }
}

customElements.define(FloorActivityClient.tagName, FloorActivityClient);
