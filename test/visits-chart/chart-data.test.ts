/**
 * What the line chart computes before Chart.js draws: the thinning of long lines, the x ticks of
 * long ranges, and the colours read from the widget's custom properties.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { boundaries, linePoints, readColors, tickIndexes } from '../../src/visits-chart/chart-data.js';

describe('linePoints: line thinning', () => {
  it('keeps every point up to 1,000 periods', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    expect(linePoints(values).map((p) => p.y)).to.deep.equal(values);
  });

  it('draws longer lines from the lowest and highest value of each stretch, in order, keeping peaks, troughs and gaps', () => {
    const values: Array<number | null> = Array.from({ length: 5000 }, (_, i) => 100 + (i % 7));
    values[1234] = 9999;
    values[4321] = 0;
    for (let i = 2000; i < 2100; i++) values[i] = null;
    const points = linePoints(values);
    expect(points.length).to.be.at.most(1000);
    expect(points.map((p) => p.i)).to.deep.equal([...points.map((p) => p.i)].sort((a, b) => a - b));
    const ys = points.map((p) => p.y);
    expect(ys).to.include(9999);
    expect(ys).to.include(0);
    expect(points.filter((p) => p.y === null).map((p) => p.i)).to.deep.equal([2000, 2010, 2020, 2030, 2040, 2050, 2060, 2070, 2080, 2090]);
    expect(points.every((p) => p.x === p.i)).to.equal(true);
  });
});

/** `count` days from `from` (YYYY-MM-DD), as calendar strings. */
function days(from: string, count: number): string[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

describe('x ticks', () => {
  it('finds where months, quarters and years begin', () => {
    const starts = days('2023-12-30', 100); // to 2024-04-07
    const [months, quarters, years] = boundaries(starts);
    expect(months.map((i) => starts[i])).to.deep.equal(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']);
    expect(quarters.map((i) => starts[i])).to.deep.equal(['2024-01-01', '2024-04-01']);
    expect(years.map((i) => starts[i])).to.deep.equal(['2024-01-01']);
  });

  it('ticks every period that fits, then month, quarter or year starts for days and weeks, else every k-th period', () => {
    const starts = days('2014-03-11', 3650);
    const levels = () => boundaries(starts);
    expect(tickIndexes(5, 'day', 6, levels)).to.deep.equal([0, 1, 2, 3, 4]);
    // Ten years of days on a narrow axis: a tick at each year start, every other year when there is less room.
    expect(tickIndexes(3650, 'day', 12, levels).map((i) => starts[i]!.slice(0, 4))).to.deep.equal(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(tickIndexes(3650, 'day', 5, levels).map((i) => starts[i]!.slice(0, 4))).to.deep.equal(['2015', '2017', '2019', '2021', '2023']);
    expect(tickIndexes(3650, 'day', 5, levels).every((i) => starts[i]!.endsWith('-01-01'))).to.equal(true);
    // Months and years are not looked up by their days.
    let looked = false;
    expect(tickIndexes(120, 'month', 6, () => ((looked = true), [[], [], []]))).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(looked).to.equal(false);
  });
});

describe('readColors', () => {
  it('reads the series, grid, text and background colours from the custom properties around the chart, and the widget\'s accent, with defaults', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="--_vc-series-1: rgb(1, 2, 3); --_vc-series-3: #abcdef; --_vc-grid: red; --_accent: #00aa00; font-family: serif"></div>`);
    expect(readColors(box)).to.deep.equal({
      series: ['rgb(1, 2, 3)', '#2456c7', '#abcdef', '#2456c7', '#2456c7'],
      grid: 'red',
      text: '#5b6475',
      background: '#ffffff',
      font: 'serif',
      accent: '#00aa00',
    });
    box.style.removeProperty('--_accent');
    expect(readColors(box).accent).to.equal('#2456c7');
  });
});
