/**
 * The chart's tooltip and keyboard stepping (chart-tooltip.ts), as a reader of <visits-chart> uses them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { $, chartOf, craftedMatomo, day, hover, settled, stubFetch, tooltipLines } from './helpers.js';

const answer = () => ({ '2024-03-08': day(10), '2024-03-09': day(1200), '2024-03-10': day(30) });

describe('<visits-chart> tooltip', () => {
  let stub: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    stub = stubFetch(craftedMatomo(answer, { 1: 'Shop' }));
  });
  afterEach(() => stub.restore());

  const mount = async (width = 640) => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: ${width}px"><visits-chart api-base="https://matomo.example/" site-id="1" date="2024-03-08,2024-03-10" today="2024-03-10" locale="en-US"></visits-chart></div>`,
    );
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    return el;
  };

  it('follows the pointer, highlights the period, stays inside the chart and goes when the pointer leaves', async () => {
    const el = await mount(360);
    expect(tooltipLines(el)).to.deep.equal([]);
    expect(await hover(el, 0)).to.deep.equal(['Fri, Mar 8, 2024', 'Shop: 10']);
    expect(chartOf(el).getActiveElements().map((a) => a.index)).to.deep.equal([0]);
    expect(await hover(el, 2)).to.deep.equal(['Sun, Mar 10, 2024', 'Shop: 30 (so far)']);
    const box = $(el, '.chart-box').getBoundingClientRect();
    const tip = $(el, '.tip').getBoundingClientRect();
    expect(tip.left).to.be.at.least(box.left);
    expect(tip.right).to.be.at.most(box.right + 0.5);
    expect(tip.top).to.be.at.least(box.top);
    expect(tip.bottom).to.be.at.most(box.bottom + 0.5);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tooltipLines(el), 'Escape dismisses it').to.deep.equal([]);
    await hover(el, 1);
    $(el, 'canvas').dispatchEvent(new PointerEvent('pointerleave'));
    expect(tooltipLines(el)).to.deep.equal([]);
    expect(chartOf(el).getActiveElements()).to.deep.equal([]);
  });

  it('is reachable from the keyboard: the arrow keys, Home and End step through the periods, Escape hides it, and each step is read out', async () => {
    const el = await mount();
    $(el, 'canvas').focus();
    await sendKeys({ press: 'End' });
    // The tooltip's code comes with the focus; a key pressed before it arrives is shown when it does.
    await waitUntil(() => tooltipLines(el).length > 0, 'the tooltip did not show');
    expect(tooltipLines(el)).to.deep.equal(['Sun, Mar 10, 2024', 'Shop: 30 (so far)']);
    await sendKeys({ press: 'ArrowLeft' });
    expect(tooltipLines(el)).to.deep.equal(['Sat, Mar 9, 2024', 'Shop: 1,200']);
    expect($(el, '.chart-box [aria-live]').textContent).to.equal('Sat, Mar 9, 2024. Shop: 1,200');
    await sendKeys({ press: 'Home' });
    expect(tooltipLines(el)[0]).to.equal('Fri, Mar 8, 2024');
    await sendKeys({ press: 'ArrowLeft' });
    expect(tooltipLines(el)[0], 'stays on the first period').to.equal('Fri, Mar 8, 2024');
    await sendKeys({ press: 'Escape' });
    expect(tooltipLines(el)).to.deep.equal([]);
  });

  it('shows server text as text', async () => {
    stub.set(craftedMatomo(answer, { 1: '<img src=x onerror="window.__tip=1">' }));
    const el = await mount();
    expect((await hover(el, 1))[1]).to.equal('<img src=x onerror="window.__tip=1">: 1,200');
    expect($(el, '.tip').querySelector('img')).to.equal(null);
  });
});
