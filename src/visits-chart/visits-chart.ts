import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DashboardElement } from '../core/base-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { errorBox } from '../core/status-message.js';
import { formatChange } from '../core/format.js';
import { toCalendarString } from '../core/dates.js';
import { ConfigError, errorMessage, isAbort, isApiError, type ApiErrorKind } from '../api/errors.js';
import { MatomoClient } from '../api/matomo.js';
import { MatomoVisitsSource, VISITS_METRICS, type SiteVisits, type VisitsMetric, type VisitsResult, type VisitsSource } from '../api/visits-source.js';
import { VisitsChartView, readColors, type ChartPresentation } from './chart-view.js';
import { chunks, type Part, type PartCode } from './chunks.js';
import { computeKpis, type Kpi } from './kpi.js';
import { formatMetric, isMetric, metricInfo, parseMetrics } from './metrics.js';
import { formatDay, formatPeriodLabel } from './period-labels.js';
import {
  CHART_PERIODS,
  PRESET_LABELS,
  RANGE_PRESETS,
  countLabel,
  detectPreset,
  isChartPeriod,
  parseDateSpec,
  presetDate,
  previousRange,
  referenceDay,
  requestDate,
  spanOf,
  type ChartPeriod,
  type DateSpec,
  type RangePreset,
} from './ranges.js';
import { cleanVisits } from './sanitize.js';
import { buildChartModel, type ChartModel } from './shape.js';
import { describeChart } from './summary.js';
import { visitsChartStyles } from './visits-chart.styles.js';
import { ShareToggle } from '../embed/share-toggle.js';

/** A site as the events describe it. */
export interface VisitsSiteRef {
  idSite: string;
  name: string;
}

/** `dw-visits-load`: data for the range arrived and is shown. */
export interface VisitsLoadDetail {
  sites: VisitsSiteRef[];
  period: ChartPeriod;
  /** The `date` the data answers (Matomo's form, as set on the widget). */
  date: string;
  /** The KPI metrics, then the charted one if it is not among them. */
  metrics: VisitsMetric[];
  /** The charted metric. */
  metric: VisitsMetric;
  /** How many periods the range has. */
  periods: number;
  /** The comparison range that was loaded, `YYYY-MM-DD,YYYY-MM-DD`. */
  compareDate: string;
}

/** `dw-visits-change`: the user changed the period, range, metric, comparison or shown sites. */
export interface VisitsChangeDetail {
  period: ChartPeriod;
  date: string;
  metric: VisitsMetric;
  metrics: VisitsMetric[];
  /** The sites shown (all of `site-id` unless the user hid some). */
  siteIds: string[];
  compare: boolean;
  /** What changed. */
  cause: 'period' | 'range' | 'metric' | 'compare' | 'sites';
}

/** `dw-visits-error`: loading failed (aborted requests are not errors). */
export interface VisitsErrorDetail {
  /** The typed error (an `ApiError` from the api layer, or whatever a custom source threw). */
  error: unknown;
  kind: ApiErrorKind | 'unknown';
  /** The human message shown in the widget. */
  message: string;
  /** Whether the widget kept older data on screen. */
  stale: boolean;
}

/** `dw-visits-export`: a file was saved. */
export interface VisitsExportDetail {
  format: 'csv' | 'png';
  fileName: string;
  bytes: number;
}

declare module '../core/base-element.js' {
  interface DashboardEventMap {
    'dw-visits-load': CustomEvent<VisitsLoadDetail>;
    'dw-visits-change': CustomEvent<VisitsChangeDetail>;
    'dw-visits-error': CustomEvent<VisitsErrorDetail>;
    'dw-visits-export': CustomEvent<VisitsExportDetail>;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-visits-load': CustomEvent<VisitsLoadDetail>;
    'dw-visits-change': CustomEvent<VisitsChangeDetail>;
    'dw-visits-error': CustomEvent<VisitsErrorDetail>;
    'dw-visits-export': CustomEvent<VisitsExportDetail>;
  }
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

const reducedMotionQuery = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

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
  _parts: { state: true },
  _reducedMotion: { state: true },
};

