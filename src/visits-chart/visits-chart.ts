import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { WidgetElement } from '../core/widget-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { errorMessage } from '../core/errors.js';
import type { Text } from '../i18n/types.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { isAbort } from '../core/errors.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart, loadPart } from '../core/lazy-part.js';
import { ResumableTask } from '../core/resumable-task.js';
import { DefaultSource } from '../core/default-source.js';
import { MatomoClient } from '../api/matomo.js';
import { MatomoVisitsSource, VISITS_METRICS, type SiteVisits, type VisitsComparison, type VisitsMetric } from '../api/visits-source.js';
import type { VisitsSource } from '../api/visits-source.js';
import { ShareToggle } from '../embed/share-toggle.js';
import { chunks } from './chunks.js';
import { VisitsChangeEvent, VisitsErrorEvent, VisitsExportEvent, VisitsLoadEvent, type RangeChangeEvent, type SegmentPickEvent, type VisitsChangeDetail, type VisitsExportDetail } from './events.js';
import { comparedPeriods, computeKpis, type Kpi } from './kpi.js';
import { renderKpis, renderKpiSkeleton } from './kpi-list.js';
import { VisitsLineChart } from './line-chart.js';
import { loadVisits, requestedDate, siteList, type Loaded, type YearWords } from './load.js';
import { isMetric, metricInfo, parseMetrics } from './metrics.js';
import { formatPeriodLabel } from './period-labels.js';
import { addPartStyles } from './part-styles.js';
import { VisitsRangePicker } from './range-picker.js';
import { presetOf } from './named-dates.js';
import { isChartPeriod, PERIOD_UNITS, PRESET_LABELS, referenceDay, type ChartPeriod, type RangePreset } from './ranges.js';
import { buildChartModel, type ChartModel } from './shape.js';
import { isolate } from './sanitize.js';
import type { SitePickEvent } from './overview.js';
import { seriesColors, visitsChartStyles } from './visits-chart.styles.js';

export type { VisitsChangeDetail, VisitsErrorDetail, VisitsExportDetail, VisitsLoadDetail, VisitsSiteRef } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'visits-chart': VisitsChart;
  }
}

let instances = 0;

/** The Compare with select's choices: the `compare` value each sets (empty: none), and its name. */
const COMPARE_CHOICES: ReadonlyArray<readonly [string, Text]> = [
  ['', { key: 'None' }],
  ['previous-period', { key: 'Previous period' }],
  ['previous-year', { key: 'Same period last year' }],
];

/**
 * The widget's internal state: a change re-renders it, as a property's does, but it has no
 * attribute. Spread into `properties` so that the API docs, made from that object's own entries,
 * leave it out.
 */
const internalState: PropertyDeclarations = {
  _view: { state: true },
  _hidden: { state: true },
  _customRange: { state: true },
  _loaded: { state: true },
};

/**
 * Visits over time from Matomo's VisitsSummary API, drawn with Chart.js: one line per site, the
 * previous period dashed, KPIs with their change, a table view, a text summary, CSV, PNG and SVG export.
 *
 * @summary Visits over time for one or several Matomo sites, with KPIs and comparison.
 * @tag visits-chart
 *
 * @fires {VisitsLoadEvent} dw-visits-load - Data for the range arrived and is shown. Detail: `VisitsLoadDetail` `{sites, period, date, metrics, metric, periods, compareDate}`.
 * @fires {VisitsChangeEvent} dw-visits-change - The user changed the period, range, metric, comparison, segment, annotations or shown sites. Detail: `VisitsChangeDetail` `{period, date, metric, metrics, siteIds, compare, segment, annotations, cause}`.
 * @fires {VisitsErrorEvent} dw-visits-error - Loading failed. Detail: `VisitsErrorDetail` `{error, kind, message, during, stale}` (`during` is `load`; `stale`: older data stays shown).
 * @fires {VisitsExportEvent} dw-visits-export - A CSV, PNG or SVG file was saved. Detail: `VisitsExportDetail` `{format, fileName, bytes}` (`format`: `csv`, `png` or `svg`).
 *
 * @csspart base - The widget's frame.
 * @csspart header - Title and controls.
 * @csspart title - The title (metric and sites).
 * @csspart controls - The period, range, metric and comparison controls.
 * @csspart sites - The site checkboxes (several sites only); they double as the legend.
 * @csspart kpis - The KPI list.
 * @csspart kpi - One KPI.
 * @csspart chart - The box around the chart's canvas.
 * @csspart tooltip - The chart's tooltip (the hovered or keyboard-selected period and its values).
 * @csspart table - The table view.
 * @csspart overview - The overview of the sites (several sites: one row each, sortable).
 * @csspart annotations - The annotations (`annotations` on): the markers under the chart and the notes one opens, or the list under the table view.
 * @csspart summary - The text summary under the chart.
 * @csspart actions - The view toggle and export buttons.
 * @csspart share-button - Opens the Share / embed panel (iframe and script-tag snippets).
 * @csspart share-panel - The Share / embed panel.
 * @csspart error - The error box.
 * @csspart retry-button - The error box's Retry button.
 *
 * @cssproperty --visits-chart-height - Height of the chart (default 280px; 220px below 480px of width).
 * @cssproperty --visits-chart-padding - Padding inside the frame.
 * @cssproperty --visits-chart-gap - Space between the widget's sections.
 * @cssproperty --visits-chart-border-color - The frame's border colour.
 * @cssproperty --visits-chart-kpi-background - Background of the KPIs.
 * @cssproperty --visits-chart-series-1 - Colour of the first site's line (default `--dw-color-series-1`); likewise `-2` to `-5`.
 * @cssproperty --visits-chart-series-2 - Colour of the second site's line.
 * @cssproperty --visits-chart-series-3 - Colour of the third site's line.
 * @cssproperty --visits-chart-series-4 - Colour of the fourth site's line.
 * @cssproperty --visits-chart-series-5 - Colour of the fifth site's line.
 * @cssproperty --visits-chart-grid-color - Grid and axis lines (default `--dw-color-border`).
 * @cssproperty --visits-chart-text-color - Axis labels and the annotation markers under them (default `--dw-color-text-muted`).
 */
