/**
 * <activity-log> against crafted Matomo answers: every failure kind of the API layer, rapid
 * filter changes, hostile strings, unknown types, avatars, live updates, time zones, keyboard
 * use and every state's accessibility.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { svg } from 'lit';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/activity-log/define.js';
import { registerActivityType, type ActivityLog, type ActivityErrorDetail, type ActivityFilters, type ActivityLoadDetail } from '../../src/activity-log/define.js';
import { sha256HexSync } from '../../src/core/sha256.js';
import { json } from '../helpers/fetch-stub.js';
import { fakeMatomo, makeEntries, memorySource, methodsOf, sleep, TOKEN, useFetch, utc, type FakeMatomo, type FakeMatomoOptions, type RawEntry } from './fake-matomo.js';
import { $, $$, buttonNamed, captureDownloads, choose, click, enterDate, expectAccessible, loads, record, resourcesMatching, rowIds, rowLogins, rows, searchFor, summary, text, typeFilter } from './element-helpers.js';

let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let errorsRec: ReturnType<typeof record<ActivityErrorDetail>>;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  errorsRec = record<ActivityErrorDetail>('dw-activity-error');
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
  errorsRec.stop();
});

function serve(entries: RawEntry[], options: FakeMatomoOptions = {}): FakeMatomo {
  const server = fakeMatomo(entries, options);
  restore = useFetch(server.fetch);
  return server;
}

async function mount(template = html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`, waitForLoad = true): Promise<ActivityLog> {
  const el = await fixture<ActivityLog>(template);
  if (waitForLoad) await loads(el, loadsRec);
  return el;
}

const errorText = (el: ActivityLog) => text($(el, '[part="error"]'));
/** Asks the live updater to refresh now, the way a tab coming back to the foreground does. */
const wakeUp = () => document.dispatchEvent(new Event('visibilitychange'));

