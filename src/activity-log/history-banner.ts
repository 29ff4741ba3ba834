import { css, html, type TemplateResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { OVERWRITE_WINDOW_RANGE } from '../core/numbers.js';
import type { Translator } from '../core/translate.js';
import { describeObjectKey, KIND_WORDS, parseObjectKey } from './object-key.js';
import { entryObjects } from './objects.js';
import { around, DATA } from './sentence.js';
import { clip } from './text.js';
import { WindowEditEvent } from './window-edit-event.js';

// The banner of an object's history (the `object` filter), shown by the filter bar above the list:
// what the history is of, the way back to the whole log, and the overwrite window.

/** Names of objects, by key, from the entries a filter bar was given: what the banner calls the object. */
export class ObjectNames {
  #names = new Map<string, string>();
  #read = new WeakSet<readonly ActivityEntry[]>();

  /** Reads the names the entries give (once per page); the newest name seen wins. */
  learn(entries: readonly ActivityEntry[] | undefined): void {
    if (!entries || this.#read.has(entries)) return;
    this.#read.add(entries);
    // Newest first: the first name seen for an object is its newest.
    for (let i = entries.length - 1; i >= 0; i--) for (const o of entryObjects(entries[i]!)) if (o.name) this.#names.set(o.key, o.name);
  }

  /** The name of the object of `key`, if an entry gave one. */
  get(key: string): string | undefined {
    return this.#names.get(key);
  }
}

/** What the banner needs. */
export interface HistoryBanner {
  /** The `object` filter's value. */
  key: string;
  names: ObjectNames;
  /** The overwrite window, in minutes. */
  window: number;
  t: Translator;
  /** Clears the `object` filter. */
  back: () => void;
}

/**
 * The banner of the history of `key`: "History of goal “PDF download” (id 1, website 3)", "Back to
 * the whole log" and the overwrite window, whose changes go up to the widget as a `WindowEditEvent`.
 */
export function renderHistoryBanner({ key, names, window, t, back }: HistoryBanner): TemplateResult {
  const parts = parseObjectKey(key);
  const backButton = html`<button type="button" class="small" part="history-back" @click=${back}>${t.t('Back to the whole log')}</button>`;
  if (!parts) {
    // {value}: the value of the object attribute, which names no object.
    const [before, after] = around(t.t('“{value}” names no object: an object is named like goal:1@3, website:2 or user:alice.', { value: DATA }));
    return html`<div class="history" part="history" role="alert">
      <p class="history-title">${before}<span translate="no">${clip(key, 100)}</span>${after}</p>
      ${backButton}
    </div>`;
  }
  const name = names.get(key);
  const kind = t.text(KIND_WORDS.get(parts.kind)!);
  let title: TemplateResult | string = describeObjectKey(key, t);
  if (name) {
    // {object}: a kind of object and its name ("goal “PDF download”").
    const [before, after] = around(t.t('History of {object}', { object: t.t('{kind} “{name}”', { kind, name: DATA }) }));
    // {id}: the object's id; {site}: the id of its website.
    const where = parts.site ? t.t('(id {id}, website {site})', { id: parts.id, site: parts.site }) : t.t('(id {id})', { id: parts.id });
    title = html`${before}<span translate="no">${clip(name, 100)}</span>${after} <span class="history-where">${where}</span>`;
  }
  // {minutes}: a number field, the overwrite window.
  const [beforeField, afterField] = around(t.t("Mark changes made within {minutes} minutes of another user's change", { minutes: DATA }));
  const [min, max] = OVERWRITE_WINDOW_RANGE;
  return html`<div class="history" part="history" role="group" aria-labelledby="history-title">
    <p class="history-title" id="history-title">${title}</p>
    <label class="history-window"
      >${beforeField}<input
        type="number"
        part="overwrite-window"
        min=${min}
        max=${max}
        .value=${String(window)}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const minutes = Math.round(Math.min(max, Math.max(min, input.valueAsNumber || window)));
          input.value = String(minutes);
          input.dispatchEvent(new WindowEditEvent(minutes));
        }}
      />${afterField}</label
    >
    ${backButton}
  </div>`;
}

/** The banner's styles, adopted with the filter bar's. */
export const historyBannerStyles = css`
  .history {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-start: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }
  .history-title {
    margin: 0;
    flex: 1 1 16em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .history-where {
    font-weight: normal;
    color: var(--_fg-muted);
  }
  .history-window {
    font-size: 0.92em;
  }
  .history-window input {
    inline-size: 5.5em;
    margin-inline: 0.3em;
  }
`;