export class VisitsChart extends WidgetElement {
  static override tagName = 'visits-chart';
  static override styles = [baseStyles, controlStyles, seriesColors, visitsChartStyles];

  /** Registers the widget under `tag` (default `visits-chart`), and the elements it is made of. */
  static override define(tag?: string): void {
    VisitsRangePicker.define();
    VisitsLineChart.define();
    super.define(tag);
  }

  // ---- controllers --------------------------------------------------------------------------

  /** The answer to the query the attributes ask (see load.ts); stops on removal, runs again when back. */
  #data = new ResumableTask(this, {
    task: async ([, , timeout, sites, period, date, , given, rawDate, segment, yearly], { signal }) =>
      // The comparison with last year: its code first (a failure to fetch it is the load's, with Retry).
      (yearly ? (await loadPart(chunks.previousYear)).loadYear : loadVisits)(this.#source(), { sites, period, date, rawDate, given, today: this.#today(), segment }, { signal, timeout }),
    args: () => {
      const { apiBase, token } = this.connection('matomo');
      const given = parseCalendarDate(this.today) ? this.today.trim() : '';
      const date = requestedDate(this.date, this.#today());
      return [apiBase, token, this.timeoutMs, siteList(this.siteId), this.#period, date, this.source, given, this.date, this.#segment, this.compare === 'previous-year'] as const;
    },
    onComplete: (loaded) => {
      const ids = new Set(loaded.result.current.map((s) => s.idSite));
      if ([...this._hidden].some((id) => !ids.has(id))) this._hidden = new Set([...this._hidden].filter((id) => ids.has(id)));
      this._loaded = loaded;
      this.#loadEventPending = true;
    },
    onError: (error) => {
      if (isAbort(error)) return;
      this.emit(new VisitsErrorEvent({ ...errorDetail(error, 'load'), stale: this._loaded !== undefined }));
    },
  });

  /** The Matomo source of the connection, kept while the connection lasts (it remembers the sites of `all`). */
  #matomo = new DefaultSource(({ apiBase, token, timeout }) => new MatomoVisitsSource(new MatomoClient({ apiBase, token, timeout })));

  /** The parts loaded on first use (see chunks.ts; the range picker loads the custom range form). */
  #exportPart = new LazyPart(this, () => chunks.export());
  #tablePart = new LazyPart(this, () => chunks.table(), { onReady: (code) => addPartStyles(this.renderRoot, code.tableStyles) });
  #segmentPart = new LazyPart(this, () => chunks.segments(), { onReady: ({ VisitsSegmentPicker }) => VisitsSegmentPicker.define() });
  /** The words of a range that is none of the presets (the subtitle's), asked for when the range is one. */
  #rangeWordsPart = new LazyPart(this, () => chunks.rangeWords());
  /** The text summary's code: asked for once the first data is shown (its place under the chart is kept meanwhile). */
  #summaryPart = new LazyPart(this, () => chunks.summary(), { onReady: (code) => addPartStyles(this.renderRoot, code.noteStyles) });
  #overviewPart = new LazyPart(this, () => chunks.overview(), { onReady: ({ VisitsOverview }) => VisitsOverview.define() });
  #annotationsPart = new LazyPart(this, () => chunks.annotations(), { onReady: ({ VisitsAnnotations }) => VisitsAnnotations.define() });

  #share = new ShareToggle(this);

  // Declared here rather than with decorators (as in the base class): a file with decorators carries
  // a helper of its own.
  static override properties: PropertyDeclarations = {
    siteId: { attribute: 'site-id' },
    period: { reflect: true },
    date: { reflect: true },
    metrics: {},
    metric: { reflect: true },
    // No attribute: none (false); `previous-year`; any other value (`compare`, `compare="previous-period"`): the previous period (true).
    compare: { reflect: true, converter: { fromAttribute: (value) => (value === 'previous-year' ? value : value !== null), toAttribute: (value) => (value === true ? '' : value || null) } },
    segment: { reflect: true },
    annotations: { type: Boolean, reflect: true },
    today: {},
    hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    controls: {},
    source: { attribute: false },
    ...internalState,
  };

  /** The Matomo site: one id (`1`), a comma list (`1,3,7`: one line per site), or `all`. */
  siteId = '';

  /** The length of one point: `day`, `week`, `month` or `year`. */
  period: ChartPeriod = 'day';

  /**
   * The range, in Matomo's forms: `lastN` (N periods up to today's), `previousN` (N periods before
   * today's), `today`, `yesterday`, `YYYY-MM-DD,YYYY-MM-DD`, or one day `YYYY-MM-DD`; or a named
   * range that stays relative (the range presets set these): `this-month`, `last-month`,
   * `this-year`, `last-N-days` (the N days up to today, whatever the period). "Today" is each
   * site's own, in its time zone. N runs from 1 to 10,000. Default `last30`.
   */
  date = 'last30';

  /** The metrics of the KPI header, a comma list of VisitsSummary metrics (default `nb_visits`). */
  metrics = 'nb_visits';

  /** The charted metric (default: the first of `metrics`). */
  metric = '';

  /**
   * The comparison drawn dashed, with its values in the tooltip and the table: `previous-period`
   * (the periods right before the range; also `true`, or the attribute without a value),
   * `previous-year` (the same periods a year before: the same dates, 29 February with 28 February;
   * the KPIs and the summary then name the compared dates), or `false` (none drawn: the KPIs still
   * show the change against the previous period).
   */
  compare: boolean | VisitsComparison = false;

  /**
   * A Matomo segment definition (`visitorType==returning`, `deviceType==smartphone,deviceType==tablet`;
   * values URL-encoded within it, as Matomo stores them), sent with every request for visits, the
   * comparison's too. Empty: all visits. With `controls` naming `segment`, the Segment control
   * lists the stored segments the token may use on the sites.
   */
  segment = '';

  /**
   * Shows Matomo's annotations (`Annotations.getAll`) of the range: markers under the x axis that
   * open their notes (date, author, note), and a list under the table view. Their code and the
   * request come when it is on.
   */
  annotations = false;

  /**
   * The day `lastN`, `previousN` and the presets count back from, for every site, `YYYY-MM-DD`.
   * Default: each site's own today, in its time zone (read from Matomo).
   */
  today = '';

  /** Hides the title visually (screen readers still get it), for a page that gives the widget its own heading. */
  hideTitle = false;

  /**
   * The controls the reader may use, a list of `period`, `range`, `metric`, `compare`,
   * `annotations`, `view` (table view, and the overview with several sites), `export` (Download CSV, PNG and SVG)
   * and `share`, or `none`. Default: all of them. `segment` adds the segment picker (the stored segments the
   * token may use on the sites, listed when it is opened); only a list that names it offers it.
   */
  controls = '';

  /** A data source of your own (see `VisitsSource`); default: Matomo at `api-base`. */
  source: VisitsSource | undefined = undefined;

  /** @internal Chart, table or overview, as the reader chose (undefined: see `#view`). */
  private _view: 'chart' | 'table' | 'overview' | undefined = undefined;
  /** @internal Sites the user hid. */
  private _hidden: ReadonlySet<string> = new Set();
  /** @internal Whether the range picker shows the custom range form (the subtitle then names the days). */
  private _customRange = false;
  /** @internal The answer shown. */
  private _loaded: Loaded | undefined = undefined;

  readonly #id = `vc${++instances}`;
  /** What the answer looks like for the chosen metric, sites and comparison (made in `willUpdate`). */
  #model: ChartModel | undefined;
  /** Whether `#model` comes from a new answer (the chart animates new data only). */
  #newData = false;
  #kpis: Kpi[] = [];
  #summary = '';
  /** How the period in progress is compared, in words (empty when none is shown, and until the summary's code is there). */
  #progress = '';
  #loadEventPending = false;
  /** The names of segments, by definition, as the segment picker found them. */
  #segmentNames = new Map<string, string>();
  /** How the comparison with last year is named (undefined for the previous period). */
  #words: YearWords | undefined;
  /** The comparison's periods that answer those of the range that have begun (see `comparedPeriods`). */
  #compared: SiteVisits[] | undefined;
  /** The format of the last export asked for (what Retry saves). */
  #exportFormat: VisitsExportDetail['format'] = 'csv';

  /**
   * Starts the load again (what Retry does). After the server refused the token, the token is
   * tried once more: the widget never retries a refusal on its own (Matomo counts each one as a
   * failed sign-in).
   */
  reload(): Promise<void> {
    const { apiBase, token } = this.connection('matomo');
    if (!this.source && token && apiBase) new MatomoClient({ apiBase, token }).retrySignIn();
    return this.#data.run();
  }

  // ---- what the attributes and the answer mean ----------------------------------------------

  /**
   * The day ranges and presets count back from: the `today` attribute, else the sites' own day
   * (the latest of them, when their time zones differ), else the browser's.
   */
  #today(): Date {
    const days = this._loaded?.result.current.map((s) => s.today ?? '').sort() ?? [];
    return referenceDay(this.today, days[days.length - 1]);
  }

