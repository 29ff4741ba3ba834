// How <visits-chart> presents itself outside the page: the PNG and SVG downloads (with title,
// range, sites, comparison and legend) and the compact presentation, here and in a client share.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import 'axe-core';
import type AxeCore from 'axe-core';
import '../../src/visits-chart/define.js';
import type { VisitsChart, VisitsExportDetail } from '../../src/visits-chart/visits-chart.js';
import { composeImage, layoutImage, type ImageContent } from '../../src/visits-chart/export-image.js';
import type { VisitsLineChart } from '../../src/visits-chart/line-chart.js';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import { DEMO_TOKENS } from '../../src/demo/accounts.js';
import { loaded } from '../embed/helpers.js';
import { $, $$, answerByDate, captureDownloads, craftedMatomo, day, stubFetch, text, type PeriodData } from './helpers.js';

/** The legend's own words, in English. */
const PREVIOUS_LEGEND = 'Dashed: previous period';
const IN_PROGRESS_LEGEND = 'Dotted, hollow point: in progress';

const axe = (window as unknown as { axe: typeof AxeCore }).axe;

WidgetFrame.define();

const RANGE = '2024-03-08,2024-03-10';
const PREVIOUS = '2024-03-05,2024-03-07';
const BASE = 'https://matomo.example/';
const EMBED_PAGE = new URL('../embed/fixtures/embed-real.html', import.meta.url).href;

// Site 1 has no data on the 9th: a gap in its line.
const CURRENT: Record<string, PeriodData> = {
  1: { '2024-03-08': day(100), '2024-03-09': [], '2024-03-10': day(900) },
  3: { '2024-03-08': day(10), '2024-03-09': day(20), '2024-03-10': day(30) },
};
const BEFORE: Record<string, PeriodData> = {
  1: { '2024-03-05': day(300), '2024-03-06': day(300), '2024-03-07': day(200) },
  3: { '2024-03-05': day(5), '2024-03-06': day(5), '2024-03-07': day(5) },
};

/** A site name that tries every trick: markup, an entity, quotes, a control character, a line break, a right-to-left override. */
const HOSTILE = `Shop</text><script>alert(1)</script><text>&amp; "q" 'a'\u0001\n\u202Eevil`;
/** What an image may show of it: the same text on one line, the character XML cannot hold replaced, the override isolated. */
const HOSTILE_SHOWN = `\u2068Shop</text><script>alert(1)</script><text>&amp; "q" 'a'\uFFFD \u202Eevil\u2069`;
const LONG = `Docs ${'and more documentation '.repeat(20)}end`;

const answer = answerByDate({ [RANGE]: CURRENT, [PREVIOUS]: BEFORE });

let stub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(answer, { 1: HOSTILE, 3: LONG }));
});
afterEach(() => stub.restore());

async function mount(attributes: Record<string, string> = {}, width = 900): Promise<VisitsChart> {
  const wrap = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const el = document.createElement('visits-chart');
  const all = { 'api-base': BASE, 'site-id': '1,3', date: RANGE, today: '2024-03-10', locale: 'en-US', theme: 'light', compare: '', ...attributes };
  for (const [name, value] of Object.entries(all)) el.setAttribute(name, value);
  wrap.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.kpi:not(.skeleton-tile)'), 'the chart did not load', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const exportButton = (el: VisitsChart, label: string) => $$<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === label)!;

/** Clicks a Download button and resolves with the file saved and the event's detail. */
async function download(el: VisitsChart, label: string): Promise<{ name: string; blob: Blob; detail: VisitsExportDetail }> {
  const downloads = captureDownloads();
  try {
    const exported = oneEvent(el, 'dw-visits-export') as Promise<CustomEvent<VisitsExportDetail>>;
    exportButton(el, label).click();
    const { detail } = await exported;
    expect(downloads.files).to.have.length(1);
    return { ...downloads.files[0]!, detail };
  } finally {
    downloads.restore();
  }
}

async function svgOf(el: VisitsChart): Promise<{ doc: Document; source: string; detail: VisitsExportDetail; name: string }> {
  const file = await download(el, 'Download SVG');
  const source = await file.blob.text();
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  return { doc, source, detail: file.detail, name: file.name };
}

/** The text of every `<text>` of a group of the SVG. */
const svgTexts = (doc: Document, group: string) => Array.from(doc.querySelectorAll(`g.${group} text`), (t) => t.textContent ?? '');

/** A CSS colour as the SVG writes it, `#rrggbb` (through the canvas's reading of it). */
function hex(color: string): string {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color.trim();
  return String(context.fillStyle);
}

/** Records every string drawn with `fillText` while `run` runs. */
async function drawnTexts(run: () => Promise<unknown>): Promise<string[]> {
  const drawn: string[] = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, value: string, x: number, y: number, max?: number) {
    drawn.push(value);
    return max === undefined ? fillText.call(this, value, x, y) : fillText.call(this, value, x, y, max);
  };
  try {
    await run();
  } finally {
    CanvasRenderingContext2D.prototype.fillText = fillText;
  }
  return drawn;
}

