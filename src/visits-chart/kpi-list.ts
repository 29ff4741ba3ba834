import { html, nothing, type TemplateResult } from 'lit';
import type { VisitsMetric } from '../api/visits-source.js';
import { formatChange } from '../core/format.js';
import type { Translator } from '../core/translate.js';
import type { Kpi } from './kpi.js';
import { GAP_TEXT } from './messages.js';
import { formatMetric, metricInfo } from './metrics.js';
import { PERIOD_UNITS, type ChartPeriod } from './ranges.js';

/*
 * The KPI list of <visits-chart> as the reader sees it: each metric's figure for the range, its
 * change against the previous range (coloured when the metric has a better direction), the
 * charted one marked; and the placeholder tiles while the first answer loads. The figures
 * themselves are computed in kpi.ts.
 */

/** How the KPIs are shown: the charted metric, the period of the range, whether a comparison was loaded (and what it is, default "previous period"), the element's words. */
export interface KpiListOptions {
  charted: VisitsMetric;
  period: ChartPeriod;
  compared: boolean;
  t: Translator;
  versus?: string | undefined;
}

/** The KPI list. */
export function renderKpis(kpis: readonly Kpi[], { charted, period, compared, t, versus }: KpiListOptions): TemplateResult {
  return html`<dl class="kpis" part="kpis">
    ${kpis.map((kpi) => {
      const info = metricInfo(kpi.metric);
      // {metric}: a metric's name ("Unique visitors"); {period}: day, week, month or year.
      // A duration's figure is Intl's words for its units, in the reader's language: not for a translator.
      const label = info.aggregate === 'mean' ? t.t('{metric} (average per {period})', { metric: info.name, period: PERIOD_UNITS[period] }) : t.text(info.name);
      return html`<div class="kpi ${kpi.metric === charted ? 'active' : ''}" part="kpi">
        <dt>${label}</dt>
        <dd class="value" translate=${!kpi.gap && info.kind === 'duration' ? 'no' : nothing}>${kpi.gap ? t.text(GAP_TEXT[kpi.gap]) : formatMetric(kpi.metric, kpi.value, t.locale)}</dd>
        <dd class="change ${changeClass(kpi, info.better)}">${changeText(kpi, compared, t, versus)}</dd>
      </div>`;
    })}
  </dl>`;
}

/** Placeholder tiles, one per metric, while the first answer loads (hidden from screen readers). */
export function renderKpiSkeleton(count: number): TemplateResult {
  const tile = html`<div class="kpi skeleton-tile"><dt><span class="skeleton bar"></span></dt><dd class="value"><span class="skeleton bar wide"></span></dd></div>`;
  return html`<dl class="kpis" part="kpis" aria-hidden="true">${Array.from({ length: count }, () => tile)}</dl>`;
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

function changeText(kpi: Kpi, compared: boolean, t: Translator, versus?: string): TemplateResult | string {
  if (!compared) return t.t('No comparison');
  const change = shownChange(kpi);
  // {dates}: the compared dates ("Mar 1 – 31, 2025").
  if (change === null) return kpi.previous === 0 && (kpi.value ?? 0) > 0 ? (versus ? t.t('New against {dates}', { dates: versus }) : t.t('New against the previous period')) : t.t('No change to compare');
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '';
  return html`${arrow ? html`<span aria-hidden="true">${arrow}</span> ` : nothing}${formatChange(change, t.locale)} <span class="vs">${versus ? t.t('vs {dates}', { dates: versus }) : t.t('vs previous period')}</span>`;
}