  /** The source of the numbers: the `source` property, else the Matomo server of the connection. */
  #source(): VisitsSource {
    const { apiBase, token } = this.connection('matomo');
    return this.source ?? this.#matomo.for({ apiBase, token, userId: '', timeout: this.timeoutMs });
  }

  /** The preset the range is (none while the custom form is open). */
  get #preset(): RangePreset | null {
    return this._customRange ? null : presetOf(this.date, this.#period, this.#today());
  }

  /** The segment charted; a removed attribute (null) is no segment. */
  get #segment(): string {
    return (this.segment ?? '').trim();
  }

  get #period(): ChartPeriod {
    return isChartPeriod(this.period) ? this.period : 'day';
  }

  /** The charted metric. */
  get #metric(): VisitsMetric {
    return isMetric(this.metric) ? this.metric : parseMetrics(this.metrics)[0]!;
  }

  /** The KPI metrics, then the charted one when it is not among them. */
  #shownMetrics(): VisitsMetric[] {
    const list = parseMetrics(this.metrics);
    return list.includes(this.#metric) ? list : [...list, this.#metric];
  }

  /** Whether the reader may use a control (see `controls`). */
  #may(control: string): boolean {
    return !this.controls || this.#controlList.includes(control);
  }

  get #controlList(): string[] {
    return this.controls.split(/[\s,]+/);
  }

  /** Whether `controls` offers the segment picker (only when it names it), with a source that has segments. */
  get #offersSegments(): boolean {
    return this.#controlList.includes('segment') && !!this.#source().getSegments;
  }

  /** The view shown: the reader's choice, else the overview for `all` with several sites (unless compact), else the chart. */
  get #view(): 'chart' | 'table' | 'overview' {
    return this._view ?? (this.#several && siteList(this.siteId) === 'all' && !this.compact ? 'overview' : 'chart');
  }

  /** Whether the answer has several sites (the overview is offered then). */
  get #several(): boolean {
    return (this._loaded?.result.current.length ?? 0) > 1;
  }

  get #visibleCurrent(): SiteVisits[] {
    return this._loaded?.result.current.filter((s) => !this._hidden.has(s.idSite)) ?? [];
  }

  get #visiblePrevious(): SiteVisits[] | undefined {
    return this._loaded?.result.previous?.filter((s) => !this._hidden.has(s.idSite));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The picker's code, once offered (a failed load waits for Retry).
    if (this.#offersSegments && this.#segmentPart.status === 'idle') void this.#segmentPart.need();
    // The code of the view shown (the table, the overview), once shown.
    const part = this.#view === 'table' ? this.#tablePart : this.#view === 'overview' ? this.#overviewPart : undefined;
    if (part?.status === 'idle') void part.need();
    if (this.annotations && this.#annotationsPart.status === 'idle') void this.#annotationsPart.need();
    if (!this.#preset && this.#rangeWordsPart.status === 'idle') void this.#rangeWordsPart.need();
    const inputs = ['_loaded', '_hidden', 'metric', 'metrics', 'locale', 'compare', 'config'];
    const loaded = this._loaded;
    if (loaded && (inputs.some((k) => changed.has(k)) || !this.#model)) {
      const today = toCalendarString(this.#today());
      const { align } = loaded;
      const model = buildChartModel(loaded.result, this.#metric, loaded.period, this._hidden, today, align);
      // A site the server names not ("Site 3") in the reader's language.
      for (const series of model.series) series.name = this.#siteName(loaded.result.current.find((s) => s.idSite === series.idSite)!);
      const previous = this.#visiblePrevious;
      if (!this.compare) for (const series of model.series) series.previous = null;
      this.#compared = previous && comparedPeriods(this.#visibleCurrent, previous, today, align);
      this.#kpis = computeKpis(this.#shownMetrics(), this.#visibleCurrent, this.#compared);
      this.#model = model;
      this.#newData = changed.has('_loaded');
    }
    // The words of the answer, in the language shown (its words may arrive after the data): the comparison with last year named,
    // the summary of the model and the note on its period in progress once their code is there (see `#summaryPart`).
    this.#words = loaded?.words?.(this.localize);
    const words = this.#summaryPart.value;
    const model = this.#model;
    this.#summary = words && model ? words.describeChart(model, this.#visibleCurrent, this.#compared, this.localize, this.#words?.against) : '';
    this.#progress = words && model ? words.describeProgress(model, !!this.#compared, this.localize) : '';
  }

  protected override updated(): void {
    if (!this.#loadEventPending || !this._loaded) return;
    this.#loadEventPending = false;
    const { result, period, date, compareDate } = this._loaded;
    const detail = {
      sites: result.current.map(({ idSite, name }) => ({ idSite, name })),
      period,
      date,
      metrics: this.#shownMetrics(),
      metric: this.#metric,
      periods: this.#model?.labels.length ?? 0,
      compareDate,
    };
    // Once the chart shows it; then the summary's code, when it is not there yet.
    void this.updateComplete.then(() => {
      this.emit(new VisitsLoadEvent(detail));
      void this.#summaryPart.need();
    });
  }

  /**
   * @internal Complete once the chart and the range picker are up to date too (while connected:
   * an element never connected never updates).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // The summary, and the words of a range that is none of the presets, while their code is on its way.
    for (const part of [this.#summaryPart, this.#rangeWordsPart]) {
      if (part.status !== 'loading') continue;
      await part.need();
      complete = (await super.getUpdateComplete()) && complete;
    }
    await Promise.all([this.#lineChart, this.#rangePicker].map((part) => part?.isConnected && part.updateComplete));
    return complete;
  }

  get #lineChart(): VisitsLineChart | null {
    return this.renderRoot?.querySelector('dw-visits-line-chart') ?? null;
  }

  get #rangePicker(): VisitsRangePicker | null {
    return this.renderRoot?.querySelector('dw-visits-range-picker') ?? null;
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const status = this.#data.status;
    const pending = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const failed = status === TaskStatus.ERROR && !isAbort(this.#data.error);
    const loaded = this._loaded;
    const model = loaded && this.#model;
    const id = this.#id;
    const t = this.localize;
    const locale = t.locale;
    const view = this.#view;
    const inProgress = model?.series.some((s) => s.partial >= 0);
    const previousError = loaded?.result.previousError;
    // The rare notes (a failed refresh or comparison, left-out data) are worded by the summary's part, there right after the first data.
    const notes = this.#summaryPart.value;
    return html`<section class="widget" part="base" lang=${locale} dir=${t.dir} aria-labelledby="${id}-title" aria-busy=${pending ? 'true' : 'false'}>
      <header class="head" part="header">
        <div>
          <div class="title ${this.hideTitle ? 'visually-hidden' : ''}" id="${id}-title" part="title">${this.#title()}</div>
          <p class="subtitle">${this.#subtitle()}</p>
        </div>
        <div class="controls" part="controls">
          <dw-visits-range-picker
            .period=${this.#period}
            .date=${this.date}
            .today=${toCalendarString(this.#today())}
            .locale=${locale}
            ?hide-period=${!this.#may('period')}
            ?hide-range=${!this.#may('range')}
            @dw-visits-range-change=${this.#onRange}
          ></dw-visits-range-picker>
          ${this.#renderMetricControls()}
        </div>
      </header>
      ${this.#renderSites()}
      ${failed && loaded ? html`<div class="stale">${errorBox(this.#data.error, () => void this.reload(), notes?.staleTitle(t), t)}</div>` : nothing}
      ${previousError && this.compare && notes
        ? html`<p class="message warning">${notes.comparisonFailed(errorMessage(previousError, t), t, this.#words)}</p>`
        : nothing}
      ${loaded && (loaded.droppedPeriods || loaded.droppedValues) && notes
        ? html`<p class="message warning">${notes.droppedText(loaded.droppedPeriods, loaded.droppedValues, t)}</p>`
        : nothing}
      ${loaded
        ? renderKpis(this.#kpis, { charted: this.#metric, period: loaded.period, compared: !!loaded.result.previous, t, versus: this.#words?.versus })
        : failed
          ? nothing
          : renderKpiSkeleton(this.#shownMetrics().length)}
      ${inProgress ? html`<p class="note">${this.#progress}</p>` : nothing}
      <div class="views">
        <div class="chart-box" part="chart" ?hidden=${view !== 'chart'}>
          <dw-visits-line-chart
            .model=${model}
            .newData=${this.#newData}
            .theme=${this.effectiveTheme}
            .locale=${locale}
            label=${this.#canvasLabel()}
            described-by="${id}-summary"
          ></dw-visits-line-chart>
          ${this.#data.render({
            initial: () => this.#skeleton(),
            pending: () => (loaded ? html`<span class="updating" aria-hidden="true">${t.t('Updating…')}</span>` : this.#skeleton()),
            complete: () => this.#emptyOverlay(model),
            error: (error) =>
              isAbort(error) ? (loaded ? nothing : this.#skeleton()) : loaded ? this.#emptyOverlay(model) : html`<div class="overlay">${errorBox(error, () => void this.reload(), undefined, t)}</div>`,
          })}
        </div>
        ${view === 'table' && model ? this.#renderTable(model) : nothing}
        ${view === 'overview' && loaded ? this.#renderOverview(loaded) : nothing}
        ${this.annotations && view !== 'overview' ? this.#renderAnnotations(model, view) : nothing}
      </div>
      <p class="summary" id="${id}-summary" part="summary">${model ? this.#summary : pending ? t.t('Loading visits…') : ''}</p>
      ${model && this.#summaryPart.status === 'failed' ? this.#summaryPart.render(t.t('the summary')) : nothing}
      <div class="actions" part="actions">
        ${this.compare ? html`<span class="legend-note"><span class="swatch dashed"></span>${this.#words?.legend ?? t.t('Dashed: previous period')}</span>` : nothing}
        ${inProgress && view === 'chart'
          ? html`<span class="legend-note"><span class="swatch dotted"></span>${t.t('Dotted, hollow point: in progress')}</span>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" aria-pressed=${view === 'table' ? 'true' : 'false'} ?disabled=${!model} ?hidden=${!this.#may('view')} @click=${() => this.#toggle('table')}>${t.t('Table view')}</button>
        ${(['csv', 'png', 'svg'] as const).map(
          (format) =>
            html`<button type="button" ?disabled=${!model || (format !== 'csv' && view !== 'chart')} ?hidden=${!this.#may('export')} @click=${() => this.#export(format)}>${t.t('Download {format}', { format: format.toUpperCase() })}</button>`,
        )}
        <button type="button" aria-pressed=${view === 'overview' ? 'true' : 'false'} ?hidden=${!this.#may('view') || !this.#several} @click=${() => this.#toggle('overview')}>${t.t('Overview')}</button>
        ${this.#may('share') ? this.#share.button() : nothing}
      </div>
      ${this.#exportPart.render(t.t('the {format} export', { format: this.#exportFormat.toUpperCase() }), { retry: this.#retryExport })}
      ${this.#share.panel()}
      <div class="visually-hidden" role="status">${this.#statusText(pending, failed, model)}</div>
    </section>`;
  }

  #title(): string {
    // {metric}: a metric's name ("Visits").
    return this.localize.t('{metric} over time', { metric: metricInfo(this.#metric).name });
  }

  /**
   * The sites shown and the range, by period. The sites' names (two at most, joined with the
   * language's words for a list, Intl's) and the segment's are the server's: marked as not to be translated.
   */
  #subtitle(): TemplateResult {
    const t = this.localize;
    const sites = this.#visibleCurrent;
    const few = sites.length <= 2;
    const names = sites.length === 0 ? '' : few ? new Intl.ListFormat(t.locale).format(sites.map((s) => this.#siteName(s))) : t.plural(sites.length, { one: '{count} site', other: '{count} sites' });
    const [range, segment] = this.#range();
    const data = (text: string, is: boolean) => html`<span translate=${is ? 'no' : nothing}>${text}</span>`;
    return html`${names ? html`${data(names, few && !sites.some((s) => s.nameText))} · ` : nothing}${range}${segment ? html` · ${data(segment, !!this.#segmentNames.get(this.#segment))}` : nothing}`;
  }

  /** The range by period, and the segment charted: the subtitle after the names (the exported images say it too). */
  #rangeText(): string {
    return this.#range().filter(Boolean).join(' · ');
  }

  /** The range by period, and the segment charted ('' when none): its name, or its definition in words. */
  #range(): [string, string] {
    const t = this.localize;
    // The preset's name ("Last 30 days"); else the days or periods in words (always the days while the custom form is open).
    const preset = this.#preset;
    const range = preset ? t.text(PRESET_LABELS[preset]) : (this.#rangeWordsPart.value?.describeDate(this.date, this.#period, this.#today(), t) ?? '');
    const period = PERIOD_UNITS[this.#period];
    const segment = this.#segment;
    // {range}: the range ("Last 30 days"); {period}: day, week, month or year; {definition}: a segment's definition, as stored.
    const shown = range ? t.t('{range}, by {period}', { range, period }) : t.t('by {period}', { period });
    return [shown, segment && isolate(this.#segmentNames.get(segment) || t.t('Segment {definition}', { definition: segment }))];
  }

  /** A site's name: the server's, or "Site 3" in the reader's language when it gave none. */
  #siteName(site: SiteVisits): string {
    return site.nameText ? this.localize.text(site.nameText) : site.name;
  }

  /** What the chart or table shows: "Visits by day". */
  #byPeriod(metric: VisitsMetric, period: ChartPeriod): string {
    // {metric}: a metric's name; {period}: day, week, month or year.
    return this.localize.t('{metric} by {period}', { metric: metricInfo(metric).name, period: PERIOD_UNITS[period] });
  }

  #canvasLabel(): string {
    // {what}: what the chart shows ("Visits by day").
    return this.localize.t('Line chart: {what}. The arrow keys step through the periods; the summary below describes it; the table view lists every value.', { what: this.#byPeriod(this.#metric, this.#period) });
  }

  /** What the status line says: loading, then what was loaded (worded by the summary's part, which comes right after the first data). */
  #statusText(pending: boolean, failed: boolean, model: ChartModel | undefined): string {
    if (pending) return this.localize.t('Loading visits…');
    return failed || !model ? '' : (this.#summaryPart.value?.loadedText(model, this.localize) ?? '');
  }

  /** The metric and comparison selects (the period and range are the range picker's). */
  #renderMetricControls(): TemplateResult {
    const t = this.localize;
    return html`<label class="field" for="${this.#id}-metric" ?hidden=${!this.#may('metric')}
        >${t.t('Metric')}
        <select id="${this.#id}-metric" @change=${this.#onMetric}>
          ${VISITS_METRICS.map((m) => html`<option value=${m} ?selected=${m === this.#metric}>${t.text(metricInfo(m).name)}</option>`)}
        </select>
      </label>
      <label class="field" for="${this.#id}-compare" ?hidden=${!this.#may('compare')}
        >${t.t('Compare with')}
        <select id="${this.#id}-compare" @change=${this.#onCompare}>
          ${COMPARE_CHOICES.map(([value, label]) => html`<option value=${value} ?selected=${value === (this.compare === true ? 'previous-period' : this.compare || '')}>${t.text(label)}</option>`)}
        </select>
      </label>
      <label class="check" ?hidden=${!this.#may('annotations') || (this.source && !this.source.getAnnotations)}><input type="checkbox" .checked=${this.annotations} @change=${this.#onAnnotations} />${t.t('Annotations')}</label>
      ${this.#renderSegments()}`;
  }

  /** The segment picker, when `controls` offers it (its code loads then; the list, when it is opened). */
  #renderSegments(): TemplateResult | typeof nothing {
    const part = this.#segmentPart;
    if (!this.#offersSegments) return nothing;
    // prettier-ignore
    return part.value
      ? html`<dw-visits-segment-picker .segment=${this.#segment} .source=${this.#source()} .sites=${siteList(this.siteId).split(',')} .timeout=${this.timeoutMs} @dw-visits-segment=${this.#onSegment}></dw-visits-segment-picker>`
      : part.render(this.localize.t('the segment picker'));
  }

  /**
   * The annotations of the range (their code loads when they are on; they are asked for with the
   * visits, before the model). The element is there from the first render: upgraded when its code
   * arrives (keeping what was set on it), at once when another chart brought it; meanwhile, or if
   * it does not arrive, the part's state is said after it.
   */
  #renderAnnotations(model: ChartModel | undefined, view: 'chart' | 'table'): TemplateResult {
    return html`<dw-visits-annotations .model=${model} .source=${this.#source()} .view=${view} .compare=${this.compare} .locale=${this.effectiveLocale} .widget=${this}></dw-visits-annotations
      >${this.#annotationsPart.render(this.localize.t('the annotations'))}`;
  }

  /** The site checkboxes (several sites only), which double as the legend. */
  #renderSites(): TemplateResult | typeof nothing {
    const sites = this._loaded?.result.current ?? [];
    if (sites.length < 2) return nothing;
    const shown = sites.filter((s) => !this._hidden.has(s.idSite)).length;
    return html`<fieldset class="sites" part="sites">
      <legend>${this.localize.t('Sites')}</legend>
      ${sites.map((site, i) => {
        const checked = !this._hidden.has(site.idSite);
        return html`<label class="check"
          ><input type="checkbox" .checked=${checked} ?disabled=${checked && shown === 1} @change=${(e: Event) => this.#onSite(e, site.idSite)} /><span
            class="swatch c${(i % 5) + 1}"
            aria-hidden="true"
          ></span
          ><span translate=${site.nameText ? nothing : 'no'}>${this.#siteName(site)}</span></label
        >`;
      })}
    </fieldset>`;
  }

  /** The table view (its code loads when it is first shown). */
  #renderTable(model: ChartModel): TemplateResult | typeof nothing {
    const code = this.#tablePart.value;
    const t = this.localize;
    if (!code) return this.#tablePart.render(t.t('the table'));
    return code.renderTable(model, !!this.compare, {
      caption: this.#byPeriod(model.metric, model.period),
      captionId: `${this.#id}-caption`,
      label: (label) => formatPeriodLabel(label, model.period, t.locale, 'full'),
      previous: this.#words?.line,
      t,
    });
  }

  /** The overview of the sites (its code loads when it is first shown). */
  #renderOverview(loaded: Loaded): TemplateResult | typeof nothing {
    // prettier-ignore
    return this.#overviewPart.value
      ? html`<dw-visits-overview .loaded=${loaded} .metric=${this.#metric} .today=${toCalendarString(this.#today())} .segment=${this.#segment} .source=${this.#source()} .locale=${this.effectiveLocale} @dw-visits-site=${this.#onPickSite}></dw-visits-overview>`
      : this.#overviewPart.render(this.localize.t('the overview'));
  }

  #skeleton(): TemplateResult {
    return html`<div class="overlay skeleton-box" aria-hidden="true"><div class="skeleton"></div></div>`;
  }

  #emptyOverlay(model: ChartModel | undefined): TemplateResult | typeof nothing {
    if (!model) return nothing;
    // No visits, or a metric the server does not report for this period length (both rare): said once the summary's words are there.
    const words = this.#summaryPart.value;
    const missing = model.empty ? words?.emptyText(this.localize) : model.missing && words?.missingText(model, this.localize);
    return missing ? html`<div class="overlay empty"><p><strong>${missing[0]}</strong>${missing[1]}</p></div>` : nothing;
  }

  // ---- what the reader does -----------------------------------------------------------------

  #changed(cause: VisitsChangeDetail['cause']): void {
    const siteIds = this._loaded?.result.current.map((s) => s.idSite) ?? siteList(this.siteId).split(',').filter(Boolean);
    this.emit(
      new VisitsChangeEvent({
        period: this.#period,
        date: this.date,
        metric: this.#metric,
        metrics: this.#shownMetrics(),
        siteIds: siteIds.filter((id) => !this._hidden.has(id)),
        compare: this.compare,
        segment: this.#segment,
        annotations: this.annotations,
        cause,
      }),
    );
  }

  /** A period, a range or the custom form picked in the range picker. */
  #onRange({ detail }: RangeChangeEvent): void {
    this._customRange = detail.custom;
    if (detail.cause === 'custom') return;
    this.period = detail.period;
    this.date = detail.date;
    this.#changed(detail.cause);
  }

  #onMetric(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (!isMetric(value) || value === this.#metric) return;
    this.metric = value;
    this.#changed('metric');
  }

  #onCompare(e: Event): void {
    this.compare = ((e.target as HTMLSelectElement).value as VisitsComparison) || false;
    this.#changed('compare');
  }

  #onAnnotations(e: Event): void {
    this.annotations = (e.target as HTMLInputElement).checked;
    this.#changed('annotations');
  }

  #onSite(e: Event, idSite: string): void {
    const hidden = new Set(this._hidden);
    if ((e.target as HTMLInputElement).checked) hidden.delete(idSite);
    else hidden.add(idSite);
    this._hidden = hidden;
    this.#changed('sites');
  }

  /** A segment picked (or the charted one named) in the picker. */
  #onSegment({ detail }: SegmentPickEvent): void {
    if (detail.name) this.#segmentNames.set(detail.definition, detail.name);
    this.requestUpdate();
    if (!detail.picked) return;
    this.segment = detail.definition;
    this.#changed('segment');
  }

  /** The Table view or Overview button: shows that view, or the chart again. */
  #toggle(view: 'table' | 'overview'): void {
    this._view = this.#view === view ? 'chart' : view;
  }

  /** A site's name picked in the overview: the chart shows that site alone (the overview then focuses it). */
  #onPickSite({ detail }: SitePickEvent): void {
    this._hidden = new Set(detail.hide);
    this._view = 'chart';
    this.#changed('sites');
  }

  #retryExport = () => void this.#export(this.#exportFormat);

  /**
   * Saves the shown data (CSV), or the chart with its title, range, sites and legend as drawn
   * (PNG) or in vectors (SVG). The export's code loads on the first export (then it saves at once).
   */
  async #export(format: VisitsExportDetail['format']): Promise<void> {
    if (!this._loaded || this.#exportPart.status === 'loading') return;
    this.#exportFormat = format;
    const code = await this.#exportPart.need();
    const loaded = this._loaded;
    if (!code) return;
    const file = await code.saveView(format, {
      sites: this.#visibleCurrent,
      previous: this.compare ? this.#visiblePrevious : undefined,
      align: loaded.align,
      metrics: this.#shownMetrics(),
      period: loaded.period,
      model: this.#model!,
      date: loaded.date,
      drawing: this.#view === 'chart' ? this.#lineChart?.drawing : undefined,
      title: this.#title(),
      range: this.#rangeText(),
      locale: this.effectiveLocale,
      previousLegend: this.#words?.legend,
    });
    if (file) this.emit(new VisitsExportEvent({ format, ...file }));
  }
}
