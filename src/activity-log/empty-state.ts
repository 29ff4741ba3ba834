import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';
import { describeFilters, hasFilters, type Filter } from './filters.js';
import type { ActivityView, ViewPage } from './view.js';

/**
 * What shows when nothing matches: why (the filters set, in words), and how to get entries back
 * (`clear()` clears every filter, `clear('dates')` a reversed date range), in the words of `t`
 * (the element's `localize`).
 */
export function renderEmpty(
  { page, scan }: { page: ViewPage; scan: ActivityView },
  own: boolean,
  clear: (group?: Filter['group']) => void,
  t: Translator,
): TemplateResult | typeof nothing {
  if (page.entries.length > 0 || page.total > 0 || (scan.counting && !page.totalExact)) return nothing;
  if (scan.invalid) {
    return html`<div class="empty" part="empty">
      <p>${t.text(scan.invalid)}</p>
      <button type="button" @click=${() => clear('dates')}>${t.t('Clear dates')}</button>
    </div>`;
  }
  if (hasFilters(scan.filters)) {
    return html`<div class="empty" part="empty">
      <p><strong>${t.t(page.scan?.bounded ? 'No activities match these filters among those searched.' : 'No activities match these filters.')}</strong></p>
      <ul class="active-filters">
        ${describeFilters(scan.filters, t).map((text) => html`<li>${text}</li>`)}
      </ul>
      <button type="button" @click=${() => clear()}>${t.t('Clear filters')}</button>
    </div>`;
  }
  return html`<div class="empty" part="empty"><p>${t.t(own ? 'You have no recorded activities yet.' : 'No activities have been recorded yet.')}</p></div>`;
}
