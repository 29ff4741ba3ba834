import type { CSSResult, TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';
import type { Issue, Validator } from './validators.js';

/**
 * A setting's own editor, named by its schema entry (`editor`): a module loaded on demand the first
 * time the setting is enabled (form-model.ts), rendered by the setting's field above its text
 * control, which works without it (an editor that does not arrive is simply not shown). The field
 * gives it the value as text and takes a new text back; it renders in the widget's shadow root, so
 * its ids and parts are the widget's. It may bring the setting's full validator: the entry's own
 * `validate` is then a quick check, used until the editor is there (or if it does not arrive).
 */
export interface SettingEditor {
  render(context: EditorContext): TemplateResult;
  /** Its styles, added to the widget's when it arrives. */
  styles?: CSSResult;
  /** The setting's full validator: a changed value waits for it (while it loads) before it can be saved. */
  validate?: Validator;
}

/** What a setting's field gives its editor. */
export interface EditorContext {
  /** The value as text (what the text control shows). */
  value: string;
  /** The user may look, not change. */
  readOnly: boolean;
  /** The validator's errors, to show beside the editor's own controls. */
  issues: readonly Issue[];
  /** The editor changed the value; `focus` is the id of the control to focus once rendered. */
  change(value: string, focus: string): void;
  /** The words of the field (the widget's language); English when not given. */
  t?: Translator;
}
