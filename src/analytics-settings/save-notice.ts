import { html, type TemplateResult } from 'lit';
import type { Notice } from './form-model.js';
import type { SaveOutcome } from './save-flow.js';
import { labelOf } from './schema.js';
import { KEPT, plural } from './words.js';

/** What the form says of the end of a save (loaded with saving: see chunks.ts). */
const NOTICE_TEXT = {
  saved: (n: number) => `Saved ${plural(n, 'setting')}.`,
  followed: (labels: readonly string[]) => `Changed on the server meanwhile, and updated here: ${labels.join(', ')}.`,
  nothing: 'Nothing left to save.',
  nothingChanged: 'The values shown are the server’s.',
  notChecked: 'Your changes were not saved: the server could not be checked for changes made since loading.',
  notSaved: 'Your changes were not saved.',
  someNotSaved: (failed: number, saved: number) => `${plural(failed, 'setting was', 'settings were')} not saved (${saved} saved).`,
  maybeSaved: 'If the server saved them anyway (some Rocket.Chat versions answer without CORS headers), Retry finds that out first.',
  noCode: 'Not saved: the server asks for two-factor confirmation.',
  noCodeMore: 'Every edit is kept. Save again when you can confirm.',
  notChosen: 'Not saved.',
  notChosenMore: 'Your edits are kept. Save again to choose between your values and the server’s.',
  stopped: 'Saving stopped: the form was removed from the page.',
  stoppedMore: 'Every edit is kept. Save again to make sure the server has it.',
  tryAgain: 'Try saving again',
  discard: 'Discard my edits',
};

/** How a save ended, in words: the notice shown under the form, and what is announced ('' when the notice says it, as an alert). */
export function noticeOf(outcome: SaveOutcome): { notice: Notice; announce: string } {
  const t = NOTICE_TEXT;
  switch (outcome.kind) {
    case 'saved': {
      const title = t.saved(outcome.saved.length);
      const text = [outcome.saved.map(labelOf).join(', '), outcome.followed.length ? t.followed(outcome.followed) : ''].filter(Boolean).join(' ');
      return { notice: { kind: 'success', title, text }, announce: title };
    }
    case 'nothing':
      return { notice: { kind: 'info', title: t.nothing, text: outcome.followed.length ? t.followed(outcome.followed) : t.nothingChanged }, announce: t.nothing };
    case 'failed': {
      const title = outcome.checking ? t.notChecked : outcome.saved ? t.someNotSaved(outcome.failed.length, outcome.saved) : t.notSaved;
      const text = [KEPT, outcome.network && !outcome.checking ? t.maybeSaved : ''].filter(Boolean).join(' ');
      return { notice: { kind: 'error', title, text, failed: outcome.failed, retry: true }, announce: '' };
    }
    case 'cancelled':
      return outcome.by === 'two-factor'
        ? { notice: { kind: 'error', title: t.noCode, text: t.noCodeMore, retry: true }, announce: '' }
        : { notice: { kind: 'info', title: t.notChosen, text: t.notChosenMore }, announce: '' };
    case 'stopped':
      return { notice: { kind: 'info', title: t.stopped, text: t.stoppedMore, retry: true }, announce: '' };
  }
}

/** The settings of a notice that were not saved, by reason, each a button that moves to its field. */
export function failedList(failed: NonNullable<Notice['failed']>, focus: (id: string) => void): TemplateResult {
  return html`<ul>
    ${[...new Set(failed.map((f) => f.message))].map(
      (message) =>
        html`<li>
          ${failed
            .filter((f) => f.message === message)
            .map((f, i) => html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => focus(f.id)}>${labelOf(f.id)}</button>`)}:
          ${message}
        </li>`,
    )}
  </ul>`;
}

/** After a refused save (the form turned read-only, the edits kept): try again, or discard the edits. */
export function refusedTools(tryAgain: () => void, discard: () => void): TemplateResult {
  return html`<span class="tools">
    <button type="button" part="retry-button" @click=${tryAgain}>${NOTICE_TEXT.tryAgain}</button>
    <button type="button" @click=${discard}>${NOTICE_TEXT.discard}</button>
  </span>`;
}
