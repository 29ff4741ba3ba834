// The floor for a list: the same entries, with the same visible fields as a row of
// <activity-log> (initials, who, description, type, details, relative and exact time), built
// with plain createElement/textContent into a shadow root with a small stylesheet that, like the
// widget's, lets the browser skip rows out of view (content-visibility: auto). No framework, no
// filters, no pager, no accessibility extras: what a careful hand-written list costs.
import type { ActivityEntry } from '../../src/api/activity-source.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 14px/1.4 system-ui, sans-serif; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { display: flex; gap: 12px; align-items: flex-start; padding: 8px; border-bottom: 1px solid #d5d9e0; content-visibility: auto; contain-intrinsic-size: auto 4.5em; }
  .avatar { flex: none; width: 32px; height: 32px; border-radius: 50%; display: grid; place-items: center; background: #e3e8f4; font-size: 12px; }
  .what { flex: 1; min-width: 0; }
  .line, .meta { margin: 0; }
  .who { font-weight: 600; }
  .meta { color: #5b6475; font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 12px; }
  .when { flex: none; text-align: end; color: #5b6475; font-size: 12px; }
  .exact { display: none; }
`);

const relative = new Map<string, Intl.RelativeTimeFormat>();
const exact = new Map<string, Intl.DateTimeFormat>();
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000_000],
  ['month', 2_592_000_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

function ago(date: Date, now: number, locale: string): string {
  let format = relative.get(locale);
  if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })));
  const diff = now - date.getTime();
  for (const [unit, ms] of UNITS) if (diff >= ms) return format.format(-Math.floor(diff / ms), unit);
  return 'just now';
}

function exactTime(date: Date, locale: string): string {
  let format = exact.get(locale);
  if (!format) exact.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' })));
  return format.format(date);
}

const words = (id: string) => id.replace(/([a-z])([A-Z])/g, '$1 $2');

function initials(login: string): string {
  const parts = login.split(/[\s._-]+/).filter(Boolean);
  if (parts.length === 0) return '?';
  return (parts.length === 1 ? parts[0]!.slice(0, 2) : parts[0]![0]! + parts[parts.length - 1]![0]!).toUpperCase();
}

function details(parameters: Record<string, unknown>): string[] {
  const items = Array.isArray(parameters.items) ? parameters.items : [];
  const out: string[] = [];
  for (const item of items as Array<{ type?: unknown; data?: Record<string, unknown> }>) {
    const data = item?.data ?? {};
    const value = data.name ?? data.login ?? data.value ?? data.id;
    if (value !== undefined && value !== null) out.push(`${String(item.type ?? 'Detail')}: ${String(value)}`);
  }
  return out;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders `entries` as a list inside `host` (a fresh element, not yet connected or already connected). */
export function renderBaselineList(host: HTMLElement, entries: readonly ActivityEntry[], now: number, locale = 'en'): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const list = document.createElement('ol');
  list.setAttribute('aria-label', 'Activities');
  for (const entry of entries) {
    const row = el('li', 'row');
    row.append(el('span', 'avatar', initials(entry.userLogin)));
    const what = el('div', 'what');
    const line = el('p', 'line');
    line.append(el('span', 'who', entry.userLogin || 'unknown user'), ' ', el('span', 'description', entry.description));
    const meta = el('p', 'meta');
    const type = entry.type.split('/');
    meta.append(el('span', 'type', `${words(type[1] ?? entry.type)} · ${type[0] ?? ''}`));
    for (const detail of details(entry.parameters)) meta.append(el('span', 'detail', detail));
    what.append(line, meta);
    const when = el('span', 'when');
    const time = document.createElement('time');
    if (entry.datetime) {
      time.dateTime = entry.datetime.toISOString();
      time.textContent = ago(entry.datetime, now, locale);
      when.append(time, el('span', 'exact', exactTime(entry.datetime, locale)));
    } else {
      time.textContent = 'time unknown';
      when.append(time);
    }
    row.append(what, when);
    list.append(row);
  }
  root.replaceChildren(list);
}
