import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { readAnnotations } from '../api/annotations.js';
import { MatomoVisitsSource, type Annotation, type VisitsSource } from '../api/visits-source.js';
import { DashboardElement } from '../core/base-element.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { isAbort } from '../core/errors.js';
import { RowRovingTabindex } from '../core/roving-tabindex.js';
import { errorBox } from '../core/status-message.js';
import type { Translator } from '../core/translate.js';
import type { Chart } from 'chart.js';
import { ANNOTATION_BAND, drawMarkers, markerAt, markerColors, type DrawnMarker } from './annotation-markers.js';
import { addPartStyles } from './part-styles.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel, periodStart } from './period-labels.js';
import { siteList } from './load.js';
import { readDate } from './named-dates.js';
import { isChartPeriod, referenceDay, spanOf, type ChartPeriod } from './ranges.js';
import { isolate } from './sanitize.js';
import type { ChartModel } from './shape.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-annotations': VisitsAnnotations;
  }
}

/*
 * The annotations of <visits-chart>: Matomo's notes on days of the sites (Annotations.getAll),
 * as markers under the chart's x axis that open their notes, and as a list under the table view.
 * The widget loads this module when `annotations` is on (in the script-tag bundles, a file of its
 * own under `chunks/`) and registers the element then.
 */

export const annotationStyles = css`
  dw-visits-annotations {
    display: block;
    margin-top: calc(var(--_space) * 0.5);
  }

  .annotations {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  /*
   * Over the band the chart keeps under its x axis (less the notches' 4 px), where every marker is
   * drawn (annotation-markers.ts): it takes the pointer, and holds the active marker's button. Its
   * size its own: markers coming, going or opening lay out this row alone.
   */
  .ann-row {
    position: relative;
    height: 24px;
    margin-block-start: calc(-24px - var(--_space) * 0.5);
    contain: layout size style;
  }

  .ann-row.pointing {
    cursor: pointer;
  }

  /* The active marker, the one in the tab order, as a button over its pill; its place comes in a custom property (--at). */
  .ann-row button {
    position: absolute;
    top: 2px;
    left: var(--at);
    min-width: 20px;
    min-height: 20px;
    padding: 0 4px;
    justify-content: center;
    transform: translateX(-50%);
    border: 2px solid var(--_vc-text);
    border-radius: 10px;
    background: var(--_vc-bg);
    color: var(--_vc-text);
    font-size: 11px;
    font-weight: 600;
    line-height: 1;
  }

  /* A notch pointing up at the period on the axis. */
  .ann-row button::before {
    content: '';
    position: absolute;
    top: -6px;
    left: calc(50% - 4px);
    border: 4px solid transparent;
    border-bottom-color: inherit;
    border-top: 0;
  }

  .ann-row button.starred {
    border-color: var(--_accent);
  }

  .ann-row button[aria-expanded='true'] {
    background: var(--_bg-raised);
    border-color: var(--_fg);
  }

  .ann-status,
  .ann-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_fg-muted);
  }

  .ann-panel,
  .ann-list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
  }

  .ann-panel:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .ann-title {
    margin: 0;
    font-weight: 600;
  }

  .ann-notes {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .ann-notes p {
    margin: 0;
  }

  .ann-meta {
    font-size: 0.875em;
    color: var(--_fg-muted);
  }

  .ann-meta strong {
    color: var(--_fg);
  }

  .ann-text {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .ann-panel > button {
    justify-self: start;
  }
`;

/** The notes of one period of the chart, which one marker opens. */
interface Group {
  /** The period's index among the chart's labels (the marker's key, as text). */
  key: string;
  index: number;
  notes: Annotation[];
  starred: number;
}

/** The first and last day a period label covers, `YYYY-MM-DD`. */
function daysOf(label: string, period: ChartPeriod): [string, string] | null {
  const span = parsePeriodLabel(label, period);
  return span && [toCalendarString(span.start), toCalendarString(span.end)];
}

/** The widget the annotations belong to: the attributes that say what it is loading, and its chart. */
interface Widget {
  siteId: string;
  period: string;
  date: string;
  today: string;
  renderRoot: ParentNode;
}