describe('<activity-log> every failure kind of the API layer', () => {
  const cases: Array<{ kind: string; options?: FakeMatomoOptions; fetch?: typeof fetch; attrs?: { timeout?: number; base?: string }; message: RegExp; retry: string }> = [
    { kind: 'network', fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch, message: /Could not reach the server at https:\/\/matomo\.example/, retry: 'Retry' },
    { kind: 'timeout', options: { delay: 3000 }, attrs: { timeout: 1 }, message: /did not answer within 1 second\./, retry: 'Retry' },
    { kind: 'auth', options: { token: 'another-token' }, message: /refused the access token: check it, or renew it/, retry: 'Try again' },
    {
      kind: 'permission',
      options: { fail: (m) => (m === 'ActivityLog.getEntries' ? json({ result: 'error', message: "You can't access this resource as it requires 'view' access." }) : undefined) },
      message: /requires 'view' access.*Ask an administrator/,
      retry: 'Try again',
    },
    { kind: 'server', options: { fail: () => new Response('<h1>Internal error</h1>', { status: 500, statusText: 'Internal Server Error' }) }, message: /The server failed \(HTTP 500 Internal Server Error\)/, retry: 'Retry' },
    {
      kind: 'server',
      options: { fail: (m) => (m === 'ActivityLog.getEntries' ? json({ result: 'error', message: 'Mysql error: table matomo_activity_log is full' }) : undefined) },
      message: /Mysql error: table matomo_activity_log is full/,
      retry: 'Retry',
    },
    { kind: 'bad-response', options: { fail: () => new Response('<!doctype html><title>Login</title>', { status: 200 }) }, message: /sent a web page instead of data/, retry: 'Retry' },
    { kind: 'bad-response', options: { fail: (m) => (m === 'ActivityLog.getEntries' ? json({ value: 3 }) : undefined) }, message: /where a list of activities was expected/, retry: 'Retry' },
    { kind: 'config', attrs: { base: '' }, message: /No server address is configured/, retry: 'Try again' },
  ];

  for (const c of cases) {
    it(`shows the ${c.kind} error's message with ${c.retry} (${c.message.source.slice(0, 40)})`, async () => {
      const server = serve(makeEntries(30), c.options);
      if (c.fetch) restore = useFetch(c.fetch);
      const el = await mount(html`<activity-log api-base=${c.attrs?.base ?? 'https://matomo.example/'} timeout=${c.attrs?.timeout ?? 5} .token=${TOKEN}></activity-log>`, false);
      await waitUntil(() => $(el, '[part="error"]'), 'no error box', { timeout: 8000 });
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(errorText(el)).to.match(c.message);
      expect(errorText(el)).not.to.contain(TOKEN);
      expect(text($(el, '[part="retry-button"]'))).to.equal(c.retry);
      expect(rows(el)).to.have.length(0);
      expect(errorsRec.events.map((e) => e.detail.kind)).to.include(c.kind);
      expect(errorsRec.events[0]!.detail.during).to.equal('load');
      if (c.kind === 'auth') {
        // No automatic retries with a refused token: the server counts them as failed logins.
        const sent = server.requests.length;
        await sleep(300);
        expect(server.requests.length).to.equal(sent);
      }
      await expectAccessible(el);
    });
  }

  it('loads after Retry once the server is back', async () => {
    let down = true;
    serve(makeEntries(30), { fail: () => (down ? new Response('busy', { status: 503 }) : undefined) });
    const el = await mount(undefined, false);
    await waitUntil(() => $(el, '[part="retry-button"]'), 'no retry');
    down = false;
    await click(el, '[part="retry-button"]');
    await loads(el, loadsRec);
    expect(rows(el)).to.have.length(25);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('keeps the list on screen when loading another page fails', async () => {
    let fail = false;
    serve(makeEntries(60), { fail: () => (fail ? new Response('busy', { status: 503 }) : undefined) });
    const el = await mount();
    const before = rowIds(el);
    fail = true;
    await click(el, 'button[part="next-button"]');
    await waitUntil(() => $(el, '[part="error"]'), 'no error');
    expect(rowIds(el)).to.deep.equal(before);
    expect(errorText(el)).to.contain('the list below is from before');
    await expectAccessible(el);
  });
});

describe('<activity-log> rapid filter changes', () => {
  it('shows only the last result, whatever order the answers arrive in', async () => {
    const entries = makeEntries(200);
    const slowFor: Record<string, number> = { admin: 400, 'sophie.martin': 250, 'james.okafor': 10 };
    const server = serve(entries, {
      delay: (request) => {
        const user = /filterByUserLogin%3D([a-z.]+)/.exec(request.body)?.[1] ?? new URL(request.url).searchParams.get('filterByUserLogin') ?? '';
        return slowFor[user] ?? 0;
      },
    });
    const el = await mount();
    await waitUntil(() => $(el, 'select[part="user-filter"]'), 'no user filter');
    await choose(el, 'user-filter', 'admin');
    await choose(el, 'user-filter', 'sophie.martin');
    await choose(el, 'user-filter', 'james.okafor');
    await loads(el, loadsRec, 2);
    await sleep(600);
    expect(loadsRec.events).to.have.length(2);
    expect(loadsRec.events[1]!.detail.filters.user).to.equal('james.okafor');
    expect(new Set(rowLogins(el))).to.deep.equal(new Set(['james.okafor']));
    expect(summary(el)).to.contain(`of ${entries.filter((e) => e.user_login === 'james.okafor').length}`);
    expect(server.requests.length).to.be.greaterThan(3);
  });

  it('shows only the last search while the earlier ones are still scanning', async () => {
    serve(makeEntries(2000), { delay: 15 });
    const el = await mount();
    await searchFor(el, 'thing 1');
    await searchFor(el, 'newsletter');
    await waitUntil(() => loadsRec.events.at(-1)?.detail.filters.search === 'newsletter', 'no load for the last search', { timeout: 8000 });
    await el.updateComplete;
    for (const row of rows(el)) expect(text(row)).to.match(/newsletter/i);
    expect(loadsRec.events.map((e) => e.detail.filters.search)).not.to.include('thing 1');
  });
});

describe('<activity-log> text from the server is text', () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile: RawEntry[] = [
    {
      id: '"><b>1</b>',
      user_login: evil,
      type: 'Evil/<b>Bold</b>',
      parameters: { items: [{ type: '<svg onload=window.__pwned=1>', data: { name: '<iframe src=javascript:window.__pwned=1>' } }], '<i>key</i>': '=HYPERLINK("http://x")' },
      datetime: '2024-03-10 10:00:00',
      description: 'did <u>this</u> & {{that}} ${x}',
      avatar: 'javascript:window.__pwned=1',
      ip: '<b>ip</b>',
      country_name: '<marquee>',
    },
  ];

  it('shows HTML and script literally, never runs them', async () => {
    serve(hostile);
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} gravatar avatar-base="/avatar-service/"></activity-log>`);
    await sleep(100);
    const row = rows(el)[0]!;
    expect(text(row.querySelector('.who'))).to.equal(evil);
    expect(text(row.querySelector('.description'))).to.equal('did <u>this</u> & {{that}} ${x}');
    expect(text(row)).to.contain('<iframe src=javascript:window.__pwned=1>');
    expect(row.dataset.key).to.equal('"><b>1</b>');
    expect($$(el, 'img, script, iframe, b, u, i, marquee')).to.have.length(0);
    expect($$(el, 'svg:not(.icon)')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const typeOption = [...(await typeFilter(el)).options].find((o) => o.value === 'Evil/<b>Bold</b>');
    expect(typeOption, 'the hostile type can be chosen').to.exist;
    await expectAccessible(el);
  });

  it('shows 100 KB unbroken strings quickly, cut, and within its width; the event keeps the whole text', async () => {
    const huge = 'A'.repeat(100_000);
    serve([
      { id: '1', user_login: `${'B'.repeat(50_000)}😀`, type: `Plugin/${'C'.repeat(100_000)}`, parameters: { [`k${'D'.repeat(50_000)}`]: huge }, datetime: '2024-03-10 10:00:00', description: huge },
      { id: '2', user_login: 'admin', type: 'ActivityLog/GoalAdded', parameters: {}, datetime: '2024-03-10 09:00:00', description: `${'word '.repeat(20_000)}end` },
    ]);
    const started = performance.now();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"><activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log></div>`);
    const el = box.querySelector('activity-log')!;
    await loads(el, loadsRec);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(performance.now() - started, 'time to show the rows (ms)').to.be.below(3000);
    const [first, second] = rows(el);
    const description = text(first!.querySelector('.description'));
    expect(description.length).to.be.at.most(500);
    expect(description.endsWith('…')).to.equal(true);
    expect(text(first!.querySelector('.who')).length).to.be.at.most(100);
    expect(text(second!.querySelector('.description')).length).to.be.at.most(500);
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(600);
    expect(box.scrollWidth, 'no horizontal overflow').to.be.at.most(600);
    expect(loadsRec.events[0]!.detail.entries[0]!.description).to.have.length(100_000);
  });
});

