import { html, nothing, type TemplateResult } from 'lit';
import { errorDetail } from '../core/events.js';
import { isAbort, isDashboardError, errorMessage, TwoFactorError, type ApiError } from '../api/errors.js';
import type { TwoFactorCode } from '../api/rocketchat.js';
import type { SettingValue } from '../api/settings-source.js';
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

const isNetwork = (error: unknown) => isDashboardError(error) && error.kind === 'network';

/** A value written for people: "On"/"Off" for booleans, "(empty)" for an empty string. */
export function displayValue(value: unknown): string {
  if (value === true) return 'On';
  if (value === false) return 'Off';
  if (value === '' || value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Saving, loaded on demand (see chunks.ts): a check of the server for changes made since loading,
 * the conflict dialog, the write, per-setting results, and the two-factor dialog.
 */
export class SaveFlow {
  #conflicts: Conflict[] = [];
  #choices: Record<string, 'mine' | 'theirs'> = {};
  #refreshedText = '';
  #twoFactor: { method: string; invalid: boolean; busy: boolean; message?: string } | null = null;
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
    const changed = f.changedIds();
    f.busy = 'checking';
    f.notice = null;
    f.announce('Checking the server for changes since loading…');
    let fresh: SettingValue[];
    try {
      fresh = await f.source().load(ANALYTICS_SETTING_IDS, this.#options());
    } catch (error) {
      f.busy = '';
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
    this.#refreshedText = refreshed.length ? `Changed on the server meanwhile, and updated here: ${refreshed.join(', ')}.` : '';
    if (!conflicts.length) return this.#write();
    this.#conflicts = conflicts;
    this.#choices = {};
    await this.#showDialog('conflicts');
    f.announce(`${plural(conflicts.length, 'setting')} changed on the server since you loaded the form. Choose which value to keep.`);
  }

  /** Sends the changed settings; reports per setting; asks for a two-factor code when needed. */
  async #write(twoFactor?: TwoFactorCode): Promise<void> {
    const f = this.form;
    const ids = f.changedIds();
    const refreshed = this.#refreshedText;
    if (!ids.length) {
      f.notice = { kind: 'info', title: 'Nothing left to save.', text: refreshed || 'The values shown are the server’s.' };
      f.announce('Nothing left to save.');
      return this.#closeDialog('two-factor');
    }
    if (!f.el.isConnected) return this.#stopped();
    const sent = Object.fromEntries(ids.map((id) => [id, f.values[id]!]));
    f.busy = 'saving';
    if (this.#twoFactor) this.#twoFactor.busy = true;
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
      } else if (r.error instanceof TwoFactorError) codeNeeded = r.error;
      else failed.push({ id: r.id, error: r.error });
    }
    if (saved.length) f.emit(new SettingsSaveEvent({ saved, values: Object.fromEntries(saved.map((id) => [id, sent[id]!])) }));

    if (codeNeeded) {
      this.#twoFactor = {
        method: codeNeeded.method,
        invalid: codeNeeded.invalid || (this.#twoFactor !== null && twoFactor !== undefined),
        busy: false,
        ...(saved.length ? { message: `${plural(saved.length, 'setting')} saved; the others need the code.` } : {}),
      };
      const input = await this.#showDialog('two-factor', '#two-factor-code');
      if (input) input.value = '';
      f.announce(this.#twoFactor.invalid ? 'That code was not accepted. Enter a new code.' : 'The server asks for a two-factor code.');
    } else {
      this.#closeDialog('two-factor');
    }
    // The first try reached the server and the one with the code did not: on another origin,
    // that is the CORS preflight, which stock Rocket.Chat answers without the x-2fa-* headers.
    if (twoFactor && failed.some((x) => isNetwork(x.error))) {
      const why = this.#codeBlocked();
      return this.#failed(
        failed.map((x) => (isNetwork(x.error) ? { ...x, message: why } : x)),
        'Not saved: the two-factor code did not reach the server.',
        false,
      );
    }
    if (failed.length) {
      return this.#failed(failed, saved.length ? `${plural(failed.length, 'setting was', 'settings were')} not saved (${saved.length} saved).` : 'Your changes were not saved.');
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
    if (this.#twoFactor) this.#twoFactor.busy = false;
    this.form.notice = { kind: 'info', title: 'Saving stopped: the form was removed from the page.', text: 'Every edit is kept. Save again to make sure the server has it.', retry: true };
    this.#update();
  }

  /** Marks settings as not saved, says why, offers Retry; a 403 makes the form read-only. */
  #failed(failed: Failure[], title: string, retry = true): void {
    const f = this.form;
    f.failures = { ...f.failures };
    const list = failed.map(({ id, error, message = clip(errorMessage(error), 300) }) => {
      f.failures[id] = message;
      if (isDashboardError(error) && error.kind === 'permission') f.forbidden = `The server refused the save: ${message}`;
      return { id, message, kind: isDashboardError(error) ? error.kind : 'unknown' };
    });
    f.notice = { kind: 'error', title, text: KEPT, failed: list, retry };
    this.#update();
    f.emit(new SettingsErrorEvent({ ...errorDetail(failed[0]?.error, 'save'), message: list[0]?.message ?? '', failed: list }));
  }

  /** Why a retry with a two-factor code could not reach the server that asked for it. */
  #codeBlocked(): string {
    let otherOrigin = false;
    try {
      otherOrigin = !this.form.el.source && new URL(this.form.apiBase(), location.href).origin !== location.origin;
    } catch {
      // No usable address: not another origin.
    }
    return otherOrigin
      ? "The server did not accept the two-factor code from this page: Rocket.Chat's CORS settings do not allow the x-2fa-code header. Save from the Rocket.Chat admin page, serve this page from the chat server's origin, or allow the header in the proxy in front of it."
      : 'The request with the two-factor code did not reach the server, though the one without it did: check the connection, and that no proxy drops the x-2fa-code header.';
  }

  #dialog(name: DialogName): HTMLDialogElement | null {
    return this.form.el.renderRoot.querySelector(`dialog#${name}`);
  }

  /** Renders, opens a dialog (modal) and focuses `focus` in it; resolves with that element. */
  async #showDialog(name: DialogName, focus?: string): Promise<HTMLInputElement | null> {
    this.#update();
    await this.form.el.updateComplete;
    const dialog = this.#dialog(name);
    if (dialog && !dialog.open) dialog.showModal();
    const input = focus ? this.form.el.renderRoot.querySelector<HTMLInputElement>(focus) : null;
    input?.focus();
    return input;
  }

  #closeDialog(name: DialogName): void {
    if (name === 'two-factor') this.#twoFactor = null;
    this.#dialog(name)?.close();
    this.#update();
  }

  /** A dialog closed (button, Escape or after saving): focus goes back to Save. */
  #onDialogClose(name: DialogName): void {
    const f = this.form;
    if (name === 'two-factor' && this.#twoFactor) {
      // Closed without a code: nothing more is sent.
      this.#twoFactor = null;
      if (!f.busy && f.changedIds().length) {
        f.notice = { kind: 'error', title: 'Not saved: the server needs a two-factor code.', text: 'Every edit is kept. Save again when you have the code.', retry: true };
      }
    }
    if (name === 'conflicts' && this.#conflicts.length) {
      this.#conflicts = [];
      f.notice = { kind: 'info', title: 'Not saved.', text: 'Your edits are kept. Save again to choose between your values and the server’s.' };
    }
    this.#update();
    void f.focus('#save');
  }

  async #submitTwoFactor(event: Event): Promise<void> {
    event.preventDefault();
    const state = this.#twoFactor;
    const input = this.form.el.renderRoot.querySelector<HTMLInputElement>('#two-factor-code');
    if (!state || state.busy || !input) return;
    const password = state.method === 'password';
    let code = input.value.trim();
    if (!code) {
      this.#twoFactor = { ...state, invalid: false, message: password ? 'Enter your password.' : 'Enter the code.' };
      this.#update();
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