/**
 * The sites and days the widget is asking its source for, before its answer: the sites of
 * `site-id` (none for `all`, whose sites only the answer names) and the whole periods of `date`,
 * counted from `today` (else the browser's day: a site whose own day differs is asked again for
 * the days of its answer).
 */
function loadingDays(widget: Widget): { sites: string[]; from: string; to: string } | undefined {
  const sites = siteList(widget.siteId);
  const today = referenceDay(widget.today);
  const spec = readDate(widget.date, today);
  if (!sites || sites === 'all' || !spec) return undefined;
  const span = spanOf(spec, isChartPeriod(widget.period) ? widget.period : 'day', today);
  return { sites: sites.split(','), from: toCalendarString(span.from), to: toCalendarString(span.to) };
}

/**
 * The annotations that fall in the chart's periods, grouped by period (the sites shown only).
 * Periods are sorted: each annotation is placed by a binary search on the periods' first days.
 */
export function groupAnnotations(annotations: readonly Annotation[], model: ChartModel): Group[] {
  const sites = new Set(model.series.map((s) => s.idSite));
  const labels = model.labels;
  const groups = new Map<number, Group>();
  for (const annotation of annotations) {
    if (!sites.has(annotation.idSite)) continue;
    // The last period starting on or before the day (the periods are in order): a dozen looks on ten years of days.
    let lo = 0;
    let hi = labels.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (periodStart(labels[mid]!) <= annotation.date) lo = mid;
      else hi = mid - 1;
    }
    const days = labels.length ? daysOf(labels[lo]!, model.period) : null;
    if (!days || annotation.date < days[0] || annotation.date > days[1]) continue;
    let group = groups.get(lo);
    if (!group) groups.set(lo, (group = { key: String(lo), index: lo, notes: [], starred: 0 }));
    group.notes.push(annotation);
    if (annotation.starred) group.starred++;
  }
  return [...groups.values()].sort((a, b) => a.index - b.index);
}

/** How many annotations the range has (and how many are starred), under the markers and over the list. */
function countText(t: Translator, count: number, starred: number): string {
  return starred
    ? t.plural(count, { one: '{count} annotation in this range ({starred} starred).', other: '{count} annotations in this range ({starred} starred).' }, { starred })
    : t.plural(count, { one: '{count} annotation in this range.', other: '{count} annotations in this range.' });
}

/**
 * A marker's name, and the title of the notes it opens: "3 annotations on Sunday, March 10, 2024";
 * `when` is the period in words (a day, or a week, month or year), `starred` how many are starred.
 */
function markerName(t: Translator, count: number, period: ChartPeriod, when: string, starred: number): string {
  if (period === 'day') {
    return starred
      ? t.plural(count, { one: '{count} annotation on {day}, {starred} starred', other: '{count} annotations on {day}, {starred} starred' }, { day: when, starred })
      : t.plural(count, { one: '{count} annotation on {day}', other: '{count} annotations on {day}' }, { day: when });
  }
  // {period}: a week, month or year in words ("March 2024").
  return starred
    ? t.plural(count, { one: '{count} annotation in {period}, {starred} starred', other: '{count} annotations in {period}, {starred} starred' }, { period: when, starred })
    : t.plural(count, { one: '{count} annotation in {period}', other: '{count} annotations in {period}' }, { period: when });
}

/** What a marker shows: its count, after a star when one of its notes is starred. */
function markerText(group: Group): string {
  return `${group.starred ? '★' : ''}${group.notes.length}`;
}

let lists = 0;

