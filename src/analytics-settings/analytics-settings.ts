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
  displayValue,
  fullLabel,
  normalizeValue,
  PIWIK_TRACKERS,
  sameValue,
  settingDefinition,
  type SettingDefinition,
} from './schema.js';
import { clip, type FieldCheck } from './validators.js';
import { rowsFromJson, rowsToJson, trackersEditor } from './trackers-editor.js';
import { chatTrackingCode, matomoConfig, matomoSnippet, trackingPitfalls } from './tracking-code.js';
import { ShareToggle } from '../embed/share-toggle.js';

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
type Failure = { id: string; error: unknown; message?: string };
type DialogName = 'two-factor' | 'conflicts';

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

const KEPT = 'Every edit is kept: nothing you typed is lost.';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const labelOf = (id: string) => fullLabel(settingDefinition(id)!);

const isNetwork = (error: unknown) => isApiError(error) && error.kind === 'network';

/** One message as a paragraph, several as a list. */
const messages = (list: readonly unknown[]) => (list.length === 1 ? html`<p>${list[0]}</p>` : html`<ul>${list.map((m) => html`<li>${m}</li>`)}</ul>`);

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
 * @csspart share-button - Opens the Share / embed panel (iframe and script-tag snippets; shared read-only by default).
 * @csspart share-panel - The Share / embed panel.
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
  #refreshedText = '';
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
  /** `moved` from removal until the end of that task (a move in the DOM), then `removed`. */
  #away: '' | 'moved' | 'removed' = '';
  #awayTimer?: ReturnType<typeof setTimeout>;
  /** A load was cut short by the removal. */
  #interrupted = false;

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
          throw isAbort(inner) ? inner : error;
        }
        return { settings, forbidden: `Only the public values are shown: ${clip(error.message, 300)}` };
      }
    },
    args: () => {
      const c = this.connection('rocketchat', this.userId);
      return [c.apiBase, c.userId, c.token, this.timeoutMs, this.#sourceVersion, this.#reloads] as const;
    },
    onComplete: ({ settings, forbidden }) => this.#applyLoaded(settings, forbidden),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    clearTimeout(this.#awayTimer);
    // Moved in the DOM: finish an interrupted load only. Back after a while: read the server
    // again. Either way the edits stay (a load keeps every edited value).
    if (this.#interrupted || this.#away === 'removed') this.#reload();
    this.#interrupted = false;
    this.#away = '';
    this.#guardUnload(this.dirty);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const removed = new DOMException('The widget was removed.', 'AbortError');
    if (this.#task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#task.abort(removed);
    }
    this.#saveAbort?.abort(removed);
    this.#away = 'moved';
    this.#awayTimer = setTimeout(() => (this.#away = 'removed'));
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
    window[on ? 'addEventListener' : 'removeEventListener']('beforeunload', this.#onBeforeUnload);
  }

  #source(): SettingsSource {
    if (this.source) return this.source;
    const c = this.connection('rocketchat', this.userId);
    const key = [c.apiBase, c.userId, c.token, this.timeoutMs].join('\n');
    if (!this.#defaultSource || key !== this.#defaultKey) {
      this.#defaultSource = new RocketChatSettingsSource(new RocketChatClient({ ...c, timeout: this.timeoutMs }));
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
      this.#checksCache = {};
      for (const def of ANALYTICS_SETTINGS) {
        if (def.validate && this.#enabled(def)) this.#checksCache[def.id] = def.validate(String(this.#values[def.id] ?? ''), def.required === true);
      }
      this.#checksFor = this.#values;
    }
    return this.#checksCache;
  }

  #invalidIds(): string[] {
    return Object.keys(this.#checks).filter((id) => this.#checks[id]!.errors.length > 0);
  }

  #applyLoaded(settings: SettingValue[], forbidden: string): void {
    const byId = new Map(settings.map((s) => [s.id, s]));
    const baseline = { ...this.#baseline };
    const values = { ...this.#values };
    this.#present = new Set();
    for (const def of ANALYTICS_SETTINGS) {
      const { id } = def;
      const s = byId.get(id);
      this.#defaults[id] = s?.packageValue !== undefined ? normalizeValue(def, s.packageValue) : def.default;
      if (!s) {
        if (!(id in values)) values[id] = baseline[id] = def.default;
        continue;
      }
      this.#present.add(id);
      const value = normalizeValue(def, s.value);
      // An edit survives a reload (a new token, a second server): only untouched values follow the server.
      const edited = this.#loaded && id in values && !sameValue(values[id], this.#baseline[id]);
      if (!edited) values[id] = value;
      if (!edited || !(id in baseline)) baseline[id] = value;
    }
    this.#baseline = baseline;
    this.#values = values;
    this.#forbidden = forbidden;
    this.#loaded = true;
    this.requestUpdate();
    this.emit('dw-settings-load', { values: this.#snapshot([...this.#present], baseline), readOnly: this.#readOnly });
  }

  #snapshot(ids: readonly string[], from: Values): Values {
    return Object.fromEntries(ids.map((id) => [id, from[id]!]));
  }

  /** A user edit: new values, then validation, the change event and a fresh render. */
  #edit(patch: Values, announce = '', focus = ''): void {
    this.#values = { ...this.#values, ...patch };
    if (this.#notice?.kind !== 'error') this.#notice = null;
    this.#copied = '';
    if (announce) this.#announce(announce);
    this.#emitChange();
    if (focus) void this.#focus(`#${focus}`);
  }

  #emitChange(): void {
    const changed = this.#changedIds();
    this.requestUpdate();
    this.emit('dw-settings-change', { dirty: changed.length > 0, changed, valid: this.#invalidIds().length === 0 });
  }

  #announce(text: string): void {
    // The same words twice in a row are announced again only if the region's text changes.
    this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #reload = () => {
    this.#reloads++;
    this.requestUpdate();
  };

  /** Back to the loaded values (Cancel, or Discard after a refused save). */
  #discard(announce: string): void {
    this.#values = { ...this.#baseline };
    this.#failures = {};
    this.#notice = null;
    this.#announce(announce);
    this.#emitChange();
  }

  /** Save: check the server for changes made since loading, resolve conflicts, then write. */
  async #save(): Promise<void> {
    const changed = this.#changedIds();
    if (this.#busy || !this.#loaded || this.#readOnly || !changed.length || this.#invalidIds().length || !this.isConnected) return;
    this.#busy = 'checking';
    this.#notice = null;
    this.#announce('Checking the server for changes since loading…');
    let fresh: SettingValue[];
    try {
      fresh = await this.#source().load(ANALYTICS_SETTING_IDS, { signal: (this.#saveAbort = new AbortController()).signal, timeout: this.timeoutMs });
    } catch (error) {
      this.#busy = '';
      if (isAbort(error)) return this.#stopped();
      return this.#failed(
        changed.map((id) => ({ id, error })),
        'Your changes were not saved: the server could not be checked for changes made since loading.',
      );
    }
    const conflicts: Conflict[] = [];
    const refreshed: string[] = [];
    for (const s of fresh) {
      const def = settingDefinition(s.id);
      if (!def || !this.#present.has(s.id)) continue;
      const server = normalizeValue(def, s.value);
      const loaded = this.#baseline[s.id]!;
      const mine = this.#values[s.id]!;
      if (sameValue(server, loaded)) continue;
      if (sameValue(mine, loaded)) {
        // Not edited here: follow the server.
        this.#values = { ...this.#values, [s.id]: server };
        refreshed.push(fullLabel(def));
      } else if (!sameValue(mine, server)) {
        conflicts.push({ id: s.id, loaded, server, mine });
        continue;
      }
      this.#baseline = { ...this.#baseline, [s.id]: server };
    }
    this.#busy = '';
    this.#refreshedText = refreshed.length ? `Changed on the server meanwhile, and updated here: ${refreshed.join(', ')}.` : '';
    if (!conflicts.length) return this.#write();
    this.#conflicts = conflicts;
    this.#choices = {};
    await this.#showDialog('conflicts');
    this.#announce(`${plural(conflicts.length, 'setting')} changed on the server since you loaded the form. Choose which value to keep.`);
  }

  /** Sends the changed settings; reports per setting; asks for a two-factor code when needed. */
  async #write(twoFactor?: TwoFactorCode): Promise<void> {
    const ids = this.#changedIds();
    const refreshed = this.#refreshedText;
    if (!ids.length) {
      this.#notice = { kind: 'info', title: 'Nothing left to save.', text: refreshed || 'The values shown are the server’s.' };
      this.#announce('Nothing left to save.');
      return this.#closeDialog('two-factor');
    }
    if (!this.isConnected) return this.#stopped();
    const sent = this.#snapshot(ids, this.#values);
    this.#busy = 'saving';
    if (this.#twoFactor) this.#twoFactor.busy = true;
    this.#announce(`Saving ${plural(ids.length, 'setting')}…`);
    let results: Array<{ id: string; ok: boolean; error?: ApiError | unknown }>;
    try {
      results = await this.#source().save(
        ids.map((id) => ({ id, value: sent[id] })),
        { signal: (this.#saveAbort = new AbortController()).signal, timeout: this.timeoutMs, twoFactor },
      );
    } catch (error) {
      if (isAbort(error)) return this.#stopped();
      results = ids.map((id) => ({ id, ok: false, error }));
    }
    this.#busy = '';
    const saved: string[] = [];
    const failed: Failure[] = [];
    let codeNeeded: TwoFactorError | undefined;
    this.#baseline = { ...this.#baseline };
    this.#failures = { ...this.#failures };
    for (const r of results) {
      if (r.ok) {
        this.#baseline[r.id] = sent[r.id]!;
        delete this.#failures[r.id];
        saved.push(r.id);
      } else if (r.error instanceof TwoFactorError) codeNeeded = r.error;
      else failed.push({ id: r.id, error: r.error });
    }
    if (saved.length) this.emit('dw-settings-save', { saved, values: this.#snapshot(saved, sent) });

    if (codeNeeded) {
      this.#twoFactor = {
        method: codeNeeded.method,
        invalid: codeNeeded.invalid || (this.#twoFactor !== null && twoFactor !== undefined),
        busy: false,
        ...(saved.length ? { message: `${plural(saved.length, 'setting')} saved; the others need the code.` } : {}),
      };
      const input = await this.#showDialog('two-factor', '#two-factor-code');
      if (input) input.value = '';
      this.#announce(this.#twoFactor.invalid ? 'That code was not accepted. Enter a new code.' : 'The server asks for a two-factor code.');
    } else {
      this.#closeDialog('two-factor');
    }
    // The first try reached the server and the one with the code did not: on another origin,
    // that is the CORS preflight, which stock Rocket.Chat answers without the x-2fa-* headers.
    if (twoFactor && failed.some((f) => isNetwork(f.error))) {
      const why = this.#codeBlocked();
      return this.#failed(
        failed.map((f) => (isNetwork(f.error) ? { ...f, message: why } : f)),
        'Not saved: the two-factor code did not reach the server.',
        false,
      );
    }
    if (failed.length) {
      return this.#failed(failed, saved.length ? `${plural(failed.length, 'setting was', 'settings were')} not saved (${saved.length} saved).` : 'Your changes were not saved.');
    }
    if (saved.length && !codeNeeded) {
      const title = `Saved ${plural(saved.length, 'setting')}.`;
      this.#notice = { kind: 'success', title, text: [saved.map(labelOf).join(', '), refreshed].filter(Boolean).join(' ') };
      this.#announce(title);
    }
  }

  /** The element was removed while saving: the requests were aborted, the edits stay. */
  #stopped(): void {
    this.#busy = '';
    if (this.#twoFactor) this.#twoFactor.busy = false;
    this.#notice = { kind: 'info', title: 'Saving stopped: the form was removed from the page.', text: 'Every edit is kept. Save again to make sure the server has it.', retry: true };
    this.requestUpdate();
  }

  /** Marks settings as not saved, says why, offers Retry; a 403 makes the form read-only. */
  #failed(failed: Failure[], title: string, retry = true): void {
    const list = failed.map(({ id, error, message = clip(errorMessage(error), 300) }) => {
      this.#failures[id] = message;
      if (isApiError(error) && error.kind === 'permission') this.#forbidden = `The server refused the save: ${message}`;
      return { id, message, kind: isApiError(error) ? error.kind : 'unknown' };
    });
    this.#failures = { ...this.#failures };
    this.#notice = { kind: 'error', title, text: KEPT, failed: list, retry };
    this.requestUpdate();
    this.emit('dw-settings-save-error', { failed: list });
  }

  /** Why a retry with a two-factor code could not reach the server that asked for it. */
  #codeBlocked(): string {
    let otherOrigin = false;
    try {
      otherOrigin = !this.source && new URL(this.connection('rocketchat').apiBase, location.href).origin !== location.origin;
    } catch {
      // No usable address: not another origin.
    }
    return otherOrigin
      ? "The server did not accept the two-factor code from this page: Rocket.Chat's CORS settings do not allow the x-2fa-code header. Save from the Rocket.Chat admin page, serve this page from the chat server's origin, or allow the header in the proxy in front of it."
      : 'The request with the two-factor code did not reach the server, though the one without it did: check the connection, and that no proxy drops the x-2fa-code header.';
  }

  #dialog(name: DialogName): HTMLDialogElement | null {
    return this.renderRoot.querySelector(`dialog#${name}`);
  }

  /** Renders, opens a dialog (modal) and focuses `focus` in it; resolves with that element. */
  async #showDialog(name: DialogName, focus?: string): Promise<HTMLInputElement | null> {
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog(name);
    if (dialog && !dialog.open) dialog.showModal();
    const input = focus ? this.renderRoot.querySelector<HTMLInputElement>(focus) : null;
    input?.focus();
    return input;
  }

  #closeDialog(name: DialogName): void {
    if (name === 'two-factor') this.#twoFactor = null;
    this.#dialog(name)?.close();
    this.requestUpdate();
  }

  /** A dialog closed (button, Escape or after saving): focus goes back to Save. */
  #onDialogClose(name: DialogName): void {
    if (name === 'two-factor' && this.#twoFactor) {
      // Closed without a code: nothing more is sent.
      this.#twoFactor = null;
      if (!this.#busy && this.dirty) {
        this.#notice = { kind: 'error', title: 'Not saved: the server needs a two-factor code.', text: 'Every edit is kept. Save again when you have the code.', retry: true };
      }
    }
    if (name === 'conflicts' && this.#conflicts.length) {
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
    const password = state.method === 'password';
    let code = input.value.trim();
    if (!code) {
      this.#twoFactor = { ...state, invalid: false, message: password ? 'Enter your password.' : 'Enter the code.' };
      this.requestUpdate();
      return input.focus();
    }
    if (password) {
      // Rocket.Chat expects the SHA-256 of the password, never the password itself.
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
      code = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    await this.#write({ code, method: state.method });
  }

  #resolveConflicts = async (event: Event) => {
    event.preventDefault();
    const conflicts = this.#conflicts;
    if (conflicts.some((c) => !this.#choices[c.id])) return;
    this.#values = { ...this.#values };
    this.#baseline = { ...this.#baseline };
    for (const c of conflicts) {
      this.#baseline[c.id] = c.server;
      if (this.#choices[c.id] === 'theirs') this.#values[c.id] = c.server;
    }
    this.#conflicts = [];
    this.#dialog('conflicts')?.close();
    this.#emitChange();
    await this.#write();
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
  }

  #previewHost(): string {
    try {
      return this.#host || new URL(this.connection('rocketchat').apiBase || '/', location.href).hostname || 'chat.example.com';
    } catch {
      return 'chat.example.com';
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  #share = new ShareToggle(this);

  protected override render(): TemplateResult {
    // An aborted load (the element was removed) is not an error: it runs again on reconnection.
    const error = this.#task.status === TaskStatus.ERROR && !isAbort(this.#task.error) ? this.#task.error : undefined;
    const header = html`<div class="header">
        <h2 id="title">Analytics</h2>
        <p class="muted">How people use the chat server: Google Analytics, the events tracked, and Matomo (Piwik).</p>
        <div>${this.#share.button()}</div>
      </div>
      ${this.#share.panel()}`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.#announcement}</div>`;
    if (!this.#loaded) {
      return html`<div class="layout" part="base">
          ${header}
          ${error
            ? errorBox(error, this.#reload, 'Could not load the Analytics settings')
            : html`<div class="loading" aria-busy="true">
                <p class="muted">Loading the Analytics settings…</p>
                <div class="skeleton"></div>
                <div class="skeleton block"></div>
                <div class="skeleton block"></div>
              </div>`}
        </div>
        ${live}`;
    }
    return html`
      <div class="layout" part="base">
        <form
          part="form"
          novalidate
          aria-labelledby="title"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.#save();
          }}
        >
          ${header} ${this.#readOnlyNote()}
          ${error ? errorBox(error, this.#reload, 'Could not reload the settings; the values shown are from before') : nothing}
          ${ANALYTICS_SECTIONS.map(
            (section) => html`<section class="group" part="section" aria-labelledby=${`section-${section.id}`}>
              <h3 id=${`section-${section.id}`}>${section.title}</h3>
              ${section.settings.map((def) => this.#field(def))}
            </section>`,
          )}
          ${this.#noticeBox()} ${this.#actions()}
        </form>
        ${this.#preview()}
      </div>
      ${this.#twoFactorDialog()} ${this.#conflictDialog()} ${live}
    `;
  }

  #readOnlyNote(): TemplateResult | typeof nothing {
    const forbidden = this.#forbidden;
    if (!this.#readOnly) return nothing;
    return html`<div class="message warning" part="readonly-note" role="note">
      <strong>${forbidden ? 'Read-only: this account may not change these settings.' : 'Read-only'}</strong>
      <p>${forbidden ? `${forbidden} Ask an administrator for the permission to edit privileged settings.` : 'These settings are shown here without the means to change them.'}</p>
      ${this.dirty
        ? html`<p>Your unsaved edits are kept and shown below.</p>
            ${forbidden && !this.readonly
              ? html`<span class="tools">
                  <button
                    type="button"
                    part="retry-button"
                    @click=${() => {
                      this.#forbidden = '';
                      void this.#save();
                    }}
                  >
                    Try saving again
                  </button>
                  <button type="button" @click=${() => this.#discard('Edits discarded.')}>Discard my edits</button>
                </span>`
              : nothing}`
        : nothing}
    </div>`;
  }

  #field(def: SettingDefinition): TemplateResult {
    const { id, dependsOn } = def;
    const present = this.#present.has(id);
    const enabled = this.#enabled(def);
    const readOnly = this.#readOnly;
    const value = this.#values[id];
    const text = String(value ?? '');
    const check = this.#checks[id];
    const errors = check?.errors ?? [];
    const warnings = check?.warnings ?? [];
    const failure = this.#failures[id];
    const fix = !readOnly && enabled ? check?.fix : undefined;
    const canReset = present && !readOnly && !sameValue(value, this.#defaults[id]);
    const dirty = present && !sameValue(value, this.#baseline[id]);
    const needs = dependsOn && !enabled && present;
    // Everything said about the control, by the suffix of its id (the badge is in the label line).
    const notes: Array<[string, unknown]> = [
      ['desc', def.description && html`<p class="description" id=${`${id}-desc`}>${def.description}</p>`],
      ['dirty', dirty && nothing],
      ['error', errors.length > 0 && html`<div class="err" id=${`${id}-error`} part="field-error">${messages(errors.map((e) => e.message))}</div>`],
      ['warn', warnings.length > 0 && html`<div class="warn" id=${`${id}-warn`}>${messages(warnings.map((w) => w.message))}</div>`],
      ['fail', failure && html`<p class="err" id=${`${id}-fail`}>Not saved: ${failure}</p>`],
      ['missing', !present && html`<p class="description" id=${`${id}-missing`}>This server does not have this setting.</p>`],
      ['needs', needs && html`<p class="visually-hidden" id=${`${id}-needs`}>Tick ${labelOf(dependsOn)} to change this.</p>`],
    ];
    const shown = (...suffixes: string[]) => notes.map(([s, content]) => (content && suffixes.includes(s) ? content : nothing));
    const describedBy = notes.flatMap(([s, content]) => (content ? `${id}-${s}` : [])).join(' ') || nothing;
    const tools =
      fix || canReset
        ? html`<span class="tools">
            ${fix ? html`<button type="button" part="fix-button" @click=${() => this.#edit({ [id]: fix.value }, `${fix.label}: done.`, id)}>${fix.label}</button>` : nothing}
            ${canReset
              ? html`<button
                  type="button"
                  part="reset-button"
                  ?disabled=${!enabled}
                  @click=${() => this.#edit({ [id]: this.#defaults[id]! }, `${fullLabel(def)} set to its default; save to apply.`, id)}
                >
                  Reset to default<span class="visually-hidden"> ${fullLabel(def)}</span>
                </button>`
              : nothing}
          </span>`
        : nothing;
    const head = html`<div class="head">
      <span class="label-line"
        ><label for=${id}>${def.label}${def.labelSuffix ? html`<span class="visually-hidden"> ${def.labelSuffix}</span>` : nothing}</label>
        ${dirty ? html`<span class="badge" id=${`${id}-dirty`} part="changed-badge">Unsaved</span>` : nothing}
        ${failure ? html`<span class="badge failed">Not saved</span>` : nothing} ${def.type === 'boolean' ? tools : nothing}</span
      >
      ${shown('desc', 'missing', 'needs')}
    </div>`;
    const input = (e: Event) => this.#edit({ [id]: (e.target as HTMLInputElement).value });

    if (def.type === 'boolean') {
      return html`<div class="field check" part="field" data-setting=${id}>
        <input
          type="checkbox"
          id=${id}
          part="control"
          .checked=${value === true}
          ?disabled=${!enabled || readOnly}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.#edit({ [id]: (e.target as HTMLInputElement).checked })}
        />
        ${head}${shown('error', 'warn', 'fail')}
      </div>`;
    }
    return html`<div class="field text" part="field" data-setting=${id}>
      ${head}
      ${id === PIWIK_TRACKERS
        ? trackersEditor({
            rows: rowsFromJson(text),
            disabled: !enabled,
            readonly: readOnly,
            issues: errors,
            onChange: (rows, focus) => this.#edit({ [id]: rowsToJson(rows) }, '', focus),
          })
        : nothing}
      ${def.multiline
        ? html`<textarea
            id=${id}
            part="control"
            rows=${Math.min(14, Math.max(4, text.split('\n').length + 1))}
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
      ${shown('error', 'warn', 'fail')}${tools}
    </div>`;
  }

  #noticeBox(): TemplateResult | typeof nothing {
    const n = this.#notice;
    if (!n) return nothing;
    const failed = n.failed ?? [];
    return html`<div class="message ${n.kind}" part="notice" role=${n.kind === 'error' ? 'alert' : nothing}>
      <strong>${n.title}</strong>
      ${failed.length
        ? html`<ul>
            ${[...new Set(failed.map((f) => f.message))].map(
              (message) =>
                html`<li>
                  ${failed
                    .filter((f) => f.message === message)
                    .map((f, i) => html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this.#focus(`#${f.id}`)}>${labelOf(f.id)}</button>`)}:
                  ${message}
                </li>`,
            )}
          </ul>`
        : nothing}
      ${n.text ? html`<p>${n.text}</p>` : nothing}
      ${n.retry && !this.#readOnly ? html`<button type="button" part="retry-button" @click=${() => this.#save()}>Retry</button>` : nothing}
    </div>`;
  }

  #actions(): TemplateResult | typeof nothing {
    if (this.readonly) return nothing;
    const changed = this.#changedIds().length;
    const invalid = this.#invalidIds();
    const busy = this.#busy;
    const canSave = !this.#readOnly && !busy && changed && !invalid.length;
    const state = busy
      ? busy === 'checking'
        ? 'Checking the server…'
        : 'Saving…'
      : !changed
        ? 'No unsaved changes.'
        : invalid.length
          ? `Fix ${plural(invalid.length, 'setting')} before saving: ${invalid.map(labelOf).join(', ')}.`
          : `${plural(changed, 'unsaved change')}.`;
    return html`<div class="actions" part="actions">
      <p id="save-state">${state}</p>
      <button
        type="button"
        part="cancel-button"
        id="cancel"
        aria-disabled=${!changed || !!busy}
        @click=${() => {
          if (changed && !busy) this.#discard('Changes discarded: the loaded values are back.');
        }}
      >
        Cancel
      </button>
      <button
        type="submit"
        class="primary"
        part="save-button"
        id="save"
        aria-disabled=${!canSave}
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
    const pitfalls = trackingPitfalls(config, host);
    const block = (which: string, title: string, code: string | null, none: string, what: string, extra: unknown = nothing) =>
      html`<div class="row">
          <h4 id=${`${which}-title`}>${title}</h4>
          ${code
            ? html`<button type="button" part="copy-button" @click=${() => this.#copy(which, code)}>
                ${this.#copied === which ? 'Copied' : 'Copy'}<span class="visually-hidden"> ${what}</span>
              </button>`
            : nothing}
        </div>
        ${extra}
        ${code
          ? html`<pre part="code" id=${`code-${which}`} tabindex="0" aria-labelledby=${`${which}-title`}><code>${code}</code></pre>`
          : html`<p class="muted">${none}</p>`}`;
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <div class="header">
        <h3 id="preview-title">Tracking code</h3>
        <p class="description">Built from the values in the form, saved or not.</p>
      </div>
      <div class="head">
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
        ? html`<div class="message warning" part="pitfalls">
            <strong>Pitfalls</strong>
            ${messages(pitfalls)}
          </div>`
        : nothing}
      ${block(
        'chat',
        'Injected by the chat server',
        chatTrackingCode(config, host),
        `${config.enabled ? 'The URL is empty' : 'Matomo is not enabled'}: the chat server injects no Matomo code.`,
        'the code the chat server injects',
      )}
      ${block(
        'snippet',
        'Matomo snippet for any other site',
        matomoSnippet(config, host, { cookieless: this.#cookieless }),
        'Enter the Matomo URL to get a snippet.',
        'the Matomo snippet',
        html`<label class="inline-check">
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
        </label>`,
      )}
    </section>`;
  }

  /** A modal dialog with a form: title, body, Cancel and a submit button. */
  #dialogShell(name: DialogName, title: string, describedBy: string, body: unknown, submit: string, blocked: boolean, onSubmit: (e: Event) => void, submitDescribedBy?: string): TemplateResult {
    return html`<dialog id=${name} part="dialog" aria-labelledby=${`${name}-title`} aria-describedby=${describedBy} @close=${() => this.#onDialogClose(name)}>
      <form class="dialog-body" novalidate @submit=${onSubmit}>
        <h2 id=${`${name}-title`}>${title}</h2>
        ${body}
        <div class="tools end">
          <button type="button" @click=${() => this.#dialog(name)?.close()}>Cancel</button>
          <button type="submit" class="primary" aria-disabled=${blocked} aria-describedby=${submitDescribedBy ?? nothing}>${submit}</button>
        </div>
      </form>
    </dialog>`;
  }

  #twoFactorDialog(): TemplateResult {
    const s = this.#twoFactor;
    const password = s?.method === 'password';
    const error = s?.invalid ? (password ? 'That password was not accepted. Try again.' : 'That code was not accepted. Try again with a new code.') : '';
    return this.#dialogShell(
      'two-factor',
      'Two-factor authentication',
      'two-factor-prompt',
      html`<p id="two-factor-prompt">
          ${password
            ? 'Confirm with your password to save these settings.'
            : s?.method === 'email'
              ? 'Enter the code the server sent to your e-mail address.'
              : 'Enter the code from your authenticator app.'}
        </p>
        <label for="two-factor-code">${password ? 'Password' : 'Code'}</label>
        <input
          id="two-factor-code"
          type=${password ? 'password' : 'text'}
          autocomplete=${password ? 'current-password' : 'one-time-code'}
          inputmode=${password ? nothing : 'numeric'}
          spellcheck="false"
          aria-invalid=${!!s?.invalid}
          aria-describedby="two-factor-note"
        />
        <p id="two-factor-note" class=${error ? 'err' : 'muted'} role=${error ? 'alert' : nothing}>${error || s?.message}</p>`,
      s?.busy ? 'Saving…' : 'Verify and save',
      !!s?.busy,
      (e) => void this.#submitTwoFactor(e),
    );
  }

  #conflictDialog(): TemplateResult {
    const conflicts = this.#conflicts;
    const left = conflicts.filter((c) => !this.#choices[c.id]).length;
    const choice = (c: Conflict, value: 'mine' | 'theirs', label: string) =>
      html`<label
        ><input
          type="radio"
          name=${`choice-${c.id}`}
          value=${value}
          .checked=${this.#choices[c.id] === value}
          @change=${() => {
            this.#choices = { ...this.#choices, [c.id]: value };
            this.requestUpdate();
          }}
        />
        ${label}</label
      >`;
    return this.#dialogShell(
      'conflicts',
      'Changed on the server since you loaded',
      'conflicts-intro',
      html`<p id="conflicts-intro">
          Someone changed ${conflicts.length === 1 ? 'this setting' : 'these settings'} after you opened the form. For each, keep your edit or take the server’s
          value. Nothing is saved until you choose.
        </p>
        ${conflicts.map(
          (c) => html`<fieldset>
            <legend>${labelOf(c.id)}</legend>
            <dl>
              <dt>When you loaded</dt>
              <dd>${displayValue(c.loaded)}</dd>
              <dt>On the server now</dt>
              <dd>${displayValue(c.server)}</dd>
              <dt>Your edit</dt>
              <dd>${displayValue(c.mine)}</dd>
            </dl>
            <div class="tools">${choice(c, 'mine', 'Keep my edit')} ${choice(c, 'theirs', 'Take the server’s value')}</div>
          </fieldset>`,
        )}
        <p class="muted" id="conflicts-left">${left ? `Choose for ${plural(left, 'more setting')}.` : 'Ready to save.'}</p>`,
      'Save with these choices',
      left > 0,
      this.#resolveConflicts,
      'conflicts-left',
    );
  }
}
