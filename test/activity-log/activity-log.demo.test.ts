/**
 * <activity-log> against the demo backend (an imitation of Matomo's Activity Log API, in the
 * browser): what a super user and a view-only user see, every filter alone and combined, paging
 * past Matomo's 100-row cap, exports, avatars on the wire, accessibility.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { MATOMO_USERS } from '../../src/demo/accounts.js';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityExportDetail, ActivityFilters, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { sha256HexSync } from '../../src/core/sha256.js';
import {
  $,
  $$,
  captureDownloads,
  choose,
  click,
  enterDate,
  expectAccessible,
  loads,
  localDay,
  parseCsv,
  record,
  resourcesMatching,
  rowIds,
  rowLogins,
  rows,
  searchFor,
  summary,
  text,
  typeFilter,
} from './element-helpers.js';

type Raw = InstalledDemoBackend['backend']['state']['matomo']['activity'][number];

let demo: InstalledDemoBackend;
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let log: Raw[];

beforeEach(() => {
  demo = installDemoBackend();
  log = [...demo.backend.state.matomo.activity];
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
});

afterEach(() => {
  demo.uninstall();
  loadsRec.stop();
});

async function mount(token: string = DEMO_TOKENS.matomoSuperUser, attrs: { pageSize?: number; gravatar?: boolean; avatarBase?: string; user?: string } = {}) {
  const el = await fixture<ActivityLog>(html`<activity-log
    api-base="/matomo/"
    .token=${token}
    user=${attrs.user ?? ''}
    page-size=${attrs.pageSize ?? 25}
    ?gravatar=${attrs.gravatar ?? false}
    avatar-base=${attrs.avatarBase ?? 'https://gravatar.com/avatar/'}
  ></activity-log>`);
  await loads(el, loadsRec);
  return el;
}

const bodies = () => Promise.all(demo.requests.map(async (r) => ({ url: r.url, method: r.method, body: await r.clone().text() })));

/** Entries' ids matching filters, computed from the demo's own data. */
function expectedIds(filters: Partial<ActivityFilters>, entries: readonly Raw[] = log): string[] {
  const words = (filters.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .filter((e) => !filters.user || e.user_login === filters.user)
    .filter((e) => !filters.activityType || e.type === filters.activityType)
    .filter((e) => !filters.dateFrom || localDay(e.datetime) >= filters.dateFrom)
    .filter((e) => !filters.dateTo || localDay(e.datetime) <= filters.dateTo)
    .filter((e) => words.every((w) => JSON.stringify([e.user_login, e.description, e.parameters]).toLowerCase().includes(w)))
    .map((e) => String(e.id));
}

describe('<activity-log> for a super user (demo backend)', () => {
  it('lists everyone’s activities newest first, with the total from the server', async () => {
    const el = await mount();
    expect(rows(el)).to.have.length(25);
    expect(rowIds(el)).to.deep.equal(log.slice(0, 25).map((e) => String(e.id)));
    expect(summary(el)).to.equal(`Showing 1–25 of ${log.length.toLocaleString('en')} activities.`);
    expect(new Set(rowLogins(el)).size).to.be.greaterThan(2);
    const first = rows(el)[0]!;
    expect(text(first.querySelector('.who'))).to.equal(log[0]!.user_login);
    expect(text(first.querySelector('.description'))).to.equal(log[0]!.description);
    const detail = loadsRec.events[0]!.detail;
    expect(detail).to.include({ total: log.length, totalExact: true, page: 1, pageSize: 25, offset: 0 });
    expect(detail.entries.map((e) => e.id)).to.deep.equal(log.slice(0, 25).map((e) => String(e.id)));
  });

  it('offers a user filter with every login and the system users', async () => {
    const el = await mount();
    await waitUntil(() => $(el, 'select[part="user-filter"]'), 'no user filter');
    // The full list of users loads on demand (after the first rows, or when the select is focused), as a user reaching it would.
    $<HTMLSelectElement>(el, 'select[part="user-filter"]')!.focus();
    const values = () => $$<HTMLOptionElement>(el, 'select[part="user-filter"] option').map((o) => o.value);
    await waitUntil(() => values().length > 1, `the user filter offers only ${JSON.stringify(values())}`);
    expect(values()).to.include.members(['', ...MATOMO_USERS.map((u) => u.login), 'Matomo System', 'Console Command', 'anonymous']);
    expect($(el, '[part="note"]')).to.equal(null);
  });

  it('shows system users as such', async () => {
    const el = await mount();
    await choose(el, 'user-filter', 'Console Command');
    await loads(el, loadsRec, 2);
    expect(rows(el).length).to.be.greaterThan(0);
    for (const row of rows(el)) {
      expect(text(row.querySelector('.who'))).to.equal('Console Command');
      expect(text(row.querySelector('.who-note'))).to.equal('(command line)');
      expect(row.querySelector('.avatar')!.classList.contains('system')).to.equal(true);
    }
  });

  it('sends every request as a POST with the token in the body, never in a URL', async () => {
    await mount();
    const sent = await bodies();
    expect(sent.length).to.be.greaterThan(0);
    for (const r of sent) {
      expect(r.method).to.equal('POST');
      expect(r.url).not.to.contain(DEMO_TOKENS.matomoSuperUser);
      expect(new URLSearchParams(r.body).get('token_auth')).to.equal(DEMO_TOKENS.matomoSuperUser);
    }
  });

  it('is accessible with data, in light and dark', async () => {
    const el = await mount();
    el.theme = 'light';
    await el.updateComplete;
    await expectAccessible(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
  });
});

describe('<activity-log> for a view-only user (demo backend)', () => {
  it('has no user filter, says the list holds their own activities, and shows only theirs', async () => {
    const el = await mount(DEMO_TOKENS.matomoViewer);
    await waitUntil(() => $(el, '[part="note"]'), 'no note');
    expect(text($(el, '[part="note"]'))).to.equal('You see your own activities only.');
    expect($(el, 'select[part="user-filter"]')).to.equal(null);
    const own = log.filter((e) => e.user_login === 'reader');
    expect(new Set(rowLogins(el))).to.deep.equal(new Set(['reader']));
    expect(summary(el)).to.contain(`of ${own.length.toLocaleString('en')} activities`);
    await expectAccessible(el);
  });

  it('does not ask for e-mail addresses when avatars are off', async () => {
    await mount(DEMO_TOKENS.matomoViewer);
    const sent = await bodies();
    expect(sent.some((r) => r.body.includes('UsersManager.getUsers&') || r.body.endsWith('UsersManager.getUsers'))).to.equal(false);
  });
});

describe('<activity-log> filters (demo backend)', () => {
  it('filters by user', async () => {
    const el = await mount();
    const changes = record<ActivityFilters>('dw-activity-change');
    await choose(el, 'user-filter', 'sophie.martin');
    await loads(el, loadsRec, 2);
    changes.stop();
    expect(changes.events.map((e) => e.detail.user)).to.deep.equal(['sophie.martin']);
    const want = expectedIds({ user: 'sophie.martin' });
    expect(rowIds(el)).to.deep.equal(want.slice(0, 25));
    expect(loadsRec.events[1]!.detail.total).to.equal(want.length);
    const last = (await bodies()).at(-1)!;
    expect(last.body + last.url).to.contain('filterByUserLogin%3Dsophie.martin');
  });

  it('filters by activity type, grouped by category', async () => {
    const el = await mount();
    const groups = [...(await typeFilter(el)).querySelectorAll('optgroup')].map((g) => g.label);
    // The built-in categories in their order; "Other plugins" follows only once the list has shown such a type (the demo's first page has none).
    expect(groups.slice(0, 9)).to.deep.equal(['Users & access', 'Websites', 'Goals', 'Segments', 'Reports', 'Privacy', 'Plugins & system', 'Annotations', 'Alerts & dimensions']);
    await choose(el, 'type-filter', 'ActivityLog/GoalAdded');
    await loads(el, loadsRec, 2);
    const want = expectedIds({ activityType: 'ActivityLog/GoalAdded' });
    expect(rowIds(el)).to.deep.equal(want.slice(0, 25));
    expect(loadsRec.events[1]!.detail.total).to.equal(want.length);
    for (const row of rows(el)) expect(text(row.querySelector('.type'))).to.contain('Goals');
  });

  it('filters by date range, with an exact total', async () => {
    const el = await mount();
    const to = localDay(log[150]!.datetime);
    const from = localDay(log[600]!.datetime);
    await enterDate(el, 'date-from', from);
    await loads(el, loadsRec, 2);
    await enterDate(el, 'date-to', to);
    await loads(el, loadsRec, 3);
    const want = expectedIds({ dateFrom: from, dateTo: to });
    expect(want.length).to.be.greaterThan(100);
    expect(rowIds(el)).to.deep.equal(want.slice(0, 25));
    expect(loadsRec.events[2]!.detail).to.include({ total: want.length, totalExact: true });
    expect(summary(el)).to.equal(`Showing 1–25 of ${want.length} matching activities.`);
  });

  it('searches text', async () => {
    const el = await mount();
    await searchFor(el, 'Black Friday');
    await loads(el, loadsRec, 2);
    const want = expectedIds({ search: 'black friday' });
    expect(want.length).to.be.greaterThan(0);
    expect(rowIds(el)).to.deep.equal(want.slice(0, 25));
    await waitUntil(() => summary(el).includes(`of ${want.length} matching`), `summary: ${summary(el)}`);
  });

  it('combines every filter', async () => {
    const el = await mount();
    const filters = { user: 'admin', activityType: 'ActivityLog/AnnotationAdded', dateFrom: localDay(log[2500]!.datetime), dateTo: localDay(log[10]!.datetime), search: 'campaign' };
    await choose(el, 'user-filter', filters.user);
    await choose(el, 'type-filter', filters.activityType);
    await enterDate(el, 'date-from', filters.dateFrom);
    await enterDate(el, 'date-to', filters.dateTo);
    await searchFor(el, filters.search);
    const want = expectedIds(filters);
    expect(want.length).to.be.greaterThan(0);
    await waitUntil(() => loadsRec.events.at(-1)?.detail.filters.search === 'campaign' && summary(el).includes(`of ${want.length} matching`), `summary: ${summary(el)}`);
    expect(rowIds(el)).to.deep.equal(want.slice(0, 25));
    for (const row of rows(el)) expect(text(row)).to.match(/campaign/i);
  });

  it('says when nothing matches, and clears the filters', async () => {
    const el = await mount();
    const changes = record<ActivityFilters>('dw-activity-change');
    await searchFor(el, 'zzz-nothing-like-this');
    await waitUntil(() => $(el, '[part="empty"]'), 'no empty state');
    expect(text($(el, '[part="empty"]'))).to.contain('No activities match these filters.');
    expect(text($(el, '[part="empty"]'))).to.contain('Search: “zzz-nothing-like-this”');
    await expectAccessible(el);
    const clear = $$<HTMLButtonElement>(el, '[part="empty"] button').find((b) => text(b) === 'Clear filters')!;
    clear.click();
    await waitUntil(() => rows(el).length === 25, 'rows did not come back');
    changes.stop();
    expect(changes.events.at(-1)!.detail).to.deep.equal({ user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' });
    expect(($(el, 'input[part="search"]') as HTMLInputElement).value).to.equal('');
  });
});

describe('<activity-log> paging (demo backend)', () => {
  it('pages past Matomo’s 100-row cap', async () => {
    const el = await mount(DEMO_TOKENS.matomoSuperUser, { pageSize: 100 });
    expect(rows(el)).to.have.length(100);
    await click(el, 'button[part="next-button"]');
    await loads(el, loadsRec, 2);
    await click(el, 'button[part="next-button"]');
    await loads(el, loadsRec, 3);
    expect(rowIds(el)).to.deep.equal(log.slice(200, 300).map((e) => String(e.id)));
    expect(summary(el)).to.equal(`Showing 201–300 of ${log.length.toLocaleString('en')} activities.`);
    const entriesCall = (await bodies())
      .flatMap((r) => [...new URLSearchParams(r.body).entries()].filter(([k]) => k.startsWith('urls[')).map(([, v]) => new URLSearchParams(v)))
      .filter((p) => p.get('method') === 'ActivityLog.getEntries')
      .at(-1)!;
    expect(entriesCall.get('offset')).to.equal('200');
    expect(entriesCall.get('limit')).to.equal('100');
    expect(entriesCall.get('filter_limit')).to.equal('100');
    await click(el, 'button[part="prev-button"]');
    await loads(el, loadsRec, 4);
    expect(rowIds(el)).to.deep.equal(log.slice(100, 200).map((e) => String(e.id)));
  });

  it('pages a date-filtered view past 100 rows', async () => {
    const el = await mount(DEMO_TOKENS.matomoSuperUser, { pageSize: 50 });
    const filters = { dateFrom: localDay(log[900]!.datetime), dateTo: localDay(log[100]!.datetime) };
    el.filters = filters;
    await loads(el, loadsRec, 2);
    const want = expectedIds(filters);
    for (let page = 2; page <= 3; page++) {
      await click(el, 'button[part="next-button"]');
      await loads(el, loadsRec, page + 1);
    }
    expect(rowIds(el)).to.deep.equal(want.slice(100, 150));
    expect(text($(el, '.page-of'))).to.equal(`Page 3 of ${Math.ceil(want.length / 50)}`);
  });

  it('switches the page size', async () => {
    const el = await mount();
    await choose(el, 'page-size', '10');
    await loads(el, loadsRec, 2);
    expect(rowIds(el)).to.deep.equal(log.slice(0, 10).map((e) => String(e.id)));
    expect(loadsRec.events[1]!.detail.pageSize).to.equal(10);
    expect($$<HTMLOptionElement>(el, 'select[part="page-size"] option').map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
  });
});

describe('<activity-log> export (demo backend)', () => {
  it('exports every entry of the filtered view as CSV, not only the page shown', async () => {
    const downloads = captureDownloads();
    const exports = record<ActivityExportDetail>('dw-activity-export');
    try {
      const el = await mount();
      el.filters = { user: 'sophie.martin', activityType: 'ActivityLog/UserSignedIn' };
      await loads(el, loadsRec, 2);
      const want = expectedIds({ user: 'sophie.martin', activityType: 'ActivityLog/UserSignedIn' });
      expect(want.length).to.be.greaterThan(25);
      await click(el, 'button[part="export-csv"]');
      await waitUntil(() => exports.events.length === 1, 'no export event');
      const file = downloads.files[0]!;
      expect(file.name).to.equal(`activity-log_user-sophie.martin_user-signed-in_${want.length}-entries.csv`);
      expect(exports.events[0]!.detail).to.deep.equal({ format: 'csv', count: want.length, fileName: file.name });
      const table = parseCsv(await file.content);
      expect(table[0]).to.deep.equal(['ID', 'Date and time (UTC)', 'Local date and time', 'User', 'Activity type', 'Activity', 'Category', 'Description', 'Details', 'IP address', 'Country']);
      expect(table.slice(1).map((r) => r[0])).to.deep.equal(want);
      const first = log.find((e) => String(e.id) === want[0])!;
      expect(table[1]!.slice(1, 2)).to.deep.equal([`${first.datetime.replace(' ', 'T')}.000Z`]);
      expect(table[1]!.slice(3, 8)).to.deep.equal(['sophie.martin', 'ActivityLog/UserSignedIn', 'Signed in', 'Users & access', first.description]);
      expect(text($(el, '.visually-hidden[role="status"]'))).to.contain(`Saved ${want.length} activities to ${file.name}`);
    } finally {
      downloads.stop();
      exports.stop();
    }
  });

  it('exports a text search as JSON, with progress, recording the filters', async () => {
    const downloads = captureDownloads();
    const exports = record<ActivityExportDetail>('dw-activity-export');
    demo.uninstall();
    demo = installDemoBackend({ latency: 20 });
    try {
      const el = await mount();
      el.search = 'newsletter';
      await loads(el, loadsRec, 2);
      const want = expectedIds({ search: 'newsletter' });
      await click(el, 'button[part="export-json"]');
      await waitUntil(() => $(el, '[part="export-progress"] progress'), 'no progress shown');
      expect(text($(el, '[part="export-progress"]'))).to.match(/Exporting JSON…/);
      await expectAccessible(el);
      await waitUntil(() => exports.events.length === 1, 'no export event', { timeout: 15_000 });
      const file = downloads.files[0]!;
      expect(file.name).to.equal(`activity-log_search-newsletter_${want.length}-entries.json`);
      const doc = JSON.parse(await file.content);
      expect(doc.filters).to.deep.equal({ search: 'newsletter' });
      expect(doc.count).to.equal(want.length);
      expect(doc.entries.map((e: { id: string }) => e.id)).to.deep.equal(want);
      expect(doc.entries[0]).to.have.keys(['id', 'datetime', 'user', 'type', 'typeLabel', 'category', 'description', 'details', 'parameters', 'ip', 'country', 'countryName']);
      expect($(el, '[part="export-progress"]')).to.equal(null);
    } finally {
      downloads.stop();
      exports.stop();
    }
  });
});

describe('<activity-log> avatars on the wire (demo backend)', () => {
  it('with gravatar off, shows no picture at all: neither an avatar service\'s nor the server\'s own', async () => {
    const since = performance.now();
    const el = await mount();
    expect(log.slice(0, 25).every((e) => e.avatar.startsWith('plugins/ActivityLog/images/'))).to.equal(true);
    await new Promise((r) => setTimeout(r, 300));
    expect($$(el, 'img')).to.have.length(0);
    expect(resourcesMatching('gravatar', since)).to.deep.equal([]);
    expect(resourcesMatching('/images/avatar', since)).to.deep.equal([]);
    expect(demo.requests.every((r) => new URL(r.url).pathname.startsWith('/matomo/'))).to.equal(true);
    // Initials on a colour instead.
    const avatar = rows(el)[0]!.querySelector('.avatar')!;
    expect(text(avatar)).to.match(/^[A-Z?]{1,2}$/);
    expect(getComputedStyle(avatar).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it("with gravatar on, someone without a known address gets the server's own picture, resolved against api-base, not the page", async () => {
    // The view-only user may not read e-mail addresses: the entries' own (relative) avatars are used.
    const el = await mount(DEMO_TOKENS.matomoViewer, { gravatar: true });
    const entry = log.find((e) => e.user_login === 'reader')!;
    expect(entry.avatar).to.match(/^plugins\/ActivityLog\/images\/avatar\d+\.png$/);
    const want = new URL(`/matomo/${entry.avatar}`, location.href).href;
    await waitUntil(() => $$<HTMLImageElement>(el, 'img.loaded').length > 0, 'the server\'s picture did not load');
    const sources = new Set($$<HTMLImageElement>(el, 'img').map((img) => img.src));
    expect([...sources]).to.deep.equal([want]);
  });

  it('with gravatar on, requests the SHA-256 URL of the user’s e-mail from the avatar service', async () => {
    const since = performance.now();
    // Only people with a known address on the page: their pictures come from the avatar service.
    const el = await mount(DEMO_TOKENS.matomoSuperUser, { gravatar: true, avatarBase: '/avatar-service/', user: 'sophie.martin' });
    expect(new Set(rowLogins(el))).to.deep.equal(new Set(['sophie.martin']));
    const hash = sha256HexSync('sophie.martin@example.com');
    const expectedUrl = new URL(`/avatar-service/${hash}?s=64&d=404`, location.href).href;
    await waitUntil(() => resourcesMatching('/avatar-service/', since).length > 0, 'the avatar service was not asked');
    expect(new Set(resourcesMatching('/avatar-service/', since))).to.deep.equal(new Set([expectedUrl]));
    // The test server has no such picture: initials stay, and no broken image is left.
    await waitUntil(() => $$(el, 'img').length === 0, 'failed images were not removed');
    expect(text(rows(el)[0]!.querySelector('.avatar'))).to.equal('SM');
  });
});