/**
 * Visits over time from Matomo's VisitsSummary API, drawn with Chart.js: one line per site, the
 * previous period dashed, KPIs with their change, a table view, a text summary, CSV and PNG export.
 *
 * @summary Visits over time for one or several Matomo sites, with KPIs and comparison.
 * @tag visits-chart
 *
 * @fires dw-visits-load - Data for the range arrived and is shown. Detail: `VisitsLoadDetail` `{sites, period, date, metrics, metric, periods, compareDate}`.
 * @fires dw-visits-change - The user changed the period, range, metric, comparison or shown sites. Detail: `VisitsChangeDetail` `{period, date, metric, metrics, siteIds, compare, cause}`.
 * @fires dw-visits-error - Loading failed. Detail: `VisitsErrorDetail` `{error, kind, message, stale}`.
 * @fires dw-visits-export - A CSV or PNG file was saved. Detail: `VisitsExportDetail` `{format, fileName, bytes}`.
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
export class VisitsChart extends DashboardElement {
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
    source: { attribute: false },
    ...internalState,
  };

  /** The Matomo site: one id (`1`), a comma list (`1,3,7`: one line per site), or `all`. */
  siteId = '';

  /** The length of one point: `day`, `week`, `month` or `year`. */
  period: ChartPeriod = 'day';

  /**
   * The range, in Matomo's forms: `lastN` (N periods up to today's), `previousN` (N periods before
   * today's), `YYYY-MM-DD,YYYY-MM-DD`, or one day `YYYY-MM-DD`. Default `last30`.
   */
  date = 'last30';

  /** The metrics of the KPI header, a comma list of VisitsSummary metrics (default `nb_visits`). */
  metrics = 'nb_visits';

  /** The charted metric (default: the first of `metrics`). */
  metric = '';

  /** Draws the previous period dashed, with its values in the tooltip and the table. */
  compare = false;

  /**
   * The day range presets count back from, `YYYY-MM-DD` in the site's time zone. Default: the
   * browser's current day.
   */
  today = '';

  /** Hides the title visually (screen readers still get it), for a page that gives the widget its own heading. */
  hideTitle = false;

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
  /** @internal The parts whose code is loading, or could not be loaded (see `chunks`). */
  private _parts: Partial<Record<Part, 'loading' | 'failed'>> = {};
  /** @internal */
  private _reducedMotion = reducedMotionQuery()?.matches ?? false;

  readonly #id = `vc${++instances}`;
  #chart: VisitsChartView | undefined;
  #model: ChartModel | undefined;
  #kpis: Kpi[] = [];
  #summary = '';
  #paintedTheme = '';
  #paintedLocale = '';
  #loadEventPending = false;
  #animateNext = false;
  #motion = reducedMotionQuery();
  #onMotion = (e: MediaQueryListEvent) => {
    this._reducedMotion = e.matches;
  };

  #share = new ShareToggle(this);
  /** The code of the parts loaded on first use. */
  #code: { [K in Part]?: PartCode<K> } = {};
  /** The format of the last export asked for (what Retry saves). */
  #exportFormat: 'csv' | 'png' = 'csv';

  #task = new Task(this, {
    task: async ([apiBase, token, timeout, sites, period, date, compareDate, source, rawDate], { signal }): Promise<Loaded> => {
      if (!sites) throw new ConfigError('No site is configured: set the site-id attribute (one id, a comma list, or "all").');
      if (!date) {
        throw new ConfigError(`The date "${rawDate.slice(0, 40)}" is not one the widget reads: use lastN, previousN, YYYY-MM-DD or YYYY-MM-DD,YYYY-MM-DD.`);
      }
      const from = source ?? new MatomoVisitsSource(new MatomoClient({ apiBase, token, timeout }));
      const answer = await from.getVisits({ siteIds: sites.split(','), period, date, compareDate }, { signal, timeout });
      const { result, droppedPeriods, droppedValues } = cleanVisits(answer, period, referenceDay(this.today));
      return { result, period, date: rawDate, compareDate, droppedPeriods, droppedValues };
    },
    args: () => {
      const connection = this.connection('matomo');
      const q = this.#query();
      return [connection.apiBase, connection.token, this.timeoutMs, q.sites, q.period, q.date, q.compareDate, this.source, this.date] as const;
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
      this.emit('dw-visits-error', {
        error,
        kind: isApiError(error) ? error.kind : 'unknown',
        message: errorMessage(error),
        stale: this._loaded !== undefined,
      });
    },
  });

  /** The query the widget's attributes ask for, as primitives. */
  #query(): { sites: string; period: ChartPeriod; date: string; compareDate: string } {
    const period = this.#period;
    const today = referenceDay(this.today);
    const spec = parseDateSpec(this.date, today);
    const sites = this.siteId
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^\d+$/.test(s) || s === 'all');
    const list = sites.includes('all') ? 'all' : [...new Set(sites)].join(',');
    return { sites: list, period, date: spec ? requestDate(spec) : '', compareDate: spec ? previousRange(spec, period, today) : '' };
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
    this.#motion?.addEventListener('change', this.#onMotion);
    this._reducedMotion = this.#motion?.matches ?? false;
    if (this.hasUpdated) {
      // Reconnected: the chart was destroyed on removal; build it again, and finish an interrupted load.
      this.#createChart(this.#model);
      if (this.#task.status === TaskStatus.PENDING || (this.#task.status === TaskStatus.ERROR && isAbort(this.#task.error))) {
        void this.#task.run();
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#motion?.removeEventListener('change', this.#onMotion);
    if (this.#task.status === TaskStatus.PENDING) this.#task.abort(new DOMException('The widget was removed', 'AbortError'));
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['_loaded', '_hidden', 'metric', 'metrics', 'locale', 'compare', 'config'];
    if (this._loaded && (inputs.some((k) => changed.has(k)) || !this.#model)) {
      const model = buildChartModel(this._loaded.result, this.#metric, this._loaded.period, this._hidden);
      if (!this.compare) for (const series of model.series) series.previous = null;
      const previous = this.#visiblePrevious;
      this.#kpis = computeKpis(this.#shownMetrics(), this.#visibleCurrent, previous);
      this.#summary = describeChart(model, this.#visibleCurrent, previous, this.effectiveLocale);
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
      this.emit('dw-visits-load', {
        sites: loaded.result.current.map(({ idSite, name }) => ({ idSite, name })),
        period: loaded.period,
        date: loaded.date,
        metrics: this.#shownMetrics(),
        metric: this.#metric,
        periods: this.#model?.labels.length ?? 0,
        compareDate: loaded.compareDate,
      });
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
    return { model, locale: this.effectiveLocale, colors: readColors(this.#box), reducedMotion: this._reducedMotion };
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
      current.reducedMotion === this._reducedMotion
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
    this.emit('dw-visits-change', {
      period: this.#period,
      date: this.date,
      metric: this.#metric,
      metrics: this.#shownMetrics(),
      siteIds: this.#siteIds().filter((id) => !this._hidden.has(id)),
      compare: this.compare,
      cause,
    });
  }

  #siteIds(): string[] {
    return this._loaded?.result.current.map((s) => s.idSite) ?? this.#query().sites.split(',').filter(Boolean);
  }

  #onPeriod(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    if (!isChartPeriod(value) || value === this.#period) return;
    const today = referenceDay(this.today);
    const preset = this._customOpen ? null : detectPreset(this.date, this.#period, today);
    this.period = value;
    if (preset) this.date = presetDate(preset, value, today);
    this.#changed('period');
  }

  #onRange(e: Event): void {
    const value = (e.target as HTMLSelectElement).value as RangeChoice;
    if (value === 'custom') {
      this._customOpen = true;
      this._customError = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#${this.#id}-from`)?.focus());
      return;
    }
    if (value === 'configured') return;
    this._customOpen = false;
    this.date = presetDate(value, this.#period, referenceDay(this.today));
    this.#changed('range');
  }

  #onCustom(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    if (!from || !to) {
      this._customError = 'Enter both dates.';
      return;
    }
    if (from > to) {
      this._customError = 'The start date must not be after the end date.';
      return;
    }
    this._customError = '';
    this.date = `${from},${to}`;
    this.#changed('range');
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
    if (this._view === 'table') void this.#need('table');
  }

  /**
   * The code of a part the first view does not need, loaded on first use. While it loads the
   * part shows a status line; if it cannot be fetched, why, with Retry (see `#renderPart`).
   * Resolves with undefined when it failed, or is already loading.
   */
  async #need<K extends Part>(part: K): Promise<PartCode<K> | undefined> {
    const have = this.#code[part];
    if (have) return have;
    if (this._parts[part] === 'loading') return undefined;
    this._parts = { ...this._parts, [part]: 'loading' };
    let code: PartCode<K>;
    try {
      code = (await chunks[part]()) as PartCode<K>;
    } catch {
      this._parts = { ...this._parts, [part]: 'failed' };
      return undefined;
    }
    (this.#code as Record<Part, unknown>)[part] = code;
    if (part === 'table') adoptStyles(this.renderRoot as ShadowRoot, [...VisitsChart.elementStyles, (code as PartCode<'table'>).tableStyles]);
    this._parts = { ...this._parts, [part]: undefined };
    return code;
  }

  /** The exported file's name without extension (made safe for file systems when saved). */
  #fileStem(): string {
    const loaded = this._loaded;
    const labels = this.#model?.labels ?? [];
    const sites = this.#visibleCurrent.map((s) => s.idSite).join('+');
    const span = labels.length ? `${labels[0]!.split(',')[0]}_${labels[labels.length - 1]!.split(',').pop()}` : loaded?.date ?? '';
    return `visits-site${sites}-${loaded?.period ?? ''}-${span}`;
  }

  #exportCsv = () => void this.#export('csv');
  #exportPng = () => void this.#export('png');
  #retryExport = () => void this.#export(this.#exportFormat);
  #retryTable = () => void this.#need('table');

  /**
   * Saves the shown data (CSV) or the chart as drawn (PNG). The export's code loads on the first
   * export (then it saves at once).
   */
  async #export(format: 'csv' | 'png'): Promise<void> {
    if (!this._loaded || this._parts.export === 'loading') return;
    this.#exportFormat = format;
    const code = this.#code.export ?? (await this.#need('export'));
    const loaded = this._loaded;
    const chart = this.#chart;
    if (!code) return;
    if (format === 'csv') {
      const file = code.saveCsv(this.#fileStem(), this.#visibleCurrent, this.compare ? this.#visiblePrevious : undefined, this.#shownMetrics(), loaded.period);
      this.emit('dw-visits-export', { format, ...file });
      return;
    }
    if (!chart || this._view === 'table') return;
    try {
      const file = await code.savePng(this.#fileStem(), chart.chart.canvas, readColors(this.#box).background);
      this.emit('dw-visits-export', { format, ...file });
    } catch {
      // A canvas that cannot be read leaves nothing to save; the button stays usable.
    }
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
      ${this.#renderKpis(pending && !loaded, failed && !loaded)}
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
        <span class="spacer"></span>
        <button type="button" aria-pressed=${this._view === 'table' ? 'true' : 'false'} ?disabled=${!model} @click=${this.#toggleView}>Table view</button>
        <button type="button" ?disabled=${!model} @click=${this.#exportCsv}>Download CSV</button>
        <button type="button" ?disabled=${!model || this._view === 'table'} @click=${this.#exportPng}>Download PNG</button>
        ${this.#share.button()}
      </div>
      ${this.#renderPart('export', this.#exportFormat === 'csv' ? 'the CSV export' : 'the PNG export', this.#retryExport)}
      ${this.#share.panel()}
      <div class="visually-hidden" role="status">${this.#statusText(pending, failed, model)}</div>
    </section>`;
  }

  #renderTable(model: ChartModel): TemplateResult | typeof nothing {
    const code = this.#code.table;
    if (!code) return this.#renderPart('table', 'the table', this.#retryTable);
    const locale = this.effectiveLocale;
    return code.renderTable(model, this.compare, {
      caption: `${metricInfo(model.metric).label} by ${model.period}`,
      captionId: `${this.#id}-caption`,
      label: (label) => formatPeriodLabel(label, model.period, locale, 'full'),
      value: (value) => formatMetric(model.metric, value, locale),
    });
  }

  /** A part whose code is loading (a status line) or could not be loaded (why, with Retry). */
  #renderPart(part: Part, what: string, retry: () => void): TemplateResult | typeof nothing {
    const state = this._parts[part];
    if (!state) return nothing;
    if (state === 'loading') return html`<p class="message part-state" role="status">Loading ${what}…</p>`;
    return html`<div class="message error part-state" role="alert" part="error">
      <strong>Could not load ${what}.</strong>
      <p>Its code did not arrive: check the connection (or, for a self-hosted copy, that the <code>chunks</code> folder is served beside the bundle).</p>
      <button type="button" part="retry-button" @click=${retry}>Retry</button>
    </div>`;
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
    const today = referenceDay(this.today);
    const preset = detectPreset(this.date, this.#period, today);
    const spec = parseDateSpec(this.date, today);
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
    const today = referenceDay(this.today);
    const preset = detectPreset(this.date, this.#period, today);
    const choice: RangeChoice = this._customOpen ? 'custom' : preset ?? 'configured';
    const spec = parseDateSpec(this.date, today);
    const configured = spec ? describeSpec(spec, this.#period, this.effectiveLocale) : `“${this.date.slice(0, 40)}”`;
    const periodNames: Record<ChartPeriod, string> = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };
    return html`<div class="controls" part="controls">
      <label class="field" for="${id}-period"
        >Period
        <select id="${id}-period" @change=${this.#onPeriod}>
          ${CHART_PERIODS.map((p) => html`<option value=${p} ?selected=${p === this.#period}>${periodNames[p]}</option>`)}
        </select>
      </label>
      <label class="field" for="${id}-range"
        >Range
        <select id="${id}-range" @change=${this.#onRange}>
          ${choice === 'configured' ? html`<option value="configured" selected>${configured}</option>` : nothing}
          ${RANGE_PRESETS.map((p) => html`<option value=${p} ?selected=${p === choice}>${PRESET_LABELS[p]}</option>`)}
          <option value="custom" ?selected=${choice === 'custom'}>Custom…</option>
        </select>
      </label>
      <label class="field" for="${id}-metric"
        >Metric
        <select id="${id}-metric" @change=${this.#onMetric}>
          ${VISITS_METRICS.map((m) => html`<option value=${m} ?selected=${m === this.#metric}>${metricInfo(m).label}</option>`)}
        </select>
      </label>
      <label class="check"><input type="checkbox" .checked=${this.compare} @change=${this.#onCompare} />Compare with previous period</label>
    </div>`;
  }

  #renderCustom(): TemplateResult {
    const id = this.#id;
    const today = referenceDay(this.today);
    const spec = parseDateSpec(this.date, today);
    const span = spec ? (spec.kind === 'range' ? { from: spec.from, to: spec.to } : spanOf(spec, this.#period, today)) : null;
    const errorId = `${id}-custom-error`;
    return html`<form class="custom" @submit=${this.#onCustom} aria-label="Custom range">
      <label class="field" for="${id}-from"
        >From
        <input id="${id}-from" name="from" type="date" required .value=${span ? toCalendarString(span.from) : ''} aria-invalid=${this._customError ? 'true' : 'false'} aria-describedby=${errorId} />
      </label>
      <label class="field" for="${id}-to"
        >To
        <input id="${id}-to" name="to" type="date" required .value=${span ? toCalendarString(span.to) : ''} aria-invalid=${this._customError ? 'true' : 'false'} aria-describedby=${errorId} />
      </label>
      <button type="submit" class="primary">Apply</button>
      <p class="hint" id=${errorId} role="alert">${this._customError}</p>
    </form>`;
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
          <dd class="value">${formatMetric(kpi.metric, kpi.value, locale)}</dd>
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
