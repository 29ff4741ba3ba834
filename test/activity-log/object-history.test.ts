/**
 * An object's history (the `object` filter): opened from a row's "History:" buttons, shown with a
 * banner that names the object and leads back to the whole log, against the demo backend and
 * against crafted answers with hostile names and keys.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import '../../src/activity-log/define.js';
import type { ActivityFilters, ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { describeFilters } from '../../src/activity-log/filters.js';
import { translator } from '../../src/core/translate.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { localeFixture } from '../helpers/pseudo-locale.js';
import { $, expectAccessible, loads, record, rowIds, rowLogins, rows, text } from './element-helpers.js';
import { fakeMatomo, TOKEN, useFetch, utc, type RawEntry } from './fake-matomo.js';

let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let changes: ReturnType<typeof record<ActivityFilters>>;
let restore: () => void = () => {};

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  changes = record<ActivityFilters>('dw-activity-change');
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
  changes.stop();
});

/** The history buttons of a row. */
const historyButtons = (row: Element) => [...row.querySelectorAll<HTMLButtonElement>('.marks-history button')];
/** The history button of the first row that has one named `name`. */
function historyButton(el: ActivityLog, name: string): HTMLButtonElement {
  const button = rows(el)
    .flatMap(historyButtons)
    .find((b) => b.getAttribute('aria-label') === name);
  expect(button, `a button named ${name}`).to.exist;
  return button!;
}

/** Waits until the marks (they come with the filter bar's code) are on the rows. */
const marked = (el: ActivityLog) => waitUntil(() => rows(el).length && rows(el).every((r) => r.querySelector('.marks-history')), 'the rows were not marked', { timeout: 10_000 });

/** Waits until the list shows the history (every row names the object), then for the rows to be marked. */
async function historyShown(el: ActivityLog, count: number): Promise<void> {
  await waitUntil(() => rows(el).length === count && !$(el, '.list[aria-busy="true"]'), `expected ${count} rows, got ${rows(el).length}`, { timeout: 15_000 });
  await el.updateComplete;
  await marked(el);
}

describe('<activity-log> an object history on the demo backend', () => {
  const demo = useDemoBackend();

  /** Ids of the demo's activities naming an item of `type` with this id (and this website), newest first: read from the backend's own data. */
  function naming(type: string, id: number, site?: number, activity = ''): string[] {
    const items = (raw: (typeof demo.backend.state.matomo.activity)[number]) => {
      const list = (raw.parameters as { items?: Array<{ type: string; data: { id: number } }> }).items;
      return Array.isArray(list) ? list : [];
    };
    return demo.backend.state.matomo.activity
      .filter((raw) => !activity || raw.type === activity)
      .filter((raw) => items(raw).some((i) => i.type === type && i.data.id === id) && (site === undefined || items(raw).some((i) => i.type === 'measurable' && i.data.id === site)))
      .map((raw) => String(raw.id));
  }

  async function mountDemo(attrs: { type?: string; object?: string } = {}): Promise<ActivityLog> {
    const el = await fixture<ActivityLog>(html`<activity-log
      api-base="/matomo/"
      .token=${DEMO_TOKENS.matomoSuperUser}
      activity-type=${attrs.type ?? ''}
      object=${attrs.object ?? ''}
      page-size="50"
    ></activity-log>`);
    await loads(el, loadsRec);
    return el;
  }

  it('opens goal "PDF download" from a row: its 12 changes, a banner naming it, and the way back', async () => {
    const el = await mountDemo({ type: 'ActivityLog/GoalChanged' });
    await marked(el);
    const button = historyButton(el, 'History of goal “PDF download”');
    expect(text(button)).to.equal('goal “PDF download”');
    expect(button.querySelector('span')!.translate, 'the name is marked as not to translate').to.equal(false);
    const row = button.closest('li')!;
    expect(text(row.querySelector('.marks-history'))).to.equal('History: goal “PDF download” · website “Docs”');

    button.click();
    expect(el.object).to.equal('goal:1@3');
    expect(changes.events.at(-1)!.detail).to.include({ object: 'goal:1@3', activityType: 'ActivityLog/GoalChanged' });
    // The goal's changes, the scripted story's 12 among them, newest first.
    const changed = naming('goal', 1, 3, 'ActivityLog/GoalChanged');
    expect(changed.length).to.be.at.least(12);
    await historyShown(el, changed.length);
    expect(rowIds(el)).to.deep.equal(changed);
    expect(rows(el).every((r) => text(r.querySelector('.marks-history')).includes('goal “PDF download”'))).to.equal(true);
    expect(text($(el, '.history-title'))).to.equal('History of goal “PDF download” (id 1, website 3)');

    // Every activity of the goal: the type filter cleared, its creation too.
    el.activityType = '';
    const all = naming('goal', 1, 3);
    expect(all.length).to.be.above(changed.length);
    await historyShown(el, all.length);
    expect(rowIds(el)).to.deep.equal(all);

    $<HTMLButtonElement>(el, '[part="history-back"]')!.click();
    await el.updateComplete;
    expect(el.object).to.equal('');
    expect(changes.events.at(-1)!.detail.object).to.equal('');
    await waitUntil(() => !$(el, '[part="history"]'), 'the banner stayed');
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('select, input'), 'focus did not go to the filters');
  });

  it('opens a website history by keyboard: Tab to its button, Enter', async () => {
    const el = await mountDemo({ type: 'ActivityLog/MeasurableSettingsUpdated' });
    await marked(el);
    const first = rows(el)[0]!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.closest('.marks-history'), 'Tab goes to the row’s history button').to.exist;
    expect(focused.getAttribute('aria-label')).to.match(/^History of website “/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.object).to.match(/^website:\d+$/);
    await waitUntil(() => $(el, '[part="history"]'), 'no banner');
    await expectAccessible(el);
  });

  it('shows the history named in the attribute, with the name once an entry gives it; axe finds nothing', async () => {
    const el = await mountDemo({ object: 'segment:1' });
    const ids = naming('segment', 1);
    await historyShown(el, ids.length);
    expect(rowIds(el)).to.deep.equal(ids);
    await waitUntil(() => text($(el, '.history-title')) === 'History of segment “Returning customers” (id 1)', `banner: ${text($(el, '.history-title'))}`);
    await expectAccessible(el);
  });
});

