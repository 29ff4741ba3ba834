import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import type { VisitsChangeDetail } from '../../src/visits-chart/events.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { setClock } from '../../src/core/clock.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { chunks } from '../../src/visits-chart/chunks.js';
import { axeViolations } from '../helpers/axe.js';
import { $, $$, demoCalls, chartOf, choose, kpiTexts, seriesValues, settled, shopAnswering, stubFetch, mountDemoChart, text, until } from './helpers.js';

// Noon UTC on 10 March 2024, as the other demo-backend tests.
const NOW = Date.UTC(2024, 2, 10, 12);

beforeEach(() => setClock(() => NOW));
afterEach(() => {
  setClock();
  forgetSites();
});

const mount = mountDemoChart;


/** The picker's button (once its code is there). */
const pickerButton = (el: VisitsChart) => until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('dw-visits-segment-picker button'), 'the segment picker');

/** Opens the picker as a user would, and waits for the list. */
async function openPicker(el: VisitsChart): Promise<HTMLSelectElement> {
  (await pickerButton(el)).click();
  return until(() => el.shadowRoot!.querySelector<HTMLSelectElement>('dw-visits-segment-picker select'), 'the segment list');
}

describe('<visits-chart> segments against the demo backend', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  it('sends the segment with every request for visits (the comparison too), encoded once more on the wire, and draws other figures', async () => {
    const all = await mount({ 'site-id': '1', date: 'last14' });
    const allVisits = seriesValues(chartOf(all), 0);
    demo.requests.length = 0;

    const definition = 'entryPageUrl=^https%3A%2F%2Fshop.example.com%2Fsale';
    const el = await mount({ 'site-id': '1', date: 'last14', compare: '', segment: definition });
    const subs = (await demoCalls(demo)).filter((s) => s.get('method') === 'VisitsSummary.get');
    expect(subs.length).to.be.greaterThan(0);
    for (const sub of subs) expect(sub.get('segment')).to.equal(definition);
    // On the wire, the definition's own %-escapes are escaped again (Matomo decodes the parameter once, then each value).
    const body = await demo.requests[0]!.clone().text();
    expect(decodeURIComponent(new URLSearchParams(body).get('urls[0]')!)).to.contain('segment=entryPageUrl=^https%3A%2F%2Fshop.example.com%2Fsale');

    const segmented = seriesValues(chartOf(el), 0);
    expect(segmented).to.have.length(allVisits.length);
    expect(segmented).not.to.deep.equal(allVisits);
    segmented.forEach((v, i) => expect(v ?? 0).to.be.at.most(allVisits[i] ?? 0));
    // The subtitle says the chart is segmented (the definition, until the list names it).
    expect(text($(el, '.subtitle'))).to.contain(`Segment ${definition}`);
  });

  it('charts all visits again when the segment attribute is removed (no error, no segment on the wire)', async () => {
    const el = await mount({ 'site-id': '1', date: 'last14', segment: 'visitorType==returning' });
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      demo.requests.length = 0;
      el.removeAttribute('segment');
      await settled(el);
      const subs = (await demoCalls(demo)).filter((s) => s.get('method') === 'VisitsSummary.get');
      expect(subs.length).to.be.greaterThan(0);
      for (const sub of subs) expect(sub.has('segment')).to.equal(false);
      expect(text($(el, '.subtitle'))).not.to.contain('Segment');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('offers no picker and asks for no segment unless `controls` names it', async () => {
    const el = await mount({ 'site-id': '1' });
    expect(el.shadowRoot!.querySelector('dw-visits-segment-picker')).to.equal(null);
    expect((await demoCalls(demo)).some((s) => s.get('method') === 'SegmentEditor.getAll')).to.equal(false);
  });

  it('lists the stored segments when the picker is opened, "All visits" first, and charts the one picked', async () => {
    const el = await mount({ 'site-id': '1', controls: 'period range metric segment' });
    const button = await pickerButton(el);
    expect(text(button)).to.equal('Segment: All visits');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Nothing is asked before the picker is opened.
    expect((await demoCalls(demo)).some((s) => s.get('method') === 'SegmentEditor.getAll')).to.equal(false);

    const select = await openPicker(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const asked = (await demoCalls(demo)).filter((s) => s.get('method') === 'SegmentEditor.getAll');
    expect(asked.map((s) => s.get('idSite'))).to.deep.equal(['1']);
    const options = Array.from(select.options, (o) => o.textContent!.trim());
    expect(options[0]).to.equal('All visits');
    expect(options).to.include('Returning visitors');
    expect(options).to.include('Sale landing page');
    // The list takes the focus when it arrives.
    expect(el.shadowRoot!.activeElement).to.equal(select);

    const changes: VisitsChangeDetail[] = [];
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));
    const before = kpiTexts(el);
    demo.requests.length = 0;
    choose(el, 'dw-visits-segment-picker select', 'visitorType==returning');
    await until(() => el.getAttribute('segment') === 'visitorType==returning', 'the segment attribute');
    await settled(el);
    await until(() => kpiTexts(el).join() !== before.join(), 'the new figures');
    expect(changes.map((c) => [c.cause, c.segment])).to.deep.equal([['segment', 'visitorType==returning']]);
    const asked2 = (await demoCalls(demo)).filter((s) => s.get('method') === 'VisitsSummary.get').map((s) => s.get('segment'));
    expect(asked2.length).to.be.greaterThan(0);
    expect(new Set(asked2)).to.deep.equal(new Set(['visitorType==returning']));
    expect(text(button)).to.equal('Segment: Returning visitors');
    expect(text($(el, '.subtitle'))).to.contain('Returning visitors');

    // Back to all visits.
    choose(el, 'dw-visits-segment-picker select', '');
    await until(() => !el.hasAttribute('segment') || el.getAttribute('segment') === '', 'no segment');
    await settled(el);
    expect(kpiTexts(el)).to.deep.equal(before);
    expect(text($(el, '.subtitle'))).not.to.contain('Segment');
  });

  it('names a segment set by attribute from the list, without the picker being opened', async () => {
    const el = await mount({ 'site-id': '1', controls: 'segment', segment: 'deviceType==smartphone,deviceType==tablet' });
    await until(() => text($(el, '.subtitle')).includes('Mobile'), 'the segment name');
    expect(text(await pickerButton(el))).to.equal('Segment: Mobile');
    expect(el.shadowRoot!.querySelector('dw-visits-segment-picker select')).to.equal(null);
  });

  it('shows hostile segment names as text, with their right-to-left override isolated', async () => {
    const el = await mount({ 'site-id': '1', controls: 'segment' }, DEMO_TOKENS.matomoViewer);
    const select = await openPicker(el);
    const hostile = Array.from(select.options).find((o) => o.textContent!.includes('Newsletter'))!;
    expect(hostile.textContent).to.contain('<img src=x onerror="alert(\'segment\')"><b>Newsletter</b>');
    expect(hostile.textContent!.startsWith('\u2068')).to.equal(true);
    expect(hostile.textContent!.endsWith('\u2069')).to.equal(true);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    // reader does not get admin's private segment.
    expect(Array.from(select.options, (o) => o.textContent)).not.to.include('Germany (mine)');

    choose(el, 'dw-visits-segment-picker select', 'referrerName=@newsletter');
    await until(() => el.getAttribute('segment') === 'referrerName=@newsletter', 'the segment');
    await settled(el);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text($(el, '.subtitle'))).to.contain('<b>Newsletter</b>');
  });

  it('with several sites, offers the segments every one of them has, asked in one request', async () => {
    const el = await mount({ 'site-id': '1,2', controls: 'segment' });
    demo.requests.length = 0;
    const select = await openPicker(el);
    expect(demo.requests).to.have.length(1);
    const asked = (await demoCalls(demo)).filter((s) => s.get('method') === 'SegmentEditor.getAll');
    expect(asked.map((s) => s.get('idSite'))).to.deep.equal(['1', '2']);
    const options = Array.from(select.options, (o) => o.textContent!.trim());
    expect(options).to.include('Returning visitors');
    expect(options).not.to.include('Sale landing page'); // site 1's only
    expect(options).not.to.include('Converted visits'); // site 2's only
  });

  it('says what is wrong with a segment the server refuses, and keeps the picker to choose another', async () => {
    const el = await mount({ 'site-id': '1', controls: 'segment', segment: 'favouriteColour==blue' });
    expect(text($(el, '[role="alert"]'))).to.contain("Segment 'favouriteColour' is not a supported segment.");
    const select = await openPicker(el);
    expect(select.value).to.equal('favouriteColour==blue');
    choose(el, 'dw-visits-segment-picker select', 'visitorType==returning');
    await until(() => el.getAttribute('segment') === 'visitorType==returning', 'the segment');
    await settled(el);
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(30);
  });

  it('is used from the keyboard: Enter opens the list, which takes the focus; axe finds nothing, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ 'site-id': '1', controls: 'period range segment', theme });
      const button = await pickerButton(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const select = await until(() => el.shadowRoot!.querySelector<HTMLSelectElement>('dw-visits-segment-picker select'), 'the list');
      await until(() => el.shadowRoot!.activeElement === select, 'the focus on the list');
      expect(await axeViolations(el)).to.deep.equal([]);
      el.remove();
    }
  });
});