describe('<activity-log> unknown and registered types', () => {
  it('renders unknown types generically, offers them in the filter, and filters by them', async () => {
    const entries = makeEntries(40, { types: ['ActivityLog/GoalAdded', 'MyPlugin/WidgetFrobnicated'] });
    const server = serve(entries);
    const el = await mount();
    const unknownRow = rows(el).find((r) => r.dataset.key === entries[1]!.id)!;
    expect(text(unknownRow.querySelector('.type'))).to.contain('Other plugins');
    expect(text(unknownRow.querySelector('.type .visually-hidden'))).to.equal('Widget frobnicated,');
    const other = [...(await typeFilter(el)).querySelectorAll('optgroup')].find((g) => g.label === 'Other plugins')!;
    expect([...other.querySelectorAll('option')].map((o) => text(o))).to.include('Widget frobnicated (MyPlugin)');
    await choose(el, 'type-filter', 'MyPlugin/WidgetFrobnicated');
    await loads(el, loadsRec, 2);
    expect(server.calls.at(-1)!.params.get('filterByActivityType')).to.equal('MyPlugin/WidgetFrobnicated');
    expect(rowIds(el)).to.deep.equal(entries.filter((e) => e.type === 'MyPlugin/WidgetFrobnicated').map((e) => e.id).slice(0, 25));
  });

  it('re-renders mounted widgets when a developer registers a type', async () => {
    serve(makeEntries(5, { types: ['Frobs/FrobMade'] }));
    const el = await mount();
    expect(text(rows(el)[0]!.querySelector('.type'))).to.contain('Other plugins');
    registerActivityType('Frobs/FrobMade', { label: 'Frob made', category: 'goals', icon: '★', describe: (e) => `made frob ${e.id}` });
    await el.updateComplete;
    const row = rows(el)[0]!;
    expect(text(row.querySelector('.type'))).to.equal('★Frob made, Goals');
    expect(text(row.querySelector('.description'))).to.equal(`made frob ${row.dataset.key}`);
    const goals = [...(await typeFilter(el)).querySelectorAll('optgroup')].find((g) => g.label === 'Goals')!;
    expect([...goals.querySelectorAll('option')].map((o) => o.value)).to.include('Frobs/FrobMade');
  });
});

describe('<activity-log> a developer\'s own icons', () => {
  it('draws a lit svg template as a type\'s icon, and follows the type when it is registered again', async () => {
    serve(makeEntries(3, { types: ['Frobs/IconMade'] }));
    registerActivityType('Frobs/IconMade', { label: 'Icon made', category: 'goals', icon: svg`<svg class="icon own-icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" /></svg>` });
    const el = await mount();
    for (const row of rows(el)) expect(row.querySelectorAll('.type svg.own-icon')).to.have.length(1);
    expect(text(rows(el)[0]!.querySelector('.type'))).to.equal('Icon made, Goals');
    registerActivityType('Frobs/IconMade', { label: 'Icon made', category: 'goals', icon: '★' });
    await el.updateComplete;
    expect(rows(el)[0]!.querySelectorAll('.type svg')).to.have.length(0);
    expect(text(rows(el)[0]!.querySelector('.type'))).to.equal('★Icon made, Goals');
    registerActivityType('Frobs/IconMade', { label: 'Icon made again', category: 'goals', icon: svg`<svg class="icon other-icon" viewBox="0 0 16 16" aria-hidden="true"><rect x="3" y="3" width="10" height="10" /></svg>` });
    await el.updateComplete;
    expect(rows(el)[0]!.querySelectorAll('.type svg')).to.have.length(1);
    expect(rows(el)[0]!.querySelectorAll('.type svg.other-icon')).to.have.length(1);
    expect(text(rows(el)[0]!.querySelector('.type'))).to.equal('Icon made again, Goals');
    await expectAccessible(el);
  });
});

