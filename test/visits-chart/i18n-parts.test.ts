import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import type { VisitsLineChart } from '../../src/visits-chart/line-chart.js';
import type { Annotation, SiteTotals, VisitsSource } from '../../src/api/visits-source.js';
import type { Segment } from '../../src/api/segments.js';
import { BadResponseError } from '../../src/api/errors.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { setClock } from '../../src/core/clock.js';
import { translator, type Translator } from '../../src/core/translate.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { VisitsAnnotations } from '../../src/visits-chart/annotations.js';
import { VisitsOverview } from '../../src/visits-chart/overview.js';
import { VisitsSegmentPicker } from '../../src/visits-chart/segment-picker.js';
import { comparisonWords, composeImage, layoutImage, type ImageContent } from '../../src/visits-chart/export-image.js';
import { chartToSvg } from '../../src/visits-chart/export-svg.js';
import { saveView } from '../../src/visits-chart/export.js';
import type { ChartModel } from '../../src/visits-chart/shape.js';
import type { Loaded } from '../../src/visits-chart/load.js';
import { PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import { expectNoBypass, languageReady, localeFixture } from '../helpers/pseudo-locale.js';
import { $$, captureDownloads, chartOf, clickMarker, markerDrawnAt, markerNames, mountDemoChart, periodX, showTable, text, until } from './helpers.js';

/*
 * The chart's on-demand parts in the reader's language: the annotations, the overview, the
 * segment picker and the PNG/SVG downloads, in German and Arabic (right to left), and in the
 * pseudo-locale for each of their states (only server data outside the catalogue's markers).
 */

// Noon UTC on 10 March 2024, as the other demo-backend tests.
const NOW = Date.UTC(2024, 2, 10, 12);

beforeEach(() => setClock(() => NOW));
afterEach(() => {
  setClock();
  forgetSites();
});

VisitsAnnotations.define();
VisitsOverview.define();
VisitsSegmentPicker.define();

const markers = (el: VisitsChart) => $$<HTMLButtonElement>(el, '.ann-row button');
const options = (select: HTMLSelectElement) => Array.from(select.options, (o) => o.textContent!.trim());
const headers = (table: HTMLTableElement) => Array.from(table.tHead!.rows[0]!.cells, (th) => text(th));
const totalsRow = (table: HTMLTableElement) => Array.from(table.tFoot!.rows[0]!.cells, (cell) => text(cell));

/** The widget in `locale` against the demo backend, its language loaded first. */
async function mountIn(locale: string, attributes: Record<string, string>): Promise<VisitsChart> {
  await languageReady(locale);
  return mountDemoChart({ ...attributes, locale });
}

/** The widget's annotations, once read (a marker shown). */
async function annotationsRead(el: VisitsChart): Promise<VisitsAnnotations> {
  const part = await until(() => el.shadowRoot!.querySelector('dw-visits-annotations'), 'the annotations');
  await until(() => markers(el).length > 0, 'the markers');
  return part;
}

/** Where a trend line's first and last points are drawn on the screen (page x), after any CSS transform of its box. */
function trendEnds(svg: SVGSVGElement): [number, number] {
  const path = svg.querySelector('path')!;
  const matrix = path.getScreenCTM()!;
  const at = (length: number) => path.getPointAtLength(length).matrixTransform(matrix).x;
  return [at(0), at(path.getTotalLength())];
}

/** The overview's table once its pageviews are read. */
async function overviewRead(el: VisitsChart): Promise<HTMLTableElement> {
  const part = await until(() => el.shadowRoot!.querySelector<VisitsOverview>('dw-visits-overview'), 'the overview');
  const table = await until(() => part.querySelector('table'), 'the table');
  await until(() => /\d/.test(totalsRow(table)[4] ?? ''), 'the pageviews');
  return table;
}

/** Opens the segment picker and waits for its list. */
async function openPicker(el: VisitsChart): Promise<{ button: HTMLButtonElement; select: HTMLSelectElement }> {
  const button = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('dw-visits-segment-picker button'), 'the picker');
  button.click();
  const select = await until(() => el.shadowRoot!.querySelector<HTMLSelectElement>('dw-visits-segment-picker select'), 'the list');
  return { button, select };
}

/** What the demo widget's line chart drew: an image's content, in the words of `t`. */
function imageOf(el: VisitsChart, t: Translator, title: string, range: string): ImageContent {
  const line = el.shadowRoot!.querySelector<VisitsLineChart>('dw-visits-line-chart')!;
  return { ...line.drawing!, model: line.model!, title, range, comparison: '', t };
}

