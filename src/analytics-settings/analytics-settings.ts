import { html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { WidgetElement } from '../core/widget-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { isAbort } from '../core/errors.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart } from '../core/lazy-part.js';
import { removedReason, ResumableTask } from '../core/resumable-task.js';
import { DefaultSource } from '../core/default-source.js';
import { Announcer } from '../core/announcer.js';
import { isApiError } from '../api/errors.js';
import { RocketChatClient } from '../api/rocketchat.js';
import { RocketChatSettingsSource, type SettingsAccess, type SettingsSource, type SettingValue } from '../api/settings-source.js';
import { analyticsSettingsStyles } from './analytics-settings.styles.js';
import { ANALYTICS_SECTIONS, ANALYTICS_SETTING_IDS, ANALYTICS_SETTINGS, clip, fullLabel, normalizeValue, PIWIK_TRACKERS, type SectionDefinition, type SettingDefinition } from './schema.js';
import { KEPT, labelOf, messages, plural, PREVIEW_TEXT, type FormHost, type Values } from './form.js';
import { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent } from './events.js';
import { NOT_JSON, SETTING_VALIDATORS, type FieldCheck, type JsonLocator } from './validators.js';
import type { TrackingPreview } from './preview.js';
import { chunks } from './chunks.js';
import type { SaveFlow } from './save-flow.js';
import { ShareToggle } from '../embed/share-toggle.js';

export type { SettingFormValue } from './schema.js';
export type { SettingFailure, SettingsChangeDetail, SettingsErrorDetail, SettingsLoadDetail, SettingsSaveDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'analytics-settings': AnalyticsSettings;
  }
}

