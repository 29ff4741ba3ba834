import { css } from 'lit';

/**
 * The tracking-code preview's own styles (its box and its column are the widget's): it stays in
 * view beside a long form, and its headings, cookieless option and code blocks.
 */
export const previewStyles = css`
  @container (min-width: 1000px) {
    .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  h4 {
    margin: 0;
    line-height: 1.25;
    font-size: 1em;
  }
  .inline-check {
    font-weight: 500;
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