describe('<activity-log> avatars', () => {
  const people = [
    { login: 'admin', email: 'Admin@Example.org ' },
    { login: 'sophie.martin', email: 'sophie.martin@example.com' },
  ];

  it('with gravatar on: the SHA-256 URL, no referrer, lazy, initials when it fails', async () => {
    serve(makeEntries(6, { users: ['admin', 'sophie.martin'] }), { users: people });
    const since = performance.now();
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} gravatar avatar-base="/avatar-service"></activity-log>`);
    await waitUntil(() => $$(el, 'img').length > 0 || resourcesMatching('/avatar-service/', since).length > 0, 'no avatar requested');
    const hash = sha256HexSync('admin@example.org');
    const img = $$<HTMLImageElement>(el, 'img').find((i) => i.getAttribute('src')!.includes(hash));
    if (img) {
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('');
    }
    await waitUntil(() => resourcesMatching(hash, since).length > 0, 'no request for the hash');
    expect(resourcesMatching('/avatar-service/', since)).to.include(new URL(`/avatar-service/${hash}?s=64&d=404`, location.href).href);
    await waitUntil(() => $$(el, 'img').length === 0, 'a failed image stayed');
    expect(text(rows(el)[0]!.querySelector('.avatar'))).to.equal('AD');
  });

  it('computes the hash without crypto.subtle (a plain-http page)', async () => {
    serve(makeEntries(2, { users: ['zoe'] }), { users: [{ login: 'zoe', email: 'Zoë@Exämple.org' }] });
    const had = Object.getOwnPropertyDescriptor(crypto, 'subtle');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    const since = performance.now();
    try {
      expect(globalThis.crypto.subtle).to.equal(undefined);
      await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} gravatar avatar-base="/avatar-service/"></activity-log>`);
      const hash = '7de58d4261800f402947fc9284cfdad599fbe1786a0bfcac8208a8fca456b11e'; // SHA-256 of 'zoë@exämple.org' (hashlib)
      await waitUntil(() => resourcesMatching(hash, since).length > 0, 'no request for the hash');
    } finally {
      if (had) Object.defineProperty(crypto, 'subtle', had);
      else delete (crypto as unknown as { subtle?: unknown }).subtle;
    }
  });

  it("uses the server's avatar URL when the e-mail is unknown, and only if it is http(s)", async () => {
    const entries = makeEntries(4, { users: ['reader'] });
    entries[0]!.avatar = 'plugins/ActivityLog/images/avatar3.png';
    entries[1]!.avatar = 'javascript:window.__pwned=1';
    entries[2]!.avatar = 'data:image/svg+xml,<svg/>';
    serve(entries, { superUser: false, login: 'reader' });
    const since = performance.now();
    const el = await mount(html`<activity-log api-base="/server-root/" .token=${TOKEN} gravatar></activity-log>`);
    const relative = new URL('/server-root/plugins/ActivityLog/images/avatar3.png', location.href).href;
    const absolute = new URL('/avatars/server-reader.png', location.href).href;
    await waitUntil(() => resourcesMatching('/avatar', since).length >= 2, 'server avatars not requested');
    expect(new Set(resourcesMatching('/avatar', since))).to.deep.equal(new Set([relative, absolute]));
    for (const img of $$<HTMLImageElement>(el, 'img')) expect(img.getAttribute('src')).to.match(/^https?:/);
  });

  it('with gravatar off: no avatar request at all, whatever the entries carry', async () => {
    const entries = makeEntries(10);
    for (const e of entries) e.avatar = `/avatar-service/server-${e.id}.png`;
    const server = serve(entries, { users: people });
    const since = performance.now();
    const el = await mount();
    await sleep(300);
    expect($$(el, 'img')).to.have.length(0);
    expect(resourcesMatching('/avatar-service/', since)).to.deep.equal([]);
    expect(server.calls.map((c) => c.method)).not.to.include('UsersManager.getUsers');
  });
});

describe('<activity-log> removal and reconnection', () => {
  it('loads again when put back after a removal in mid-request', async () => {
    const server = serve(makeEntries(30), { delay: 200 });
    const el = await mount(undefined, false);
    await waitUntil(() => server.requests.length > 0, 'no request');
    const parent = el.parentElement!;
    el.remove();
    await sleep(300);
    expect(loadsRec.events).to.have.length(0);
    parent.append(el);
    await loads(el, loadsRec);
    expect(rows(el)).to.have.length(25);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(errorsRec.events).to.have.length(0);
  });

  it('loads when moved elsewhere in the page while loading', async () => {
    serve(makeEntries(30), { delay: 100 });
    const el = await mount(undefined, false);
    const other = document.createElement('section');
    el.parentElement!.after(other);
    other.append(el); // disconnected and connected again in one go: the aborted request runs again
    try {
      await loads(el, loadsRec);
      expect(rows(el)).to.have.length(25);
      expect($(el, '[part="error"]')).to.equal(null);
    } finally {
      other.remove();
    }
  });

  it('follows live updates again once put back', async () => {
    const server = serve(makeEntries(30, { newest: Date.now() - 3_600_000 }));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    server.entries.unshift(...makeEntries(1, { firstId: 9000, newest: Date.now() - 1000 }));
    document.dispatchEvent(new Event('visibilitychange'));
    await loads(el, loadsRec, 2);
    expect(rowIds(el)[0]).to.equal('9000');
    expect(text($(el, '[part="live-status"]'))).to.match(/^Live/);
  });
});

