import { css } from 'lit';

/**
 * The styles of the list and its rows (skeleton rows too), of the empty state and of the progress
 * line over a list being replaced. Those of rows that arrived live come with live updates
 * (live.ts), those of avatar pictures with the avatars' code (gravatar.ts).
 */
export const listStyles = css`
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
  .what {
    grid-area: what;
    min-width: 0;
  }

  /* Loading skeleton -------------------------------------------------- */
  .skeleton-row .what,
  .skeleton-row .when {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding-top: 2px;
  }
  .skeleton-row span span {
    display: block;
    height: 0.9em;
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
  .row:focus-visible {
    outline-offset: -2px;
  }
  /* Rows off screen skip layout and paint (long pages stay fast). Not while hovered or focused,
     so the exact-time tooltip is not clipped. */
  .row:not(:hover):not(:focus-within) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em;
  }
  .avatar {
    grid-area: avatar;
    display: grid;
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    position: relative;
    place-items: center;
    overflow: hidden;
    color: #fff;
    font-size: calc(var(--_avatar) * 0.38);
    font-weight: 600;
    letter-spacing: 0.02em;
    user-select: none;
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
  .type .glyph {
    display: contents;
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
    .row {
      grid-template-columns: var(--_avatar) minmax(0, 1fr) auto;
      grid-template-areas: 'avatar what when';
    }
    .when {
      text-align: end;
    }
    .when:hover .exact,
    .row:focus .exact,
    .row:focus-within .exact {
      inset-inline-start: auto;
      inset-inline-end: 0;
    }
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
`;
