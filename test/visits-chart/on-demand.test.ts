import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/visits-chart/define.js';
import type { VisitsChart, VisitsExportDetail } from '../../src/visits-chart/visits-chart.js';
import { chunks } from '../../src/visits-chart/chunks.js';
import { english } from '../../src/core/translate.js';
import { $, $$, captureDownloads, chartOf, craftedMatomo, day, hover, kpiTexts, seriesValues, settled, stubFetch, text, tooltipLines } from './helpers.js';

/** Why a part is missing, as every such failure says it (in English). */
const PART_FAILED = english.t('Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).');

// The export's code is loaded on the first export (a file of its own in the script-tag bundles).
const BASE = 'https://matomo.example/';
const answer = () => ({ '2024-03-08': day(10), '2024-03-09': day(20), '2024-03-10': day(30) });
const realExport = chunks.export;
const realTable = chunks.table;
const realTooltip = chunks.tooltip;
const realSummary = chunks.summary;
/** What a browser's import() rejects with when the file does not arrive. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/chunks/visits-chart.export.js'));

let stub: ReturnType<typeof stubFetch>;
let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(answer, { 1: 'Shop' }));
  downloads = captureDownloads();
});
afterEach(() => {
  chunks.export = realExport;
  chunks.table = realTable;
  chunks.tooltip = realTooltip;
  chunks.summary = realSummary;
  downloads.restore();
  stub.restore();
});

async function mount(): Promise<VisitsChart> {
  const el = await fixture<VisitsChart>(
    html`<visits-chart api-base=${BASE} site-id="1" date="2024-03-08,2024-03-10" today="2024-03-10" theme="light" locale="en-US"></visits-chart>`,
  );
  await settled(el);
  return el;
}

const button = (el: VisitsChart, label: string) => $$<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === label)!;

describe('<visits-chart> export and table code loaded on first use', () => {
  it('says it is preparing the file while the code loads, then saves the same CSV', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    chunks.export = async () => {
      loads++;
      await gate;
      return realExport();
    };
    const el = await mount();
    const exported = oneEvent(el, 'dw-visits-export') as Promise<CustomEvent<VisitsExportDetail>>;
    button(el, 'Download CSV').click();
    await el.updateComplete;
    expect(text($(el, '.part-state[role="status"]'))).to.equal('Loading the CSV export…');
    // A second click while it loads starts nothing more.
    button(el, 'Download CSV').click();
    expect(downloads.files).to.have.length(0);

    release();
    const { detail } = await exported;
    await el.updateComplete;
    expect(loads).to.equal(1);
    expect(downloads.files.map((f) => f.name)).to.deep.equal(['visits-site1-day-2024-03-08_2024-03-10.csv']);
    expect(detail).to.deep.equal({ format: 'csv', fileName: 'visits-site1-day-2024-03-08_2024-03-10.csv', bytes: downloads.files[0]!.blob.size });
    expect((await downloads.files[0]!.blob.text()).split('\r\n')).to.deep.equal([
      'Site ID,Site,Period,From,To,Visits',
      '1,Shop,2024-03-08,2024-03-08,2024-03-08,10',
      '1,Shop,2024-03-09,2024-03-09,2024-03-09,20',
      '1,Shop,2024-03-10,2024-03-10,2024-03-10,30',
      '',
    ]);
    expect($$(el, '.part-state')).to.have.length(0);
  });

  it('offline: says the file could not be prepared, keeps everything shown, and Retry saves it', async () => {
    chunks.export = offline;
    const el = await mount();
    const events: VisitsExportDetail[] = [];
    const errors: unknown[] = [];
    el.addEventListener('dw-visits-export', (e) => events.push(e.detail));
    el.addEventListener('dw-visits-error', (e) => errors.push(e.detail));

    button(el, 'Download PNG').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.part-state[role="alert"]'), 'no error shown');
    expect(text($(el, '.part-state[role="alert"]'))).to.equal(
      `Could not load the PNG export. ${PART_FAILED} Retry`,
    );
    expect(downloads.files).to.have.length(0);
    expect(events).to.have.length(0);
    // The load failed, not the data: nothing is reported as a loading error, and nothing shown is lost.
    expect(errors).to.have.length(0);
    expect(kpiTexts(el)[0]).to.match(/^Visits 60 /);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);
    expect(button(el, 'Download PNG').disabled).to.equal(false);

    // Still offline: Retry fails again, and says so again.
    $<HTMLButtonElement>(el, '.part-state [part="retry-button"]').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.part-state[role="alert"]'), 'no error after a failed retry');

    chunks.export = realExport;
    const exported = oneEvent(el, 'dw-visits-export') as Promise<CustomEvent<VisitsExportDetail>>;
    $<HTMLButtonElement>(el, '.part-state [part="retry-button"]').click();
    const { detail } = await exported;
    await el.updateComplete;
    expect(detail.format).to.equal('png');
    expect(downloads.files.map((f) => [f.name, f.blob.type])).to.deep.equal([['visits-site1-day-2024-03-08_2024-03-10.png', 'image/png']]);
    expect($$(el, '.part-state')).to.have.length(0);
  });

  it('offline: the table view says it could not be loaded, the chart is one click away, and Retry shows the table', async () => {
    chunks.table = offline;
    const el = await mount();
    const toggle = button(el, 'Table view');
    toggle.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.part-state[role="alert"]'), 'no error shown');
    expect(text($(el, '.part-state[role="alert"] strong'))).to.equal('Could not load the table.');
    expect($$(el, 'table')).to.have.length(0);

    toggle.click();
    await el.updateComplete;
    expect($(el, '.chart-box').hidden).to.equal(false);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);

    // Back to the table, still offline: it says so again.
    toggle.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.part-state [part="retry-button"]'), 'no Retry shown');
    chunks.table = realTable;
    $<HTMLButtonElement>(el, '.part-state [part="retry-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'no table after Retry');
    expect($$(el, 'tbody tr').map((tr) => text(tr))).to.deep.equal(['Fri, Mar 8, 2024 10', 'Sat, Mar 9, 2024 20', 'Sun, Mar 10, 2024 30 (so far)']);
    // Its styles came with it.
    expect(getComputedStyle($(el, 'caption')).textAlign).to.equal('start');
    expect($$(el, '.part-state')).to.have.length(0);
  });
});

/** Moves the pointer over period `index`, as a mouse would, without waiting for anything. */
function pointAt(el: VisitsChart, index: number): void {
  const canvas = $<HTMLCanvasElement>(el, 'canvas');
  const chart = chartOf(el);
  const rect = canvas.getBoundingClientRect();
  const clientX = rect.left + chart.scales.x!.getPixelForValue(index);
  canvas.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY: rect.top + chart.chartArea.top + 10 }));
}

