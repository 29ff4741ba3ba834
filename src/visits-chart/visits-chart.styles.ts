import { css } from 'lit';
import { themeColors } from '../core/tokens.js';

/**
 * The lines' colours (`--_series-1`…, set with `--dw-color-series-1`… and
 * `--dw-dark-color-series-1`…), as the tokens of core/tokens.ts: private name, public name, light
 * default, dark default.
 */
export const seriesColors = themeColors(`
  series-1 series-1 2456c7 7fa6ff
  series-2 series-2 d2601a ffa66b
  series-3 series-3 1b8a5a 5fd19a
  series-4 series-4 8e44ad c792ea
  series-5 series-5 c0392b ff8a80
`);

export const visitsChartStyles = css`
  :host {
    --_vc-gap: var(--visits-chart-gap, calc(var(--_space) * 1.5));
    padding: var(--visits-chart-padding, calc(var(--_space) * 2));
    border: 1px solid var(--visits-chart-border-color, var(--_border));
    border-radius: var(--_radius);
  }

  /* Compact: the KPIs and the chart, with its legend (the sites without their checkboxes, the line samples without the buttons). */
  :host([compact]) :is(.head, .actions > :not(.legend-note), .sites input, .note, .summary) {
    display: none;
  }

  .widget {
    --_vc-series-1: var(--visits-chart-series-1, var(--_series-1));
    --_vc-series-2: var(--visits-chart-series-2, var(--_series-2));
    --_vc-series-3: var(--visits-chart-series-3, var(--_series-3));
    --_vc-series-4: var(--visits-chart-series-4, var(--_series-4));
    --_vc-series-5: var(--visits-chart-series-5, var(--_series-5));
    --_vc-grid: var(--visits-chart-grid-color, var(--_border));
    --_vc-text: var(--visits-chart-text-color, var(--_fg-muted));
    --_vc-tooltip-bg: var(--_fg);
    --_vc-tooltip-fg: var(--_bg);
    --_vc-bg: var(--_bg);
    display: flex;
    flex-direction: column;
    gap: var(--_vc-gap);
    min-width: 0;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_space);
  }

  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 600;
    line-height: 1.3;
  }

  .subtitle {
    margin: 0.1em 0 0;
    color: var(--_fg-muted);
    font-size: 0.9em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }

  /* The range picker's Period and Range sit among the other controls. */
  dw-visits-range-picker {
    display: contents;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.85em;
    color: var(--_fg-muted);
  }

  .field select,
  .field input {
    font-size: var(--_font-size);
    color: var(--_fg);
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 32px;
  }

  .check input {
    margin: 0;
    width: 1.05em;
    height: 1.05em;
    accent-color: var(--_accent);
  }

  .sites {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .sites legend {
    float: inline-start;
    margin-inline-end: var(--_space);
    padding: 0;
    color: var(--_fg-muted);
    font-size: 0.85em;
    line-height: 32px;
  }

  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 0.25em;
    border-radius: 2px;
    background: var(--_vc-series-1);
  }

  .swatch.c2 { background: var(--_vc-series-2); }
  .swatch.c3 { background: var(--_vc-series-3); }
  .swatch.c4 { background: var(--_vc-series-4); }
  .swatch.c5 { background: var(--_vc-series-5); }

  .swatch.dashed {
    background: repeating-linear-gradient(90deg, var(--_fg-muted) 0 6px, transparent 6px 10px);
  }

  .swatch.dotted {
    background: repeating-linear-gradient(90deg, var(--_fg-muted) 0 2px, transparent 2px 5px);
  }

  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--_space);
    margin: 0;
  }

  .kpi {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    min-height: 5.2em;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--visits-chart-kpi-background, var(--_bg-raised));
  }

  .kpi.active {
    border-color: var(--_accent);
    box-shadow: inset 0 3px 0 var(--_accent);
  }

  .kpi dt {
    font-size: 0.85em;
    color: var(--_fg-muted);
  }

  .kpi dd {
    margin: 0;
  }

  .kpi .value {
    font-size: 1.45em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }

  .kpi .change {
    font-size: 0.85em;
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }

  .kpi .change.good {
    color: var(--_success);
  }

  .kpi .change.bad {
    color: var(--_danger);
  }

  .kpi.skeleton-tile .value,
  .kpi.skeleton-tile dt {
    color: transparent;
  }

  .bar {
    display: block;
    height: 0.9em;
    width: 60%;
  }

  .bar.wide {
    height: 1.3em;
    width: 80%;
  }

  .views {
    position: relative;
    min-width: 0;
  }

  .chart-box {
    position: relative;
    height: var(--visits-chart-height, 280px);
    min-width: 0;
    overflow: hidden;
  }

  dw-visits-line-chart {
    position: absolute;
    inset: 0;
  }

  /* Over the chart: the tooltip's code did not arrive. */
  dw-visits-line-chart .part-state {
    position: relative;
    margin: var(--_space);
  }

  .chart-box canvas {
    position: absolute;
    top: 0;
    left: 0;
  }

  .chart-box canvas:focus-visible {
    outline-offset: -2px;
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: var(--_space);
    background: var(--_bg);
    /* A long message on a narrow chart scrolls rather than being cut. */
    overflow: auto;
  }

  .overlay.skeleton-box {
    align-items: stretch;
    padding: 0;
  }

  .overlay.skeleton-box .skeleton {
    flex: 1;
  }

  .overlay .message {
    max-width: 32em;
    /* Centred, but from the top when taller than the chart (the overlay then scrolls). */
    margin: auto;
  }

  .overlay .message p {
    margin: 0.3em 0 0.6em;
  }

  .updating {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    padding: 0.1em 0.6em;
    font-size: 0.8em;
    color: var(--_fg-muted);
    background: var(--_bg);
    border-radius: var(--_radius);
  }

  /* A line is kept for the summary and the note on the period in progress, whose words arrive just after the first data. */
  .summary,
  .note {
    min-height: 1.45em;
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.9em;
  }

  .legend-note {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_fg-muted);
    font-size: 0.85em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .actions .spacer {
    flex: 1;
  }

  @container (max-width: 480px) {
    .chart-box {
      height: var(--visits-chart-height, 220px);
    }
    .head,
    .controls {
      flex-direction: column;
      align-items: stretch;
    }
    .field select,
    .field input {
      width: 100%;
    }
    .kpis {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .kpi .value {
      font-size: 1.2em;
    }
    .actions .spacer {
      display: none;
    }
  }
`;
