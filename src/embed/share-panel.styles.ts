import { css } from 'lit';

export const sharePanelStyles = css`
  :host {
    --share-panel-gap: var(--_space);
    --share-panel-padding: calc(var(--_space) * 2);
    --share-panel-snippet-font: var(--_mono);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--share-panel-padding);
    max-width: 100%;
  }
  section {
    display: grid;
    gap: calc(var(--share-panel-gap) * 1.5);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--share-panel-gap);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .message {
    margin: 0;
  }
  .message ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .message li + li {
    margin-block-start: 0.35em;
  }
  .field {
    display: grid;
    gap: calc(var(--share-panel-gap) / 2);
  }
  .field label,
  .output label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.92em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .check input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }
  details summary {
    cursor: pointer;
    color: var(--_fg-muted);
  }
  details[open] summary {
    margin-block-end: calc(var(--share-panel-gap) / 2);
  }
  .output {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'label button'
      'hint button'
      'text text';
    align-items: center;
    gap: calc(var(--share-panel-gap) / 2) var(--share-panel-gap);
  }
  .output label {
    grid-area: label;
  }
  .output .hint {
    grid-area: hint;
  }
  .output button {
    grid-area: button;
    justify-self: end;
  }
  .output textarea {
    grid-area: text;
  }
  textarea {
    width: 100%;
    resize: vertical;
    font-family: var(--share-panel-snippet-font);
    font-size: 0.88em;
    line-height: 1.4;
    word-break: break-all;
    background: var(--_bg-sunken);
  }
  fieldset {
    margin: 0;
    padding: var(--share-panel-gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.3em;
    font-weight: 600;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    align-items: end;
    gap: var(--share-panel-gap);
  }
  .options .field {
    font-weight: 600;
  }
  .options .field select,
  .options .field input {
    font-weight: normal;
  }
  .options .wide {
    grid-column: 1 / -1;
  }
  .options .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--share-panel-gap) / 2) calc(var(--share-panel-gap) * 1.5);
  }
  input[type='color'] {
    width: 4rem;
    padding: 2px;
  }
  .preview-block {
    display: grid;
    gap: var(--share-panel-gap);
  }
  .preview-block .field {
    justify-items: start;
  }
  iframe[part='preview'] {
    display: block;
    width: 100%;
    height: 240px;
    max-height: 560px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    /* Matches the embed page's, so the preview shows what a host page would (no opaque backdrop). */
    color-scheme: normal;
  }
  .status {
    min-height: 1.45em;
    margin: 0;
    color: var(--_fg-muted);
  }
  @container (max-width: 480px) {
    .output {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'label' 'hint' 'text' 'button';
    }
    .output button {
      justify-self: start;
    }
  }
`;
