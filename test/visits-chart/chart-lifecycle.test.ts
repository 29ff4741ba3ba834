import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { Chart, registry } from 'chart.js';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { $, chartOf, craftedMatomo, day, dayLabels, settled, stubFetch } from './helpers.js';

const BASE = 'https://matomo.example/';
const answer = () => ({ '2024-03-08': day(10), '2024-03-09': day(20), '2024-03-10': day(30) });

let stub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(answer, { 1: 'Shop' }));
});
afterEach(async () => {
  stub.restore();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

const chartTemplate = (theme = 'light') =>
  html`<visits-chart api-base=${BASE} site-id="1" date="2024-03-08,2024-03-10" today="2024-03-10" theme=${theme}></visits-chart>`;
const liveCharts = () => Object.values(Chart.instances).length;

describe('<visits-chart> Chart.js parts', () => {
  it('registers only the parts it uses', async () => {
    await settled(await fixture<VisitsChart>(chartTemplate()));
    expect(registry.getController('line')).to.exist;
    expect(registry.getScale('linear')).to.exist;
    expect(registry.getElement('line')).to.exist;
    expect(registry.getElement('point')).to.exist;
    // The tooltip and the thinning of long ranges are the widget's own.
    expect(registry.plugins.get('tooltip')).to.equal(undefined);
    expect(registry.plugins.get('decimation')).to.equal(undefined);
    expect(() => registry.getController('bar')).to.throw();
    expect(() => registry.getScale('category')).to.throw();
    expect(() => registry.getScale('time')).to.throw();
    expect(registry.plugins.get('legend')).to.equal(undefined);
    expect(registry.plugins.get('filler')).to.equal(undefined);
    expect(registry.plugins.get('title')).to.equal(undefined);
  });
});

describe('<visits-chart> chart lifecycle', () => {
  it('destroys the chart when the element is removed, and rebuilds it with its data when put back', async () => {
    const before = liveCharts();
    const el = await fixture<VisitsChart>(chartTemplate());
    await settled(el);
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    expect(Chart.getChart(canvas)).to.exist;
    expect(liveCharts()).to.equal(before + 1);

    const parent = el.parentElement!;
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(liveCharts()).to.equal(before);

    parent.append(el);
    await el.updateComplete;
    const rebuilt = chartOf(el);
    expect(rebuilt.data.datasets.map((d) => d.label)).to.deep.equal(['Shop']);
    expect(rebuilt.data.datasets[0]!.data.map((p) => (p as unknown as { y: number }).y)).to.deep.equal([10, 20, 30]);
    expect(stub.requests, 'putting it back needs no new request').to.have.length(1);
  });

  it('makes no chart when it is removed before its first render (nothing left in Chart.instances)', async () => {
    const before = liveCharts();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const el = document.createElement('visits-chart') as VisitsChart;
      el.setAttribute('api-base', BASE);
      el.setAttribute('site-id', '1');
      host.append(el);
      el.remove(); // before the first update, which is a microtask away
      await el.updateComplete;
      expect(liveCharts()).to.equal(before);
      host.append(el);
      await settled(el);
      expect(liveCharts()).to.equal(before + 1);
      el.remove();
      expect(liveCharts()).to.equal(before);
    } finally {
      host.remove();
    }
  });

  it('does not grow over hundreds of mount/unmount cycles (charts, DOM nodes, listeners, heap)', async function () {
    this.timeout(120_000);
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const cycle = async () => {
      const el = document.createElement('visits-chart');
      el.setAttribute('api-base', BASE);
      el.setAttribute('site-id', '1');
      el.setAttribute('date', '2024-03-08,2024-03-10');
      host.append(el);
      await settled(el);
      el.remove();
    };
    for (let i = 0; i < 20; i++) await cycle(); // warm up caches and JIT
    const charts = liveCharts();
    const start = await executeServerCommand<{ nodes: number; jsEventListeners: number; heapUsed: number }, undefined>('dom-counters');
    for (let i = 0; i < 300; i++) await cycle();
    const end = await executeServerCommand<{ nodes: number; jsEventListeners: number; heapUsed: number }, undefined>('dom-counters');
    host.remove();
    expect(liveCharts()).to.equal(charts);
    // One widget holds about 7 listeners and 340 nodes: any retained widget would show.
    expect(end.jsEventListeners - start.jsEventListeners, 'event listeners').to.be.below(5);
    expect(end.nodes - start.nodes, 'DOM nodes').to.be.below(100);
    expect(end.heapUsed - start.heapUsed, 'heap bytes').to.be.below(2 * 1024 * 1024);
  });

  it('draws a chart first shown in a hidden tab at the size of its box once the tab is shown', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 640px"><div class="tab" hidden>${chartTemplate()}</div></div>`);
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    const box = $(el, '.chart-box');
    expect(box.getBoundingClientRect().width).to.equal(0);
    wrap.querySelector<HTMLElement>('.tab')!.hidden = false;
    const width = Math.floor(box.getBoundingClientRect().width);
    expect(width).to.be.greaterThan(500);
    await waitUntil(() => chartOf(el).width === width, `chart width ${chartOf(el).width} != box ${width}`);
    expect(chartOf(el).height).to.equal(Math.floor(box.getBoundingClientRect().height));
    expect(chartOf(el).chartArea.width).to.be.greaterThan(400);
  });

  it('follows its container when it is resized', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">${chartTemplate()}</div>`);
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    await waitUntil(() => chartOf(el).width === Math.floor($(el, '.chart-box').getBoundingClientRect().width));
    const wide = chartOf(el).width;
    wrap.style.width = '360px';
    await waitUntil(() => chartOf(el).width === Math.floor($(el, '.chart-box').getBoundingClientRect().width));
    expect(chartOf(el).width).to.be.below(wide).and.below(360);
    // Narrow containers get a lower chart.
    expect(chartOf(el).height).to.equal(220);
  });
});

