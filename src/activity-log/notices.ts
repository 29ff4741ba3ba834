import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import type { ScanProgress } from './view.js';

// The notices above the list exist only with a scan (a text search stopped at its bound) or live
// updates (which load the scan too): their code comes with the scan's (see filter-scan.ts), not in
// the first view.

/** The notices above the list, in `locale`: new activities above this page, a text search that stopped at its bound. */
export function renderNotices(o: { newAbove: number; scan: ScanProgress | undefined; dates: boolean; scanLimit: number; locale: string; newest: () => void; further: () => void }): TemplateResult {
  const { newAbove: n, scan } = o;
  const t = translator(o.locale);
  // {count}: the activities checked, newest first; {window}: all the activities the search has to check.
  const searched = scan?.bounded
    ? o.dates
      ? t.plural(scan.checked, { one: 'Searched the {count} most recent activity in this date range (of {window}); older ones were not searched.', other: 'Searched the {count} most recent activities in this date range (of {window}); older ones were not searched.' }, { window: scan.window })
      : t.plural(scan.checked, { one: 'Searched the {count} most recent activity (of {window}); older ones were not searched.', other: 'Searched the {count} most recent activities (of {window}); older ones were not searched.' }, { window: scan.window })
    : '';
  return html`${n > 0
    ? html`<div class="message notice" part="notice">
        ${t.plural(n, { one: '{count} new activity above this page.', other: '{count} new activities above this page.' })}
        <button type="button" class="small" @click=${o.newest}>${t.t('Show newest')}</button>
      </div>`
    : nothing}${scan?.bounded
    ? html`<div class="message warning" part="notice">
        ${searched}
        <button type="button" class="small" @click=${o.further}>${t.plural(Math.min(o.scanLimit, scan.window - scan.checked), { one: 'Search {count} more', other: 'Search {count} more' })}</button>
      </div>`
    : nothing}`;
}

/** How the activity log moved during an export: activities removed, or more new ones than a round trip reads. */
export type Shift = 'removed' | 'moved';

/** Why an export stopped when the log moved under it (nothing was saved). */
export function shiftMessage(shift: Shift): Text {
  return shift === 'removed'
    ? { key: 'Activities were removed from the log while it was being exported, so the file could have missed some: nothing was saved. Export again to read the log as it is now.' }
    : { key: 'More new activities arrived than the export could follow while it was being exported, so the file could have missed some: nothing was saved. Export again to read the log as it is now.' };
}