/**
 * The chart's annotations: `model` in (the periods and sites shown), `source` (its
 * `getAnnotations`, or for the Matomo source `Annotations.getAll` through its client, asked for
 * the sites and days of the model, again when they change and on Retry). Before the first model,
 * they are asked for the sites and days `widget` is loading (its attributes), at the same time
 * as the visits, so that the markers come with the chart; the model's days asked again only when
 * they differ.
 * `view` (`chart`: markers under the x axis, drawn on the chart's canvas in the band it keeps
 * there, in the update that draws the chart; `table`: a list), `compare` (then it says whose
 * annotations are shown). The markers are a toolbar, a row over that band whose one stop is a
 * button at the active marker: the arrow keys move it between them, a click on a marker makes it
 * the active one, Enter or Space (or the click) opens a period's notes (the focus goes to them),
 * Escape closes them and gives the focus back to the marker. Notes, authors and dates are server
 * text: shown as text, bidirectional controls isolated. A failure is said here, with Retry; the
 * chart is not touched.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsAnnotations extends DashboardElement {
  static override tagName = 'dw-visits-annotations';

  static override properties: PropertyDeclarations = {
    model: { attribute: false },
    source: { attribute: false },
    view: {},
    compare: { type: Boolean },
    widget: { attribute: false },
    _annotations: { state: true },
    _error: { state: true },
    _open: { state: true },
    _plot: { state: true },
  };

  /** The periods and sites shown. */
  model: ChartModel | undefined = undefined;
  /** The widget's source, asked for the annotations. */
  source: VisitsSource | undefined = undefined;
  /** Markers under the chart, or the list under the table. */
  view: 'chart' | 'table' = 'chart';
  /** Whether the chart compares with the previous period. */
  compare = false;
  /** The widget: what it is loading (asked for before its answer) and its chart (where the plot is). */
  widget: Widget | undefined = undefined;

  /** @internal The annotations of the sites and days asked for. */
  private _annotations: Annotation[] | undefined = undefined;
  /** @internal Why they could not be read. */
  private _error: unknown = undefined;
  /** @internal The key of the marker whose notes are open ('' for none). */
  private _open = '';
  /** @internal The plot's edges the markers are laid out on. */
  private _plot: { left: number; right: number } | undefined = undefined;

  readonly #id = `van${++lists}`;
  #groups: Group[] = [];
  #abort: AbortController | undefined;
  /** What was asked for: the sites (by id) and days. */
  #asked: { sites: ReadonlySet<string>; from: string; to: string } | undefined;
  #observer: ResizeObserver | undefined;
  #frame = 0;
  /** The markers as last drawn (where the pointer finds them), and the one under the pointer. */
  #drawn: DrawnMarker[] = [];
  #hover = '';
  /** The markers are one toolbar whose one button moves to the active marker: arrows move it, the button stays focused. */
  #roving = new RowRovingTabindex(
    this,
    () => this.#groups.map((g) => g.key),
    () => this.querySelector<HTMLElement>('.ann-row button') ?? undefined,
  );

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addPartStyles(this, annotationStyles);
    this.#observer = new ResizeObserver(() => this.#measure());
    this.#observer.observe(this);
    this.#claimBand();
  }

  /**
   * Makes the band under the chart's x axis this element's, while it is in the page: the chart keeps
   * it from its first drawing when this element is there by then (its code has come), else lays
   * itself out again for it. Asked on connection and in each update: an element upgraded when its
   * code arrives has its `widget` (set before) back in its first update only.
   */
  #claimBand(): void {
    const line = this.#lineChart();
    if (line && line.band?.paint !== this.#paint) line.band = { height: ANNOTATION_BAND, paint: this.#paint };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    const line = this.#lineChart();
    if (line?.band?.paint === this.#paint) line.band = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    // Back in the page: asked again.
    this.#asked = undefined;
  }

  /** The sites and days to ask for, when they are not those asked for already (a subset of sites is). */
  #wanted(): { sites: string[]; from: string; to: string } | undefined {
    const model = this.model;
    const labels = model?.labels ?? [];
    if (!model) return this.#asked || !this.widget ? undefined : loadingDays(this.widget);
    if (!labels.length) return undefined;
    const first = daysOf(labels[0]!, model.period);
    const last = daysOf(labels[labels.length - 1]!, model.period);
    if (!first || !last) return undefined;
    const sites = model.series.map((s) => s.idSite);
    const asked = this.#asked;
    if (asked && asked.from === first[0] && asked.to === last[1] && sites.every((id) => asked.sites.has(id))) return undefined;
    return { sites, from: first[0], to: last[1] };
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Right to left in a language written so, standalone as inside the widget.
    this.dir = this.localize.dir;
    if (changed.has('model') || changed.has('source') || !this.#asked) {
      const wanted = this.#wanted();
      if (wanted && this.#reader()) void this.#read(wanted);
    }
    // With a new model or back from the table, the markers are placed in this update: in the frame the chart is drawn in.
    if (changed.has('model') || changed.has('view')) this.#readPlot();
    if (changed.has('model') || changed.has('_annotations')) {
      this.#groups = this._annotations && this.model ? groupAnnotations(this._annotations, this.model) : [];
      if (this._open && !this.#groups.some((g) => g.key === this._open)) this._open = '';
      this.#roving.keep();
    }
    // Drawn in the frame the chart was drawn in (it updates before this element).
    this.#claimBand();
    this.#drawMarkers();
  }

  /** Reads where the plot is after the chart was resized (the chart resizes in this frame's observers: read in the next). */
  #measure(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#readPlot());
  }

  /**
   * Takes the plot's edges from the chart (Chart.js's own figures, no layout read). The chart has
   * drawn its model by then: it updates before this element, its sibling further down.
   */
  #readPlot(): void {
    const plot = this.#lineChart()?.drawing?.chart.chartArea;
    if (plot && (plot.left !== this._plot?.left || plot.right !== this._plot?.right)) this._plot = { left: plot.left, right: plot.right };
  }

  /** The widget's chart (where the plot is, and the colours it was drawn in). */
  #lineChart() {
    return this.widget?.renderRoot.querySelector('dw-visits-line-chart');
  }

  /** What reads the annotations: the source's `getAnnotations`, or for the Matomo source `Annotations.getAll` through its client. */
  #reader(): VisitsSource['getAnnotations'] {
    const source = this.source;
    return source?.getAnnotations?.bind(source) ?? (source instanceof MatomoVisitsSource ? (query, options) => readAnnotations(source.client, query, options) : undefined);
  }

  async #read(wanted: { sites: string[]; from: string; to: string }): Promise<void> {
    const read = this.#reader();
    if (!read) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#asked = { sites: new Set(wanted.sites), from: wanted.from, to: wanted.to };
    this._error = undefined;
    this._annotations = undefined;
    try {
      const annotations = await read({ siteIds: wanted.sites, from: wanted.from, to: wanted.to }, { signal: abort.signal });
      if (!abort.signal.aborted) this._annotations = annotations;
    } catch (error) {
      if (!abort.signal.aborted && !isAbort(error)) this._error = error;
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  #retry = (): void => {
    this.#asked = undefined;
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const model = this.model;
    if (!model) return html``;
    return html`<div class="annotations" part="annotations" @keydown=${this.#onKeyDown}>
      ${this.view === 'table' ? this.#renderList(model) : this.#renderMarkers(model)}
    </div>`;
  }

  /** What the annotations are, in a line: loading, how many, none, or why not. */
  #renderStatus(): TemplateResult {
    const t = this.localize;
    if (!this.#reader()) return html`<p class="ann-status">${t.t('This data source has no annotations.')}</p>`;
    if (this._error !== undefined) return errorBox(this._error, this.#retry, t.t('Could not load the annotations'), t);
    const shown = this.#groups.reduce((n, g) => n + g.notes.length, 0);
    const starred = this.#groups.reduce((n, g) => n + g.starred, 0);
    const text = !this._annotations ? t.t('Loading the annotations…') : shown ? countText(t, shown, starred) : t.t('No annotations in this range.');
    return html`<p class="ann-status" role="status">${text}</p>`;
  }

  /** With a comparison: the annotations are the range's, not the previous period's. */
  #renderCompared(model: ChartModel): TemplateResult | typeof nothing {
    if (!this.compare || !model.labels.length) return nothing;
    const t = this.localize;
    const first = daysOf(model.labels[0]!, model.period);
    const last = daysOf(model.labels[model.labels.length - 1]!, model.period);
    if (!first || !last) return nothing;
    const day = (text: string) => formatDay(parseCalendarDate(text)!, t.locale);
    // {from}, {to}: the first and last day of the range shown.
    return html`<p class="ann-note">${t.t('Annotations of the range shown ({from} to {to}), not of the previous period.', { from: day(first[0]), to: day(last[1]) })}</p>`;
  }

  /**
   * The markers under the x axis, the notes of the one open, and the status line. Every marker is
   * drawn on the chart's canvas (`#paint`), under this row; the active one is also a button over its
   * pill, the one stop of the toolbar in the tab order, named for screen readers.
   */
  #renderMarkers(model: ChartModel): TemplateResult {
    const plot = this._plot;
    const t = this.localize;
    // Positions go through the CSSOM (`.style`, not a style attribute, which a strict Content-Security-Policy blocks).
    // The row spans the plot area, whichever way the chart is laid out (margin-right: auto keeps margin-left in a right-to-left layout).
    const row = plot ? `margin-left: ${plot.left}px; margin-right: auto; width: ${Math.max(0, plot.right - plot.left)}px` : '';
    const active = this.#groups.find((g) => g.key === this.#roving.active);
    const open = this.#groups.find((g) => g.key === this._open);
    const markers = this.#groups.length > 0;
    // While the annotations load, their row is kept (empty, not a toolbar yet), so that nothing under it moves when they come.
    const loading = !this._annotations && this._error === undefined && !!this.#reader();
    // One listener on the row for the markers' clicks; a marker's name is its aria-label, its text only shows the count.
    return html`${markers || loading
        ? html`<div
            class="ann-row"
            role=${markers ? 'toolbar' : nothing}
            aria-label=${markers ? t.t('Annotations') : nothing}
            .style=${row}
            @focusin=${this.#roving.onFocusIn}
            @keydown=${this.#roving.onKeyDown}
            @click=${this.#onMarkerClick}
            @pointermove=${this.#onPointerMove}
            @pointerleave=${this.#onPointerLeave}
          >
            ${active
              ? html`<button
                  type="button"
                  class=${active.starred ? 'starred' : ''}
                  data-key=${active.key}
                  aria-label=${this.#title(active, model, t)}
                  aria-expanded=${active === open ? 'true' : 'false'}
                  aria-controls=${active === open ? `${this.#id}-panel` : nothing}
                  .style=${`--at: ${this.#along(active) * 100}%`}
                >${markerText(active)}</button>`
              : nothing}
          </div>`
        : nothing}
      ${open ? this.#renderPanel(open, model) : nothing} ${this.#renderStatus()} ${this.#renderCompared(model)}`;
  }

  /** Where a period's marker stands along the plot, 0 to 1: time runs right to left in a right-to-left layout (the chart's x axis is reversed there). */
  #along(group: Group): number {
    const count = this.model?.labels.length ?? 0;
    const along = count > 1 ? group.index / (count - 1) : 0.5;
    return this.dir === 'rtl' ? 1 - along : along;
  }

  /**
   * Draws every marker in the band the chart keeps under its x axis, in the colours it was drawn in
   * (those of the theme in force), the chart view only (else the band is cleared). The chart calls
   * it after each drawing of its own (its band's `paint`), this element when the markers change.
   */
  #paint = (chart: Chart): void => {
    const drawing = this.#lineChart()?.drawing;
    if (!drawing) return;
    const groups = this.view === 'chart' ? this.#groups : [];
    const markers = groups.map((group) => ({ key: group.key, along: this.#along(group), text: markerText(group), starred: group.starred > 0 }));
    this.#drawn = drawMarkers(chart, markers, markerColors(drawing.colors), this.#hover);
  };

  /** Draws the markers in the chart's band now (the chart draws them again with each drawing of its own). */
  #drawMarkers(): void {
    const chart = this.#lineChart()?.drawing?.chart;
    if (chart) this.#paint(chart);
  }

  /** The notes of one period, opened from its marker. */
  #renderPanel(group: Group, model: ChartModel): TemplateResult {
    const id = `${this.#id}-panel`;
    return html`<div class="ann-panel" id=${id} role="region" aria-labelledby="${id}-title" tabindex="-1">
      <p class="ann-title" id="${id}-title">${this.#title(group, model)}</p>
      <ul class="ann-notes">
        ${group.notes.map((note) => html`<li>${this.#renderNote(note, model)}</li>`)}
      </ul>
      <button type="button" @click=${() => this.#close()}>${this.localize.t('Close')}</button>
    </div>`;
  }

  /** The table view's list: every annotation of the range, by date. */
  #renderList(model: ChartModel): TemplateResult {
    const id = `${this.#id}-list`;
    const notes = this.#groups.flatMap((g) => g.notes);
    return html`<section class="ann-list" aria-labelledby="${id}-title">
      <p class="ann-title" id="${id}-title">${this.localize.t('Annotations')}</p>
      ${this.#renderStatus()} ${this.#renderCompared(model)}
      ${notes.length ? html`<ul class="ann-notes">${notes.map((note) => html`<li>${this.#renderNote(note, model)}</li>`)}</ul>` : nothing}
    </section>`;
  }

  /**
   * One note: starred, its day, its site (with several), its author, then the note. The day is
   * Intl's (in a <time>); the site's name and the note are the server's, marked as not to be translated.
   */
  #renderNote(note: Annotation, model: ChartModel): TemplateResult {
    const site = model.series.length > 1 ? model.series.find((s) => s.idSite === note.idSite) : undefined;
    const t = this.localize;
    const day = parseCalendarDate(note.date);
    const meta = [
      day ? html`<time datetime=${note.date.trim()}>${formatDay(day, t.locale)}</time>` : formatDay(new Date(NaN), t.locale),
      site && html`<span translate=${site.named ? 'no' : nothing}>${site.name}</span>`,
      // {user}: the login of the note's author.
      note.user && t.t('by {user}', { user: isolate(note.user) }),
    ].filter(Boolean);
    return html`<p class="ann-meta">${note.starred ? html`<strong>★ ${t.t('Starred')}</strong> · ` : nothing}${meta.map((m, i) => (i ? [' · ', m] : m))}</p>
      <p class="ann-text" dir="auto" translate="no">${isolate(note.note)}</p>`;
  }

  /** A marker's name and its notes' title. */
  #title(group: Group, model: ChartModel, t: Translator = this.localize): string {
    const when = formatPeriodLabel(model.labels[group.index]!, model.period, t.locale, 'full');
    return markerName(t, group.notes.length, model.period, when, group.starred);
  }

  #toggle(key: string): void {
    if (this._open === key) return this.#close();
    this._open = key;
    // The reader's next step is to read them.
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.ann-panel')?.focus());
  }

  /** Closes the notes and gives the focus back to their marker. */
  #close(): void {
    const key = this._open;
    if (!key) return;
    this._open = '';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`.ann-row [data-key="${key}"]`)?.focus());
  }

  /** A click on the button (the active marker) or on a marker drawn under it in the row, which becomes the active one. */
  #onMarkerClick = (e: MouseEvent): void => {
    const target = e.target as Element;
    const key = target.closest<HTMLElement>('.ann-row button')?.dataset.key ?? (target === e.currentTarget ? markerAt(this.#drawn, e.offsetX) : '');
    if (!key) return;
    this.#roving.active = key;
    this.#toggle(key);
  };

  /** The marker under the pointer is bordered as a hovered button is, and the pointer says it can be clicked. */
  #onPointerMove = (e: PointerEvent): void => {
    const row = e.currentTarget as HTMLElement;
    const key = e.target === row ? markerAt(this.#drawn, e.offsetX) : '';
    row.classList.toggle('pointing', !!key);
    if (key === this.#hover) return;
    this.#hover = key;
    this.#drawMarkers();
  };

  #onPointerLeave = (e: PointerEvent): void => {
    (e.currentTarget as HTMLElement).classList.remove('pointing');
    if (!this.#hover) return;
    this.#hover = '';
    this.#drawMarkers();
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this._open) return;
    e.preventDefault();
    e.stopPropagation();
    this.#close();
  };
}
