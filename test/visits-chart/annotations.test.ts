import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import type { VisitsSource } from '../../src/api/visits-source.js';
import type { VisitsChangeDetail } from '../../src/visits-chart/events.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { setClock } from '../../src/core/clock.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { toAnnotations } from '../../src/api/annotations.js';
import { chunks } from '../../src/visits-chart/chunks.js';
import { chartToSvg } from '../../src/visits-chart/export-svg.js';
import { axeViolations } from '../helpers/axe.js';
import { matomo } from '../demo/helpers.js';
import { parseEmbedFragment } from '../../src/embed/fragment.js';
import { WIDGETS } from '../../src/embed/catalog.js';
import { $, $$, annotationMarkers, bandTop, chartOf, clickMarker, markerDrawnAt, markerNames, mountDemoChart, periodX, settled, shopAnswering, showTable, stubFetch, text, until } from './helpers.js';

// Noon UTC on 10 March 2024, as the other demo-backend tests: the demo's annotations are counted back from the sites' today.
const NOW = Date.UTC(2024, 2, 10, 12);

beforeEach(() => setClock(() => NOW));
afterEach(() => {
  setClock();
  forgetSites();
});


/** The element of the annotations, once its code is there. */
const annotationsOf = (el: VisitsChart) => until(() => el.shadowRoot!.querySelector('dw-visits-annotations'), 'the annotations');
/** The status line once the annotations are read (or failed). */
const loaded = (el: VisitsChart) =>
  until(() => {
    const status = el.shadowRoot!.querySelector('dw-visits-annotations .ann-status');
    const failed = el.shadowRoot!.querySelector('dw-visits-annotations [role="alert"]');
    return failed ?? (status && !text(status).startsWith('Loading') && status);
  }, 'the annotations');
