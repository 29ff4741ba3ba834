import { LazyPart } from '../core/lazy-part.js';
import type { SettingsAccess, SettingValue } from '../api/settings-source.js';
import type { SettingEditor } from './editor.js';
import { normalizeValue, type SectionDefinition, type SettingDefinition, type SettingFormValue } from './schema.js';
import type { FieldCheck, JsonLocator, Validator, Validators } from './validators.js';
import { NOT_JSON, type Said } from './words.js';

/** Setting values by setting id (ids of the schema only, never a key read from the server). */
export type Values = Readonly<Record<string, SettingFormValue>>;

/** The result of the last save, shown under the form (in the words of the language it was said in). */
export interface Notice {
  kind: 'success' | 'error' | 'info';
  title: string;
  text?: string;
  /** Settings not saved (the reasons are in `failures`). */
  failed?: ReadonlyArray<{ id: string; message: string }>;
  /** Offer Retry. */
  retry?: boolean;
}

export interface FormModelOptions {
  /** Called after each change of the state (the element renders again). */
  changed?(): void;
  /**
   * The locator of JSON syntax errors (json-at.ts) once its code is there; calling it asks for
   * that code. Called on the first edit of a JSON setting and when one holds text that is not
   * JSON; call `revalidate()` when the code arrives.
   */
  locateJson?(): JsonLocator | undefined;
  /**
   * The validators the schema entries name (validators.ts), once their code is there. Until then
   * no setting is judged by its entry and a changed one waits (Save with it); call `revalidate()`
   * when they arrive.
   */
  validators?(): Validators | undefined;
}

/**
 * The state of the settings form, with no reference to any element: the values as loaded
 * (`baseline`) and their defaults, the staged edits (`values`), which settings the server has and
 * which this user may change, the validation of each setting, the settings not saved and why, and
 * the result of the last save. The element renders it; saving (save-flow.ts, loaded on demand,
 * with conflicts.ts) reads and settles it. Every change calls `options.changed`.
 */
export class FormModel {
  /** The values the form shows, edits included (a new object at each change). */
  values: Values = {};
  /** The values as loaded, or as last saved: what an edit is compared with. */
  baseline: Values = {};
  /** Each setting's default: Rocket.Chat's `packageValue` when the server sent it, else the schema's. */
  defaults: Values = {};
  /** The settings the server has (the others are shown as missing). */
  present: ReadonlySet<string> = new Set();
  /** The settings were read at least once. */
  loaded = false;
  /** The user's rights, when the source could tell. */
  access: SettingsAccess | undefined;
  /** Why the server refuses changes ('' when it does not): the form is then read-only. */
  forbidden: Said = '';
  /** Read-only by the page's choice (the element's `readonly`). */
  locked = false;
  /** What saving is doing: checking the server for changes, or writing. */
  busy: '' | 'checking' | 'saving' = '';
  /** The result of the last save. */
  notice: Notice | null = null;
  /** Settings not saved, with why. */
  failures: ReadonlyMap<string, Said> = new Map();

  /** Every setting of the sections, in order. */
  readonly settings: readonly SettingDefinition[];
  readonly #byId: ReadonlyMap<string, SettingDefinition>;
  /** The last validation of each setting, with the text it judged. */
  #checks = new Map<string, { text: string; check: FieldCheck }>();
  /** Each setting's own editor (its schema entry's `editor`), asked for the first time the setting is enabled. */
  #editors = new Map<string, LazyPart<SettingEditor>>();

  constructor(
    readonly sections: readonly SectionDefinition[],
    readonly options: FormModelOptions = {},
  ) {
    this.settings = sections.flatMap((s) => s.settings);
    this.#byId = new Map(this.settings.map((def) => [def.id, def]));
  }

  // ---------------------------------------------------------------------------------------------
  // What the form is

  /** A setting's schema entry, by id (undefined for an id the form does not have, as a server may send). */
  definition(id: string): SettingDefinition | undefined {
    return this.#byId.get(id);
  }

  /** Nothing may be changed: by the page's choice, or because the server refuses. */
  get readOnly(): boolean {
    return this.locked || this.forbidden !== '';
  }

  /** Whether this user may change a setting (what the source said of the user's rights). */
  mayEdit(id: string): boolean {
    return !this.readOnly && (!this.access || this.access.editable.includes(id));
  }

  /** Whether a setting can be changed now: the server has it, and its Enable box is ticked (unsaved values count). */
  enabled(def: SettingDefinition): boolean {
    return this.present.has(def.id) && (!def.dependsOn || this.values[def.dependsOn] === true);
  }

  /** The settings whose value differs from the server's, in order. */
  changedIds(): string[] {
    return this.settings.flatMap(({ id }) => (this.present.has(id) && this.values[id] !== this.baseline[id] ? [id] : []));
  }

  get dirty(): boolean {
    return this.changedIds().length > 0;
  }

  /**
   * A setting's own editor (see editor.ts), once its code is there: undefined while the setting
   * is not enabled, while the code loads, or if it did not arrive. The first call for an enabled
   * setting fetches it; its arrival judges the settings again (it may bring a fuller validator).
   */
  editor(def: SettingDefinition): SettingEditor | undefined {
    if (!def.editor || !this.enabled(def)) return undefined;
    let part = this.#editors.get(def.id);
    if (!part) {
      this.#editors.set(def.id, (part = new LazyPart({ requestUpdate: () => this.revalidate() }, def.editor)));
      void part.need();
    }
    return part.value;
  }

