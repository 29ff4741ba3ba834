import { css, html, nothing, svg, type PropertyDeclarations, type ReactiveElement, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { readSiteTotals } from '../api/multisites.js';
import { MatomoVisitsSource, type SiteTotals, type SiteVisits, type VisitsMetric, type VisitsSource } from '../api/visits-source.js';
import { DashboardElement } from '../core/base-element.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { isAbort } from '../core/errors.js';
import { formatChange } from '../core/format.js';
import { errorBox } from '../core/status-message.js';
import type { Translator } from '../core/translate.js';
import type { ParamValue } from '../i18n/types.js';
import { comparedPeriods, computeKpis } from './kpi.js';
import type { Loaded } from './load.js';
import { formatMetric, metricInfo, valueOf } from './metrics.js';
import { addPartStyles } from './part-styles.js';
import { formatDay, parsePeriodLabel } from './period-labels.js';
import { unionLabels } from './shape.js';
import { tableStyles } from './table.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-overview': VisitsOverview;
  }
}

/*
 * The overview of <visits-chart>: one row per site of the answer, with its visits, their change
 * against the chart's comparison, actions, pageviews (Matomo's MultiSites.getAll), bounce rate and
 * a trend line of the charted metric, sortable by each column, with a totals row. The widget loads
 * this module when the overview is first shown (in the script-tag bundles, a file of its own under
 * `chunks/`) and registers the element then.
 *
 * Its figures are the chart's own (the same days, time zones and comparison as the lines and
 * the KPIs), so the overview and the chart never disagree; the pageviews come from one request
 * of their own, over each site's days.
 */

export const overviewStyles = css`
  dw-visits-overview {
    display: block;
  }

  dw-visits-overview th button {
    all: unset;
    cursor: pointer;
    border-radius: 2px;
  }

  dw-visits-overview th button:focus-visible {
    outline: 2px solid var(--_focus, currentColor);
    outline-offset: 2px;
  }

  dw-visits-overview th[scope='row'] button {
    text-decoration: underline;
    text-underline-offset: 2px;
    white-space: normal;
  }

  dw-visits-overview .sort {
    display: inline-block;
    width: 1em;
    color: var(--_fg-muted);
  }

  dw-visits-overview tfoot th,
  dw-visits-overview tfoot td {
    font-weight: 600;
  }

  dw-visits-overview .spark {
    display: block;
    /* At the cell's end, under its header, as the figures are. */
    margin-inline-start: auto;
    width: 6em;
    height: 1.5em;
    fill: none;
    stroke: var(--_vc-series-1);
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Right to left, time runs leftwards, as in the chart (see docs/visits-chart.md). */
  dw-visits-overview[dir='rtl'] .spark {
    transform: scaleX(-1);
  }

  dw-visits-overview .spark.c2 { stroke: var(--_vc-series-2); }
  dw-visits-overview .spark.c3 { stroke: var(--_vc-series-3); }
  dw-visits-overview .spark.c4 { stroke: var(--_vc-series-4); }
  dw-visits-overview .spark.c5 { stroke: var(--_vc-series-5); }

  dw-visits-overview .hint {
    margin: 0 0 var(--_space);
    color: var(--_fg-muted);
    font-size: 0.85em;
  }
`;

/** A column the overview sorts by. */
export type OverviewColumn = 'name' | 'visits' | 'change' | 'actions' | 'pageviews' | 'bounce';

/** One row: a site's figures (null: none), its colour and its trend line's values. */
export interface OverviewRow {
  idSite: string;
  name: string;
  /** For a site the server names not, its name in the reader's words ("Site 3"); `name` is the server's otherwise. */
  nameText?: SiteVisits['nameText'];
  /** Position among the chart's sites: its colour. */
  colorIndex: number;
  visits: number | null;
  /** Visits against the comparison: +0.125 for 12.5% more. */
  change: number | null;
  actions: number | null;
  /** From the server's All Websites figures: undefined while they load, null when they have none. */
  pageviews: number | null | undefined;
  bounce: number | null;
  /** The charted metric by period, aligned to the chart's labels (null: a gap). */
  trend: Array<number | null>;
}

