/**
 * <activity-log>'s first view in German, Arabic and the pseudo-locale: loaded, empty, filtered,
 * refused, and the details of an entry, as a reader of each language sees them.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { registerTranslation } from '../../src/i18n/on-demand.js';
import { expectNoBypass, localeFixture, pseudoFixture } from '../helpers/pseudo-locale.js';
import { fakeMatomo, makeEntries, TOKEN, useFetch, type FakeMatomoOptions, type RawEntry } from './fake-matomo.js';
import { $, loads, record, rows, summary, text } from './element-helpers.js';

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

const HOUR = 3_600_000;

function serve(entries: RawEntry[], options: FakeMatomoOptions = {}): void {
  restore = useFetch(fakeMatomo(entries, options).fetch);
}

/** The widget in `locale`, its first page shown (or its error, with `waitForLoad` false). */
async function mount(locale: string, attrs: { user?: string } = {}, waitForLoad = true): Promise<ActivityLog> {
  const template = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} page-size="10" user=${attrs.user ?? ''}></activity-log>`;
  const el = locale === 'pseudo' ? await pseudoFixture<ActivityLog>(template) : await localeFixture<ActivityLog>(locale, template);
  if (waitForLoad) {
    await loads(el, loadsRec);
    await waitUntil(() => rows(el).length || $(el, '[part="empty"]'), 'neither rows nor the empty state');
  }
  else await waitUntil(() => $(el, '[part="error"]'), 'no error box', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** The newest entry 22 hours ago, then one an hour: a sign-in first, a goal added second. */
const entries = (count: number) => makeEntries(count, { newest: Date.now() - 22 * HOUR });

describe('<activity-log> in German', () => {
  it('says what it shows, with numbers and relative dates in German', async () => {
    serve(entries(3000));
    const el = await mount('de');
    const base = $(el, '[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['de', 'ltr']);
    expect(text($(el, '[part="title"]'))).to.equal('Aktivitätsprotokoll');
    expect(text($(el, '[part="refresh-button"]'))).to.equal('Aktualisieren');
    expect(summary(el)).to.equal('Angezeigt: 1–10 von 3.000 Aktivitäten.');
    expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Aktivitäten');
    const [first, second] = rows(el);
    expect(text(first!.querySelector('time'))).to.equal('vor 22 Stunden');
    expect(text(first!.querySelector('[part="type"]'))).to.equal('Angemeldet, Benutzer & Zugriff');
    expect(first!.querySelector('[part="type"]')!.getAttribute('title')).to.equal('Angemeldet');
    expect(text(second!.querySelector('[part="type"]'))).to.equal('Ziel hinzugefügt, Ziele');
    // The details of an entry: the label in German, the server's name as sent.
    expect(text(second!.querySelector('[part="details"]'))).to.equal('Ziel: Goal 1 (ID 1)');
    expect(text(second!.querySelector('[part="description"]'))).to.equal('did thing 1');
    // The exact time, on hover and focus, in German too.
    expect(text(first!.querySelector('.exact'))).to.match(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\. /);
  });

  it('says when nothing is recorded, and what a filter left out', async () => {
    serve([]);
    const empty = await mount('de');
    expect(summary(empty)).to.equal('Keine Aktivitäten.');
    expect(text($(empty, '[part="empty"]'))).to.equal('Es wurden noch keine Aktivitäten erfasst.');
    empty.remove();

    serve(entries(30));
    const filtered = await mount('de', { user: 'nobody' });
    expect(summary(filtered)).to.equal('Keine passenden Aktivitäten.');
    const box = $(filtered, '[part="empty"]')!;
    expect(text(box.querySelector('strong'))).to.equal('Keine Aktivitäten entsprechen diesen Filtern.');
    expect([...box.querySelectorAll('li')].map(text)).to.deep.equal(['Benutzer: nobody']);
  });

  it('says in German that the server refused the token, with a way to try again', async () => {
    serve(entries(30), { token: 'another-token' });
    const el = await mount('de', {}, false);
    const error = $(el, '[part="error"]')!;
    expect(text(error.querySelector('strong'))).to.equal('Die Aktivitäten konnten nicht geladen werden');
    expect(text(error)).to.contain('hat das Zugriffstoken abgelehnt');
    expect(text(error)).not.to.match(/could not|check the token/i);
    expect(text($(el, '[part="retry-button"]'))).to.equal('Nochmals versuchen');
  });
});

describe('<activity-log> when words arrive after its rows', () => {
  it('writes its rows again in them', async () => {
    serve(entries(30));
    const el = await mount('en-x-rows');
    const type = () => text(rows(el)[0]!.querySelector('[part="type"]'));
    expect(type()).to.equal('Signed in, Users & access');
    await registerTranslation('en-x-rows', { 'Signed in': 'Came in', 'Users & access': 'People' });
    await waitUntil(() => type() === 'Came in, People', `the row still says ${type()}`);
  });
});

describe('<activity-log> in Arabic', () => {
  it('lays out right to left, with Arabic words, numbers and dates', async () => {
    serve(entries(3000));
    const el = await mount('ar');
    const base = $(el, '[part="base"]')!;
    expect([base.getAttribute('lang'), base.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(text($(el, '[part="title"]'))).to.equal('سجل النشاط');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(summary(el)).to.equal(`عرض ${n(1)}–${n(10)} من ${n(3000)} نشاط.`);
    const [first, second] = rows(el);
    expect(text(first!.querySelector('time'))).to.equal(new Intl.RelativeTimeFormat('ar').format(-22, 'hour'));
    expect(text(first!.querySelector('[part="type"]'))).to.equal('تسجيل الدخول, المستخدمون والوصول');
    expect(text(second!.querySelector('[part="details"]'))).to.equal('الهدف: Goal 1 (المعرّف 1)');
    // Mirrored: the avatar starts the row on the right, the time ends it on the left.
    const box = (selector: string) => first!.querySelector(selector)!.getBoundingClientRect();
    expect(box('[part="avatar"]').left).to.be.greaterThan(box('.what').left);
    expect(box('[part="time"]').right).to.be.at.most(box('.what').left + 1);
  });

  it('names the filters that left nothing, and the refused token, in Arabic', async () => {
    serve(entries(30));
    const filtered = await mount('ar', { user: 'nobody' });
    expect(summary(filtered)).to.equal('لا توجد أنشطة مطابقة.');
    expect([...$(filtered, '[part="empty"]')!.querySelectorAll('li')].map(text)).to.deep.equal(['المستخدم: nobody']);
    filtered.remove();

    serve(entries(30), { token: 'another-token' });
    const refused = await mount('ar', {}, false);
    expect(text($(refused, '[part="error"] strong'))).to.equal('تعذّر تحميل الأنشطة');
    expect($(refused, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<activity-log> in the pseudo-locale: every word of its first view from the catalogue', () => {
  // Server data: logins, descriptions, the goals' names, and the numbers and dates Intl writes.
  const SERVER = [/admin|sophie\.martin|james\.okafor|reader|nobody/, /^(AD|SM|JO|RE)$/, /did thing \d+/, 'subscribed to the newsletter report', /Goal \d+/, 'Newsletter sign-up', 'https://matomo.example'];
  /** The widget's own parts (the filter bar, the export and share buttons are parts loaded on demand, checked with them). */
  const own = (el: ActivityLog) => {
    const nodes = ['[part="title"]', '[part="refresh-button"]', '[part="summary"]', '[part="list"]', '[part="empty"]', '[part="error"]', '[part="pagination"]'].flatMap((s) => [
      ...el.shadowRoot!.querySelectorAll(s),
    ]);
    // The "Go to…" form in the pager comes with the filter bar's code.
    return nodes.map((node) => {
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[part="jump"] > :not(summary)').forEach((form) => form.remove());
      return copy;
    });
  };
  const check = (el: ActivityLog, allowed: ReadonlyArray<string | RegExp> = SERVER) => {
    for (const node of own(el)) expectNoBypass(node, [...allowed, ...dates(node)]);
  };
  /** Times as Intl writes them in the pseudo-locale (its data, not our words). */
  const dates = (node: Element) => [...node.querySelectorAll('time, .exact')].map((t) => t.textContent!.trim()).filter(Boolean);

  it('loaded', async () => {
    serve(entries(30));
    const el = await mount('pseudo');
    expect(rows(el).length).to.equal(10);
    check(el);
  });

  it('empty, and filtered to nothing', async () => {
    serve([]);
    const empty = await mount('pseudo');
    expect($(empty, '[part="empty"]')).to.exist;
    check(empty);
    empty.remove();
    serve(entries(30));
    const filtered = await mount('pseudo', { user: 'nobody' });
    expect($(filtered, '[part="empty"] li')).to.exist;
    check(filtered);
  });

  it('refused', async () => {
    serve(entries(30), { token: 'another-token' });
    const el = await mount('pseudo', {}, false);
    check(el);
  });

  it('marks in its rows what is not its to translate: the server’s data translate="no", Intl’s times in <time datetime> (nothing to allow)', async () => {
    const raw = entries(4);
    raw[0] = {
      ...raw[0]!,
      type: 'ActivityLog/MeasurableCreated',
      parameters: { items: [{ type: 'measurable', data: { id: 1, name: 'Shop', urls: ['https://shop.example.com'] } }, { type: 'segment', data: { name: 'Mobile', definition: 'deviceType==smartphone' } }] },
    };
    raw[1] = {
      ...raw[1]!,
      type: 'Experiments/StatusChanged',
      user_login: '',
      description: '',
      parameters: { items: [{ type: 'plugin', data: { name: 'Heatmaps', version: '5.1.0', active: true } }, { type: 'access', data: { access: 'view' } }] },
    };
    serve(raw);
    const el = await mount('pseudo');
    expectNoBypass($(el, '[part="list"]')!);
    const [first, second] = rows(el);
    const marked = (row: Element) => [...row.querySelectorAll('[translate="no"]')].map((e) => `${e.getAttribute('part') ?? e.localName}: ${text(e)}`);
    // The login, Matomo's description, each detail (the server's names, with a few words of ours) and Intl's times, each marked as a whole.
    const [avatar, user, description, site, segment, ...rest] = marked(first!);
    expect([avatar, user, description]).to.deep.equal(['avatar: AD', 'user: admin', 'description: did thing 0']);
    expect([site, segment]).to.deep.equal(['details: ⟦⟦Ŵééƀšííţéé⟧:⟧ ⟦Shop (ííð 1)⟧ – https://shop.example.com', 'details: ⟦⟦Šééĝɱééñţ⟧:⟧ Mobile – deviceType==smartphone']);
    // Then the names in the row's marks, once their code is here ("History: website “Shop”"), and the time.
    expect(rest.filter((m) => m !== 'span: Shop').map((m) => m.slice(0, m.indexOf(':')))).to.deep.equal(['time']);
    // No login ("unknown user": ours, though marked with the login's place); a type the catalogue does not know, named from its id (data).
    expect(marked(second!).slice(0, 4)).to.deep.equal(['avatar: ?', `user: ${text(second!.querySelector('[part="user"]'))}`, 'description: Status changed', 'type: Status changed, ⟦ÓÓţĥééŕ þļúúĝííñš⟧']);
    // The relative time says when, for machines too.
    expect(first!.querySelector('time')!.dateTime).to.equal(new Date(`${raw[0]!.datetime.replace(' ', 'T')}Z`).toISOString());
  });
});
