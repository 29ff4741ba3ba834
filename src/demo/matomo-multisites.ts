import { utcDay } from './calendar.js';
import type { DemoDataset } from './dataset.js';
import { missingParameter, needsSomeAccess } from './matomo-error.js';
import { parsePeriod, periodSpan, resolvePeriods, type MatomoPeriod, type PeriodSpan } from './matomo-periods.js';
import { segmentShare } from './matomo-segments.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import { aggregate } from './matomo-visits.js';
import type { SiteHistory } from './seed-visits.js';

/** Pageviews among a visit's actions (the rest are downloads, outlinks and searches). */
const PAGEVIEW_SHARE = 0.9;
/** Revenue of one conversion: an order on an e-commerce site, a goal's value elsewhere. */
const ORDER_VALUE = 38.5;
const GOAL_VALUE = 5;

/** The figures of `MultiSites.getAll`, and the evolution column Matomo names each by. */
const FIGURES = [
  ['nb_visits', 'visits_evolution'],
  ['nb_actions', 'actions_evolution'],
  ['nb_pageviews', 'pageviews_evolution'],
  ['revenue', 'revenue_evolution'],
] as const;
const ENHANCED = [
  ['nb_conversions', 'nb_conversions_evolution'],
  ['orders', 'orders_evolution'],
  ['ecommerce_revenue', 'ecommerce_revenue_evolution'],
] as const;

type Figures = Record<(typeof FIGURES)[number][0] | (typeof ENHANCED)[number][0], number>;

/**
 * `MultiSites.getAll` as Matomo 5 answers it (the All Websites dashboard's data): one row per
 * site the viewer may view (some view access required), in site order:
 * `{label, nb_visits, nb_actions, nb_pageviews, revenue, [nb_conversions, orders,
 * ecommerce_revenue,] [<figure>_evolution…,] idsite, group, main_url}`; the label is the site's
 * name, as stored.
 * - `enhanced=1` adds the conversion figures and keeps the sites without visits, which Matomo
 *   leaves out otherwise.
 * - The `_evolution` columns compare with the period before, for one period only: Matomo has
 *   none for `period=range`, `lastN`, `previousN` or `YYYY-MM-DD,YYYY-MM-DD` days. Raw
 *   (`format_metrics=0`) they are quotients to three decimals (-0.809), else "-80.9%".
 * - Several periods (`lastN`, or days by day/week/month/year) answer an object keyed by period
 *   label, each holding its rows.
 * - Days are each site's own calendar days; `lastN`, `previousN` and `today` count in UTC (several
 *   sites: see VisitsSummary.get). A `segment` answers its share of the visits.
 */
export function multiSitesGetAll(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): unknown {
  const periodText = params.get('period');
  if (!periodText) throw missingParameter('period');
  const date = params.get('date');
  if (!date) throw missingParameter('date');
  const period = parsePeriod(periodText);
  const sites = viewer.viewableSites(dataset);
  if (sites.length === 0) throw needsSomeAccess('view');
  const enhanced = ['1', 'true'].includes((params.get('enhanced') ?? '').trim().toLowerCase());
  const raw = ['0', 'false'].includes((params.get('format_metrics') ?? '').trim().toLowerCase());
  const share = segmentShare(params.get('segment'));
  const request = resolvePeriods(period, date, utcDay(dataset.now));
  const evolution = period !== 'range' && !request.multiple;

  const rows = (span: PeriodSpan) =>
    sites.flatMap((site) => {
      const now = figures(site, span, period, share);
      if (!enhanced && now.nb_visits === 0) return [];
      const row: Record<string, unknown> = { label: site.site.name };
      const columns = enhanced ? [...FIGURES, ...ENHANCED] : FIGURES;
      for (const [name] of columns) row[name] = now[name];
      if (evolution) {
        const before = figures(site, periodSpan(period as Exclude<MatomoPeriod, 'range'>, span.start - 1), period, share);
        for (const [name, column] of columns) row[column] = change(now[name], before[name], raw);
      }
      row.idsite = site.site.idsite;
      row.group = site.site.group;
      row.main_url = site.site.main_url;
      return [row];
    });

  if (!request.multiple) return rows(request.spans[0]!);
  const byLabel: Record<string, unknown> = {};
  for (const span of request.spans) byLabel[span.label] = rows(span);
  return byLabel;
}

/** A site's figures over a period (zeros without data). */
function figures(site: SiteHistory, span: PeriodSpan, period: MatomoPeriod, share: number): Figures {
  const sum = aggregate(site, span, period, share);
  const visits = sum?.nb_visits ?? 0;
  const actions = sum?.nb_actions ?? 0;
  const conversions = sum?.nb_visits_converted ?? 0;
  const shop = site.site.ecommerce === 1;
  const orders = shop ? conversions : 0;
  const ecommerceRevenue = round2(orders * ORDER_VALUE);
  return {
    nb_visits: visits,
    nb_actions: actions,
    nb_pageviews: Math.floor(actions * PAGEVIEW_SHARE),
    revenue: shop ? ecommerceRevenue : round2(conversions * GOAL_VALUE),
    nb_conversions: conversions,
    orders,
    ecommerce_revenue: ecommerceRevenue,
  };
}

/** Matomo's evolution: (now − before) / before, 0 without change, 1 (100%) from nothing. */
function change(now: number, before: number, raw: boolean): number | string {
  const quotient = now === before ? 0 : before === 0 ? 1 : Math.round(((now - before) / before) * 1000) / 1000;
  return raw ? quotient : `${Number((quotient * 100).toFixed(1))}%`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
