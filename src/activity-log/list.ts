import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatCount } from '../core/format.js';
import type { ActivityEntry, ActivityViewer } from '../api/activity-source.js';
import { errorMessage } from '../api/errors.js';
import { SYSTEM_USERS } from './avatar.js';
import { catalogueVersion } from './activity-types.js';
import { activityType, typeGroups } from './catalogue.js';
import { builtInIcon } from './icons.js';
import { toRow, type ActivityRow } from './rows.js';
import { clip } from './text.js';
import { currentTimeZone, relativeTime } from './time.js';
import type { ActivityFilters, ActivityView, ScanProgress, ViewPage } from './view.js';

// The list of activities: what the widget shows once entries have arrived (rows, notices, the
// empty state), and the filter options that come from the types' catalogue and the logins seen.

/** The rows of a page, prepared once per page shown; notes the unknown types and the logins seen (for the filters). */
export function toRows(entries: readonly ActivityEntry[], locale: string, types?: Set<string>, logins?: Set<string>): ActivityRow[] {
  const zone = currentTimeZone();
  return entries.map((entry) => {
    const row = toRow(entry, locale, zone);
    if (!row.type.known) types?.add(entry.type);
    if (entry.userLogin) logins?.add(entry.userLogin);
    return row;
  });
}

/** What the rows need from the widget. */
export interface ListState {
  rows: readonly ActivityRow[];
  pending: boolean;
  /** The row in the tab order. */
  activeKey: string;
  newIds: ReadonlySet<string>;
  now: number;
  locale: string;
  /** The avatar's picture (an `<img>` over the initials), or nothing. */
  avatar: (row: ActivityRow) => unknown;
  onFocus: (e: FocusEvent) => void;
  onKey: (e: KeyboardEvent) => void;
}

/** Whether any filter is set. */
export const hasFilters = (f: ActivityFilters): boolean => !!(f.user || f.activityType || f.dateFrom || f.dateTo || f.search.trim());

export function renderList(s: ListState): TemplateResult | typeof nothing {
  if (s.rows.length === 0) return nothing;
  return html`<ol class="list" part="list" aria-label="Activities" aria-busy=${s.pending ? 'true' : 'false'} @focusin=${s.onFocus} @keydown=${s.onKey}>${repeat(
    s.rows,
    (row) => row.key,
    (row) => renderRow(row, s),
  )}</ol>`;
}

// One flat template per row, without white space between elements and with text set as
// properties where it can be (fewer nodes): long pages render fast.
function renderRow(row: ActivityRow, s: ListState): TemplateResult {
  const isNew = s.newIds.has(row.key);
  const icon = row.type.icon;
  const shownIcon = typeof icon === 'string' ? (row.icon ??= iconNode(icon) ?? icon) : icon;
  const date = row.entry.datetime;
  return html`<li class="row${isNew ? ' new' : ''}" part="row" data-key=${row.key} tabindex=${row.key === s.activeKey ? '0' : '-1'}><span class="avatar c${row.colour}${row.whoNote ? ' system' : ''}" part="avatar" aria-hidden="true">${row.initials}${s.avatar(row)}</span><div class="what"><p class="line"><span class="who" part="user" .textContent=${row.who}></span> <span class="who-note" .textContent=${row.whoNote ? `(${row.whoNote})` : ''}></span> <span class="description" part="description" .textContent=${row.shownDescription}></span> <span class="badge" ?hidden=${!isNew}>New</span></p><p class="meta"><span class="type" part="type" title=${row.type.label}>${shownIcon}<span class="visually-hidden" .textContent=${`${row.type.label}, `}></span>${row.type.groupLabel}</span>${row.details.map(
    (d) => html`<span class="detail" part="details"><span class="detail-label" .textContent=${`${d.label}:`}></span> ${d.value}</span>`,
  )}</p></div><span class="when" part="time"><time datetime=${row.iso || nothing} .textContent=${date ? relative(date, s.now, s.locale) : 'time unknown'}></time><span class="exact" .textContent=${row.exact}></span></span></li>`;
}

