import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { WidgetElement } from '../core/widget-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { formatChange } from '../core/format.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { isAbort } from '../core/errors.js';
import { errorDetail } from '../core/error-detail.js';
import { LazyPart } from '../core/lazy-part.js';
import { ResumableTask } from '../core/resumable-task.js';
import { DefaultSource } from '../core/default-source.js';
import { MediaQuery, PREFERS_REDUCED_MOTION } from '../core/media-query.js';
import { ConfigError } from '../api/errors.js';
import { MatomoClient } from '../api/matomo.js';
import { MatomoVisitsSource, VISITS_METRICS, type SiteVisits, type VisitsMetric, type VisitsResult } from '../api/visits-source.js';
import type { VisitsSource } from '../api/visits-source.js';
import { VisitsChartView, readColors, type ChartPresentation } from './chart-view.js';
import { chunks } from './chunks.js';
import { VisitsChangeEvent, VisitsErrorEvent, VisitsExportEvent, VisitsLoadEvent, type VisitsChangeDetail } from './events.js';
import { computeKpis, type Kpi } from './kpi.js';
import { formatMetric, isMetric, metricInfo, parseMetrics } from './metrics.js';
import { GAP_TEXT, IN_PROGRESS_LEGEND, progressNote } from './messages.js';
import { formatDay, formatPeriodLabel, parsePeriodLabel } from './period-labels.js';
import {
  CHART_PERIODS,
  PRESET_LABELS,
  RANGE_PRESETS,
  countLabel,
  isChartPeriod,
  parseDateSpec,
  previousRange,
  referenceDay,
  requestDate,
  spanOf,
  type ChartPeriod,
  type DateSpec,
  type RangePreset,
} from './ranges.js';
import { presetOf, presetValue, resolveNamedDate } from './named-dates.js';
import { cleanVisits } from './sanitize.js';
import { buildChartModel, valueText, type ChartModel } from './shape.js';
import { describeChart } from './summary.js';
import { visitsChartStyles } from './visits-chart.styles.js';
import { ShareToggle } from '../embed/share-toggle.js';

export type { VisitsChangeDetail, VisitsErrorDetail, VisitsExportDetail, VisitsLoadDetail, VisitsSiteRef } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'visits-chart': VisitsChart;
  }
}

/** What the widget shows: the last answer, and the query it answers. */
interface Loaded {
  result: VisitsResult;
  period: ChartPeriod;
  date: string;
  compareDate: string;
  /** Periods and values of the answer that could not be shown (see `cleanVisits`). */
  droppedPeriods: number;
  droppedValues: number;
}

type RangeChoice = RangePreset | 'custom' | 'configured';

let instances = 0;

/**
 * The widget's internal state: a change re-renders it, as a property's does, but it has no
 * attribute. Spread into `properties` so that the API docs, made from that object's own entries,
 * leave it out.
 */
const internalState: PropertyDeclarations = {
  _view: { state: true },
  _hidden: { state: true },
  _customOpen: { state: true },
  _customError: { state: true },
  _loaded: { state: true },
};

/**
 * Visits over time from Matomo's VisitsSummary API, drawn with Chart.js: one line per site, the
 * previous period dashed, KPIs with their change, a table view, a text summary, CSV and PNG export.
 *
 * @summary Visits over time for one or several Matomo sites, with KPIs and comparison.
 * @tag visits-chart
 *
 * @fires {VisitsLoadEvent} dw-visits-load - Data for the range arrived and is shown. Detail: `VisitsLoadDetail` `{sites, period, date, metrics, metric, periods, compareDate}`.
 * @fires {VisitsChangeEvent} dw-visits-change - The user changed the period, range, metric, comparison or shown sites. Detail: `VisitsChangeDetail` `{period, date, metric, metrics, siteIds, compare, cause}`.
 * @fires {VisitsErrorEvent} dw-visits-error - Loading failed. Detail: `VisitsErrorDetail` `{error, kind, message, during, stale}` (`during` is `load`; `stale`: older data stays shown).
 * @fires {VisitsExportEvent} dw-visits-export - A CSV or PNG file was saved. Detail: `VisitsExportDetail` `{format, fileName, bytes}`.
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
 * @cssproperty --visits-chart-text-color - Axis labels (default `--dw-color-text-muted`).
 */
