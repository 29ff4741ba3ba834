import { html, type TemplateResult } from 'lit';
import { english, type Translator } from '../core/translate.js';
import type { Notice } from './form-model.js';
import type { SaveOutcome } from './save-flow.js';
import { labelOf } from './schema.js';
import { KEPT, say, type Said } from './words.js';

/** The labels of settings, by id, in `t`'s language (a list param: joined with Intl.ListFormat). */
const labels = (t: Translator, ids: readonly string[]): string[] => ids.map((id) => t.text(labelOf(id)));

/** Which settings took the server's newer value meanwhile ('' for none). */
function followedText(t: Translator, followed: readonly string[]): string {
  // {settings}: the settings' names, a list.
  return followed.length ? t.t('Changed on the server meanwhile, and updated here: {settings}.', { settings: labels(t, followed) }) : '';
}

/**
 * How a save ended, in words of `t`'s language (default English; loaded with saving: see
 * chunks.ts): the notice shown under the form, and what is announced ('' when the notice says it,
 * as an alert).
 */
export function noticeOf(outcome: SaveOutcome, t: Translator = english): { notice: Notice; announce: string } {
  const kept = t.text(KEPT);
  switch (outcome.kind) {
    case 'saved': {
      const title = t.plural(outcome.saved.length, { one: 'Saved {count} setting.', other: 'Saved {count} settings.' });
      // {settings}: the names of the settings saved, a list.
      const text = [t.t('{settings}.', { settings: labels(t, outcome.saved) }), followedText(t, outcome.followed)].filter(Boolean).join(' ');
      return { notice: { kind: 'success', title, text }, announce: title };
    }
    case 'nothing': {
      const title = t.t('Nothing left to save.');
      return { notice: { kind: 'info', title, text: followedText(t, outcome.followed) || t.t('The values shown are the server’s.') }, announce: title };
    }
    case 'failed': {
      const title = outcome.checking
        ? t.t('Your changes were not saved: the server could not be checked for changes made since loading.')
        : outcome.saved
          ? t.plural(outcome.failed.length, { one: '{count} setting was not saved ({saved} saved).', other: '{count} settings were not saved ({saved} saved).' }, { saved: outcome.saved })
          : t.t('Your changes were not saved.');
      const maybe = outcome.network && !outcome.checking ? t.t('If the server saved them anyway (some Rocket.Chat versions answer without CORS headers), Retry finds that out first.') : '';
      return { notice: { kind: 'error', title, text: [kept, maybe].filter(Boolean).join(' '), failed: outcome.failed, retry: true }, announce: '' };
    }
    case 'cancelled':
      return outcome.by === 'two-factor'
        ? { notice: { kind: 'error', title: t.t('Not saved: the server asks for two-factor confirmation.'), text: t.t('Every edit is kept. Save again when you can confirm.'), retry: true }, announce: '' }
        : { notice: { kind: 'info', title: t.t('Not saved.'), text: t.t('Your edits are kept. Save again to choose between your values and the server’s.') }, announce: '' };
    case 'stopped':
      return { notice: { kind: 'info', title: t.t('Saving stopped: the form was removed from the page.'), text: t.t('Every edit is kept. Save again to make sure the server has it.'), retry: true }, announce: '' };
  }
}

/**
 * The settings of a notice that were not saved, by reason (`failures`: why each was not saved, else
 * the English `message`), each a button that moves to its field, in `t`'s language: a list with
 * the language's separators and no conjunction ("Tracking ID, Rooms").
 */
export function failedList(failed: NonNullable<Notice['failed']>, focus: (id: string) => void, t: Translator = english, failures: ReadonlyMap<string, Said> = new Map()): TemplateResult {
  const reason = (id: string, message: string) => say(t, failures.get(id) ?? message);
  const byReason = new Map<string, string[]>();
  for (const f of failed) {
    const r = reason(f.id, f.message);
    byReason.set(r, [...(byReason.get(r) ?? []), f.id]);
  }
  return html`<ul>
    ${[...byReason].map(
      ([message, ids]) =>
        html`<li>
          ${new Intl.ListFormat(t.locale, { type: 'unit', style: 'short' })
            .formatToParts(ids)
            .map(({ type, value }) => (type === 'element' ? html`<button type="button" class="link" @click=${() => focus(value)}>${t.text(labelOf(value))}</button>` : value))}:
          ${message}
        </li>`,
    )}
  </ul>`;
}

/** After a refused save (the form turned read-only, the edits kept): try again, or discard the edits. */
export function refusedTools(tryAgain: () => void, discard: () => void, t: Translator = english): TemplateResult {
  return html`<span class="tools">
    <button type="button" part="retry-button" @click=${tryAgain}>${t.t('Try saving again')}</button>
    <button type="button" @click=${discard}>${t.t('Discard my edits')}</button>
  </span>`;
}
