/**
 * The activity log's on-demand parts in the reader's language: the filter bar (its controls, the
 * user and type selects, the date range, the text search's progress and bounds), Go to… (a page,
 * a date, what is wrong with either), the export (progress, Cancel, a failure) and the notices, in
 * German, in Arabic (right to left, Arabic-Indic digits with ar-EG) and in the pseudo-locale,
 * where every word of these parts must come from the catalogue.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../../src/activity-log/define.js';
import type { ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { ExportShiftError, FilterScan } from '../../src/activity-log/filter-scan.js';
import { renderNotices } from '../../src/activity-log/notices.js';
import { errorMessage } from '../../src/core/errors.js';
import { translator } from '../../src/core/translate.js';
import { PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import { expectNoBypass, languageReady } from '../helpers/pseudo-locale.js';
import { $, $$, captureDownloads, expectAccessible, loads, record, summary, text } from './element-helpers.js';
import { fakeMatomo, makeEntries, memorySource, TOKEN, useFetch, type FakeMatomo } from './fake-matomo.js';

let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let downloads: ReturnType<typeof captureDownloads>;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  downloads = captureDownloads();
});
afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
  downloads.stop();
});

/** What the fake server does: slow answers during an export, a failing one. */
/** `stalled`: the server answers nothing more (until the request is aborted). */
const server = { slow: false, failing: false, stalled: false };

/**
 * `<activity-log>` in `locale` (inside `<div lang dir>`), against a fake Matomo of 300 entries
 * (one an hour back from 30 June 2024 12:00 UTC), once its first page and its filter bar are there.
 */
async function mount(locale: string, options: { dir?: string; search?: string; scanLimit?: number; entries?: number } = {}): Promise<{ el: ActivityLog; matomo: FakeMatomo }> {
  await languageReady(locale);
  server.slow = server.failing = server.stalled = false;
  const matomo = fakeMatomo(makeEntries(options.entries ?? 300), {
    delay: () => (server.stalled ? 60_000 : server.slow ? 150 : 0),
    fail: (method) => (server.failing && method === 'ActivityLog.getEntries' ? new Response(JSON.stringify({ result: 'error', message: 'Matomo answered 500' }), { status: 500 }) : undefined),
  });
  restore = useFetch(matomo.fetch);
  const widget: TemplateResult = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} search=${options.search ?? nothing} scan-limit=${options.scanLimit ?? nothing}></activity-log>`;
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${options.dir ?? nothing} style="width: 1000px">${widget}</div>`);
  const el = wrap.firstElementChild as ActivityLog;
  await loads(el, loadsRec);
  await waitUntil(() => $(el, 'dw-activity-filter-bar form'), 'no filter bar');
  await el.updateComplete;
  return { el, matomo };
}

const bar = (el: ActivityLog) => $<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'dw-activity-filter-bar')!;
const select = (el: ActivityLog, part: string) => $<HTMLSelectElement>(el, `select[part="${part}"]`)!;
const labels = (el: ActivityLog) => $$(el, '.field-label').map(text);
const said = (el: ActivityLog) => text($(el, '#jump-said'));
const announced = (el: ActivityLog) => text($(el, '.visually-hidden[role="status"]'));
const number = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);
const longDay = (day: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));

/** Every option of the user and type filters (their code loads when a select gets focus). */
async function allOptions(el: ActivityLog): Promise<void> {
  select(el, 'type-filter').dispatchEvent(new FocusEvent('focus'));
  await waitUntil(() => select(el, 'type-filter').options.length > 50, 'every type is not offered');
  await el.updateComplete;
}

/** Sets filters as the page would, and waits for the widget to show them. */
async function setFilters(el: ActivityLog, attributes: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  await bar(el).updateComplete;
}

async function openJump(el: ActivityLog): Promise<void> {
  $(el, 'summary[part="jump-button"]')!.click();
  await waitUntil(() => $(el, 'input[part="jump-page"]'), 'no Go to form');
  await el.updateComplete;
}

