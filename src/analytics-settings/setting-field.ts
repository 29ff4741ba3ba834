import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { SettingEditor } from './editor.js';
import type { Values } from './form-model.js';
import { LightElement } from './light-element.js';
import { fullLabel, labelOf, type SettingDefinition, type SettingFormValue } from './schema.js';
import type { FieldCheck } from './validators.js';
import { say, type Said } from './words.js';

/** One message as a paragraph, several as a list. */
export const messages = (list: readonly unknown[]) => (list.length === 1 ? html`<p>${list[0]}</p>` : html`<ul>${list.map((m) => html`<li>${m}</li>`)}</ul>`);

/**
 * @internal A field's edit, for its widget to stage: the new values, what to announce, and the
 * control to focus once rendered (by id). Bubbles inside the widget's shadow root, never out of it.
 */
export class SettingEditEvent extends Event {
  constructor(
    readonly values: Values,
    readonly announce = '',
    readonly focus = '',
  ) {
    super('dw-setting-edit', { bubbles: true });
  }
}

/**
 * One setting of `<analytics-settings>`: label, control (a checkbox, a text input or a textarea,
 * and the setting's own editor when its schema entry names one), description, advice, validation
 * messages, why it was not saved, and its tools (a suggested fix, Reset to default). Properties
 * in; a `SettingEditEvent` out, which the widget stages. The control's id is the setting's id;
 * what describes it has ids of the form `<id>-desc`, `<id>-error`, ….
 * @internal
 */
export class SettingField extends LightElement {
  static override tagName = 'dw-setting-field';
  static override properties: PropertyDeclarations = {
    def: { attribute: false },
    value: { attribute: false },
    saved: { attribute: false },
    fallback: { attribute: false },
    present: { attribute: false },
    enabled: { attribute: false },
    editable: { attribute: false },
    check: { attribute: false },
    failure: { attribute: false },
    editor: { attribute: false },
  };