describe('<activity-log> live updates', () => {
  const fresh = (n: number, startId = 5000) =>
    makeEntries(n, { firstId: startId + n - 1, newest: Date.now() - 1000, stepMs: 1000 }).map((e) => ({ ...e, description: `fresh ${e.id}` }));

  it('adds new activities at the top of the first page, marked as new, keeping focus', async () => {
    const server = serve(makeEntries(60, { newest: Date.now() - 3_600_000 }));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    expect(text($(el, '[part="live-status"]'))).to.match(/^Live/);
    const focused = rows(el)[2]!;
    focused.focus();
    server.entries.unshift(...fresh(2));
    wakeUp();
    await loads(el, loadsRec, 2);
    expect(rowIds(el).slice(0, 2)).to.deep.equal(['5001', '5000']);
    expect(rows(el)[0]!.classList.contains('new')).to.equal(true);
    expect(text(rows(el)[0]!.querySelector('.badge'))).to.equal('New');
    expect(rows(el)).to.have.length(25);
    expect(summary(el)).to.equal('Showing 1–25 of 62 activities.');
    expect(el.shadowRoot!.activeElement).to.equal(focused);
    expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('2 new activities.');
    // Polling asks only for the count when nothing changed.
    const before = server.calls.length;
    wakeUp();
    await waitUntil(() => server.calls.length > before, 'no poll');
    await sleep(50);
    expect(server.calls.slice(before).map((c) => c.method)).to.deep.equal(['ActivityLog.getEntryCount']);
  });

  it('keeps the reader’s place on a later page and says how many arrived above', async () => {
    const server = serve(makeEntries(80, { newest: Date.now() - 3_600_000 }));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    await click(el, 'button[part="next-button"]');
    await loads(el, loadsRec, 2);
    const page2 = rowIds(el);
    server.entries.unshift(...fresh(3));
    wakeUp();
    await loads(el, loadsRec, 3);
    expect(rowIds(el)).to.deep.equal(page2);
    expect(text($(el, '[part="notice"]'))).to.contain('3 new activities above this page.');
    expect(summary(el)).to.equal('Showing 29–53 of 83 activities.');
    await expectAccessible(el);
    buttonNamed(el, 'Show newest')!.click();
    await loads(el, loadsRec, 4);
    expect(rowIds(el).slice(0, 3)).to.deep.equal(['5002', '5001', '5000']);
  });

  it('keeps the filters while new activities arrive', async () => {
    const server = serve(makeEntries(60, { newest: Date.now() - 3_600_000 }));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60" search="newsletter"></activity-log>`);
    const matching = rows(el).length;
    const arrivals = fresh(4);
    arrivals[1]!.description = 'sent the newsletter';
    server.entries.unshift(...arrivals);
    wakeUp();
    await loads(el, loadsRec, 2);
    expect(rows(el)).to.have.length(matching + 1);
    expect(rowIds(el)[0]).to.equal(arrivals[1]!.id);
    expect(el.search).to.equal('newsletter');
  });

  it('keeps stale data on screen when a refresh fails, and shows it is offline', async () => {
    let fail = false;
    serve(makeEntries(30), { fail: () => (fail ? (Promise.reject(new TypeError('Failed to fetch')) as unknown as Response) : undefined) });
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    const before = rowIds(el);
    fail = true;
    wakeUp();
    await waitUntil(() => text($(el, '[part="notice"]')).includes('Could not check for new activities'), 'no refresh error');
    expect(rowIds(el)).to.deep.equal(before);
    expect(text($(el, '[part="live-status"]'))).to.equal('Offline: retrying');
    expect(errorsRec.events.at(-1)!.detail).to.include({ kind: 'network', during: 'refresh' });
    await expectAccessible(el);
    fail = false;
    buttonNamed(el, 'Retry')!.click();
    await waitUntil(() => text($(el, '[part="live-status"]')).startsWith('Live'), 'did not recover');
    expect($(el, '[part="notice"]')).to.equal(null);
  });

  it('stops (and says so) when the server refuses the token, without retrying on its own', async () => {
    let refuse = false;
    const server = serve(makeEntries(30), { fail: () => (refuse ? json({ result: 'error', message: 'Unable to authenticate with the provided token.' }, 401) : undefined) });
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    refuse = true;
    wakeUp();
    await waitUntil(() => text($(el, '[part="live-status"]')) === 'Live updates stopped', 'not stopped');
    const sent = server.requests.length;
    wakeUp();
    await sleep(100);
    expect(server.requests.length).to.equal(sent);
    expect(text($(el, '[part="pause-button"]'))).to.equal('Resume live updates');
  });

  it('can be paused and resumed; shows when the browser is offline', async () => {
    const server = serve(makeEntries(30));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    await click(el, 'button[part="pause-button"]');
    expect(text($(el, '[part="live-status"]'))).to.equal('Paused');
    const sent = server.requests.length;
    wakeUp();
    await sleep(100);
    expect(server.requests.length).to.equal(sent);
    await click(el, 'button[part="pause-button"]');
    await waitUntil(() => server.requests.length > sent, 'resume did not refresh');
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(text($(el, '[part="live-status"]'))).to.equal('Offline: retrying');
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(text($(el, '[part="live-status"]'))).to.match(/^Live/);
  });
});

