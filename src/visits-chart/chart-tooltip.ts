import { css } from 'lit';
import type { Chart } from 'chart.js';
import type { Translator } from '../core/translate.js';
import { DECIMATE_ABOVE, type ChartLine, type ChartPoint } from './chart-data.js';
import { formatPeriodLabel } from './period-labels.js';
import { periodDateTime } from './period-time.js';
import type { ChartModel } from './shape.js';
import { valueText } from './value-text.js';

/*
 * The line chart's tooltip and keyboard stepping: the period under the pointer, or the one the
 * arrow keys, Page Up/Down, Home and End step to, with each line's value, beside its points; each
 * step is read out by a live region, and Escape hides it. The tooltip is an element of ours
 * (smaller than Chart.js's plugin, and reachable from the keyboard). The line chart loads this
 * module when the reader first points at the chart or focuses it (in the script-tag bundles, a
 * file of its own under `chunks/`): a chart is drawn without it.
 */

export const tooltipStyles = css`
  .tip {
    position: absolute;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    max-width: min(26em, 100%);
    padding: 0.4em 0.65em;
    border-radius: var(--_radius);
    background: var(--_vc-tooltip-bg);
    color: var(--_vc-tooltip-fg);
    font-size: 0.85em;
    overflow-wrap: anywhere;
    pointer-events: none;
  }

  .tip i {
    display: inline-block;
    width: 1.1em;
    height: 3px;
    margin-inline-end: 0.45em;
    vertical-align: middle;
    background: currentColor;
  }

  .tip i.dashed {
    background: repeating-linear-gradient(90deg, currentColor 0 4px, transparent 4px 6px);
  }
`;

/** What the tooltip reads of its chart, at each use (the model, the lines and the language change with the chart). */
export interface TooltipHost {
  readonly chart: Chart<'line', ChartPoint[]>;
  readonly model: ChartModel;
  readonly lines: readonly ChartLine[];
  /** The chart's words, numbers and dates (its element's translator). */
  readonly t: Translator;
  /** Whether the chart is drawn right to left (time runs leftwards: the left arrow steps to later periods). */
  readonly rtl: boolean;
  /** An empty element in the chart's box, hidden: the tooltip. */
  readonly tip: HTMLElement;
  /** A polite live region that reads out each step made with the keys. */
  readonly announcer: HTMLElement;
}

/** The tooltip of one chart, listening to its canvas (and to Escape on the page) until `signal` aborts. */
export class ChartTooltip {
  /** The period shown, or -1. */
  #active = -1;

  constructor(
    readonly host: TooltipHost,
    signal: AbortSignal,
  ) {
    const canvas = host.chart.canvas;
    canvas.addEventListener('pointermove', (e) => this.point(e), { signal });
    canvas.addEventListener('pointerleave', () => this.show(-1), { signal });
    canvas.addEventListener('keydown', (e) => this.step(e), { signal });
    canvas.addEventListener('blur', () => this.show(-1), { signal });
    // Escape dismisses the pointer's tooltip too, wherever the focus is (WCAG 1.4.13).
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.show(-1), { signal });
  }

  /**
   * Shows the tooltip for period `index` beside its points (-1 hides it): the period, then each
   * line's value, the previous period's with its own date.
   */
  show(index: number): void {
    const { chart, model, lines, t, tip } = this.host;
    const n = model.labels.length;
    const i = n === 0 || index < 0 ? -1 : Math.min(n - 1, index);
    if (i === this.#active) return;
    this.#active = i;
    // Point highlights, while each period is a point of its own (not thinned).
    const active = i < 0 || n > DECIMATE_ABOVE ? [] : lines.map((_, datasetIndex) => ({ datasetIndex, index: i }));
    chart.setActiveElements(active);
    chart.render();
    if (i < 0) {
      tip.hidden = true;
      return;
    }
    const full = (label: string | null | undefined) => (label ? formatPeriodLabel(label, model.period, t.locale, 'full') : '');
    // The period as Intl writes it, in a <time> that says which it is.
    const title = document.createElement('strong');
    const label = model.labels[i]!;
    const at = periodDateTime(label, model.period);
    if (at) {
      const time = document.createElement('time');
      time.dateTime = at;
      time.textContent = full(label);
      title.append(time);
    } else title.textContent = full(label);
    // A site's comparison row only where it has a period to compare (a site in another time zone may not).
    const rows = lines.flatMap(({ series, previous }, datasetIndex) => {
      const when = previous ? series.previous?.labels[i] : undefined;
      if (previous && !when) return [];
      const shown = valueText(model, series, i, previous, t);
      const row = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.className = previous ? 'dashed' : '';
      swatch.style.color = String(chart.data.datasets[datasetIndex]!.borderColor);
      // {site}: a site's name; {date}: the compared period; {value}: its value.
      row.append(swatch, previous ? t.t('{site}, previous ({date}): {value}', { site: series.name, date: full(when), value: shown }) : t.t('{site}: {value}', { site: series.name, value: shown }));
      return [row];
    });
    tip.replaceChildren(title, ...rows);
    tip.hidden = false;
    // Beside the period's points, after them in the reading direction when there is room, inside the box.
    const area = chart.chartArea;
    const px = chart.scales.x!.getPixelForValue(i);
    const ys = n > DECIMATE_ABOVE ? [] : lines.map((_, d) => chart.getDatasetMeta(d).data[i]?.y).filter((v): v is number => Number.isFinite(v));
    const py = ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : (area.top + area.bottom) / 2;
    const { offsetWidth: w, offsetHeight: h } = tip;
    const left = (this.host.rtl ? px - 12 - w < 0 : px + 12 + w <= chart.width) ? px + 12 : Math.max(0, px - 12 - w);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(0, Math.min(py - h / 2, chart.height - h))}px`;
  }

  /** Shows the period under the pointer (none when it is beside the plot). */
  point(e: PointerEvent): void {
    const { chart, model } = this.host;
    const n = model.labels.length;
    const area = chart.chartArea;
    const x = e.clientX - chart.canvas.getBoundingClientRect().left;
    if (!area || n === 0 || x < area.left - 8 || x > area.right + 8) return this.show(-1);
    this.show(Math.max(0, Math.min(n - 1, Math.round(chart.scales.x!.getValueForPixel(x) ?? -1))));
  }

  /**
   * Arrow keys, Page Up/Down, Home and End step through the periods; Escape hides the tooltip.
   * The arrows follow the drawing: right to left, the left arrow goes to the next period.
   */
  step(e: KeyboardEvent): void {
    const { model, tip, announcer, rtl } = this.host;
    const n = model.labels.length;
    const at = this.#active < 0 ? n : this.#active;
    const page = Math.max(1, Math.round(n / 10));
    const [back, forward] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    const next: Record<string, number> = { [back]: at - 1, [forward]: at + 1, PageUp: at - page, PageDown: at + page, Home: 0, End: n - 1, Escape: -1 };
    if (!(e.key in next) || n === 0) return;
    e.preventDefault();
    const index = next[e.key]!;
    this.show(index < 0 && e.key !== 'Escape' ? 0 : index);
    // What the tooltip shows, said as sentences (its elements copied: the period stays a <time>).
    announcer.replaceChildren(...(tip.hidden ? [] : Array.from(tip.children, (c, k) => [...(k ? ['. '] : []), c.cloneNode(true)]).flat()));
  }
}