/** The pixels of the band under the chart's x axis, where the markers are drawn, summed by position (a checksum that tells drawings apart). */
const bandChecksum = (el: VisitsChart) => {
  const { canvas } = annotationMarkers(el);
  const top = Math.round(bandTop(el) * (canvas.width / canvas.getBoundingClientRect().width));
  return canvas.getContext('2d')!.getImageData(0, top, canvas.width, canvas.height - top).data.reduce((sum, v, i) => (sum + v * ((i % 997) + 1)) % 1_000_000_007, 0);
};
/** The marker buttons: one, the active marker's, once there are markers. */
const markers = (el: VisitsChart) => $$<HTMLButtonElement>(el, '.ann-row button');
/** The name of the marker that has the focus. */
const focusedName = (el: VisitsChart) => (el.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-label');
/** The periods of the demo's annotations of site 1 over the 30 days to 10 March 2024: Feb 15, Feb 27, Mar 5 and Mar 8. */
const DEMO_PERIODS = [5, 17, 24, 27];

/** Site 7's visits ("Mine"), 3 a day, on `days`. */
const visitsOfDays = (days: string[]) => ({ current: [{ idSite: '7', name: 'Mine', points: days.map((label) => ({ label, metrics: { nb_visits: 3 } })) }] });

/** A chart of site 7 over the last 3 days to 10 March 2024, with its annotations, from `source`, in a box 700 px wide. */
async function mountLastThreeDays(source: VisitsSource): Promise<VisitsChart> {
  const el = document.createElement('visits-chart');
  el.setAttribute('site-id', '7');
  el.setAttribute('date', 'last3');
  el.setAttribute('today', '2024-03-10');
  el.setAttribute('locale', 'en-US');
  el.annotations = true;
  el.source = source;
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
  wrap.append(el);
  return el;
}

/** The Annotations.getAll calls the demo backend received. */
function annotationCalls(demo: InstalledDemoBackend): URLSearchParams[] {
  return demo.requests.map((r) => new URL(r.url).searchParams).filter((q) => q.get('method') === 'Annotations.getAll');
}

describe('demo Matomo: Annotations.getAll', () => {
  const backend = createDemoBackend({ now: NOW });
  const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
  type Note = { date: string; note: string; starred: number; user?: string; idNote: number; canEditOrDelete: boolean };

  it("answers each site's annotations of the days asked, by date, in Matomo's shape, the notes escaped as Matomo stores them", async () => {
    const { data } = await matomo<Record<string, Note[]>>(backend, { method: 'Annotations.getAll', idSite: '1,2', period: 'range', date: '2024-02-10,2024-03-10' }, superUser);
    expect(Object.keys(data)).to.deep.equal(['1', '2']);
    for (const list of Object.values(data)) {
      expect(list).to.be.an('array');
      for (const note of list) {
        expect(Object.keys(note).sort()).to.deep.equal(['canEditOrDelete', 'date', 'idNote', 'note', 'starred', 'user']);
        expect(note.date >= '2024-02-10' && note.date <= '2024-03-10').to.equal(true);
        expect(note.starred === 0 || note.starred === 1).to.equal(true);
      }
      expect(list.map((n) => n.date)).to.deep.equal(list.map((n) => n.date).sort());
    }
    // Several on one day; markup and the __proto__ login as data.
    expect(data['1']!.filter((n) => n.date === '2024-02-27')).to.have.length(3);
    expect(data['1']!.some((n) => n.note.startsWith('&lt;img src=x onerror=&quot;alert(&#039;annotation&#039;)&quot;&gt;'))).to.equal(true);
    expect(data['1']!.some((n) => n.user === '__proto__')).to.equal(true);
  });

  it('reads the days as Matomo does: one period, lastN periods up to a day, two days whatever the period; [] when none; lastN as a day refused', async () => {
    const days = async (query: Record<string, string>) => {
      const { data } = await matomo<Record<string, Note[]> | Note[]>(backend, { method: 'Annotations.getAll', idSite: '1', ...query }, superUser);
      return Array.isArray(data) ? data : (data['1'] ?? []).map((n) => n.date);
    };
    expect(await days({ period: 'day', date: '2024-02-27' })).to.deep.equal(['2024-02-27', '2024-02-27', '2024-02-27']);
    expect(await days({ period: 'month', date: '2024-03-05' })).to.deep.equal(['2024-03-05', '2024-03-08']);
    expect(await days({ period: 'week', date: '2024-03-08', lastN: '2' })).to.deep.equal(['2024-02-27', '2024-02-27', '2024-02-27', '2024-03-05', '2024-03-08']);
    expect(await days({ period: 'week', date: '2024-03-01,2024-03-06' })).to.deep.equal(['2024-03-05']);
    expect(await days({ period: 'day', date: '2024-01-02,2024-01-03' })).to.deep.equal([]);
    const { data } = await matomo<{ result: string; message: string }>(backend, { method: 'Annotations.getAll', idSite: '1', period: 'day', date: 'last30' }, superUser);
    expect(data.result).to.equal('error');
    expect(data.message).to.contain('Date format must be');
  });

  it("leaves out the author for the anonymous user, and refuses a site the token may not view", async () => {
    const { data } = await matomo<Record<string, Note[]>>(backend, { method: 'Annotations.getAll', idSite: '1', period: 'range', date: '2024-02-10,2024-03-10' });
    expect(data['1']!.length).to.be.greaterThan(0);
    for (const note of data['1']!) {
      expect(note).not.to.have.property('user');
      expect(note.canEditOrDelete).to.equal(false);
    }
    const refused = await matomo<{ result: string; message: string }>(backend, { method: 'Annotations.getAll', idSite: '3', period: 'range', date: '2024-02-10,2024-03-10' }, { token_auth: DEMO_TOKENS.matomoViewer });
    expect(refused.data.result).to.equal('error');
  });
});

describe('toAnnotations (lying answers)', () => {
  it('reads lists and position-keyed objects, sites asked for only, escaped notes as typed; leaves out entries without a day or a note', () => {
    const answer = JSON.parse(
      '{"1":{"1":{"date":"2024-03-02","note":"B &amp; C","starred":"1","user":"x","idNote":1},"0":{"date":"2024-03-01","note":"A","starred":0,"idNote":0}},' +
        '"2":[{"date":"not a day","note":"no"},{"date":"2024-02-31","note":"no such day"},{"date":"2024-03","note":"a month"},{"date":"2024-03-03","note":"  "},null,42,{"date":"2024-03-04 10:00:00","note":"&lt;b&gt;bold&lt;/b&gt;","user":"__proto__","idNote":"7"}],' +
        '"__proto__":[{"date":"2024-03-01","note":"polluted"}],"9":[{"date":"2024-03-01","note":"not asked"}]}',
    );
    const read = toAnnotations(answer, ['1', '2', '__proto__']);
    expect(read.map((a) => [a.idSite, a.date, a.note, a.user, a.starred])).to.deep.equal([
      ['1', '2024-03-01', 'A', '', false],
      ['__proto__', '2024-03-01', 'polluted', '', false],
      ['1', '2024-03-02', 'B & C', 'x', true],
      ['2', '2024-03-04', '<b>bold</b>', '__proto__', false],
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(toAnnotations([], ['1'])).to.deep.equal([]);
  });

  it('refuses an answer of another shape with a clear message', () => {
    expect(() => toAnnotations('<html>', ['1'])).to.throw('where the annotations of each site were expected');
    expect(() => toAnnotations([1, 2], ['1'])).to.throw('The server sent a list where the annotations of each site were expected');
    expect(() => toAnnotations({ 1: 'many' }, ['1'])).to.throw('the annotations of site 1 were expected');
  });
});

describe('<visits-chart> annotations against the demo backend', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  it('asks for nothing and loads no code while off; the control turns them on with one request for the sites and days shown', async () => {
    const el = await mountDemoChart({ 'site-id': '1,2' });
    expect(annotationCalls(demo)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('dw-visits-annotations')).to.equal(null);
    const changes: VisitsChangeDetail[] = [];
    el.addEventListener('dw-visits-change', (e) => changes.push(e.detail));

    const box = $$<HTMLInputElement>(el, '.controls input[type="checkbox"]').find((input) => text(input.parentElement).includes('Annotations'))!;
    box.click();
    await el.updateComplete;
    expect(el.hasAttribute('annotations')).to.equal(true);
    expect(changes.map((c) => [c.cause, c.annotations])).to.deep.equal([['annotations', true]]);
    await annotationsOf(el);
    await loaded(el);
    // Their element came before its code (registered as it arrived): it takes the band under the x axis all the same, and draws there.
    await until(() => DEMO_PERIODS.every((i) => markerDrawnAt(el, periodX(el, i))), 'the markers in the band');
    expect(chartOf(el).height - bandTop(el)).to.equal(28);
    const calls = annotationCalls(demo);
    expect(calls).to.have.length(1);
    expect([calls[0]!.get('idSite'), calls[0]!.get('period'), calls[0]!.get('date')]).to.deep.equal(['1,2', 'range', '2024-02-10,2024-03-10']);
    // The token travels in the body, never in the URL.
    expect(calls[0]!.has('token_auth')).to.equal(false);
  });

  it('keeps a band under the x axis for the markers while on, and gives it back to the plot when turned off', async () => {
    const el = await mountDemoChart({ 'site-id': '1' });
    const chart = chartOf(el);
    const plot = chart.chartArea.bottom;
    expect(bandTop(el)).to.equal(chart.height);
    const box = () => $$<HTMLInputElement>(el, '.controls input[type="checkbox"]').find((input) => text(input.parentElement).includes('Annotations'))!;
    // On after the chart was drawn: the chart is laid out again with the band, and the markers are drawn in it.
    box().click();
    await annotationsOf(el);
    await loaded(el);
    await until(() => DEMO_PERIODS.every((i) => markerDrawnAt(el, periodX(el, i))), 'the markers in the band');
    expect(chart.height - bandTop(el)).to.equal(28);
    expect(chart.chartArea.bottom).to.equal(plot - 28);
    // Off: the band is the plot's again, and nothing is drawn under the axis's labels.
    box().click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dw-visits-annotations')).to.equal(null);
    expect(bandTop(el)).to.equal(chart.height);
    expect(chart.chartArea.bottom).to.equal(plot);
    // On again (the code is there now): the band and the markers come back.
    box().click();
    await loaded(el);
    await until(() => DEMO_PERIODS.every((i) => markerDrawnAt(el, periodX(el, i))), 'the markers in the band again');
    expect(chart.chartArea.bottom).to.equal(plot - 28);
  });

  it('shows a marker under the x axis at each annotated period, named for screen readers, and opens its notes as text', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '' });
    await annotationsOf(el);
    expect(text(await loaded(el))).to.equal('6 annotations in this range (1 starred).');
    // Named for screen readers, each reached from the toolbar's one stop with the arrow keys.
    expect(await markerNames(el)).to.deep.equal([
      '1 annotation on Thu, Feb 15, 2024',
      '3 annotations on Tue, Feb 27, 2024, 1 starred',
      '1 annotation on Tue, Mar 5, 2024',
      '1 annotation on Fri, Mar 8, 2024',
    ]);
    // Drawn under the x axis and its labels, at the periods' x positions, and nowhere else.
    const canvas = $(el, 'canvas').getBoundingClientRect();
    const chart = chartOf(el);
    expect(bandTop(el)).to.be.at.least(chart.chartArea.bottom + 12);
    expect(chart.height - bandTop(el)).to.equal(28);
    await until(() => DEMO_PERIODS.every((i) => markerDrawnAt(el, periodX(el, i))), 'the markers under their periods');
    expect([0, 11, 21, 29].map((i) => markerDrawnAt(el, periodX(el, i)))).to.deep.equal([false, false, false, false]);
    // The focused marker's button stands over its pill (the last one, where the keys left it).
    const button = annotationMarkers(el).button.getBoundingClientRect();
    expect(Math.abs(button.left + button.width / 2 - periodX(el, 27))).to.be.below(2);
    expect(button.top).to.be.at.least(canvas.top + bandTop(el));
    expect(button.bottom).to.be.at.most(canvas.bottom);

    clickMarker(el, 5);
    const panel = await until(() => el.shadowRoot!.querySelector('.ann-panel'), 'the notes');
    expect(text(panel)).to.contain('<img src=x onerror="alert(\'annotation\')"><b>Tracking code</b> updated & "checked"');
    expect(text(panel)).to.contain('by tomasz.nowak');
    expect(el.shadowRoot!.querySelector('dw-visits-annotations img, dw-visits-annotations b')).to.equal(null);
    clickMarker(el, 27);
    await until(() => text(el.shadowRoot!.querySelector('.ann-panel')).includes('by __proto__'), 'the notes by __proto__');
    clickMarker(el, 17);
    await until(() => text(el.shadowRoot!.querySelector('.ann-panel')).includes('★ Starred'), 'the starred note');
    // The clicked marker is the active one: its button says its notes are open.
    expect(markers(el).map((m) => [m.getAttribute('aria-label'), m.getAttribute('aria-expanded')])).to.deep.equal([['3 annotations on Tue, Feb 27, 2024, 1 starred', 'true']]);
    expect($$(el, '.ann-panel li')).to.have.length(3);
  });

  it('draws the markers on the chart\'s canvas and keeps one button, the active marker\'s, in the DOM, its place alone in its own style', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '' });
    await annotationsOf(el);
    await loaded(el);
    expect($$(el, 'canvas')).to.have.length(1);
    expect(markers(el)).to.have.length(1);
    const [button] = markers(el);
    expect([...button!.style]).to.deep.equal(['--at']);
    expect(button!.style.getPropertyValue('--at')).to.match(/^\d+(\.\d+)?%$/);
    // The text is the count alone (the name is the label), a star before it when starred.
    expect(button!.children.length).to.equal(0);
    expect(text(button)).to.equal('1');
    button!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(markers(el)).to.deep.equal([button]);
    expect(text(button)).to.equal('★3');
  });

  it('borders the marker under the pointer as a hovered button, and draws the markers again in the colours of another theme', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '' });
    await annotationsOf(el);
    await loaded(el);
    const { row } = annotationMarkers(el);
    await until(() => markerDrawnAt(el, periodX(el, 24)), 'the markers');
    const pixels = () => bandChecksum(el);
    const point = (type: string, index: number) =>
      row.dispatchEvent(new PointerEvent(type, { clientX: periodX(el, index), clientY: row.getBoundingClientRect().top + 12, bubbles: true, composed: true }));
    const plain = pixels();
    point('pointermove', 24);
    expect(getComputedStyle(row).cursor).to.equal('pointer');
    const hovered = pixels();
    expect(hovered).not.to.equal(plain);
    point('pointermove', 11);
    expect(getComputedStyle(row).cursor).to.equal('auto');
    expect(pixels()).to.equal(plain);
    point('pointermove', 24);
    expect(pixels()).to.equal(hovered);
    $(el, '.ann-row').dispatchEvent(new PointerEvent('pointerleave'));
    expect(pixels()).to.equal(plain);

    el.theme = 'dark';
    await until(() => pixels() !== plain, 'the markers in the dark theme');
    const dark = pixels();
    el.theme = 'light';
    await until(() => pixels() === plain, 'the markers in the light theme');

    // Drawn first in the colours the chart read as it was drawn: those of the theme in force.
    const born = await mountDemoChart({ 'site-id': '1', annotations: '', theme: 'dark' });
    await annotationsOf(born);
    await loaded(born);
    await until(() => markerDrawnAt(born, periodX(born, 24)), 'the markers of a chart made dark');
    expect(annotationMarkers(born).canvas.width).to.equal(annotationMarkers(el).canvas.width);
    expect(bandChecksum(born)).to.equal(dark);
  });

  it('draws the markers in the SVG as on the canvas: under the x axis at their periods, their counts, the starred one in the accent; none once off', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '' });
    await annotationsOf(el);
    await loaded(el);
    await until(() => DEMO_PERIODS.every((i) => markerDrawnAt(el, periodX(el, i))), 'the markers');
    const line = el.shadowRoot!.querySelector('dw-visits-line-chart')!;
    const svg = () => new DOMParser().parseFromString(chartToSvg({ ...line.drawing!, model: line.model!, title: 'Visits over time', range: 'Last 30 days', comparison: '' }), 'image/svg+xml');
    const doc = svg();
    const texts = [...doc.querySelectorAll('g.chart g.annotations text')];
    expect(texts.map((t) => t.textContent)).to.deep.equal(['1', '★3', '1', '1']);
    const chart = chartOf(el);
    texts.forEach((t, i) => expect(Number(t.getAttribute('x'))).to.be.closeTo(chart.scales.x!.getPixelForValue(DEMO_PERIODS[i]!), 0.1));
    const pills = [...doc.querySelectorAll('g.annotations rect')];
    expect(pills).to.have.length(4);
    for (const pill of pills) expect(Number(pill.getAttribute('y'))).to.be.above(bandTop(el)).and.below(chart.height);
    const edges = pills.map((pill) => pill.getAttribute('stroke'));
    expect(edges[1]).not.to.equal(edges[0]);
    expect([edges[0], edges[2], edges[3]]).to.deep.equal([edges[0], edges[0], edges[0]]);

    el.annotations = false;
    await el.updateComplete;
    expect(svg().querySelector('g.annotations')).to.equal(null);
  });

  it('is used from the keyboard: arrows move between markers, Enter opens the notes, Escape closes them and gives the focus back', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '' });
    await annotationsOf(el);
    await loaded(el);
    expect(markers(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    markers(el)[0]!.focus();
    expect(focusedName(el)).to.equal('1 annotation on Thu, Feb 15, 2024');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedName(el)).to.equal('3 annotations on Tue, Feb 27, 2024, 1 starred');
    await sendKeys({ press: 'End' });
    expect(focusedName(el)).to.equal('1 annotation on Fri, Mar 8, 2024');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedName(el)).to.equal('3 annotations on Tue, Feb 27, 2024, 1 starred');
    // The focused button moved over the marker it names.
    const button = markers(el)[0]!.getBoundingClientRect();
    expect(Math.abs(button.left + button.width / 2 - periodX(el, 17))).to.be.below(2);
    await sendKeys({ press: 'Enter' });
    const panel = await until(() => el.shadowRoot!.querySelector<HTMLElement>('.ann-panel'), 'the notes');
    await until(() => el.shadowRoot!.activeElement === panel, 'the focus on the notes');
    expect(markers(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(panel.querySelector('.ann-title'))).to.equal('3 annotations on Tue, Feb 27, 2024, 1 starred');
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('.ann-panel'), 'the notes closed');
    expect(focusedName(el)).to.equal('3 annotations on Tue, Feb 27, 2024, 1 starred');
    // Space opens too.
    await sendKeys({ press: 'Space' });
    await until(() => el.shadowRoot!.querySelector('.ann-panel'), 'the notes');
  });

  it('lists the annotations under the table view, with the site of each when there are several', async () => {
    const el = await mountDemoChart({ 'site-id': '1,2', annotations: '', date: 'last60' });
    await annotationsOf(el);
    await loaded(el);
    await showTable(el);
    const list = await until(() => el.shadowRoot!.querySelector('.ann-list'), 'the list');
    await until(() => $$(el, '.ann-list li').length > 0, 'the list items');
    const items = $$(el, '.ann-list li').map((li) => text(li));
    expect(items.length).to.equal(10);
    expect(items.some((t) => t.includes('Blog') && t.includes('Comment spam filter turned on'))).to.equal(true);
    expect(items.some((t) => t.includes('Shop') && t.includes('TV spot aired') && t.includes('by reader'))).to.equal(true);
    expect(text(list)).to.contain('10 annotations in this range (1 starred).');
    // The right-to-left note is isolated: it cannot reverse what follows it.
    const rtl = $$(el, '.ann-list .ann-text').find((p) => p.textContent!.includes('Arabic'))!;
    expect(rtl.textContent!.startsWith('\u2068')).to.equal(true);
    expect(rtl.getAttribute('dir')).to.equal('auto');
  });

  it('says with a comparison that the annotations are those of the range shown', async () => {
    const el = await mountDemoChart({ 'site-id': '1', annotations: '', compare: '' });
    await annotationsOf(el);
    await loaded(el);
    expect(text($(el, '.ann-note'))).to.equal('Annotations of the range shown (Feb 10, 2024 to Mar 10, 2024), not of the previous period.');
    expect(annotationCalls(demo).map((q) => q.get('date'))).to.deep.equal(['2024-02-10,2024-03-10']);
  });

  it('asks again for another range, and not for a site hidden', async () => {
    const el = await mountDemoChart({ 'site-id': '1,2', annotations: '' });
    await annotationsOf(el);
    await loaded(el);
    $$<HTMLInputElement>(el, '.sites input')[1]!.click();
    await el.updateComplete;
    expect(annotationCalls(demo)).to.have.length(1);
    expect(text(await loaded(el))).to.equal('6 annotations in this range (1 starred).');
    el.date = 'last7';
    await settled(el);
    await until(() => annotationCalls(demo).length === 2, 'a second request');
    expect(annotationCalls(demo)[1]!.get('date')).to.equal('2024-03-04,2024-03-10');
    expect(annotationCalls(demo)[1]!.get('idSite')).to.equal('1');
  });

  it('axe finds nothing with the notes open, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mountDemoChart({ 'site-id': '1,2', annotations: '', theme });
      await annotationsOf(el);
      await loaded(el);
      clickMarker(el, 17);
      await until(() => el.shadowRoot!.querySelector('.ann-panel'), 'the notes');
      expect(await axeViolations(el), theme).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });
});

