/**
 * Security marks of <activity-log>: rows that give someone more power or take a protection away
 * carry a badge that says why, in words; against the demo backend and crafted answers, in light
 * and dark, in German.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { localeFixture } from '../helpers/pseudo-locale.js';
import { fakeMatomo, TOKEN, useFetch, utc, type RawEntry } from './fake-matomo.js';
import { $, $$, choose, expectAccessible, loads, record, rowIds, text } from './element-helpers.js';

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

const badge = (el: ActivityLog, id: string) => $(el, `li.row[data-key="${id}"] [part="security-mark"]`);
/** Waits until the marks' code is here (it comes with the filter bar's). */
const marked = (el: ActivityLog) => waitUntil(() => customElements.get('dw-activity-filter-bar') && $(el, '.marks-security'), 'the rows were not marked');

describe('<activity-log> security marks (demo backend)', () => {
  const demo = useDemoBackend();

  async function mountDemo(): Promise<{ el: ActivityLog; log: typeof demo.backend.state.matomo.activity }> {
    const el = await fixture<ActivityLog>(html`<activity-log api-base="/matomo/" .token=${DEMO_TOKENS.matomoSuperUser} page-size="100"></activity-log>`);
    await loads(el, loadsRec);
    await marked(el);
    return { el, log: demo.backend.state.matomo.activity };
  }

  it('marks each super-user access granted', async () => {
    const { el, log } = await mountDemo();
    await choose(el, 'type-filter', 'ActivityLog/UserSetSuperUserAccess');
    await loads(el, loadsRec, 2);
    const granted = log.filter((e) => e.type === 'ActivityLog/UserSetSuperUserAccess');
    expect(granted.length).to.be.greaterThan(0);
    await waitUntil(() => badge(el, String(granted[0]!.id)), 'no badge');
    for (const e of granted) expect(text(badge(el, String(e.id))), String(e.id)).to.equal('Security-relevant: super-user access granted');
  });

  it('marks the website access changes that give admin access, recorded as the real plugin does (an access item), and no others', async () => {
    const { el, log } = await mountDemo();
    await choose(el, 'type-filter', 'ActivityLog/UserSiteAccessChanged');
    await loads(el, loadsRec, 2);
    const changes = log.filter((e) => e.type === 'ActivityLog/UserSiteAccessChanged');
    const accessOf = (e: (typeof changes)[number]) => ((e.parameters as { items: Array<{ type: string; data: { access?: string } }> }).items.find((i) => i.type === 'access')?.data.access);
    expect(new Set(changes.map(accessOf))).to.deep.equal(new Set(['view', 'write', 'admin']));
    await waitUntil(() => rowIds(el).length === Math.min(100, changes.length), 'rows');
    await waitUntil(() => $$(el, '[part="security-mark"]').length, 'no badge');
    const shown = changes.filter((e) => rowIds(el).includes(String(e.id)));
    for (const e of shown) {
      const expected = accessOf(e) === 'admin' ? 'Security-relevant: admin access to a website given' : '';
      expect(text(badge(el, String(e.id))), `${e.id} (${accessOf(e)})`).to.equal(expected);
    }
  });

  it('is accessible with its badges, in light and dark, and the badge stands out in both', async () => {
    const { el } = await mountDemo();
    await choose(el, 'type-filter', 'ActivityLog/UserCreated');
    await loads(el, loadsRec, 2);
    await waitUntil(() => $(el, '[part="security-mark"]'), 'no badge');
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await el.updateComplete;
      const style = getComputedStyle($(el, '[part="security-mark"]')!);
      const row = getComputedStyle($(el, 'li.row')!);
      expect(style.backgroundColor, theme).not.to.equal(row.backgroundColor);
      expect(style.borderTopStyle, theme).to.equal('solid');
      await expectAccessible(el);
    }
  });
});

describe('<activity-log> security marks (crafted answers)', () => {
  const NOW = Date.UTC(2026, 11, 5, 12, 0, 0);
  const entry = (id: number, type: string, parameters: unknown): RawEntry => ({
    id: String(id),
    user_login: 'admin',
    type: `ActivityLog/${type}`,
    parameters: parameters as RawEntry['parameters'],
    datetime: utc(NOW - (100 - id) * 60_000),
    description: 'did it',
  });
  const user = { type: 'user', data: { login: 'editor' } };
  const ENTRIES = [
    entry(99, 'UserSetSuperUserAccess', { has_access: '1', items: [user] }),
    entry(98, 'UserSetSuperUserAccess', { has_access: false, items: [user] }),
    entry(97, 'UserSiteAccessChanged', { items: [user, { type: 'access', data: { access: 'admin' } }] }),
    entry(96, 'UserCreated', { items: [user] }),
    entry(95, 'UserCreatedAppSpecificTokenAuth', { description: 'x', items: [user] }),
    entry(94, 'TwoFactorDisabled', []),
    entry(93, 'PluginInstalled', { items: [{ type: 'plugin', data: { name: '<b>Evil</b>' } }] }),
    entry(92, 'UserSiteAccessChanged', JSON.parse('{"__proto__": {"access": "admin"}, "items": [null, ["access"], {"type": "access", "data": {"access": ["admin"]}}]}')),
    entry(91, 'TwoFactorEnabled', []),
  ];

  async function mountCrafted(locale = ''): Promise<ActivityLog> {
    restore = useFetch(fakeMatomo(ENTRIES).fetch);
    const template = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`;
    const el = locale ? await localeFixture<ActivityLog>(locale, template) : await fixture<ActivityLog>(template);
    await loads(el, loadsRec);
    await marked(el);
    return el;
  }

  it('says each reason in its own words, and marks nothing else (a right taken away, hostile parameters)', async () => {
    const el = await mountCrafted();
    const badges = Object.fromEntries(rowIds(el).map((id) => [id, text(badge(el, id))]));
    expect(badges).to.deep.equal({
      '99': 'Security-relevant: super-user access granted',
      '98': '',
      '97': 'Security-relevant: admin access to a website given',
      '96': 'Security-relevant: user created',
      '95': 'Security-relevant: token created',
      '94': 'Security-relevant: two-factor authentication disabled',
      '93': 'Security-relevant: plugin installed',
      '92': '',
      '91': '',
    });
    // The box of a row without a mark takes no room.
    expect(getComputedStyle($(el, 'li.row[data-key="98"] .marks-security')!).display).to.equal('none');
    await expectAccessible(el);
  });

  it('speaks German', async () => {
    const el = await mountCrafted('de');
    await waitUntil(() => text(badge(el, '93')) === 'Sicherheitsrelevant: Plugin installiert', `badge: ${text(badge(el, '93'))}`);
    expect(text(badge(el, '99'))).to.equal('Sicherheitsrelevant: Superuser-Zugriff erteilt');
    expect(text(badge(el, '94'))).to.equal('Sicherheitsrelevant: Zwei-Faktor-Authentifizierung deaktiviert');
  });
});