describe('<activity-log> in a browser west of UTC (America/Los_Angeles)', () => {
  before(() => executeServerCommand('set-timezone', { timezoneId: 'America/Los_Angeles' }));
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  const entries: RawEntry[] = [
    { id: '2', user_login: 'admin', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-10 09:00:00', description: 'signed in' },
    { id: '1', user_login: 'admin', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-10 02:30:00', description: 'signed in' },
  ];

  it('shows the exact local time on hover and focus, and filters by local days', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    serve(entries);
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} locale="en-US"></activity-log>`);
    const [later, earlier] = rows(el);
    expect(later!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-10T09:00:00.000Z');
    expect(text(later!.querySelector('.exact'))).to.equal('Sunday, March 10, 2024 at 1:00:00 AM PST');
    expect(text(earlier!.querySelector('.exact'))).to.equal('Saturday, March 9, 2024 at 6:30:00 PM PST');
    const exact = earlier!.querySelector<HTMLElement>('.exact')!;
    expect(exact.getBoundingClientRect().width).to.be.below(2); // hidden visually until hover or focus
    earlier!.focus();
    expect(exact.getBoundingClientRect().width).to.be.greaterThan(50);
    await enterDate(el, 'date-from', '2024-03-09');
    await enterDate(el, 'date-to', '2024-03-09');
    await waitUntil(() => loadsRec.events.at(-1)?.detail.filters.dateTo === '2024-03-09', 'no load for the range');
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['1']);
  });
});

describe('<activity-log> a locale set after the rows are shown', () => {
  it('rewrites the rows in the new language, keeping their elements', async () => {
    serve(makeEntries(5));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} locale="en-US"></activity-log>`);
    const before = rows(el);
    expect(text(before[0]!.querySelector('.exact'))).to.match(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d+, 2024 at /);
    el.locale = 'de';
    await el.updateComplete;
    const after = rows(el);
    expect(after).to.deep.equal(before);
    expect(text(after[0]!.querySelector('.exact'))).to.match(/^[A-Z][a-z]+tag, \d+\. [A-Z][a-zä]+ 2024 um /);
    expect(text(after[0]!.querySelector('time'))).to.match(/^vor \d+ (Jahren|Jahr|Monaten|Monat|Tagen|Tag)$/);
  });
});

describe('<activity-log> in a browser east of UTC (Asia/Kolkata, +05:30)', () => {
  before(() => executeServerCommand('set-timezone', { timezoneId: 'Asia/Kolkata' }));
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  it('puts an activity at 18:45 UTC on the next local day', async () => {
    serve([{ id: '1', user_login: 'admin', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-09 18:45:00', description: 'signed in' }]);
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} locale="en-GB" date-from="2024-03-10" date-to="2024-03-10"></activity-log>`);
    expect(rowIds(el)).to.deep.equal(['1']);
    expect(text(rows(el)[0]!.querySelector('.exact'))).to.match(/^Sunday,? 10 March 2024 at 00:15:00 (GMT\+5:30|IST)$/);
  });
});

describe('<activity-log> states', () => {
  it('shows a skeleton while loading, from the first frame on, without a layout jump, axe-clean', async () => {
    serve(makeEntries(30), { delay: 400 });
    const el = await mount(undefined, false);
    const inFirstFrame = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve($$(el, '.skeleton-row').length)));
    expect(inFirstFrame).to.equal(8);
    expect($$(el, '.skeleton-row')).to.have.length(8);
    expect($(el, 'ol[part="list"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(summary(el)).to.equal('Loading activities…');
    expect($(el, 'nav[part="pagination"]')).to.exist;
    const listTop = $(el, 'ol[part="list"]')!.getBoundingClientRect().top;
    await expectAccessible(el);
    await loads(el, loadsRec);
    expect($$(el, '.skeleton-row')).to.have.length(0);
    expect($(el, 'ol[part="list"]')!.getBoundingClientRect().top).to.equal(listTop);
  });

  it('says when there is nothing yet', async () => {
    serve([]);
    const el = await mount();
    expect(text($(el, '[part="empty"]'))).to.equal('No activities have been recorded yet.');
    expect(($(el, 'button[part="export-csv"]') as HTMLButtonElement).disabled).to.equal(true);
    await expectAccessible(el);
  });

  it('explains a reversed date range and offers to clear the dates', async () => {
    serve(makeEntries(10));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} date-from="2024-06-30" date-to="2024-06-01"></activity-log>`);
    expect(text($(el, '[part="empty"]'))).to.contain('The start date is after the end date.');
    expect($(el, 'input[part="date-from"]')!.getAttribute('aria-invalid')).to.equal('true');
    buttonNamed(el, 'Clear dates')!.click();
    await loads(el, loadsRec, 2);
    expect(rows(el)).to.have.length(10);
  });

  it('bounds a very large text search, says so, and searches further on request', async () => {
    serve(makeEntries(1000), {});
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} scan-limit="200" search="newsletter"></activity-log>`);
    await waitUntil(() => text($(el, '[part="notice"]')).includes('Searched the 200 most recent activities'), `notice: ${text($(el, '[part="notice"]'))}`);
    expect(text($(el, '[part="notice"]'))).to.contain('(of 1,000); older ones were not searched.');
    expect(summary(el)).to.contain('found so far');
    await expectAccessible(el);
    buttonNamed(el, 'Search 200 more')!.click();
    await waitUntil(() => text($(el, '[part="notice"]')).includes('Searched the 400 most recent'), 'did not search further');
  });

  it('counts a text search to an exact total after showing the first page', async () => {
    serve(makeEntries(700), { delay: 5 });
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} search="newsletter"></activity-log>`);
    expect(rows(el)).to.have.length(25);
    await waitUntil(() => summary(el) === 'Showing 1–25 of 100 matching activities.', `summary: ${summary(el)}`);
  });
});

