import { html, nothing, type TemplateResult } from 'lit';
import { errorDetail } from '../core/error-detail.js';
import { sha256Hex } from '../core/sha256.js';
import { isAbort, isDashboardError, errorMessage, type ApiError } from '../api/errors.js';
import type { TwoFactorError } from '../api/two-factor-error.js';
import type { TwoFactorCode } from '../api/settings-source.js';
import { SettingsErrorEvent, SettingsSaveEvent } from './events.js';
import { KEPT, labelOf, plural, type FormHost, type Notice } from './form.js';
import { ANALYTICS_SETTING_IDS, clip, fullLabel, normalizeValue, settingDefinition, type SettingFormValue } from './schema.js';

export { saveFlowStyles as styles } from './save-flow.styles.js';

type Failure = { id: string; error: unknown; message?: string };
type DialogName = 'two-factor' | 'conflicts';

interface Conflict {
  id: string;
  loaded: SettingFormValue;
  server: SettingFormValue;
  mine: SettingFormValue;
}

/** The two-factor prompt: what the server asked for, and how the last try went. */
interface Prompt {
  /** `totp`, `email` or `password`. */
  method: string;
  state: TwoFactorError['state'];
  /** The server e-mailed a new code with its last answer (to `to`). */
  sent: boolean;
  to: string;
  busy: boolean;
  /** A word of its own (a missing code, what was saved meanwhile). */
  message: string;
}

/** The words of the two-factor dialog, by method and state. */
const PROMPT_TEXT = {
  totp: 'Enter the code from your authenticator app.',
  emailSent: (to: string) => `Rocket.Chat has sent a code to the e-mail address of ${to || 'your account'}. Enter it here.`,
  email: 'Enter the code Rocket.Chat sent to your e-mail address (the last code sent is still valid).',
  password:
    'Rocket.Chat asks you to confirm with your password. It is sent only as its SHA-256 digest, in the body of the save, and is not kept.',
  invalidCode: 'That code was not accepted. Try again.',
  invalidPassword: 'That password was not accepted. Try again.',
  maxEmail: 'Too many wrong codes: Rocket.Chat no longer accepts this one. Choose “Send a new code” to get another by e-mail.',
  max: 'Too many wrong attempts: Rocket.Chat refuses this code. Wait a moment, then try again.',
  emptyCode: 'Enter the code.',
  emptyPassword: 'Enter your password.',
};