describe('<visits-chart> point markers', () => {
  it('shows markers only where the points have room', async () => {
    stub.set(craftedMatomo(() => Object.fromEntries(dayLabels('2024-02-10', 30).map((label, i) => [label, day(i + 1)])), { 1: 'Shop' }));
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">${chartTemplate()}</div>`);
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    const radius = () => (chartOf(el).getDatasetMeta(0).data[0]!.options as { radius: number }).radius;
    await waitUntil(() => radius() === 2.5, 'markers on a wide chart');
    wrap.style.width = '300px';
    await waitUntil(() => radius() === 0, 'no markers when 30 points share 200 px');
  });
});

describe('<visits-chart> theming', () => {
  it('takes series, grid and text colours from CSS custom properties and repaints when the theme changes', async () => {
    const el = await fixture<VisitsChart>(chartTemplate('light'));
    await settled(el);
    const colours = () => {
      const chart = chartOf(el);
      const y = chart.options.scales!.y!;
      return [chart.data.datasets[0]!.borderColor, (y.grid as { color: unknown }).color, (y.ticks as { color: unknown }).color];
    };
    expect(colours()).to.deep.equal(['#2456c7', '#d5d9e0', '#5b6475']);
    el.theme = 'dark';
    await el.updateComplete;
    expect(colours()).to.deep.equal(['#7fa6ff', '#3a414d', '#a3abba']);
  });

  it('repaints the point markers too when the theme changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">${chartTemplate('light')}</div>`);
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    const marker = () => chartOf(el).getDatasetMeta(0).data[0]!.options as unknown as { radius: number; backgroundColor: string };
    expect([marker().radius, marker().backgroundColor]).to.deep.equal([2.5, '#2456c7']);
    el.theme = 'dark';
    await el.updateComplete;
    expect([marker().radius, marker().backgroundColor]).to.deep.equal([2.5, '#7fa6ff']);
  });

  it('puts whole-number ticks on a count axis', async () => {
    stub.set(craftedMatomo(() => ({ '2024-03-09': day(1), '2024-03-10': day(2) }), { 1: 'Shop' }));
    const el = await fixture<VisitsChart>(chartTemplate());
    await settled(el);
    const ticks = chartOf(el).scales.y!.ticks.map((t) => t.value);
    expect(ticks.every(Number.isInteger), ticks.join()).to.equal(true);
  });

  it('follows the operating system in theme="auto"', async () => {
    const el = await fixture<VisitsChart>(chartTemplate('auto'));
    await settled(el);
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('#2456c7');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => chartOf(el).data.datasets[0]!.borderColor === '#7fa6ff', 'no repaint on the system switch');
  });

  it('lets a page set the colours with --visits-chart-* and --dw-* properties', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--dw-color-border: rgb(9, 9, 9)"><visits-chart style="--visits-chart-series-1: rgb(1, 2, 3)" api-base=${BASE} site-id="1" theme="light"></visits-chart></div>`,
    );
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('rgb(1, 2, 3)');
    expect((chartOf(el).options.scales!.x as { border: { color: unknown } }).border.color).to.equal('rgb(9, 9, 9)');
  });

  it('takes the lines’ colours from the library’s --dw-color-series-* and --dw-dark-color-series-* tokens', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--dw-color-series-1: rgb(1, 2, 3); --dw-dark-color-series-1: rgb(4, 5, 6)">${chartTemplate('light')}</div>`,
    );
    const el = wrap.querySelector('visits-chart') as VisitsChart;
    await settled(el);
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('rgb(1, 2, 3)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(chartOf(el).data.datasets[0]!.borderColor).to.equal('rgb(4, 5, 6)');
  });
});

describe('<visits-chart> motion', () => {
  it('does not animate under prefers-reduced-motion, and follows a change of the setting', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<VisitsChart>(chartTemplate());
    await settled(el);
    expect(chartOf(el).options.animation).to.equal(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await waitUntil(() => chartOf(el).options.animation !== false);
  });
});

describe('<visits-chart> removal during a load', () => {
  it('aborts the request, reports no error, and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    stub.set(() => new Promise<Response>(() => undefined));
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = await fixture<VisitsChart>(chartTemplate());
      let errors = 0;
      el.addEventListener('dw-visits-error', () => errors++);
      await waitUntil(() => signals.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.equal(0);

      stub.set(craftedMatomo(answer, { 1: 'Shop' }));
      const loaded = oneEvent(el, 'dw-visits-load');
      parent.append(el);
      await loaded;
      await el.updateComplete;
      expect(chartOf(el).data.datasets[0]!.data).to.have.length(3);
      expect(errors).to.equal(0);
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.fetch = original;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
