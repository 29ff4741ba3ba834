import { html, nothing, type TemplateResult } from 'lit';
import { english } from '../core/translate.js';
import type { EditorContext } from './editor.js';
import { validateAdditionalTrackers } from './trackers-validator.js';
import type { Validator } from './validators.js';

export { trackersEditorStyles as styles } from './trackers-editor.styles.js';

/** The setting's full validator, which comes with its row editor (see trackers-validator.ts). */
export const validate: Validator = (value, _required, locate) => validateAdditionalTrackers(value, locate);

/**
 * The row editor of Additional Piwik Sites, that setting's own editor (its schema entry's
 * `editor`, see editor.ts), with its full validator: one row (tracker URL, site id) per item of
 * the JSON array, kept in step with the JSON text. Rows are read from the text while it is valid
 * JSON of the right form; editing a row rewrites the text. Loaded on demand, once Matomo is
 * enabled: the JSON text below it works without it.
 */

export interface TrackerRow {
  trackerURL: string;
  /** As typed: written to JSON as a number when it is one. */
  siteId: string;
}

/**
 * The rows of a JSON text, or null when the text is not a list the rows can show without losing
 * anything (invalid JSON, not an array, an item that is not an object, keys other than
 * trackerURL and siteId, values that are not text or numbers).
 */
export function rowsFromJson(text: string): TrackerRow[] | null {
  if (!text.trim()) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const rows: TrackerRow[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const record = item as Record<string, unknown>;
    if (Object.keys(record).some((k) => k !== 'trackerURL' && k !== 'siteId')) return null;
    const url = record['trackerURL'] ?? '';
    const site = record['siteId'] ?? '';
    if (typeof url !== 'string' || (typeof site !== 'string' && typeof site !== 'number')) return null;
    rows.push({ trackerURL: url, siteId: String(site) });
  }
  return rows;
}

/** The JSON text of rows: one item a line; `""` for no rows (Rocket.Chat's default). */
export function rowsToJson(rows: readonly TrackerRow[]): string {
  if (rows.length === 0) return '';
  const items = rows.map((row) => {
    const siteJson = /^[1-9]\d{0,14}$/.test(row.siteId) ? row.siteId : JSON.stringify(row.siteId);
    return `  {"trackerURL": ${JSON.stringify(row.trackerURL)}, "siteId": ${siteJson}}`;
  });
  return `[\n${items.join(',\n')}\n]`;
}

/** How many rows the editor shows; a longer list is edited in the JSON text. */
export const ROWS_SHOWN = 50;

/** The id of a row control, for focusing it: `tracker-url-0`, `tracker-site-0`, `tracker-remove-0`, `tracker-add`. */
export const rowControlId = (kind: 'url' | 'site' | 'remove', index: number): string => `tracker-${kind}-${index}`;

/**
 * The rows of the setting's value; a row edited, added or removed gives the new JSON text. The
 * validator's shape errors (`issues`) are shown on the rows, by item index and key.
 */
export function render(o: EditorContext): TemplateResult {
  const t = o.t ?? english;
  const rows = rowsFromJson(o.value);
  if (rows === null) {
    return html`<p class="trackers-note" part="trackers-note" id="trackers-note">
      ${t.t('The row editor shows lists of {example} items only: edit the JSON text below.', { example: '{"trackerURL", "siteId"}' })}
    </p>`;
  }
  const more = rows.length - ROWS_SHOWN;
  const change = (next: readonly TrackerRow[], focus: string) => o.change(rowsToJson(next), focus);
  /** One control of a row: the tracker URL or the site id, with its shape error. */
  const cell = (index: number, key: keyof TrackerRow) => {
    const url = key === 'trackerURL';
    const id = rowControlId(url ? 'url' : 'site', index);
    const found = o.issues.find((x) => x.item === index && x.key === key);
    const error = found && t.text(found.text ?? found.message);
    const item = { item: index + 1 };
    return html`<span class="tracker-field">
      <label for=${id}
        ><span aria-hidden="true">${t.t(url ? 'Tracker URL' : 'Site ID')}</span
        ><span class="visually-hidden">${url ? t.t('Tracker URL of tracker {item}', item) : t.t('Site ID of tracker {item}', item)}</span></label
      >
      <input
        id=${id}
        dir="ltr"
        type=${url ? 'url' : 'text'}
        inputmode=${url ? 'url' : 'numeric'}
        autocomplete="off"
        spellcheck="false"
        placeholder=${url ? t.t('e.g. {url}', { url: 'https://matomo.example.org/' }) : nothing}
        .value=${rows[index]![key]}
        ?readonly=${o.readOnly}
        aria-invalid=${!!error}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) =>
          change(
            rows.map((row, i) => (i === index ? { ...row, [key]: (e.target as HTMLInputElement).value } : row)),
            id,
          )}
      />
      ${error ? html`<span class="row-error" id=${`${id}-error`}>${error}</span>` : nothing}
    </span>`;
  };
  return html`<div class="trackers" part="trackers" role="group" aria-labelledby="trackers-title">
    <div class="trackers-title" id="trackers-title">${t.t('Additional trackers')}</div>
    ${rows.length === 0 ? html`<p class="trackers-empty">${t.t('No additional tracker.')}</p>` : nothing}
    <ol class="tracker-rows">
      ${rows.slice(0, ROWS_SHOWN).map(
        (_, index) => html`<li class="tracker-row" part="tracker-row">
          ${cell(index, 'trackerURL')} ${cell(index, 'siteId')}
          ${o.readOnly
            ? nothing
            : html`<button
                type="button"
                id=${rowControlId('remove', index)}
                aria-label=${t.t('Remove tracker {item}', { item: index + 1 })}
                @click=${() => {
                  const next = rows.filter((__, i) => i !== index);
                  change(next, next.length === 0 ? 'tracker-add' : rowControlId('remove', Math.min(index, next.length - 1)));
                }}
              >
                ${t.t('Remove')}
              </button>`}
        </li>`,
      )}
    </ol>
    ${more >= 0
      ? html`<p class="trackers-note">
          ${more
            ? t.t('The first {shown} of {count} trackers; the {more} others are in the JSON text below.', { shown: ROWS_SHOWN, count: rows.length, more })
            : t.t('Add further trackers in the JSON text below.')}
        </p>`
      : nothing}
    ${o.readOnly || more >= 0
      ? nothing
      : html`<button type="button" id="tracker-add" part="add-tracker-button" @click=${() => change([...rows, { trackerURL: '', siteId: '' }], rowControlId('url', rows.length))}>
          ${t.t('Add tracker')}
        </button>`}
  </div>`;
}
