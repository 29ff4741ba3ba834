import { html, nothing, type TemplateResult } from 'lit';
import { describeFilters, hasFilters, type Filter } from './filters.js';
import type { ActivityView, ViewPage } from './view.js';

/**
 * What shows when nothing matches: why (the filters set, in words), and how to get entries back
 * (`clear()` clears every filter, `clear('dates')` a reversed date range).
 */
export function renderEmpty(
  { page, scan }: { page: ViewPage; scan: ActivityView },
  own: boolean,
  clear: (group?: Filter['group']) => void,
): TemplateResult | typeof nothing {
  if (page.entries.length > 0 || page.total > 0 || (scan.counting && !page.totalExact)) return nothing;
  if (scan.invalid) {
    return html`<div class="empty" part="empty">
      <p>${scan.invalid}</p>
      <button type="button" @click=${() => clear('dates')}>Clear dates</button>
    </div>`;
  }
  if (hasFilters(scan.filters)) {
    return html`<div class="empty" part="empty">
      <p><strong>No activities match these filters${page.scan?.bounded ? ' among those searched' : ''}.</strong></p>
      <ul class="active-filters">
        ${describeFilters(scan.filters).map((text) => html`<li>${text}</li>`)}
      </ul>
      <button type="button" @click=${() => clear()}>Clear filters</button>
    </div>`;
  }
  return html`<div class="empty" part="empty"><p>${own ? 'You have no recorded activities yet.' : 'No activities have been recorded yet.'}</p></div>`;
}
