import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DashboardElement } from '../core/base-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { isAbort, isApiError, errorMessage, TwoFactorError, type ApiError } from '../api/errors.js';
import { RocketChatClient, type TwoFactorCode } from '../api/rocketchat.js';
import { RocketChatSettingsSource, type SettingsSource, type SettingValue } from '../api/settings-source.js';
import { analyticsSettingsStyles } from './analytics-settings.styles.js';
import {
  ANALYTICS_SECTIONS,
  ANALYTICS_SETTING_IDS,
  ANALYTICS_SETTINGS,
  GOOGLE_ID,
  PIWIK_DOMAINS,
  PIWIK_SITE_ID,
  PIWIK_TRACKERS,
  PIWIK_URL,
  displayValue,
  fullLabel,
  normalizeValue,
  sameValue,
  settingDefinition,
  type SettingDefinition,
} from './schema.js';
import { validateAdditionalTrackers, validateDomains, validateSiteId, validateTrackingId, validateUrl, type FieldCheck } from './validators.js';
import { rowsFromJson, rowsToJson, trackersEditor, type TrackerRow } from './trackers-editor.js';
import { chatTrackingCode, matomoConfig, matomoSnippet, trackingPitfalls } from './tracking-code.js';

/** A setting value as the form edits it. */
export type SettingFormValue = boolean | string;

export interface SettingsLoadDetail {
  /** The values read, by setting id. */
  values: Record<string, SettingFormValue>;
  /** True when the form is read-only (the attribute, or the server refused access). */
  readOnly: boolean;
}

export interface SettingsChangeDetail {
  /** Whether anything differs from the server's values. */
  dirty: boolean;
  /** The ids of the settings that differ. */
  changed: string[];
  /** Whether every enabled setting is valid (Save needs this). */
  valid: boolean;
}

export interface SettingsSaveDetail {
  /** The ids of the settings saved. */
  saved: string[];
  /** Their values as saved. */
  values: Record<string, SettingFormValue>;
}

export interface SettingsSaveErrorDetail {
  /** The settings not saved, with the reason in words and its kind (`network`, `timeout`, `permission`, `server`, ...). */
  failed: Array<{ id: string; message: string; kind: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'analytics-settings': AnalyticsSettings;
  }
  interface GlobalEventHandlersEventMap {
    'dw-settings-load': CustomEvent<SettingsLoadDetail>;
    'dw-settings-change': CustomEvent<SettingsChangeDetail>;
    'dw-settings-save': CustomEvent<SettingsSaveDetail>;
    'dw-settings-save-error': CustomEvent<SettingsSaveErrorDetail>;
  }
}

declare module '../core/base-element.js' {
  interface DashboardEventMap {
    'dw-settings-load': CustomEvent<SettingsLoadDetail>;
    'dw-settings-change': CustomEvent<SettingsChangeDetail>;
    'dw-settings-save': CustomEvent<SettingsSaveDetail>;
    'dw-settings-save-error': CustomEvent<SettingsSaveErrorDetail>;
  }
}

type Values = Record<string, SettingFormValue>;

interface Conflict {
  id: string;
  loaded: SettingFormValue;
  server: SettingFormValue;
  mine: SettingFormValue;
}

interface Notice {
  kind: 'success' | 'error' | 'info';
  title: string;
  text?: string;
  /** Settings not saved, with why. */
  failed?: Array<{ id: string; message: string }>;
  retry?: boolean;
}

