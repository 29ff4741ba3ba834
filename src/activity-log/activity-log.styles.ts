import { css } from 'lit';

export const activityLogStyles = css`
  :host {
    --_avatar: var(--activity-log-avatar-size, 32px);
    --_row-gap: var(--activity-log-row-gap, calc(var(--_space) * 1.25));
    --_row-padding: var(--activity-log-row-padding, var(--_space));
    --_row-border: var(--activity-log-row-border, 1px solid var(--_border));
    min-width: 0;
  }

  :host([compact]) :is(.header, .filters) {
    display: none;
  }

  /* The filter bar and the list render into this shadow root: their own elements take no box. */
  dw-activity-filter-bar,
  dw-activity-list {
    display: contents;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
  }

  /* Header ------------------------------------------------------------ */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
    line-height: 1.3;
    margin-inline-end: auto;
  }
  .actions {
    display: inline-flex;
    flex-wrap: wrap;
    margin-inline-start: auto;
    gap: calc(var(--_space) * 0.5);
  }
  button.small {
    min-height: 28px;
    padding: 0.15em 0.6em;
    font-size: 0.92em;
  }
  .icon {
    flex: none;
  }

  /* Filters ----------------------------------------------------------- */
  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75) var(--_space);
    align-items: end;
    padding: var(--_space);
    background: var(--_bg-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
  }
  .control-pending {
    height: 2.4em;
  }
  .field-label {
    font-size: 0.85em;
    color: var(--_fg-muted);
  }
  /* The bar's controls, its note and its type field's width come with its code (filter-bar.ts). */
  @container (min-width: 480px) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .search-field {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 860px) {
    .filters {
      grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    }
    .search-field {
      grid-column: span 2;
    }
  }

  .summary {
    margin: 0;
    min-height: 1.45em;
    color: var(--_fg-muted);
    font-size: 0.92em;
  }
  .message {
    margin: 0;
  }
  .message p {
    margin: 0.25em 0 0.5em;
  }
  .message button {
    margin-inline-start: 0.25em;
  }

  /* Pagination -------------------------------------------------------- */
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .page-of {
    min-width: 6em;
    text-align: center;
    color: var(--_fg-muted);
    font-size: 0.92em;
  }
  .page-size {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-inline-start: auto;
    font-size: 0.92em;
    color: var(--_fg-muted);
  }
  .page-size select {
    color: var(--_fg);
  }
  @container (max-width: 380px) {
    .actions .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .page-size {
      margin-inline-start: 0;
    }
  }
`;
