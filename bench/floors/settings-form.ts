// Floor of the analytics-settings first view: the library's element base, tokens and error box, the
// Rocket.Chat settings client and the settings' schema, read into a plain form with the widget's
// stylesheet. No validation, tracker editor, tracking-code preview, saving, reset or read-only
// state. Built by bench/size.mjs and never shipped.
import { html, type PropertyDeclarations } from 'lit';
import { Task } from '@lit/task';
import { WidgetElement } from '../../src/core/widget-element.js';
import { baseStyles, controlStyles } from '../../src/core/tokens.js';
import { errorBox } from '../../src/core/status-message.js';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { analyticsSettingsStyles } from '../../src/analytics-settings/analytics-settings.styles.js';
import { ANALYTICS_SECTIONS, ANALYTICS_SETTING_IDS, fullLabel, normalizeValue, type SettingDefinition } from '../../src/analytics-settings/schema.js';

class FloorSettingsForm extends WidgetElement {
  static override tagName = 'floor-settings-form';
  static override styles = [baseStyles, controlStyles, analyticsSettingsStyles];
  static override properties: PropertyDeclarations = { userId: { attribute: 'user-id' } };
  userId = '';
  #edits = new Map<string, unknown>();
  #settings = new Task(this, {
    args: () => {
      const { apiBase, userId, token } = this.connection('rocketchat', this.userId);
      return [apiBase, userId, token];
    },
    task: async ([apiBase, userId, token], { signal }) =>
      new RocketChatSettingsSource(new RocketChatClient({ apiBase, userId, token })).load(ANALYTICS_SETTING_IDS, { signal }),
  });

  #field(def: SettingDefinition, value: unknown) {
    const shown = normalizeValue(def, this.#edits.get(def.id) ?? value);
    const edit = (e: Event) => {
      const input = e.target as HTMLInputElement;
      this.#edits.set(def.id, input.type === 'checkbox' ? input.checked : input.value);
    };
    const label = def.type === 'boolean'
      ? html`<label><input type="checkbox" .checked=${shown === true} @change=${edit} /> ${fullLabel(def)}</label>`
      : html`<label>${fullLabel(def)} <input .value=${String(shown)} @input=${edit} /></label>`;
    return html`${label}${def.description ? html`<small>${def.description}</small>` : ''}`;
  }

  override render() {
    return this.#settings.render({
      pending: () => html`<p>Loading…</p>`,
      complete: (values) =>
        html`<form>
          ${ANALYTICS_SECTIONS.map(
            (section) => html`<fieldset>
              <legend>${section.title}</legend>
              ${section.settings.map((def) => this.#field(def, values.find((v) => v.id === def.id)?.value))}
            </fieldset>`,
          )}
        </form>`,
      error: (error) => errorBox(error, () => this.#settings.run()),
    });
  }
}

customElements.define(FloorSettingsForm.tagName, FloorSettingsForm);
