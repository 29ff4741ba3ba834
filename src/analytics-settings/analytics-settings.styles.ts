import { css } from 'lit';

export const analyticsSettingsStyles = css`
  :host {
    --analytics-settings-gap: calc(var(--_space) * 2);
    --analytics-settings-label-width: 15rem;
    --analytics-settings-section-background: var(--_bg-raised);
    --analytics-settings-code-background: var(--_bg-sunken);
    --analytics-settings-changed-color: var(--_accent);
    --analytics-settings-max-width: none;
  }
  .layout {
    display: grid;
    gap: var(--analytics-settings-gap);
    max-width: var(--analytics-settings-max-width);
    align-items: start;
  }
  @container (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(320px, 42%);
    }
    .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.08em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--analytics-settings-gap);
    min-width: 0;
  }
  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .muted,
  .description {
    color: var(--_fg-muted);
  }
  .description {
    font-size: 0.93em;
    overflow-wrap: anywhere;
  }
  section.group,
  .preview {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--analytics-settings-section-background);
    padding: calc(var(--_space) * 2);
    display: grid;
    gap: calc(var(--_space) * 1.75);
    min-width: 0;
  }
  @container (max-width: 400px) {
    section.group,
    .preview {
      padding: calc(var(--_space) * 1.25);
    }
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  .field + .field {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 1.5);
  }
  @container (min-width: 620px) {
    .field.text {
      grid-template-columns: var(--analytics-settings-label-width) minmax(0, 1fr);
      column-gap: calc(var(--_space) * 2);
    }
    .field.text > .head {
      grid-column: 1;
      grid-row: 1 / span 6;
    }
    .field.text > :not(.head) {
      grid-column: 2;
    }
  }
  .head {
    display: grid;
    gap: 2px;
    align-content: start;
  }
  .label-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  label,
  .label {
    font-weight: 600;
  }
  .check {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space);
    align-items: start;
  }
  .check input {
    width: 18px;
    height: 18px;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .check > :not(input) {
    grid-column: 2;
  }
  .badge {
    display: inline-block;
    font-size: 0.78em;
    font-weight: 600;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--analytics-settings-changed-color);
    color: var(--analytics-settings-changed-color);
    line-height: 1.5;
  }
  .badge.failed {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  input:not([type='checkbox']):not([type='radio']),
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 5.5em;
    resize: vertical;
    font-family: var(--_mono);
    font-size: 0.92em;
  }
  input:disabled,
  textarea:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input[readonly],
  textarea[readonly] {
    background: var(--_bg-sunken);
  }
  .field-error,
  .row-error,
  .save-failure {
    color: var(--_danger);
    font-size: 0.93em;
  }
  .field-error ul,
  .warnings ul,
  .pitfalls ul,
  .message ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .warnings {
    color: var(--_warning);
    font-size: 0.93em;
  }
  .inline-tools {
    margin-inline-start: auto;
  }
  .field-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .field-tools button,
  .trackers button,
  .copy {
    min-height: 26px;
    padding: 0.1em 0.65em;
    font-size: 0.86em;
  }
  .trackers > button {
    justify-self: start;
  }
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
  .trackers-empty {
    color: var(--_fg-muted);
    font-size: 0.93em;
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
    grid-template-columns: minmax(0, 1fr);
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
    min-width: 0;
  }
  .tracker-field label {
    font-weight: 500;
    font-size: 0.9em;
  }
  .actions {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space);
    padding: var(--_space) 0;
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }
  .actions .save-state {
    margin-inline-end: auto;
    color: var(--_fg-muted);
    font-size: 0.93em;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-decoration: underline;
  }
  .message {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .message p {
    margin: 0;
  }
  .readonly-note {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .preview .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .preview .host {
    display: grid;
    gap: 2px;
  }
  pre.code {
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
    overflow-wrap: anywhere;
    tab-size: 2;
  }
  .inline-check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    font-weight: 500;
  }
  .skeleton-block {
    height: 9em;
  }
  .skeleton-line {
    height: 1.4em;
    width: 40%;
  }
  .loading {
    display: grid;
    gap: var(--analytics-settings-gap);
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    width: min(36rem, calc(100vw - 2 * var(--_space)));
    max-height: calc(100vh - 4 * var(--_space));
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog form,
  .dialog-body {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
  .conflict {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .conflict legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .conflict dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 2px var(--_space);
    margin: 0;
  }
  .conflict dt {
    color: var(--_fg-muted);
  }
  @container (max-width: 480px) {
    .conflict dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .conflict dd {
    margin: 0;
    font-family: var(--_mono);
    font-size: 0.92em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .choices label {
    font-weight: 500;
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
`;
