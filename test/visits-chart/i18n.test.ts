import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { expectNoBypass, languageReady, localeFixture, pseudoFixture } from '../helpers/pseudo-locale.js';
import { $, $$, answerByDate, chartOf, choose, craftedMatomo, day, json, kpiTexts, openCustomRange, settled, showTable, stubFetch, text, until, type PeriodData } from './helpers.js';

/*
 * <visits-chart> in German, in Arabic (right to left) and in the pseudo-locale: its first view
 * (KPIs, controls, the axes' dates and numbers, the summary), an error, the custom range form, the
 * table view, and the chart drawn and stepped through right to left.
 */

const BASE = 'https://matomo.example/';
const RANGE = '2024-03-08,2024-03-10';
const PREVIOUS = '2024-03-05,2024-03-07';
const CURRENT: Record<string, PeriodData> = {
  1: { '2024-03-08': day(1200, { bounce_count: 600 }), '2024-03-09': [], '2024-03-10': day(1800, { bounce_count: 450 }) },
  2: { '2024-03-08': day(20), '2024-03-09': day(30), '2024-03-10': day(40) },
};
const BEFORE: Record<string, PeriodData> = {
  1: { '2024-03-05': day(1000, { bounce_count: 500 }), '2024-03-06': day(1000, { bounce_count: 500 }), '2024-03-07': day(400, { bounce_count: 200 }) },
  2: { '2024-03-05': day(10), '2024-03-06': day(10), '2024-03-07': day(10) },
};
const NAMES = { 1: 'Shop', 2: 'Blog' };

const answer = answerByDate({ [RANGE]: CURRENT, [PREVIOUS]: BEFORE });

let stub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(answer, NAMES));
});
afterEach(() => stub.restore());

const chart = (sites = '1', date = RANGE, metrics = 'nb_visits,bounce_rate,nb_uniq_visitors') =>
  html`<visits-chart api-base=${BASE} token="t" site-id=${sites} date=${date} today="2024-03-10" metrics=${metrics} compare theme="light"></visits-chart>`;

async function mountIn(locale: string, sites = '1', date = RANGE): Promise<VisitsChart> {
  const el = await localeFixture<VisitsChart>(locale, chart(sites, date));
  await settled(el);
  return el;
}

/** The option texts of a select of the controls. */
const options = (el: VisitsChart, selector: string) => $$<HTMLOptionElement>(el, `${selector} option`).map((o) => text(o));
/** The labels of the controls, without their selects' options. */
const labels = (el: VisitsChart, selector = '.controls label.field') => $$(el, selector).map((l) => ownText(l));
/** An element's own text (its text nodes, not its children's). */
const ownText = (node: Element) => Array.from(node.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent!.trim() : '')).join('');
/** The tick labels of an axis as Chart.js drew them. */
const ticks = (el: VisitsChart, axis: 'x' | 'y') => chartOf(el).scales[axis]!.ticks.map((t) => String(t.label));

