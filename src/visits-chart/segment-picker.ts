import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Segment, VisitsSource } from '../api/visits-source.js';
import { DashboardElement } from '../core/base-element.js';
import { isAbort } from '../core/errors.js';
import { errorBox } from '../core/status-message.js';
import { addPartStyles } from './part-styles.js';
import { isolate } from './sanitize.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-segment-picker': VisitsSegmentPicker;
  }
}

/*
 * The segment picker of <visits-chart>: the stored segments the token may use on the chart's
 * sites (Matomo's SegmentEditor.getAll), "All visits" first. The widget loads this module when the
 * picker is first opened (in the script-tag bundles, a file of its own under `chunks/`) and
 * registers the element then.
 */

export const segmentStyles = css`
  /* Its button among the controls; the list under them, on a line of its own, as the custom range form. */
  dw-visits-segment-picker {
    display: contents;
  }

  .segments {
    order: 1;
    width: 0;
    min-width: 100%;
  }

  @container (max-width: 480px) {
    .segments {
      width: auto;
    }
  }

  .segments {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .segments select {
    max-width: 100%;
  }

  .segments p {
    margin: 0;
  }
`;

/** A segment picked, or the name of the one charted once the list is known. */
export interface SegmentPickDetail {
  /** The definition (empty: all visits). */
  definition: string;
  /** Its name (empty when the list does not have it). */
  name: string;
  /** Whether the reader picked it (else the picker only names the segment already charted). */
  picked: boolean;
}

/**
 * `dw-visits-segment`: from the segment picker. It stays inside the widget, like `RangeChangeEvent`.
 * @internal
 */
export class SegmentPickEvent extends CustomEvent<SegmentPickDetail> {
  constructor(detail: SegmentPickDetail) {
    super('dw-visits-segment', { detail });
  }
}

let pickers = 0;

/**
 * The segment picker: a button among the widget's controls naming the segment charted, which
 * opens the list under them. `segment` in (the definition charted), `source` and `sites` (whose
 * stored segments it asks for when first opened, or at once to name a segment charted; again on
 * Retry); a `SegmentPickEvent` out when the reader picks one, and one naming the charted segment
 * once the list is there. The list takes the focus when it arrives. Names are server text: shown as text, bidirectional controls isolated.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsSegmentPicker extends DashboardElement {
  static override tagName = 'dw-visits-segment-picker';

  static override properties: PropertyDeclarations = {
    segment: {},
    source: { attribute: false },
    sites: { attribute: false },
    timeout: { attribute: false },
    _open: { state: true },
    _segments: { state: true },
    _error: { state: true },
  };

  /** The definition charted (empty: all visits). */
  segment = '';
  /** The widget's source, asked for its stored segments. */
  source: VisitsSource | undefined = undefined;
  /** The chart's sites (`["1", "3"]`, `["all"]`). */
  sites: readonly string[] = [];
  /** Milliseconds before the request fails. */
  timeout: number | undefined = undefined;
  /** Whether the list is open. */
  private _open = false;
  /** The segments, once read. */
  private _segments: Segment[] | undefined = undefined;
  /** Why they could not be read. */
  private _error: unknown = undefined;

  readonly #id = `vsp${++pickers}`;
  #abort: AbortController | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addPartStyles(this, segmentStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Right to left in a language written so, standalone as inside the widget.
    this.dir = this.localize.dir;
    // Other sites, other segments: read again.
    const before = changed.get('sites') as readonly string[] | undefined;
    if (before && before.join() !== this.sites.join()) {
      this.#abort?.abort();
      this.#abort = undefined;
      this._segments = undefined;
      this._error = undefined;
    }
    // The list is read when the picker is opened, or to name a segment charted.
    if ((this._open || this.segment) && !this._segments && !this.#abort && this._error === undefined) void this.#read();
  }

  protected override updated(changed: PropertyValues): void {
    // The list has just arrived while open: the reader's next step is to pick.
    if (changed.has('_segments') && this._segments && this._open) this.querySelector('select')?.focus();
    if ((changed.has('_segments') || changed.has('segment')) && this._segments) this.#name(false, this.segment);
  }

  async #read(): Promise<void> {
    const source = this.source;
    if (!source?.getSegments) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this._error = undefined;
    this._segments = undefined;
    try {
      const segments = await source.getSegments(this.sites, { signal: abort.signal, timeout: this.timeout });
      if (!abort.signal.aborted) this._segments = segments;
    } catch (error) {
      if (!abort.signal.aborted && !isAbort(error)) this._error = error;
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** Tells the widget the segment's name (and whether the reader picked it). */
  #name(picked: boolean, definition: string): void {
    const found = this._segments?.find((s) => s.definition === definition);
    this.dispatchEvent(new SegmentPickEvent({ definition, name: found?.name ?? '', picked }));
  }


  protected override render(): TemplateResult {
    const id = this.#id;
    const open = this._open;
    // {segment}: the name of the segment charted (server text), its definition, or "All visits".
    return html`<button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-box" @click=${this.#toggle}>
        ${this.localize.t('Segment: {segment}', { segment: isolate(this.#nameOf(this.segment)) })}
      </button>
      <div class="segments" id="${id}-box" ?hidden=${!open}>${open ? this.#renderList() : nothing}</div>`;
  }

  /** What the picker lists: the segments, or that they load, or why they did not. */
  #renderList(): TemplateResult {
    const id = this.#id;
    const t = this.localize;
    const segments = this._segments;
    if (this._error !== undefined) return errorBox(this._error, () => void this.#read(), t.t('Could not load the segments'), t);
    if (!segments) return html`<p class="part-state" role="status">${t.t('Loading the segments…')}</p>`;
    const listed = !this.segment || segments.some((s) => s.definition === this.segment);
    return html`<label class="field" for="${id}-list"
        >${t.t('Segment')}
        <select id="${id}-list" @change=${this.#onChange}>
          <option value="" ?selected=${!this.segment}>${t.t('All visits')}</option>
          ${listed ? nothing : html`<option value=${this.segment} translate="no" selected>${isolate(this.segment)}</option>`}
          ${segments.map((s) => html`<option value=${s.definition} translate="no" ?selected=${s.definition === this.segment}>${isolate(s.name)}</option>`)}
        </select>
      </label>
      ${segments.length ? nothing : html`<p>${t.t('No stored segment applies to these sites.')}</p>`}`;
  }

  /** A definition's name: its stored segment's, "All visits" for none, else the definition itself. */
  #nameOf(definition: string): string {
    if (!definition) return this.localize.t('All visits');
    return this._segments?.find((s) => s.definition === definition)?.name ?? definition;
  }

  #toggle = (): void => {
    this._open = !this._open;
  };

  #onChange = (e: Event): void => {
    const definition = (e.target as HTMLSelectElement).value;
    if (definition !== this.segment) this.#name(true, definition);
  };
}
