/**
 * Overwrite marks: a change to an object made by one user shortly after another user's change to
 * it, marked on both rows ("Changed 6 minutes after priya.nair's change", "tomasz.nowak changed
 * this 6 minutes later"), each a link to the other row; the window is `overwrite-window`, or the
 * field in an object's history. Against the demo backend and crafted answers.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import '../../src/activity-log/define.js';
import type { ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { toEntries } from '../../src/api/activity-source.js';
import { overwrites } from '../../src/activity-log/object-marks.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { localeFixture } from '../helpers/pseudo-locale.js';
import { registerTranslation } from '../../src/i18n/on-demand.js';
import { $, expectAccessible, loads, record, rowLogins, rows, text } from './element-helpers.js';
import { fakeMatomo, TOKEN, useFetch, utc, type RawEntry } from './fake-matomo.js';

let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let restore: () => void = () => {};

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
});

/** The overwrite marks of a row, as text. */
const marksOf = (row: Element | undefined) => [...(row?.querySelectorAll('.marks-overwrite button') ?? [])].map((b) => text(b));
/** Every row's overwrite marks, by the row's login, for rows that have some. */
const allMarks = (el: ActivityLog) => rows(el).flatMap((r) => marksOf(r).map((m) => `${text(r.querySelector('.who'))}: ${m}`));
/** Waits until the marks (they come with the filter bar's code) are on the rows. */
const marked = (el: ActivityLog) => waitUntil(() => rows(el).length && rows(el).every((r) => r.querySelector('.marks-overwrite')), 'the rows were not marked', { timeout: 10_000 });

