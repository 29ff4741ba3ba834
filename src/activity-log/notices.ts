import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../core/format.js';
import { newActivities } from './summary.js';
import type { ScanProgress } from './view.js';

// The notices above the list exist only with a scan (a text search stopped at its bound) or live
// updates (which load the scan too): their code comes with the scan's (see filter-scan.ts), not in
// the first view.

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

/** How the activity log moved during an export: activities removed, or more new ones than a round trip reads. */
export type Shift = 'removed' | 'moved';

/** Why an export stopped when the log moved under it (nothing was saved). */
export function shiftMessage(shift: Shift): string {
  return `${shift === 'removed' ? 'Activities were removed from the log' : 'More new activities arrived than the export could follow'} while it was being exported, so the file could have missed some: nothing was saved. Export again to read the log as it is now.`;
}
