import { css } from 'lit';

/* Layout: one column, the preview under the form; the preview beside it from 1000 px of widget
   width; labels beside the text fields from 620 px. The parts loaded on demand bring their own
   styles: the preview's code blocks (preview.styles.ts), the row editor of Additional Piwik Sites
   (trackers-editor.styles.ts), the save dialogs (save-dialogs.styles.ts). */
export const analyticsSettingsStyles = css`
  :host {
    --analytics-settings-gap: calc(var(--_space) * 2);
    --analytics-settings-label-width: 15rem;
    --analytics-settings-section-background: var(--_bg-raised);
    --analytics-settings-code-background: var(--_bg-sunken);
    --analytics-settings-changed-color: var(--_accent);
    --analytics-settings-max-width: none;
    /* Long text from the server (a 100 KB domain, a URL without spaces) wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  .layout,
  form,
  .loading {
    display: grid;
    gap: var(--analytics-settings-gap);
    min-width: 0;
  }
  .layout {
    max-width: var(--analytics-settings-max-width);
    align-items: start;
  }
  /* The preview's element lends its box to the section inside it (a grid item beside the form). */
  dw-tracking-preview {
    display: contents;
  }
  @container (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(320px, 42%);
    }
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.08em;
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  label {
    font-weight: 600;
  }
  .muted,
  .description,
  #save-state {
    color: var(--_fg-muted);
  }
  .description,
  #save-state,
  .err,
  .warn {
    font-size: 0.93em;
  }
  .err {
    color: var(--_danger);
  }
  .warn {
    color: var(--_warning);
  }
  .group,
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
    .group,
    .preview {
      padding: calc(var(--_space) * 1.25);
    }
  }
  :host([compact]) .header {
    display: none;
  }
  .header,
  .message {
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) / 2);
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
    min-width: 0;
  }
  .label-line,
  .tools,
  .actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .check {
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space);
    align-items: start;
  }
  .check > input {
    width: 18px;
    height: 18px;
    margin: 2px 0 0;
    accent-color: var(--_accent);
  }
  .check > :not(input) {
    grid-column: 2;
  }
  .check .tools {
    margin-inline-start: auto;
  }
  .badge {
    font-size: 0.78em;
    font-weight: 600;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid;
    color: var(--analytics-settings-changed-color);
    line-height: 1.5;
  }
  .badge.failed {
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
    font-size: 0.9em;
  }
  input:disabled,
  textarea:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  [readonly] {
    background: var(--_bg-sunken);
  }
  .tools button,
  .row button {
    min-height: 26px;
    padding: 0.1em 0.65em;
    font-size: 0.86em;
  }
  .actions {
    position: sticky;
    bottom: 0;
    z-index: 1;
    justify-content: flex-end;
    padding: var(--_space) 0;
    background: var(--_bg);
    border-top: 1px solid var(--_border);
  }
  #save-state {
    margin-inline-end: auto;
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .skeleton {
    height: 1.4em;
    width: 40%;
  }
  .skeleton.block {
    height: 9em;
    width: auto;
  }
  .row {
    justify-content: space-between;
  }
`;
