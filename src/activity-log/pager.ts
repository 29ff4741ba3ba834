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
  /** Shows the page that starts at this position. */
  goTo: (offset: number) => void;
  /** The reader chose another page size. */
  resize: (size: number) => void;
  /** What the "Go to…" disclosure holds: the form (pager-jump.ts), which comes with the filter bar's code. */
  form: unknown;
}

/**
 * First, Previous, "Page 2 of 50" (without "of" while a search still counts), Next, Last (once the
 * count is known), "Go to…" (a disclosure: a page or a date, its form on demand) and rows per page.
 */
export function renderPager({ shown, offset, size, t, goTo, resize, form }: PagerState): TemplateResult {
  const total = shown?.page.total ?? 0;
  const exact = shown?.page.totalExact ?? true;
  const hasNext = !!shown && (offset + size < total || (!exact && shown.scan.counting));
  const pages = Math.max(1, Math.ceil(total / size));
  const pageNo = Math.floor(offset / size) + 1;
  const sizes = PAGE_SIZES.includes(size) ? PAGE_SIZES : [...PAGE_SIZES, size].sort((a, b) => a - b);
  const atStart = !shown || offset === 0;
  return html`<nav class="pager" part="pagination" aria-label=${t.t('Pages')}>
    <button type="button" part="first-button" ?disabled=${atStart} @click=${() => goTo(0)}>${t.t('First')}</button>
    <button type="button" part="prev-button" ?disabled=${atStart} @click=${() => goTo(offset - size)}>${t.t('Previous')}</button>
    <span class="page-of">${!shown ? '\u00a0' : exact ? t.t('Page {page} of {pages}', { page: pageNo, pages }) : t.t('Page {page}', { page: pageNo })}</span>
    <button type="button" part="next-button" ?disabled=${!hasNext} @click=${() => goTo(offset + size)}>${t.t('Next')}</button>
    <button type="button" part="last-button" ?disabled=${!hasNext || !exact} @click=${() => goTo((pages - 1) * size)}>${t.t('Last')}</button>
    <details part="jump">
      <summary part="jump-button">${t.t('Go to…')}</summary>
      ${form}
    </details>
    <label class="page-size"
      ><span>${t.t('Rows per page')}</span>
      <select part="page-size" @change=${(e: Event) => resize(Number((e.target as HTMLSelectElement).value))}>
        ${sizes.map((n) => html`<option value=${n} ?selected=${n === size}>${n}</option>`)}
      </select></label
    >
  </nav>`;
}
