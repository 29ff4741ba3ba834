import { css } from 'lit';

/**
 * The two-factor and conflict dialogs, and the list of settings not saved in the save notice
 * (loaded with the code that saves; the dialogs element adds them to the widget's).
 */
export const saveDialogsStyles = css`
  .link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-decoration: underline;
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
  .dialog-body,
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .end {
    justify-content: flex-end;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
  }
  fieldset label {
    font-weight: 500;
  }
  dt {
    color: var(--_fg-muted);
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 2px var(--_space);
    margin: 0;
  }
  @container (max-width: 480px) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
    font-family: var(--_mono);
    font-size: 0.9em;
  }
`;