export class VisitsChart extends WidgetElement {
  static override tagName = 'visits-chart';
  static override styles = [baseStyles, controlStyles, visitsChartStyles];

  // Declared here rather than with decorators (as in the base class): a file with decorators carries
  // a helper of its own.
  static override properties: PropertyDeclarations = {
    siteId: { attribute: 'site-id' },
    period: { reflect: true },
    date: { reflect: true },
    metrics: {},
    metric: { reflect: true },
    compare: { type: Boolean, reflect: true },
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

  /** Draws the previous period dashed, with its values in the tooltip and the table. */
  compare = false;

  /**
   * The day `lastN`, `previousN` and the presets count back from, for every site, `YYYY-MM-DD`.
   * Default: each site's own today, in its time zone (read from Matomo).
   */
  today = '';

  /** Hides the title visually (screen readers still get it), for a page that gives the widget its own heading. */
  hideTitle = false;

  /**
   * The controls the reader may use, a list of `period`, `range`, `metric`, `compare`, `view`
   * (table view), `export` and `share`, or `none`. Default: all of them.
   */
  controls = '';

  /** A data source of your own (see `VisitsSource`); default: Matomo at `api-base`. */
  source: VisitsSource | undefined = undefined;

  /** @internal */
  private _view: 'chart' | 'table' = 'chart';
  /** @internal Sites the user hid. */
  private _hidden: ReadonlySet<string> = new Set();
  /** @internal */
  private _customOpen = false;
  /** @internal */
  private _customError = '';
  /** @internal */
  private _loaded: Loaded | undefined = undefined;

  readonly #id = `vc${++instances}`;
  #chart: VisitsChartView | undefined;
  #model: ChartModel | undefined;
  #kpis: Kpi[] = [];
  #summary = '';
  #paintedTheme = '';
  #paintedLocale = '';
  #loadEventPending = false;
  #animateNext = false;
  #reducedMotion = new MediaQuery(this, PREFERS_REDUCED_MOTION);

  #share = new ShareToggle(this);
  /** The Matomo source of the connection, kept while the connection lasts (it remembers the sites of `all`). */
  #matomoSource = new DefaultSource(({ apiBase, token, timeout }) => new MatomoVisitsSource(new MatomoClient({ apiBase, token, timeout })));
  /** How the period in progress is compared, in words (empty when none is shown). */
  #progress = '';
  /** The parts loaded on first use (see chunks.ts); the table's and the custom range's bring styles. */
  #exportPart = new LazyPart(this, () => chunks.export());
  #tablePart = new LazyPart(this, () => chunks.table(), { onReady: () => this.#adoptPartStyles() });
  #customPart = new LazyPart(this, () => chunks.custom(), { onReady: () => this.#adoptPartStyles() });
  /** The format of the last export asked for (what Retry saves). */
  #exportFormat: 'csv' | 'png' = 'csv';

  #task = new ResumableTask(this, {
    task: async ([apiBase, token, timeout, sites, period, date, source, given, rawDate], { signal }): Promise<Loaded> => {
      if (!sites) throw new ConfigError('No site is configured: set the site-id attribute (one id, a comma list, or "all").');
      if (!date) {
        throw new ConfigError(`The date "${rawDate.slice(0, 40)}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD or a named range such as this-month.`);
      }
      // The comparison counted from the day the chart knows, for a source that does not know the
      // sites' calendars (the Matomo source counts it from each site's own day).
      const today = this.#today();
      const compareDate = previousRange(parseDateSpec(date, today)!, period, today);
      const query = { siteIds: sites.split(','), period, date, compareDate, ...(given ? { today: given } : {}) };
      const answer = await (source ?? this.#matomoSource.for({ apiBase, token, userId: '', timeout })).getVisits(query, { signal, timeout });
      const { result, droppedPeriods, droppedValues } = cleanVisits(answer, period, today);
      return { result, period, date: rawDate, compareDate: loadedRange(result.previous, period), droppedPeriods, droppedValues };
    },
    args: () => {
      const connection = this.connection('matomo');
      const q = this.#query();
      const given = parseCalendarDate(this.today) ? this.today.trim() : '';
      return [connection.apiBase, connection.token, this.timeoutMs, q.sites, q.period, q.date, this.source, given, this.date] as const;
    },
    onComplete: (loaded) => {
      const ids = new Set(loaded.result.current.map((s) => s.idSite));
      if ([...this._hidden].some((id) => !ids.has(id))) this._hidden = new Set([...this._hidden].filter((id) => ids.has(id)));
      this.#animateNext = true;
      this._loaded = loaded;
      this.#loadEventPending = true;
    },
    onError: (error) => {
      if (isAbort(error)) return;
      this.emit(new VisitsErrorEvent({ ...errorDetail(error, 'load'), stale: this._loaded !== undefined }));
    },
  });

