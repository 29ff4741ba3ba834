import { css, html, type TemplateResult } from 'lit';

/*
 * The custom range form of <visits-chart>: From and To days, checked before the range changes.
 * The widget loads this module when the user first picks "Custom…" (in the script-tag bundles, a
 * file of its own under `chunks/`) and adopts its styles then. Like the table, it imports nothing
 * of the widget's own code.
 */

export const customRangeStyles = css`
  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .custom .hint {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.85em;
    color: var(--_danger);
  }
`;

/** The form's state and what it reports. */
export interface CustomRange {
  /** The prefix of the form's ids (unique in the widget). */
  id: string;
  /** The days shown at first, `YYYY-MM-DD` (empty for none). */
  from: string;
  to: string;
  /** Why the last Apply was refused (empty: it was not). */
  error: string;
  /** A valid range was applied, as `YYYY-MM-DD,YYYY-MM-DD`. */
  onApply: (date: string) => void;
  /** Apply was refused: why. */
  onRefuse: (message: string) => void;
}

/** The custom range form. */
export function renderCustomRange(range: CustomRange): TemplateResult {
  const { id, error } = range;
  const errorId = `${id}-custom-error`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (!from || !to) range.onRefuse('Enter both dates.');
    else if (from > to) range.onRefuse('The start date must not be after the end date.');
    else range.onApply(`${from},${to}`);
  };
  return html`<form class="custom" @submit=${submit} aria-label="Custom range">
    <label class="field" for="${id}-from"
      >From
      <input id="${id}-from" name="from" type="date" required .value=${range.from} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${errorId} />
    </label>
    <label class="field" for="${id}-to"
      >To
      <input id="${id}-to" name="to" type="date" required .value=${range.to} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${errorId} />
    </label>
    <button type="submit" class="primary">Apply</button>
    <p class="hint" id=${errorId} role="alert">${error}</p>
  </form>`;
}