/** An entry as Matomo sends it, about the objects of `items`. */
function entry(id: number, login: string, minutesAgo: number, items: unknown[], type = 'ActivityLog/GoalChanged'): RawEntry {
  return { id: String(id), user_login: login, type, parameters: { items }, datetime: utc(Date.now() - minutesAgo * 60_000), description: 'changed a goal' };
}

describe('<activity-log> an object history with crafted answers', () => {
  async function mountCrafted(entries: RawEntry[], object = '', locale = ''): Promise<ActivityLog> {
    restore = useFetch(fakeMatomo(entries).fetch);
    const template = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} object=${object}></activity-log>`;
    const el = locale ? await localeFixture<ActivityLog>(locale, template) : await fixture<ActivityLog>(template);
    await loads(el, loadsRec);
    return el;
  }

  it('shows hostile names as text, clipped, and opens their histories', async () => {
    const long = 'N'.repeat(10_000);
    const el = await mountCrafted([
      entry(4, 'alice', 5, [{ type: 'goal', data: { id: 7, name: '<img src=x onerror=alert(1)>' } }, { type: 'measurable', data: { id: 2, name: '\u202Egnp.exe' } }]),
      entry(3, 'bob', 10, [{ type: 'segment', data: { id: '__proto__', name: long } }]),
      entry(2, '__proto__', 15, [{ type: 'user', data: { login: 'constructor' } }], 'ActivityLog/UserChanged'),
      entry(1, 'carol', 20, [{ type: 'goal', data: { id: { toString: 'x' }, name: 'object id' } }, { type: '__proto__', data: { id: 1 } }, 'goal', null]),
    ]);
    await marked(el).catch(() => undefined);
    await waitUntil(() => rows(el)[0]?.querySelector('.marks-history button'), 'no history buttons');
    const [first, second, third, fourth] = rows(el);
    expect(first!.querySelector('img'), 'markup in a name is text').to.equal(null);
    expect(text(first!.querySelector('.marks-history'))).to.equal('History: goal “<img src=x onerror=alert(1)>” · website “\u202Egnp.exe”');
    expect(historyButtons(first!).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['History of goal “<img src=x onerror=alert(1)>”', 'History of website “\u202Egnp.exe”']);
    const segment = historyButtons(second!)[0]!;
    expect(text(segment).length).to.be.below(80);
    expect(historyButtons(third!).map((b) => text(b))).to.deep.equal(['user “constructor”']);
    expect(historyButtons(fourth!), 'an id that is an object, an unknown kind, items that are not objects: no button').to.have.length(0);

    segment.click();
    expect(el.object).to.equal('segment:__proto__');
    await historyShown(el, 1);
    expect(rowLogins(el)).to.deep.equal(['bob']);
    expect(text($(el, '.history-title'))).to.equal(`History of segment “${'N'.repeat(99)}…” (id __proto__)`);

    el.object = 'user:constructor';
    await waitUntil(() => rowLogins(el).join() === '__proto__', `rows: ${rowLogins(el).join()}`, { timeout: 10_000 });
    await expectAccessible(el);
  });

  it('says what is wrong with a key that names no object, and shows nothing for it', async () => {
    const el = await mountCrafted([entry(2, 'alice', 5, [{ type: 'goal', data: { id: 1, name: 'Signup' } }]), entry(1, 'bob', 9, [])], '<img src=x>:\u202E1');
    await waitUntil(() => $(el, '[part="history"]'), 'no banner');
    expect(text($(el, '[part="history"]'))).to.include('“<img src=x>:\u202E1” names no object: an object is named like goal:1@3, website:2 or user:alice.');
    expect($(el, '[part="history"] img')).to.equal(null);
    await waitUntil(() => $(el, '[part="empty"]'), 'no empty state', { timeout: 10_000 });
    expect(rows(el)).to.have.length(0);
    for (const bad of ['goal:', 'goal:1@', 'planet:1', '__proto__:1', `goal:${'9'.repeat(10_000)}`, 'constructor']) {
      el.object = bad;
      await el.updateComplete;
      await waitUntil(() => text($(el, '[part="history"]')).includes('names no object'), `no message for ${bad.slice(0, 20)}`);
    }
    await expectAccessible(el);
  });

  it('names the history in the empty state and the print report’s words', async () => {
    const t = translator('en');
    const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
    // Its words come with the scan's code, which an object filter loads before the list shows.
    await import('../../src/activity-log/entry-tests.js');
    expect(describeFilters({ ...none, object: 'goal:1@3' }, t)).to.deep.equal(['History of goal 1 (website 3)']);
    expect(describeFilters({ ...none, object: 'user:alice@example.com' }, t)).to.deep.equal(['History of user alice@example.com']);
    expect(describeFilters({ ...none, object: 'goal:1@' }, t)).to.deep.equal(['History of goal:1@']);
    const el = await mountCrafted([entry(1, 'alice', 5, [{ type: 'goal', data: { id: 1, name: 'Signup' } }, { type: 'measurable', data: { id: 3 } }])], 'goal:2@3');
    await waitUntil(() => $(el, '[part="empty"]'), 'no empty state', { timeout: 10_000 });
    expect(text($(el, '[part="empty"]'))).to.include('History of goal 2 (website 3)');
    expect(text($(el, '.history-title'))).to.equal('History of goal 2 (website 3)');
  });

  it('speaks German: the marks, the banner and the way back', async () => {
    const el = await mountCrafted([entry(2, 'alice', 5, [{ type: 'goal', data: { id: 1, name: 'PDF download' } }, { type: 'measurable', data: { id: 3, name: 'Docs' } }])], 'goal:1@3', 'de');
    await historyShown(el, 1);
    await waitUntil(() => text(rows(el)[0]!.querySelector('.marks-history')).startsWith('Verlauf:'), 'no German marks');
    expect(text(rows(el)[0]!.querySelector('.marks-history'))).to.equal('Verlauf: Ziel „PDF download“ · Website „Docs“');
    expect(historyButtons(rows(el)[0]!)[0]!.getAttribute('aria-label')).to.equal('Verlauf von Ziel „PDF download“');
    expect(text($(el, '.history-title'))).to.equal('Verlauf von Ziel „PDF download“ (ID 1, Website 3)');
    expect(text($(el, '[part="history-back"]'))).to.equal('Zurück zum ganzen Protokoll');
    expect(text($(el, '.history-window'))).to.equal('Änderungen markieren, die innerhalb von Minuten nach der Änderung eines anderen Benutzers erfolgen');
  });
});