/**
 * Rocket.Chat's Administration > Settings > Analytics as an embeddable form: Google Analytics,
 * the tracked features and Matomo (Piwik), validated as you type, with a live preview of the
 * tracking code, a conflict check before saving, two-factor prompts, and nothing typed ever lost.
 *
 * @summary The Analytics settings of a Rocket.Chat server, editable and safe to save.
 * @tag analytics-settings
 *
 * @fires {SettingsLoadEvent} dw-settings-load - The settings were read from the server. Detail: `{ values, readOnly }`.
 * @fires {SettingsChangeEvent} dw-settings-change - The user changed a value (or discarded changes). Detail: `{ dirty, changed, valid }`.
 * @fires {SettingsSaveEvent} dw-settings-save - Settings were saved. Detail: `{ saved, values }`.
 * @fires {SettingsErrorEvent} dw-settings-error - The settings could not be read (`during: 'load'`) or saved (`during: 'save'`). Detail: `{ error, kind, message, during, failed: [{ id, message, kind }] }`.
 *
 * @csspart base - The layout around the form and the preview.
 * @csspart form - The form.
 * @csspart section - A group of settings (Google Analytics, Features Enabled, Matomo / Piwik).
 * @csspart field - One setting: label, description, control and messages.
 * @csspart control - A setting's input, textarea or checkbox.
 * @csspart changed-badge - The "Unsaved" badge of a changed setting.
 * @csspart field-error - A setting's validation messages.
 * @csspart reset-button - A setting's "Reset to default" button.
 * @csspart restore-button - A section's "Restore defaults" button (stages every setting of the section back to its default).
 * @csspart fix-button - The button that applies a suggested fix (e.g. add the trailing slash).
 * @csspart trackers - The row editor of Additional Piwik Sites.
 * @csspart tracker-row - One row of the row editor.
 * @csspart trackers-note - The note shown instead of the rows while the JSON text is not a list of trackers.
 * @csspart add-tracker-button - The row editor's "Add tracker" button.
 * @csspart actions - The bar with the save state, Cancel and Save.
 * @csspart save-button - The Save button.
 * @csspart cancel-button - The Cancel button.
 * @csspart notice - The result of the last save (success, partial failure, failure).
 * @csspart readonly-note - The note that says why the form (or some of its settings) is read-only.
 * @csspart preview - The tracking-code preview.
 * @csspart code - A block of tracking code.
 * @csspart copy-button - A "Copy" button of the preview.
 * @csspart pitfalls - The warnings about the configuration in the preview.
 * @csspart notes - What the tracking sends besides page views (room names and ids, the user id), in the preview.
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
export class AnalyticsSettings extends WidgetElement {
  static override tagName = 'analytics-settings';
  static override styles = [baseStyles, controlStyles, analyticsSettingsStyles];

  // Declared here rather than with decorators (as in the base class): a file with decorators carries
  // a helper of its own.
  static override properties: PropertyDeclarations = {
    userId: { attribute: 'user-id' },
    readonly: { type: Boolean, reflect: true },
    source: { attribute: false },
  };

  /** Rocket.Chat user id sent as `X-User-Id` (with the token as `X-Auth-Token`). Falls back to the nearest `<dashboard-config>`. */
  userId = '';

  /** Shows the values without letting anyone change them. */
  readonly = false;

  /**
   * Where settings are read and saved. Default: Rocket.Chat's REST API at `api-base`, with
   * `user-id` and `token`. Any object implementing `SettingsSource` can be given instead.
   */
  source?: SettingsSource;

  /** True while there are changes not saved yet. */
  get dirty(): boolean {
    return this.#changedIds().length > 0;
  }

  #defaults: Values = {};
  /** The user's rights, when the source could tell. */
  #access?: SettingsAccess | undefined;
  /**
   * The form's state, and what its parts in files of their own (the preview; saving, loaded on
   * demand) may call: one object, which those parts read and change in place.
   */
  #form: FormHost & { present: Set<string>; loaded: boolean } = {
    el: this,
    values: {},
    baseline: {},
    present: new Set<string>(),
    loaded: false,
    failures: {},
    forbidden: '',
    busy: '',
    notice: null,
    readOnly: () => this.#readOnly,
    changedIds: () => this.#changedIds(),
    canSave: () => this.#canSave(),
    source: () => this.#source(),
    timeout: () => this.timeoutMs,
    apiBase: () => this.connection('rocketchat').apiBase,
    announce: (text) => this.#announcer.announce(text),
    emitChange: () => this.#emitChange(),
    discard: (announce) => this.#discard(announce),
    emit: (event) => void this.emit(event),
    focus: (selector) => this.#focus(selector),
  };
  #announcer = new Announcer(this);
  /** The tracking-code preview (chunks.ts), loaded right after the form first shows the settings. */
  #previewCode = new LazyPart(this, () => chunks.preview(), { onReady: ({ TrackingPreview }) => (this.#preview = new TrackingPreview(this.#form)) });
  #preview?: TrackingPreview;
  /** Where Additional Piwik Sites stops being valid JSON (chunks.ts), loaded when needed (see `#locateJson`); a new check follows its arrival. */
  #jsonAt = new LazyPart(this, () => chunks.jsonAt(), { onReady: () => (this.#checksFor = null) });
  /** Saving (chunks.ts), loaded on the first edit: its styles join the form's, and a `SaveFlow` is made of it. */
  #savePart = new LazyPart(this, () => chunks.save(), {
    onReady: ({ SaveFlow, styles }) => {
      this.#adopt(styles);
      this.#saver = new SaveFlow(this.#form);
    },
  });
  #saver?: SaveFlow;
  /** The row editor of Additional Piwik Sites (chunks.ts), loaded once Matomo is enabled; if it does not arrive, the JSON text alone is used. */
  #rowEditor = new LazyPart(this, () => chunks.trackers(), { onReady: ({ styles }) => this.#adopt(styles) });
  #prefetched = false;
  #checksFor: Values | null = null;
  #checksCache: Record<string, FieldCheck> = {};
  #sourceVersion = 0;
  #reloads = 0;
  #defaultSource = new DefaultSource((c) => new RocketChatSettingsSource(new RocketChatClient(c)));
  #unloadGuard = false;
  #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };
  /** Set on removal, fired at the end of that task: removed for longer than a move in the DOM. */
  #awayTimer?: ReturnType<typeof setTimeout>;

  #task = new ResumableTask(this, {
    task: async (_args, { signal }) => {
      const source = this.#source();
      const options = { signal, timeout: this.timeoutMs };
      // The user's rights are asked at the same time as the values: still one round trip.
      const access = source.access?.(ANALYTICS_SETTING_IDS, options).catch((error: unknown) => {
        if (isAbort(error)) throw error;
        return undefined;
      });
      let settings: SettingValue[];
      let forbidden = '';
      try {
        settings = await source.load(ANALYTICS_SETTING_IDS, options);
      } catch (error) {
        access?.catch(() => {});
        if (!isApiError(error) || error.kind !== 'permission' || !source.loadPublic) throw error;
        try {
          settings = await source.loadPublic(ANALYTICS_SETTING_IDS, options);
        } catch (inner) {
          throw isAbort(inner) ? inner : error;
        }
        forbidden = `Only the public values are shown: ${clip(error.message, 300)}`;
      }
      return { settings, forbidden, access: await access };
    },
    args: () => {
      const c = this.connection('rocketchat', this.userId);
      return [c.apiBase, c.userId, c.token, this.timeoutMs, this.#sourceVersion, this.#reloads] as const;
    },
    onComplete: ({ settings, forbidden, access }) => this.#applyLoaded(settings, forbidden, access),
    onError: (error) => {
      if (!isAbort(error)) this.emit(new SettingsErrorEvent({ ...errorDetail(error, 'load'), failed: [] }));
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved in the DOM: an interrupted load runs again (ResumableTask). Back after a while: the
    // server is read again (set below). Either way the edits stay (a load keeps every edited value).
    clearTimeout(this.#awayTimer);
    this.#guardUnload(this.dirty);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#saver?.abort(removedReason());
    this.#awayTimer = setTimeout(() => (this.#task.resumeOnConnect = true));
    this.#guardUnload(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) this.#sourceVersion++;
  }

  protected override updated(): void {
    // A removed widget still renders what finishes late (a save): it must not hold the page.
    this.#guardUnload(this.isConnected && this.dirty);
    // The form is on screen with the settings: the preview's code comes now (the form never waits for it).
    if (this.#form.loaded && this.#previewCode.status === 'idle') void this.#previewCode.need();
  }

  /**
   * The JSON locator, once its code is there; the first call fetches it (a failed fetch is tried
   * again on the next call). Until then a syntax error in Additional Piwik Sites is said without its place.
   */
  #locateJson(): JsonLocator | undefined {
    const part = this.#jsonAt;
    if (part.status === 'idle' || part.status === 'failed') void part.need();
    return part.value?.parseJsonAt;
  }

  #guardUnload(on: boolean): void {
    if (on === this.#unloadGuard) return;
    this.#unloadGuard = on;
    window[on ? 'addEventListener' : 'removeEventListener']('beforeunload', this.#onBeforeUnload);
  }

  #source(): SettingsSource {
    return this.source ?? this.#defaultSource.for({ ...this.connection('rocketchat', this.userId), timeout: this.timeoutMs });
  }

  // ---------------------------------------------------------------------------------------------
  // State

  get #readOnly(): boolean {
    return this.readonly || this.#form.forbidden !== '';
  }

  /** Whether this user may change a setting (what the source said of the user's rights). */
  #mayEdit(id: string): boolean {
    return !this.#readOnly && (!this.#access || this.#access.editable.includes(id));
  }

  #enabled(def: SettingDefinition): boolean {
    return this.#form.present.has(def.id) && (!def.dependsOn || this.#form.values[def.dependsOn] === true);
  }

  #changedIds(): string[] {
    return ANALYTICS_SETTING_IDS.filter((id) => this.#form.present.has(id) && this.#form.values[id] !== this.#form.baseline[id]);
  }

  /** Validation of every enabled text setting, judged on the unsaved values. */
  get #checks(): Record<string, FieldCheck> {
    if (this.#checksFor !== this.#form.values) {
      this.#checksCache = {};
      const locate = this.#jsonAt.value?.parseJsonAt;
      for (const def of ANALYTICS_SETTINGS) {
        const validate = SETTING_VALIDATORS[def.id];
        if (validate && this.#enabled(def)) this.#checksCache[def.id] = validate(String(this.#form.values[def.id] ?? ''), def.required === true, locate);
      }
      // Not valid JSON, and not yet said where: fetch the code that finds the place.
      if (this.#checksCache[PIWIK_TRACKERS]?.errors[0]?.message === NOT_JSON) this.#locateJson();
      this.#checksFor = this.#form.values;
    }
    return this.#checksCache;
  }

  /** Changed settings whose value cannot work: only these block Save (a stored value left alone never does). */
  #invalidIds(): string[] {
    return this.#changedIds().filter((id) => (this.#checks[id]?.errors.length ?? 0) > 0);
  }

  /** Whether Save may start: loaded, editable, idle, with valid changes, on the page. */
  #canSave(): boolean {
    const f = this.#form;
    return !f.busy && f.loaded && !this.#readOnly && this.#changedIds().length > 0 && !this.#invalidIds().length && this.isConnected;
  }

  #applyLoaded(settings: SettingValue[], forbidden: string, access: SettingsAccess | undefined): void {
    const byId = new Map(settings.map((s) => [s.id, s]));
    const baseline = { ...this.#form.baseline };
    const values = { ...this.#form.values };
    this.#form.present = new Set();
    for (const def of ANALYTICS_SETTINGS) {
      const { id } = def;
      const s = byId.get(id);
      this.#defaults[id] = s?.packageValue !== undefined ? normalizeValue(def, s.packageValue) : def.default;
      if (!s) {
        if (!(id in values)) values[id] = baseline[id] = def.default;
        continue;
      }
      this.#form.present.add(id);
      const value = normalizeValue(def, s.value);
      // An edit survives a reload (a new token, a second server): only untouched values follow the server.
      const edited = this.#form.loaded && id in values && values[id] !== this.#form.baseline[id];
      if (!edited) values[id] = value;
      if (!edited || !(id in baseline)) baseline[id] = value;
    }
    this.#form.baseline = baseline;
    this.#form.values = values;
    // No setting this user may change: the whole form is read-only, before the first edit.
    this.#access = access;
    this.#form.forbidden = forbidden || (access && !access.editable.some((id) => this.#form.present.has(id)) ? access.reason : '');
    this.#form.loaded = true;
    this.requestUpdate();
    this.emit(new SettingsLoadEvent({ values: this.#snapshot([...this.#form.present], baseline), readOnly: this.#readOnly }));
  }

  #snapshot(ids: readonly string[], from: Values): Values {
    return Object.fromEntries(ids.map((id) => [id, from[id]!]));
  }

  /** A user edit: new values, then validation, the change event and a fresh render. */
  #edit(patch: Values, announce = '', focus = ''): void {
    this.#form.values = { ...this.#form.values, ...patch };
    if (this.#form.notice?.kind !== 'error') this.#form.notice = null;
    // Typing JSON goes through invalid text: have the code that says where ready.
    if (PIWIK_TRACKERS in patch) this.#locateJson();
    // Saving is likely to follow: fetch its code now, once (a failure shows when Save is pressed).
    if (!this.#prefetched) {
      this.#prefetched = true;
      void this.#savePart.need();
      this.#source().prepareSave?.();
    }
    if (announce) this.#announcer.announce(announce);
    this.#emitChange();
    if (focus) void this.#focus(`#${focus}`);
  }

  #emitChange(): void {
    const changed = this.#changedIds();
    this.requestUpdate();
    this.emit(new SettingsChangeEvent({ dirty: changed.length > 0, changed, valid: this.#invalidIds().length === 0 }));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  /** Reads the settings from the server again; every edit not saved yet stays. */
  reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  #reload = () => this.reload();

  /** Back to the loaded values (Cancel, or Discard after a refused save). */
  #discard(announce: string): void {
    this.#form.values = { ...this.#form.baseline };
    this.#form.failures = {};
    this.#form.notice = null;
    this.#announcer.announce(announce);
    this.#emitChange();
  }

  /** Save, once its code is there: check the server for changes since loading, resolve conflicts, write. */
  async #save(): Promise<void> {
    if (this.#saver) return this.#saver.save();
    if (!this.#canSave()) return;
    this.#form.busy = 'checking';
    this.#form.notice = null;
    this.requestUpdate();
    try {
      await this.#savePart.load();
    } catch (error) {
      const message = clip((error as Error).message, 300);
      this.#form.busy = '';
      this.#form.notice = { kind: 'error', title: 'Your changes were not saved.', text: `${message} ${KEPT}`, retry: true };
      this.#announcer.announce('Your changes were not saved: a part of the widget could not be loaded.');
      this.emit(new SettingsErrorEvent({ ...errorDetail(error, 'save'), message, failed: this.#changedIds().map((id) => ({ id, message, kind: 'network' })) }));
      return;
    }
    this.#form.busy = '';
    return this.#saver!.save();
  }

  /** Adds the styles of a part loaded on demand. */
  #adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
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
    const live = this.#announcer.render();
    if (!this.#form.loaded) {
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
              <div class="row">
                <h3 id=${`section-${section.id}`}>${section.title}</h3>
                ${this.#restoreButton(section)}
              </div>
              ${section.settings.map((def) => this.#field(def))}
            </section>`,
          )}
          ${this.#noticeBox()} ${this.#actions()}
        </form>
        ${this.#previewPart()}
      </div>
      ${this.#saver?.dialogs() ?? nothing} ${live}
    `;
  }

  /** The tracking-code preview; while its code loads, a status line; if it did not arrive, why, with Retry. */
  #previewPart(): TemplateResult {
    if (this.#preview) return this.#preview.render();
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${PREVIEW_TEXT.title}</h3>
      ${this.#previewCode.status === 'failed' ? this.#previewCode.render('the tracking-code preview') : html`<p class="muted" role="status">${PREVIEW_TEXT.loading}</p>`}
    </section>`;
  }

  /**
   * A section's "Restore defaults" (as Rocket.Chat's admin UI offers per section): stages every
   * setting of the section this user may change back to its default; nothing is sent until Save.
   */
  #restoreButton(section: SectionDefinition): TemplateResult | typeof nothing {
    const restore = section.settings.filter((def) => this.#form.present.has(def.id) && this.#mayEdit(def.id) && this.#form.values[def.id] !== this.#defaults[def.id]);
    if (!restore.length) return nothing;
    return html`<button
      type="button"
      part="restore-button"
      @click=${() =>
        this.#edit(
          Object.fromEntries(restore.map((def) => [def.id, this.#defaults[def.id]!])),
          `${section.title}: ${plural(restore.length, 'setting')} back to ${restore.length === 1 ? 'its default' : 'their defaults'}; save to apply.`,
          restore[0]!.id,
        )}
    >
      Restore defaults<span class="visually-hidden"> of ${section.title}</span>
    </button>`;
  }

  #readOnlyNote(): TemplateResult | typeof nothing {
    const forbidden = this.#form.forbidden;
    if (!this.#readOnly) {
      const reason = this.#access?.reason;
      return reason
        ? html`<div class="message warning" part="readonly-note" role="note">
            <strong>Some settings are read-only for this account.</strong>
            <p>${reason}</p>
          </div>`
        : nothing;
    }
    return html`<div class="message warning" part="readonly-note" role="note">
      <strong>${forbidden ? 'Read-only: this account may not change these settings.' : 'Read-only'}</strong>
      <p>${forbidden ? `${forbidden} Ask an administrator for the permission to edit privileged settings.` : 'These settings are shown here without the means to change them.'}</p>
      ${this.dirty ? html`<p>Your unsaved edits are kept and shown below.</p> ${forbidden && !this.readonly ? this.#saver?.refusedTools() : nothing}` : nothing}
    </div>`;
  }

  #field(def: SettingDefinition): TemplateResult {
    const { id, dependsOn } = def;
    const present = this.#form.present.has(id);
    const enabled = this.#enabled(def);
    const readOnly = !this.#mayEdit(id);
    const value = this.#form.values[id];
    const text = String(value ?? '');
    const check = this.#checks[id];
    const errors = check?.errors ?? [];
    const warnings = check?.warnings ?? [];
    const failure = this.#form.failures[id];
    const fix = !readOnly && enabled ? check?.fix : undefined;
    const canReset = present && !readOnly && value !== this.#defaults[id];
    const dirty = present && value !== this.#form.baseline[id];
    const needs = dependsOn && !enabled && present;
    // Everything said about the control, by the suffix of its id (the badge is in the label line).
    const notes: Array<[string, unknown]> = [
      ['desc', def.description && html`<p class="description" id=${`${id}-desc`}>${def.description}</p>`],
      ['dirty', dirty && nothing],
      ['error', errors.length > 0 && html`<div class="err" id=${`${id}-error`} part="field-error">${messages(errors.map((e) => e.message))}</div>`],
      ['warn', warnings.length > 0 && html`<div class="warn" id=${`${id}-warn`}>${messages(warnings.map((w) => w.message))}</div>`],
      ['advice', def.advice && html`<p class="warn" id=${`${id}-advice`}>${def.advice}</p>`],
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
      ${id === PIWIK_TRACKERS && enabled ? this.#rows(text, readOnly, errors) : nothing}
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
      ${shown('error', 'warn', 'advice', 'fail')}${tools}
    </div>`;
  }

  /** The row editor of Additional Piwik Sites, loaded the first time it is needed (nothing until it is there). */
  #rows(text: string, readOnly: boolean, issues: FieldCheck['errors']): TemplateResult | typeof nothing {
    if (this.#rowEditor.status === 'idle') void this.#rowEditor.need();
    const part = this.#rowEditor.value;
    if (!part) return nothing;
    return part.trackersEditor({
      rows: part.rowsFromJson(text),
      disabled: false,
      readonly: readOnly,
      issues,
      onChange: (rows, focus) => this.#edit({ [PIWIK_TRACKERS]: part.rowsToJson(rows) }, '', focus),
    });
  }

  #noticeBox(): TemplateResult | typeof nothing {
    const n = this.#form.notice;
    if (!n) return nothing;
    return html`<div class="message ${n.kind}" part="notice" role=${n.kind === 'error' ? 'alert' : nothing}>
      <strong>${n.title}</strong>
      ${n.failed?.length ? this.#saver?.failedList(n.failed) : nothing}
      ${n.text ? html`<p>${n.text}</p>` : nothing}
      ${n.retry && !this.#readOnly ? html`<button type="button" part="retry-button" @click=${() => this.#save()}>Retry</button>` : nothing}
    </div>`;
  }

  #actions(): TemplateResult | typeof nothing {
    // Nothing to save or cancel on a read-only form (unless edits made before it turned read-only are kept).
    if (this.readonly || (this.#readOnly && !this.dirty)) return nothing;
    const changed = this.#changedIds().length;
    const invalid = this.#invalidIds();
    const busy = this.#form.busy;
    const canSave = this.#canSave();
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
}