function drawingOf(el: VisitsChart): ImageContent {
  const line = el.shadowRoot!.querySelector<VisitsLineChart>('dw-visits-line-chart')!;
  return { ...line.drawing!, model: line.model!, title: 'Visits over time', range: 'Mar 8 – 10, 2024, by day', comparison: 'Compared with March 5 – 7, 2024' };
}

describe('<visits-chart> SVG download', () => {
  it('saves a well-formed SVG with its size, title block, legend, and every server text escaped', async () => {
    const el = await mount();
    const { doc, source, detail, name } = await svgOf(el);
    expect(doc.querySelector('parsererror'), source.slice(0, 400)).to.equal(null);
    expect(name).to.equal('visits-site1+3-day-2024-03-08_2024-03-10.svg');
    expect(detail).to.deep.include({ format: 'svg', fileName: name });
    expect(detail.bytes).to.equal(new TextEncoder().encode(source).length);

    const svg = doc.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    expect(width).to.be.greaterThan(800);
    expect(height).to.be.greaterThan(300);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${width} ${height}`);
    expect(doc.querySelector('svg > title')!.textContent).to.equal(`Visits over time · ${HOSTILE_SHOWN} and ${LONG} · Mar 8 – 10, 2024, by day`);

    // Title, sites, range, comparison, as text; the markup in the name stayed text.
    const heading = svgTexts(doc, 'heading');
    expect(heading[0]).to.equal('Visits over time');
    expect(heading[1]!.startsWith(`${HOSTILE_SHOWN} and Docs and more`)).to.equal(true);
    expect(heading[1]!.endsWith('…')).to.equal(true);
    expect(heading.slice(2)).to.deep.equal(['Mar 8 – 10, 2024, by day', 'Compared with March 5 – 7, 2024']);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    expect(doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'script')).to.have.length(0);
    const kinds = new Set(Array.from(doc.querySelectorAll('*'), (e) => e.localName));
    expect([...kinds].sort()).to.deep.equal(['circle', 'g', 'line', 'path', 'rect', 'svg', 'text', 'title']);
    expect(source).not.to.contain('<script>');
    expect(source).not.to.contain('\u0001');

    // The legend: each site (names cut with an ellipsis at 240 px, the isolate closed after it), the dashed comparison, the period in progress.
    const legend = svgTexts(doc, 'legend');
    expect(legend[0]).to.match(/^\u2068Shop<\/text><script>.*…\u2069$/);
    expect(legend[1]!.startsWith('Docs and more documentation')).to.equal(true);
    expect(legend[1]!.endsWith('…')).to.equal(true);
    expect(legend[1]!.length).to.be.lessThan(LONG.length);
    expect(legend.slice(2)).to.deep.equal([PREVIOUS_LEGEND, IN_PROGRESS_LEGEND]);
    const legendDashes = Array.from(doc.querySelectorAll('g.legend line'), (l) => l.getAttribute('stroke-dasharray'));
    expect(legendDashes).to.deep.equal([null, null, '6 4', '2 3']);
  });

  it('draws the lines from the chart model: a gap left open, the comparison dashed, the period in progress dotted, in the theme colours', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ theme });
      const { doc } = await svgOf(el);
      const style = getComputedStyle(el.shadowRoot!.querySelector('dw-visits-line-chart')!);
      const series = [1, 2].map((i) => hex(style.getPropertyValue(`--_vc-series-${i}`)));
      expect(doc.querySelector('svg > rect')!.getAttribute('fill'), theme).to.equal(hex(style.getPropertyValue('--_vc-bg')));
      expect(hex(style.getPropertyValue('--_vc-bg'))).to.equal(theme === 'dark' ? '#16191f' : '#ffffff');

      const current = Array.from(doc.querySelectorAll('path.current'));
      const previous = Array.from(doc.querySelectorAll('path.previous'));
      expect(current.map((p) => p.getAttribute('stroke'))).to.deep.equal(series);
      expect(previous.map((p) => p.getAttribute('stroke'))).to.deep.equal(series);
      expect(previous.map((p) => p.getAttribute('stroke-dasharray'))).to.deep.equal(['6 4', '6 4']);
      expect(current.map((p) => p.getAttribute('stroke-dasharray'))).to.deep.equal([null, null]);
      // Site 1: 100, no data, 900: two lone points, no line through the gap; its last is the period in progress.
      const d1 = current[0]!.getAttribute('d')!;
      expect(d1.match(/[ML]/g)).to.deep.equal(['M', 'M']);
      // Site 3: three values; the segment into today is drawn dotted apart.
      expect(current[1]!.getAttribute('d')!.match(/[ML]/g)).to.deep.equal(['M', 'L', 'M']);
      const dotted = Array.from(doc.querySelectorAll('path.in-progress'));
      expect(dotted).to.have.length(1);
      expect(dotted[0]!.getAttribute('stroke-dasharray')).to.equal('2 3');
      expect(doc.querySelectorAll('circle.in-progress')).to.have.length(2);
      // The previous periods have every value: one stroke each.
      expect(previous.map((p) => p.getAttribute('d')!.match(/[ML]/g)!.join(''))).to.deep.equal(['MLL', 'MLL']);

      // The points sit where the chart drew them.
      const chart = el.shadowRoot!.querySelector<VisitsLineChart>('dw-visits-line-chart')!.drawing!.chart;
      const x = chart.scales.x!.getPixelForValue(2);
      const y = chart.scales.y!.getPixelForValue(900);
      const [, mx, my] = /M([\d.]+) ([\d.]+)$/.exec(d1)!.map(Number);
      expect(Math.abs(mx! - x)).to.be.below(0.1);
      expect(Math.abs(my! - y)).to.be.below(0.1);

      // The axes' ticks as the chart shows them.
      expect(svgTexts(doc, 'x-ticks')).to.deep.equal(['Mar 8', 'Mar 9', 'Mar 10']);
      expect(svgTexts(doc, 'y-ticks')).to.deep.equal(chart.scales.y!.ticks.map((t) => String(t.label)));
      el.parentElement!.remove();
    }
  });

  it('says "the previous period" when the sites compare different days, and nothing without a comparison', async () => {
    // Different time zones: each site answers its own days.
    stub.set(
      craftedMatomo(
        (sub) => {
          const ids = sub.get('idSite')!.split(',');
          const days = sub.get('date')!;
          const table = (id: string) => Object.fromEntries(days.split(',').map((d) => [d, day(id === '1' ? 50 : 5)]));
          return ids.length === 1 ? table(ids[0]!) : Object.fromEntries(ids.map((id) => [id, table(id)]));
        },
        { 1: 'Shop', 3: 'Docs' },
        { 1: 'Pacific/Kiritimati', 3: 'Pacific/Pago_Pago' },
      ),
    );
    const el = await mount({ date: 'last1', today: '' });
    const { doc } = await svgOf(el);
    expect(svgTexts(doc, 'heading').at(-1)).to.equal('Compared with the previous period');

    el.compare = false;
    await el.updateComplete;
    const again = await svgOf(el);
    expect(svgTexts(again.doc, 'heading').some((t) => t.startsWith('Compared'))).to.equal(false);
    expect(again.doc.querySelectorAll('path.previous')).to.have.length(0);
    expect(svgTexts(again.doc, 'legend')).not.to.include(PREVIOUS_LEGEND);
  });

  it('is offered with the other exports, and not in the table view', async () => {
    const el = await mount();
    expect($$(el, '.actions button').map((b) => text(b)).filter((t) => t.startsWith('Download'))).to.deep.equal(['Download CSV', 'Download PNG', 'Download SVG']);
    const tableToggle = $$<HTMLButtonElement>(el, '.actions button')[0]!;
    tableToggle.click();
    await el.updateComplete;
    expect(exportButton(el, 'Download SVG').disabled).to.equal(true);
    expect(exportButton(el, 'Download CSV').disabled).to.equal(false);
    el.controls = 'period range';
    await el.updateComplete;
    expect(exportButton(el, 'Download SVG').hidden).to.equal(true);
  });
});

describe('<visits-chart> PNG download', () => {
  it('draws the title, sites, range, comparison and legend as text around the chart, on the widget background', async () => {
    const el = await mount({ theme: 'dark' });
    let file!: Awaited<ReturnType<typeof download>>;
    const drawn = await drawnTexts(async () => (file = await download(el, 'Download PNG')));
    expect(file.name).to.equal('visits-site1+3-day-2024-03-08_2024-03-10.png');
    expect(file.detail.format).to.equal('png');
    expect(file.blob.type).to.equal('image/png');
    expect(drawn).to.include.members(['Visits over time', 'Mar 8 – 10, 2024, by day', 'Compared with March 5 – 7, 2024', PREVIOUS_LEGEND, IN_PROGRESS_LEGEND]);
    expect(drawn.some((t) => /^\u2068Shop<\/text><script>.*…\u2069$/.test(t)), 'the hostile name in the legend').to.equal(true);
    expect(drawn.some((t) => t.startsWith(`${HOSTILE_SHOWN} and Docs and more`) && t.endsWith('…'))).to.equal(true);
    expect(drawn.some((t) => t.startsWith('Docs and more') && t.endsWith('…'))).to.equal(true);
    expect(drawn, 'a name cut off, not drawn whole').not.to.include(LONG);

    // The size of the picture: the chart and the words, at the device pixel ratio, on the dark background.
    const bitmap = await createImageBitmap(file.blob);
    const content = drawingOf(el);
    const layout = layoutImage(content);
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(layout.width * devicePixelRatio), Math.round(layout.height * devicePixelRatio)]);
    expect(layout.height).to.be.greaterThan(content.chart.height + 100);
    const probe = document.createElement('canvas');
    probe.width = bitmap.width;
    probe.height = bitmap.height;
    const ctx = probe.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    expect([...ctx.getImageData(1, 1, 1, 1).data]).to.deep.equal([0x16, 0x19, 0x1f, 255]);
  });

  it('is composed at the device pixel ratio', async () => {
    const el = await mount();
    const content = drawingOf(el);
    const one = composeImage(content, 1);
    const two = composeImage(content, 2);
    expect([two.width, two.height]).to.deep.equal([one.width * 2, one.height * 2]);
    expect(one.width).to.equal(Math.round(content.chart.width) + 32);
  });
});

describe('<visits-chart> compact', () => {
  /** The visible controls of the widget (buttons, selects, inputs), by their text or type. */
  const visibleControls = (root: ShadowRoot) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, select, input, textarea, [role="button"]'))
      .filter((c) => c.checkVisibility())
      .map((c) => c.textContent?.trim() || c.localName);

  function shows(root: ShadowRoot) {
    const visible = (selector: string) => !!root.querySelector<HTMLElement>(selector)?.checkVisibility();
    return {
      controls: visibleControls(root),
      heading: visible('.head'),
      kpis: visible('.kpi'),
      chart: visible('canvas'),
      legend: Array.from(root.querySelectorAll<HTMLElement>('.sites label, .legend-note'))
        .filter((l) => l.checkVisibility())
        .map((l) => l.textContent!.replace(/\s+/g, ' ').trim()),
      summary: visible('.summary'),
    };
  }

  it('shows the KPIs and the chart with its legend, and no control, light and dark, wide and narrow; axe-clean', async () => {
    for (const [theme, width] of [
      ['light', 900],
      ['dark', 320],
    ] as const) {
      const el = await mount({ theme, compact: '' }, width);
      expect(shows(el.shadowRoot!), `${theme} ${width}px`).to.deep.equal({
        controls: [],
        heading: false,
        kpis: true,
        chart: true,
        legend: [`\u2068${HOSTILE}\u2069`.replace(/\s+/g, ' '), LONG, PREVIOUS_LEGEND, IN_PROGRESS_LEGEND],
        summary: false,
      });
      // Screen readers still get the chart described.
      const canvas = $(el, 'canvas');
      expect(el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!.textContent).to.contain('Visits by day');
      const result = await axe.run(el, { rules: { 'color-contrast': { enabled: true } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), `${theme}`).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  it('is the same in a client share: the embed page in a frame shows the KPIs and the chart only', async () => {
    stub.restore();
    const frame = await fixture<WidgetFrame>(
      html`<widget-frame widget="visits-chart" src=${EMBED_PAGE} api-base="/matomo/" site-id="1,2" compare compact theme="dark" token=${DEMO_TOKENS.matomoViewer}></widget-frame>`,
    );
    await loaded(frame.iframe);
    const doc = frame.iframe.contentDocument!;
    const root = () => doc.querySelector('visits-chart')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('.kpi:not(.skeleton-tile)') && root()!.querySelector('canvas')?.checkVisibility(), 'the shared chart did not load', {
      timeout: 15_000,
    });
    const seen = shows(root()!);
    expect(seen.controls).to.deep.equal([]);
    expect(seen.heading).to.equal(false);
    expect(seen.kpis).to.equal(true);
    expect(seen.chart).to.equal(true);
    expect(seen.summary).to.equal(false);
    expect(seen.legend.slice(-2)).to.deep.equal([PREVIOUS_LEGEND, IN_PROGRESS_LEGEND]);
    expect(seen.legend).to.have.length(4);
  });
});
