import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. Every widget reads the public `--dw-*` custom properties (set them on any
 * ancestor, e.g. `:root`, to brand all widgets at once), falling back to the defaults below.
 * Dark defaults have their own `--dw-dark-*` properties. Inside the shadow root the resolved
 * values live in private `--_*` properties, which widget styles use.
 */
const light = `
  --_bg: var(--dw-color-surface, #ffffff);
  --_bg-raised: var(--dw-color-surface-raised, #f6f7f9);
  --_bg-sunken: var(--dw-color-surface-sunken, #eef0f3);
  --_fg: var(--dw-color-text, #1d2433);
  --_fg-muted: var(--dw-color-text-muted, #5b6475);
  --_border: var(--dw-color-border, #d5d9e0);
  --_accent: var(--dw-color-accent, #2456c7);
  --_accent-fg: var(--dw-color-accent-contrast, #ffffff);
  --_danger: var(--dw-color-danger, #b3261e);
  --_danger-bg: var(--dw-color-danger-surface, #fdecea);
  --_success: var(--dw-color-success, #1b7a3d);
  --_success-bg: var(--dw-color-success-surface, #e7f5ec);
  --_warning: var(--dw-color-warning, #8a5a00);
  --_warning-bg: var(--dw-color-warning-surface, #fff4d6);
  --_focus: var(--dw-color-focus, #2456c7);
  --_series-1: var(--dw-color-series-1, #2456c7);
  --_series-2: var(--dw-color-series-2, #d2601a);
  --_series-3: var(--dw-color-series-3, #1b8a5a);
  --_series-4: var(--dw-color-series-4, #8e44ad);
  --_series-5: var(--dw-color-series-5, #c0392b);
  --_skeleton: var(--dw-color-skeleton, #e4e7ec);
`;

const dark = `
  --_bg: var(--dw-dark-color-surface, #16191f);
  --_bg-raised: var(--dw-dark-color-surface-raised, #1f232b);
  --_bg-sunken: var(--dw-dark-color-surface-sunken, #0f1216);
  --_fg: var(--dw-dark-color-text, #e6e9ef);
  --_fg-muted: var(--dw-dark-color-text-muted, #a3abba);
  --_border: var(--dw-dark-color-border, #3a414d);
  --_accent: var(--dw-dark-color-accent, #7fa6ff);
  --_accent-fg: var(--dw-dark-color-accent-contrast, #0b1530);
  --_danger: var(--dw-dark-color-danger, #ff8a80);
  --_danger-bg: var(--dw-dark-color-danger-surface, #3b1a18);
  --_success: var(--dw-dark-color-success, #6fd39a);
  --_success-bg: var(--dw-dark-color-success-surface, #15301f);
  --_warning: var(--dw-dark-color-warning, #f5c86a);
  --_warning-bg: var(--dw-dark-color-warning-surface, #33290f);
  --_focus: var(--dw-dark-color-focus, #9dbcff);
  --_series-1: var(--dw-dark-color-series-1, #7fa6ff);
  --_series-2: var(--dw-dark-color-series-2, #ffa66b);
  --_series-3: var(--dw-dark-color-series-3, #5fd19a);
  --_series-4: var(--dw-dark-color-series-4, #c792ea);
  --_series-5: var(--dw-dark-color-series-5, #ff8a80);
  --_skeleton: var(--dw-dark-color-skeleton, #2a303a);
`;

/** Shared host styles: tokens, light/dark/auto themes, typography, focus ring, reduced motion. */
export const baseStyles = css`
  :host {
    ${unsafeCSS(light)}
    --_font: var(--dw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--dw-font-size, 14px);
    --_radius: var(--dw-radius, 6px);
    --_space: var(--dw-space, 8px);
    --_mono: var(--dw-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
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
    ${unsafeCSS(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(dark)}
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
