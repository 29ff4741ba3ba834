import { html, type TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';
import type { Shown } from './query-controller.js';

/** Page sizes the pager offers (a size set otherwise is offered too). */
const PAGE_SIZES = [10, 25, 50, 100];

/** What the pager shows and does. */
export interface PagerState {
  shown: Shown | undefined;
  /** Position of the first entry of the page asked for. */
  offset: number;
  size: number;
  /** The element's words (its `localize`): numbers are formatted in its locale. */
  t: Translator;
  previous: () => void;
  next: () => void;
  /** The reader chose another page size. */
  resize: (size: number) => void;
}

/** Previous and next, "Page 2 of 50" (without "of" while a search still counts), and rows per page. */
export function renderPager({ shown, offset, size, t, previous, next, resize }: PagerState): TemplateResult {
  const total = shown?.page.total ?? 0;
  const exact = shown?.page.totalExact ?? true;
  const hasNext = !!shown && (offset + size < total || (!exact && shown.scan.counting));
  const pages = Math.max(1, Math.ceil(total / size));
  const pageNo = Math.floor(offset / size) + 1;
  const sizes = PAGE_SIZES.includes(size) ? PAGE_SIZES : [...PAGE_SIZES, size].sort((a, b) => a - b);
  return html`<nav class="pager" part="pagination" aria-label=${t.t('Pages')}>
    <button type="button" part="prev-button" ?disabled=${!shown || offset === 0} @click=${previous}>${t.t('Previous')}</button>
    <span class="page-of">${!shown ? '\u00a0' : exact ? t.t('Page {page} of {pages}', { page: pageNo, pages }) : t.t('Page {page}', { page: pageNo })}</span>
    <button type="button" part="next-button" ?disabled=${!hasNext} @click=${next}>${t.t('Next')}</button>
    <label class="page-size"
      ><span>${t.t('Rows per page')}</span>
      <select part="page-size" @change=${(e: Event) => resize(Number((e.target as HTMLSelectElement).value))}>
        ${sizes.map((n) => html`<option value=${n} ?selected=${n === size}>${n}</option>`)}
      </select></label
    >
  </nav>`;
}