const iconNodes = new Map<string, Node>();

/**
 * A built-in icon as a node of the row's own, cloned from one rendered copy (without lit's
 * markers): cheaper per row than a template instance. Undefined for a name that is not one.
 */
function iconNode(name: string): Node | undefined {
  let master = iconNodes.get(name);
  if (!master) {
    const template = builtInIcon(name);
    if (!template) return undefined;
    const box = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(template, box);
    master = box.querySelector('svg')!;
    const walker = document.createTreeWalker(master, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode!.removeChild(marker);
    iconNodes.set(name, master);
  }
  return master.cloneNode(true);
}

const relativeCache = { now: 0, locale: '', texts: new Map<number, string>() };

/** "3 hours ago", cached per instant until the clock ticks. */
function relative(date: Date, now: number, locale: string): string {
  const cache = relativeCache;
  if (cache.now !== now || cache.locale !== locale) {
    cache.now = now;
    cache.locale = locale;
    cache.texts.clear();
  }
  const t = date.getTime();
  let text = cache.texts.get(t);
  if (text === undefined) cache.texts.set(t, (text = relativeTime(date, now, locale)));
  return text;
}

/** "Showing 1–25 of 1,234 activities." and its variants, for the summary and announcements. */
export function summaryText({ scan, page, offset }: { scan: ActivityView; page: ViewPage; offset: number }, locale: string): string {
  const count = (n: number) => formatCount(n, locale);
  const filtered = hasFilters(scan.filters);
  const noun = `${filtered ? 'matching ' : ''}${page.total === 1 ? 'activity' : 'activities'}`;
  if (scan.invalid) return scan.invalid;
  if (page.entries.length === 0) {
    if (!page.totalExact && scan.counting) return 'Searching…';
    return page.total === 0 ? `No ${filtered ? 'matching ' : ''}activities.` : `Nothing on this page; ${count(page.total)} ${noun} in all.`;
  }
  const range = `${count(offset + 1)}–${count(offset + page.entries.length)}`;
  if (page.totalExact) return `Showing ${range} of ${count(page.total)} ${noun}.`;
  if (page.scan?.bounded) return `Showing ${range} of ${count(page.total)} ${noun} found so far.`;
  return `Showing ${range} of at least ${count(page.total)} ${noun} (still counting).`;
}

/** "3 new activities". */
export const newActivities = (n: number, locale: string): string => `${formatCount(n, locale)} new ${n === 1 ? 'activity' : 'activities'}`;

/** The notices above the list: new activities above this page, a text search that stopped at its bound. */
export function renderNotices(o: { newAbove: number; scan: ScanProgress | undefined; dates: boolean; scanLimit: number; locale: string; newest: () => void; further: () => void }): TemplateResult {
  const { newAbove: n, scan, locale } = o;
  return html`${n > 0
    ? html`<div class="message notice" part="notice">
        ${newActivities(n, locale)} above this page.
        <button type="button" class="small" @click=${o.newest}>Show newest</button>
      </div>`
    : nothing}${scan?.bounded
    ? html`<div class="message warning" part="notice">
        Searched the ${formatCount(scan.checked, locale)} most recent activities${o.dates ? ' in this date range' : ''} (of
        ${formatCount(scan.window, locale)}); older ones were not searched.
        <button type="button" class="small" @click=${o.further}>Search ${formatCount(Math.min(o.scanLimit, scan.window - scan.checked), locale)} more</button>
      </div>`
    : nothing}`;
}

/** What shows when nothing matches: why, and how to get entries back. */
export function renderEmpty(
  { page, scan }: { page: ViewPage; scan: ActivityView },
  own: boolean,
  clearFilters: () => void,
  clearDates: () => void,
): TemplateResult | typeof nothing {
  if (page.entries.length > 0 || page.total > 0 || (scan.counting && !page.totalExact)) return nothing;
  const f = scan.filters;
  if (scan.invalid) {
    return html`<div class="empty" part="empty">
      <p>${scan.invalid}</p>
      <button type="button" @click=${clearDates}>Clear dates</button>
    </div>`;
  }
  if (hasFilters(f)) {
    const search = f.search.trim();
    const said = [
      f.user && `User: ${f.user}`,
      f.activityType && `Activity: ${activityType(f.activityType).label}`,
      f.dateFrom && f.dateTo ? `Dates: ${f.dateFrom} to ${f.dateTo}` : f.dateFrom ? `Since ${f.dateFrom}` : f.dateTo && `Until ${f.dateTo}`,
      search && `Search: “${search}”`,
    ].filter(Boolean);
    return html`<div class="empty" part="empty">
      <p><strong>No activities match these filters${page.scan?.bounded ? ' among those searched' : ''}.</strong></p>
      <ul class="active-filters">
        ${said.map((text) => html`<li>${text}</li>`)}
      </ul>
      <button type="button" @click=${clearFilters}>Clear filters</button>
    </div>`;
  }
  return html`<div class="empty" part="empty"><p>${own ? 'You have no recorded activities yet.' : 'No activities have been recorded yet.'}</p></div>`;
}

/** The row a list key moves to (Up/Down, Home/End, Page Up/Page Down), if it is one of those keys. */
export function keyTarget(rows: readonly ActivityRow[], activeKey: string, key: string): ActivityRow | undefined {
  if (!rows.length) return undefined;
  const index = Math.max(0, rows.findIndex((r) => r.key === activeKey));
  const target = ({ ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + 10, PageUp: index - 10 } as Record<string, number>)[key];
  return target === undefined ? undefined : rows[Math.max(0, Math.min(rows.length - 1, target))];
}

/** The user filter (super users): every login the server listed or the list showed, then the system performers. */
export function renderUserFilter(viewer: ActivityViewer, seen: Iterable<string>, user: string, onChange: (e: Event) => void): TemplateResult {
  const people = new Set([...viewer.logins, ...seen]);
  for (const system of Object.keys(SYSTEM_USERS)) people.delete(system);
  if (user && !(user in SYSTEM_USERS)) people.add(user);
  const logins = [...people].sort((a, b) => a.localeCompare(b));
  return html`<label class="field"
    ><span class="field-label">User</span>
    <select part="user-filter" @change=${onChange}>
      <option value="" ?selected=${!user}>All users</option>
      <optgroup label="People">${logins.map((login) => html`<option value=${login} ?selected=${login === user}>${clip(login, 100)}</option>`)}</optgroup>
      <optgroup label="System">
        ${Object.entries(SYSTEM_USERS).map(([login, note]) => html`<option value=${login} ?selected=${login === user}>${login} (${note})</option>`)}
      </optgroup>
    </select></label
  >`;
}

/** The note under the filters: a user who sees only their own activities, or an access check that failed. */
export function renderNote(viewer: ActivityViewer | undefined, error: unknown): TemplateResult | typeof nothing {
  if (viewer && !viewer.superUser) return html`<p class="note" part="note">You see your own activities only.</p>`;
  if (error) return html`<p class="note" part="note">Could not check this account's access (${errorMessage(error)}); the user filter is not available.</p>`;
  return nothing;
}

const typeOptionsCache = new WeakMap<object, { stamp: string; options: TemplateResult[] }>();

/** The options of the activity-type filter, by group: every known type, the types `seen` in the list, and the one chosen. */
export function typeOptions(seen: ReadonlySet<string>, chosen: string): TemplateResult[] {
  const stamp = `${catalogueVersion()}|${seen.size}|${chosen}`;
  let cached = typeOptionsCache.get(seen);
  if (cached?.stamp !== stamp) {
    const options = typeGroups([...seen, chosen].filter(Boolean)).map(
      (group) =>
        html`<optgroup label=${group.label}>
          ${group.types.map((t) => html`<option value=${t.id} ?selected=${t.id === chosen}>${t.known || !t.plugin ? t.label : `${t.label} (${t.plugin})`}</option>`)}
        </optgroup>`,
    );
    typeOptionsCache.set(seen, (cached = { stamp, options }));
  }
  return cached.options;
}
