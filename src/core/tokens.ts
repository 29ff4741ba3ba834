import { css, unsafeCSS, type CSSResult } from 'lit';

/*
 * Design tokens. Every widget reads the public `--dw-*` custom properties (set them on any
 * ancestor, e.g. `:root`, to brand all widgets at once), falling back to the defaults below.
 * Dark defaults have their own `--dw-dark-*` properties. Inside the shadow root the resolved
 * values live in private `--_*` properties, which widget styles use.
 */

/**
 * The colours, one a line: the private name (`--_bg`), the public one (`--dw-color-surface`, and
 * `--dw-dark-color-surface` for the dark theme), the light default and the dark default.
 */
const colors = `
  bg surface ffffff 16191f
  bg-raised surface-raised f6f7f9 1f232b
  bg-sunken surface-sunken eef0f3 0f1216
  fg text 1d2433 e6e9ef
  fg-muted text-muted 5b6475 a3abba
  border border d5d9e0 3a414d
  accent accent 2456c7 7fa6ff
  accent-fg accent-contrast ffffff 0b1530
  danger danger b3261e ff8a80
  danger-bg danger-surface fdecea 3b1a18
  success success 1b7a3d 6fd39a
  success-bg success-surface e7f5ec 15301f
  warning warning 8a5a00 f5c86a
  warning-bg warning-surface fff4d6 33290f
  focus focus 2456c7 9dbcff
  skeleton skeleton e4e7ec 2a303a
`;

/** The private colour properties of a table like `colors` in one theme: `--_bg:var(--dw-color-surface,#ffffff);…` */
const theme = (table: string, dark: boolean) =>
  unsafeCSS(
    table.replace(/(\S+) (\S+) (\w+) (\w+)/g, (_, own, name, light, darkValue) => `--_${own}:var(--dw-${dark ? 'dark-' : ''}color-${name},#${dark ? darkValue : light});`),
  );

const light = theme(colors, false);
const dark = theme(colors, true);

/**
 * Colours of one widget's own (a table like `colors` above: the chart's series), as private
 * properties of its host in the light and dark themes, as `baseStyles` sets the shared ones.
 */
export function themeColors(table: string): CSSResult {
  const darkColors = theme(table, true);
  return css`
    :host {
      ${theme(table, false)}
    }
    :host([theme='dark']) {
      ${darkColors}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${darkColors}
      }
    }
  `;
}

/** Shared host styles: tokens, light/dark/auto themes, typography, focus ring, reduced motion. */
export const baseStyles = css`
  :host {
    ${light}
    --_font: var(--dw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--dw-font-size, 14px);
    --_radius: var(--dw-radius, 6px);
    --_space: var(--dw-space, 8px);
    --_mono: var(--dw-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--dw-background, var(--_bg));
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color-scheme: light;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Shared control styles: buttons, inputs, selects, messages, skeletons. */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 32px;
    padding: 0.3em 0.85em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    min-height: 32px;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-width: 100%;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .message {
    padding: calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg-raised);
  }
  .message.error {
    border-color: var(--_danger);
    background: var(--_danger-bg);
    color: var(--_fg);
  }
  .message.success {
    border-color: var(--_success);
    background: var(--_success-bg);
  }
  .message.warning {
    border-color: var(--_warning);
    background: var(--_warning-bg);
  }
  .skeleton {
    background: var(--_skeleton);
    border-radius: var(--_radius);
    animation: dw-pulse 1.4s ease-in-out infinite;
  }
  @keyframes dw-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
