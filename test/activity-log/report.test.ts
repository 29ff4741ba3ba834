/**
 * The audit report of <activity-log> ("Print report"): its window's content against the demo
 * backend and against crafted answers (hostile names, IPs and countries shown as text), the
 * filters in words, time zones, Print and Close, progress and Cancel, a blocked window, keyboard,
 * axe, German and Arabic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { BURST_IP } from '../../src/demo/seed-investigations.js';
import '../../src/activity-log/define.js';
import type { ActivityErrorDetail, ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { chunks } from '../../src/activity-log/chunks.js';
import { reportStyles } from '../../src/activity-log/report.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { expectNoBypass, localeFixture, pseudoFixture } from '../helpers/pseudo-locale.js';
import { $, expectAccessible, loads, record, text } from './element-helpers.js';
import { makeEntries, memorySource, utc, type RawEntry } from './fake-matomo.js';

let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let errorsRec: ReturnType<typeof record<ActivityErrorDetail>>;
let opened: Window[] = [];
const realOpen = window.open;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  errorsRec = record<ActivityErrorDetail>('dw-activity-error');
  opened = [];
  // The real window.open, watched: the tests read the window the widget opened.
  window.open = (...args: Parameters<typeof window.open>) => {
    const win = realOpen.apply(window, args);
    if (win) opened.push(win);
    return win;
  };
});

afterEach(async () => {
  window.open = realOpen;
  for (const win of opened) if (!win.closed) win.close();
  loadsRec.stop();
  errorsRec.stop();
  await executeServerCommand('set-timezone', { timezoneId: '' });
});

const button = (el: ActivityLog) => $<HTMLButtonElement>(el, '[part="report-button"]')!;

/** Clicks "Print report" and waits for the report to be written into its window. */
async function openReport(el: ActivityLog): Promise<Document> {
  const before = opened.length;
  button(el).click();
  await waitUntil(() => opened.length > before, 'no window was opened');
  const win = opened[opened.length - 1]!;
  await waitUntil(() => win.document.querySelector('.facts') || win.closed, 'the report was not written', { timeout: 15_000 });
  await el.updateComplete;
  return win.document;
}