  /**
   * The validation of a setting, judged on the value shown by its own editor's validator when it
   * has one, else by its schema entry's; undefined for a setting without validator or not enabled
   * (an unticked Enable box is not judged), and while its validator's code is not there.
   */
  check(def: SettingDefinition): FieldCheck | undefined {
    const validate = this.#validator(def);
    if (!validate || !this.enabled(def)) return undefined;
    const text = String(this.values[def.id] ?? '');
    const last = this.#checks.get(def.id);
    if (last?.text === text) return last.check;
    const required = def.required === true;
    let check = validate(text, required);
    // Not JSON: judged again with the locator, which says where (asked for now if its code is not there).
    if (def.json && check.errors[0]?.text?.key === NOT_JSON) {
      const locate = this.options.locateJson?.();
      if (locate) check = validate(text, required, locate);
    }
    this.#checks.set(def.id, { text, check });
    return check;
  }

  /** Changed settings whose value cannot work: only these block Save (a stored value left alone never does). */
  invalidIds(): string[] {
    return this.changedIds().filter((id) => (this.check(this.definition(id)!)?.errors.length ?? 0) > 0);
  }

  /**
   * Changed settings not judged yet: their validator's code is not there (or did not arrive), or
   * their own editor, which may judge them more fully, is still on its way. Save waits for them.
   */
  waiting(): string[] {
    return this.changedIds().filter((id) => {
      const def = this.definition(id)!;
      if (!this.editor(def) && this.#editors.get(id)?.status === 'loading') return true;
      return def.validate !== undefined && this.enabled(def) && !this.#validator(def);
    });
  }

  /** The validator of a setting: its own editor's, else the one its schema entry names (once the validators are there). */
  #validator(def: SettingDefinition): Validator | undefined {
    const own = this.editor(def)?.validate;
    if (own) return own;
    return def.validate && this.options.validators?.()?.[def.validate];
  }

  /** Whether Save may start: loaded, editable, not saving, with changes that can all work (and all judged). */
  canSave(): boolean {
    return !this.busy && this.loaded && !this.readOnly && this.dirty && this.invalidIds().length === 0 && this.waiting().length === 0;
  }

  /** The settings of a section this user may put back to their default ("Restore defaults"). */
  restorable(section: SectionDefinition): SettingDefinition[] {
    return section.settings.filter(({ id }) => this.present.has(id) && this.mayEdit(id) && this.values[id] !== this.defaults[id]);
  }

  /** The values as loaded, of the settings the server has. */
  snapshot(): Values {
    return Object.fromEntries([...this.present].map((id) => [id, this.baseline[id]!]));
  }

  // ---------------------------------------------------------------------------------------------
  // Changes

  /**
   * The settings as read from the server, with the user's rights. An edit survives a reload (a new
   * token, another server): only the values not edited follow the server. `forbidden` says why
   * only public values could be read; rights that allow no change make the form read-only too.
   */
  load(settings: readonly SettingValue[], forbidden: Said, access: SettingsAccess | undefined): void {
    const read = new Map(settings.map((s) => [s.id, s]));
    const values: Record<string, SettingFormValue> = { ...this.values };
    const baseline: Record<string, SettingFormValue> = { ...this.baseline };
    const defaults: Record<string, SettingFormValue> = {};
    const present = new Set<string>();
    for (const def of this.settings) {
      const { id } = def;
      const s = read.get(id);
      defaults[id] = s?.packageValue !== undefined ? normalizeValue(def, s.packageValue) : def.default;
      if (!s) {
        if (!(id in values)) values[id] = baseline[id] = def.default;
        continue;
      }
      present.add(id);
      const value = normalizeValue(def, s.value);
      const edited = this.loaded && id in values && values[id] !== this.baseline[id];
      if (!edited) values[id] = value;
      if (!edited || !(id in baseline)) baseline[id] = value;
    }
    Object.assign(this, { values, baseline, defaults, present, access, loaded: true });
    // No setting this user may change: the whole form is read-only, before the first edit.
    this.forbidden = forbidden || (access && !access.editable.some((id) => present.has(id)) ? (access.reasonText ?? access.reason) : '');
    this.#changed();
  }

  /** A user's edit: new values (a notice of success or information goes; a failure stays until the next save). */
  edit(patch: Values): void {
    this.values = { ...this.values, ...patch };
    if (this.notice?.kind !== 'error') this.notice = null;
    // Typing JSON goes through text that is not JSON: have the code that says where ready.
    if (Object.keys(patch).some((id) => this.definition(id)?.json)) this.options.locateJson?.();
    this.#changed();
  }

  /** Back to the loaded values (Cancel, or Discard after a refused save). */
  discard(): void {
    Object.assign(this, { values: { ...this.baseline }, failures: new Map(), notice: null });
    this.#changed();
  }

  /**
   * Changes some of the state and says so: what saving is doing and its result, why the server
   * refuses changes, and what a save settles (values loaded or saved, settings not saved).
   */
  set(patch: Partial<Pick<FormModel, 'values' | 'baseline' | 'failures' | 'busy' | 'notice' | 'forbidden'>>): void {
    Object.assign(this, patch);
    this.#changed();
  }

  /** Judges every setting again (the validators, the JSON locator, or a setting's own editor, has arrived). */
  revalidate(): void {
    this.#checks.clear();
    this.#changed();
  }

  #changed(): void {
    this.options.changed?.();
  }
}
