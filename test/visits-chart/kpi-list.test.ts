/**
 * The KPI list as a reader sees it: each figure, its change against the previous range in words
 * and colour (by the metric's better direction), the charted metric marked, and placeholder tiles
 * while the first answer loads.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { Kpi } from '../../src/visits-chart/kpi.js';
import { renderKpis, renderKpiSkeleton } from '../../src/visits-chart/kpi-list.js';
import { translator } from '../../src/core/translate.js';

const kpi = (metric: Kpi['metric'], value: number | null, previous: number | null, extra: Partial<Kpi> = {}): Kpi => ({
  metric,
  value,
  previous,
  gap: null,
  change: value !== null && previous ? (value - previous) / previous : null,
  ...extra,
});

function shown(kpis: Kpi[], compared = true): HTMLElement {
  const box = document.createElement('div');
  render(renderKpis(kpis, { charted: 'nb_visits', period: 'day', compared, t: translator('en-US') }), box);
  return box;
}
const tiles = (box: HTMLElement) => Array.from(box.querySelectorAll('.kpi'), (k) => k.textContent!.replace(/\s+/g, ' ').trim());
const changes = (box: HTMLElement) => Array.from(box.querySelectorAll('.change'), (c) => c.className.replace('change', '').trim());

describe('the KPI list', () => {
  it('shows each figure with its change, coloured by whether the metric is better up or down', () => {
    const box = shown([kpi('nb_visits', 1200, 1000), kpi('bounce_rate', 0.4, 0.5), kpi('max_actions', 9, 3), kpi('bounce_count', 120, 100)]);
    expect(tiles(box)).to.deep.equal([
      'Visits 1,200 ▲ +20% vs previous period',
      'Bounce rate 40% ▼ -20% vs previous period',
      'Most actions in one visit 9 ▲ +200% vs previous period',
      'Bounces 120 ▲ +20% vs previous period',
    ]);
    expect(changes(box)).to.deep.equal(['good', 'good', '', 'bad']);
    // The arrows are for the eyes only.
    expect(Array.from(box.querySelectorAll('[aria-hidden="true"]'), (a) => a.textContent)).to.deep.equal(['▲', '▼', '▲', '▲']);
    expect(box.querySelector('dl')!.getAttribute('part')).to.equal('kpis');
    expect(Array.from(box.querySelectorAll('.kpi'), (k) => k.classList.contains('active'))).to.deep.equal([true, false, false, false]);
  });

  it('says when there is nothing to compare, something new, no change, or no figure', () => {
    const box = shown([
      kpi('nb_visits', 5, 0),
      kpi('nb_actions', 0, 0),
      kpi('nb_visits_converted', 1000, 1000.2),
      kpi('nb_uniq_visitors', null, null, { gap: 'not-available' }),
    ]);
    expect(tiles(box)).to.deep.equal([
      'Visits 5 New against the previous period',
      'Actions 0 No change to compare',
      'Visits converted 1,000 0% vs previous period',
      'Unique visitors (average per day) not available No change to compare',
    ]);
    expect(changes(box)).to.deep.equal(['', '', '', '']);
    expect(tiles(shown([kpi('nb_visits', 5, null)], false))).to.deep.equal(['Visits 5 No comparison']);
  });

  it('shows one placeholder tile per metric while loading, hidden from screen readers', () => {
    const box = document.createElement('div');
    render(renderKpiSkeleton(3), box);
    expect(box.querySelectorAll('.kpi.skeleton-tile')).to.have.length(3);
    expect(box.querySelector('dl')!.getAttribute('aria-hidden')).to.equal('true');
  });
});
