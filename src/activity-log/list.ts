import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../core/format.js';
import type { ActivityEntry, ActivityViewer } from '../api/activity-source.js';
import { errorMessage } from '../api/errors.js';
import { SYSTEM_USERS } from './avatar.js';
import { catalogueVersion } from './activity-types.js';
import { activityType, typeGroups } from './catalogue.js';
import { clip } from './text.js';
import type { ActivityFilters, ActivityView, ViewPage } from './view.js';

// Around the list of activities (its rows are in list-rows.ts; its notices in notices.ts): the
// summary and the empty state, and the filter options that come from the types' catalogue and the logins seen.

/** Notes the types the catalogue does not know and the logins of `entries` (for the filters' options). */
export function noteSeen(entries: readonly ActivityEntry[], types: Set<string>, logins: Set<string>): void {
  for (const entry of entries) {
    if (!activityType(entry.type).known) types.add(entry.type);
    if (entry.userLogin) logins.add(entry.userLogin);
  }
}

/** Whether any filter is set. */
export const hasFilters = (f: ActivityFilters): boolean => !!(f.user || f.activityType || f.dateFrom || f.dateTo || f.search.trim());

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

/** The user filter (super users): every login the server listed or the list showed, then the system performers. */
export function renderUserFilter(viewer: ActivityViewer, seen: Iterable<string>, user: string, onChange: (e: Event) => void): TemplateResult {
  const people = new Set([...viewer.logins, ...seen]);
  for (const system of SYSTEM_USERS.keys()) people.delete(system);
  if (user && !SYSTEM_USERS.has(user)) people.add(user);
  const logins = [...people].sort((a, b) => a.localeCompare(b));
  return html`<label class="field"
    ><span class="field-label">User</span>
    <select part="user-filter" @change=${onChange}>
      <option value="" ?selected=${!user}>All users</option>
      <optgroup label="People">${logins.map((login) => html`<option value=${login} ?selected=${login === user}>${clip(login, 100)}</option>`)}</optgroup>
      <optgroup label="System">
        ${[...SYSTEM_USERS].map(([login, note]) => html`<option value=${login} ?selected=${login === user}>${login} (${note})</option>`)}
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

/** The type filter's one option while it does not offer them all: the type chosen, if any. */
export const chosenType = (id: string): TemplateResult | typeof nothing => (id ? html`<option value=${id} selected>${activityType(id).label}</option>` : nothing);

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