describe('<activity-log> keyboard and properties', () => {
  it('moves between activities with the arrow keys, one tab stop for the list', async () => {
    serve(makeEntries(10));
    const el = await mount();
    const list = rows(el);
    expect(list.filter((r) => r.tabIndex === 0)).to.have.length(1);
    list[0]!.focus();
    list[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(list[1]);
    list[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(list[9]);
    list[9]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(list[0]);
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.deep.equal([list[0]]);
  });

  it('offers the chosen type at once and every type once the rows are painted, or as soon as the select is reached', async () => {
    serve(makeEntries(10));
    const atLoad: string[][] = [];
    const onLoad = (e: Event) => atLoad.push([...(e.target as ActivityLog).shadowRoot!.querySelectorAll<HTMLOptionElement>('select[part="type-filter"] option')].map((o) => o.value));
    document.addEventListener('dw-activity-load', onLoad);
    let el: ActivityLog;
    try {
      el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} activity-type="ActivityLog/GoalAdded"></activity-log>`);
    } finally {
      document.removeEventListener('dw-activity-load', onLoad);
    }
    expect(atLoad).to.deep.equal([['', 'ActivityLog/GoalAdded']]);
    const select = $<HTMLSelectElement>(el, 'select[part="type-filter"]')!;
    expect(select.value).to.equal('ActivityLog/GoalAdded');
    expect(text(select.selectedOptions[0])).to.equal('Goal added');
    // Without any interaction, once the rows are painted.
    await waitUntil(() => select.options.length > 50, `options: ${select.options.length}`);
    expect(select.value).to.equal('ActivityLog/GoalAdded');
    expect(select.selectedOptions[0]!.parentElement!.getAttribute('label')).to.equal('Goals');

    // Reached before that, with the keyboard or the mouse (here the rows never come): every type at once.
    serve(makeEntries(10), { delay: 60_000 });
    for (const reach of ['keyboard', 'mouse']) {
      const early = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
      const select = $<HTMLSelectElement>(early, 'select[part="type-filter"]')!;
      expect(select.options.length, reach).to.equal(1);
      if (reach === 'keyboard') {
        $<HTMLButtonElement>(early, 'button[part="refresh-button"]')!.focus();
        for (let i = 0; i < 6 && early.shadowRoot!.activeElement !== select; i++) await sendKeys({ press: 'Tab' });
      } else {
        const box = select.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
      }
      expect(early.shadowRoot!.activeElement, reach).to.equal(select);
      await early.updateComplete;
      expect(select.options.length, reach).to.be.above(50);
      expect(summary(early), reach).to.equal('Loading activities…');
      await sendKeys({ press: 'Escape' });
      early.remove();
    }
  });

  it('shows the first screen of a long page at once, adds the rest in slices, and fires the load event once every row is in', async () => {
    const entries = makeEntries(1000);
    const source = memorySource(entries);
    const box = document.createElement('div');
    const el = document.createElement('activity-log');
    el.pageSize = 1000;
    el.source = source;
    const firstScreen: number[] = [];
    const busy: string[] = [];
    const loaded = new Promise<number>((resolve) => el.addEventListener('dw-activity-load', () => resolve(rows(el).length), { once: true }));
    box.append(el);
    document.body.append(box);
    try {
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!rows(el).length) return;
          observer.disconnect();
          firstScreen.push(rows(el).length);
          busy.push($(el, 'ol[part="list"]')!.getAttribute('aria-busy')!);
          resolve();
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
      expect(firstScreen[0]).to.be.within(25, 999);
      expect(busy).to.deep.equal(['true']);
      // The keyboard reaches the last entry before every row is in.
      const first = rows(el)[0]!;
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal(entries.at(-1)!.id);
      expect(await loaded).to.equal(1000);
      expect(rowIds(el)).to.deep.equal(entries.map((e) => e.id));
      expect($(el, 'ol[part="list"]')!.getAttribute('aria-busy')).to.equal('false');
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal(entries.at(-1)!.id);
    } finally {
      box.remove();
    }
  });

  it('leaves the rows alone while a search is typed (a long page stays quick to type in)', async () => {
    const source = memorySource(makeEntries(300));
    const el = await fixture<ActivityLog>(html`<activity-log .source=${source} page-size="300"></activity-log>`);
    await loads(el, loadsRec);
    const list = $(el, 'ol[part="list"]')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    const input = $<HTMLInputElement>(el, 'input[part="search"]')!;
    for (const value of ['n', 'ne', 'new']) {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await el.updateComplete;
    }
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes.map((c) => `${c.type} ${(c.target as Element).localName ?? c.target.nodeName}`)).to.deep.equal([]);
    expect(input.value).to.equal('new');
    expect(rows(el)).to.have.length(300);
  });

  it('shows a focus ring on every Tab stop of the date inputs, their calendar buttons included', async () => {
    serve(makeEntries(10));
    const el = await mount();
    $<HTMLInputElement>(el, 'input[part="date-from"]')!.focus();
    const stops: string[] = [];
    // Chromium: month, day, year, then the calendar button (focused inside the input's own shadow tree).
    for (let i = 0; i < 8; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      stops.push(`${active.getAttribute('part')}:${style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? 'ring' : 'none'}`);
      await sendKeys({ press: 'Tab' });
    }
    expect(stops.every((s) => s.endsWith(':ring')), stops.join(' ')).to.equal(true);
    expect(new Set(stops.map((s) => s.split(':')[0]))).to.deep.equal(new Set(['date-from', 'date-to']));
  });

  it('takes filters set as properties, without firing a filter-change event', async () => {
    const server = serve(makeEntries(100));
    const el = await mount();
    const changes = record<ActivityFilters>('dw-activity-change');
    el.filters = { user: 'reader', activityType: 'ActivityLog/SegmentChanged' };
    await loads(el, loadsRec, 2);
    changes.stop();
    expect(changes.events).to.have.length(0);
    const last = server.calls.filter((c) => c.method === 'ActivityLog.getEntries').at(-1)!;
    expect(last.params.get('filterByUserLogin')).to.equal('reader');
    expect(last.params.get('filterByActivityType')).to.equal('ActivityLog/SegmentChanged');
    expect(($(el, 'select[part="type-filter"]') as HTMLSelectElement).value).to.equal('ActivityLog/SegmentChanged');
    expect(el.filters).to.deep.equal({ user: 'reader', activityType: 'ActivityLog/SegmentChanged', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' });
  });

  it('asks a source that filters dates and text itself, instead of scanning', async () => {
    const source = memorySource(makeEntries(300), { filters: { dateRange: true, text: true } });
    const el = await fixture<ActivityLog>(html`<activity-log .source=${source} search="newsletter" date-from="2024-06-20"></activity-log>`);
    await loads(el, loadsRec);
    const queries = source.log.filter((c) => c.kind === 'entries').map((c) => c.query);
    expect(queries).to.have.length(1);
    expect(queries[0]).to.include({ text: 'newsletter', from: new Date(2024, 5, 20).toISOString() });
  });

  it('fires dw-activity-load once the rows are on screen', async () => {
    serve(makeEntries(40));
    const seen: number[] = [];
    const onLoad = (e: Event) => seen.push((e.target as ActivityLog).shadowRoot!.querySelectorAll('li.row:not(.skeleton-row)').length);
    document.addEventListener('dw-activity-load', onLoad);
    try {
      await mount();
    } finally {
      document.removeEventListener('dw-activity-load', onLoad);
    }
    expect(seen).to.deep.equal([25]);
  });

  it('reloads on refresh(), keeping filters and page', async () => {
    const server = serve(makeEntries(60));
    const el = await mount(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} user="reader"></activity-log>`);
    const before = server.calls.filter((c) => c.method === 'ActivityLog.getEntries').length;
    el.refresh();
    await loads(el, loadsRec, 2);
    const calls = server.calls.filter((c) => c.method === 'ActivityLog.getEntries');
    expect(calls.length).to.equal(before + 1);
    expect(calls.at(-1)!.params.get('filterByUserLogin')).to.equal('reader');
  });

  it('cancels an export without saving anything', async () => {
    const downloads = captureDownloads();
    try {
      // The export reads in bulk requests: the ones after the first view are slow.
      let slow = false;
      serve(makeEntries(900), { delay: () => (slow ? 300 : 0) });
      const el = await mount();
      slow = true;
      await click(el, 'button[part="export-csv"]');
      await waitUntil(() => $(el, '[part="export-progress"]'), 'no progress');
      buttonNamed(el, 'Cancel export')!.click();
      await waitUntil(() => !$(el, '[part="export-progress"]'), 'export still running');
      expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('Export cancelled.');
      await sleep(200);
      expect(downloads.files).to.have.length(0);
    } finally {
      downloads.stop();
    }
  });

  it('says when an export fails, with Retry, and keeps the list', async () => {
    let failExport = false;
    serve(makeEntries(150), { fail: (method, params) => (failExport && method === 'ActivityLog.getEntries' && params.get('limit') === '100' ? new Response('gateway', { status: 502 }) : undefined) });
    const el = await mount();
    failExport = true;
    await click(el, 'button[part="export-json"]');
    await waitUntil(() => text($(el, '[part="error"]')).includes('Could not export the activities'), 'no export error');
    expect(errorsRec.events.at(-1)!.detail).to.include({ during: 'export', kind: 'server' });
    expect(rows(el)).to.have.length(25);
    await expectAccessible(el);
  });

  it('reads entries and counts in one bulk request per page; the first, with who is looking, in one request', async () => {
    const server = serve(makeEntries(100));
    const el = await mount();
    // The token is not yet known to the server: what the first view needs goes out as one request.
    expect(server.requests).to.have.length(1);
    expect(methodsOf(server.requests[0]!)).to.deep.equal(['UsersManager.hasSuperUserAccess', 'UsersManager.getUsersLogin', 'ActivityLog.getEntries', 'ActivityLog.getEntryCount']);
    await click(el, 'button[part="next-button"]');
    await loads(el, loadsRec, 2);
    expect(server.requests).to.have.length(2);
    expect(methodsOf(server.requests[1]!)).to.deep.equal(['ActivityLog.getEntries', 'ActivityLog.getEntryCount']);
    expect(utc(0)).to.equal('1970-01-01 00:00:00');
  });
});
