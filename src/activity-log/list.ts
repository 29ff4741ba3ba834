import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { RovingTabindex } from '../core/roving-tabindex.js';
import { english } from '../core/translate.js';
import { RowList, type RowsState } from './list-rows.js';

/**
 * The list of `<activity-log>`: its rows (built by hand, see list-rows.ts), moved through with the
 * arrow keys with one tab stop for the whole list (the shared `RovingTabindex`), and skeleton rows
 * while the first page loads. Properties in; nothing out (the widget waits for `settled()`).
 *
 * It has no shadow root of its own: it renders into the widget's, whose parts and styles it uses.
 * @internal
 */
export class ActivityList extends LitElement {
  static tagName = 'dw-activity-list';

  static override properties: PropertyDeclarations = {
    entries: { attribute: false },
    state: { attribute: false },
    skeleton: { attribute: false },
    catalogue: { attribute: false },
  };

  /** The entries shown, in order; undefined while the first page loads (skeleton rows show). */
  entries: readonly ActivityEntry[] | undefined;
  /** What the rows show besides their entries (the row in the tab order is the list's own). */
  state: Omit<RowsState, 'activeKey'> = { pending: false, newIds: new Set(), now: 0, locale: 'en', pictures: '' };
  /** Skeleton rows to show while loading. */
  skeleton = 8;
  /** The types' catalogue version (a registered type rewrites the rows). */
  catalogue = 0;

  #rows: RowList | undefined;
  #roving = new RovingTabindex(
    this,
    // The rows a reader can reach: not those a mark folded into a group.
    () => this.entries?.map((e) => e.id).filter((key) => !this.#rows?.hidden(key)) ?? [],
    (key) => this.#rows?.row(key),
  );
  /** Whether the skeleton rows show (from the first frame on). */
  #skeletonShown = false;
  #skeletonFrame = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Resolves once the list shows every row of its entries (a long page adds its rows in slices). */
  async settled(): Promise<void> {
    await this.updateComplete;
    await this.#rows?.complete();
  }

  /** Focuses the row in the tab order. */
  focusRow(): void {
    this.#roving.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entries')) this.#roving.keep();
    if (changed.has('catalogue')) this.#rows?.invalidate();
  }

  protected override render(): HTMLOListElement | TemplateResult | typeof nothing {
    const entries = this.entries;
    if (!entries) return this.#renderSkeleton();
    if (!entries.length && !this.#rows) return nothing;
    this.#rows ??= new RowList(this.#roving.onFocusIn, this.#roving.onKeyDown);
    // Told of an empty page too, so rows of a page before stop being built.
    const list = this.#rows.update(entries, { ...this.state, activeKey: this.#roving.active });
    return entries.length ? list : nothing;
  }

  /**
   * The skeleton rows, from the first frame on: rows that arrive before it (a fast source) are
   * shown without a skeleton built and thrown away first; a slower answer shows the skeleton in
   * the widget's first paint all the same.
   */
  #renderSkeleton(): TemplateResult {
    // (No frames on a server, @lit-labs/ssr: the list renders busy and empty, as in the browser's first frame.)
    if (!this.#skeletonShown && !this.#skeletonFrame && typeof requestAnimationFrame === 'function') {
      this.#skeletonFrame = requestAnimationFrame(() => {
        this.#skeletonShown = true;
        if (!this.entries) this.requestUpdate();
      });
    }
    const count = this.#skeletonShown ? this.skeleton : 0;
    return html`<ol class="list" part="list" aria-label=${(this.state.t ?? english).t('Activities')} aria-busy="true">
      ${Array.from(
        { length: count },
        () => html`<li class="row skeleton-row" aria-hidden="true">
          <span class="avatar skeleton"></span>
          <span class="what"><span class="skeleton line-1"></span><span class="skeleton line-2"></span></span>
          <span class="when"><span class="skeleton line-3"></span></span>
        </li>`,
      )}
    </ol>`;
  }
}