describe('<activity-log> overwrite marks on the demo backend', () => {
  useDemoBackend();

  async function mountDemo(object: string, window?: number): Promise<ActivityLog> {
    const el = await fixture<ActivityLog>(html`<activity-log
      api-base="/matomo/"
      .token=${DEMO_TOKENS.matomoSuperUser}
      object=${object}
      page-size="100"
      overwrite-window=${ifDefined(window)}
    ></activity-log>`);
    await loads(el, loadsRec);
    await waitUntil(() => rows(el).length && !$(el, '.list[aria-busy="true"]'), 'no rows', { timeout: 15_000 });
    await marked(el);
    return el;
  }

  it('marks tomasz.nowak overwriting priya.nair on goal "PDF download" both ways, and the links move focus', async () => {
    const el = await mountDemo('goal:1@3');
    const later = rows(el).find((r) => marksOf(r).includes("Changed 6 minutes after priya.nair's change"));
    const earlier = rows(el).find((r) => marksOf(r).includes('tomasz.nowak changed this 6 minutes later'));
    expect(later, allMarks(el).join('\n')).to.exist;
    expect(earlier).to.exist;
    expect(text(later!.querySelector('.who'))).to.equal('tomasz.nowak');
    expect(text(earlier!.querySelector('.who'))).to.equal('priya.nair');
    expect(rows(el).indexOf(earlier!)).to.be.above(rows(el).indexOf(later!));
    expect(later!.querySelector<HTMLElement>('.marks-overwrite button span')!.translate, 'the login is marked as not to translate').to.equal(false);

    // By keyboard: from the later row, Tab reaches its links; Enter on the overwrite link focuses the earlier row.
    later!.focus();
    const link = [...later!.querySelectorAll<HTMLButtonElement>('.marks-overwrite button')].find((b) => text(b).startsWith('Changed 6 minutes'))!;
    for (let i = 0; i < 6 && el.shadowRoot!.activeElement !== link; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(earlier);
    await el.updateComplete;
    expect(earlier!.tabIndex, 'the earlier row became the list’s active row').to.equal(0);
    expect(later!.tabIndex).to.equal(-1);
    // And back.
    earlier!.querySelector<HTMLButtonElement>('.marks-overwrite button.later')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(later);
    await expectAccessible(el);
  });

  it("marks admin's settings change on site 1 42 minutes after sophie.martin's with the default window, not with 30 minutes", async () => {
    const el = await mountDemo('website:1');
    const mark = "Changed 42 minutes after sophie.martin's change";
    await waitUntil(() => allMarks(el).includes(`admin: ${mark}`), allMarks(el).join('\n'));
    expect(allMarks(el)).to.include('sophie.martin: admin changed this 42 minutes later');

    // The window in the banner: 30 minutes.
    const field = $<HTMLInputElement>(el, 'input[part="overwrite-window"]')!;
    expect(field.value).to.equal('60');
    const changes = record('dw-activity-change');
    const edits = record('dw-window-edit');
    field.value = '30';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    changes.stop();
    edits.stop();
    expect(el.overwriteWindow).to.equal(30);
    expect(changes.events, 'the window is not a filter: no dw-activity-change').to.have.length(0);
    expect(edits.events, "the banner's event stays inside the widget").to.have.length(0);
    await waitUntil(() => !allMarks(el).includes(`admin: ${mark}`), 'the mark stayed with a 30-minute window');
    expect(allMarks(el)).not.to.include('sophie.martin: admin changed this 42 minutes later');

    // The attribute, clamped: a week at most, one minute at least.
    el.setAttribute('overwrite-window', '999999');
    await el.updateComplete;
    await waitUntil(() => $<HTMLInputElement>(el, 'input[part="overwrite-window"]')!.value === '10080', 'the field does not show the clamped window');
    expect(allMarks(el)).to.include(`admin: ${mark}`);
  });

  it('takes overwrite-window=30 from the attribute', async () => {
    const el = await mountDemo('website:1', 30);
    expect(allMarks(el)).not.to.include("admin: Changed 42 minutes after sophie.martin's change");
    expect($<HTMLInputElement>(el, 'input[part="overwrite-window"]')!.value).to.equal('30');
  });
});

/** An entry changing (or doing) something about `items`. */
function entry(id: number, login: unknown, minutesAgo: number | null, items: unknown[], type = 'ActivityLog/GoalChanged'): RawEntry {
  const at = minutesAgo === null ? '' : utc(Date.UTC(2026, 0, 10, 12, 0, 0) - minutesAgo * 60_000);
  return { id: String(id), user_login: login as string, type, parameters: { items }, datetime: at, description: 'did something' };
}
const goal = (id: unknown, name: unknown = 'Signup') => [{ type: 'goal', data: { id, name } }, { type: 'measurable', data: { id: 1, name: 'Shop' } }];

describe('overwrites(): which changes are marked', () => {
  it('compares each change with the one before it on its subject, by another user, within the window', () => {
    const page = toEntries([
      entry(9, 'carol', 0, goal(1)), // 5 minutes after bob: marked
      entry(8, 'bob', 5, goal(1)), // 5 minutes after bob: the same user, not marked
      entry(7, 'bob', 10, goal(1)), // 20 minutes after alice: marked
      entry(6, 'dave', 12, goal(2)), // another goal
      entry(5, 'erin', 13, goal(1), 'ActivityLog/UserSignedIn'), // not a change
      entry(4, 'frank', 14, goal(1), 'ScheduledReports/ReportSent'), // not a change
      entry(3, 'alice', 30, goal(1)),
      entry(2, 'zoe', 200, goal(1)), // 170 minutes before alice: beyond the default window
      entry(1, 'yann', null, goal(1)), // no time: never compared
    ]);
    const marks = overwrites(page, 60);
    const described = [...marks].map(([e, m]) =>
      [`${e.id}:`, m.after && `after ${m.after.other.id} (${m.after.minutes})`, m.later && `later ${m.later.other.id} (${m.later.minutes})`].filter(Boolean).join(' '),
    );
    expect(described).to.deep.equal(['7: after 3 (20)', '3: later 7 (20)', '9: after 8 (5)', '8: later 9 (5)']);
    expect(overwrites(page, 60), 'found once per page and window').to.equal(marks);
    const wide = overwrites(page, 180);
    expect(wide.get(page[6]!)).to.deep.include({ after: { other: page[7], minutes: 170 } });
  });

  it('keeps to the subject: the first object an entry names, with per-website keys', () => {
    const page = toEntries([
      entry(3, 'bob', 0, [{ type: 'goal', data: { id: 1, name: 'Signup' } }, { type: 'measurable', data: { id: 2 } }]),
      entry(2, 'alice', 1, [{ type: 'goal', data: { id: 1, name: 'Signup' } }, { type: 'measurable', data: { id: 1 } }]),
      entry(1, 'carol', 2, [{ type: 'measurable', data: { id: 2 } }], 'ActivityLog/MeasurableSettingsUpdated'),
    ]);
    expect(overwrites(page, 60).size, 'goal 1 of site 2 is not goal 1 of site 1; a goal is not its website').to.equal(0);
  });
});

describe('<activity-log> overwrite marks with crafted answers', () => {
  async function mountCrafted(entries: RawEntry[], locale = '', window = 60): Promise<ActivityLog> {
    restore = useFetch(fakeMatomo(entries).fetch);
    const template = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} overwrite-window=${window}></activity-log>`;
    const el = locale ? await localeFixture<ActivityLog>(locale, template) : await fixture<ActivityLog>(template);
    await loads(el, loadsRec);
    await marked(el);
    return el;
  }

  it('shows hostile logins as text, clipped, with hours over 90 minutes; odd entries break nothing', async () => {
    const long = 'L'.repeat(10_000);
    const el = await mountCrafted([
      entry(8, '<img src=x onerror=alert(1)>', 0, goal('__proto__')),
      entry(7, '\u202Eevil', 1, goal('__proto__')),
      entry(6, long, 100, goal('__proto__')),
      entry(5, 'constructor', 220, goal('__proto__')),
      entry(4, 42, 230, goal(3)),
      entry(3, 'alice', 231, goal(3)),
      entry(2, 'bob', null, goal(3)),
      entry(1, '', 232, goal(3)),
    ], '', 180);
    const [first, second, third, fourth, fifth, sixth, seventh, eighth] = rows(el);
    expect(first!.querySelector('img')).to.equal(null);
    expect(marksOf(first)).to.deep.equal(["Changed 1 minute after \u202Eevil's change"]);
    expect(marksOf(second)).to.deep.equal([`Changed 2 hours after ${'L'.repeat(59)}…'s change`, '<img src=x onerror=alert(1)> changed this 1 minute later']);
    expect(marksOf(third)).to.deep.equal(["Changed 2 hours after constructor's change", '\u202Eevil changed this 2 hours later']);
    expect(marksOf(fourth)).to.deep.equal([`${'L'.repeat(59)}… changed this 2 hours later`]);
    // A login sent as a number is read as text; an entry without time or login is never compared.
    expect([fifth, sixth, seventh, eighth].map(marksOf)).to.deep.equal([["Changed 1 minute after alice's change"], ['42 changed this 1 minute later'], [], []]);
    await expectAccessible(el);
  });

  it('writes the marks again when their words arrive after them (a language file still on its way)', async () => {
    const el = await mountCrafted([entry(2, 'tomasz.nowak', 0, goal(1)), entry(1, 'priya.nair', 6, goal(1))], 'en-x-late');
    const history = () => text(rows(el)[0]!.querySelector('.marks-label'));
    expect(marksOf(rows(el)[0])).to.deep.equal(["Changed 6 minutes after priya.nair's change"]);
    expect(history()).to.equal('History:');
    await registerTranslation('en-x-late', {
      "Changed {count} minutes after {user}'s change": { one: 'Redone {count} minute after {user}', other: 'Redone {count} minutes after {user}' },
      '{user} changed this {count} minutes later': { one: '{user} redid it {count} minute later', other: '{user} redid it {count} minutes later' },
      'History:': 'Past:',
    });
    await waitUntil(() => marksOf(rows(el)[0]).join() === 'Redone 6 minutes after priya.nair', `marks: ${marksOf(rows(el)[0]).join()}`);
    expect(marksOf(rows(el)[1])).to.deep.equal(['tomasz.nowak redid it 6 minutes later']);
    await waitUntil(() => history() === 'Past:', `the history mark says ${history()}`);
  });

  it('speaks Arabic: both marks, right to left', async () => {
    const el = await mountCrafted([entry(2, 'tomasz.nowak', 0, goal(1)), entry(1, 'priya.nair', 6, goal(1))], 'ar');
    await waitUntil(() => marksOf(rows(el)[0]).join().includes('غُيّر'), `marks: ${marksOf(rows(el)[0]).join()}`);
    expect(marksOf(rows(el)[0])).to.deep.equal(['غُيّر بعد 6 دقائق من تغيير priya.nair']);
    expect(marksOf(rows(el)[1])).to.deep.equal(['غيّره tomasz.nowak بعد 6 دقائق']);
    expect(rowLogins(el)).to.deep.equal(['tomasz.nowak', 'priya.nair']);
  });
});