/** An SVG document's texts of a group. */
const svgTexts = (doc: Document, group: string) => Array.from(doc.querySelectorAll(`g.${group} text`), (t) => t.textContent!);

describe('<visits-chart> on-demand parts in German and Arabic', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  it('annotations in German: the markers’ names, the notes they open, the count, the table view’s list', async () => {
    const el = await mountIn('de', { 'site-id': '1', annotations: '', compare: '' });
    const part = await annotationsRead(el);
    expect(text(part.querySelector('.ann-status'))).to.equal('6 Anmerkungen in diesem Zeitraum (davon 1 mit Stern).');
    expect(part.querySelector('.ann-row')!.getAttribute('aria-label')).to.equal('Anmerkungen');
    expect(await markerNames(el)).to.deep.equal([
      '1 Anmerkung am Do., 15. Feb. 2024',
      '3 Anmerkungen am Di., 27. Feb. 2024, davon 1 mit Stern',
      '1 Anmerkung am Di., 5. März 2024',
      '1 Anmerkung am Fr., 8. März 2024',
    ]);
    expect(text(part.querySelector('.ann-note'))).to.equal('Anmerkungen des angezeigten Zeitraums (10. Feb. 2024 bis 10. März 2024), nicht des vorherigen Zeitraums.');

    clickMarker(el, 17);
    const panel = await until(() => part.querySelector('.ann-panel'), 'the notes');
    expect(text(panel.querySelector('.ann-title'))).to.equal('3 Anmerkungen am Di., 27. Feb. 2024, davon 1 mit Stern');
    expect(text(panel)).to.contain('★ Mit Stern');
    expect(text(panel)).to.match(/von \S+/);
    expect(text(panel.querySelector(':scope > button'))).to.equal('Schließen');

    await showTable(el);
    const list = await until(() => part.querySelector('.ann-list'), 'the list');
    expect(text(list.querySelector('.ann-title'))).to.equal('Anmerkungen');
    expect(text(list.querySelector('.ann-status'))).to.equal('6 Anmerkungen in diesem Zeitraum (davon 1 mit Stern).');
    expect(list.querySelectorAll('li')).to.have.length(6);
    expect(text(list.querySelector('.ann-meta'))).to.match(/^15\. Feb\. 2024 · von \S+/);
  });

  it('annotations in Arabic: each marker under its period on the reversed time axis, the arrows moving as the row is laid out', async () => {
    const el = await mountIn('ar', { 'site-id': '1', annotations: '' });
    await annotationsRead(el);
    const chart = chartOf(el);
    expect(chart.options.scales!.x!.reverse).to.equal(true);
    // 15 and 27 February, 5 and 8 March: days 5, 17, 24 and 27 of the 30 shown (10 February is 0).
    const days = [5, 17, 24, 27];
    await until(() => days.every((i) => markerDrawnAt(el, periodX(el, i))), 'each marker under its period');
    expect(periodX(el, days[0]!)).to.be.greaterThan(periodX(el, days[3]!));
    // Left is later in time here: the next marker, and the focused button goes there.
    markers(el)[0]!.focus();
    const first = markers(el)[0]!.getAttribute('aria-label');
    await sendKeys({ press: 'ArrowLeft' });
    const box = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
    expect(Math.abs(box.left + box.width / 2 - periodX(el, days[1]!))).to.be.below(2);
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.match(/^[٣3] /);
    await sendKeys({ press: 'ArrowRight' });
    expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label')).to.equal(first);
  });

  it('annotations in Arabic: right to left, the names in Arabic with the plural forms, the days in Arabic', async () => {
    const el = await mountIn('ar', { 'site-id': '1', annotations: '' });
    const part = await annotationsRead(el);
    expect(part.dir).to.equal('rtl');
    expect(getComputedStyle(part.querySelector('.ann-status')!).direction).to.equal('rtl');
    const status = text(part.querySelector('.ann-status'));
    expect(status).to.match(/^[٦6] تعليقات توضيحية في هذا النطاق الزمني \([١1] منها مميزة بنجمة\)\.$/);
    const [one, three] = await markerNames(el, 'ArrowLeft');
    expect(one).to.match(/^تعليق توضيحي واحد في .*فبراير/);
    expect(three).to.match(/^[٣3] تعليقات توضيحية في .*فبراير.*، منها [١1] مميزة بنجمة$/);
    clickMarker(el, 17);
    const panel = await until(() => part.querySelector('.ann-panel'), 'the notes');
    expect(text(panel)).to.contain('مميز بنجمة');
    expect(text(panel.querySelector(':scope > button'))).to.equal('إغلاق');
  });

  it('the overview in German: caption, headers, sort buttons’ names, figures, totals and change in the locale', async () => {
    const el = await mountIn('de', { 'site-id': 'all', date: 'last7' });
    const table = await overviewRead(el);
    expect(text(table.caption)).to.equal('Alle Websites, 4. März 2024 bis 10. März 2024, Veränderung gegenüber 26. Feb. 2024 bis 3. März 2024');
    expect(headers(table)).to.deep.equal(['Website', 'Besuche▼', 'Veränderung', 'Aktionen', 'Seitenansichten', 'Absprungrate', 'Trend']);
    // The sort buttons are named by their column (the arrow is hidden from screen readers).
    const buttons = Array.from(table.tHead!.querySelectorAll('button'));
    expect(buttons.map((b) => text(b).replace(/[▲▼]/, ''))).to.deep.equal(['Website', 'Besuche', 'Veränderung', 'Aktionen', 'Seitenansichten', 'Absprungrate']);
    buttons[0]!.click();
    await el.updateComplete;
    expect(buttons[0]!.parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    const totals = totalsRow(table);
    expect(totals[0]).to.equal('Gesamt');
    // German figures: a dot between thousands, a comma before decimals, a signed change.
    expect(totals[1]).to.match(/^\d{1,3}(\.\d{3})*$/);
    expect(totals[2]).to.match(/^[+−-]\d+(,\d)? %$/);
    expect(totals[5]).to.match(/^\d+(,\d)? %$/);
    const trend = table.tBodies[0]!.querySelector('svg')!.getAttribute('aria-label')!;
    expect(trend).to.match(/ pro Tag: von [\d.]+ auf [\d.]+$/);
    // Left to right, the trend line's first day is at the left.
    const [first, last] = trendEnds(table.tBodies[0]!.querySelector('svg.spark')!);
    expect(first).to.be.lessThan(last);
    expect(text(el.shadowRoot!.querySelector('dw-visits-overview .hint'))).to.equal('Der Name einer Website zeigt diese Website allein im Diagramm.');
  });

  it('the overview in Arabic: right to left, the caption and headers in Arabic', async () => {
    const el = await mountIn('ar', { 'site-id': 'all', date: 'last7' });
    const table = await overviewRead(el);
    const part = el.shadowRoot!.querySelector<VisitsOverview>('dw-visits-overview')!;
    expect(part.dir).to.equal('rtl');
    expect(getComputedStyle(table).direction).to.equal('rtl');
    expect(text(table.caption)).to.match(/^جميع المواقع، من .+ إلى .+، والتغير مقارنةً بالفترة من .+ إلى .+$/);
    expect(headers(table).map((h) => h.replace(/[▲▼]/, ''))).to.deep.equal(['الموقع', 'الزيارات', 'التغير', 'الإجراءات', 'مشاهدات الصفحات', 'معدل الارتداد', 'الاتجاه']);
    expect(totalsRow(table)[0]).to.equal('الإجمالي');
    // Right to left, the first column (the site) is at the right.
    const [site, visits] = Array.from(table.tHead!.rows[0]!.cells, (th) => th.getBoundingClientRect());
    expect(site!.left).to.be.greaterThan(visits!.left);
    // The trend lines run as the chart's time does: the first day at the right, the last at the left.
    const [first, last] = trendEnds(table.tBodies[0]!.querySelector('svg.spark')!);
    expect(first).to.be.greaterThan(last);
  });

  it('the segment picker in German and Arabic: its button, its label and "All visits"', async () => {
    const de = await mountIn('de', { 'site-id': '1', controls: 'period range segment' });
    const picked = await openPicker(de);
    expect(text(picked.button)).to.equal('Segment: Alle Besuche');
    expect(options(picked.select)[0]).to.equal('Alle Besuche');
    expect(picked.select.labels![0]!.textContent!.trim().startsWith('Segment')).to.equal(true);
    de.remove();

    const ar = await mountIn('ar', { 'site-id': '1', controls: 'period range segment' });
    const arabic = await openPicker(ar);
    expect(text(arabic.button)).to.equal('الشريحة: جميع الزيارات');
    expect(options(arabic.select)[0]).to.equal('جميع الزيارات');
    expect(ar.shadowRoot!.querySelector<VisitsSegmentPicker>('dw-visits-segment-picker')!.dir).to.equal('rtl');
  });

  it('the downloads in German: comparison and legend in German, sites listed the German way', async () => {
    const el = await mountIn('de', { 'site-id': '1,2', date: 'last3', compare: '' });
    const t = translator('de');
    const content = imageOf(el, t, 'Besuche', '8.–10. März 2024');
    content.comparison = comparisonWords(await previousOf(el), 'day', t);
    expect(content.comparison).to.equal('Im Vergleich zu 5.–7. März 2024');
    const doc = new DOMParser().parseFromString(chartToSvg(content), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const heading = svgTexts(doc, 'heading');
    expect(heading[1]).to.match(/^.+ und .+$/);
    expect(heading.at(-1)).to.equal('Im Vergleich zu 5.–7. März 2024');
    expect(svgTexts(doc, 'legend').slice(-2)).to.deep.equal(['Gestrichelt: vorheriger Zeitraum', 'Gepunktet, hohler Punkt: läuft noch']);
    expect(doc.querySelector('g.heading')!.hasAttribute('direction')).to.equal(false);
    expect(comparisonWords([], 'day', t)).to.equal('');
  });

  it('the downloads in Arabic: the SVG parses, its heading and legend right to left from the right margin; the PNG drawn right to left', async () => {
    const el = await mountIn('ar', { 'site-id': '1,2', date: 'last3', compare: '' });
    const t = translator('ar');
    const content = imageOf(el, t, 'الزيارات', '٨–١٠ مارس ٢٠٢٤');
    content.comparison = comparisonWords(await previousOf(el), 'day', t);
    expect(content.comparison).to.match(/^مقارنةً بالفترة .*مارس/);
    const source = chartToSvg(content);
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), source.slice(0, 400)).to.equal(null);
    const width = Number(doc.documentElement.getAttribute('width'));
    for (const group of ['heading', 'legend']) {
      const g = doc.querySelector(`g.${group}`)!;
      expect(g.getAttribute('direction'), group).to.equal('rtl');
    }
    // The heading's lines start at the right margin; the legend's first entry is at the right, its sample right of its words.
    for (const line of doc.querySelectorAll('g.heading text')) expect(Number(line.getAttribute('x'))).to.equal(width - 16);
    const [sample] = Array.from(doc.querySelectorAll('g.legend line'));
    const [first] = Array.from(doc.querySelectorAll('g.legend text'));
    expect(Number(sample!.getAttribute('x2'))).to.equal(width - 16);
    expect(Number(first!.getAttribute('x'))).to.be.below(Number(sample!.getAttribute('x1')));
    expect(svgTexts(doc, 'heading')[1]).to.contain(' و');
    expect(svgTexts(doc, 'legend').slice(-2)).to.deep.equal(['متقطع: الفترة السابقة', 'منقط بنقطة مفرغة: جارٍ']);
    // The accessible title in Arabic too.
    expect(doc.querySelector('svg > title')!.textContent).to.match(/^الزيارات · .+ و.+ · ٨–١٠ مارس ٢٠٢٤$/);

    // The PNG: every text drawn right to left, from the right margin.
    const drawn: Array<{ text: string; x: number; direction: CanvasDirection }> = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, value: string, x: number, y: number) {
      drawn.push({ text: value, x, direction: this.direction });
      return fillText.call(this, value, x, y);
    };
    try {
      composeImage(content, 1);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = fillText;
    }
    const layout = layoutImage(content);
    expect(layout.dir).to.equal('rtl');
    expect(drawn.map((d) => d.direction)).to.deep.equal(drawn.map(() => 'rtl'));
    expect(drawn[0]).to.deep.include({ text: 'الزيارات', x: layout.width - 16 });
    expect(drawn.map((d) => d.text)).to.include('متقطع: الفترة السابقة');
  });

  it('saves the SVG in the widget’s language through saveView (its locale)', async () => {
    const el = await mountIn('ar', { 'site-id': '1', date: 'last3' });
    const line = el.shadowRoot!.querySelector<VisitsLineChart>('dw-visits-line-chart')!;
    const captured = captureDownloads();
    try {
      const saved = await saveView('svg', { sites: [], previous: undefined, metrics: ['nb_visits'], period: 'day', model: line.model!, date: 'last3', drawing: line.drawing, title: 'الزيارات', range: '', locale: 'ar' });
      expect(saved?.fileName).to.match(/\.svg$/);
      const doc = new DOMParser().parseFromString(await captured.files[0]!.blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('g.heading')!.getAttribute('direction')).to.equal('rtl');
      expect(svgTexts(doc, 'legend').at(-1)).to.equal('منقط بنقطة مفرغة: جارٍ');
    } finally {
      captured.restore();
    }
  });
});