describe('<visits-chart> in German', () => {
  it('shows its first view in German: controls, KPIs, title, axes in German dates and numbers, the summary', async () => {
    const el = await mountIn('de');
    const section = $(el, 'section');
    expect([section.getAttribute('lang'), section.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(text($(el, '.title'))).to.equal('Besuche im Zeitverlauf');
    expect(text($(el, '.subtitle'))).to.match(/^Shop · 8\.–10\. März 2024, pro Tag$/);
    expect(labels(el)).to.deep.equal(['Periode', 'Zeitraum', 'Kennzahl', 'Vergleichen mit']);
    expect(options(el, 'select[id$="-period"]')).to.deep.equal(['Tag', 'Woche', 'Monat', 'Jahr']);
    expect(options(el, 'select[id$="-range"]')).to.deep.equal(['8.–10. März 2024', 'Letzte 7 Tage', 'Letzte 30 Tage', 'Letzte 90 Tage', 'Letzte 365 Tage', 'Dieser Monat', 'Letzter Monat', 'Dieses Jahr', 'Benutzerdefiniert …']);
    expect(options(el, 'select[id$="-compare"]')).to.deep.equal(['Kein Vergleich', 'Vorheriger Zeitraum', 'Gleicher Zeitraum im Vorjahr']);
    expect(options(el, 'select[id$="-metric"]')[0]).to.equal('Besuche');
    expect(kpiTexts(el)).to.deep.equal([
      'Besuche 3.000 ▲ +25 % gegenüber dem vorherigen Zeitraum',
      'Absprungrate 35 % ▼ -30 % gegenüber dem vorherigen Zeitraum',
      'Eindeutige Besucher (Durchschnitt pro Tag) 1.200 ▲ +87,5 % gegenüber dem vorherigen Zeitraum',
    ]);
    expect(ticks(el, 'x')).to.deep.equal(['8. März', '9. März', '10. März']);
    expect(ticks(el, 'y')).to.include('1.500');
    expect(text($(el, '.summary'))).to.equal(
      'Besuche pro Tag, Fr., 8. März 2024 bis So., 10. März 2024 (3 Tage). Shop: insgesamt 3.000 (+25 % gegenüber dem Zeitraum davor, 3 Tage); So., 10. März 2024 läuft noch; keine Daten für 1 Tag.',
    );
    expect(text($(el, '[role="status"]'))).to.equal('3 Tage für Shop geladen.');
    expect(text($(el, '.note'))).to.match(/^Der heutige Tag \(.+\) läuft noch: Die bisherigen Werte werden mit einer vollständigen Periode \(Tag\) verglichen\.$/);
    expect(text($(el, '.legend-note'))).to.equal('Gestrichelt: vorheriger Zeitraum');
    expect($(el, 'canvas').getAttribute('aria-label')).to.match(/^Liniendiagramm: Besuche pro Tag\. Mit den Pfeiltasten/);
    expect($$(el, '.actions button').map((b) => text(b)).slice(0, 4)).to.deep.equal(['Tabellenansicht', 'CSV herunterladen', 'PNG herunterladen', 'SVG herunterladen']);
  });

  it('names the sites, and says its error in German', async () => {
    const el = await mountIn('de', '1,2');
    expect(text($(el, '.subtitle'))).to.match(/^Shop und Blog · /);
    expect(text($(el, '.sites legend'))).to.equal('Websites');

    stub.set(() => json({ result: 'error', message: 'Archiving failed.' }));
    const broken = await mountIn('de', '1');
    expect(text($(broken, '.overlay [role="alert"] strong'))).to.equal('Die Daten konnten nicht geladen werden');
    expect(text($(broken, '.overlay [role="alert"]'))).to.contain('Archiving failed.');
  });

  it('asks for the custom range in German, and says what is wrong with it', async () => {
    const el = await mountIn('de');
    await openCustomRange(el);
    const form = $(el, 'form.custom');
    expect(form.getAttribute('aria-label')).to.equal('Benutzerdefinierter Zeitraum');
    expect(labels(el, 'form.custom label')).to.deep.equal(['Von', 'Bis']);
    expect(text($(el, 'form.custom button'))).to.equal('Anwenden');
    $<HTMLInputElement>(el, 'input[name="from"]').value = '2024-03-10';
    $<HTMLInputElement>(el, 'input[name="to"]').value = '2024-03-01';
    $<HTMLButtonElement>(el, 'form.custom button').click();
    await el.updateComplete;
    expect(text($(el, 'form.custom .hint'))).to.equal('Das Startdatum darf nicht nach dem Enddatum liegen.');
  });

  it('shows the table view in German', async () => {
    const el = await mountIn('de');
    await showTable(el);
    expect(text($(el, 'caption'))).to.equal('Besuche pro Tag, Fr., 8. März 2024 bis So., 10. März 2024');
    expect($$(el, 'thead th').map((th) => text(th))).to.deep.equal(['Periode', 'Shop', 'Shop, vorheriger Zeitraum']);
    const first = $$(el, 'tbody tr')[0]!;
    expect(Array.from(first.children, (c) => text(c))).to.deep.equal(['Fr., 8. März 2024', '1.200', '1.000 (Di., 5. März 2024)']);
    expect(text($$(el, 'tbody tr')[1]!.children[1]!)).to.equal('keine Daten');
  });
});

describe('<visits-chart> in Arabic', () => {
  before(() => languageReady('ar'));

  it('lays out right to left, with Arabic words, Eastern Arabic digits from Intl and time running leftwards', async () => {
    // Egyptian Arabic: Intl writes its numbers and dates with Eastern Arabic digits (the words are Arabic's).
    const el = await mountIn('ar-EG');
    const section = $(el, 'section');
    expect([section.getAttribute('lang'), section.getAttribute('dir')]).to.deep.equal(['ar-EG', 'rtl']);
    expect(text($(el, '.title'))).to.equal('الزيارات على مر الزمن');
    expect(options(el, 'select[id$="-period"]')).to.deep.equal(['يوم', 'أسبوع', 'شهر', 'سنة']);
    // The presets' numbers in the digits Intl gives for Arabic.
    expect(options(el, 'select[id$="-range"]')[2]).to.equal('آخر ٣٠ يومًا');
    expect(kpiTexts(el)[0]).to.contain('٣٬٠٠٠');
    expect(kpiTexts(el)[0]).to.match(/^الزيارات /);
    // The axes: dates and numbers in Arabic, the dates from the right.
    const c = chartOf(el);
    // The ticks as drawn, left to right: the last day first.
    const day = (d: number) => new Intl.DateTimeFormat('ar-EG', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 2, d));
    expect(ticks(el, 'x')).to.deep.equal([day(10), day(9), day(8)]);
    expect(ticks(el, 'x')[2]).to.match(/^٨ /);
    expect(ticks(el, 'y')).to.include('١٬٠٠٠');
    const x = c.scales.x!;
    expect(x.getPixelForValue(0)).to.be.greaterThan(x.getPixelForValue(2));
    expect(c.scales.y!.left).to.be.greaterThan(x.left);
    // The controls from the right edge, the first (Period) rightmost; the KPIs likewise.
    const [period, range] = $$(el, '.controls label.field').map((l) => l.getBoundingClientRect());
    expect(period!.left).to.be.greaterThan(range!.left);
    const [visits, bounces] = $$(el, '.kpi').map((k) => k.getBoundingClientRect());
    expect(visits!.left).to.be.greaterThan(bounces!.left);
    expect(text($(el, '.summary'))).to.match(/^الزيارات حسب اليوم، /);
  });

  it('steps through the periods with the arrow keys as drawn: the left arrow goes to the next period', async () => {
    const el = await mountIn('ar');
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    canvas.focus();
    await sendKeys({ press: 'Home' });
    const tip = () => text(el.shadowRoot!.querySelector('.tip strong'));
    const deadline = performance.now() + 5000;
    while (!tip() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const first = tip();
    expect(first).to.contain(new Intl.DateTimeFormat('ar', { day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 8)));
    await sendKeys({ press: 'ArrowLeft' });
    expect(tip()).to.contain(new Intl.DateTimeFormat('ar', { day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 2, 9)));
    await sendKeys({ press: 'ArrowRight' });
    expect(tip()).to.equal(first);
    // The first period stands on the right: its tooltip left of it (after it, reading right to left).
    await sendKeys({ press: 'Home' });
    const tipBox = $(el, '.tip').getBoundingClientRect();
    const x = chartOf(el).scales.x!.getPixelForValue(0) + canvas.getBoundingClientRect().left;
    expect(tipBox.right).to.be.at.most(x);
  });

  it('says its error and shows the custom range form and the table in Arabic', async () => {
    const el = await mountIn('ar');
    await openCustomRange(el);
    expect($(el, 'form.custom').getAttribute('aria-label')).to.equal('نطاق مخصص');
    expect(text($(el, 'form.custom button'))).to.equal('تطبيق');
    choose(el, 'select[id$="-range"]', 'last7');
    await settled(el);
    const table = await mountIn('ar');
    await showTable(table);
    expect(text($$(table, 'thead th')[0]!)).to.equal('الفترة');
    expect(getComputedStyle($$(table, 'thead th')[0]!).textAlign).to.equal('start');

    stub.set(() => json({ result: 'error', message: 'Archiving failed.' }));
    const broken = await mountIn('ar');
    expect(text($(broken, '.overlay [role="alert"] strong'))).to.equal('تعذر تحميل البيانات');
  });
});

describe('<visits-chart> in the pseudo-locale', () => {
  it('shows no word that bypassed the catalogue: loaded with a comparison and two sites, the table view, the custom range form', async () => {
    const el = await pseudoFixture<VisitsChart>(chart('1,2', RANGE, 'nb_visits,avg_time_on_site,bounce_rate'));
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect($$(el, '.sites input')).to.have.length(2);
    // The sites' names marked as the server's; a duration (Intl's words for its units) marked as not for a translator.
    expect($$(el, '.sites label span[translate="no"]').map(text)).to.deep.equal(['Shop', 'Blog']);
    expect($$(el, '[part="kpi"] [translate="no"]').map(text)).to.deep.equal(['1 min']);
    expectNoBypass(el);
    await showTable(el);
    expectNoBypass(el);
    await openCustomRange(el);
    expectNoBypass(el);
  });

  it('shows no word that bypassed the catalogue: loading, empty, an error, the tooltip', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const responder = craftedMatomo(answer, NAMES);
    stub.set(async (request) => {
      await gate;
      return responder(request);
    });
    const loading = await pseudoFixture<VisitsChart>(chart());
    expectNoBypass(loading);
    release();
    await settled(loading);
    $<HTMLCanvasElement>(loading, 'canvas').focus();
    await sendKeys({ press: 'Home' });
    const deadline = performance.now() + 5000;
    while (!loading.shadowRoot!.querySelector('.tip strong') && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expectNoBypass(loading);

    stub.set(craftedMatomo(() => ({ '2024-03-08': [], '2024-03-09': [], '2024-03-10': [] }), NAMES));
    const empty = await pseudoFixture<VisitsChart>(chart());
    await settled(empty);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await empty.updateComplete;
    expect($$(empty, '.overlay.empty')).to.have.length(1);
    expectNoBypass(empty);

    stub.set(() => json({ result: 'error', message: 'Archiving failed.' }));
    const broken = await pseudoFixture<VisitsChart>(chart());
    await settled(broken);
    expectNoBypass(broken);
  });
});

describe('<visits-chart> changing language', () => {
  it('says everything again in the new language, the summary and the note on the period in progress too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">${chart()}</div>`);
    const el = wrap.firstElementChild as VisitsChart;
    await settled(el);
    await until(() => text(el.shadowRoot!.querySelector('.summary')), 'the summary');
    expect(text($(el, '.summary'))).to.match(/^Visits by day/);
    wrap.setAttribute('lang', 'de');
    await until(() => text($(el, '.title')) === 'Besuche im Zeitverlauf', 'the German title');
    await el.updateComplete;
    expect(text($(el, '.summary'))).to.match(/^Besuche pro Tag, /);
    expect(text($(el, '.note'))).to.match(/^Der heutige Tag /);
    expect(ticks(el, 'x')).to.deep.equal(['8. März', '9. März', '10. März']);
  });
});

// A fixture outside a language (the page's, English) still works as before.
it('speaks English by default', async () => {
  const el = await fixture<VisitsChart>(chart());
  await settled(el);
  expect(text($(el, '.title'))).to.equal('Visits over time');
});
