import { html, nothing, type TemplateResult } from 'lit';
import type { Choice, Conflict } from './conflicts.js';
import { LightElement } from './light-element.js';
import type { CodeRequest, SaveQuestions } from './save-flow.js';
import { saveDialogsStyles } from './save-dialogs.styles.js';
import { labelOf, type SettingFormValue } from './schema.js';
import { english, type Translator } from '../core/translate.js';
import { say } from './words.js';

type DialogName = 'two-factor' | 'conflicts';

/** A value written for people, in `t`'s language: "On"/"Off" for booleans, "(empty)" for an empty string. */
export function displayValue(value: unknown, t: Translator = english): string {
  if (value === true) return t.t('On');
  if (value === false) return t.t('Off');
  if (value === '' || value === null || value === undefined) return t.t('(empty)');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * @internal A save dialog closed (by the user, or because saving went on): the widget puts the
 * focus back on Save. Bubbles inside the widget's shadow root, never out of it.
 */
export class DialogCloseEvent extends Event {
  static readonly type = 'dw-dialog-close';
  constructor() {
    super(DialogCloseEvent.type, { bubbles: true });
  }
}

/** The two-factor prompt as shown: the request, whether the answer is being used, and whether it was submitted empty. */
type Prompt = CodeRequest & { busy: boolean; empty?: boolean };

/**
 * The dialogs of saving (loaded on demand with it, see chunks.ts): the two-factor prompt (a code
 * from an app or an e-mail, or the password) and the choice between the user's edits and the
 * server's values. It answers the save flow's questions (`SaveQuestions`) as promises, says what
 * it asks as an `AnnounceEvent`, and fires a `DialogCloseEvent` when a dialog closes. What is
 * typed in the code field is read once, at submission, and emptied at once: it is never kept, put
 * in an attribute or in an event.
 * @internal
 */
export class SaveDialogs extends LightElement implements SaveQuestions {
  static override tagName = 'dw-save-dialogs';

  #prompt: Prompt | null = null;
  /** Resolves the pending `askCode`. */
  #answer?: ((code: string | null) => void) | undefined;
  #conflicts: readonly Conflict[] = [];
  #choices = new Map<string, Choice>();
  /** Resolves the pending `askConflicts`. */
  #choose?: ((choices: ReadonlyMap<string, Choice> | null) => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.adopt(saveDialogsStyles);
  }

  askCode(request: CodeRequest): Promise<string | null> {
    this.#answer?.(null);
    this.#prompt = { ...request, busy: false };
    const renew = request.state === 'max-attempts' && request.method === 'email';
    return new Promise((resolve) => {
      this.#answer = resolve;
      void this.#show('two-factor', renew ? '#two-factor-submit' : '#two-factor-code').then(() => {
        this.#clearCode();
        if (!this.#prompt) return;
        const text = promptText(this.#prompt, this.localize);
        this.announce(text.note || text.prompt);
      });
    });
  }

  closeCode(): void {
    if (!this.#prompt) return;
    this.#prompt = null;
    this.#clearCode();
    this.#dialog('two-factor')?.close();
    this.requestUpdate();
  }

  askConflicts(conflicts: readonly Conflict[]): Promise<ReadonlyMap<string, Choice> | null> {
    this.#choose?.(null);
    this.#conflicts = conflicts;
    this.#choices = new Map();
    return new Promise((resolve) => {
      this.#choose = resolve;
      void this.#show('conflicts').then(() =>
        this.announce(
          this.localize.plural(conflicts.length, {
            one: '{count} setting changed on the server since you loaded the form. Choose which value to keep.',
            other: '{count} settings changed on the server since you loaded the form. Choose which value to keep.',
          }),
        ),
      );
    });
  }

  #dialog(name: DialogName): HTMLDialogElement | null {
    return this.querySelector(`dialog#${name}`);
  }

  #codeInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('#two-factor-code');
  }

  /** Empties the code (or password) field: nothing typed there outlives its use. */
  #clearCode(): void {
    const input = this.#codeInput();
    if (input) input.value = '';
  }

  /** Renders, opens a dialog (modal) and focuses `focus` in it. */
  async #show(name: DialogName, focus?: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog(name);
    if (dialog && !dialog.open) dialog.showModal();
    if (focus) this.querySelector<HTMLElement>(focus)?.focus();
  }

  /** A dialog closed (Cancel, Escape, or saving went on): a question still open is answered "closed". */
  #onClose(name: DialogName): void {
    if (name === 'two-factor') {
      this.#prompt = null;
      this.#clearCode();
      const answer = this.#answer;
      this.#answer = undefined;
      answer?.(null);
    } else {
      this.#conflicts = [];
      const choose = this.#choose;
      this.#choose = undefined;
      choose?.(null);
    }
    this.requestUpdate();
    this.dispatchEvent(new DialogCloseEvent());
  }

  /**
   * The code (or password) submitted: read and emptied at once, and given to the save flow (which
   * hashes a password). After too many wrong e-mail codes, the button asks for a new code instead.
   */
  #submitCode = (event: Event): void => {
    event.preventDefault();
    const prompt = this.#prompt;
    const input = this.#codeInput();
    const answer = this.#answer;
    if (!prompt || prompt.busy || !input || !answer) return;
    const renew = prompt.state === 'max-attempts' && prompt.method === 'email';
    const code = renew ? '' : input.value.trim();
    this.#clearCode();
    if (!renew && !code) {
      this.#prompt = { ...prompt, message: '', empty: true };
      this.requestUpdate();
      return input.focus();
    }
    this.#prompt = { ...prompt, busy: true, message: '', empty: false };
    this.#answer = undefined;
    this.requestUpdate();
    answer(code);
  };

  #submitChoices = (event: Event): void => {
    event.preventDefault();
    const choose = this.#choose;
    if (!choose || this.#conflicts.some((c) => !this.#choices.has(c.id))) return;
    this.#choose = undefined;
    this.#conflicts = [];
    this.#dialog('conflicts')?.close();
    this.requestUpdate();
    choose(this.#choices);
  };

  protected override render(): TemplateResult {
    return html`${this.#twoFactorDialog()} ${this.#conflictDialog()}`;
  }

  /** A modal dialog with a form: title, body, Cancel and a submit button. */
  #dialogShell(name: DialogName, title: string, describedBy: string, body: unknown, submit: string, blocked: boolean, onSubmit: (e: Event) => void, submitDescribedBy?: string): TemplateResult {
    // A modal dialog is shown above the page, outside the widget's layout: it says its language and direction itself.
    return html`<dialog id=${name} part="dialog" lang=${this.localize.locale} dir=${this.localize.dir} aria-labelledby=${`${name}-title`} aria-describedby=${describedBy} @close=${() => this.#onClose(name)}>
      <form class="dialog-body" novalidate @submit=${onSubmit}>
        <h2 id=${`${name}-title`}>${title}</h2>
        ${body}
        <div class="tools end">
          <button type="button" @click=${() => this.#dialog(name)?.close()}>${this.localize.t('Cancel')}</button>
          <button type="submit" id=${`${name}-submit`} class="primary" aria-disabled=${blocked} aria-describedby=${submitDescribedBy ?? nothing}>${submit}</button>
        </div>
      </form>
    </dialog>`;
  }

  #twoFactorDialog(): TemplateResult {
    const p = this.#prompt;
    const password = p?.method === 'password';
    const t = this.localize;
    const text = p ? promptText(p, t) : { prompt: '', note: '', error: false };
    const renew = p?.state === 'max-attempts' && p.method === 'email';
    return this.#dialogShell(
      'two-factor',
      t.t(password ? 'Confirm with your password' : 'Two-factor authentication'),
      'two-factor-prompt',
      html`<p id="two-factor-prompt">${text.prompt}</p>
        <label for="two-factor-code">${t.t(password ? 'Password' : 'Code')}</label>
        <input
          id="two-factor-code"
          type=${password ? 'password' : 'text'}
          autocomplete=${password ? 'current-password' : 'one-time-code'}
          inputmode=${password ? nothing : 'numeric'}
          spellcheck="false"
          dir="ltr"
          ?disabled=${renew}
          aria-invalid=${text.error}
          aria-describedby="two-factor-note"
        />
        <p id="two-factor-note" class=${text.error ? 'err' : 'muted'} role=${text.error ? 'alert' : nothing}>${text.note}</p>`,
      t.t(p?.busy ? 'Saving…' : renew ? 'Send a new code' : password ? 'Confirm and save' : 'Verify and save'),
      !!p?.busy,
      this.#submitCode,
    );
  }

  #conflictDialog(): TemplateResult {
    const conflicts = this.#conflicts;
    const left = conflicts.filter((c) => !this.#choices.has(c.id)).length;
    const t = this.localize;
    const choice = (c: Conflict, value: Choice, label: string) =>
      html`<label
        ><input
          type="radio"
          name=${`choice-${c.id}`}
          value=${value}
          .checked=${this.#choices.get(c.id) === value}
          @change=${() => {
            this.#choices = new Map(this.#choices).set(c.id, value);
            this.requestUpdate();
          }}
        />
        ${label}</label
      >`;
    // A value as set (the server's, or typed), not to be translated; On, Off and "(empty)" are ours.
    const value = (v: SettingFormValue) => html`<dd dir="auto" translate=${typeof v === 'boolean' || v === '' || v == null ? nothing : 'no'}>${displayValue(v, t)}</dd>`;
    return this.#dialogShell(
      'conflicts',
      t.t('Changed on the server since you loaded'),
      'conflicts-intro',
      html`<p id="conflicts-intro">
          ${t.plural(conflicts.length, {
            one: 'Someone changed this setting after you opened the form. Keep your edit or take the server’s value. Nothing is saved until you choose.',
            other: 'Someone changed these {count} settings after you opened the form. For each, keep your edit or take the server’s value. Nothing is saved until you choose.',
          })}
        </p>
        ${conflicts.map(
          (c) => html`<fieldset>
            <legend>${t.text(labelOf(c.id))}</legend>
            <dl>
              <dt>${t.t('When you loaded')}</dt>
              ${value(c.loaded)}
              <dt>${t.t('On the server now')}</dt>
              ${value(c.server)}
              <dt>${t.t('Your edit')}</dt>
              ${value(c.mine)}
            </dl>
            <div class="tools">${choice(c, 'mine', t.t('Keep my edit'))} ${choice(c, 'theirs', t.t('Take the server’s value'))}</div>
          </fieldset>`,
        )}
        <p class="muted" id="conflicts-left">
          ${left ? t.plural(left, { one: 'Choose for {count} more setting.', other: 'Choose for {count} more settings.' }) : t.t('Ready to save.')}
        </p>`,
      t.t('Save with these choices'),
      left > 0,
      this.#submitChoices,
      'conflicts-left',
    );
  }
}

