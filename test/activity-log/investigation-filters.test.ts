/**
 * The investigator's filters of <activity-log>: several activity types and sets of them, a
 * website, an IP address or range. Against the demo backend (its brute-force burst, its site 3)
 * and crafted answers (hostile IPs, site ids and type lists); what goes over the wire (one type
 * is the server's filter, several are not), the panel of checkboxes by keyboard, axe, German.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { BURST_IP } from '../../src/demo/seed-investigations.js';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityFilters, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { activityType } from '../../src/activity-log/catalogue.js';
import { securityReason } from '../../src/activity-log/security.js';
import { filterWords } from '../../src/activity-log/report.js';
import { toEntries } from '../../src/api/activity-source.js';
import { english } from '../../src/core/translate.js';
import { useDemoBackend } from '../helpers/demo-backend.js';
import { json } from '../helpers/fetch-stub.js';
import { languageReady } from '../helpers/pseudo-locale.js';
import { fakeMatomo, makeEntries, TOKEN, useFetch, type FakeMatomo, type RawEntry } from './fake-matomo.js';
import { $, $$, captureDownloads, click, expectAccessible, loads, record, rowIds, rows, summary, text } from './element-helpers.js';

type Raw = InstalledDemoBackend['backend']['state']['matomo']['activity'][number];

let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
beforeEach(() => (loadsRec = record<ActivityLoadDetail>('dw-activity-load')));
afterEach(() => loadsRec.stop());

/** Waits until the summary gives an exact count of matching activities (the scan read everything). */
async function counted(el: ActivityLog): Promise<number> {
  await waitUntil(() => /of [\d,]+ matching activit(y|ies)\.$|^No matching activities\.$/.test(summary(el)), `still counting: ${summary(el)}`, { timeout: 20_000 });
  const m = /of ([\d,]+) matching/.exec(summary(el));
  return m ? Number(m[1]!.replace(/,/g, '')) : 0;
}

/** The filter bar, once its code is here. */
async function bar(el: ActivityLog): Promise<void> {
  await waitUntil(() => $(el, 'dw-activity-filter-bar form'), 'no filter bar');
  await el.updateComplete;
}

const sites = (e: Raw): string[] => {
  const p = e.parameters as { items?: Array<{ type: string; data: { id?: unknown } }>; idsite?: unknown };
  const ids = (p.items ?? []).filter((i) => i.type === 'measurable').map((i) => String(i.data.id));
  return p.idsite === undefined ? ids : [...ids, String(p.idsite)];
};