async function submit(el: ActivityLog, part: 'jump-page' | 'jump-date', value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[part="${part}"]`)!;
  input.value = value;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await el.updateComplete;
}

/** Starts a CSV export that reads slowly, until its progress shows a count. */
async function slowExport(el: ActivityLog): Promise<void> {
  server.slow = true;
  $(el, '[part="export-csv"]')!.click();
  await waitUntil(() => /[\d٠-٩]/.test(text($(el, '[part="export-progress"] label'))), 'no progress');
}

describe('the activity log’s on-demand parts in German', () => {
  it('names every control of the filter bar, its selects’ options, the date range and its check', async () => {
    const { el } = await mount('de');
    expect(labels(el)).to.deep.equal(['Benutzer', 'Aktivität', 'Von', 'Bis', 'Suche', 'Website', 'IP-Adresse']);
    expect($(el, 'form[part="filters"]')!.getAttribute('aria-label')).to.equal('Aktivitäten filtern');
    expect($(el, 'input[part="search"]')!.getAttribute('placeholder')).to.equal('Benutzer, Website, Ziel …');
    expect([select(el, 'user-filter').options[0]!.text, select(el, 'type-filter').options[0]!.text]).to.deep.equal(['Alle Benutzer', 'Alle Aktivitäten']);
    await allOptions(el);
    const groups = [...select(el, 'user-filter').querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).to.deep.equal(['Personen', 'System']);
    expect([...select(el, 'user-filter').options].map((o) => o.text)).to.include.members(['admin', 'Matomo System (System)', 'Console Command (Kommandozeile)', 'anonymous (nicht angemeldet)']);
    await expectAccessible(el);

    await setFilters(el, { 'date-from': '2024-06-30', 'date-to': '2024-06-01' });
    await waitUntil(() => text($(el, '[part="empty"]')).includes('Das Startdatum liegt nach dem Enddatum.'), `empty: ${text($(el, '[part="empty"]'))}`);
    expect(summary(el)).to.equal('Das Startdatum liegt nach dem Enddatum.');
    expect($(el, 'input[part="date-from"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '[part="clear-button"]'))).to.equal('Filter zurücksetzen');
    // A bound that is not a date (set by the page) is quoted as given.
    const scan = new FilterScan(memorySource([]), { user: '', activityType: '', dateFrom: '2024-02-30', dateTo: '', search: '', site: '', ip: '', object: '' });
    expect(scan.summary({ entries: [], total: 0, totalExact: true }, 0, 'de')).to.equal('„2024-02-30“ ist kein Datum.');
  });

  it('says how far a text search got, bounded and still counting, and offers to search further', async () => {
    const { el } = await mount('de', { search: 'newsletter', scanLimit: 200, entries: 1000 });
    await waitUntil(() => text($(el, '[part="notice"]')).includes('Die 200 neuesten Aktivitäten wurden durchsucht (von 1.000); ältere wurden nicht durchsucht.'), `notice: ${text($(el, '[part="notice"]'))}`);
    expect(summary(el)).to.match(/^1–\d+ von bisher \d+ gefundenen passenden Aktivitäten\.$/);
    const further = $$<HTMLButtonElement>(el, '[part="notice"] button').find((b) => text(b) === '200 weitere durchsuchen');
    expect(further, 'the button to search further').to.exist;
    further!.click();
    await waitUntil(() => text($(el, '[part="notice"]')).includes('Die 400 neuesten Aktivitäten'), 'did not search further');

    // Counting: a page shown before the search's total is known.
    const scan = new FilterScan(memorySource([]), { user: '', activityType: '', dateFrom: '', dateTo: '', search: 'x', site: '', ip: '', object: '' });
    const page = { entries: new Array(25).fill(null), total: 1234, totalExact: false };
    expect(scan.summary(page, 25, 'de')).to.equal('26–50 von mindestens 1.234 passenden Aktivitäten (Zählung läuft noch).');
    expect(scan.summary({ ...page, entries: [] }, 0, 'de')).to.equal('Suche läuft …');
  });

  it('goes to a page or a date, and says what is wrong with either', async () => {
    const { el } = await mount('de');
    await openJump(el);
    const jump = $(el, '[part="jump"]')!;
    expect([...jump.querySelectorAll('label')].map(text)).to.deep.equal(['Seite', 'Datum']);
    expect([...jump.querySelectorAll('button')].map(text)).to.deep.equal(['Zur Seite', 'Zum Datum', 'Schließen']);

    await submit(el, 'jump-page', '99');
    expect(said(el)).to.equal('Geben Sie eine Seitenzahl von 1 bis 12 ein.');
    await submit(el, 'jump-date', '');
    expect(said(el)).to.equal('Geben Sie ein Datum ein.');
    await submit(el, 'jump-date', '2024-07-05');
    await waitUntil(() => said(el).startsWith('Nach dem'), `said: ${said(el)}`);
    expect(said(el)).to.equal('Nach dem 5. Juli 2024 wurde nichts aufgezeichnet: Die neuesten Aktivitäten werden angezeigt.');
    await submit(el, 'jump-date', '2024-06-01');
    await waitUntil(() => said(el).startsWith('Am oder vor dem'), `said: ${said(el)}`);
    expect(said(el)).to.equal('Am oder vor dem 1. Juni 2024 wurde nichts aufgezeichnet: Die ältesten Aktivitäten werden angezeigt.');
    await submit(el, 'jump-date', '2024-06-25');
    await waitUntil(() => said(el).startsWith('Seite'), `said: ${said(el)}`);
    expect(said(el)).to.match(/^Seite \d+ wird angezeigt, auf der die Aktivitäten vom 25\. Juni 2024 und davor beginnen\.$/);

    server.failing = true;
    await submit(el, 'jump-date', '2024-06-20');
    await waitUntil(() => said(el).startsWith('Das Datum konnte nicht gefunden werden.'), `said: ${said(el)}`);
    expect(said(el)).to.contain('Matomo answered 500');
  });

  it('exports with its progress and Cancel, says a failure, and what was saved', async () => {
    const { el } = await mount('de', { entries: 3000 });
    expect([$(el, '[part="export-csv"]')!.getAttribute('aria-label'), $(el, '[part="export-json"]')!.getAttribute('aria-label')]).to.deep.equal(['Als CSV exportieren', 'Als JSON exportieren']);
    await slowExport(el);
    expect(text($(el, '[part="export-progress"] label'))).to.match(/^CSV-Export läuft … [\d.]+ von 3.000 geprüft$/);
    const cancel = $(el, '[part="export-progress"] button')!;
    expect(text(cancel)).to.equal('Export abbrechen');
    // The language changes while the server says nothing more: the progress is said in the new one at once.
    server.stalled = true;
    await languageReady('fr');
    el.parentElement!.lang = 'fr';
    await waitUntil(() => text(cancel) !== 'Export abbrechen', 'still German');
    await el.updateComplete;
    expect(text($(el, '[part="export-progress"] label'))).to.match(/^Export CSV en cours… [\d\s ]+ sur 3\s000 vérifiées$/);
    el.parentElement!.lang = 'de';
    await waitUntil(() => text(cancel) === 'Export abbrechen', 'not German again');
    cancel.click();
    await waitUntil(() => announced(el) === 'Export abgebrochen.', `announced: ${announced(el)}`);
    server.stalled = false;

    server.slow = false;
    server.failing = true;
    $(el, '[part="export-csv"]')!.click();
    await waitUntil(() => $(el, '[part="error"]'), 'no failure');
    expect(text($(el, '[part="error"] strong'))).to.equal('Die Aktivitäten konnten nicht exportiert werden');
    expect(text($(el, '[part="error"] button'))).to.equal('Erneut versuchen');

    server.failing = false;
    $(el, '[part="error"] button')!.click();
    await waitUntil(() => downloads.files.length === 1, 'not saved on Retry');
    await waitUntil(() => announced(el).includes('gespeichert'), `announced: ${announced(el)}`);
    expect(announced(el)).to.equal(`3.000 Aktivitäten in ${downloads.files[0]!.name} gespeichert.`);
  });

  it('says the notices and why an export stopped', async () => {
    await languageReady('de');
    const noop = () => {};
    const query = {
      shown: { scan: {}, page: { scan: { checked: 5000, window: 12_000, complete: false, bounded: true } } },
      newAbove: 3,
      options: { filters: () => ({ user: '', activityType: '', dateFrom: '2024-06-01', dateTo: '', search: 'x', site: '', ip: '', object: '' }), scanLimit: () => 5000 },
      goTo: noop,
      again: noop,
    };
    const wrap = await fixture<HTMLDivElement>(html`<div>${renderNotices(query, 'de')}</div>`);
    const [fresh, bounded] = [...wrap.querySelectorAll('[part="notice"]')].map(text);
    expect(fresh).to.equal('3 neue Aktivitäten oberhalb dieser Seite. Neueste anzeigen');
    expect(bounded).to.equal('Die 5.000 neuesten Aktivitäten in diesem Zeitraum wurden durchsucht (von 12.000); ältere wurden nicht durchsucht. 5.000 weitere durchsuchen');
    expect(errorMessage(new ExportShiftError('removed'), translator('de'))).to.equal(
      'Während des Exports wurden Aktivitäten aus dem Protokoll entfernt, sodass in der Datei welche fehlen könnten: Es wurde nichts gespeichert. Exportieren Sie erneut, um das Protokoll im aktuellen Stand zu lesen.',
    );
  });
});

describe('the activity log’s on-demand parts in Arabic', () => {
  it('names the filter bar’s controls and lays the bar and Go to… out right to left', async () => {
    const { el } = await mount('ar-EG', { dir: 'rtl' });
    expect(labels(el)).to.deep.equal(['المستخدم', 'النشاط', 'من', 'إلى', 'بحث', 'الموقع', 'عنوان IP']);
    expect($(el, 'form[part="filters"]')!.getAttribute('aria-label')).to.equal('تصفية الأنشطة');
    expect([select(el, 'user-filter').options[0]!.text, select(el, 'type-filter').options[0]!.text]).to.deep.equal(['جميع المستخدمين', 'جميع الأنشطة']);
    // Right to left: the first field (User) is at the right of the one after it (Activity).
    const [user, type] = $$(el, 'dw-activity-filter-bar .field').map((f) => f.getBoundingClientRect());
    expect(user!.right, 'the user field is at the right').to.be.greaterThan(type!.right);

    await openJump(el);
    const [page, date] = $$(el, '.jump-field').map((f) => f.getBoundingClientRect());
    expect(page!.right, 'the page field is at the right').to.be.greaterThan(date!.right);
    await submit(el, 'jump-page', '99');
    expect(said(el)).to.equal(`أدخل رقم صفحة من ${number(1, 'ar-EG')} إلى ${number(12, 'ar-EG')}.`);
    expect(said(el)).to.contain('١٢');
    await submit(el, 'jump-date', '2024-07-05');
    await waitUntil(() => said(el).startsWith('لم يُسجَّل'), `said: ${said(el)}`);
    expect(said(el)).to.equal(`لم يُسجَّل شيء بعد ${longDay('2024-07-05', 'ar-EG')}: يتم عرض أحدث الأنشطة.`);
  });

  it('says a text search’s bound, and offers to search further', async () => {
    const { el } = await mount('ar-EG', { dir: 'rtl', search: 'newsletter', scanLimit: 200, entries: 1000 });
    await waitUntil(() => text($(el, '[part="notice"]')).includes(`تم البحث في أحدث ${number(200, 'ar-EG')} نشاط (من أصل ${number(1000, 'ar-EG')})`), `notice: ${text($(el, '[part="notice"]'))}`);
    expect($$(el, '[part="notice"] button').map(text)).to.include(`البحث في ${number(200, 'ar-EG')} نشاط إضافي`);
  });

  it('says an export’s progress, its Cancel and its failure', async () => {
    const { el } = await mount('ar-EG', { dir: 'rtl', entries: 3000 });
    await slowExport(el);
    expect(text($(el, '[part="export-progress"] label'))).to.match(/^جارٍ التصدير بتنسيق CSV… تم فحص [٠-٩٬]+ من [٠-٩٬]+$/);
    $(el, '[part="export-progress"] button')!.click();
    await waitUntil(() => announced(el) === 'تم إلغاء التصدير.', `announced: ${announced(el)}`);
    server.slow = false;
    server.failing = true;
    $(el, '[part="export-json"]')!.click();
    await waitUntil(() => $(el, '[part="error"]'), 'no failure');
    expect(text($(el, '[part="error"] strong'))).to.equal('تعذر تصدير الأنشطة');
  });

  it('picks Arabic’s plural forms', async () => {
    await languageReady('ar-EG');
    const t = translator('ar-EG');
    const saved = (n: number) => t.plural(n, { one: 'Saved {count} activity to {file}.', other: 'Saved {count} activities to {file}.' }, { file: 'a.csv' });
    expect([saved(1), saved(2), saved(3), saved(11), saved(100)]).to.deep.equal(['تم حفظ نشاط واحد في a.csv.', 'تم حفظ نشاطين في a.csv.', 'تم حفظ ٣ أنشطة في a.csv.', 'تم حفظ ١١ نشاطًا في a.csv.', 'تم حفظ ١٠٠ نشاط في a.csv.']);
  });
});

describe('the activity log’s on-demand parts in the pseudo-locale', () => {
  /** Logins, the file's name and what the server said: server data, shown as given. */
  const serverData = ['admin', 'sophie.martin', 'Matomo answered 500', /activity-log_[\w.-]+/];

  it('the filter bar (a user chosen, a reversed date range, every option), its notes', async () => {
    const { el } = await mount(PSEUDO_LOCALE);
    await setFilters(el, { user: 'sophie.martin', 'date-from': '2024-06-30', 'date-to': '2024-06-01' });
    await waitUntil(() => $(el, '[part="empty"]'), 'no empty state');
    await allOptions(el);
    // The bar's words and every option: the types' names and the system performers' notes from the
    // catalogue, the logins marked as the server's data (nothing to allow).
    expect(select(el, 'type-filter').options.length).to.be.greaterThan(60);
    expectNoBypass(bar(el));
    expectNoBypass($(el, '[part="empty"] p')!, serverData);
    for (const group of $$(el, 'select[part="user-filter"] optgroup')) expect(group.getAttribute('label')).to.match(/^⟦.*⟧$/);
  });

  it('a bounded text search: its notice and summary', async () => {
    const { el } = await mount(PSEUDO_LOCALE, { search: 'newsletter', scanLimit: 200, entries: 1000 });
    await waitUntil(() => $(el, '[part="notice"]'), 'no notice');
    for (const notice of $$(el, '[part="notice"]')) expectNoBypass(notice, serverData);
    expectNoBypass($(el, '.summary')!, serverData);
  });

  it('Go to…: its form and each thing it says', async () => {
    const { el } = await mount(PSEUDO_LOCALE);
    await openJump(el);
    const jump = () => $(el, '[part="jump"]')!;
    expectNoBypass(jump());
    for (const [part, value] of [['jump-page', '99'], ['jump-date', ''], ['jump-date', '2024-07-05'], ['jump-date', '2024-06-01'], ['jump-date', '2024-06-25']] as const) {
      const before = said(el);
      await submit(el, part, value);
      await waitUntil(() => said(el) && said(el) !== before && !said(el).includes('…'), `said after ${part} ${value}: ${said(el)}`);
      expect(said(el)).to.match(/⟦/);
      expectNoBypass(jump(), [/\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4}/]);
    }
  });

  it('the export: its buttons, progress and Cancel, a failure', async () => {
    const { el } = await mount(PSEUDO_LOCALE, { entries: 3000 });
    for (const part of ['export-csv', 'export-json']) expect($(el, `[part="${part}"]`)!.getAttribute('aria-label')).to.match(/^⟦.*⟧$/);
    await slowExport(el);
    expectNoBypass($(el, '[part="export-progress"]')!, ['CSV']);
    $(el, '[part="export-progress"] button')!.click();
    await waitUntil(() => announced(el).includes('⟦'), `announced: ${announced(el)}`);
    expectNoBypass($(el, '.visually-hidden[role="status"]')!);
    server.slow = false;
    server.failing = true;
    $(el, '[part="export-csv"]')!.click();
    await waitUntil(() => $(el, '[part="error"]'), 'no failure');
    expectNoBypass($(el, '[part="error"]')!, serverData);
  });
});