describe('<visits-chart> annotations in a shared copy', () => {
  it('carries the annotations attribute in an embed fragment (a boolean)', () => {
    const base = 'https://widgets.example/embed.html';
    expect(parseEmbedFragment('#widget=visits-chart&site-id=1&annotations=true', WIDGETS, base).attributes).to.deep.equal({ 'site-id': '1', annotations: '' });
    expect(parseEmbedFragment('#widget=visits-chart&site-id=1&annotations=false', WIDGETS, base).attributes).to.deep.equal({ 'site-id': '1' });
  });
});

describe('<visits-chart> annotations with crafted answers', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  const realAnnotations = chunks.annotations;
  afterEach(() => {
    stub?.restore();
    chunks.annotations = realAnnotations;
  });

  const server = (annotations: (sub: URLSearchParams) => unknown) => shopAnswering('Annotations.getAll', annotations);

  async function mountCrafted(): Promise<VisitsChart> {
    const el = document.createElement('visits-chart');
    el.setAttribute('api-base', 'https://matomo.example.test/');
    el.setAttribute('site-id', '1');
    el.setAttribute('date', '2024-03-09,2024-03-10');
    el.setAttribute('annotations', '');
    el.setAttribute('locale', 'en-US');
    el.token = 'crafted-token';
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    return el;
  }

  it('says why the annotations could not be read when Annotations.getAll alone fails, with Retry; the chart stays', async () => {
    let fail = true;
    stub = stubFetch(server(() => (fail ? { result: 'error', message: 'The plugin &quot;Annotations&quot; is not activated.' } : { 1: [{ date: '2024-03-10', note: 'Back', starred: 0, user: 'admin', idNote: 1, canEditOrDelete: true }] })));
    const el = await mountCrafted();
    await annotationsOf(el);
    const alert = await until(() => el.shadowRoot!.querySelector('dw-visits-annotations [role="alert"]'), 'the failure');
    expect(text(alert)).to.contain('Could not load the annotations');
    expect(text(alert)).to.contain('The plugin "Annotations" is not activated.');
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(2);
    expect(el.shadowRoot!.querySelector('.overlay')).to.equal(null);
    // No empty row kept over the message.
    expect(el.shadowRoot!.querySelector('.ann-row')).to.equal(null);
    fail = false;
    alert.querySelector('button')!.click();
    await until(() => markers(el).length === 1, 'the marker');
    expect(markers(el)[0]!.getAttribute('aria-label')).to.equal('1 annotation on Sun, Mar 10, 2024');
  });

  it('gives a clear error for a lying answer, for the annotations only', async () => {
    stub = stubFetch(server(() => 'Annotations are great'));
    const el = await mountCrafted();
    await annotationsOf(el);
    const alert = await until(() => el.shadowRoot!.querySelector('dw-visits-annotations [role="alert"]'), 'the failure');
    expect(text(alert)).to.contain('The server sent the text "Annotations are great" where the annotations of each site were expected.');
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(2);
  });

  it('shows hostile text as text: markup, a very long note, a __proto__ author, annotations of days outside the chart left out', async () => {
    const long = 'x'.repeat(3000);
    stub = stubFetch(
      server(() => ({
        1: [
          { date: '2024-03-09', note: '<script>alert(1)</script><img src=x onerror=alert(2)>', starred: 1, user: '<b>__proto__</b>', idNote: 1, canEditOrDelete: false },
          { date: '2024-03-10', note: long, starred: 0, user: 'constructor', idNote: 2, canEditOrDelete: false },
          { date: '2023-01-01', note: 'Outside the chart', starred: 0, user: 'a', idNote: 3, canEditOrDelete: false },
        ],
      })),
    );
    const el = await mountCrafted();
    await annotationsOf(el);
    await loaded(el);
    expect(await markerNames(el)).to.have.length(2);
    clickMarker(el, 0);
    const panel = await until(() => el.shadowRoot!.querySelector<HTMLElement>('.ann-panel'), 'the notes');
    expect(text(panel)).to.contain('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(text(panel)).to.contain('by <b>__proto__</b>');
    expect(el.shadowRoot!.querySelector('dw-visits-annotations script, dw-visits-annotations img, dw-visits-annotations b')).to.equal(null);
    clickMarker(el, 1);
    await until(() => text(el.shadowRoot!.querySelector('.ann-panel')).includes(long), 'the long note');
    // It wraps within the widget.
    const widget = $(el, 'section').getBoundingClientRect();
    expect($(el, '.ann-panel').getBoundingClientRect().right).to.be.at.most(widget.right + 1);
  });

  it("says so where the annotations would be when their code does not arrive, and the chart stays", async () => {
    stub = stubFetch(server(() => []));
    chunks.annotations = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mountCrafted();
    const alert = await until(() => $$(el, '.views [role="alert"]')[0], 'the failure');
    expect(text(alert)).to.contain('Could not load the annotations');
    expect(chartOf(el).data.datasets[0]!.data.length).to.equal(2);
    chunks.annotations = realAnnotations;
    alert.querySelector('button')!.click();
    await annotationsOf(el);
    expect(text(await loaded(el))).to.equal('No annotations in this range.');
  });

  it("asks a source of its own with getAnnotations for the sites and days shown", async () => {
    const asked: unknown[] = [];
    const el = document.createElement('visits-chart');
    el.setAttribute('site-id', '7');
    el.setAttribute('date', '2024-03-09,2024-03-10');
    el.setAttribute('locale', 'en-US');
    el.annotations = true;
    el.source = {
      getVisits: async () => ({ current: [{ idSite: '7', name: 'Mine', points: [{ label: '2024-03-09', metrics: { nb_visits: 3 } }, { label: '2024-03-10', metrics: { nb_visits: 4 } }] }] }),
      getAnnotations: async (query) => {
        asked.push(query);
        return [{ idSite: '7', id: 'a', date: '2024-03-10', note: 'Ours', user: '', starred: false }];
      },
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    await until(() => markers(el).length === 1, 'the marker');
    expect(asked).to.deep.equal([{ siteIds: ['7'], from: '2024-03-09', to: '2024-03-10' }]);
    markers(el)[0]!.click();
    await until(() => text(el.shadowRoot!.querySelector('.ann-panel')).includes('Ours'), 'the note');
  });

  it('asks for the annotations with the visits, before their answer, and not again for the same days', async () => {
    const calls: string[] = [];
    const asked: unknown[] = [];
    let answer!: () => void;
    const el = await mountLastThreeDays({
      getVisits: async () => {
        calls.push('visits asked');
        await new Promise<void>((resolve) => (answer = resolve));
        calls.push('visits answered');
        return visitsOfDays(['2024-03-08', '2024-03-09', '2024-03-10']);
      },
      getAnnotations: async (query) => {
        calls.push('annotations asked');
        asked.push(query);
        return [{ idSite: '7', id: 'a', date: '2024-03-09', note: 'Ours', user: '', starred: false }];
      },
    });
    await until(() => calls.includes('annotations asked') && answer, 'the requests');
    answer();
    await settled(el);
    await until(() => markers(el).length === 1, 'the marker');
    expect(calls).to.deep.equal(['visits asked', 'annotations asked', 'visits answered']);
    expect(asked).to.deep.equal([{ siteIds: ['7'], from: '2024-03-08', to: '2024-03-10' }]);
  });

  it('asks for them in its first update once their code is there (another chart brought it), so a source that answers at once has its markers with its chart', async () => {
    const { VisitsAnnotations } = await chunks.annotations();
    VisitsAnnotations.define();
    const calls: string[] = [];
    const el = await mountLastThreeDays({
      getVisits: async () => {
        calls.push('visits asked');
        return visitsOfDays(['2024-03-08', '2024-03-09', '2024-03-10']);
      },
      getAnnotations: async () => {
        calls.push('annotations asked');
        return [{ idSite: '7', id: 'a', date: '2024-03-09', note: 'Ours', user: '', starred: false }];
      },
    });
    await el.updateComplete;
    const part = el.shadowRoot!.querySelector('dw-visits-annotations');
    expect(part?.matches(':defined'), 'the annotations, there in the first update').to.equal(true);
    await part!.updateComplete;
    expect(calls).to.deep.equal(['visits asked', 'annotations asked']);
    await settled(el);
    await until(() => markers(el).length === 1, 'the marker');
  });

  it('asks again for the days of the answer when they are not those it was loading', async () => {
    const asked: unknown[] = [];
    let firstAsked!: () => void;
    const early = new Promise<void>((resolve) => (firstAsked = resolve));
    const el = await mountLastThreeDays({
      // A server whose day is already the 11th, answering once the annotations were asked for.
      getVisits: async () => {
        await early;
        return visitsOfDays(['2024-03-09', '2024-03-10', '2024-03-11']);
      },
      getAnnotations: async (query) => {
        asked.push(query);
        firstAsked();
        return [{ idSite: '7', id: 'a', date: '2024-03-11', note: 'Ours', user: '', starred: false }];
      },
    });
    await settled(el);
    await until(() => markers(el).length === 1, 'the marker');
    expect(asked).to.deep.equal([
      { siteIds: ['7'], from: '2024-03-08', to: '2024-03-10' },
      { siteIds: ['7'], from: '2024-03-09', to: '2024-03-11' },
    ]);
  });

  it('places the markers at their periods in the update that draws them, without waiting for a frame', async () => {
    const el = document.createElement('visits-chart');
    el.setAttribute('site-id', '7');
    el.setAttribute('date', '2024-03-01,2024-03-10');
    el.setAttribute('locale', 'en-US');
    el.annotations = true;
    const days = Array.from({ length: 10 }, (_, i) => `2024-03-${String(i + 1).padStart(2, '0')}`);
    el.source = {
      getVisits: async () => ({ current: [{ idSite: '7', name: 'Mine', points: days.map((label, i) => ({ label, metrics: { nb_visits: 3 + i } })) }] }),
      getAnnotations: async () => [
        { idSite: '7', id: 'a', date: '2024-03-03', note: 'Third', user: '', starred: false },
        { idSite: '7', id: 'b', date: '2024-03-09', note: 'Ninth', user: '', starred: true },
      ],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    // Read as soon as the markers are in the DOM (after the change that adds them, before any frame).
    // Read as soon as the markers' button is in the DOM (after the change that adds it, before any frame): both drawn, the button over the first.
    const placed = await new Promise<boolean[]>((resolve) => {
      const observer = new MutationObserver(() => {
        const button = el.shadowRoot!.querySelector('.ann-row button');
        if (!button) return;
        observer.disconnect();
        const box = button.getBoundingClientRect();
        resolve([
          markerDrawnAt(el, periodX(el, 2)),
          markerDrawnAt(el, periodX(el, 8)),
          !markerDrawnAt(el, periodX(el, 5)),
          Math.abs(box.left + box.width / 2 - periodX(el, 2)) <= 1,
        ]);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    expect(placed).to.deep.equal([true, true, true, true]);
  });

  it('keeps the markers\' row while the annotations load: when they come, the chart is not resized and nothing under the row moves', async () => {
    let answer!: () => void;
    const el = document.createElement('visits-chart');
    el.setAttribute('site-id', '7');
    el.setAttribute('date', '2024-03-01,2024-03-10');
    el.setAttribute('locale', 'en-US');
    el.annotations = true;
    const days = Array.from({ length: 10 }, (_, i) => `2024-03-${String(i + 1).padStart(2, '0')}`);
    el.source = {
      getVisits: async () => ({ current: [{ idSite: '7', name: 'Mine', points: days.map((label, i) => ({ label, metrics: { nb_visits: 3 + i } })) }] }),
      getAnnotations: async () => {
        await new Promise<void>((resolve) => (answer = resolve));
        return [
          { idSite: '7', id: 'a', date: '2024-03-03', note: 'Third', user: '', starred: false },
          { idSite: '7', id: 'b', date: '2024-03-09', note: 'Ninth', user: '', starred: true },
        ];
      },
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    const status = await until(() => el.shadowRoot!.querySelector('dw-visits-annotations .ann-status'), 'the status line');
    expect(text(status)).to.equal('Loading the annotations…');
    // The row is there, empty and not yet a toolbar.
    const row = $(el, '.ann-row');
    expect(row.getBoundingClientRect().height).to.equal(24);
    expect(row.hasAttribute('role')).to.equal(false);
    const chart = chartOf(el);
    let resized = 0;
    const resize = chart.resize.bind(chart);
    chart.resize = (...args) => {
      resized++;
      resize(...args);
    };
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    const size = [canvas.width, canvas.height, chart.width, chart.height];
    const under = () => [$(el, '.ann-status').getBoundingClientRect().top, $(el, '.summary').getBoundingClientRect().top];
    const before = under();
    answer();
    await until(() => markers(el).length === 1 && markerDrawnAt(el, periodX(el, 8)), 'the markers');
    expect(el.shadowRoot!.querySelector('.ann-row')).to.equal(row);
    expect(row.getAttribute('role')).to.equal('toolbar');
    expect(under()).to.deep.equal(before);
    // A frame later (the chart's resize observer has run): still the same size, never resized.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect([canvas.width, canvas.height, chart.width, chart.height]).to.deep.equal(size);
    expect(resized).to.equal(0);
  });

  it('offers no control for a source of its own without annotations', async () => {
    const el = document.createElement('visits-chart');
    el.setAttribute('site-id', '1');
    el.setAttribute('date', '2024-03-09,2024-03-10');
    el.source = { getVisits: async () => ({ current: [{ idSite: '1', name: 'Mine', points: [{ label: '2024-03-09', metrics: { nb_visits: 3 } }] }] }) };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    wrap.append(el);
    await settled(el);
    const box = $$<HTMLInputElement>(el, '.controls input[type="checkbox"]').find((input) => text(input.parentElement).includes('Annotations'))!;
    expect(box.closest('label')!.hidden).to.equal(true);
  });
});