  /** The setting's schema entry. */
  def!: SettingDefinition;
  /** The value shown (the user's edit, if any). */
  value: SettingFormValue = '';
  /** The value as loaded (or last saved): an edit differs from it. */
  saved: SettingFormValue = '';
  /** The setting's default, for Reset to default. */
  fallback: SettingFormValue = '';
  /** The server has this setting. */
  present = false;
  /** It can be changed now (its Enable box is ticked). */
  enabled = false;
  /** This user may change it. */
  editable = false;
  /** What its validator says of the value. */
  check: FieldCheck | undefined;
  /** Why its last save failed ('' when it did not). */
  failure: Said = '';
  /** The setting's own editor (its schema entry's `editor`), once its code is there. */
  editor: SettingEditor | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('def')) {
      this.className = `field ${this.def.type === 'boolean' ? 'check' : 'text'}`;
      this.setAttribute('part', 'field');
      this.dataset['setting'] = this.def.id;
    }
    if (changed.has('editor') && this.editor?.styles) this.adopt(this.editor.styles);
  }

  #edit(value: SettingFormValue, announce = '', focus = ''): void {
    this.dispatchEvent(new SettingEditEvent({ [this.def.id]: value }, announce, focus));
  }

  protected override render(): TemplateResult {
    const { def, value, present, enabled, check, failure } = this;
    const t = this.localize;
    const { id, dependsOn } = def;
    const name = t.text(fullLabel(def));
    const readOnly = !this.editable;
    const text = String(value ?? '');
    const errors = check?.errors ?? [];
    const warnings = check?.warnings ?? [];
    const fix = !readOnly && enabled ? check?.fix : undefined;
    const canReset = present && !readOnly && value !== this.fallback;
    const dirty = present && value !== this.saved;
    const needs = dependsOn && !enabled && present;
    // Everything said about the control, by the suffix of its id (the badge is in the label line).
    const notes: Array<[string, unknown]> = [
      ['desc', def.description && html`<p class="description" id=${`${id}-desc`}>${t.text(def.description)}</p>`],
      ['dirty', dirty && nothing],
      ['error', errors.length > 0 && html`<div class="err" id=${`${id}-error`} part="field-error">${messages(errors.map((e) => t.text(e.text ?? e.message)))}</div>`],
      ['warn', warnings.length > 0 && html`<div class="warn" id=${`${id}-warn`}>${messages(warnings.map((w) => t.text(w.text ?? w.message)))}</div>`],
      ['advice', def.advice && html`<p class="warn" id=${`${id}-advice`}>${t.text(def.advice)}</p>`],
      // {reason}: why the server did not save it (a sentence).
      ['fail', failure && html`<p class="err" id=${`${id}-fail`}>${t.t('Not saved: {reason}', { reason: say(t, failure) })}</p>`],
      ['missing', !present && html`<p class="description" id=${`${id}-missing`}>${t.t('This server does not have this setting.')}</p>`],
      // {setting}: the name of the Enable box.
      ['needs', needs && html`<p class="visually-hidden" id=${`${id}-needs`}>${t.t('Tick {setting} to change this.', { setting: labelOf(dependsOn) })}</p>`],
    ];
    const shown = (...suffixes: string[]) => notes.map(([s, content]) => (content && suffixes.includes(s) ? content : nothing));
    const describedBy = notes.flatMap(([s, content]) => (content ? `${id}-${s}` : [])).join(' ') || nothing;
    const tools =
      fix || canReset
        ? html`<span class="tools">
            ${fix
              ? html`<button type="button" part="fix-button" @click=${() => this.#edit(fix.value, t.t('{fix}: done.', { fix: fix.text ?? fix.label }), id)}>${t.text(fix.text ?? fix.label)}</button>`
              : nothing}
            ${canReset
              ? html`<button
                  type="button"
                  part="reset-button"
                  aria-label=${
                    // {setting}: the setting's name; the button's visible words come first, as it is read.
                    t.t('Reset to default {setting}', { setting: name })
                  }
                  ?disabled=${!enabled}
                  @click=${() => this.#edit(this.fallback, t.t('{setting} set to its default; save to apply.', { setting: name }), id)}
                >
                  ${t.t('Reset to default')}
                </button>`
              : nothing}
          </span>`
        : nothing;
    const head = html`<div class="head">
      <span class="label-line"
        ><label for=${id}>${t.text(def.label)}</label>
        ${dirty ? html`<span class="badge" id=${`${id}-dirty`} part="changed-badge">${t.t('Unsaved')}</span>` : nothing}
        ${failure ? html`<span class="badge failed">${t.t('Not saved')}</span>` : nothing} ${def.type === 'boolean' ? tools : nothing}</span
      >
      ${shown('desc', 'missing', 'needs')}
    </div>`;
    const input = (e: Event) => this.#edit((e.target as HTMLInputElement).value);

    if (def.type === 'boolean') {
      return html`<input
          type="checkbox"
          id=${id}
          part="control"
          .checked=${value === true}
          aria-label=${def.name ? name : nothing}
          ?disabled=${!enabled || readOnly}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.#edit((e.target as HTMLInputElement).checked)}
        />
        ${head}${shown('error', 'warn', 'fail')}`;
    }
    return html`${head} ${this.#ownEditor(text, readOnly, errors)}
      ${def.multiline
        ? html`<textarea
            id=${id}
            part="control"
            rows=${Math.min(14, Math.max(4, text.split('\n').length + 1))}
            dir="ltr"
            spellcheck="false"
            autocomplete="off"
            .value=${text}
            ?disabled=${!enabled}
            ?readonly=${readOnly}
            aria-invalid=${errors.length > 0}
            aria-describedby=${describedBy}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${id}
            part="control"
            type=${def.inputMode === 'url' ? 'url' : 'text'}
            dir="ltr"
            inputmode=${def.inputMode ?? nothing}
            spellcheck="false"
            autocomplete="off"
            .value=${text}
            ?disabled=${!enabled}
            ?readonly=${readOnly}
            ?required=${def.required && enabled}
            aria-invalid=${errors.length > 0}
            aria-describedby=${describedBy}
            @input=${input}
          />`}
      ${shown('error', 'warn', 'advice', 'fail')}${tools}`;
  }

  /** The setting's own editor, once its code is there (nothing until then, nor if it does not arrive: the text control is enough). */
  #ownEditor(text: string, readOnly: boolean, issues: FieldCheck['errors']): TemplateResult | typeof nothing {
    const editor = this.editor;
    return editor ? editor.render({ value: text, readOnly, issues, change: (value, focus) => this.#edit(value, '', focus), t: this.localize }) : nothing;
  }
}
