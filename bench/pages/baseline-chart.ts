// The floor for the chart: Chart.js alone drawing the same data on a bare canvas, with the chart
// type, registered parts and options <visits-chart> uses (a line per site on a linear x axis of
// period indexes, parsing off, markers only up to 62 points, no Chart.js events, animation off)
// and the same box size (set on the canvas before the chart is made, so it draws once). Long
// series are left to Chart.js's own min-max decimation plugin, given to this chart only, with its
// defaults: it thins a line only above 4 points per pixel of width, so at 3,650 days in a 926 px
// chart it draws every point (the widget thins lines above 1,000 points with its own min-max
// pass). No KPIs, controls, table, summary, tooltip or theming.
import { Chart, Decimation, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import type { VisitsResult } from '../../src/api/visits-source.js';

// The widget's parts. Registered plugins apply to every chart on the page, so the decimation
// plugin is not registered: each baseline chart gets it inline.
Chart.register(LineController, LineElement, PointElement, LinearScale);

const COLORS = ['#2456c7', '#c2410c', '#0f766e', '#7c3aed', '#be123c'];

/** Draws the sites of `result` (nb_visits) into a new canvas of `width` × `height` in `box`; returns the chart. */
export function drawBareChart(box: HTMLElement, result: VisitsResult, width: number, height: number): Chart<'line'> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  box.replaceChildren(canvas);
  const labels = result.current[0]?.points.map((p) => p.label) ?? [];
  const count = labels.length;
  const datasets = result.current.map((site, i) => ({
    label: site.name,
    data: site.points.map((p, x) => ({ x, y: p.metrics?.nb_visits ?? null })),
    borderColor: COLORS[i % COLORS.length],
    backgroundColor: COLORS[i % COLORS.length],
    borderWidth: 2,
    pointRadius: count <= 62 ? 2.5 : 0,
    pointHoverRadius: 4,
    spanGaps: false,
    tension: 0,
  }));
  return new Chart<'line'>(canvas, {
    type: 'line',
    data: { datasets: datasets as never },
    plugins: [Decimation as never],
    options: {
      responsive: false,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      animation: false,
      events: [],
      layout: { padding: { top: 8, right: 12 } },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: Math.max(1, count - 1),
          grid: { display: false },
          ticks: { maxRotation: 0, callback: (value) => labels[Number(value)] ?? null },
        },
        y: { type: 'linear', beginAtZero: true, grace: '5%', ticks: { maxTicksLimit: 6, precision: 0 } },
      },
      plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
    },
  });
}