/** What the two-factor dialog says, in `t`'s language: the request (`prompt`) and how the last try went (`note`, an error when `error`). */
function promptText(p: Prompt, t: Translator): { prompt: string; note: string; error: boolean } {
  const password = p.method === 'password';
  const prompt = password
    ? t.t('Rocket.Chat asks you to confirm with your password. It is sent only as its SHA-256 digest, in the body of the save, and is not kept.')
    : p.method === 'email'
      ? p.sent
        ? p.to
          ? // {account}: the user name or e-mail address the server named.
            t.t('Rocket.Chat has sent a code to the e-mail address of {account}. Enter it here.', { account: p.to })
          : t.t('Rocket.Chat has sent a code to the e-mail address of your account. Enter it here.')
        : t.t('Enter the code Rocket.Chat sent to your e-mail address (the last code sent is still valid).')
      : t.t('Enter the code from your authenticator app.');
  if (p.state === 'max-attempts') {
    const note = p.method === 'email'
      ? t.t('Too many wrong codes: Rocket.Chat no longer accepts this one. Choose “Send a new code” to get another by e-mail.')
      : t.t('Too many wrong attempts: Rocket.Chat refuses this code. Wait a moment, then try again.');
    return { prompt, note, error: true };
  }
  if (p.state === 'invalid') return { prompt, note: t.t(password ? 'That password was not accepted. Try again.' : 'That code was not accepted. Try again.'), error: true };
  if (p.empty) return { prompt, note: t.t(password ? 'Enter your password.' : 'Enter the code.'), error: true };
  return { prompt, note: p.message ? say(t, p.message) : '', error: false };
}