const VALIDATORS: Record<string, (value: string, required: boolean) => FieldCheck> = {
  [GOOGLE_ID]: validateTrackingId,
  [PIWIK_URL]: validateUrl,
  [PIWIK_SITE_ID]: validateSiteId,
  [PIWIK_TRACKERS]: (v) => validateAdditionalTrackers(v),
  [PIWIK_DOMAINS]: (v) => validateDomains(v),
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Rocket.Chat's Administration > Settings > Analytics as an embeddable form: Google Analytics,
 * the tracked features and Matomo (Piwik), validated as you type, with a live preview of the
 * tracking code, a conflict check before saving, two-factor prompts, and nothing typed ever lost.
 *
 * @summary The Analytics settings of a Rocket.Chat server, editable and safe to save.
 * @tag analytics-settings
 *
 * @fires dw-settings-load - The settings were read from the server. Detail: `{ values, readOnly }`.
 * @fires dw-settings-change - The user changed a value (or discarded changes). Detail: `{ dirty, changed, valid }`.
 * @fires dw-settings-save - Settings were saved. Detail: `{ saved, values }`.
 * @fires dw-settings-save-error - Settings could not be saved. Detail: `{ failed: [{ id, message, kind }] }`.
 *
 * @csspart base - The layout around the form and the preview.
 * @csspart form - The form.
 * @csspart section - A group of settings (Google Analytics, Features Enabled, Matomo / Piwik).
 * @csspart field - One setting: label, description, control and messages.
 * @csspart control - A setting's input, textarea or checkbox.
 * @csspart changed-badge - The "Unsaved" badge of a changed setting.
 * @csspart field-error - A setting's validation messages.
 * @csspart reset-button - A setting's "Reset to default" button.
 * @csspart fix-button - The button that applies a suggested fix (e.g. add the trailing slash).
 * @csspart trackers - The row editor of Additional Piwik Sites.
 * @csspart tracker-row - One row of the row editor.
 * @csspart trackers-note - The note shown instead of the rows while the JSON text is not a list of trackers.
 * @csspart add-tracker-button - The row editor's "Add tracker" button.
 * @csspart actions - The bar with the save state, Cancel and Save.
 * @csspart save-button - The Save button.
 * @csspart cancel-button - The Cancel button.
 * @csspart notice - The result of the last save (success, partial failure, failure).
 * @csspart readonly-note - The note that says why the form is read-only.
 * @csspart preview - The tracking-code preview.
 * @csspart code - A block of tracking code.
 * @csspart copy-button - A "Copy" button of the preview.
 * @csspart pitfalls - The warnings about the configuration in the preview.
 * @csspart dialog - The two-factor and conflict dialogs.
 * @csspart error - The error box shown when the settings cannot be read.
 * @csspart retry-button - The Retry button of the error box.
 *
 * @cssproperty --analytics-settings-gap - Space between sections. Default: twice `--dw-space`.
 * @cssproperty --analytics-settings-label-width - Width of the label column on wide layouts. Default: 15rem.
 * @cssproperty --analytics-settings-section-background - Background of the sections and the preview.
 * @cssproperty --analytics-settings-code-background - Background of the code blocks.
 * @cssproperty --analytics-settings-changed-color - Colour of the "Unsaved" badges.
 * @cssproperty --analytics-settings-max-width - Largest width of the whole widget. Default: none.
 */
export class AnalyticsSettings extends DashboardElement {
  static override tagName = 'analytics-settings';
  static override styles = [baseStyles, controlStyles, analyticsSettingsStyles];

  /** Rocket.Chat user id sent as `X-User-Id` (with the token as `X-Auth-Token`). Falls back to the nearest `<dashboard-config>`. */
  @property({ attribute: 'user-id' }) userId = '';

  /** Shows the values without letting anyone change them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Where settings are read and saved. Default: Rocket.Chat's REST API at `api-base`, with
   * `user-id` and `token`. Any object implementing `SettingsSource` can be given instead.
   */
  @property({ attribute: false }) source?: SettingsSource;

  /** True while there are changes not saved yet. */
  get dirty(): boolean {
    return this.#changedIds().length > 0;
  }

  #baseline: Values = {};
  #defaults: Values = {};
  #values: Values = {};
  #present = new Set<string>();
  #loaded = false;
  #failures: Record<string, string> = {};
  #forbidden = '';
  #busy: '' | 'checking' | 'saving' = '';
  #notice: Notice | null = null;
  #conflicts: Conflict[] = [];
  #choices: Record<string, 'mine' | 'theirs'> = {};
  #twoFactor: { method: string; invalid: boolean; busy: boolean; message?: string } | null = null;
  #cookieless = true;
  #host = '';
  #copied = '';
  #announcement = '';
  #checksFor: Values | null = null;
  #checksCache: Record<string, FieldCheck> = {};
  #sourceVersion = 0;
  #reloads = 0;
  #defaultSource?: RocketChatSettingsSource;
  #defaultKey = '';
  #saveAbort?: AbortController;
  #unloadGuard = false;
  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  #task = new Task(this, {
    task: async (_args, { signal }) => {
      const source = this.#source();
      const options = { signal, timeout: this.timeoutMs };
      try {
        return { settings: await source.load(ANALYTICS_SETTING_IDS, options), forbidden: '' };
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'permission' || !source.loadPublic) throw error;
        let settings: SettingValue[];
        try {
          settings = await source.loadPublic(ANALYTICS_SETTING_IDS, options);
        } catch (inner) {
          if (isAbort(inner)) throw inner;
          throw error;
        }
        return { settings, forbidden: `Only the public values are shown: ${error.message}` };
      }
    },
    args: () => {
      const c = this.connection('rocketchat', this.userId);
      return [c.apiBase, c.userId, c.token, this.timeoutMs, this.#sourceVersion, this.#reloads] as const;
    },
    onComplete: ({ settings, forbidden }) => this.#applyLoaded(settings, forbidden),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#saveAbort?.abort();
    this.#guardUnload(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) this.#sourceVersion++;
  }

  protected override updated(): void {
    this.#guardUnload(this.dirty);
  }

  #guardUnload(on: boolean): void {
    if (on === this.#unloadGuard) return;
    this.#unloadGuard = on;
    if (on) window.addEventListener('beforeunload', this.#onBeforeUnload);
    else window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  #source(): SettingsSource {
    if (this.source) return this.source;
    const c = this.connection('rocketchat', this.userId);
    const key = [c.apiBase, c.userId, c.token, this.timeoutMs].join('\n');
    if (!this.#defaultSource || key !== this.#defaultKey) {
      this.#defaultSource = new RocketChatSettingsSource(new RocketChatClient({ apiBase: c.apiBase, userId: c.userId, token: c.token, timeout: this.timeoutMs }));
      this.#defaultKey = key;
    }
    return this.#defaultSource;
  }

  // ---------------------------------------------------------------------------------------------
  // State

  get #readOnly(): boolean {
    return this.readonly || this.#forbidden !== '';
  }

  #enabled(def: SettingDefinition): boolean {
    return this.#present.has(def.id) && (!def.dependsOn || this.#values[def.dependsOn] === true);
  }

  #changedIds(): string[] {
    return ANALYTICS_SETTING_IDS.filter((id) => this.#present.has(id) && !sameValue(this.#values[id], this.#baseline[id]));
  }

  /** Validation of every enabled text setting, judged on the unsaved values. */
  get #checks(): Record<string, FieldCheck> {
    if (this.#checksFor !== this.#values) {
      const checks: Record<string, FieldCheck> = {};
      for (const def of ANALYTICS_SETTINGS) {
        const validate = VALIDATORS[def.id];
        if (validate && this.#enabled(def)) checks[def.id] = validate(String(this.#values[def.id] ?? ''), def.required === true);
      }
      this.#checksCache = checks;
      this.#checksFor = this.#values;
    }
    return this.#checksCache;
  }

  #invalidIds(): string[] {
    return Object.entries(this.#checks)
      .filter(([, c]) => c.errors.length > 0)
      .map(([id]) => id);
  }

  #applyLoaded(settings: SettingValue[], forbidden: string): void {
    const byId = new Map(settings.map((s) => [s.id, s]));
    const baseline = { ...this.#baseline };
    const values = { ...this.#values };
    const defaults: Values = {};
    this.#present = new Set();
    for (const def of ANALYTICS_SETTINGS) {
      const s = byId.get(def.id);
      defaults[def.id] = s && 'packageValue' in s && s.packageValue !== undefined ? normalizeValue(def, s.packageValue) : def.default;
      if (!s) {
        if (!(def.id in values)) values[def.id] = baseline[def.id] = def.default;
        continue;
      }
      this.#present.add(def.id);
      const value = normalizeValue(def, s.value);
      // An edit survives a reload (a new token, a second server): only untouched values follow the server.
      const edited = this.#loaded && def.id in values && !sameValue(values[def.id], this.#baseline[def.id]);
      if (!edited) values[def.id] = value;
      if (!edited || !(def.id in baseline)) baseline[def.id] = value;
    }
    this.#baseline = baseline;
    this.#values = values;
    this.#defaults = defaults;
    this.#forbidden = forbidden;
    this.#loaded = true;
    this.requestUpdate();
    this.emit('dw-settings-load', { values: this.#snapshot(ANALYTICS_SETTING_IDS.filter((id) => this.#present.has(id)), this.#baseline), readOnly: this.#readOnly });
  }

  #snapshot(ids: readonly string[], from: Values): Values {
    return Object.fromEntries(ids.map((id) => [id, from[id]!]));
  }

  /** A user edit: new values, then validation, the change event and a fresh render. */
  #edit(patch: Values, announce = ''): void {
    this.#values = { ...this.#values, ...patch };
    if (this.#notice?.kind !== 'error') this.#notice = null;
    this.#copied = '';
    if (announce) this.#announce(announce);
    this.requestUpdate();
    this.#emitChange();
  }

  #emitChange(): void {
    const changed = this.#changedIds();
    this.emit('dw-settings-change', { dirty: changed.length > 0, changed, valid: this.#invalidIds().length === 0 });
  }

  #announce(text: string): void {
    // The same words twice in a row are announced again only if the region's text changes.
    this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #reload = () => {
    this.#reloads++;
    this.requestUpdate();
  };

  #cancel = () => {
    if (!this.dirty || this.#busy) return;
    this.#values = { ...this.#baseline };
    this.#failures = {};
    this.#notice = null;
    this.#announce('Changes discarded: the loaded values are back.');
    this.#emitChange();
  };

  #resetToDefault(def: SettingDefinition): void {
    this.#edit({ [def.id]: this.#defaults[def.id]! }, `${fullLabel(def)} set to its default; save to apply.`);
    void this.#focus(`#${def.id}`);
  }

  #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#save();
  };

  /** Save: check the server for changes made since loading, resolve conflicts, then write. */
  async #save(): Promise<void> {
    const changed = this.#changedIds();
    if (this.#busy || !this.#loaded || this.#readOnly || changed.length === 0 || this.#invalidIds().length > 0) return;
    this.#busy = 'checking';
    this.#notice = null;
    this.#announce('Checking the server for changes since loading…');
    const abort = (this.#saveAbort = new AbortController());
    let fresh: SettingValue[];
    try {
      fresh = await this.#source().load(ANALYTICS_SETTING_IDS, { signal: abort.signal, timeout: this.timeoutMs });
    } catch (error) {
      this.#busy = '';
      if (isAbort(error)) return;
      this.#failed(
        changed.map((id) => ({ id, error })),
        'Your changes were not saved: the server could not be checked for changes made since loading.',
      );
      return;
    }
    const conflicts: Conflict[] = [];
    const refreshed: string[] = [];
    for (const s of fresh) {
      const def = settingDefinition(s.id);
      if (!def || !this.#present.has(s.id)) continue;
      const server = normalizeValue(def, s.value);
      const loaded = this.#baseline[s.id]!;
      if (sameValue(server, loaded)) continue;
      const mine = this.#values[s.id]!;
      if (sameValue(mine, loaded)) {
        // Not edited here: follow the server.
        this.#values = { ...this.#values, [s.id]: server };
        this.#baseline = { ...this.#baseline, [s.id]: server };
        refreshed.push(fullLabel(def));
      } else if (sameValue(mine, server)) {
        this.#baseline = { ...this.#baseline, [s.id]: server };
      } else {
        conflicts.push({ id: s.id, loaded, server, mine });
      }
    }
    this.#busy = '';
    const refreshedText = refreshed.length ? `Changed on the server meanwhile, and updated here: ${refreshed.join(', ')}.` : '';
    if (conflicts.length > 0) {
      this.#conflicts = conflicts;
      this.#choices = {};
      this.#refreshedText = refreshedText;
      this.requestUpdate();
      await this.updateComplete;
      this.#dialog('conflicts')?.showModal();
      this.#announce(`${plural(conflicts.length, 'setting')} changed on the server since you loaded the form. Choose which value to keep.`);
      return;
    }
    await this.#write(undefined, refreshedText);
  }

  #refreshedText = '';

  /** Sends the changed settings; reports per setting; asks for a two-factor code when needed. */
  async #write(twoFactor?: TwoFactorCode, refreshedText = ''): Promise<void> {
    const ids = this.#changedIds();
    if (ids.length === 0) {
      this.#notice = { kind: 'info', title: 'Nothing left to save.', text: refreshedText || 'The values shown are the server’s.' };
      this.#announce('Nothing left to save.');
      this.#closeDialog('two-factor');
      return;
    }
    const sent = this.#snapshot(ids, this.#values);
    this.#busy = 'saving';
    if (this.#twoFactor) this.#twoFactor = { ...this.#twoFactor, busy: true };
    this.#announce(`Saving ${plural(ids.length, 'setting')}…`);
    const abort = (this.#saveAbort = new AbortController());
    let results: Array<{ id: string; ok: boolean; error?: ApiError | unknown }>;
    try {
      results = await this.#source().save(
        ids.map((id) => ({ id, value: sent[id] })),
        { signal: abort.signal, timeout: this.timeoutMs, twoFactor },
      );
    } catch (error) {
      if (isAbort(error)) {
        this.#busy = '';
        return;
      }
      results = ids.map((id) => ({ id, ok: false, error }));
    }
    this.#busy = '';
    const saved: string[] = [];
    const failed: Array<{ id: string; error: unknown }> = [];
    let codeNeeded: TwoFactorError | undefined;
    const baseline = { ...this.#baseline };
    const failures = { ...this.#failures };
    for (const r of results) {
      if (r.ok) {
        baseline[r.id] = sent[r.id]!;
        delete failures[r.id];
        saved.push(r.id);
      } else if (r.error instanceof TwoFactorError) {
        codeNeeded = r.error;
      } else {
        failed.push({ id: r.id, error: r.error });
      }
    }
    this.#baseline = baseline;
    this.#failures = failures;
    if (saved.length > 0) this.emit('dw-settings-save', { saved, values: this.#snapshot(saved, sent) });

    if (codeNeeded) {
      const wasOpen = this.#twoFactor !== null;
      this.#twoFactor = {
        method: codeNeeded.method,
        invalid: codeNeeded.invalid || (wasOpen && twoFactor !== undefined),
        busy: false,
        ...(saved.length ? { message: `${plural(saved.length, 'setting')} saved; the others need the code.` } : {}),
      };
      this.requestUpdate();
      await this.updateComplete;
      const dialog = this.#dialog('two-factor');
      if (dialog && !dialog.open) dialog.showModal();
      const input = this.renderRoot.querySelector<HTMLInputElement>('#two-factor-code');
      if (input) {
        input.value = '';
        input.focus();
      }
      this.#announce(this.#twoFactor.invalid ? 'That code was not accepted. Enter a new code.' : 'The server asks for a two-factor code.');
      if (failed.length === 0) return;
    } else {
      this.#closeDialog('two-factor');
    }

    if (failed.length > 0) {
      this.#failed(failed, saved.length > 0 ? `${plural(failed.length, 'setting was', 'settings were')} not saved (${saved.length} saved).` : 'Your changes were not saved.');
      return;
    }
    if (saved.length > 0) {
      const labels = saved.map((id) => fullLabel(settingDefinition(id)!));
      this.#notice = { kind: 'success', title: `Saved ${plural(saved.length, 'setting')}.`, text: [labels.join(', '), refreshedText].filter(Boolean).join(' ') };
      this.#announce(`Saved ${plural(saved.length, 'setting')}.`);
    }
    this.requestUpdate();
  }

  /** Marks settings as not saved, says why, offers Retry; a 403 makes the form read-only. */
  #failed(failed: Array<{ id: string; error: unknown }>, title: string): void {
    const failures = { ...this.#failures };
    const list = failed.map(({ id, error }) => {
      const message = errorMessage(error);
      failures[id] = message;
      return { id, message, kind: isApiError(error) ? error.kind : 'unknown' };
    });
    this.#failures = failures;
    const permission = failed.find(({ error }) => isApiError(error) && error.kind === 'permission');
    if (permission) this.#forbidden = `The server refused the save: ${errorMessage(permission.error)}`;
    this.#notice = { kind: 'error', title, text: 'Every edit is kept: nothing you typed is lost.', failed: list, retry: true };
    this.requestUpdate();
    this.emit('dw-settings-save-error', { failed: list });
  }

  #dialog(name: 'two-factor' | 'conflicts'): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`dialog#${name}`);
  }

  #closeDialog(name: 'two-factor' | 'conflicts'): void {
    const dialog = this.#dialog(name);
    if (dialog?.open) dialog.close();
    if (name === 'two-factor') this.#twoFactor = null;
    this.requestUpdate();
  }

  /** A dialog closed (button, Escape or after saving): focus goes back to Save. */
  #onDialogClose(name: 'two-factor' | 'conflicts'): void {
    if (name === 'two-factor' && this.#twoFactor) {
      // Closed without a code: nothing more is sent.
      this.#twoFactor = null;
      if (this.#busy === '' && this.dirty) {
        this.#notice = {
          kind: 'error',
          title: 'Not saved: the server needs a two-factor code.',
          text: 'Every edit is kept. Save again when you have the code.',
          retry: true,
        };
      }
    }
    if (name === 'conflicts' && this.#conflicts.length > 0) {
      this.#conflicts = [];
      this.#notice = { kind: 'info', title: 'Not saved.', text: 'Your edits are kept. Save again to choose between your values and the server’s.' };
    }
    this.requestUpdate();
    void this.#focus('#save');
  }

  async #submitTwoFactor(event: Event): Promise<void> {
    event.preventDefault();
    const state = this.#twoFactor;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#two-factor-code');
    if (!state || state.busy || !input) return;
    const typed = input.value.trim();
    if (!typed) {
      this.#twoFactor = { ...state, invalid: false, message: state.method === 'password' ? 'Enter your password.' : 'Enter the code.' };
      this.requestUpdate();
      input.focus();
      return;
    }
    let code = typed;
    if (state.method === 'password') {
      // Rocket.Chat expects the SHA-256 of the password, never the password itself.
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(typed));
      code = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    await this.#write({ code, method: state.method }, this.#refreshedText);
  }

  #resolveConflicts = async (event: Event) => {
    event.preventDefault();
    const conflicts = this.#conflicts;
    if (conflicts.some((c) => !this.#choices[c.id])) return;
    let values = { ...this.#values };
    const baseline = { ...this.#baseline };
    for (const c of conflicts) {
      baseline[c.id] = c.server;
      if (this.#choices[c.id] === 'theirs') values[c.id] = c.server;
    }
    this.#baseline = baseline;
    this.#values = values;
    this.#conflicts = [];
    this.#dialog('conflicts')?.close();
    this.#emitChange();
    await this.#write(undefined, this.#refreshedText);
  };

  async #copy(which: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#copied = which;
      this.#announce('Copied to the clipboard.');
    } catch {
      const pre = this.renderRoot.querySelector(`#code-${which}`);
      const selection = (this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? window.getSelection();
      if (pre && selection) selection.selectAllChildren(pre);
      this.#copied = '';
      this.#announce('This page may not use the clipboard: the code is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
    this.requestUpdate();
  }

  #previewHost(): string {
    if (this.#host) return this.#host;
    try {
      return new URL(this.connection('rocketchat', this.userId).apiBase || '/', location.href).hostname || 'chat.example.com';
    } catch {
      return 'chat.example.com';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const status = this.#task.status;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.#announcement}</div>`;
    if (!this.#loaded) {
      const body =
        status === TaskStatus.ERROR
          ? errorBox(this.#task.error, this.#reload, 'Could not load the Analytics settings')
          : html`<div class="loading" aria-busy="true">
              <p class="muted">Loading the Analytics settings…</p>
              <div class="skeleton skeleton-line"></div>
              <div class="skeleton skeleton-block"></div>
              <div class="skeleton skeleton-block"></div>
            </div>`;
      return html`<div class="layout" part="base">${this.#header()}${body}</div>${live}`;
    }
    const changed = this.#changedIds();
    const invalid = this.#invalidIds();
    return html`
      <div class="layout" part="base">
        <form part="form" novalidate aria-labelledby="title" @submit=${this.#onSubmit}>
          ${this.#header()} ${this.#readOnlyNote()}
          ${status === TaskStatus.ERROR ? errorBox(this.#task.error, this.#reload, 'Could not reload the settings; the values shown are from before') : nothing}
          ${ANALYTICS_SECTIONS.map(
            (section) => html`<section class="group" part="section" aria-labelledby=${`section-${section.id}`}>
              <h3 id=${`section-${section.id}`}>${section.title}</h3>
              ${section.settings.map((def) => this.#field(def))}
            </section>`,
          )}
          ${this.#noticeBox()} ${this.#actions(changed, invalid)}
        </form>
        ${this.#preview()}
      </div>
      ${this.#twoFactorDialog()} ${this.#conflictDialog()} ${live}
    `;
  }

  #header(): TemplateResult {
    return html`<div class="header">
      <h2 id="title">Analytics</h2>
      <p class="muted">How people use the chat server: Google Analytics, the events tracked, and Matomo (Piwik).</p>
    </div>`;
  }

  #readOnlyNote(): TemplateResult | typeof nothing {
    if (!this.#readOnly) return nothing;
    const why = this.#forbidden || 'These settings are shown here without the means to change them.';
    const edits = this.dirty;
    return html`<div class="message warning readonly-note" part="readonly-note" role="note">
      <strong>${this.#forbidden ? 'Read-only: this account may not change these settings.' : 'Read-only'}</strong>
      <p>${why}${this.#forbidden ? ' Ask an administrator for the permission to edit privileged settings.' : ''}</p>
      ${edits ? html`<p>Your unsaved edits are kept and shown below.</p>` : nothing}
      ${this.#forbidden && !this.readonly && edits
        ? html`<span class="field-tools">
            <button type="button" part="retry-button" @click=${this.#retryForbidden}>Try saving again</button>
            <button type="button" @click=${this.#discardForbidden}>Discard my edits</button>
          </span>`
        : nothing}
    </div>`;
  }

  #retryForbidden = () => {
    this.#forbidden = '';
    void this.#save();
  };

  #discardForbidden = () => {
    this.#values = { ...this.#baseline };
    this.#failures = {};
    this.#notice = null;
    this.#announce('Edits discarded.');
    this.#emitChange();
  };

  #field(def: SettingDefinition): TemplateResult {
    const id = def.id;
    const present = this.#present.has(id);
    const enabled = this.#enabled(def);
    const readOnly = this.#readOnly;
    const value = this.#values[id];
    const dirty = present && !sameValue(value, this.#baseline[id]);
    const check = this.#checks[id];
    const errors = check?.errors ?? [];
    const warnings = check?.warnings ?? [];
    const failure = this.#failures[id];
    const canReset = present && !readOnly && !sameValue(value, this.#defaults[id]);
    const describedBy = [
      def.description ? `${id}-desc` : '',
      dirty ? `${id}-dirty` : '',
      errors.length ? `${id}-error` : '',
      warnings.length ? `${id}-warn` : '',
      failure ? `${id}-fail` : '',
      !present ? `${id}-missing` : '',
      def.dependsOn && !enabled && present ? `${id}-needs` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const label = html`<label for=${id}>${def.label}${def.labelSuffix ? html`<span class="visually-hidden"> ${def.labelSuffix}</span>` : nothing}</label>`;
    const badges = html`${dirty ? html`<span class="badge" id=${`${id}-dirty`} part="changed-badge">Unsaved</span>` : nothing}${failure
      ? html`<span class="badge failed">Not saved</span>`
      : nothing}`;
    const notes = html`${def.description ? html`<p class="description" id=${`${id}-desc`}>${def.description}</p>` : nothing}
    ${!present ? html`<p class="description" id=${`${id}-missing`}>This server does not have this setting.</p>` : nothing}
    ${def.dependsOn && !enabled && present
      ? html`<p class="visually-hidden" id=${`${id}-needs`}>Tick ${fullLabel(settingDefinition(def.dependsOn)!)} to change this.</p>`
      : nothing}`;
    const messages = html`${errors.length
      ? html`<div class="field-error" id=${`${id}-error`} part="field-error">
          ${errors.length === 1 ? html`<p>${errors[0]!.message}</p>` : html`<ul>${errors.map((e) => html`<li>${e.message}</li>`)}</ul>`}
        </div>`
      : nothing}
    ${warnings.length ? html`<div class="warnings" id=${`${id}-warn`}>${warnings.map((w) => html`<p>${w.message}</p>`)}</div>` : nothing}
    ${failure ? html`<p class="save-failure" id=${`${id}-fail`}>Not saved: ${failure}</p>` : nothing}`;
    const tools =
      (check?.fix && !readOnly && enabled) || canReset
        ? html`<div class="field-tools">
            ${check?.fix && !readOnly && enabled
              ? html`<button type="button" part="fix-button" @click=${() => this.#applyFix(def, check.fix!.value, check.fix!.label)}>${check.fix.label}</button>`
              : nothing}
            ${canReset
              ? html`<button type="button" part="reset-button" ?disabled=${!enabled} @click=${() => this.#resetToDefault(def)}>
                  Reset to default<span class="visually-hidden"> ${fullLabel(def)}</span>
                </button>`
              : nothing}
          </div>`
        : nothing;

    if (def.type === 'boolean') {
      return html`<div class="field check" part="field" data-setting=${id}>
        <input
          type="checkbox"
          id=${id}
          part="control"
          .checked=${value === true}
          ?disabled=${!enabled || readOnly}
          aria-describedby=${describedBy || nothing}
          @change=${(e: Event) => this.#edit({ [id]: (e.target as HTMLInputElement).checked })}
        />
        <span class="label-line">${label}${badges}${canReset ? html`<span class="inline-tools">${tools}</span>` : nothing}</span>
        ${notes}${messages}
      </div>`;
    }

    const common = {
      invalid: errors.length > 0 ? 'true' : 'false',
      onInput: (e: Event) => this.#edit({ [id]: (e.target as HTMLInputElement | HTMLTextAreaElement).value }),
    };
    const control = def.multiline
      ? html`<textarea
          id=${id}
          part="control"
          rows=${Math.min(14, Math.max(4, String(value ?? '').split('\n').length + 1))}
          spellcheck="false"
          autocomplete="off"
          .value=${String(value ?? '')}
          ?disabled=${!enabled}
          ?readonly=${readOnly}
          aria-invalid=${common.invalid}
          aria-describedby=${describedBy || nothing}
          @input=${common.onInput}
        ></textarea>`
      : html`<input
          id=${id}
          part="control"
          type=${id === PIWIK_URL ? 'url' : 'text'}
          inputmode=${id === PIWIK_SITE_ID ? 'numeric' : id === PIWIK_URL ? 'url' : nothing}
          spellcheck="false"
          autocomplete="off"
          .value=${String(value ?? '')}
          ?disabled=${!enabled}
          ?readonly=${readOnly}
          ?required=${def.required === true && enabled}
          aria-invalid=${common.invalid}
          aria-describedby=${describedBy || nothing}
          @input=${common.onInput}
        />`;
    return html`<div class="field text" part="field" data-setting=${id}>
      <div class="head"><span class="label-line">${label}${badges}</span>${notes}</div>
      ${id === PIWIK_TRACKERS ? this.#trackers(String(value ?? ''), enabled, readOnly) : nothing} ${control}${messages}${tools}
    </div>`;
  }

  #applyFix(def: SettingDefinition, value: string, label: string): void {
    this.#edit({ [def.id]: value }, `${label}: done.`);
    void this.#focus(`#${def.id}`);
  }

  #trackers(text: string, enabled: boolean, readOnly: boolean): TemplateResult {
    return trackersEditor({
      rows: rowsFromJson(text),
      disabled: !enabled,
      readonly: readOnly,
      issues: this.#checks[PIWIK_TRACKERS]?.errors ?? [],
      onChange: (rows: TrackerRow[], focus: string) => {
        this.#edit({ [PIWIK_TRACKERS]: rowsToJson(rows) });
        void this.#focus(`#${focus}`);
      },
    });
  }

  #noticeBox(): TemplateResult | typeof nothing {
    const n = this.#notice;
    if (!n) return nothing;
    return html`<div class="message ${n.kind === 'error' ? 'error' : n.kind === 'success' ? 'success' : ''}" part="notice" role=${n.kind === 'error' ? 'alert' : nothing}>
      <strong>${n.title}</strong>
      ${n.failed?.length
        ? html`<ul>
            ${[...new Set(n.failed.map((f) => f.message))].map(
              (message) => html`<li>
                ${n.failed!
                  .filter((f) => f.message === message)
                  .map(
                    (f, i) =>
                      html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this.#focus(`#${f.id}`)}>${fullLabel(settingDefinition(f.id)!)}</button>`,
                  )}:
                ${message}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${n.text ? html`<p>${n.text}</p>` : nothing}
      ${n.retry && !this.#readOnly ? html`<button type="button" part="retry-button" @click=${() => this.#save()}>Retry</button>` : nothing}
    </div>`;
  }

  #actions(changed: string[], invalid: string[]): TemplateResult | typeof nothing {
    if (this.readonly) return nothing;
    const busy = this.#busy !== '';
    const canSave = !this.#readOnly && !busy && changed.length > 0 && invalid.length === 0;
    const state = busy
      ? this.#busy === 'checking'
        ? 'Checking the server…'
        : 'Saving…'
      : changed.length === 0
        ? 'No unsaved changes.'
        : invalid.length > 0
          ? `Fix ${plural(invalid.length, 'setting')} before saving: ${invalid.map((id) => fullLabel(settingDefinition(id)!)).join(', ')}.`
          : `${plural(changed.length, 'unsaved change')}.`;
    return html`<div class="actions" part="actions">
      <p class="save-state" id="save-state">${state}</p>
      <button type="button" part="cancel-button" id="cancel" aria-disabled=${changed.length === 0 || busy ? 'true' : 'false'} @click=${this.#cancel}>Cancel</button>
      <button
        type="submit"
        class="primary"
        part="save-button"
        id="save"
        aria-disabled=${canSave ? 'false' : 'true'}
        aria-describedby="save-state"
        @click=${(e: Event) => {
          if (!canSave) e.preventDefault();
        }}
      >
        Save changes
      </button>
    </div>`;
  }

  #preview(): TemplateResult {
    const config = matomoConfig(this.#values);
    const host = this.#previewHost();
    const chat = chatTrackingCode(config, host);
    const snippet = matomoSnippet(config, host, { cookieless: this.#cookieless });
    const pitfalls = trackingPitfalls(config, host);
    const copyButton = (which: string, text: string, what: string) =>
      html`<button type="button" class="copy" part="copy-button" @click=${() => this.#copy(which, text)}>
        ${this.#copied === which ? 'Copied' : 'Copy'}<span class="visually-hidden"> ${what}</span>
      </button>`;
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <div class="header">
        <h3 id="preview-title">Tracking code</h3>
        <p class="description">Built from the values in the form, saved or not.</p>
      </div>
      <div class="host">
        <label for="preview-host">Chat server host name</label>
        <input
          id="preview-host"
          type="text"
          spellcheck="false"
          autocomplete="off"
          aria-describedby="preview-host-desc"
          .value=${host}
          @input=${(e: Event) => {
            this.#host = (e.target as HTMLInputElement).value.trim();
            this.requestUpdate();
          }}
        />
        <p class="description" id="preview-host-desc">The host the chat is served from; it decides the cookie domain.</p>
      </div>
      ${pitfalls.length
        ? html`<div class="message warning pitfalls" part="pitfalls">
            <strong>Pitfalls</strong>
            <ul>
              ${pitfalls.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="row">
        <h4 id="chat-code-title">Injected by the chat server</h4>
        ${chat ? copyButton('chat', chat, 'the code the chat server injects') : nothing}
      </div>
      ${chat
        ? html`<pre class="code" part="code" id="code-chat" tabindex="0" aria-labelledby="chat-code-title"><code>${chat}</code></pre>`
        : html`<p class="muted" id="code-chat-none">
            ${config.enabled ? 'The URL is empty: the chat server injects no Matomo code.' : 'Matomo is not enabled: the chat server injects no Matomo code.'}
          </p>`}
      <div class="row">
        <h4 id="snippet-title">Matomo snippet for any other site</h4>
        ${snippet ? copyButton('snippet', snippet, 'the Matomo snippet') : nothing}
      </div>
      <label class="inline-check">
        <input
          type="checkbox"
          id="cookieless"
          .checked=${this.#cookieless}
          @change=${(e: Event) => {
            this.#cookieless = (e.target as HTMLInputElement).checked;
            this.#copied = '';
            this.requestUpdate();
          }}
        />
        Cookieless (disableCookies)
      </label>
      ${snippet
        ? html`<pre class="code" part="code" id="code-snippet" tabindex="0" aria-labelledby="snippet-title"><code>${snippet}</code></pre>`
        : html`<p class="muted">Enter the Matomo URL to get a snippet.</p>`}
    </section>`;
  }

  #twoFactorDialog(): TemplateResult {
    const s = this.#twoFactor;
    const method = s?.method ?? 'totp';
    const prompt =
      method === 'password'
        ? 'Confirm with your password to save these settings.'
        : method === 'email'
          ? 'Enter the code the server sent to your e-mail address.'
          : 'Enter the code from your authenticator app.';
    const error = s?.invalid ? (method === 'password' ? 'That password was not accepted. Try again.' : 'That code was not accepted. Try again with a new code.') : '';
    const note = error || s?.message || '';
    return html`<dialog id="two-factor" part="dialog" aria-labelledby="two-factor-title" aria-describedby="two-factor-prompt" @close=${() => this.#onDialogClose('two-factor')}>
      <form class="dialog-body" novalidate @submit=${(e: Event) => this.#submitTwoFactor(e)}>
        <h2 id="two-factor-title">Two-factor authentication</h2>
        <p id="two-factor-prompt">${prompt}</p>
        <label for="two-factor-code">${method === 'password' ? 'Password' : 'Code'}</label>
        <input
          id="two-factor-code"
          type=${method === 'password' ? 'password' : 'text'}
          autocomplete=${method === 'password' ? 'current-password' : 'one-time-code'}
          inputmode=${method === 'password' ? nothing : 'numeric'}
          spellcheck="false"
          aria-invalid=${s?.invalid ? 'true' : 'false'}
          aria-describedby="two-factor-note"
        />
        <p id="two-factor-note" class=${error ? 'field-error' : 'muted'} role=${error ? 'alert' : nothing}>${note}</p>
        <div class="dialog-actions">
          <button type="button" @click=${() => this.#dialog('two-factor')?.close()}>Cancel</button>
          <button type="submit" class="primary" aria-disabled=${s?.busy ? 'true' : 'false'}>${s?.busy ? 'Saving…' : 'Verify and save'}</button>
        </div>
      </form>
    </dialog>`;
  }

  #conflictDialog(): TemplateResult {
    const conflicts = this.#conflicts;
    const left = conflicts.filter((c) => !this.#choices[c.id]).length;
    return html`<dialog id="conflicts" part="dialog" aria-labelledby="conflicts-title" aria-describedby="conflicts-intro" @close=${() => this.#onDialogClose('conflicts')}>
      <form class="dialog-body" novalidate @submit=${this.#resolveConflicts}>
        <h2 id="conflicts-title">Changed on the server since you loaded</h2>
        <p id="conflicts-intro">
          Someone changed ${conflicts.length === 1 ? 'this setting' : 'these settings'} after you opened the form. For each, keep your edit or take the
          server’s value. Nothing is saved until you choose.
        </p>
        ${conflicts.map((c) => {
          const def = settingDefinition(c.id)!;
          const choose = (choice: 'mine' | 'theirs') => {
            this.#choices = { ...this.#choices, [c.id]: choice };
            this.requestUpdate();
          };
          return html`<fieldset class="conflict">
            <legend>${fullLabel(def)}</legend>
            <dl>
              <dt>When you loaded</dt>
              <dd>${displayValue(c.loaded)}</dd>
              <dt>On the server now</dt>
              <dd>${displayValue(c.server)}</dd>
              <dt>Your edit</dt>
              <dd>${displayValue(c.mine)}</dd>
            </dl>
            <div class="choices">
              <label><input type="radio" name=${`choice-${c.id}`} value="mine" .checked=${this.#choices[c.id] === 'mine'} @change=${() => choose('mine')} /> Keep my edit</label>
              <label
                ><input type="radio" name=${`choice-${c.id}`} value="theirs" .checked=${this.#choices[c.id] === 'theirs'} @change=${() => choose('theirs')} /> Take the server’s
                value</label
              >
            </div>
          </fieldset>`;
        })}
        <p class="muted" id="conflicts-left">${left > 0 ? `Choose for ${plural(left, 'more setting')}.` : 'Ready to save.'}</p>
        <div class="dialog-actions">
          <button type="button" @click=${() => this.#dialog('conflicts')?.close()}>Cancel</button>
          <button type="submit" class="primary" aria-disabled=${left > 0 ? 'true' : 'false'} aria-describedby="conflicts-left">Save with these choices</button>
        </div>
      </form>
    </dialog>`;
  }
}