const cells = (doc: Document) => [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));
/** The report's facts: each term with its value. */
const facts = (doc: Document) => new Map([...doc.querySelectorAll('.facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));

async function mountSource(raw: RawEntry[], attrs: Partial<Pick<ActivityLog, 'user' | 'activityType' | 'dateFrom' | 'dateTo' | 'search'>> = {}, delay = 0): Promise<ActivityLog> {
  const source = memorySource(raw, { delay });
  const el = await fixture<ActivityLog>(html`<activity-log .source=${source}></activity-log>`);
  Object.assign(el, attrs);
  await loads(el, loadsRec);
  return el;
}

describe('<activity-log> audit report against the demo backend', () => {
  const demo = useDemoBackend();

  it('lists every failed sign-in with its absolute time and zone, IP and country, the server, the filter in words and the time of the report', async () => {
    await executeServerCommand('set-timezone', { timezoneId: 'Asia/Tokyo' });
    const el = await fixture<ActivityLog>(html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser} activity-type="ActivityLog/UserSignInFailed"></activity-log>`);
    await loads(el, loadsRec);
    const want = demo.backend.state.matomo.activity.filter((e) => e.type === 'ActivityLog/UserSignInFailed');
    const doc = await openReport(el);

    expect(doc.documentElement.lang).to.match(/^en\b/);
    expect(doc.title).to.equal('Activity log report');
    expect(text(doc.querySelector('h1'))).to.equal('Activity log report');
    const f = facts(doc);
    expect(f.get('Server')).to.equal(location.origin);
    expect(f.get('Filters applied')).to.equal('Only activities of the type Sign-in failed');
    expect(f.get('Time zone of the times')).to.equal('Asia/Tokyo (GMT+09:00)');
    expect(f.get('Activities')).to.equal(want.length.toLocaleString('en'));
    const made = doc.querySelector<HTMLTimeElement>('.facts time')!;
    expect(Math.abs(Date.parse(made.dateTime) - Date.now())).to.be.below(60_000);
    expect(text(made)).to.match(/GMT\+9$/);

    const rows = cells(doc);
    expect(rows).to.have.length(want.length);
    const times = [...doc.querySelectorAll<HTMLTimeElement>('tbody time')];
    expect(times.map((t) => t.dateTime)).to.deep.equal(want.map((e) => new Date(`${e.datetime.replace(' ', 'T')}Z`).toISOString()));
    for (const [i, row] of rows.entries()) {
      expect(row[0], `row ${i}`).to.match(/GMT\+9$/);
      expect(row[0], `row ${i}`).to.not.match(/ago/);
      expect(row[1]).to.equal(want[i]!.user_login);
      expect(row[2]).to.equal('Sign-in failed failed to log in');
      expect(row[4]).to.equal(`${want[i]!.ip} · ${want[i]!.country_name}`);
    }
    // The burst is there, with its address and country.
    expect(rows.filter((r) => r[4] === `${BURST_IP} · Singapore` && r[1] === 'admin')).to.have.length(14);
  });

  it('reads the whole trail as the export does: several pages per round trip', async () => {
    const el = await fixture<ActivityLog>(html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser}></activity-log>`);
    await loads(el, loadsRec);
    const asked = demo.requests.length;
    const doc = await openReport(el);
    expect(cells(doc)).to.have.length(3000);
    expect(facts(doc).get('Filters applied')).to.equal('None: every activity');
    const trips = demo.requests.slice(asked).map((r) => new URL(r.url).searchParams.get('method'));
    expect(new Set(trips)).to.deep.equal(new Set(['API.getBulkRequest']));
    expect(trips.length).to.be.below(3000 / 100);
  });
});

describe('<activity-log> audit report against crafted answers', () => {
  const hostile: RawEntry[] = [
    {
      id: '3',
      user_login: '<img src=x onerror="window.__pwned=1">',
      type: 'ActivityLog/GoalChanged',
      parameters: { items: [{ type: 'goal', data: { id: 1, name: '<svg onload="window.__pwned=1"></svg>' } }] },
      datetime: utc(Date.UTC(2024, 5, 30, 23, 30, 5)),
      description: '<b>changed</b> a goal',
      ip: '<script>window.__pwned=1</script>',
      country: 'xx',
      country_name: '<i>Nowhere</i>',
    },
    { id: '2', user_login: 'Matomo System', type: 'ActivityLog/ScheduledReportSent', parameters: [], datetime: utc(Date.UTC(2024, 5, 29, 8, 0, 0)), description: 'sent a scheduled report' },
    { id: '1', user_login: 'sophie.martin', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: 'not a date', description: 'logged in', ip: '2001:db8::1', country_name: 'France' },
  ];

  it('shows hostile names, IPs and countries as text', async () => {
    const el = await mountSource(hostile);
    const doc = await openReport(el);
    const body = doc.querySelector('tbody')!;
    expect(body.querySelectorAll('img, svg, script, b, i')).to.have.length(0);
    const rows = cells(doc);
    expect(rows[0]![1]).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(rows[0]![3]).to.contain('<svg onload="window.__pwned=1"></svg>');
    expect(rows[0]![4]).to.equal('<script>window.__pwned=1</script> · <i>Nowhere</i>');
    expect(rows[1]![1]).to.equal('Matomo System (system)');
    expect(rows[2]![0]).to.equal('Time unknown');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect((doc.defaultView as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(facts(doc).get('Server')).to.equal('Entries given by the page itself');
  });

  it('says every filter in words', async () => {
    const el = await mountSource(makeEntries(40, { users: ['sophie.martin'] }), { user: 'sophie.martin', dateFrom: '2024-06-28', dateTo: '2024-06-30', search: 'newsletter' });
    const doc = await openReport(el);
    expect([...doc.querySelectorAll('.facts li')].map(text)).to.deep.equal([
      'Only the activities of sophie.martin',
      'From June 28, 2024 to June 30, 2024, both days included',
      'Containing the words “newsletter”',
    ]);
    el.dateTo = '';
    el.search = '';
    el.user = '';
    await el.updateComplete;
    const doc2 = await openReport(el);
    expect([...doc2.querySelectorAll('.facts li')].map(text)).to.deep.equal(['From June 28, 2024 on']);
  });

  it('says there are no filters, and times in UTC when the browser is in UTC', async () => {
    await executeServerCommand('set-timezone', { timezoneId: 'UTC' });
    const el = await mountSource(hostile.slice(0, 1));
    const doc = await openReport(el);
    expect(facts(doc).get('Filters applied')).to.equal('None: every activity');
    expect(facts(doc).get('Time zone of the times')).to.equal('UTC (GMT+00:00)');
    expect(cells(doc)[0]![0]).to.equal('Jun 30, 2024, 11:30:05 PM UTC');
  });

  it('prints with Print, and Close closes the window and gives the focus back', async () => {
    const el = await mountSource(makeEntries(5));
    const doc = await openReport(el);
    const win = doc.defaultView!;
    let printed = 0;
    win.print = () => void printed++;
    const [print, close] = [...doc.querySelectorAll('button')];
    expect(text(print)).to.equal('Print');
    print!.click();
    expect(printed).to.equal(1);
    expect(text(close)).to.equal('Close');
    close!.click();
    expect(win.closed).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('is opened with the keyboard, and its heading takes the focus', async () => {
    const el = await mountSource(makeEntries(5));
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => opened[0]?.document.querySelector('.facts'), 'the report was not written');
    const doc = opened[0]!.document;
    expect(doc.activeElement).to.equal(doc.querySelector('h1'));
    expect([...doc.querySelectorAll('button')].every((b) => b.type === 'button' && !b.disabled && b.tabIndex === 0)).to.equal(true);
  });

  it('shows its progress with Cancel in the widget and in the window; Cancel closes the window', async () => {
    const el = await mountSource(makeEntries(300), {}, 150);
    button(el).click();
    await waitUntil(() => $(el, '[part="report-progress"]'), 'no progress shown');
    const win = opened[0]!;
    expect(button(el).disabled).to.equal(true);
    await waitUntil(() => /Preparing the report… \d+ of 300 checked/.test(text($(el, '[part="report-progress"]'))), 'no count in the progress');
    expect(text(win.document.querySelector('[role=status]'))).to.match(/^Preparing the report…/);
    expect(win.document.querySelector('button')?.textContent).to.equal('Cancel report');
    [...$(el, '[part="report-progress"]')!.querySelectorAll('button')].find((b) => text(b) === 'Cancel report')!.click();
    await waitUntil(() => win.closed, 'the window stayed open');
    await waitUntil(() => !$(el, '[part="report-progress"]'), 'the progress stayed');
    expect($(el, '[part="error"]')).to.equal(null);
    expect(errorsRec.events).to.have.length(0);
    expect(text($(el, '[part="announcer"], .visually-hidden[role=status], [aria-live]'))).to.contain('Report cancelled.');
    expect(button(el).disabled).to.equal(false);
  });

  it('says so when the browser blocks its window, and Retry tries again', async () => {
    const el = await mountSource(makeEntries(5));
    window.open = () => null;
    button(el).click();
    await waitUntil(() => $(el, '[part="error"]'), 'no error shown');
    expect(text($(el, '[part="error"]'))).to.contain('The report needs a window of its own, and the browser did not open one: allow pop-ups for this page, then try again.');
    expect(errorsRec.events.map((e) => e.detail.during)).to.deep.equal(['report']);
    window.open = (...args: Parameters<typeof window.open>) => {
      const win = realOpen.apply(window, args);
      if (win) opened.push(win);
      return win;
    };
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await waitUntil(() => opened[0]?.document.querySelector('.facts'), 'the report was not written');
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('closes its window and says so when its code does not arrive; Retry opens the report', async () => {
    const el = await mountSource(makeEntries(5));
    const load = chunks.report;
    chunks.report = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      button(el).click();
      await waitUntil(() => $(el, '[part="error"]'), 'no failure shown');
      expect(opened[0]!.closed).to.equal(true);
      expect(text($(el, '[part="error"]'))).to.contain('Could not load the report.');
      expect(errorsRec.events.map((e) => [e.detail.kind, e.detail.during])).to.deep.equal([['network', 'report']]);
    } finally {
      chunks.report = load;
    }
    // Retry, a click, opens the report's window again and writes the report into it.
    $<HTMLButtonElement>(el, '[part="error"] [part="retry-button"]')!.click();
    await waitUntil(() => opened[1]?.document.querySelector('.facts'), 'the report was not written');
    await el.updateComplete;
    expect($(el, '[part="error"]'), 'the failure stayed').to.equal(null);
  });

  it('is accessible: the widget with its button, and the report', async () => {
    const el = await mountSource(hostile);
    await expectAccessible(el);
    const doc = await openReport(el);
    // axe runs in this document: the report's content, with its styles, in a container here.
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reportStyles.cssText.replace(/:root/g, ':host'));
    root.adoptedStyleSheets = [sheet];
    root.append(document.importNode(doc.querySelector('main')!, true));
    try {
      await expectAccessible(host);
    } finally {
      host.remove();
    }
  });
});

describe('<activity-log> audit report in other languages', () => {
  it('speaks German', async () => {
    const el = await localeFixture<ActivityLog>('de', html`<activity-log .source=${memorySource(makeEntries(3))} activity-type="ActivityLog/GoalAdded"></activity-log>`);
    await loads(el, loadsRec);
    expect(text(button(el))).to.equal('Bericht drucken');
    const doc = await openReport(el);
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.documentElement.dir).to.equal('ltr');
    expect(text(doc.querySelector('h1'))).to.equal('Bericht des Aktivitätsprotokolls');
    expect([...doc.querySelectorAll('th')].map(text)).to.deep.equal(['Datum und Uhrzeit', 'Wer', 'Was', 'Details', 'IP-Adresse und Land']);
    expect([...facts(doc).keys()]).to.deep.equal(['Server', 'Angewandte Filter', 'Bericht erstellt', 'Zeitzone der Zeitangaben', 'Aktivitäten']);
    expect(facts(doc).get('Angewandte Filter')).to.match(/^Nur Aktivitäten vom Typ /);
    expect([...doc.querySelectorAll('button')].map(text)).to.deep.equal(['Drucken', 'Schließen']);
    // German dates, day first, 24-hour clock: "30. Juni 2024, 11:00:00 UTC".
    expect(cells(doc)[0]![0]).to.match(/^30\. Juni 2024, \d{2}:\d{2}:\d{2} \S+$/);
  });

  it('speaks Arabic, right to left', async () => {
    const el = await localeFixture<ActivityLog>('ar', html`<activity-log .source=${memorySource(makeEntries(3))} search="did"></activity-log>`);
    await loads(el, loadsRec);
    expect(text(button(el))).to.equal('طباعة التقرير');
    const doc = await openReport(el);
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(text(doc.querySelector('h1'))).to.equal('تقرير سجل الأنشطة');
    expect(facts(doc).get('عوامل التصفية المطبّقة')).to.equal('تحتوي على الكلمات «did»');
    expect(getComputedStyle(doc.querySelector('th')!).textAlign).to.equal('start');
    expect([...doc.querySelectorAll('button')].map(text)).to.deep.equal(['طباعة', 'إغلاق']);
    // The address keeps its own direction.
    expect(doc.querySelector('tbody td:last-child span')!.getAttribute('dir')).to.equal('ltr');
  });

  it('takes every word from the catalogue (pseudo-locale)', async () => {
    const raw = makeEntries(3);
    const el = await pseudoFixture<ActivityLog>(html`<activity-log .source=${memorySource(raw)} user="admin" search="did"></activity-log>`);
    await loads(el, loadsRec);
    const doc = await openReport(el);
    // Server data, and the dates, times and zone Intl writes. The types' names come from the list's
    // catalogue (catalogue.ts), which does not go through the layer yet on this branch.
    const intl = [...doc.querySelectorAll('time')].map(text).concat(text(doc.querySelector('.facts dd:nth-of-type(4)')));
    expectNoBypass(doc.body, [...raw.flatMap((e) => [e.user_login, e.description, `${e.ip} · ${e.country_name}`]), 'admin', 'did', ...intl, 'Signed in', 'Goal added', 'Segment changed', 'Website created', 'Plugin activated']);
  });
});