/**
 * The rows of an answer: every site of it (hidden ones too: the overview is all of them), with
 * the figures computed as the KPIs compute them (rates weighted by visits, the comparison's
 * periods that answer those begun). `totals`: the server's figures by site, when read.
 */
export function overviewRows(loaded: Loaded, metric: VisitsMetric, today: string, totals: ReadonlyMap<string, SiteTotals> | undefined): OverviewRow[] {
  const { result } = loaded;
  const trends = trendValues(result.current, metric);
  const previous = new Map((result.previous ?? []).map((s) => [s.idSite, s]));
  const rows = result.current.map((site, i): OverviewRow => {
    const before = previous.get(site.idSite);
    const [visits, actions, bounce] = computeKpis(['nb_visits', 'nb_actions', 'bounce_rate'], [site], before && comparedPeriods([site], [before], today, loaded.align));
    return {
      idSite: site.idSite,
      name: site.name,
      nameText: site.nameText,
      colorIndex: i,
      visits: visits!.value,
      change: visits!.change,
      actions: actions!.value,
      pageviews: undefined,
      bounce: bounce!.value,
      trend: trends[i]!,
    };
  });
  return withPageviews(rows, totals);
}

/**
 * Each site's values of `metric` by period, on the labels of all the sites (null: a gap): the
 * values of the chart's lines (`buildChartModel` with no site hidden), without the rest of a
 * chart's model (the comparison, the period in progress), which the trend lines do not draw.
 */
export function trendValues(sites: readonly SiteVisits[], metric: VisitsMetric): Array<Array<number | null>> {
  const labels = unionLabels(sites);
  const position = new Map(labels.map((label, i) => [label, i]));
  return sites.map((site) => {
    const values: Array<number | null> = labels.map(() => null);
    const same = site.points.length === labels.length;
    site.points.forEach((point, k) => {
      values[same ? k : position.get(point.label)!] = valueOf(point.metrics, metric);
    });
    return values;
  });
}

/** `rows` with the server's pageviews by site (undefined: not read yet, so the rows as they are). */
function withPageviews(rows: OverviewRow[], totals: ReadonlyMap<string, SiteTotals> | undefined): OverviewRow[] {
  return totals ? rows.map((row) => ({ ...row, pageviews: totals.get(row.idSite)?.metrics.nb_pageviews ?? null })) : rows;
}

/** A row's figures (a site's, or the totals'). */
type Figures = Omit<OverviewRow, 'idSite' | 'name' | 'colorIndex' | 'trend'>;

/** The totals row: sums, the bounce rate of all visits, the change of all visits. */
export function overviewTotals(loaded: Loaded, rows: readonly OverviewRow[], today: string): Figures {
  const { current, previous } = loaded.result;
  const [visits, actions, bounce] = computeKpis(['nb_visits', 'nb_actions', 'bounce_rate'], current, previous && comparedPeriods(current, previous, today, loaded.align));
  return { visits: visits!.value, change: visits!.change, actions: actions!.value, pageviews: pageviewsTotal(rows), bounce: bounce!.value };
}

/** The sum of the rows' pageviews: undefined while they load, null when a site has none. */
function pageviewsTotal(rows: readonly OverviewRow[]): number | null | undefined {
  return rows.some((r) => r.pageviews === undefined)
    ? undefined
    : rows.some((r) => r.pageviews === null)
      ? null
      : rows.reduce((sum, r) => sum + r.pageviews!, 0);
}

/**
 * Rows in a column's order: text by the locale's collation, figures by value; a row without the
 * figure comes last either way, and rows that tie keep the chart's order.
 */
export function sortRows(rows: readonly OverviewRow[], column: OverviewColumn, descending: boolean, locale: string): OverviewRow[] {
  const collator = collatorFor(locale);
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (column === 'name') return direction * collator.compare(a.name, b.name) || a.colorIndex - b.colorIndex;
    const x = a[column] ?? null;
    const y = b[column] ?? null;
    if (x === null || y === null) return x === y ? a.colorIndex - b.colorIndex : x === null ? 1 : -1;
    return direction * (x - y) || a.colorIndex - b.colorIndex;
  });
}