  /**
   * The day ranges and presets count back from: the `today` attribute, else the sites' own day
   * (the latest of them, when their time zones differ), else the browser's.
   */
  #today(): Date {
    const days = this._loaded?.result.current.map((s) => s.today ?? '').sort() ?? [];
    return referenceDay(this.today, days[days.length - 1]);
  }

  /** The query the widget's attributes ask for, as primitives. */
  #query(): { sites: string; period: ChartPeriod; date: string } {
    const period = this.#period;
    const spec = this.#spec(this.#today());
    const sites = this.siteId
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^\d+$/.test(s) || s === 'all');
    const list = sites.includes('all') ? 'all' : [...new Set(sites)].join(',');
    return { sites: list, period, date: spec ? requestDate(spec) : '' };
  }

  /** The `date` understood (a named range, see named-dates.ts, read as the days it stands for today). */
  #spec(today: Date): DateSpec | null {
    return parseDateSpec(resolveNamedDate(this.date, today) ?? this.date, today);
  }

  /** Whether the reader may use a control (see `controls`). */
  #may(control: string): boolean {
    return !this.controls || this.controls.split(/[\s,]+/).includes(control);
  }

  get #period(): ChartPeriod {
    return isChartPeriod(this.period) ? this.period : 'day';
  }

  get #kpiMetrics(): VisitsMetric[] {
    return parseMetrics(this.metrics);
  }

  /** The charted metric. */
  get #metric(): VisitsMetric {
    return isMetric(this.metric) ? this.metric : this.#kpiMetrics[0]!;
  }

  get #visibleCurrent(): SiteVisits[] {
    return this._loaded?.result.current.filter((s) => !this._hidden.has(s.idSite)) ?? [];
  }

  get #visiblePrevious(): SiteVisits[] | undefined {
    return this._loaded?.result.previous?.filter((s) => !this._hidden.has(s.idSite));
  }

  /**
   * Starts the load again (what Retry does). After the server refused the token, the token is
   * tried once more: the widget never retries a refusal on its own (Matomo counts each one as a
   * failed sign-in).
   */
  reload(): Promise<void> {
    const { apiBase, token } = this.connection('matomo');
    if (!this.source && token && apiBase) new MatomoClient({ apiBase, token }).retrySignIn();
    return this.#task.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected: the chart was destroyed on removal; build it again (an interrupted load runs
    // again by itself: ResumableTask).
    if (this.hasUpdated) this.#createChart(this.#model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['_loaded', '_hidden', 'metric', 'metrics', 'locale', 'compare', 'config'];
    if (this._loaded && (inputs.some((k) => changed.has(k)) || !this.#model)) {
      const today = toCalendarString(this.#today());
      const model = buildChartModel(this._loaded.result, this.#metric, this._loaded.period, this._hidden, today);
      const previous = this.#visiblePrevious;
      this.#progress = describeProgress(model, !!previous, this.effectiveLocale);
      if (!this.compare) for (const series of model.series) series.previous = null;
      this.#kpis = computeKpis(this.#shownMetrics(), this.#visibleCurrent, previous, today);
      this.#summary = describeChart(model, this.#visibleCurrent, previous, this.effectiveLocale, today);
      this.#model = model;
    }
  }

  /** The KPI metrics, then the charted one when it is not among them. */
  #shownMetrics(): VisitsMetric[] {
    const list = this.#kpiMetrics;
    return list.includes(this.#metric) ? list : [...list, this.#metric];
  }

  protected override updated(): void {
    this.#paint();
    if (this.#loadEventPending && this._loaded) {
      this.#loadEventPending = false;
      const loaded = this._loaded;
      this.emit(
        new VisitsLoadEvent({
          sites: loaded.result.current.map(({ idSite, name }) => ({ idSite, name })),
          period: loaded.period,
          date: loaded.date,
          metrics: this.#shownMetrics(),
          metric: this.#metric,
          periods: this.#model?.labels.length ?? 0,
          compareDate: loaded.compareDate,
        }),
      );
    }
  }

  /**
   * Makes the chart once there is data to draw (until then the skeleton or a message covers its
   * box), drawn once with it.
   */
  #createChart(model: ChartModel | undefined): void {
    // Lit renders an element removed before its first update all the same: a chart made then would
    // never be destroyed (Chart.js keeps every chart in `Chart.instances`); reconnecting makes it.
    const box = this.#box;
    if (this.#chart || !model || !this.isConnected || !box) return;
    const inBox = <T extends HTMLElement>(selector: string) => box.querySelector(selector) as T;
    this.#chart = new VisitsChartView(inBox<HTMLCanvasElement>('canvas'), box, inBox('.tip'), inBox('[aria-live]'), this.#presentation(model));
    this.#paintedTheme = this.effectiveTheme;
    this.#paintedLocale = this.effectiveLocale;
    this.#animateNext = false;
  }

  /** The box of the chart's canvas, tooltip and live region. */
  get #box(): HTMLElement {
    return this.renderRoot.querySelector('.chart-box') as HTMLElement;
  }

  #presentation(model: ChartModel): ChartPresentation {
    return { model, locale: this.effectiveLocale, colors: readColors(this.#box), reducedMotion: this.#reducedMotion.matches };
  }

  /** Pushes the model, colours and locale to the chart when any of them changed. */
  #paint(): void {
    const chart = this.#chart;
    if (!chart) return this.#createChart(this.#model);
    const theme = this.effectiveTheme;
    const locale = this.effectiveLocale;
    const current = chart.presentation;
    if (
      current.model === this.#model &&
      theme === this.#paintedTheme &&
      locale === this.#paintedLocale &&
      current.reducedMotion === this.#reducedMotion.matches
    ) {
      return;
    }
    this.#paintedTheme = theme;
    this.#paintedLocale = locale;
    chart.update(this.#presentation(this.#model!), this.#animateNext);
    this.#animateNext = false;
  }

  // ---- user actions -------------------------------------------------------------------------

  #changed(cause: VisitsChangeDetail['cause']): void {
    this.emit(
      new VisitsChangeEvent({
        period: this.#period,
        date: this.date,
        metric: this.#metric,
        metrics: this.#shownMetrics(),
        siteIds: this.#siteIds().filter((id) => !this._hidden.has(id)),
        compare: this.compare,
        cause,
      }),
    );
  }

  #siteIds(): string[] {
    return this._loaded?.result.current.map((s) => s.idSite) ?? this.#query().sites.split(',').filter(Boolean);
  }

  #onPeriod(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (!isChartPeriod(value) || value === this.#period) return;
    const today = this.#today();
    const preset = this._customOpen ? null : presetOf(this.date, this.#period, today);
    this.period = value;
    if (preset) this.date = presetValue(preset, value);
    this.#changed('period');
  }

  #onRange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as RangeChoice;
    if (value === 'custom') {
      this._customOpen = true;
      this._customError = '';
      void this.#openCustom();
      return;
    }
    if (value === 'configured') return;
    this._customOpen = false;
    this.date = presetValue(value, this.#period);
    this.#changed('range');
  }

  /** Loads the custom range form's code if needed, then moves focus to its first date. */
  #openCustom = async () => {
    if (await this.#customPart.need()) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#${this.#id}-from`)?.focus();
    }
  };

  #onCustom(e: SubmitEvent): void {
    e.preventDefault();
    const read = this.#customPart.value!.readCustom(e.target as HTMLFormElement);
    this._customError = read.error ?? '';
    if (read.error === undefined) {
      this.date = read.date;
      this.#changed('range');
    }
  }

  #onMetric(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (!isMetric(value) || value === this.#metric) return;
    this.metric = value;
    this.#changed('metric');
  }

  #onCompare(e: Event): void {
    this.compare = (e.target as HTMLInputElement).checked;
    this.#changed('compare');
  }

  #onSite(e: Event, idSite: string): void {
    const hidden = new Set(this._hidden);
    if ((e.target as HTMLInputElement).checked) hidden.delete(idSite);
    else hidden.add(idSite);
    this._hidden = hidden;
    this.#changed('sites');
  }

  #toggleView(): void {
    this._view = this._view === 'chart' ? 'table' : 'chart';
    if (this._view === 'table') void this.#tablePart.need();
  }

  /** Adds the styles of the parts that brought some (the table, the custom range form). */
  #adoptPartStyles(): void {
    const table = this.#tablePart.value;
    const custom = this.#customPart.value;
    adoptStyles(this.renderRoot as ShadowRoot, [...VisitsChart.elementStyles, ...(table ? [table.tableStyles] : []), ...(custom ? [custom.customStyles] : [])]);
  }

  #exportCsv = () => void this.#export('csv');
  #exportPng = () => void this.#export('png');
  #retryExport = () => void this.#export(this.#exportFormat);

  /**
   * Saves the shown data (CSV) or the chart as drawn (PNG). The export's code loads on the first
   * export (then it saves at once).
   */
  async #export(format: 'csv' | 'png'): Promise<void> {
    if (!this._loaded || this.#exportPart.status === 'loading') return;
    this.#exportFormat = format;
    const code = await this.#exportPart.need();
    const loaded = this._loaded;
    if (!code) return;
    const file = await code.saveView(format, {
      sites: this.#visibleCurrent,
      previous: this.compare ? this.#visiblePrevious : undefined,
      metrics: this.#shownMetrics(),
      period: loaded.period,
      labels: this.#model?.labels ?? [],
      date: loaded.date,
      canvas: this._view === 'table' ? undefined : this.#chart?.chart.canvas,
      background: readColors(this.#box).background,
    });
    if (file) this.emit(new VisitsExportEvent({ format, ...file }));
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const status = this.#task.status;
    const pending = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const failed = status === TaskStatus.ERROR && !isAbort(this.#task.error);
    const loaded = this._loaded;
    const model = loaded ? this.#model : undefined;
    const id = this.#id;
    return html`<section class="widget" part="base" aria-labelledby="${id}-title" aria-busy=${pending ? 'true' : 'false'}>
      <header class="head" part="header">
        <div>
          <div class="title ${this.hideTitle ? 'visually-hidden' : ''}" id="${id}-title" part="title">${this.#title()}</div>
          <p class="subtitle">${this.#subtitle()}</p>
        </div>
        ${this.#renderControls()}
      </header>
      ${this._customOpen ? this.#renderCustom() : nothing} ${this.#renderSites()}
      ${failed && loaded ? html`<div class="stale">${errorBox(this.#task.error, () => void this.reload(), 'Could not refresh the data; showing the last loaded data')}</div>` : nothing}
      ${loaded?.result.previousError && this.compare
        ? html`<p class="message warning">The previous period could not be loaded: ${loaded.result.previousError.message}</p>`
        : nothing}
      ${loaded && (loaded.droppedPeriods || loaded.droppedValues) ? html`<p class="message warning">${droppedText(loaded)}</p>` : nothing}
      ${this.#renderKpis(pending && !loaded, failed && !loaded)} ${model && this.#progress ? html`<p class="note">${this.#progress}</p>` : nothing}
      <div class="views">
        <div class="chart-box" part="chart" ?hidden=${this._view === 'table'}>
          <canvas role="img" tabindex=${model?.labels.length ? '0' : nothing} aria-label=${this.#canvasLabel()} aria-describedby="${id}-summary"></canvas>
          <div class="tip" part="tooltip" aria-hidden="true" hidden></div>
          <span class="visually-hidden" aria-live="polite"></span>
          ${this.#task.render({
            initial: () => this.#skeleton(),
            pending: () => (loaded ? html`<span class="updating" aria-hidden="true">Updating…</span>` : this.#skeleton()),
            complete: () => this.#emptyOverlay(model),
            error: (error) =>
              isAbort(error) ? (loaded ? nothing : this.#skeleton()) : loaded ? this.#emptyOverlay(model) : html`<div class="overlay">${errorBox(error, () => void this.reload())}</div>`,
          })}
        </div>
        ${this._view === 'table' && model ? this.#renderTable(model) : nothing}
      </div>
      <p class="summary" id="${id}-summary" part="summary">${model ? this.#summary : pending ? 'Loading visits…' : ''}</p>
      <div class="actions" part="actions">
        ${this.compare ? html`<span class="legend-note"><span class="swatch dashed"></span>Dashed: previous period</span>` : nothing}
        ${model?.series.some((s) => s.partial >= 0) && this._view === 'chart'
          ? html`<span class="legend-note"><span class="swatch dotted"></span>${IN_PROGRESS_LEGEND}</span>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" aria-pressed=${this._view === 'table' ? 'true' : 'false'} ?disabled=${!model} ?hidden=${!this.#may('view')} @click=${this.#toggleView}>Table view</button>
        <button type="button" ?disabled=${!model} ?hidden=${!this.#may('export')} @click=${this.#exportCsv}>Download CSV</button>
        <button type="button" ?disabled=${!model || this._view === 'table'} ?hidden=${!this.#may('export')} @click=${this.#exportPng}>Download PNG</button>
        ${this.#may('share') ? this.#share.button() : nothing}
      </div>
      ${this.#exportPart.render(this.#exportFormat === 'csv' ? 'the CSV export' : 'the PNG export', { retry: this.#retryExport })}
      ${this.#share.panel()}
      <div class="visually-hidden" role="status">${this.#statusText(pending, failed, model)}</div>
    </section>`;
  }

  #renderTable(model: ChartModel): TemplateResult | typeof nothing {
    const code = this.#tablePart.value;
    if (!code) return this.#tablePart.render('the table');
    const locale = this.effectiveLocale;
    return code.renderTable(model, this.compare, {
      caption: `${metricInfo(model.metric).label} by ${model.period}`,
      captionId: `${this.#id}-caption`,
      label: (label) => formatPeriodLabel(label, model.period, locale, 'full'),
      cell: (series, i, previous) => valueText(model, series, i, previous, locale),
    });
  }

  #title(): string {
    return `${metricInfo(this.#metric).label} over time`;
  }

  #subtitle(): string {
    const sites = this.#visibleCurrent;
    const names = sites.length === 0 ? '' : sites.length <= 2 ? sites.map((s) => s.name).join(' and ') : `${sites.length} sites`;
    const range = this.#rangeText();
    return [names, range].filter(Boolean).join(' · ');
  }

  #rangeText(): string {
    const today = this.#today();
    const preset = presetOf(this.date, this.#period, today);
    const spec = this.#spec(today);
    const by = `by ${this.#period}`;
    if (preset && !this._customOpen) return `${PRESET_LABELS[preset]}, ${by}`;
    return spec ? `${describeSpec(spec, this.#period, this.effectiveLocale)}, ${by}` : by;
  }

  #canvasLabel(): string {
    return `Line chart of ${metricInfo(this.#metric).label.toLowerCase()} by ${this.#period}. The arrow keys step through the periods; the summary below describes it; the table view lists every value.`;
  }

  #statusText(pending: boolean, failed: boolean, model: ChartModel | undefined): string {
    if (pending) return 'Loading visits…';
    if (failed) return '';
    if (!model) return '';
    if (model.empty) return 'No visits in this range.';
    return `Loaded ${countLabel(model.labels.length, model.period, this.effectiveLocale)} for ${model.series.length === 1 ? model.series[0]!.name : `${model.series.length} sites`}.`;
  }

  #renderControls(): TemplateResult {
    const id = this.#id;
    const today = this.#today();
    const preset = presetOf(this.date, this.#period, today);
    const choice: RangeChoice = this._customOpen ? 'custom' : preset ?? 'configured';
    const spec = this.#spec(today);
    const configured = spec ? describeSpec(spec, this.#period, this.effectiveLocale) : `“${this.date.slice(0, 40)}”`;
    const periodNames: Record<ChartPeriod, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };
    return html`<div class="controls" part="controls">
      <label class="field" for="${id}-period" ?hidden=${!this.#may('period')}
        >Period
        <select id="${id}-period" @change=${this.#onPeriod}>
          ${CHART_PERIODS.map((p) => html`<option value=${p} ?selected=${p === this.#period}>${periodNames[p]}</option>`)}
        </select>
      </label>
      <label class="field" for="${id}-range" ?hidden=${!this.#may('range')}
        >Range
        <select id="${id}-range" @change=${this.#onRange}>
          ${choice === 'configured' ? html`<option value="configured" selected>${configured}</option>` : nothing}
          ${RANGE_PRESETS.map((p) => html`<option value=${p} ?selected=${p === choice}>${PRESET_LABELS[p]}</option>`)}
          <option value="custom" ?selected=${choice === 'custom'}>Custom…</option>
        </select>
      </label>
      <label class="field" for="${id}-metric" ?hidden=${!this.#may('metric')}
        >Metric
        <select id="${id}-metric" @change=${this.#onMetric}>
          ${VISITS_METRICS.map((m) => html`<option value=${m} ?selected=${m === this.#metric}>${metricInfo(m).label}</option>`)}
        </select>
      </label>
      <label class="check" ?hidden=${!this.#may('compare')}><input type="checkbox" .checked=${this.compare} @change=${this.#onCompare} />Compare with previous period</label>
    </div>`;
  }

  /** The custom range form (its code loads when it is first opened). */
  #renderCustom(): TemplateResult | typeof nothing {
    const code = this.#customPart.value;
    if (!code) return this.#customPart.render('the custom range', { retry: this.#openCustom });
    const today = this.#today();
    const spec = this.#spec(today);
    const span = spec ? (spec.kind === 'range' ? { from: spec.from, to: spec.to } : spanOf(spec, this.#period, today)) : null;
    return code.renderCustom(this.#id, span && [toCalendarString(span.from), toCalendarString(span.to)], this._customError, this.#onCustom);
  }

  #renderSites(): TemplateResult | typeof nothing {
    const sites = this._loaded?.result.current ?? [];
    if (sites.length < 2) return nothing;
    const shown = sites.filter((s) => !this._hidden.has(s.idSite)).length;
    return html`<fieldset class="sites" part="sites">
      <legend>Sites</legend>
      ${sites.map((site, i) => {
        const checked = !this._hidden.has(site.idSite);
        return html`<label class="check"
          ><input type="checkbox" .checked=${checked} ?disabled=${checked && shown === 1} @change=${(e: Event) => this.#onSite(e, site.idSite)} /><span
            class="swatch c${(i % 5) + 1}"
            aria-hidden="true"
          ></span
          >${site.name}</label
        >`;
      })}
    </fieldset>`;
  }

  #renderKpis(loading: boolean, failed: boolean): TemplateResult | typeof nothing {
    if (failed) return nothing;
    const locale = this.effectiveLocale;
    if (loading || !this._loaded) {
      return html`<dl class="kpis" part="kpis" aria-hidden="true">
        ${this.#shownMetrics().map(
          () => html`<div class="kpi skeleton-tile"><dt><span class="skeleton bar"></span></dt><dd class="value"><span class="skeleton bar wide"></span></dd></div>`,
        )}
      </dl>`;
    }
    const period = this._loaded.period;
    const hasPrevious = !!this._loaded.result.previous;
    return html`<dl class="kpis" part="kpis">
      ${this.#kpis.map((kpi) => {
        const info = metricInfo(kpi.metric);
        const label = info.aggregate === 'mean' ? `${info.label} (average per ${period})` : info.label;
        return html`<div class="kpi ${kpi.metric === this.#metric ? 'active' : ''}" part="kpi">
          <dt>${label}</dt>
          <dd class="value">${kpi.gap ? GAP_TEXT[kpi.gap] : formatMetric(kpi.metric, kpi.value, locale)}</dd>
          <dd class="change ${changeClass(kpi, info.better)}">${changeText(kpi, hasPrevious, locale)}</dd>
        </div>`;
      })}
    </dl>`;
  }

  #skeleton(): TemplateResult {
    return html`<div class="overlay skeleton-box" aria-hidden="true"><div class="skeleton"></div></div>`;
  }

  #emptyOverlay(model: ChartModel | undefined): TemplateResult | typeof nothing {
    if (!model) return nothing;
    if (model.empty) {
      return html`<div class="overlay empty"><p><strong>No visits in this range</strong>Try a longer range or another period.</p></div>`;
    }
    if (model.missing) {
      const label = metricInfo(model.metric).label;
      return html`<div class="overlay empty">
        <p><strong>No ${label.toLowerCase()} for this period length</strong>The server does not report ${label.toLowerCase()} by ${model.period}. Pick a shorter period or another metric.</p>
      </div>`;
    }
    return nothing;
  }
}

/** How the period in progress of the shown lines is compared (see `progressNote`); empty when none is in progress. */
function describeProgress(model: ChartModel, compared: boolean, locale: string): string {
  const partial = model.series.filter((s) => s.partial >= 0);
  if (partial.length === 0) return '';
  const labels = new Set(partial.map((s) => model.labels[s.partial]!));
  const [label] = labels;
  const what = labels.size === 1 ? formatPeriodLabel(label!, model.period, locale, 'full') : '';
  // How far it is, when every site is as far (the sites' days may differ by their time zones).
  const [first] = partial;
  const alike = partial.every((s) => s.progress?.days === first!.progress?.days);
  return progressNote(what, model.period, alike ? first!.progress : null, compared);
}

/** The days a comparison covers (its first site's), `YYYY-MM-DD,YYYY-MM-DD`, or empty. */
function loadedRange(previous: readonly SiteVisits[] | undefined, period: ChartPeriod): string {
  const points = previous?.[0]?.points ?? [];
  const first = points.length ? parsePeriodLabel(points[0]!.label, period) : null;
  const last = points.length ? parsePeriodLabel(points[points.length - 1]!.label, period) : null;
  return first && last ? `${toCalendarString(first.start)},${toCalendarString(last.end)}` : '';
}

/** What was left out of an answer, in words. */
function droppedText({ droppedPeriods: periods, droppedValues: values }: Loaded): string {
  const parts = [
    periods ? `${periods} ${periods === 1 ? 'period' : 'periods'} with an unreadable or impossible date` : '',
    values ? `${values} impossible ${values === 1 ? 'value' : 'values'} (shown as gaps)` : '',
  ];
  return `Some data from the server was left out: ${parts.filter(Boolean).join(', ')}.`;
}

/** The change as shown (to 0.1%): a change that rounds to 0% is no change, with no arrow or colour. */
function shownChange(kpi: Kpi): number | null {
  return kpi.change === null ? null : Math.round(kpi.change * 1000) / 1000;
}

function changeClass(kpi: Kpi, better: 'up' | 'down' | 'neutral'): string {
  const change = shownChange(kpi);
  if (change === null || change === 0 || better === 'neutral') return '';
  return (better === 'up') === change > 0 ? 'good' : 'bad';
}

function changeText(kpi: Kpi, hasPrevious: boolean, locale: string): TemplateResult | string {
  if (!hasPrevious) return 'No comparison';
  const change = shownChange(kpi);
  if (change === null) return kpi.previous === 0 && (kpi.value ?? 0) > 0 ? 'New against the previous period' : 'No change to compare';
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '';
  return html`${arrow ? html`<span aria-hidden="true">${arrow}</span> ` : nothing}${formatChange(change, locale)} <span class="vs">vs previous period</span>`;
}

/** A range in words: `Last 12 weeks`, `Previous 3 months`, `Mar 1, 2024 – Mar 31, 2024`. */
export function describeSpec(spec: DateSpec, period: ChartPeriod, locale: string): string {
  if (spec.kind === 'last') return `Last ${countLabel(spec.n, period, locale)}`;
  if (spec.kind === 'previous') return `Previous ${countLabel(spec.n, period, locale)}`;
  const from = formatDay(spec.from, locale);
  return spec.from.getTime() === spec.to.getTime() ? from : `${from} – ${formatDay(spec.to, locale)}`;
}
