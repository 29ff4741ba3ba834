import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DashboardElement } from '../core/base-element.js';
import type { Translator } from '../core/translate.js';
import { CustomRangeEvent } from './events.js';
import { addPartStyles } from './part-styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-custom-range': VisitsCustomRange;
  }
}

/*
 * The custom range form of <visits-chart> ("Custom…" in the Range select): two dates and Apply.
 * The range picker loads this module when the form is first opened (in the script-tag bundles, a
 * file of its own under `chunks/`) and registers the element then.
 */

export const customStyles = css`
  /* Last among the controls (the range picker puts it there), on a line of its own as wide as they are, never wider. */
  dw-visits-custom-range {
    order: 1;
    width: 0;
    min-width: 100%;
  }

  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  /* The controls in a column: the form takes their width as is. */
  @container (max-width: 480px) {
    dw-visits-custom-range {
      width: auto;
    }
  }

  .custom .hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.85em;
    color: var(--_danger);
  }
`;

let forms = 0;

/**
 * The custom range form: `from` and `to` in (the days shown, `YYYY-MM-DD`); a `CustomRangeEvent`
 * out when the reader applies two dates in order (else the form says what is wrong and keeps
 * them). Focus moves to its first date when it opens. Like the range picker, it renders into the
 * widget's shadow root, and adds its styles there.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsCustomRange extends DashboardElement {
  static override tagName = 'dw-visits-custom-range';

  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    _error: { state: true },
  };

  /** The first day shown, `YYYY-MM-DD`. */
  from = '';
  /** The last day shown, `YYYY-MM-DD`. */
  to = '';
  /** Why the last dates were refused. */
  private _error = '';

  readonly #id = `vcr${++forms}`;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addPartStyles(this, customStyles);
  }

  protected override firstUpdated(): void {
    this.querySelector('input')!.focus();
  }

  protected override render(): TemplateResult {
    const id = this.#id;
    const errorId = `${id}-error`;
    const invalid = this._error ? 'true' : 'false';
    const t = this.localize;
    return html`<form class="custom" @submit=${this.#onSubmit} aria-label=${t.t('Custom range')}>
      <label class="field" for="${id}-from"
        >${t.t('From')}
        <input id="${id}-from" name="from" type="date" required .value=${this.from} aria-invalid=${invalid} aria-describedby=${errorId} />
      </label>
      <label class="field" for="${id}-to"
        >${t.t('To')}
        <input id="${id}-to" name="to" type="date" required .value=${this.to} aria-invalid=${invalid} aria-describedby=${errorId} />
      </label>
      <button type="submit" class="primary">${t.t('Apply')}</button>
      <p class="hint" id=${errorId} role="alert">${this._error}</p>
    </form>`;
  }

  #onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const read = readCustom(e.target as HTMLFormElement, this.localize);
    this._error = read.error ?? '';
    if (read.error === undefined) this.dispatchEvent(new CustomRangeEvent(read.date));
  };
}

/** The `date` the submitted form asks for (`YYYY-MM-DD,YYYY-MM-DD`), or why it cannot be used. */
export function readCustom(form: HTMLFormElement, t: Translator): { date: string; error?: undefined } | { error: string } {
  const from = (form.elements.namedItem('from') as HTMLInputElement).value;
  const to = (form.elements.namedItem('to') as HTMLInputElement).value;
  if (!from || !to) return { error: t.t('Enter both dates.') };
  if (from > to) return { error: t.t('The start date must not be after the end date.') };
  return { date: `${from},${to}` };
}