/** Collators by locale: one made per locale, not per sort. */
const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale || undefined, { sensitivity: 'base', numeric: true })));
  return collator;
}

/** `n` to two decimals (a trend line's coordinates). */
const hundredths = (n: number) => Math.round(n * 100) / 100;

/**
 * The trend line of `values`: one path through the known values (a gap breaks it; a lone value
 * is a dot), scaled to the line's own lowest and highest, in a 100 × 24 box.
 */
export function trendPath(values: ReadonlyArray<number | null>): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const span = Math.max(...known) - min || 1;
  const step = values.length > 1 ? 100 / (values.length - 1) : 0;
  let d = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const x = hundredths(i * step);
    const y = hundredths(22 - ((v - min) / span) * 20);
    d += drawing ? `L${x} ${y}` : `M${x} ${y}`;
    const next = values[i + 1];
    if (!drawing && (next === null || next === undefined)) d += 'h0';
    drawing = true;
  });
  return d;
}

/**
 * A site picked by its name in the overview: the chart shows it alone (`hide`: the other sites).
 * @internal Stays inside the widget.
 */
export class SitePickEvent extends CustomEvent<{ idSite: string; hide: string[] }> {
  constructor(idSite: string, hide: string[]) {
    super('dw-visits-site', { detail: { idSite, hide } });
  }
}

/** A trend line: its path (see `trendPath`), its first and last value in text. */
interface TrendLine {
  d: string;
  first: string;
  last: string;
}

/** Days `YYYY-MM-DD`, from and to. */
interface Days {
  from: string;
  to: string;
}

/** The caption: the days shown (`days`) and those the change is against (`against`), when known. */
function captionText(t: Translator, days: Days | undefined, against: Days | undefined): string {
  const day = (text: string) => formatDay(parseCalendarDate(text)!, t.locale);
  // {from}, {to}: the first and last day shown; {againstFrom}, {againstTo}: those of the comparison.
  if (days && against) return t.t('All websites, {from} to {to}, change against {againstFrom} to {againstTo}', { from: day(days.from), to: day(days.to), againstFrom: day(against.from), againstTo: day(against.to) });
  if (days) return t.t('All websites, {from} to {to}', { from: day(days.from), to: day(days.to) });
  if (against) return t.t('All websites, change against {againstFrom} to {againstTo}', { againstFrom: day(against.from), againstTo: day(against.to) });
  return t.t('All websites');
}

/**
 * What a trend line shows, for those who do not see it: the metric charted ("Visits"), by the
 * period, from its first value to its last.
 */
function trendLabel(t: Translator, period: Loaded['period'], params: { metric: ParamValue; first: string; last: string }): string {
  // {metric}: the metric charted ("Visits"); {first}, {last}: its first and last value.
  if (period === 'week') return t.t('{metric} by week: from {first} to {last}', params);
  if (period === 'month') return t.t('{metric} by month: from {first} to {last}', params);
  if (period === 'year') return t.t('{metric} by year: from {first} to {last}', params);
  return t.t('{metric} by day: from {first} to {last}', params);
}

let overviews = 0;

/** The text of a row's figures but its pageviews (which come later). */
interface FigureText {
  visits: string;
  change: string;
  actions: string;
  bounce: string;
}

function figureText(row: Figures, locale: string): FigureText {
  return {
    visits: formatMetric('nb_visits', row.visits, locale),
    change: formatChange(row.change, locale),
    actions: formatMetric('nb_visits', row.actions, locale),
    bounce: formatMetric('bounce_rate', row.bounce, locale),
  };
}

/**
 * What the overview draws of an answer, for a metric, a day and a locale: the rows (their
 * pageviews not read yet), the totals, the text of their figures and the trend lines (by a row's
 * `colorIndex`). Worked out once per change of these, not again when the pageviews come, when the
 * reader sorts, or when the widget renders again.
 */