/** The comparison's sites the widget loaded (what an export is given as `previous`). */
async function previousOf(el: VisitsChart) {
  const loaded = await until(() => (el as unknown as { _loaded?: Loaded })._loaded, 'the answer');
  return loaded.result.previous;
}

/*
 * Standalone parts, given what the widget gives them (a model, an answer, a source of their own),
 * for the states the demo backend does not reach: empty, failed, unsupported.
 */

/** The demo widget's chart model and answer, to give the parts standalone. */
async function demoAnswer(): Promise<{ model: ChartModel; loaded: Loaded }> {
  const el = await mountDemoChart({ 'site-id': '1,2', date: 'last7', compare: '' });
  const model = el.shadowRoot!.querySelector<VisitsLineChart>('dw-visits-line-chart')!.model!;
  const loaded = (el as unknown as { _loaded: Loaded })._loaded;
  el.remove();
  return { model, loaded };
}

/** A source of its own with only what a part asks it. */
const sourceWith = (methods: Partial<VisitsSource>) => methods as VisitsSource;
const refused = () => Promise.reject(new BadResponseError({ key: 'a list of segments' }));
const note = (date: string, text: string, user: string, starred = false): Annotation => ({ idSite: '1', id: date, date, note: text, user, starred });

describe('<visits-chart> on-demand parts in the pseudo-locale (every word from the catalogue)', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  /** Server data the parts show: site names, notes, logins, segment names. */
  const SERVER = ['Shop', 'Blog', 'Docs', 'Launch day', 'Price change', 'admin', 'sophie', 'Mobile', '–', /\d[\d,.:]*/];
  /** Days and periods in en-XA, as Intl writes them (English month and weekday names). */
  const DAYS = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b/;

  it('annotations: loaded (markers, the notes open, the comparison note), the list, empty, failed, unsupported', async () => {
    const { model } = await demoAnswer();
    const day = model.labels[2]!;
    const source = sourceWith({ getAnnotations: async () => [note(day, 'Launch day', 'admin', true), note(day, 'Price change', 'sophie')] });
    const part = await localeFixture<VisitsAnnotations>(PSEUDO_LOCALE, html`<dw-visits-annotations .model=${model} .source=${source} .compare=${true}></dw-visits-annotations>`);
    await until(() => part.querySelector('.ann-row button'), 'the marker');
    part.querySelector<HTMLButtonElement>('.ann-row button')!.click();
    await until(() => part.querySelector('.ann-panel'), 'the notes');
    expect(text(part.querySelector('.ann-panel'))).to.contain('Launch day');
    expectNoBypass(part);

    part.view = 'table';
    await until(() => part.querySelector('.ann-list li'), 'the list');
    expectNoBypass(part);

    const empty = await localeFixture<VisitsAnnotations>(PSEUDO_LOCALE, html`<dw-visits-annotations .model=${model} .source=${sourceWith({ getAnnotations: async () => [] })}></dw-visits-annotations>`);
    await until(() => empty.querySelector('.ann-status[role="status"]') && !text(empty.querySelector('.ann-status')).includes('…'), 'none');
    expect(empty.querySelector('.ann-row')).to.equal(null);
    expectNoBypass(empty);

    const failed = await localeFixture<VisitsAnnotations>(PSEUDO_LOCALE, html`<dw-visits-annotations .model=${model} .source=${sourceWith({ getAnnotations: refused })}></dw-visits-annotations>`);
    await until(() => failed.querySelector('[role="alert"]'), 'the failure');
    expectNoBypass(failed);

    const loading = await localeFixture<VisitsAnnotations>(PSEUDO_LOCALE, html`<dw-visits-annotations .model=${model} .source=${sourceWith({ getAnnotations: () => new Promise(() => {}) })}></dw-visits-annotations>`);
    expect(text(loading.querySelector('.ann-status'))).to.match(/^⟦.*⟧$/);
    expectNoBypass(loading);

    const unsupported = await localeFixture<VisitsAnnotations>(PSEUDO_LOCALE, html`<dw-visits-annotations .model=${model} .source=${sourceWith({})}></dw-visits-annotations>`);
    expect(text(unsupported.querySelector('.ann-status'))).to.match(/^⟦.*⟧$/);
    expectNoBypass(unsupported);
  });

  it('the overview: loaded (caption, headers, totals, trend lines’ names), pageviews loading, pageviews failed', async () => {
    const { loaded } = await demoAnswer();
    const totals: SiteTotals[] = loaded.result.current.map((s) => ({ idSite: s.idSite, metrics: { nb_pageviews: 10 } }));
    const part = await localeFixture<VisitsOverview>(PSEUDO_LOCALE, html`<dw-visits-overview .loaded=${loaded} .source=${sourceWith({ getSiteTotals: async () => totals })}></dw-visits-overview>`);
    await until(() => /\d/.test(totalsRow(part.querySelector('table')!)[4] ?? ''), 'the pageviews');
    expect(part.querySelectorAll('tbody svg[aria-label]').length).to.be.greaterThan(0);
    expectNoBypass(part);

    const loading = await localeFixture<VisitsOverview>(PSEUDO_LOCALE, html`<dw-visits-overview .loaded=${loaded} .source=${sourceWith({ getSiteTotals: () => new Promise(() => {}) })}></dw-visits-overview>`);
    expect(totalsRow(loading.querySelector('table')!)[4]).to.match(/^⟦.*⟧$/);
    expectNoBypass(loading);

    const failed = await localeFixture<VisitsOverview>(PSEUDO_LOCALE, html`<dw-visits-overview .loaded=${loaded} .source=${sourceWith({ getSiteTotals: refused })}></dw-visits-overview>`);
    await until(() => failed.querySelector('[role="alert"]'), 'the failure');
    expectNoBypass(failed);
  });

  it('the segment picker: closed, loading, listed, none applies, failed', async () => {
    const segments: Segment[] = [{ id: '1', name: 'Mobile', definition: 'deviceType==smartphone' }];
    const picker = (getSegments: VisitsSource['getSegments']) =>
      localeFixture<VisitsSegmentPicker>(PSEUDO_LOCALE, html`<dw-visits-segment-picker .source=${sourceWith({ getSegments })} .sites=${['1']}></dw-visits-segment-picker>`);
    const open = async (part: VisitsSegmentPicker) => {
      part.querySelector('button')!.click();
      await part.updateComplete;
    };

    const listed = await picker(async () => segments);
    expect(text(listed.querySelector('button'))).to.match(/^⟦.*⟧$/);
    expectNoBypass(listed);
    await open(listed);
    await until(() => listed.querySelector('select'), 'the list');
    expectNoBypass(listed);

    const loading = await picker(() => new Promise(() => {}));
    await open(loading);
    expect(loading.querySelector('[role="status"]')).to.exist;
    expectNoBypass(loading);

    const none = await picker(async () => []);
    await open(none);
    await until(() => none.querySelector('select'), 'the list');
    expect(none.querySelectorAll('p')).to.have.length(1);
    expectNoBypass(none);

    const failed = await picker(refused);
    await open(failed);
    await until(() => failed.querySelector('[role="alert"]'), 'the failure');
    expectNoBypass(failed);
  });

  it('the downloads: the SVG’s and the PNG’s own words (comparison, legend, sites listed)', async () => {
    const el = await mountDemoChart({ 'site-id': '1,2', date: 'last3', compare: '' });
    const t = translator(PSEUDO_LOCALE);
    await languageReady(PSEUDO_LOCALE);
    const content = imageOf(el, t, t.t('Visits'), '');
    content.comparison = comparisonWords(await previousOf(el), 'day', t);
    const doc = new DOMParser().parseFromString(chartToSvg(content), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const words = document.createElement('div');
    for (const line of [...svgTexts(doc, 'heading'), ...svgTexts(doc, 'legend')]) words.append(Object.assign(document.createElement('p'), { textContent: line }));
    expect(words.children.length).to.be.greaterThan(4);
    // The sites' names are server data; the list joins them with the locale's conjunction (en-XA: English "and").
    expectNoBypass(words, [...SERVER, DAYS, /\band\b/]);
  });
});