describe('<visits-chart> segments with crafted answers', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  const realSegments = chunks.segments;
  afterEach(() => {
    stub?.restore();
    chunks.segments = realSegments;
  });

  const server = (segments: (sub: URLSearchParams) => unknown) => shopAnswering('SegmentEditor.getAll', segments);

  async function mountCrafted(attributes: Record<string, string> = {}): Promise<VisitsChart> {
    const el = document.createElement('visits-chart');
    el.setAttribute('api-base', 'https://matomo.example.test/');
    el.setAttribute('site-id', '1');
    el.setAttribute('date', '2024-03-09,2024-03-10');
    el.setAttribute('controls', 'segment');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.token = 'crafted-token';
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    return el;
  }

  it('reads odd rows without failing: no definition left out, repeated ones once, a missing name shown as its definition', async () => {
    stub = stubFetch(
      server(() => [
        { idsegment: '1', name: 'A', definition: 'visitorType==new' },
        { idsegment: '2', name: 'Same again', definition: 'visitorType==new' },
        { idsegment: '3', name: 'No definition' },
        { idsegment: '4', name: '  ', definition: 'browserCode==FF' },
        null,
        { idsegment: '__proto__', name: 'constructor', definition: 'countryCode==de' },
      ]),
    );
    const el = await mountCrafted();
    const select = await openPicker(el);
    expect(Array.from(select.options, (o) => o.textContent!.trim())).to.deep.equal(['All visits', 'A', 'browserCode==FF', 'constructor']);
  });

  it('says why the segments could not be read, with Retry that asks again', async () => {
    let fail = true;
    stub = stubFetch(server(() => (fail ? { result: 'error', message: 'Segments are &lt;b&gt;off&lt;/b&gt;' } : [{ idsegment: '1', name: 'Mobile', definition: 'deviceType==smartphone' }])));
    const el = await mountCrafted();
    (await pickerButton(el)).click();
    const alert = await until(() => el.shadowRoot!.querySelector('dw-visits-segment-picker [role="alert"]'), 'the failure');
    expect(text(alert)).to.contain('Could not load the segments');
    expect(text(alert)).to.contain('Segments are <b>off</b>');
    // The chart stays as it is.
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(2);
    fail = false;
    alert.querySelector('button')!.click();
    const select = await until(() => el.shadowRoot!.querySelector<HTMLSelectElement>('dw-visits-segment-picker select'), 'the list');
    expect(Array.from(select.options, (o) => o.textContent!.trim())).to.deep.equal(['All visits', 'Mobile']);
  });

  it("says so where the picker would be when its code does not arrive, and the chart stays", async () => {
    stub = stubFetch(server(() => []));
    chunks.segments = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mountCrafted();
    const alert = await until(() => $$(el, '.controls [role="alert"]')[0], 'the failure');
    expect(text(alert)).to.contain('Could not load the segment picker');
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(2);
    chunks.segments = realSegments;
    alert.querySelector('button')!.click();
    await pickerButton(el);
  });

  it('offers no picker for a source of its own without segments', async () => {
    const el = document.createElement('visits-chart');
    el.setAttribute('site-id', '1');
    el.setAttribute('date', '2024-03-09,2024-03-10');
    el.setAttribute('controls', 'segment');
    el.source = { getVisits: async () => ({ current: [{ idSite: '1', name: 'Mine', points: [{ label: '2024-03-09', metrics: { nb_visits: 3 } }] }] }) };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    expect(el.shadowRoot!.querySelector('dw-visits-segment-picker')).to.equal(null);
  });
});
