/** Helpers for the <activity-log> element tests: what a user sees, and what went over the wire. */
import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core';
import type AxeCore from 'axe-core';
import type { ActivityLog } from '../../src/activity-log/activity-log.js';

/** The page's own fetch, captured before any test replaces it (used to read downloaded blobs). */
const pageFetch = window.fetch.bind(window);

// axe-core is a script that sets `window.axe` (it has no ES module export).
const axe = (window as unknown as { axe: typeof AxeCore }).axe;

export const shadow = (el: ActivityLog) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ActivityLog, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ActivityLog, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

/** The rows shown (not the skeleton). */
export const rows = (el: ActivityLog) => $$<HTMLLIElement>(el, 'li.row:not(.skeleton-row)');
export const rowIds = (el: ActivityLog) => rows(el).map((r) => r.dataset.key!);
export const rowLogins = (el: ActivityLog) => rows(el).map((r) => r.querySelector('.who')!.textContent!.trim());
export const summary = (el: ActivityLog) => text($(el, '.summary'));
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records every `name` event fired anywhere in the document from now on. */
export function record<T = unknown>(name: string): { events: Array<CustomEvent<T>>; stop(): void } {
  const events: Array<CustomEvent<T>> = [];
  const listener = (e: Event) => events.push(e as CustomEvent<T>);
  document.addEventListener(name, listener);
  return { events, stop: () => document.removeEventListener(name, listener) };
}

/** Waits until `count` load events were recorded and the element rendered them. */
export async function loads(el: ActivityLog, recorder: { events: unknown[] }, count = 1): Promise<void> {
  await waitUntil(() => recorder.events.length >= count, `expected ${count} dw-activity-load event(s), got ${recorder.events.length}`, { timeout: 10_000 });
  await el.updateComplete;
}

/**
 * Chooses an option in one of the widget's selects, as a user would: focus it, then pick once the
 * option is offered (the filters' full lists load on demand, after the first rows or on focus).
 */
export async function choose(el: ActivityLog, part: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[part="${part}"]`);
  expect(select, `select ${part}`).to.exist;
  select!.focus();
  await el.updateComplete;
  await waitUntil(() => [...select!.options].some((o) => o.value === value), `options of ${part}: ${[...select!.options].map((o) => o.value).join(', ')} (no ${value})`);
  select!.value = value;
  select!.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The activity-type select, focused as a user reaching it would, once it offers every type (their groups load on demand). */
export async function typeFilter(el: ActivityLog): Promise<HTMLSelectElement> {
  const select = $<HTMLSelectElement>(el, 'select[part="type-filter"]')!;
  select.focus();
  await el.updateComplete;
  await waitUntil(() => select.querySelector('optgroup'), 'the type filter offers no groups');
  return select;
}

/** Types a date into a date input and commits it. */
export async function enterDate(el: ActivityLog, part: 'date-from' | 'date-to', value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[part="${part}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types a search and presses Enter. */
export async function searchFor(el: ActivityLog, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[part="search"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await el.updateComplete;
}

export async function click(el: ActivityLog, selector: string): Promise<void> {
  const button = $<HTMLButtonElement>(el, selector);
  expect(button, selector).to.exist;
  expect(button!.disabled, `${selector} is disabled`).to.equal(false);
  button!.click();
  await el.updateComplete;
}

/** The button whose text contains `label`. */
export function buttonNamed(el: ActivityLog, label: string): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(el, 'button').find((b) => text(b).includes(label));
}

/** Runs axe on the element (shadow DOM included) and fails with a readable list of violations. */
export async function expectAccessible(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(found).to.deep.equal([]);
}

/** Catches files the widget saves (the download click is prevented) and reads their contents. */
export function captureDownloads(): { files: Array<{ name: string; type: string; content: Promise<string> }>; stop(): void } {
  const files: Array<{ name: string; type: string; content: Promise<string> }> = [];
  const onClick = (e: Event) => {
    const a = e.composedPath()[0];
    if (a instanceof HTMLAnchorElement && a.download) {
      e.preventDefault();
      const blob = pageFetch(a.href).then((r) => r.blob());
      files.push({ name: a.download, type: '', content: blob.then((b) => b.text()) });
      void blob.then((b) => (files.find((f) => f.name === a.download)!.type = b.type));
    }
  };
  document.addEventListener('click', onClick, true);
  return { files, stop: () => document.removeEventListener('click', onClick, true) };
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF). */
export function parseCsv(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = csv.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    out.push(row);
  }
  return out;
}

/** URLs the browser loaded (or tried to) since `since` that contain `part`, from Resource Timing. */
export function resourcesMatching(part: string, since = 0): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since && e.name.includes(part))
    .map((e) => e.name);
}

/** The local calendar day (YYYY-MM-DD) of a Matomo UTC datetime, computed here independently. */
export function localDay(datetime: string): string {
  const d = new Date(`${datetime.replace(' ', 'T')}Z`);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
