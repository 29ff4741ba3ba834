import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/visits-chart/define.js';
import type { VisitsChart } from '../src/visits-chart/define.js';
import type { SiteVisits, VisitsMetrics, VisitsSource } from '../src/api/visits-source.js';
import { NetworkError, TimeoutError } from '../src/api/errors.js';
import { refusal } from '../src/api/matomo-failure.js';
import { toCalendarString } from '../src/core/dates.js';
import { DEMO_TOKENS } from '../src/demo/handler.js';

interface Args {
  apiBase: string;
  token: string;
  siteId: string;
  period: 'day' | 'week' | 'month' | 'year';
  date: string;
  metrics: string;
  metric: string;
  compare: boolean | 'previous-period' | 'previous-year';
  today: string;
  controls: string;
  segment: string;
  annotations: boolean;
  hideTitle: boolean;
  compact: boolean;
  timeout: number;
  theme: 'auto' | 'light' | 'dark';
  locale: string;
  width?: string;
  /** Keeps the story's own theme (the toolbar's theme picker leaves it alone). */
  fixedTheme?: boolean;
  source?: VisitsSource;
  style?: Record<string, string>;
}

/** `count` days up to `end`, as Matomo labels. */
function days(count: number, end = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => toCalendarString(new Date(end.getFullYear(), end.getMonth(), end.getDate() - (count - 1 - i))));
}

/** Plausible metrics for a day: weekly rhythm, slow growth, a few days without data. */
function metricsFor(i: number, site: number): VisitsMetrics | null {
  if ((i + site * 7) % 83 === 0) return null;
  const visits = Math.round((400 + site * 250) * (1 + i / 5000) * (i % 7 >= 5 ? 0.6 : 1) * (0.85 + ((i * 7919 + site * 104729) % 300) / 1000));
  const bounces = Math.round(visits * (0.35 + site * 0.05));
  return { nb_visits: visits, nb_uniq_visitors: Math.round(visits * 0.82), nb_actions: visits * 3, bounce_count: bounces, sum_visit_length: visits * 140, max_actions: 40 };
}

/**
 * A VisitsSource in memory, for states the demo server does not produce on its own: slow,
 * failing, empty, failing on refresh, or ten years of data.
 */
function memorySource(options: { sites?: Array<[string, string]>; count?: number; empty?: boolean; fail?: (call: number) => Error | undefined; wait?: (call: number) => Promise<void> | void } = {}): VisitsSource {
  const sites = options.sites ?? [['1', 'Shop']];
  const count = options.count ?? 30;
  let calls = 0;
  const build = (labels: string[], offset: number): SiteVisits[] =>
    sites.map(([idSite, name], s) => ({ idSite, name, points: labels.map((label, i) => ({ label, metrics: options.empty ? null : metricsFor(i + offset, s + 1) })) }));
  return {
    async getVisits(query) {
      const call = ++calls;
      await options.wait?.(call);
      const error = options.fail?.(call);
      if (error) throw error;
      const end = new Date();
      const before = new Date(end.getFullYear(), end.getMonth(), end.getDate() - count);
      return { current: build(days(count, end), count), previous: query.compareDate ? build(days(count, before), 0) : undefined };
    },
  };
}

const never = () => new Promise<void>(() => undefined);