describe('<activity-log> investigation filters (demo backend)', () => {
  const demo = useDemoBackend();
  let log: Raw[];
  beforeEach(() => {
    log = [...demo.backend.state.matomo.activity];
  });

  async function mount(attrs: { site?: string; ip?: string; type?: string; locale?: string } = {}): Promise<ActivityLog> {
    if (attrs.locale) await languageReady(attrs.locale);
    const el = await fixture<ActivityLog>(html`<activity-log
      api-base="/matomo/"
      .token=${DEMO_TOKENS.matomoSuperUser}
      scan-limit="100000"
      site=${attrs.site ?? nothing}
      ip=${attrs.ip ?? nothing}
      activity-type=${attrs.type ?? nothing}
      locale=${attrs.locale ?? nothing}
    ></activity-log>`);
    await loads(el, loadsRec);
    return el;
  }

  /** Each request's address and body, decoded (a bulk request's sub-requests are encoded twice). */
  const requestBodies = () => Promise.all(demo.requests.map(async (r) => decodeURIComponent(decodeURIComponent(`${r.url} ${await r.clone().text()}`))));

  it('finds the goals of one website (site 3 and the goals shortcut), reading pages without a type filter', async () => {
    const expected = log.filter((e) => activityType(e.type).group === 'goals' && sites(e).includes('3')).map((e) => String(e.id));
    expect(expected.length).to.be.greaterThan(3);
    const el = await mount({ site: '3', type: 'goals' });
    expect(await counted(el)).to.equal(expected.length);
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 25));
    const bodies = await requestBodies();
    expect(bodies.some((b) => b.includes('ActivityLog.getEntries'))).to.equal(true);
    expect(bodies.filter((b) => b.includes('filterByActivityType'))).to.deep.equal([]);
  });

  it('finds the 14 failed sign-ins of the burst by their IP', async () => {
    const el = await mount({ ip: BURST_IP });
    const expected = log.filter((e) => e.ip === BURST_IP);
    expect(await counted(el)).to.equal(expected.length);
    const shown = rows(el).map((r) => text(r.querySelector('.description')));
    expect(shown.filter((d) => /failed/i.test(d))).to.have.length(14);
    expect(expected.filter((e) => e.type === 'ActivityLog/UserSignInFailed')).to.have.length(14);
    // A prefix and a range find them too, with the demo's other addresses of 203.0.113.0/24.
    el.ip = '203.0.113.0/24';
    const inRange = log.filter((e) => /^203\.0\.113\.\d+$/.test(e.ip ?? '')).length;
    await waitUntil(() => summary(el).includes(`of ${inRange.toLocaleString('en')} matching`), `range: ${summary(el)}`, { timeout: 20_000 });
  });

  it('finds the security-relevant changes with the security shortcut', async () => {
    const expected = toEntries(log).filter((e) => securityReason(e) !== undefined);
    expect(expected.length).to.be.greaterThan(0);
    const el = await mount({ type: 'security' });
    expect(await counted(el)).to.equal(expected.length);
    expect(rowIds(el)).to.deep.equal(expected.slice(0, 25).map((e) => e.id));
  });

  it('sends one type to the server, and several not', async () => {
    const el = await mount({ type: 'ActivityLog/GoalAdded' });
    const one = log.filter((e) => e.type === 'ActivityLog/GoalAdded').length;
    expect(summary(el)).to.equal(`Showing 1–${Math.min(25, one)} of ${one} matching activities.`);
    expect((await requestBodies()).some((b) => b.includes('filterByActivityType=ActivityLog/GoalAdded'))).to.equal(true);
    demo.requests.length = 0;
    el.activityType = 'ActivityLog/GoalAdded,ActivityLog/GoalChanged';
    const two = log.filter((e) => e.type === 'ActivityLog/GoalAdded' || e.type === 'ActivityLog/GoalChanged').length;
    await waitUntil(() => summary(el).includes(`of ${two} matching`), `two types: ${summary(el)}`, { timeout: 20_000 });
    const bodies = await requestBodies();
    expect(bodies.filter((b) => b.includes('ActivityLog.getEntries')).length).to.be.greaterThan(0);
    expect(bodies.filter((b) => b.includes('filterByActivityType'))).to.deep.equal([]);
  });

  it('names the filters in the empty state (the website by its name), clears them, and tells the page', async () => {
    const changes = record<ActivityFilters>('dw-activity-change');
    const el = await mount({ site: '3', ip: '10.9.8.0/24', type: 'sign-ins,goals' });
    await bar(el);
    await waitUntil(() => text($(el, '.active-filters')).includes('Website: Docs'), `empty state: ${text($(el, '.active-filters'))}`);
    expect($$(el, '.active-filters li').map(text)).to.deep.equal(['Activities: Sign-ins and Goals', 'Website: Docs', 'IP: 10.9.8.0/24']);
    const siteOptions = $$<HTMLOptionElement>(el, 'select[part="site-filter"] option');
    expect(siteOptions.find((o) => o.value === '3')?.getAttribute('translate')).to.equal('no');
    $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await waitUntil(() => changes.events.length === 1);
    expect(changes.events[0]!.detail).to.deep.equal({ user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' });
    expect([el.site, el.ip, el.activityType]).to.deep.equal(['', '', '']);
    changes.stop();
  });

  it('exports the filtered view and says its filters in the report', async () => {
    const el = await mount({ ip: BURST_IP, type: 'sign-ins' });
    await counted(el);
    const downloads = captureDownloads();
    await click(el, '[part="export-json"]');
    await waitUntil(() => downloads.files.length === 1, 'no export', { timeout: 10_000 });
    const saved = JSON.parse(await downloads.files[0]!.content) as { filters: Record<string, string>; entries: Array<{ ip: string }> };
    downloads.stop();
    expect(saved.filters).to.deep.include({ ip: BURST_IP, activityType: 'sign-ins' });
    expect(saved.entries.length).to.equal(log.filter((e) => e.ip === BURST_IP).length);
    expect(saved.entries.every((e) => e.ip === BURST_IP)).to.equal(true);
    expect(filterWords({ ...el.filters, site: '77' }, english)).to.deep.equal([
      'Only these activities: Sign-ins',
      'Only activities about the website 77',
      `Only activities from the IP address or range ${BURST_IP}`,
    ]);
  });

  it('chooses several activities by keyboard: opens the panel, checks a group, shows part of one, Escape closes', async () => {
    const changes = record<ActivityFilters>('dw-activity-change');
    const el = await mount();
    await bar(el);
    const button = $<HTMLButtonElement>(el, '[part="type-choice-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => $$(el, '.type-choice .type-group input[type="checkbox"]').length > 20, 'no groups in the panel');
    // Tab goes from the button to the type select, then into the panel: the first shortcut.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'select[part="type-filter"]'));
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(text(first.closest('label'))).to.equal('Sign-ins');
    const goals = $$<HTMLInputElement>(el, '.type-group legend input').find((i) => text(i.closest('label')) === 'Goals')!;
    goals.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => changes.events.length === 1);
    expect(changes.events[0]!.detail.activityType).to.equal('goals');
    await el.updateComplete;
    expect(goals.checked).to.equal(true);
    // Unchecking one goal type leaves the group's other types, and the group shows "some".
    const goalTypes = $$<HTMLInputElement>(el, '.type-group').find((g) => g.querySelector('legend input') === goals)!.querySelectorAll<HTMLInputElement>('label.type-option:not(.type-whole) > input');
    const one = goalTypes[0]!;
    one.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => changes.events.length === 2);
    await el.updateComplete;
    expect(changes.events[1]!.detail.activityType.split(',').length).to.equal(goalTypes.length - 1);
    expect([goals.checked, goals.indeterminate]).to.deep.equal([false, true]);
    expect(text($(el, 'select[part="type-filter"] option:checked'))).to.equal(`${goalTypes.length - 1} chosen`);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.type-choice')).to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => el.shadowRoot!.activeElement === button, 'focus not back on the button');
    changes.stop();
  });

  it('says the new filters in German', async () => {
    const el = await mount({ site: '3', ip: '10.9.8.0/24', type: 'sign-ins,security', locale: 'de' });
    await bar(el);
    await waitUntil(() => text($(el, '.active-filters')).includes('Website: Docs'), `empty state: ${text($(el, '.active-filters'))}`);
    expect($$(el, '.active-filters li').map(text)).to.deep.equal(['Aktivitäten: Anmeldungen und Sicherheitsrelevante Änderungen', 'Website: Docs', 'IP: 10.9.8.0/24']);
    $<HTMLButtonElement>(el, '[part="type-choice-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '.type-choice legend'))).to.equal('Schnellauswahl');
    expect(text($(el, '[part="type-choice-button"]'))).to.equal('Mehrere auswählen');
    expect(text($(el, 'select[part="type-filter"] option:checked'))).to.equal('2 ausgewählt');
    el.ip = 'kein-ip';
    await el.updateComplete;
    await waitUntil(() => $(el, '#ip-said'), 'no message on the IP field');
    expect(text($(el, '#ip-said'))).to.equal('Keine IP-Adresse und kein Adressbereich');
  });
});

