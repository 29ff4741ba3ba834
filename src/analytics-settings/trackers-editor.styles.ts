import { css } from 'lit';

/** The row editor of Additional Piwik Sites (loaded with it, when Matomo is enabled). */
export const trackersEditorStyles = css`
  .trackers {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .trackers-title {
    font-weight: 600;
  }
  .trackers-note,
  .trackers-empty,
  .row-error {
    font-size: 0.93em;
    color: var(--_fg-muted);
  }
  .row-error {
    color: var(--_danger);
  }
  .trackers button {
    min-height: 26px;
    padding: 0.1em 0.65em;
    font-size: 0.86em;
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
  .tracker-field {
    display: grid;
    gap: 2px;
    align-content: start;
    min-width: 0;
  }
  .tracker-field label {
    font-weight: 500;
  }
`;
