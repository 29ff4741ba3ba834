import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../core/translate.js';
import { periodDateTime } from './period-time.js';
import type { ChartModel } from './shape.js';
import { valueText } from './value-text.js';

/*
 * The table view of <visits-chart>: every period of the chart, with the previous period's value
 * and day when comparing. The widget loads this module when the table is first shown (in the
 * script-tag bundles, a file of its own under `chunks/`) and adopts its styles then. It imports
 * nothing of the widget's own code (the widget hands it the formatting), which keeps the bundle
 * that holds all three widgets from being cut into more files.
 */

export const tableStyles = css`
  .table-wrap {
    max-height: max(var(--visits-chart-height, 280px), 20em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding: var(--_space);
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: 0.35em 0.75em;
    border-top: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
    font-weight: normal;
  }

  thead th {
    position: sticky;
    top: 0;
    background: var(--_bg-raised);
    font-weight: 600;
  }

  .previous {
    color: var(--_fg-muted);
  }
`;

/** How the table reads: its caption, and the widget's formatting of periods and values. */
export interface TableText {
  /** The caption's start (`Visits by day`); the range follows. */
  caption: string;
  /** The id of the caption, which labels the table's region. */
  captionId: string;
  /** A period label in full (`Sun, Mar 10, 2024`). */
  label: (label: string) => string;
  /** What a comparison column is, after the site's name (default `previous period`). */
  previous?: string | undefined;
  /** The widget's words. */
  t: Translator;
}

/** The table of a chart model, with the previous period's columns when comparing. */
export function renderTable(model: ChartModel, compare: boolean, text: TableText): TemplateResult {
  const { captionId, t } = text;
  // A line's value at a period (`1,234`, `56%`, `no data`, `190 (so far: 6 of 31 days)`), or its comparison's.
  const cell = (series: (typeof model.series)[number], i: number, previous: boolean) => valueText(model, series, i, previous, t);
  const labels = model.labels;
  const full = (label: string | null | undefined) => (label ? text.label(label) : '–');
  // A period as Intl writes it, in a <time> that says which it is (unless the server's label is of no known form).
  const timed = (label: string) => {
    const at = periodDateTime(label, model.period);
    return at ? html`<time datetime=${at}>${full(label)}</time>` : full(label);
  };
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby=${captionId}>
    <table>
      <caption id=${captionId}>
        ${labels.length
          ? // {what}: "Visits by day"; {from}, {to}: the first and last period.
            t.t('{what}, {from} to {to}', { what: text.caption, from: full(labels[0]), to: full(labels[labels.length - 1]) })
          : text.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.t('Period')}</th>
          ${model.series.map(
            (s) => html`<th scope="col" translate=${s.named ? 'no' : nothing}>${s.name}</th>${compare && s.previous ? html`<th scope="col" class="previous">
                    ${text.previous
                      ? // {site}: a site's name; {line}: the comparison ("same period last year").
                        t.t('{site}, {line}', { site: s.name, line: text.previous })
                      : t.t('{site}, previous period', { site: s.name })}
                  </th>` : nothing}`,
          )}
        </tr>
      </thead>
      <tbody>
        ${model.labels.map(
          (label, i) => html`<tr>
            <th scope="row">${timed(label)}</th>
            ${model.series.map(
              (s) =>
                html`<td>${cell(s, i, false)}</td>${compare && s.previous
                    ? html`<td class="previous">${cell(s, i, true)}${s.previous.labels[i]
                        ? html` <span class="when">${t.t('({date})', { date: full(s.previous.labels[i]) })}</span>`
                        : nothing}</td>`
                    : nothing}`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