describe('<activity-log> investigation filters (crafted answers)', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  const HOSTILE_IPS = ['<img src=x onerror=alert(1)>', '__proto__', 'constructor', '9'.repeat(10_000), '\u202e203.0.113.9', 203, null];

  /** 40 entries: the first ten from 203.0.113.x, the next from hostile "IPs", the rest from elsewhere; the sites listed with names in markup. */
  async function mount(attrs: { site?: string; ip?: string; type?: string; sitesFail?: boolean }): Promise<{ el: ActivityLog; server: FakeMatomo }> {
    const entries: RawEntry[] = makeEntries(40).map((e, i) => ({
      ...e,
      ip: (i < 10 ? `203.0.113.${i}` : i < 10 + HOSTILE_IPS.length ? HOSTILE_IPS[i - 10] : '198.51.100.1') as string,
      parameters: i % 4 === 0 ? { items: [{ type: 'measurable', data: { id: i % 8 === 0 ? '2' : 3, name: '<b>Shop</b>' } }] } : e.parameters,
    }));
    const server = fakeMatomo(entries, {
      fail: (method) =>
        method !== 'SitesManager.getSitesWithAtLeastViewAccess'
          ? undefined
          : attrs.sitesFail
            ? json({ result: 'error', message: 'no access' })
            : json([{ idsite: 2, name: '<img src=x>' }, { idsite: '3', name: '\u202eShop' }, { idsite: '__proto__', name: 'x' }, { idsite: 4, name: 'W'.repeat(10_000) }]),
    });
    restore = useFetch(server.fetch);
    const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} site=${attrs.site ?? nothing} ip=${attrs.ip ?? nothing} activity-type=${attrs.type ?? nothing}></activity-log>`);
    await loads(el, loadsRec);
    await bar(el);
    return { el, server };
  }

  it('matches only real addresses in a range, whatever else the server sends as an IP', async () => {
    const { el } = await mount({ ip: '203.0.113.0/24' });
    expect(await counted(el)).to.equal(10);
    expect(rowIds(el)).to.deep.equal(Array.from({ length: 10 }, (_, i) => String(40 - i)));
    expect($(el, 'img')).to.equal(null);
  });

  it('says a value that is not an IP on the field and filters nothing by it', async () => {
    for (const ip of ['<img src=x>', '__proto__', '1'.repeat(10_000), '203.0.113.0/99']) {
      loadsRec.events.length = 0;
      const { el } = await mount({ ip });
      const field = $<HTMLInputElement>(el, 'input[part="ip-filter"]')!;
      expect(field.getAttribute('aria-invalid'), ip.slice(0, 20)).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal('ip-said');
      expect(text($(el, '#ip-said'))).to.equal('Not an IP address or range');
      expect(summary(el)).to.equal('Showing 1–25 of 40 matching activities.');
      expect($(el, 'img')).to.equal(null);
      restore?.();
    }
  });

  it('applies an IP typed in the bar, on Enter', async () => {
    const changes = record<ActivityFilters>('dw-activity-change');
    const { el } = await mount({});
    const field = $<HTMLInputElement>(el, 'input[part="ip-filter"]')!;
    field.value = '203.0.113.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => changes.events.length === 1);
    expect(changes.events[0]!.detail.ip).to.equal('203.0.113.');
    expect(await counted(el)).to.equal(10);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    changes.stop();
  });

  it('filters by website, offering the listed websites as text; odd ids match nothing and break nothing', async () => {
    const { el } = await mount({ site: '3' });
    expect(await counted(el)).to.equal(5);
    await waitUntil(() => $$(el, 'select[part="site-filter"] option').length > 2, 'no websites offered');
    const options = $$<HTMLOptionElement>(el, 'select[part="site-filter"] option');
    expect(options.map((o) => o.value)).to.deep.equal(['', '2', '3', '4']);
    expect(options[1]!.textContent).to.equal('<img src=x>');
    expect(options[3]!.textContent!.length).to.be.lessThan(200);
    expect($(el, 'img')).to.equal(null);
    for (const site of ['__proto__', '1 OR 1=1', '9'.repeat(10_000), 'constructor']) {
      el.site = site;
      await waitUntil(() => text($(el, '.active-filters')).includes(`Website: ${site.slice(0, 50)}`), `site ${site.slice(0, 20)}: ${summary(el)}`);
      expect(summary(el)).to.equal('No matching activities.');
    }
  });

  it('offers a number field for the website when the websites cannot be listed', async () => {
    const { el, server } = await mount({ sitesFail: true });
    // The websites are asked for once the field is reached, not before.
    expect(server.calls.filter((c) => c.method === 'SitesManager.getSitesWithAtLeastViewAccess')).to.have.length(0);
    $(el, 'select[part="site-filter"]')!.focus();
    await waitUntil(() => $(el, 'input[part="site-filter"]'), 'no number field');
    const input = $<HTMLInputElement>(el, 'input[part="site-filter"]')!;
    // The reader who reached the field is still on it (the next Tab goes on from there).
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'the number field has not the focus');
    input.value = '2';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await counted(el)).to.equal(5);
  });

  it('says the junk of a type list and applies the rest', async () => {
    const { el, server } = await mount({ type: '__proto__, constructor,<img src=x>,ActivityLog/GoalAdded' });
    expect(await counted(el)).to.equal(8);
    expect(text($(el, '#type-said'))).to.equal('Not an activity type: __proto__, constructor, and <img src=x>');
    expect($(el, 'select[part="type-filter"]')!.getAttribute('aria-describedby')).to.equal('type-said');
    expect($(el, 'img')).to.equal(null);
    expect(server.calls.filter((c) => c.params.has('filterByActivityType'))).to.deep.equal([]);
    // Junk alone filters nothing.
    el.activityType = 'nope';
    await waitUntil(() => summary(el) === 'Showing 1–25 of 40 matching activities.', summary(el));
  });
});
