import { html, type LitElement } from 'lit';
import type { SettingsSource } from '../api/settings-source.js';
import type { SettingsErrorEvent, SettingsSaveEvent } from './events.js';
import { fullLabel, settingDefinition, type SettingFormValue } from './schema.js';

/**
 * What the element shares with its parts in files of their own (the tracking-code preview; saving,
 * loaded on demand, see chunks.ts): the form's state as they see it, and a few words and
 * templates used on both sides.
 */

export type Values = Record<string, SettingFormValue>;

/** The result of the last save. */
export interface Notice {
  kind: 'success' | 'error' | 'info';
  title: string;
  text?: string;
  /** Settings not saved, with why. */
  failed?: Array<{ id: string; message: string }>;
  retry?: boolean;
}

/** What those parts (the preview, saving) read and change of the element. */
export interface FormHost {
  /** The element (its `source`, when one was given). */
  readonly el: LitElement & { readonly source?: SettingsSource | undefined };
  values: Values;
  baseline: Values;
  readonly present: ReadonlySet<string>;
  readonly loaded: boolean;
  failures: Record<string, string>;
  forbidden: string;
  busy: '' | 'checking' | 'saving';
  notice: Notice | null;
  readOnly(): boolean;
  changedIds(): string[];
  /** Whether Save may start: loaded, editable, idle, with valid changes, on the page. */
  canSave(): boolean;
  source(): SettingsSource;
  timeout(): number;
  apiBase(): string;
  announce(text: string): void;
  emitChange(): void;
  /** Back to the loaded values, saying `announce`. */
  discard(announce: string): void;
  emit(event: SettingsSaveEvent | SettingsErrorEvent): void;
  focus(selector: string): Promise<void>;
}

export const KEPT = 'Every edit is kept: nothing you typed is lost.';

/** The tracking-code preview's title, and what its place says while its code loads (if it does not arrive, the lazy part's failure says so). */
export const PREVIEW_TEXT = {
  title: 'Tracking code',
  loading: 'Loading the tracking code…',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const labelOf = (id: string) => fullLabel(settingDefinition(id)!);

/** One message as a paragraph, several as a list. */
export const messages = (list: readonly unknown[]) => (list.length === 1 ? html`<p>${list[0]}</p>` : html`<ul>${list.map((m) => html`<li>${m}</li>`)}</ul>`);
