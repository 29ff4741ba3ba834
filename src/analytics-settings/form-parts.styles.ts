import { css } from 'lit';

/** The row editor of Additional Piwik Sites and the tracking-code preview (loaded with them). */
export const formPartsStyles = css`
  .trackers-title {
    font-weight: 600;
  }
  .trackers-note,
  .trackers-empty {
    color: var(--_fg-muted);
  }
  .trackers-note,
  .trackers-empty,
  .row-error {
    font-size: 0.93em;
  }
  .row-error {
    color: var(--_danger);
  }
  .tracker-field {
    display: grid;
    gap: 2px;
    align-content: start;
    min-width: 0;
  }
  .trackers button,
  .row button {
    min-height: 26px;
    padding: 0.1em 0.65em;
    font-size: 0.86em;
  }
  .trackers {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .trackers > button {
    justify-self: start;
  }
  .tracker-rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .tracker-row {
    display: grid;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
  }
  @container (min-width: 520px) {
    .tracker-row {
      grid-template-columns: minmax(0, 1fr) 7em auto;
    }
  }
  .tracker-field label,
  .inline-check {
    font-weight: 500;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    justify-content: space-between;
  }
  pre {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--analytics-settings-code-background);
    font-family: var(--_mono);
    font-size: 0.85em;
    line-height: 1.5;
    overflow: auto;
    max-height: 24em;
    white-space: pre-wrap;
    tab-size: 2;
  }
`;
