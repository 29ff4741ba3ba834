import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { WidgetElement } from '../core/widget-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { errorMessage, isAbort } from '../core/errors.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart } from '../core/lazy-part.js';
import { removedReason, ResumableTask } from '../core/resumable-task.js';
import { DefaultSource } from '../core/default-source.js';
import { Announcer } from '../core/announcer.js';
import { RocketChatClient } from '../api/rocketchat.js';
import { RocketChatSettingsSource, type SettingsSource } from '../api/settings-source.js';
import { ShareToggle } from '../embed/share-toggle.js';
import { analyticsSettingsStyles } from './analytics-settings.styles.js';
import { chunks } from './chunks.js';
import { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent, SettingsSaveEvent } from './events.js';
import { FormModel, type Values } from './form-model.js';
import { AnnounceEvent } from './light-element.js';
import type * as SavePart from './save-part.js';
import { ANALYTICS_SECTIONS, ANALYTICS_SETTING_IDS, labelOf, type SectionDefinition } from './schema.js';
import { SettingField, type SettingEditEvent } from './setting-field.js';
import { readSettings } from './settings-read.js';
import { UnloadGuard } from './unload-guard.js';
import type { JsonLocator } from './validators.js';
import { clip, KEPT, say } from './words.js';

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

  // ---------------------------------------------------------------------------------------------
  // What the form is made of

  /** The form's state (form-model.ts): values, edits, rights, validation, the last save's result. */
  #model = new FormModel(ANALYTICS_SECTIONS, {
    changed: () => this.requestUpdate(),
    locateJson: () => this.#locateJson(),
    validators: () => this.#validators.value?.VALIDATORS,
  });
  /** Reading the settings and the user's rights (settings-read.ts): stops with the element, resumes on its return. */
  #task = new ResumableTask(this, {
    task: (_args, { signal }) => readSettings(this.#source(), ANALYTICS_SETTING_IDS, { signal, timeout: this.timeoutMs }),
    args: () => {
      const c = this.connection('rocketchat', this.userId);
      return [c.apiBase, c.userId, c.token, this.timeoutMs, this.#sourceVersion, this.#reloads] as const;
    },
    onComplete: ({ settings, forbidden, access }) => {
      this.#model.load(settings, forbidden, access);
      this.emit(new SettingsLoadEvent({ values: this.#model.snapshot(), readOnly: this.#model.readOnly }));
    },
    onError: (error) => {
      if (!isAbort(error)) this.emit(new SettingsErrorEvent({ ...errorDetail(error, 'load'), failed: [] }));
    },
  });
  #defaultSource = new DefaultSource((c) => new RocketChatSettingsSource(new RocketChatClient(c)));
  #announcer = new Announcer(this);
  #share = new ShareToggle(this);
  /**
   * The validators (chunks.ts), fetched right after the form first shows the settings: the settings
   * are judged when they arrive; until then a changed setting waits, and so does Save.
   */
  #validators = new LazyPart(this, () => chunks.validators(), { onReady: () => this.#model.revalidate() });
  /** The tracking-code preview (chunks.ts), fetched right after the form first shows the settings. */
  #preview = new LazyPart(this, () => chunks.preview(), { onReady: ({ TrackingPreview }) => TrackingPreview.define() });
  /** Where a JSON setting stops being valid JSON (chunks.ts), fetched when needed (see `#locateJson`); the settings are judged again when it arrives. */
  #jsonAt = new LazyPart(this, () => chunks.jsonAt(), { onReady: () => this.#model.revalidate() });
  /** Saving and its dialogs (chunks.ts), fetched on the first edit and awaited by the first Save. */
  #saving = new LazyPart(this, () => chunks.save(), { onReady: (part) => this.#readyToSave(part) });
  #saver?: SavePart.SaveFlow;
  #dialogs?: SavePart.SaveDialogs;
  #prefetched = false;
  #sourceVersion = 0;
  #reloads = 0;
  /** Set on removal, fired at the end of that task: removed for longer than a move in the DOM. */
  #awayTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    // The browser asks before the page is left with unsaved changes.
    this.addController(new UnloadGuard(this, () => this.dirty));
  }

  // ---------------------------------------------------------------------------------------------
  // Properties

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
    return this.#model.dirty;
  }

  /** Reads the settings from the server again; every edit not saved yet stays. */
  reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    SettingField.define();
    super.connectedCallback();
    // Moved in the DOM: an interrupted load runs again (ResumableTask). Back after a while: the
    // server is read again (set on removal). Either way the edits stay (a load keeps every edited value).
    clearTimeout(this.#awayTimer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#saver?.abort(removedReason());
    this.#awayTimer = setTimeout(() => (this.#task.resumeOnConnect = true));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) this.#sourceVersion++;
    this.#model.locked = this.readonly;
  }

  // `updateComplete` covers the parts the element renders (fields, preview, dialogs): their updates
  // are queued while the element renders, so they run before anything awaiting it resumes.

  protected override updated(): void {
    // Once the form is on screen with the settings, fields included, the validators' and the
    // preview's code come (the form never waits for them).
    if (!this.#model.loaded) return;
    if (this.#validators.status === 'idle') void this.updateComplete.then(() => this.#validators.need());
    if (this.#preview.status === 'idle') void this.updateComplete.then(() => this.#preview.need());
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #source(): SettingsSource {
    return this.source ?? this.#defaultSource.for({ ...this.connection('rocketchat', this.userId), timeout: this.timeoutMs });
  }

  /**
   * The JSON locator, once its code is there; the first call fetches it (a failed fetch is tried
   * again on the next call). Until then a syntax error in a JSON setting is said without its place.
   */
  #locateJson(): JsonLocator | undefined {
    const part = this.#jsonAt;
    if (part.status === 'idle' || part.status === 'failed') void part.need();
    return part.value?.parseJsonAt;
  }

  /** A user's edit (a field, a section's Restore defaults): staged and judged, then the change event, what to announce and where the focus goes. */
  #edit(values: Values, announce = '', focus = ''): void {
    this.#model.edit(values);
    // Saving is likely to follow: fetch its code now, once (a failure shows when Save is pressed).
    if (!this.#prefetched) {
      this.#prefetched = true;
      void this.#saving.need();
      this.#source().prepareSave?.();
    }
    if (announce) this.#announcer.announce(announce);
    this.#emitChange();
    if (focus) void this.#focus(`#${focus}`);
  }

  #onAnnounce = (event: Event): void => this.#announcer.announce((event as AnnounceEvent).text);

  #emitChange(): void {
    const changed = this.#model.changedIds();
    this.emit(new SettingsChangeEvent({ dirty: changed.length > 0, changed, valid: this.#model.invalidIds().length === 0 }));
  }

  /** Back to the loaded values (Cancel, or Discard after a refused save). */
  #discard(announce: string): void {
    this.#model.discard();
    this.#announcer.announce(announce);
    this.#emitChange();
  }

  #reload = () => this.reload();

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Whether Save may start: loaded, editable, idle, with valid changes, on the page. */
  #canSave(): boolean {
    return this.#model.canSave() && this.isConnected;
  }

  /** Saving's code has arrived: its dialogs join the form, and a save flow is made for the form's model. */
  #readyToSave({ SaveFlow, SaveDialogs, DialogCloseEvent }: typeof SavePart): void {
    SaveDialogs.define();
    const dialogs = document.createElement(SaveDialogs.tagName) as SavePart.SaveDialogs;
    dialogs.addEventListener(AnnounceEvent.type, this.#onAnnounce);
    // A dialog closed: the focus goes back to Save.
    dialogs.addEventListener(DialogCloseEvent.type, () => void this.#focus('#save'));
    this.#dialogs = dialogs;
    this.#saver = new SaveFlow(this.#model, {
      source: () => this.#source(),
      translator: () => this.localize,
      timeout: () => this.timeoutMs,
      connected: () => this.isConnected,
      announce: (text) => this.#announcer.announce(text),
      saved: (detail) => this.emit(new SettingsSaveEvent(detail)),
      changed: () => this.#emitChange(),
      questions: dialogs,
    });
  }

  /**
   * Save, once its code is there (save-flow.ts: check the server for changes since loading,
   * settle conflicts, write, confirm), then what came of it: the notice, the words announced and,
   * for settings not saved, `dw-settings-error`.
   */
  async #save(): Promise<void> {
    if (!this.#canSave()) return;
    const model = this.#model;
    let part = this.#saving.value;
    if (!part) {
      model.set({ busy: 'checking', notice: null });
      try {
        part = await this.#saving.load();
      } catch (error) {
        const t = this.localize;
        const message = clip((error as Error).message, 300);
        model.set({ busy: '', notice: { kind: 'error', title: t.t('Your changes were not saved.'), text: `${errorMessage(error, t)} ${t.text(KEPT)}`, retry: true } });
        this.#announcer.announce(t.t('Your changes were not saved: a part of the widget could not be loaded.'));
        this.emit(new SettingsErrorEvent({ ...errorDetail(error, 'save'), message, failed: model.changedIds().map((id) => ({ id, message, kind: 'network' })) }));
        return;
      }
      model.set({ busy: '' });
    }
    const outcome = await this.#saver!.save();
    const { notice, announce } = part.noticeOf(outcome, this.localize);
    model.set({ notice });
    if (announce) this.#announcer.announce(announce);
    if (outcome.kind === 'failed') this.emit(new SettingsErrorEvent({ ...errorDetail(outcome.error, 'save'), message: outcome.failed[0]?.message ?? '', failed: outcome.failed }));
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    // An aborted load (the element was removed) is not an error: it runs again on reconnection.
    const error = this.#task.status === TaskStatus.ERROR && !isAbort(this.#task.error) ? this.#task.error : undefined;
    const t = this.localize;
    const layout = this.#model.loaded
      ? html`${this.#form(error)} ${this.#previewPart()}`
      : html`${this.#header()}
          ${error
            ? errorBox(error, this.#reload, t.t('Could not load the Analytics settings'), t)
            : html`<div class="loading" aria-busy="true">
                <p class="muted">${t.t('Loading the Analytics settings…')}</p>
                <div class="skeleton"></div>
                <div class="skeleton block"></div>
                <div class="skeleton block"></div>
              </div>`}`;
    return html`<div class="layout" part="base" lang=${t.locale} dir=${t.dir}>${layout}</div>
      ${this.#dialogs ?? nothing} ${this.#announcer.render()}`;
  }

  #header(): TemplateResult {
    return html`<div class="header">
        <h2 id="title">${this.localize.t('Analytics')}</h2>
        <p class="muted">${this.localize.t('How people use the chat server: Google Analytics, the events tracked, and Matomo (Piwik).')}</p>
        <div>${this.#share.button()}</div>
      </div>
      ${this.#share.panel()}`;
  }

  #form(error: unknown): TemplateResult {
    return html`<form
      part="form"
      novalidate
      aria-labelledby="title"
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.#save();
      }}
      @dw-setting-edit=${(e: SettingEditEvent) => this.#edit(e.values, e.announce, e.focus)}
    >
      ${this.#header()} ${this.#readOnlyNote()}
      ${error ? errorBox(error, this.#reload, this.localize.t('Could not reload the settings; the values shown are from before'), this.localize) : nothing}
      ${ANALYTICS_SECTIONS.map((section) => this.#section(section))} ${this.#checksFailure()} ${this.#noticeBox()} ${this.#actions()}
    </form>`;
  }

  /** A section: its title, its Restore defaults, and a field per setting (setting-field.ts). */
  #section(section: SectionDefinition): TemplateResult {
    const m = this.#model;
    return html`<section class="group" part="section" aria-labelledby=${`section-${section.id}`}>
      <div class="row">
        <h3 id=${`section-${section.id}`}>${this.localize.text(section.title)}</h3>
        ${this.#restoreButton(section)}
      </div>
      ${section.settings.map(
        (def) =>
          html`<dw-setting-field
            .def=${def}
            .value=${m.values[def.id]}
            .saved=${m.baseline[def.id]}
            .fallback=${m.defaults[def.id]}
            .present=${m.present.has(def.id)}
            .enabled=${m.enabled(def)}
            .editable=${m.mayEdit(def.id)}
            .check=${m.check(def)}
            .failure=${m.failures.get(def.id) ?? ''}
            .editor=${m.editor(def)}
          ></dw-setting-field>`,
      )}
    </section>`;
  }

  /**
   * A section's "Restore defaults" (as Rocket.Chat's admin UI offers per section): stages every
   * setting of the section this user may change back to its default; nothing is sent until Save.
   */
  #restoreButton(section: SectionDefinition): TemplateResult | typeof nothing {
    const restore = this.#model.restorable(section);
    if (!restore.length) return nothing;
    const t = this.localize;
    const title = t.text(section.title);
    return html`<button
      type="button"
      part="restore-button"
      aria-label=${t.t('Restore defaults of {section}', { section: title })}
      @click=${() =>
        this.#edit(
          Object.fromEntries(restore.map((def) => [def.id, this.#model.defaults[def.id]!])),
          t.plural(restore.length, { one: '{section}: {count} setting back to its default; save to apply.', other: '{section}: {count} settings back to their defaults; save to apply.' }, { section: title }),
          restore[0]!.id,
        )}
    >
      ${t.t('Restore defaults')}
    </button>`;
  }

  /** The tracking-code preview (preview.ts); while its code loads, a status line; if it did not arrive, why, with Retry. */
  #previewPart(): TemplateResult {
    if (this.#preview.status === 'ready') {
      return html`<dw-tracking-preview .values=${this.#model.values} .apiBase=${this.connection('rocketchat').apiBase} @dw-announce=${this.#onAnnounce}></dw-tracking-preview>`;
    }
    const t = this.localize;
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${t.t('Tracking code')}</h3>
      ${this.#preview.status === 'failed' ? this.#preview.render(t.t('the tracking-code preview')) : html`<p class="muted" role="status">${t.t('Loading the tracking code…')}</p>`}
    </section>`;
  }

  #readOnlyNote(): TemplateResult | typeof nothing {
    const m = this.#model;
    const t = this.localize;
    const forbidden = m.forbidden;
    if (!m.readOnly) {
      const reason = m.access?.reason && (m.access.reasonText ?? m.access.reason);
      return reason
        ? html`<div class="message warning" part="readonly-note" role="note">
            <strong>${t.t('Some settings are read-only for this account.')}</strong>
            <p>${say(t, reason)}</p>
          </div>`
        : nothing;
    }
    const tools =
      forbidden && !this.readonly
        ? this.#saving.value?.refusedTools(
            () => {
              m.set({ forbidden: '' });
              void this.#save();
            },
            () => this.#discard(t.t('Edits discarded.')),
            t,
          )
        : nothing;
    return html`<div class="message warning" part="readonly-note" role="note">
      <strong>${t.t(forbidden ? 'Read-only: this account may not change these settings.' : 'Read-only')}</strong>
      <p>
        ${forbidden
          ? // {reason}: why the server refuses (a sentence).
            t.t('{reason} Ask an administrator for the permission to edit privileged settings.', { reason: say(t, forbidden) })
          : t.t('These settings are shown here without the means to change them.')}
      </p>
      ${m.dirty ? html`<p>${t.t('Your unsaved edits are kept and shown below.')}</p> ${tools}` : nothing}
    </div>`;
  }

  /** The validators did not arrive: said, with Retry (while they load, nothing: a changed setting's save state says it waits). */
  #checksFailure(): TemplateResult | typeof nothing {
    return this.#validators.status === 'failed' ? this.#validators.render(this.localize.t('the checks of the settings')) : nothing;
  }

  #noticeBox(): TemplateResult | typeof nothing {
    const n = this.#model.notice;
    if (!n) return nothing;
    return html`<div class="message ${n.kind}" part="notice" role=${n.kind === 'error' ? 'alert' : nothing}>
      <strong>${n.title}</strong>
      ${n.failed?.length ? this.#saving.value?.failedList(n.failed, (id) => void this.#focus(`#${id}`), this.localize, this.#model.failures) : nothing}
      ${n.text ? html`<p>${n.text}</p>` : nothing}
      ${n.retry && !this.#model.readOnly ? html`<button type="button" part="retry-button" @click=${() => this.#save()}>${this.localize.t('Retry')}</button>` : nothing}
    </div>`;
  }

  /** Cancel, Save, and what saving would do now. */
  #actions(): TemplateResult | typeof nothing {
    const m = this.#model;
    // Nothing to save or cancel on a read-only form (unless edits made before it turned read-only are kept).
    if (this.readonly || (m.readOnly && !m.dirty)) return nothing;
    const changed = m.changedIds().length;
    const invalid = m.invalidIds();
    const waiting = m.waiting();
    const busy = m.busy;
    const canSave = this.#canSave();
    const t = this.localize;
    // {settings}: the names of the settings, a list.
    const settings = (ids: readonly string[]) => ({ settings: ids.map((id) => t.text(labelOf(id))) });
    const state = busy
      ? t.t(busy === 'checking' ? 'Checking the server…' : 'Saving…')
      : !changed
        ? t.t('No unsaved changes.')
        : invalid.length
          ? t.plural(invalid.length, { one: 'Fix {count} setting before saving: {settings}.', other: 'Fix {count} settings before saving: {settings}.' }, settings(invalid))
          : waiting.length
            ? this.#validators.status === 'failed'
              ? t.t('Save waits until {settings} can be checked.', settings(waiting))
              : t.t('Checking {settings}…', settings(waiting))
            : t.plural(changed, { one: '{count} unsaved change.', other: '{count} unsaved changes.' });
    return html`<div class="actions" part="actions">
      <p id="save-state">${state}</p>
      <button
        type="button"
        part="cancel-button"
        id="cancel"
        aria-disabled=${!changed || !!busy}
        @click=${() => {
          if (changed && !busy) this.#discard(t.t('Changes discarded: the loaded values are back.'));
        }}
      >
        ${t.t('Cancel')}
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
        ${t.t('Save changes')}
      </button>
    </div>`;
  }
}
