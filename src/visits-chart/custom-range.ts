import { css, html, type TemplateResult } from 'lit';

/*
 * The custom range form of <visits-chart> ("Custom…" in the Range select): two dates and Apply.
 * The widget loads this module when the form is first opened (in the script-tag bundles, a file
 * of its own under `chunks/`) and adopts its styles then. Like the table view, it imports nothing
 * of the widget's own code: the widget hands it the days to show.
 */

export const customStyles = css`
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

/** The form: `id` prefixes its ids, `days` are the range shown (`YYYY-MM-DD`), `error` the last refusal. */
export function renderCustom(id: string, days: [string, string] | null, error: string, onSubmit: (e: SubmitEvent) => void): TemplateResult {
  const errorId = `${id}-custom-error`;
  const invalid = error ? 'true' : 'false';
  return html`<form class="custom" @submit=${onSubmit} aria-label="Custom range">
    <label class="field" for="${id}-from"
      >From
      <input id="${id}-from" name="from" type="date" required .value=${days?.[0] ?? ''} aria-invalid=${invalid} aria-describedby=${errorId} />
    </label>
    <label class="field" for="${id}-to"
      >To
      <input id="${id}-to" name="to" type="date" required .value=${days?.[1] ?? ''} aria-invalid=${invalid} aria-describedby=${errorId} />
    </label>
    <button type="submit" class="primary">Apply</button>
    <p class="hint" id=${errorId} role="alert">${error}</p>
  </form>`;
}

/** The `date` the submitted form asks for (`YYYY-MM-DD,YYYY-MM-DD`), or why it cannot be used. */
export function readCustom(form: HTMLFormElement): { date: string; error?: undefined } | { error: string } {
  const from = (form.elements.namedItem('from') as HTMLInputElement).value;
  const to = (form.elements.namedItem('to') as HTMLInputElement).value;
  if (!from || !to) return { error: 'Enter both dates.' };
  if (from > to) return { error: 'The start date must not be after the end date.' };
  return { date: `${from},${to}` };
}
