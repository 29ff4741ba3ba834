import { sha256Hex } from '../core/sha256.js';
import { english, type Translator } from '../core/translate.js';
import { errorMessage, isAbort, isDashboardError } from '../api/errors.js';
import type { TwoFactorError } from '../api/two-factor-error.js';
import type { SettingsSource, TwoFactorCode } from '../api/settings-source.js';
import type { SettingFailure, SettingsSaveDetail } from './events.js';
import { merge, resolve, type Choice, type Conflict } from './conflicts.js';
import type { FormModel, Values } from './form-model.js';
import { clip, type Said } from './words.js';

/** What the save dialogs are asked (save-dialogs.ts answers). */
export interface SaveQuestions {
  /**
   * Asks for the two-factor code, or the password (the dialog opens, or says how the last try went).
   * Resolves with what was typed ('' asks the server to e-mail a new code), or null when the user
   * closed the dialog.
   */
  askCode(request: CodeRequest): Promise<string | null>;
  /** The code is no longer needed (saved, failed, or a conflict to settle first): the dialog closes. */
  closeCode(): void;
  /** Asks, per setting changed on both sides, which value to keep; null when the user closed the dialog. */
  askConflicts(conflicts: readonly Conflict[]): Promise<ReadonlyMap<string, Choice> | null>;
}

/** What the server asked for, and how the last try went. */
export interface CodeRequest {
  /** `totp`, `email` or `password`. */
  method: string;
  state: TwoFactorError['state'];
  /** The server e-mailed a new code with its last answer (to `to`). */
  sent: boolean;
  to: string;
  /** A word of its own (what was saved meanwhile), '' for none. */
  message: Said;
}

/** What a save needs besides the form: where to save, and who to tell. */
export interface SaveHost {
  source(): SettingsSource;
  /** The words of the form (its element's language), for what is announced; English without it. */
  translator?(): Translator;
  /** Request timeout in milliseconds. */
  timeout(): number;
  /** The form is still on the page (a write does not start once it is removed). */
  connected(): boolean;
  announce(text: string): void;
  /** The server saved these settings (as soon as it did, even if a code is then asked for the others). */
  saved(detail: SettingsSaveDetail): void;
  /** The user's choice between conflicting values changed the form. */
  changed(): void;
  questions: SaveQuestions;
}

/** How a save ended. */
export type SaveOutcome =
  /** Every change saved; `followed`: settings that took the server's newer value meanwhile. */
  | { kind: 'saved'; saved: string[]; followed: string[] }
  /** Nothing left to save once the server was read again. */
  | { kind: 'nothing'; followed: string[] }
  /** Settings not saved (`checking`: the server could not even be read before writing). */
  | { kind: 'failed'; failed: SettingFailure[]; error: unknown; saved: number; checking: boolean; network: boolean }
  /** The user closed the two-factor or the conflict dialog: nothing more was sent. */
  | { kind: 'cancelled'; by: 'two-factor' | 'conflicts' }
  /** The element was removed meanwhile: the requests were aborted. */
  | { kind: 'stopped' };


/**
 * Saving the form (loaded on demand, with its dialogs; see chunks.ts). `save()` reads the server
 * again (a setting not edited here follows it; one edited here and changed there is a conflict,
 * which the user settles), writes the changes, and asks for a two-factor code when the server
 * wants one, then goes round again: the write that carries a code is checked the same way first,
 * so a change made elsewhere while the code was typed is shown, never overwritten. It settles the
 * form model as it goes, asks the user through `host.questions`, and returns how it ended; it
 * knows nothing of the element.
 */
export class SaveFlow {
  #abort?: AbortController;

  constructor(
    readonly model: FormModel,
    readonly host: SaveHost,
  ) {}

  /** Stops the requests in flight (the element was removed). */
  abort(reason: unknown): void {
    this.#abort?.abort(reason);
  }

  async save(): Promise<SaveOutcome> {
    const { model, host } = this;
    const { questions } = host;
    const followed: string[] = [];
    let twoFactor: TwoFactorCode | undefined;
    for (;;) {
      const read = await this.#read(followed);
      if ('kind' in read) return this.#end(read);
      if (read.length) {
        // A code typed for this write is dropped: it is asked again after the choice (a password is never kept).
        questions.closeCode();
        twoFactor = undefined;
        const choices = await questions.askConflicts(read);
        if (!choices) return { kind: 'cancelled', by: 'conflicts' };
        resolve(model, read, choices);
        host.changed();
      }
      const written = await this.#write(followed, twoFactor);
      if ('kind' in written) return this.#end(written);
      const answer = await questions.askCode(written);
      if (answer === null) return { kind: 'cancelled', by: 'two-factor' };
      // Rocket.Chat expects the SHA-256 of the password, never the password itself; '' has it e-mail a new code.
      twoFactor = answer ? { code: written.method === 'password' ? await sha256Hex(answer) : answer, method: written.method } : undefined;
    }
  }

