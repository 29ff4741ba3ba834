import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import type { ActivityFilters } from './filters.js';
import type { ScanProgress } from './view.js';

// The notices above the list exist only with a scan (a text search stopped at its bound) or live
// updates (which load the scan too): their code comes with the scan's (see filter-scan.ts), not in
// the first view.

/** What the notices read of the widget's query (query-controller.ts), and ask of it. */
export interface NoticesQuery {
  /** The page on screen: its view (a scan can be extended) and how far its scan read. */
  readonly shown: { scan: object; page: { scan?: ScanProgress | undefined } } | undefined;
  /** New activities above that page. */
  readonly newAbove: number;
  readonly options: { filters(): ActivityFilters; scanLimit(): number };
  goTo(offset: number): void;
  /** Reads the page again with the same view. */
  again(): void;
}

/**
 * The notices above the list, in `locale`: new activities above this page (with Show newest), a
 * text search that stopped at its bound (with Search more, which lets it check further).
 */
export function renderNotices(query: NoticesQuery, locale: string): TemplateResult | typeof nothing {
  const { shown, newAbove: n, options } = query;
  if (!shown) return nothing;
  const { scan } = shown.page;
  const f = options.filters();
  const scanLimit = options.scanLimit();
  const t = translator(locale);
  const further = () => {
    const view = query.shown?.scan as { extend?(): void } | undefined;
    view?.extend?.();
    query.again();
  };
  // {count}: the activities checked, newest first; {window}: all the activities the search has to check.
  const searched = scan?.bounded
    ? f.dateFrom || f.dateTo
      ? t.plural(scan.checked, { one: 'Searched the {count} most recent activity in this date range (of {window}); older ones were not searched.', other: 'Searched the {count} most recent activities in this date range (of {window}); older ones were not searched.' }, { window: scan.window })
      : t.plural(scan.checked, { one: 'Searched the {count} most recent activity (of {window}); older ones were not searched.', other: 'Searched the {count} most recent activities (of {window}); older ones were not searched.' }, { window: scan.window })
    : '';
  return html`${n > 0
    ? html`<div class="message notice" part="notice">
        ${t.plural(n, { one: '{count} new activity above this page.', other: '{count} new activities above this page.' })}
        <button type="button" class="small" @click=${() => query.goTo(0)}>${t.t('Show newest')}</button>
      </div>`
    : nothing}${scan?.bounded
    ? html`<div class="message warning" part="notice">
        ${searched}
        <button type="button" class="small" @click=${further}>${t.plural(Math.min(scanLimit, scan.window - scan.checked), { one: 'Search {count} more', other: 'Search {count} more' })}</button>
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
