/**
 * Sign-in marks of <activity-log>: where each sign-in came from, failed sign-ins told as one story
 * and folded into it, the sign-in that followed; against the demo backend (its brute-force burst
 * and slower run) and crafted answers with hostile values; by keyboard, accessible, in Arabic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { BREAK_IN_IP, BURST_IP, SLOW_RUN_IP } from '../../src/demo/seed-investigations.js';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { expectNoBypass, localeFixture, pseudoFixture } from '../helpers/pseudo-locale.js';
import { fakeMatomo, TOKEN, useFetch, utc, type RawEntry } from './fake-matomo.js';
import { $, $$, expectAccessible, loads, record, rows, text } from './element-helpers.js';

type Raw = InstalledDemoBackend['backend']['state']['matomo']['activity'][number];

let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
});

const FAILED = 'ActivityLog/UserSignInFailed';

const row = (el: ActivityLog, id: string | number) => $<HTMLLIElement>(el, `li.row[data-key="${id}"]`)!;
const story = (li: Element) => text(li.querySelector('.sign-in-story'));
const toggle = (li: Element) => li.querySelector<HTMLButtonElement>('[part="sign-in-toggle"]')!;
const key = (el: ActivityLog, li: HTMLLIElement, name: string) => {
  li.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
  return el.updateComplete;
};

describe('<activity-log> sign-in marks (demo backend)', () => {
  const demo = useDemoBackend();

  /** The widget against the demo backend, 50 rows a page (the burst and the slower run are both on the first), once its marks are there. */
  async function mountDemo(locale = ''): Promise<{ el: ActivityLog; log: readonly Raw[] }> {
    const template = html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser} page-size="50"></activity-log>`;
    const el = locale ? await localeFixture<ActivityLog>(locale, template) : await fixture<ActivityLog>(template);
    await loads(el, loadsRec);
    await waitUntil(() => $(el, '.sign-in-group'), 'no group of failed sign-ins');
    return { el, log: demo.backend.state.matomo.activity };
  }

  it('tells the burst as one group of 14 on its newest row, folds the 13 others, and names the sign-in that followed from 192.0.2.66', async () => {
    const { el, log } = await mountDemo();
    const burst = log.filter((e) => e.ip === BURST_IP && e.type === FAILED);
    expect(burst).to.have.length(14);
    const head = row(el, burst[0]!.id);
    expect(story(head)).to.match(/^14 failed sign-ins for admin from 203\.0\.113\.7 between \d{1,2}:\d\d\s?[AP]M and \d{1,2}:\d\d\s?[AP]M\.$/);
    const times = [...head.querySelectorAll<HTMLTimeElement>('.sign-in-story time')].map((t) => t.dateTime);
    expect(times).to.deep.equal([new Date(`${burst[13]!.datetime.replace(' ', 'T')}Z`).toISOString(), new Date(`${burst[0]!.datetime.replace(' ', 'T')}Z`).toISOString()]);
    expect(text(head.querySelector('[part="sign-in-place"]'))).to.equal('From 203.0.113.7 · Singapore');
    for (const e of burst.slice(1)) expect(row(el, e.id).hidden, `row ${e.id}`).to.equal(true);
    expect(head.hidden).to.equal(false);

    const then = log.find((e) => e.ip === BREAK_IN_IP && e.type === 'ActivityLog/UserSignedIn')!;
    const following = text(head.querySelector('.sign-in-then'));
    expect(following).to.match(/^Then admin signed in at \d{1,2}:\d\d\s?[AP]M from 192\.0\.2\.66\. Suspicious: signed in from another address right after the failures\. Go to that sign-in$/);
    head.querySelector<HTMLButtonElement>('[part="sign-in-go"]')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(row(el, then.id));
    // The rows that are not about failures carry no group.
    expect($$(el, '.sign-in-group')).to.have.length(2);
  });

  it('groups the slower run by its address, across the logins it tried', async () => {
    const { el, log } = await mountDemo();
    const run = log.filter((e) => e.ip === SLOW_RUN_IP && e.type === FAILED);
    expect(run).to.have.length(9);
    const head = row(el, run[0]!.id);
    expect(story(head)).to.match(/^9 failed sign-ins for 8 logins from 198\.51\.100\.144 between .+ and .+\.$/);
    expect(head.querySelector('.sign-in-then')).to.equal(null);
    expect(run.slice(1).every((e) => row(el, e.id).hidden)).to.equal(true);
    expect(toggle(head).textContent).to.equal('Show the 9 sign-ins');
  });

  it('shows and folds a group by keyboard, keeps it shown across a reload, and walks past a folded group with the arrow keys', async () => {
    const { el, log } = await mountDemo();
    const burst = log.filter((e) => e.ip === BURST_IP && e.type === FAILED);
    const head = row(el, burst[0]!.id);
    const list = rows(el);
    const after = list[list.indexOf(row(el, burst[13]!.id)) + 1]!;
    const before = list[list.indexOf(head) - 1]!;

    // Folded: Down from the group's row goes past its folded rows, Up comes back.
    head.focus();
    await key(el, head, 'ArrowDown');
    expect(el.shadowRoot!.activeElement).to.equal(after);
    await key(el, after, 'ArrowUp');
    expect(el.shadowRoot!.activeElement).to.equal(head);
    await key(el, head, 'ArrowUp');
    expect(el.shadowRoot!.activeElement).to.equal(before);

    const button = toggle(head);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.equal('Hide the 14 sign-ins');
    expect(burst.every((e) => !row(el, e.id).hidden)).to.equal(true);
    await expectAccessible(el);

    // Shown: Down from the group's row goes to its next failure.
    head.focus();
    await key(el, head, 'ArrowDown');
    expect(el.shadowRoot!.activeElement).to.equal(row(el, burst[1]!.id));

    // A reload brings new entries (a new page): the group stays shown.
    el.reload();
    await loads(el, loadsRec, 2);
    await el.updateComplete;
    const again = row(el, burst[0]!.id);
    expect(toggle(again).getAttribute('aria-expanded')).to.equal('true');
    expect(burst.every((e) => !row(el, e.id).hidden)).to.equal(true);

    toggle(again).focus();
    await sendKeys({ press: 'Space' });
    expect(toggle(again).getAttribute('aria-expanded')).to.equal('false');
    expect(burst.slice(1).every((e) => row(el, e.id).hidden)).to.equal(true);
    await expectAccessible(el);
  });

  it('is accessible folded, in light and dark', async () => {
    const { el } = await mountDemo();
    await expectAccessible(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('speaks Arabic: the story, the toggle and the place in the reader’s words, the server’s data as it came', async () => {
    const { el, log } = await mountDemo('ar');
    const burst = log.filter((e) => e.ip === BURST_IP && e.type === FAILED);
    const head = row(el, burst[0]!.id);
    await waitUntil(() => story(head).includes('محاولة فاشلة لتسجيل الدخول'), `story: ${story(head)}`);
    expect(story(head)).to.contain('203.0.113.7');
    expect(story(head)).to.contain('admin');
    expect(toggle(head).textContent).to.contain('عرض المحاولات');
    expect(text(head.querySelector('[part="sign-in-place"]'))).to.equal('من 203.0.113.7 · Singapore');
    expect(text(head.querySelector('.sign-in-then'))).to.contain('ثم سجّل admin الدخول');
    expect(getComputedStyle(head).direction).to.equal('rtl');
  });

  it('sends every word through the catalogue (pseudo-locale), server data marked translate="no", times in <time>', async () => {
    const el = await pseudoFixture<ActivityLog>(html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser} page-size="50"></activity-log>`);
    await loads(el, loadsRec);
    await waitUntil(() => $(el, '.sign-in-group'), 'no group of failed sign-ins');
    for (const box of $$(el, '.marks-sign-ins')) expectNoBypass(box);
    for (const data of $$(el, '.marks-sign-ins bdi')) expect(data.translate, data.textContent!).to.equal(false);
  });
});

