import { css } from 'lit';

export const activityLogStyles = css`
  :host {
    --_avatar: var(--activity-log-avatar-size, 32px);
    --_row-gap: var(--activity-log-row-gap, calc(var(--_space) * 1.25));
    --_row-padding: var(--activity-log-row-padding, var(--_space));
    --_row-border: var(--activity-log-row-border, 1px solid var(--_border));
    --_new-bg: var(--activity-log-new-row-background, var(--_success-bg));
    min-width: 0;
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
    width: 16px;
    height: 16px;
  }
  .live-status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
    color: var(--_fg-muted);
  }
  .live-status .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_success);
  }
  .live-status.live .dot {
    animation: dw-live 2s ease-in-out infinite;
  }
  .live-status.paused .dot {
    background: var(--_fg-muted);
  }
  .live-status.offline .dot,
  .live-status.stopped .dot {
    background: var(--_danger);
  }
  .live-status.offline,
  .live-status.stopped {
    color: var(--_danger);
  }
  @keyframes dw-live {
    50% {
      opacity: 0.35;
    }
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
  .field-label {
    font-size: 0.85em;
    color: var(--_fg-muted);
  }
  /* Tab also stops on a date input's calendar button, inside the input's own shadow tree: there
     the input matches neither :focus nor :focus-visible, only :focus-within, and would lose its ring. */
  input[type='date']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .field select,
  .field input {
    width: 100%;
    /* Selects and date inputs share one height, so a field appearing never shifts the list. */
    height: 2.4em;
  }
  .clear {
    justify-self: start;
    height: 2.4em;
  }
  @container (min-width: 480px) {
    .filters {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .search-field,
    .type-field.alone {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 860px) {
    .filters {
      grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    }
    .type-field,
    .type-field.alone,
    .search-field {
      grid-column: span 2;
    }
  }

  .note {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.92em;
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
  .message.notice {
    border-color: var(--_accent);
  }
  .message button {
    margin-inline-start: 0.25em;
  }
  .export label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .export progress {
    flex: 1 1 10em;
    accent-color: var(--_accent);
  }
  .export button {
    margin: 0.5em 0 0;
  }

  /* List -------------------------------------------------------------- */
  .progress-line {
    height: 2px;
    margin-bottom: -2px;
    border-radius: 1px;
    background: transparent;
  }
  .progress-line.on {
    background: linear-gradient(90deg, transparent, var(--_accent), transparent) 0 0 / 40% 100% no-repeat;
    animation: dw-slide 1.1s linear infinite;
  }
  @keyframes dw-slide {
    from {
      background-position: -40% 0;
    }
    to {
      background-position: 140% 0;
    }
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: var(--_row-border);
    max-height: var(--activity-log-max-height, none);
    overflow-y: auto;
    overflow-anchor: auto;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_avatar) minmax(0, 1fr);
    grid-template-areas:
      'avatar what'
      'avatar when';
    column-gap: var(--_row-gap);
    row-gap: 2px;
    align-items: start;
    padding: var(--_row-padding);
    border-bottom: var(--_row-border);
    min-height: calc(var(--_avatar) + 2 * var(--_space));
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  /* Rows off screen skip layout and paint (long pages stay fast). Not while hovered or focused,
     so the exact-time tooltip is not clipped. */
  .row:not(:hover):not(:focus-within) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em;
  }
  .row.new {
    background: var(--_new-bg);
  }
  @container (min-width: 560px) {
    .row {
      grid-template-columns: var(--_avatar) minmax(0, 1fr) auto;
      grid-template-areas: 'avatar what when';
    }
    .when {
      text-align: end;
    }
  }
  .avatar {
    grid-area: avatar;
    position: relative;
    display: grid;
    place-items: center;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    overflow: hidden;
    color: #fff;
    font-size: calc(var(--_avatar) * 0.38);
    font-weight: 600;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .avatar img.loaded {
    opacity: 1;
  }
  .c0 { background: #1f5fb4; }
  .c1 { background: #8e3fb0; }
  .c2 { background: #0f7466; }
  .c3 { background: #b3306b; }
  .c4 { background: #a14b00; }
  .c5 { background: #4a6b12; }
  .c6 { background: #5b4fc4; }
  .c7 { background: #b42d2d; }
  .c8 { background: #0b6b8f; }
  .c9 { background: #6d4c41; }
  .c10 { background: #2e7d32; }
  .c11 { background: #7a5a00; }
  .avatar.system {
    background: #5b6475;
  }
  .what {
    grid-area: what;
    min-width: 0;
  }
  .line,
  .meta {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .who {
    font-weight: 600;
  }
  .who-note {
    color: var(--_fg-muted);
    font-size: 0.9em;
  }
  .who-note:empty {
    display: none;
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border-radius: 999px;
    border: 1px solid var(--_success);
    color: var(--_success);
    font-size: 0.78em;
    font-weight: 600;
    vertical-align: 0.1em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--_space);
    margin-top: 2px;
    font-size: 0.9em;
  }
  .type {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.5em 0 0.35em;
    border-radius: 999px;
    background: var(--_bg-sunken);
    color: var(--_fg-muted);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .type .icon {
    width: 14px;
    height: 14px;
  }
  .detail {
    min-width: 0;
  }
  .detail-label {
    color: var(--_fg-muted);
  }
  .when {
    grid-area: when;
    position: relative;
    font-size: 0.88em;
    color: var(--_fg-muted);
    white-space: nowrap;
  }
  .exact {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .when:hover .exact,
  .row:focus .exact,
  .row:focus-within .exact {
    clip: auto;
    width: max-content;
    max-width: min(20rem, 80cqi);
    height: auto;
    overflow: visible;
    white-space: normal;
    z-index: 2;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    padding: 0.3em 0.55em;
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.95em;
    text-align: start;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  @container (min-width: 560px) {
    .when:hover .exact,
    .row:focus .exact,
    .row:focus-within .exact {
      inset-inline-start: auto;
      inset-inline-end: 0;
    }
  }

  /* Loading skeleton -------------------------------------------------- */
  .skeleton-row .what,
  .skeleton-row .when {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding-top: 2px;
  }
  .skeleton-row .skeleton {
    display: block;
    height: 0.9em;
  }
  .skeleton-row .avatar.skeleton {
    height: var(--_avatar);
    border-radius: 50%;
  }
  .line-1 {
    width: min(22em, 80%);
  }
  .line-2 {
    width: min(14em, 55%);
  }
  .line-3 {
    width: 6em;
  }

  /* Empty ------------------------------------------------------------- */
  .empty {
    padding: calc(var(--_space) * 2) var(--_space);
    text-align: center;
    color: var(--_fg-muted);
    border-bottom: var(--_row-border);
  }
  .empty p {
    margin: 0 0 var(--_space);
  }
  .empty strong {
    color: var(--_fg);
  }
  .active-filters {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 8px;
  }
  .active-filters li {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_bg-sunken);
    overflow-wrap: anywhere;
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