describe('<visits-chart> tooltip code loaded on first use', () => {
  it('draws the chart without it; the first pointer over the chart brings it, and the period pointed at meanwhile shows when it arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    chunks.tooltip = async () => {
      loads++;
      await gate;
      return realTooltip();
    };
    const el = await mount();
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);
    expect(loads, 'not with the first view').to.equal(0);

    pointAt(el, 0);
    pointAt(el, 1);
    await el.updateComplete;
    expect(loads).to.equal(1);
    expect(tooltipLines(el)).to.deep.equal([]);
    // Nothing is said while it loads: the chart stays as it is.
    expect($$(el, '.part-state')).to.have.length(0);

    release();
    await waitUntil(() => tooltipLines(el).length > 0, 'no tooltip once the code arrived');
    expect(tooltipLines(el)).to.deep.equal(['Sat, Mar 9, 2024', 'Shop: 20']);
    expect(await hover(el, 2)).to.deep.equal(['Sun, Mar 10, 2024', 'Shop: 30 (so far)']);
    expect(loads).to.equal(1);
  });

  it('shows nothing for a pointer that left the chart before the code arrived', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    chunks.tooltip = async () => {
      await gate;
      return realTooltip();
    };
    const el = await mount();
    pointAt(el, 1);
    $(el, 'canvas').dispatchEvent(new PointerEvent('pointerleave'));
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(tooltipLines(el)).to.deep.equal([]);
    expect(await hover(el, 0)).to.deep.equal(['Fri, Mar 8, 2024', 'Shop: 10']);
  });

  it('offline: says over the chart that the tooltip could not be loaded, keeps the chart, and Retry brings it', async () => {
    chunks.tooltip = offline;
    const el = await mount();
    const errors: unknown[] = [];
    el.addEventListener('dw-visits-error', (e) => errors.push(e.detail));
    pointAt(el, 1);
    await waitUntil(() => el.shadowRoot!.querySelector('.chart-box .part-state[role="alert"]'), 'no error shown');
    expect(text($(el, '.chart-box .part-state[role="alert"]'))).to.equal(`Could not load the tooltip. ${PART_FAILED} Retry`);
    expect(errors).to.have.length(0);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);
    expect(kpiTexts(el)[0]).to.match(/^Visits 60 /);

    chunks.tooltip = realTooltip;
    $<HTMLButtonElement>(el, '.chart-box .part-state [part="retry-button"]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.chart-box .part-state'), 'the error stays after Retry');
    expect(await hover(el, 1)).to.deep.equal(['Sat, Mar 9, 2024', 'Shop: 20']);
  });
});