describe('<activity-log> sign-in marks (crafted answers)', () => {
  const NOW = Date.UTC(2026, 11, 5, 2, 20, 0);
  const min = (n: number) => utc(NOW - n * 60_000);
  const entry = (id: number, login: string, type: string, more: Partial<RawEntry>): RawEntry => ({
    id: String(id),
    user_login: login,
    type: `ActivityLog/${type}`,
    parameters: [],
    datetime: min(100 - id),
    description: 'did it',
    ...more,
  });

  async function mountCrafted(entries: RawEntry[]): Promise<ActivityLog> {
    restore = useFetch(fakeMatomo(entries).fetch);
    const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
    await loads(el, loadsRec);
    await waitUntil(() => $(el, '.sign-in-group'), 'no group of failed sign-ins');
    return el;
  }

  it('shows hostile values as text, clipped and isolated: markup for an address, a huge country, a right-to-left override, __proto__, missing values', async () => {
    const hostileIp = '<img src=x onerror="document.body.dataset.hacked=1">';
    const rlo = '\u202Eadmin';
    const el = await mountCrafted([
      entry(99, rlo, 'UserSignInFailed', { ip: hostileIp, country: 'sg', country_name: 'Ω'.repeat(10_000) }),
      entry(98, rlo, 'UserSignInFailed', { ip: hostileIp, country: 'sg', country_name: 'Ω'.repeat(10_000) }),
      entry(97, '__proto__', 'UserSignInFailed', { ip: '198.51.100.9', country: 'xx', country_name: 'Unknown', datetime: '' }),
      entry(96, '__proto__', 'UserSignInFailed', { datetime: 'not a date' }),
      entry(95, 'constructor', 'UserSignedIn', { country: 'de' }),
      entry(94, 'reader', 'UserSignedIn', { ip: '127.0.0.1', country: 'xx', country_name: 'Unknown' }),
      entry(93, 'reader', 'UserSignedOff', { ip: '0.0.0.0', country: 'xx', country_name: 'Unknown' }),
      entry(92, 'reader', 'GoalAdded', { ip: '192.0.2.1', country: 'de', country_name: 'Germany', parameters: { items: [] } }),
      entry(91, 'reader', 'PasswordResetInitiated', { ip: 12345 as unknown as string, country: 7 as unknown as string, country_name: ['x'] as unknown as string }),
    ]);
    expect($$(el, '.marks img')).to.have.length(0);
    expect(document.body.dataset.hacked).to.equal(undefined);

    const first = row(el, 99);
    expect(story(first)).to.match(/^2 failed sign-ins for \u202Eadmin from <img src=x onerror="document\.body\.dataset\.hacked=1"> between .+ and .+\.$/);
    // Each piece of server data in a <bdi> of its own: the override stays inside it.
    const pieces = [...first.querySelectorAll('.sign-in-story bdi')].map((b) => b.textContent);
    expect(pieces).to.deep.equal([rlo, hostileIp]);
    const country = first.querySelector('[part="sign-in-place"] bdi:last-child')!.textContent!;
    expect(country.length).to.be.at.most(100);
    expect(country.endsWith('…')).to.equal(true);
    expect(first.scrollWidth, 'the row does not overflow').to.be.at.most(first.clientWidth + 1);

    // No datetimes: the story without its times.
    expect(story(row(el, 97))).to.equal('2 failed sign-ins for __proto__ from 198.51.100.9 and an unknown address.');
    expect(row(el, 96).hidden).to.equal(true);
    // Matomo's "unknown" country says nothing; a code alone is named in the reader's words; odd types are no text.
    expect(text(row(el, 97).querySelector('[part="sign-in-place"]'))).to.equal('From 198.51.100.9');
    expect(row(el, 96).querySelector('[part="sign-in-place"]')).to.equal(null);
    expect(text(row(el, 95).querySelector('[part="sign-in-place"]'))).to.equal('From Germany');
    expect(text(row(el, 94).querySelector('[part="sign-in-place"]'))).to.equal('From 127.0.0.1');
    expect(row(el, 93).querySelector('[part="sign-in-place"]')).to.equal(null);
    expect(row(el, 92).querySelector('[part="sign-in-place"]')).to.equal(null);
    expect(text(row(el, 91).querySelector('[part="sign-in-place"]'))).to.equal('From 12345');
    await expectAccessible(el);
  });

  it('lists a few logins or addresses, counts many, and says a sign-in from the same address after a burst is suspicious', async () => {
    const el = await mountCrafted([
      entry(90, 'test', 'UserSignedIn', { ip: '198.51.100.7' }),
      entry(89, 'root', 'UserSignInFailed', { ip: '198.51.100.7' }),
      entry(88, 'test', 'UserSignInFailed', { ip: '198.51.100.7' }),
      entry(87, 'root', 'UserSignInFailed', { ip: '198.51.100.7' }),
      entry(86, 'admin', 'UserSignInFailed', { ip: '198.51.100.7' }),
      entry(85, 'admin', 'UserSignInFailed', { ip: '198.51.100.7' }),
      entry(84, 'admin', 'GoalAdded', { parameters: { items: [] } }),
      ...['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'].map((ip, i) => entry(83 - i, 'sophie', 'UserSignInFailed', { ip })),
    ]);
    expect(story(row(el, 89))).to.match(/^5 failed sign-ins for root, test, and admin from 198\.51\.100\.7 between .+\.$/);
    expect(text(row(el, 89).querySelector('.sign-in-then'))).to.match(
      /^Then test signed in at .+ from 198\.51\.100\.7\. Suspicious: signed in from the same address right after many failures \(a guessed password\?\)\. Go to that sign-in$/,
    );
    expect(story(row(el, 83))).to.match(/^4 failed sign-ins for sophie from 4 addresses between .+\.$/);
    // Intl's words between the logins are the reader's already: not for a translator.
    expect([...row(el, 89).querySelectorAll('.sign-in-story span[translate="no"]')].map((s) => s.textContent)).to.deep.equal([', ', ', and ']);
    expect(row(el, 83).querySelector('.sign-in-then')).to.equal(null);
  });
});