interface Drawn {
  loaded: Loaded;
  metric: VisitsMetric;
  today: string;
  locale: string;
  rows: OverviewRow[];
  totals: Figures;
  text: FigureText[];
  totalsText: FigureText;
  /** The trend lines' paths and their first and last values in text (none: no value). Their names come with `names`. */
  lines: Array<TrendLine | undefined>;
  /** The trend lines' names (by `colorIndex`), said again when words arrive (`words`: the element's count of arrivals). */
  names?: { words: number; list: Array<string | undefined> };
  /** The rows with the pageviews of `totals`, once read. */
  read?: { totals: ReadonlyMap<string, SiteTotals>; rows: OverviewRow[] };
}

/**
 * The overview table: `loaded` (the chart's answer), `metric` (the charted one, for the trend
 * lines), `today` (the day of a site that does not say its own), `segment`, and `source`, whose
 * figures it asks for the pageviews of the sites' days (again when the answer changes, and
 * on Retry). Sorting is the reader's (a button in each column's header; `aria-sort` says which);
 * a site's name fires a `SitePickEvent`.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsOverview extends DashboardElement {
  static override tagName = 'dw-visits-overview';

  static override properties: PropertyDeclarations = {
    loaded: { attribute: false },
    metric: { attribute: false },
    today: { attribute: false },
    segment: { attribute: false },
    source: { attribute: false },
    _sort: { state: true },
    _descending: { state: true },
    _totals: { state: true },
    _error: { state: true },
  };

  loaded: Loaded | undefined = undefined;
  metric: VisitsMetric = 'nb_visits';
  today = '';
  segment = '';
  source: VisitsSource | undefined = undefined;
  /** The column sorted by, and how. */
  private _sort: OverviewColumn = 'visits';
  private _descending = true;
  /** The server's figures by site, once read. */
  private _totals: ReadonlyMap<string, SiteTotals> | undefined = undefined;
  private _error: unknown = undefined;

  readonly #id = `vov${++overviews}`;
  #abort: AbortController | undefined;
  #drawn: Drawn | undefined;
  /** The rows last sorted, and how (a sort is made again only when one of these changes). */
  #sorted: { rows: OverviewRow[]; column: OverviewColumn; descending: boolean; locale: string; sorted: OverviewRow[] } | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addPartStyles(this, tableStyles);
    addPartStyles(this, overviewStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Right to left in a language written so, standalone as inside the widget.
    this.dir = this.localize.dir;
    if (changed.has('loaded') || changed.has('segment') || changed.has('source')) void this.#read();
  }

  /**
   * Asks for the sites' figures over each site's days (as the chart has them): the source's
   * `getSiteTotals`, or for the Matomo source `MultiSites.getAll` through its client.
   */
  async #read(): Promise<void> {
    this.#abort?.abort();
    this.#abort = undefined;
    this._totals = undefined;
    this._error = undefined;
    const { source, loaded } = this;
    if (!loaded) return;
    const read: VisitsSource['getSiteTotals'] =
      source?.getSiteTotals?.bind(source) ?? (source instanceof MatomoVisitsSource ? (query, options) => readSiteTotals(source.client, query, options) : undefined);
    if (!read) {
      this._totals = new Map();
      return;
    }
    const abort = (this.#abort = new AbortController());
    try {
      const sites = loaded.result.current.flatMap((site) => {
        const days = siteDays(site, loaded.period, this.today);
        return days ? [{ idSite: site.idSite, ...days }] : [];
      });
      const totals = sites.length ? await read({ sites, segment: this.segment }, { signal: abort.signal }) : [];
      if (!abort.signal.aborted) this._totals = new Map(totals.map((t) => [t.idSite, t]));
    } catch (error) {
      if (!abort.signal.aborted && !isAbort(error)) this._error = error;
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const loaded = this.loaded;
    if (!loaded) return nothing;
    const t = this.localize;
    const locale = t.locale;
    const drawn = this.#draw(loaded, locale);
    const rows = this.#withPageviews(drawn);
    const sorted = this.#sort(rows, locale);
    const id = this.#id;
    // Said once for every row still waiting for its pageviews.
    const waiting = this._error === undefined ? t.t('Loading…') : '–';
    const pageviews = (value: number | null | undefined) => (value === undefined ? waiting : formatMetric('nb_visits', value, locale));
    const names = this.#trendNames(drawn, loaded);
    const cells = (text: FigureText, views: number | null | undefined) =>
      html`<td>${text.visits}</td>
        <td>${text.change}</td>
        <td>${text.actions}</td>
        <td>${pageviews(views)}</td>
        <td>${text.bounce}</td>`;
    return html`${this._error === undefined ? nothing : errorBox(this._error, () => void this.#read(), t.t('Could not load the pageviews (the other figures are the chart’s own)'), t)}
      <p class="hint" id="${id}-hint">${t.t('A site’s name shows that site alone in the chart.')}</p>
      <div class="table-wrap" part="overview" tabindex="0" role="region" aria-labelledby="${id}-caption">
        <table>
          <caption id="${id}-caption">${this.#caption(loaded)}</caption>
          <thead>
            <tr>
              ${this.#header('name', t.t('Site'))} ${this.#header('visits', t.t('Visits'))} ${this.#header('change', t.t('Change'))}
              ${this.#header('actions', t.t('Actions'))} ${this.#header('pageviews', t.t('Pageviews'))} ${this.#header('bounce', t.t('Bounce rate'))}
              <th scope="col">${t.t('Trend')}</th>
            </tr>
          </thead>
          <tbody @click=${this.#onPick}>
            ${sorted.map((row) => {
              // The cells of a row inline, with no space between them: fewer nodes and parts, 50 rows over. One listener on the body for the names' clicks.
              const text = drawn.text[row.colorIndex]!;
              return html`<tr><th scope="row"><button type="button" aria-describedby="${id}-hint" .value=${row.idSite} translate=${row.nameText ? nothing : 'no'}>${row.nameText ? t.text(row.nameText) : row.name}</button></th><td>${text.visits}</td><td>${text.change}</td><td>${text.actions}</td><td>${pageviews(row.pageviews)}</td><td>${text.bounce}</td><td>${this.#trend(drawn.lines[row.colorIndex], names[row.colorIndex], row.colorIndex)}</td></tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.t('Total')}</th>
              ${cells(drawn.totalsText, pageviewsTotal(rows))}
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>`;
  }

  /** The answer's rows, totals, figures' text and trend lines: worked out again only when the answer, metric, day or locale changes. */
  #draw(loaded: Loaded, locale: string): Drawn {
    const { metric, today } = this;
    const last = this.#drawn;
    if (last && last.loaded === loaded && last.metric === metric && last.today === today && last.locale === locale) return last;
    const rows = overviewRows(loaded, metric, today, undefined);
    const totals = overviewTotals(loaded, rows, today);
    return (this.#drawn = {
      loaded,
      metric,
      today,
      locale,
      rows,
      totals,
      text: rows.map((row) => figureText(row, locale)),
      totalsText: figureText(totals, locale),
      lines: rows.map((row) => this.#line(row, locale)),
    });
  }

  /** The rows with the pageviews read (the same rows until other figures are read). */
  #withPageviews(drawn: Drawn): OverviewRow[] {
    const totals = this._totals;
    if (!totals) return drawn.rows;
    if (drawn.read?.totals !== totals) drawn.read = { totals, rows: withPageviews(drawn.rows, totals) };
    return drawn.read.rows;
  }

  /** The rows in the reader's order (sorted again only when the rows, the column, the direction or the locale change). */
  #sort(rows: OverviewRow[], locale: string): OverviewRow[] {
    const { _sort: column, _descending: descending } = this;
    const last = this.#sorted;
    if (last && last.rows === rows && last.column === column && last.descending === descending && last.locale === locale) return last.sorted;
    const sorted = sortRows(rows, column, descending, locale);
    this.#sorted = { rows, column, descending, locale, sorted };
    return sorted;
  }

  /** A site's name clicked: its button's value is the site's id. */
  #onPick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('th button');
    if (button) this.#pick(button.value);
  };

  /**
   * Tells the widget to chart the site alone; once the widget shows the chart (this element is
   * gone then), the chart takes the focus, so the reader lands where the site is.
   */
  #pick(idSite: string): void {
    const root = this.getRootNode() as ShadowRoot;
    const others = (this.loaded?.result.current ?? []).map((s) => s.idSite).filter((id) => id !== idSite);
    this.dispatchEvent(new SitePickEvent(idSite, others));
    const widget = root.host as Partial<ReactiveElement> | undefined;
    void Promise.resolve(widget?.updateComplete).then(() => root.querySelector<HTMLElement>('canvas')?.focus());
  }

  /** A column's header: a button that sorts by it (descending first for figures, ascending for names). */
  #header(column: OverviewColumn, label: string): TemplateResult {
    const sorted = this._sort === column;
    const sort = sorted ? (this._descending ? 'descending' : 'ascending') : undefined;
    const onClick = () => {
      this._descending = sorted ? !this._descending : column !== 'name';
      this._sort = column;
    };
    return html`<th scope="col" aria-sort=${sort ?? nothing}>
      <button type="button" @click=${onClick}>${label}<span class="sort" aria-hidden="true">${sort ? (this._descending ? '▼' : '▲') : ''}</span></button>
    </th>`;
  }

  /** The caption: the days shown and those compared (the first site's: sites in other time zones may differ by a day). */
  #caption(loaded: Loaded): string {
    const first = loaded.result.current[0];
    const days = first && siteDays(first, loaded.period, '');
    const [from, to] = loaded.compareDate.split(',');
    return captionText(this.localize, days || undefined, from && to ? { from, to } : undefined);
  }

  /** A row's trend line: its path and its first and last value in text. */
  #line(row: OverviewRow, locale: string): TrendLine | undefined {
    const d = trendPath(row.trend);
    if (!d) return undefined;
    const known = row.trend.filter((v): v is number => v !== null);
    return { d, first: formatMetric(this.metric, known[0], locale), last: formatMetric(this.metric, known[known.length - 1], locale) };
  }

  /** The trend lines' names, for those who do not see them: made again when the answer, metric or locale changes (a new `drawn`) or words arrive. */
  #trendNames(drawn: Drawn, loaded: Loaded): Array<string | undefined> {
    const t = this.localize;
    if (drawn.names?.words !== t.words) {
      const metric = t.text(metricInfo(this.metric).name);
      drawn.names = { words: t.words, list: drawn.lines.map((line) => line && trendLabel(t, loaded.period, { metric, first: line.first, last: line.last })) };
    }
    return drawn.names.list;
  }

  /** A row's trend line (`line`, see `#line`), named `label` for those who do not see it. */
  #trend(line: TrendLine | undefined, label: string | undefined, colorIndex: number): SVGTemplateResult | typeof nothing {
    if (!line) return nothing;
    return svg`<svg class="spark c${(colorIndex % 5) + 1}" viewBox="0 0 100 24" preserveAspectRatio="none" role="img" aria-label=${label ?? nothing}><path d=${line.d} vector-effect="non-scaling-stroke"></path></svg>`;
  }
}

/**
 * A site's days in its answer: from its first period's first day to its last period's last day,
 * or its today when that is earlier (the days after it have not begun). Null without periods.
 */
export function siteDays(site: SiteVisits, period: Loaded['period'], today: string): { from: string; to: string } | null {
  const first = site.points[0];
  const last = site.points[site.points.length - 1];
  const start = first && parsePeriodLabel(first.label, period);
  const end = last && parsePeriodLabel(last.label, period);
  if (!start || !end) return null;
  const from = toCalendarString(start.start);
  const to = toCalendarString(end.end);
  const day = site.today ?? today;
  return { from, to: day && day < to && day >= from ? day : to };
}