/** Waits for the chart's first data (or an error/empty state), then lets a story act like a user. */
async function ready(canvas: HTMLElement): Promise<VisitsChart> {
  const el = canvas.querySelector('visits-chart')!;
  for (let i = 0; i < 200 && el.shadowRoot?.querySelector('section')?.getAttribute('aria-busy') !== 'false'; i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Visits Chart',
  component: 'visits-chart',
  tags: ['autodocs'],
  args: {
    apiBase: '/matomo/',
    token: DEMO_TOKENS.matomoSuperUser,
    siteId: '1',
    period: 'day',
    date: 'last30',
    metrics: 'nb_visits,bounce_rate,avg_time_on_site',
    metric: '',
    compare: false,
    today: '',
    controls: '',
    segment: '',
    annotations: false,
    hideTitle: false,
    compact: false,
    timeout: 15,
    theme: 'auto',
    locale: '',
  },
  argTypes: {
    apiBase: { control: 'text', description: 'Matomo root (`api-base`).' },
    token: { control: 'select', options: [DEMO_TOKENS.matomoSuperUser, DEMO_TOKENS.matomoViewer, '', 'not-a-valid-token'], description: '`token_auth`, sent in the POST body only.' },
    siteId: { control: 'text', description: 'One id, a comma list (one line per site), or `all` (opens on the overview of every site).' },
    period: { control: 'select', options: ['day', 'week', 'month', 'year'] },
    date: { control: 'text', description: '`lastN`, `previousN`, `YYYY-MM-DD,YYYY-MM-DD` or `YYYY-MM-DD`.' },
    metrics: { control: 'text', description: 'KPI metrics, a comma list of VisitsSummary metrics.' },
    metric: {
      control: 'select',
      options: ['', 'nb_visits', 'nb_uniq_visitors', 'nb_users', 'nb_actions', 'nb_visits_converted', 'bounce_count', 'sum_visit_length', 'max_actions', 'bounce_rate', 'nb_actions_per_visit', 'avg_time_on_site'],
      description: 'The charted metric (default: the first of `metrics`).',
    },
    compare: {
      control: 'select',
      options: [false, 'previous-period', 'previous-year'],
      description: 'The comparison drawn dashed: the previous period, or the same period a year before (its dates named in the KPIs and the summary); false: none.',
    },
    today: { control: 'text', description: 'The day `lastN` counts back from, `YYYY-MM-DD` (empty: each site\'s today).' },
    controls: { control: 'text', description: 'The controls the reader may use: a list of `period`, `range`, `metric`, `compare`, `annotations`, `view` (table view, overview), `segment` (empty: all but `segment`).' },
    segment: { control: 'text', description: 'A Matomo segment definition (e.g. `visitorType==returning`), sent with every request for visits.' },
    annotations: { control: 'boolean', description: "Shows Matomo's annotations of the range: markers under the x axis that open their notes, and a list under the table view." },
    hideTitle: { control: 'boolean', description: 'Hides the title visually, for a page that gives its own heading.' },
    compact: { control: 'boolean' },
    timeout: { control: { type: 'number', min: 1, max: 600, step: 1 }, description: 'Request timeout in seconds, 1 to 600.' },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
    locale: { control: 'text' },
    source: { control: false },
    width: { control: 'text', description: 'Width of the story frame (e.g. `320px`).' },
    style: { control: 'object', description: 'Custom properties set on the element (e.g. `--visits-chart-series-1`).' },
    fixedTheme: { control: false, table: { disable: true } },
  },
  parameters: {
    // Values the Storybook smoke check types into the text and object controls (scripts/storybook-smoke.mjs).
    controlSamples: {
      apiBase: ['', '/matomo/'],
      siteId: ['2', '1'],
      date: ['last7', 'last30'],
      metrics: ['nb_visits,nb_actions', 'nb_uniq_visitors'],
      today: [toCalendarString(new Date(Date.now() - 10 * 86_400_000)), ''],
      controls: ['period', ''],
      segment: ['visitorType==returning', ''],
      locale: ['de-DE', 'en-US'],
      width: ['320px', '600px'],
      style: [{ '--visits-chart-height': '160px' }, { '--visits-chart-height': '360px' }],
    },
    docs: {
      description: {
        component:
          "Visits over time from Matomo's VisitsSummary API, drawn with Chart.js. The stories talk to the demo Matomo at `/matomo/` (sites 1 Shop on UTC, 2 Blog in Los Angeles, 3 Docs in Kolkata; tokens `demo-super-user-token` for the super user, `demo-view-token` for `reader`, who may view sites 1 and 2); states that need a slow, failing or very large server use a `source` object. Each site's days are its own: the last point of each line is the site's today, still in progress (dotted, hollow point).",
      },
    },
  },
  render: (args) => html`<div style=${styleMap({ maxWidth: args.width ?? 'none' })}>
    <visits-chart
      api-base=${args.apiBase}
      .token=${args.token}
      site-id=${args.siteId}
      period=${args.period}
      date=${args.date}
      metrics=${args.metrics}
      metric=${args.metric}
      .compare=${args.compare}
      today=${args.today}
      controls=${args.controls}
      segment=${ifDefined(args.segment || undefined)}
      ?annotations=${args.annotations}
      ?hide-title=${args.hideTitle}
      ?compact=${args.compact}
      timeout=${args.timeout}
      theme=${args.theme}
      ?data-story-theme-fixed=${args.fixedTheme ?? false}
      locale=${ifDefined(args.locale || undefined)}
      .source=${args.source}
      style=${styleMap(args.style ?? {})}
    ></visits-chart>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One site, the last 30 days, with three KPIs. */
export const OneSite: Story = {};

/** Three sites in three time zones (UTC, Los Angeles, Kolkata), one line each, named by the site, each ending on its own today; the checkboxes show or hide them. */
export const ThreeSites: Story = { args: { siteId: '1,2,3' } };

/** A week without data (Docs' tracking outage, answered `[]`): a gap, "no data" in the tooltip and the table, never 0. */
export const DaysWithoutData: Story = { args: { siteId: '3', compare: true } };

/** The previous 30 days drawn dashed, with their values in the tooltip and the KPI change. */
export const Comparison: Story = { args: { compare: true } };

/**
 * The last 90 days against the same 90 days a year before (`compare="previous-year"`): the same dates
 * (29 February with 28 February), named in the KPIs' change, the summary and the legend; the Compare
 * with control switches between none, the previous period and last year.
 */
export const SamePeriodLastYear: Story = { args: { date: 'last90', compare: 'previous-year' } };

/** Three sites and their previous periods. */
export const ThreeSitesCompared: Story = { args: { siteId: '1,2,3', compare: true } };

/** Weeks (Matomo's Monday-to-Sunday weeks). */
export const ByWeek: Story = { args: { period: 'week', date: 'last26' } };

/** Months, the current one in progress: marked on the line, "so far" in the tooltip and the table, and said under the KPIs. */
export const ByMonth: Story = { args: { period: 'month', date: 'last24', compare: true } };

/** Years: Matomo sends no unique visitors for years: "not available", never 0. */
export const ByYear: Story = { args: { period: 'year', date: 'last2', metrics: 'nb_visits,nb_uniq_visitors', metric: 'nb_uniq_visitors' } };

/** Every KPI the widget knows, rates weighted by visits. */
export const AllKpis: Story = {
  args: { metrics: 'nb_visits,nb_uniq_visitors,nb_actions,nb_actions_per_visit,bounce_rate,avg_time_on_site,nb_visits_converted,max_actions' },
};

/** A rate charted: days without data are gaps. */
export const BounceRate: Story = { args: { metric: 'bounce_rate', compare: true } };

/** A fixed range (`YYYY-MM-DD,YYYY-MM-DD`). */
export const FixedRange: Story = {
  args: { date: `${toCalendarString(new Date(Date.now() - 60 * 86_400_000))},${toCalendarString(new Date(Date.now() - 46 * 86_400_000))}` },
};

/** The table view of the same numbers. */
export const TableView: Story = {
  args: { siteId: '1,2', date: 'last14', compare: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
  },
};

/**
 * All websites at a glance: `site-id="all"` opens on the overview (one sortable row per site with
 * its change and trend line, a totals row; pageviews from MultiSites.getAll). Overview and Table
 * view switch views; a site's name shows it alone in the chart.
 */
export const AllWebsites: Story = { args: { siteId: 'all', date: 'last14', metrics: 'nb_visits,nb_actions,bounce_rate' } };

/** The tooltip, stepped to from the keyboard (End: the last period). Its code comes with the first pointer over the chart or focus on it. */
export const Tooltip: Story = {
  args: { siteId: '1,2', date: 'last14', compare: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
  },
};

/** A segment charted (Matomo's `segment` parameter on every request), with the segment picker offered and opened. */
export const Segment: Story = {
  args: { segment: 'visitorType==returning', compare: true, controls: 'period range metric compare segment view export' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('dw-visits-segment-picker button'); i++) await new Promise((r) => setTimeout(r, 25));
    el.shadowRoot!.querySelector<HTMLButtonElement>('dw-visits-segment-picker button')?.click();
  },
};

/**
 * Matomo's annotations (`Annotations.getAll`) of two sites: a marker under the x axis at each
 * annotated day (the arrow keys move between them), the first one's notes opened. The demo's
 * notes include hostile ones (markup, right-to-left text, a `__proto__` author), shown as text.
 */
export const Annotations: Story = {
  args: { siteId: '1,2', annotations: true, compare: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('.ann-row button'); i++) await new Promise((r) => setTimeout(r, 25));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.ann-row button')?.click();
  },
};

/** The custom range form, opened. */
export const CustomRange: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-range"]')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
  },
};

/** Ten years of daily data for three sites, with the comparison: thinned to each stretch's lowest and highest value so it stays quick. */
export const TenYears: Story = {
  args: {
    siteId: '1,2,3',
    date: 'last3650',
    compare: true,
    source: memorySource({
      count: 3650,
      sites: [
        ['1', 'Shop'],
        ['2', 'Blog'],
        ['3', 'Docs'],
      ],
    }),
  },
};

/** Loading: a skeleton the size of the chart and the KPIs, so nothing jumps. */
export const Loading: Story = { args: { source: memorySource({ wait: never }) } };

/** No visits in the range. */
export const Empty: Story = { args: { source: memorySource({ empty: true }) } };

/** A rejected token: said so, with what to do, and not retried on its own. */
export const BadToken: Story = { args: { token: 'not-a-valid-token' } };

/** A view-only token asking for a site it may not view. */
export const NoAccess: Story = { args: { token: DEMO_TOKENS.matomoViewer, siteId: '1,3' } };

/** No token: the anonymous user sees the public site 1 only. */
export const Anonymous: Story = { args: { token: '', siteId: '1' } };

/** The server cannot be reached. */
export const NetworkFailure: Story = { args: { source: memorySource({ fail: () => new NetworkError('https://matomo.example/index.php') }) } };

/** A server on another origin refused the token (its 401 has no CORS headers): said so, with what to do; never retried by itself. */
export const RefusedTokenElsewhere: Story = { args: { source: memorySource({ fail: () => refusal('https://matomo.example/index.php', 'token') }) } };

/** A refresh fails: the last data stays on screen, with the error and Retry above it. */
export const StaleAfterFailedRefresh: Story = {
  args: { source: memorySource({ fail: (call) => (call > 1 ? new TimeoutError(15) : undefined) }) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-range"]')!;
    select.value = 'last90';
    select.dispatchEvent(new Event('change'));
  },
};

/** No server configured. */
export const NotConfigured: Story = { args: { apiBase: '' } };

/** Compact, for a dashboard or a client share: the KPIs and the chart with its legend, no heading, control or button (Download PNG and SVG are the other way to present it). */
export const Compact: Story = { args: { compact: true, siteId: '1,2', compare: true } };

/** Dark theme, three sites. */
export const Dark: Story = { args: { theme: 'dark', fixedTheme: true, siteId: '1,2,3', compare: true } };

/** 320 px wide: the controls stack, the KPIs take two columns, the chart is lower. */
export const Narrow: Story = { args: { width: '320px', siteId: '1,2,3' } };

/** German dates and numbers (the browser's `Intl`, nothing to register). */
export const German: Story = { args: { locale: 'de-DE', period: 'week', date: 'last12', compare: true }, tags: ['own-language'] };

/** Branded through custom properties: series, grid and text colours, and the chart height. */
export const CustomColours: Story = {
  args: {
    siteId: '1,2',
    style: {
      '--visits-chart-series-1': '#7b2cbf',
      '--visits-chart-series-2': '#e85d04',
      '--visits-chart-grid-color': '#e9e3f5',
      '--visits-chart-text-color': '#5a189a',
      '--visits-chart-height': '360px',
    },
  },
};