/** A value written for people: "On"/"Off" for booleans, "(empty)" for an empty string. */
export function displayValue(value: unknown): string {
  if (value === true) return 'On';
  if (value === false) return 'Off';
  if (value === '' || value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Saving, loaded on demand (see chunks.ts): a check of the server for changes made since loading,
 * the conflict dialog, the write, per-setting results, and the two-factor dialog. The write that
 * carries a two-factor code is checked the same way first: a change made elsewhere while the
 * code was typed is shown, never overwritten.
 */
export class SaveFlow {
  #conflicts: Conflict[] = [];
  #choices: Record<string, 'mine' | 'theirs'> = {};
  #refreshedText = '';
  #prompt: Prompt | null = null;
  #abort?: AbortController;

  constructor(readonly form: FormHost) {}

  /** Stops the requests in flight (the element was removed). */
  abort(reason: unknown): void {
    this.#abort?.abort(reason);
  }

  #options() {
    return { signal: (this.#abort = new AbortController()).signal, timeout: this.form.timeout() };
  }

  #update(): void {
    this.form.el.requestUpdate();
  }

  /** Save: check the server for changes made since loading, resolve conflicts, then write. */
  async save(): Promise<void> {
    const f = this.form;
    if (!f.canSave()) return;
    this.#refreshedText = '';
    if ((await this.#check()) === 'clear') await this.#write();
  }

  /**
   * Reads the server again: settings not edited here follow it, edited ones it changed meanwhile
   * open the conflict dialog. `clear` when the write may go on.
   */
  async #check(): Promise<'clear' | 'stopped'> {
    const f = this.form;
    const changed = f.changedIds();
    f.busy = 'checking';
    f.notice = null;
    f.announce('Checking the server for changes since loading…');
    let fresh;
    try {
      fresh = await f.source().load(ANALYTICS_SETTING_IDS, this.#options());
    } catch (error) {
      f.busy = '';
      if (this.#prompt) this.#closeDialog('two-factor');
      if (isAbort(error)) this.#stopped();
      else this.#failed(changed.map((id) => ({ id, error })), 'Your changes were not saved: the server could not be checked for changes made since loading.');
      return 'stopped';
    }
    const conflicts: Conflict[] = [];
    const refreshed: string[] = [];
    for (const s of fresh) {
      const def = settingDefinition(s.id);
      if (!def || !f.present.has(s.id)) continue;
      const server = normalizeValue(def, s.value);
      const loaded = f.baseline[s.id]!;
      const mine = f.values[s.id]!;
      if (server === loaded) continue;
      if (mine === loaded) {
        // Not edited here: follow the server.
        f.values = { ...f.values, [s.id]: server };
        refreshed.push(fullLabel(def));
      } else if (mine !== server) {
        conflicts.push({ id: s.id, loaded, server, mine });
        continue;
      }
      f.baseline = { ...f.baseline, [s.id]: server };
    }
    f.busy = '';
    this.#refreshedText = [this.#refreshedText, refreshed.length ? `Changed on the server meanwhile, and updated here: ${refreshed.join(', ')}.` : ''].filter(Boolean).join(' ');
    if (!conflicts.length) return 'clear';
    // A code typed for the write is dropped: it is asked again after the choice (a password is never kept).
    if (this.#prompt) this.#closeDialog('two-factor');
    this.#conflicts = conflicts;
    this.#choices = {};
    await this.#showDialog('conflicts');
    f.announce(`${plural(conflicts.length, 'setting')} changed on the server since you loaded the form. Choose which value to keep.`);
    return 'stopped';
  }

  /** Sends the changed settings; reports per setting; asks for a two-factor code when needed. */
  async #write(twoFactor?: TwoFactorCode): Promise<void> {
    const f = this.form;
    const ids = f.changedIds();
    const refreshed = this.#refreshedText;
    if (!ids.length) {
      this.#refreshedText = '';
      f.notice = { kind: 'info', title: 'Nothing left to save.', text: refreshed || 'The values shown are the server’s.' };
      f.announce('Nothing left to save.');
      return this.#closeDialog('two-factor');
    }
    if (!f.el.isConnected) return this.#stopped();
    const sent = Object.fromEntries(ids.map((id) => [id, f.values[id]!]));
    f.busy = 'saving';
    if (this.#prompt) this.#prompt.busy = true;
    f.announce(`Saving ${plural(ids.length, 'setting')}…`);
    let results: Array<{ id: string; ok: boolean; error?: ApiError | unknown }>;
    try {
      results = await f.source().save(
        ids.map((id) => ({ id, value: sent[id] })),
        { ...this.#options(), twoFactor },
      );
    } catch (error) {
      if (isAbort(error)) return this.#stopped();
      results = ids.map((id) => ({ id, ok: false, error }));
    }
    f.busy = '';
    const saved: string[] = [];
    const failed: Failure[] = [];
    let codeNeeded: TwoFactorError | undefined;
    f.baseline = { ...f.baseline };
    f.failures = { ...f.failures };
    for (const r of results) {
      if (r.ok) {
        f.baseline[r.id] = sent[r.id]!;
        delete f.failures[r.id];
        saved.push(r.id);
      } else if (isDashboardError(r.error) && r.error.kind === 'two-factor') codeNeeded = r.error as TwoFactorError;
      else failed.push({ id: r.id, error: r.error });
    }
    if (saved.length) f.emit(new SettingsSaveEvent({ saved, values: Object.fromEntries(saved.map((id) => [id, sent[id]!])) }));

    if (codeNeeded) {
      // Asked again right after a code was sent: that code did not count.
      const state = codeNeeded.state === 'required' && twoFactor ? 'invalid' : codeNeeded.state;
      this.#prompt = {
        method: codeNeeded.method,
        state,
        sent: codeNeeded.sent.codeGenerated === true,
        to: codeNeeded.sent.emailOrUsername ?? '',
        busy: false,
        message: saved.length ? `${plural(saved.length, 'setting')} saved; the others need confirmation.` : '',
      };
      await this.#showDialog('two-factor', state === 'max-attempts' && this.#prompt.method === 'email' ? '#two-factor-submit' : '#two-factor-code');
      this.#clearCode();
      const text = this.#promptText(this.#prompt);
      f.announce(text.note || text.prompt);
    } else {
      this.#closeDialog('two-factor');
      this.#refreshedText = '';
    }
    if (failed.length) {
      const network = failed.some((x) => isDashboardError(x.error) && x.error.kind === 'network');
      return this.#failed(
        failed,
        saved.length ? `${plural(failed.length, 'setting was', 'settings were')} not saved (${saved.length} saved).` : 'Your changes were not saved.',
        true,
        network ? 'If the server saved them anyway (some Rocket.Chat versions answer without CORS headers), Retry finds that out first.' : '',
      );
    }
    if (saved.length && !codeNeeded) {
      const title = `Saved ${plural(saved.length, 'setting')}.`;
      f.notice = { kind: 'success', title, text: [saved.map(labelOf).join(', '), refreshed].filter(Boolean).join(' ') };
      f.announce(title);
    }
  }

  /** The element was removed while saving: the requests were aborted, the edits stay. */
  #stopped(): void {
    this.form.busy = '';
    if (this.#prompt) this.#prompt.busy = false;
    this.form.notice = { kind: 'info', title: 'Saving stopped: the form was removed from the page.', text: 'Every edit is kept. Save again to make sure the server has it.', retry: true };
    this.#update();
  }

  /** Marks settings as not saved, says why, offers Retry; a 403 makes the form read-only. */
  #failed(failed: Failure[], title: string, retry = true, more = ''): void {
    const f = this.form;
    f.failures = { ...f.failures };
    const list = failed.map(({ id, error, message = clip(errorMessage(error), 300) }) => {
      f.failures[id] = message;
      if (isDashboardError(error) && error.kind === 'permission') f.forbidden = `The server refused the save: ${message}`;
      return { id, message, kind: isDashboardError(error) ? error.kind : 'unknown' };
    });
    f.notice = { kind: 'error', title, text: [KEPT, more].filter(Boolean).join(' '), failed: list, retry };
    this.#update();
    f.emit(new SettingsErrorEvent({ ...errorDetail(failed[0]?.error, 'save'), message: list[0]?.message ?? '', failed: list }));
  }

  #dialog(name: DialogName): HTMLDialogElement | null {
    return this.form.el.renderRoot.querySelector(`dialog#${name}`);
  }

  #codeInput(): HTMLInputElement | null {
    return this.form.el.renderRoot.querySelector<HTMLInputElement>('#two-factor-code');
  }

  /** Empties the code (or password) field: nothing typed there outlives its use. */
  #clearCode(): void {
    const input = this.#codeInput();
    if (input) input.value = '';
  }

  /** Renders, opens a dialog (modal) and focuses `focus` in it; resolves with that element. */
  async #showDialog(name: DialogName, focus?: string): Promise<HTMLElement | null> {
    this.#update();
    await this.form.el.updateComplete;
    const dialog = this.#dialog(name);
    if (dialog && !dialog.open) dialog.showModal();
    const target = focus ? this.form.el.renderRoot.querySelector<HTMLElement>(focus) : null;
    target?.focus();
    return target;
  }

  #closeDialog(name: DialogName): void {
    if (name === 'two-factor') {
      this.#prompt = null;
      this.#clearCode();
    }
    this.#dialog(name)?.close();
    this.#update();
  }

  /** A dialog closed (button, Escape or after saving): focus goes back to Save. */
  #onDialogClose(name: DialogName): void {
    const f = this.form;
    if (name === 'two-factor' && this.#prompt) {
      // Closed without a code: nothing more is sent.
      this.#prompt = null;
      this.#clearCode();
      if (!f.busy && f.changedIds().length) {
        f.notice = { kind: 'error', title: 'Not saved: the server asks for two-factor confirmation.', text: 'Every edit is kept. Save again when you can confirm.', retry: true };
      }
    }
    if (name === 'conflicts' && this.#conflicts.length) {
      this.#conflicts = [];
      f.notice = { kind: 'info', title: 'Not saved.', text: 'Your edits are kept. Save again to choose between your values and the server’s.' };
    }
    this.#update();
    void f.focus('#save');
  }

  /**
   * The code (or password) submitted: read and emptied at once; a password becomes its SHA-256;
   * the server is checked again for changes made meanwhile; then the write carries the code.
   * After too many wrong e-mail codes, the button asks for a new code instead.
   */
  async #submitTwoFactor(event: Event): Promise<void> {
    event.preventDefault();
    const prompt = this.#prompt;
    const input = this.#codeInput();
    if (!prompt || prompt.busy || !input) return;
    if (prompt.state === 'max-attempts' && prompt.method === 'email') {
      // A write without a code has the server e-mail a new one (checked for changes first, like any write).
      this.#clearCode();
      prompt.busy = true;
      this.#update();
      if ((await this.#check()) === 'clear') await this.#write();
      return;
    }
    const password = prompt.method === 'password';
    let code = input.value.trim();
    this.#clearCode();
    if (!code) {
      this.#prompt = { ...prompt, message: password ? PROMPT_TEXT.emptyPassword : PROMPT_TEXT.emptyCode };
      this.#update();
      return input.focus();
    }
    prompt.busy = true;
    prompt.message = '';
    this.#update();
    // Rocket.Chat expects the SHA-256 of the password, never the password itself.
    if (password) code = await sha256Hex(code);
    if ((await this.#check()) !== 'clear') return;
    await this.#write({ code, method: prompt.method });
  }

  #resolveConflicts = async (event: Event) => {
    event.preventDefault();
    const f = this.form;
    const conflicts = this.#conflicts;
    if (conflicts.some((c) => !this.#choices[c.id])) return;
    f.values = { ...f.values };
    f.baseline = { ...f.baseline };
    for (const c of conflicts) {
      f.baseline[c.id] = c.server;
      if (this.#choices[c.id] === 'theirs') f.values[c.id] = c.server;
    }
    this.#conflicts = [];
    this.#dialog('conflicts')?.close();
    f.emitChange();
    await this.#write();
  };

  /** The settings of a notice that were not saved, by reason, each a button that moves to its field. */
  failedList(failed: NonNullable<Notice['failed']>): TemplateResult {
    return html`<ul>
      ${[...new Set(failed.map((f) => f.message))].map(
        (message) =>
          html`<li>
            ${failed
              .filter((f) => f.message === message)
              .map((f, i) => html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this.form.focus(`#${f.id}`)}>${labelOf(f.id)}</button>`)}:
            ${message}
          </li>`,
      )}
    </ul>`;
  }

  /** After a refused save (the form turned read-only, the edits kept): try again, or discard the edits. */
  refusedTools(): TemplateResult {
    return html`<span class="tools">
      <button
        type="button"
        part="retry-button"
        @click=${() => {
          this.form.forbidden = '';
          void this.save();
        }}
      >
        Try saving again
      </button>
      <button type="button" @click=${() => this.form.discard('Edits discarded.')}>Discard my edits</button>
    </span>`;
  }

  /** The two dialogs (closed until needed). */
  dialogs(): TemplateResult {
    return html`${this.#twoFactorDialog()} ${this.#conflictDialog()}`;
  }

  /** A modal dialog with a form: title, body, Cancel and a submit button. */
  #dialogShell(name: DialogName, title: string, describedBy: string, body: unknown, submit: string, blocked: boolean, onSubmit: (e: Event) => void, submitDescribedBy?: string): TemplateResult {
    return html`<dialog id=${name} part="dialog" aria-labelledby=${`${name}-title`} aria-describedby=${describedBy} @close=${() => this.#onDialogClose(name)}>
      <form class="dialog-body" novalidate @submit=${onSubmit}>
        <h2 id=${`${name}-title`}>${title}</h2>
        ${body}
        <div class="tools end">
          <button type="button" @click=${() => this.#dialog(name)?.close()}>Cancel</button>
          <button type="submit" id=${`${name}-submit`} class="primary" aria-disabled=${blocked} aria-describedby=${submitDescribedBy ?? nothing}>${submit}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** What the dialog says: the request (`prompt`) and how the last try went (`note`, an error when `error`). */
  #promptText(p: Prompt): { prompt: string; note: string; error: boolean } {
    const password = p.method === 'password';
    const prompt = password ? PROMPT_TEXT.password : p.method === 'email' ? (p.sent ? PROMPT_TEXT.emailSent(p.to) : PROMPT_TEXT.email) : PROMPT_TEXT.totp;
    if (p.state === 'max-attempts') return { prompt, note: p.method === 'email' ? PROMPT_TEXT.maxEmail : PROMPT_TEXT.max, error: true };
    if (p.state === 'invalid') return { prompt, note: password ? PROMPT_TEXT.invalidPassword : PROMPT_TEXT.invalidCode, error: true };
    return { prompt, note: p.message, error: p.message === PROMPT_TEXT.emptyCode || p.message === PROMPT_TEXT.emptyPassword };
  }

  #twoFactorDialog(): TemplateResult {
    const p = this.#prompt;
    const password = p?.method === 'password';
    const text = p ? this.#promptText(p) : { prompt: '', note: '', error: false };
    const renew = p?.state === 'max-attempts' && p.method === 'email';
    return this.#dialogShell(
      'two-factor',
      password ? 'Confirm with your password' : 'Two-factor authentication',
      'two-factor-prompt',
      html`<p id="two-factor-prompt">${text.prompt}</p>
        <label for="two-factor-code">${password ? 'Password' : 'Code'}</label>
        <input
          id="two-factor-code"
          type=${password ? 'password' : 'text'}
          autocomplete=${password ? 'current-password' : 'one-time-code'}
          inputmode=${password ? nothing : 'numeric'}
          spellcheck="false"
          ?disabled=${renew}
          aria-invalid=${text.error}
          aria-describedby="two-factor-note"
        />
        <p id="two-factor-note" class=${text.error ? 'err' : 'muted'} role=${text.error ? 'alert' : nothing}>${text.note}</p>`,
      p?.busy ? 'Saving…' : renew ? 'Send a new code' : password ? 'Confirm and save' : 'Verify and save',
      !!p?.busy,
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
            this.#update();
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