describe('<visits-chart> summary code loaded once the data is shown', () => {
  const SUMMARY = 'Visits by day, Fri, Mar 8, 2024 to Sun, Mar 10, 2024 (3 days). Shop: 60 in total (0% against the previous 3 days); Sun, Mar 10, 2024 is in progress; highest Sat, Mar 9, 2024 (20), lowest Fri, Mar 8, 2024 (10).';

  it('asks for it only after the data is shown, keeps its line meanwhile, and describes the chart once it arrives', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    chunks.summary = async () => {
      loads++;
      await gate;
      return realSummary();
    };
    const el = document.createElement('visits-chart') as VisitsChart;
    Object.entries({ 'api-base': BASE, 'site-id': '1', date: '2024-03-08,2024-03-10', today: '2024-03-10', theme: 'light', locale: 'en-US' }).forEach(([k, v]) => el.setAttribute(k, v));
    const loadsWhenShown: number[] = [];
    el.addEventListener('dw-visits-load', () => loadsWhenShown.push(loads));
    const shown = oneEvent(el, 'dw-visits-load');
    document.body.append(el);
    try {
      await shown;
      expect(loadsWhenShown, 'not before the data is shown').to.deep.equal([0]);
      expect(loads).to.equal(1);
      // The data is there; the summary's line is kept, empty, and nothing is said while it loads.
      expect(kpiTexts(el)[0]).to.match(/^Visits 60 /);
      expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);
      const summary = $(el, '.summary');
      expect(text(summary)).to.equal('');
      expect(summary.getBoundingClientRect().height).to.be.greaterThan(12);
      // The note on the day in progress comes with the summary's words: its line is kept too.
      const note = $(el, '.note');
      expect(text(note)).to.equal('');
      expect(note.getBoundingClientRect().height).to.be.greaterThan(12);
      const chartTop = $(el, '.chart-box').getBoundingClientRect().top;
      expect($$(el, '.part-state')).to.have.length(0);

      release();
      await el.updateComplete;
      expect(text($(el, '.summary'))).to.equal(SUMMARY);
      expect(text($(el, '.note'))).to.equal('Today (Sun, Mar 10, 2024) is in progress: its figures so far are compared with a whole day.');
      expect($(el, '.chart-box').getBoundingClientRect().top, 'the chart does not move').to.equal(chartTop);
      expect(loads).to.equal(1);

      // Another metric: described at once, with the code already there.
      el.metric = 'nb_actions';
      await el.updateComplete;
      expect(text($(el, '.summary'))).to.match(/^Actions by day, Fri, Mar 8, 2024 to Sun, Mar 10, 2024 \(3 days\)\. Shop: 180 in total/);
      expect(loads).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('offline: says under the chart that the summary could not be loaded, keeps the chart and KPIs, and Retry brings it', async () => {
    chunks.summary = offline;
    const el = await mount();
    const errors: unknown[] = [];
    el.addEventListener('dw-visits-error', (e) => errors.push(e.detail));
    await waitUntil(() => el.shadowRoot!.querySelector('.part-state[role="alert"]'), 'no error shown');
    expect(text($(el, '.part-state[role="alert"]'))).to.equal(`Could not load the summary. ${PART_FAILED} Retry`);
    expect(text($(el, '.summary'))).to.equal('');
    expect(errors).to.have.length(0);
    expect(kpiTexts(el)[0]).to.match(/^Visits 60 /);
    expect(seriesValues(chartOf(el), 0)).to.deep.equal([10, 20, 30]);

    chunks.summary = realSummary;
    $<HTMLButtonElement>(el, '.part-state [part="retry-button"]').click();
    await waitUntil(() => text($(el, '.summary')) === SUMMARY, 'no summary after Retry');
    await el.updateComplete;
    expect($$(el, '.part-state')).to.have.length(0);
  });
});