  #end(outcome: SaveOutcome): SaveOutcome {
    this.host.questions.closeCode();
    return outcome;
  }

  #t(): Translator {
    return this.host.translator?.() ?? english;
  }

  #options() {
    return { signal: (this.#abort = new AbortController()).signal, timeout: this.host.timeout() };
  }

  /** Reads the server again and merges what changed there (see `FormModel.merge`): the conflicts, or how the save ends. */
  async #read(followed: string[]): Promise<Conflict[] | SaveOutcome> {
    const { model, host } = this;
    const changed = model.changedIds();
    model.set({ busy: 'checking', notice: null });
    host.announce(this.#t().t('Checking the server for changes since loading…'));
    try {
      const fresh = await host.source().load(model.settings.map((def) => def.id), this.#options());
      const { followed: now, conflicts } = merge(model, fresh);
      followed.push(...now);
      return conflicts;
    } catch (error) {
      if (isAbort(error)) return { kind: 'stopped' };
      return this.#failed(
        changed.map((id) => ({ id, ok: false, error })),
        0,
        true,
      );
    } finally {
      model.set({ busy: '' });
    }
  }

  /** Sends the changed settings: how the save ends, or what to ask for a two-factor code. */
  async #write(followed: string[], twoFactor: TwoFactorCode | undefined): Promise<SaveOutcome | CodeRequest> {
    const { model, host } = this;
    const ids = model.changedIds();
    if (!ids.length) return { kind: 'nothing', followed };
    if (!host.connected()) return { kind: 'stopped' };
    const sent: Values = Object.fromEntries(ids.map((id) => [id, model.values[id]!]));
    model.set({ busy: 'saving' });
    host.announce(this.#t().plural(ids.length, { one: 'Saving {count} setting…', other: 'Saving {count} settings…' }));
    let results: ReadonlyArray<{ id: string; ok: boolean; error?: unknown }>;
    try {
      results = await host.source().save(
        ids.map((id) => ({ id, value: sent[id] })),
        { ...this.#options(), twoFactor },
      );
    } catch (error) {
      if (isAbort(error)) {
        model.set({ busy: '' });
        return { kind: 'stopped' };
      }
      results = ids.map((id) => ({ id, ok: false, error }));
    }
    model.set({ busy: '' });
    const saved = results.filter((r) => r.ok).map((r) => r.id);
    const failed = results.filter((r) => !r.ok && !isTwoFactor(r.error));
    const codeNeeded = results.find((r) => !r.ok && isTwoFactor(r.error))?.error as TwoFactorError | undefined;
    if (saved.length) {
      // Saved: these are the loaded values now, and no longer marked as not saved.
      const values = Object.fromEntries(saved.map((id) => [id, sent[id]!]));
      const failures = new Map(model.failures);
      for (const id of saved) failures.delete(id);
      model.set({ baseline: { ...model.baseline, ...values }, failures });
      host.saved({ saved, values });
    }
    // Settings that failed beside those needing a code are marked now, and sent again with the code.
    const outcome = failed.length ? this.#failed(failed, saved.length, false) : undefined;
    if (codeNeeded) {
      return {
        method: codeNeeded.method,
        // Asked again right after a code was sent: that code did not count.
        state: codeNeeded.state === 'required' && twoFactor ? 'invalid' : codeNeeded.state,
        sent: codeNeeded.sent.codeGenerated === true,
        to: codeNeeded.sent.emailOrUsername ?? '',
        message: saved.length ? { key: '{count} settings saved; the others need confirmation.', one: '{count} setting saved; the others need confirmation.', params: { count: saved.length } } : '',
      };
    }
    return outcome ?? { kind: 'saved', saved, followed };
  }

  /** Marks settings as not saved, with why; a refusal (403) makes the form read-only. */
  #failed(failed: ReadonlyArray<{ id: string; error?: unknown }>, saved: number, checking: boolean): SaveOutcome {
    const { model } = this;
    const list: SettingFailure[] = failed.map(({ id, error }) => ({ id, message: clip(errorMessage(error), 300), kind: isDashboardError(error) ? error.kind : 'unknown' }));
    const failures = new Map(model.failures);
    failed.forEach(({ id, error }, i) => failures.set(id, (isDashboardError(error) && error.text) || list[i]!.message));
    const refused = list.filter((f) => f.kind === 'permission').pop();
    // {reason}: what the server said (a sentence).
    model.set(refused ? { failures, forbidden: { key: 'The server refused the save: {reason}', params: { reason: failures.get(refused.id)! } } } : { failures });
    return { kind: 'failed', failed: list, error: failed[0]?.error, saved, checking, network: list.some((f) => f.kind === 'network') };
  }
}

const isTwoFactor = (error: unknown): boolean => isDashboardError(error) && error.kind === 'two-factor';
