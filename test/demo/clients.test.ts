import { expect } from '@open-wc/testing';
import { MatomoActivitySource } from '../../src/api/activity-source.js';
import { forgetServerDays } from '../../src/api/activity-days.js';
import { AuthError, PermissionError, isApiError } from '../../src/api/errors.js';
import { TwoFactorError } from '../../src/api/two-factor-error.js';
import { MatomoClient } from '../../src/api/matomo.js';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { MatomoVisitsSource } from '../../src/api/visits-source.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { setClock } from '../../src/core/clock.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { formatDay } from '../../src/demo/calendar.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { ANALYTICS_SETTINGS } from '../../src/demo/seed-settings.js';
import { NOW } from './helpers.js';

// The real clients of src/api against the demo backend: their integration tests.

const ANALYTICS_IDS = ANALYTICS_SETTINGS.map((s) => s._id);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('clients against the demo backend: Matomo', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
    // The widgets' clock at the demo's instant, so both count the same days.
    setClock(() => NOW);
  });
  afterEach(() => {
    demo.uninstall();
    setClock();
    forgetSites();
  });

  const matomo = (token?: string) => new MatomoClient({ apiBase: '/matomo', token });

  it('MatomoClient sends the token in the POST body only and reads the answer', async () => {
    const data = await matomo(DEMO_TOKENS.matomoSuperUser).call('UsersManager.hasSuperUserAccess');
    expect(data).to.deep.equal({ value: true });
    const [request] = demo.requests;
    expect(request!.method).to.equal('POST');
    expect(new URL(request!.url).searchParams.has('token_auth')).to.equal(false);
    expect(new URLSearchParams(await request!.text()).get('token_auth')).to.equal(DEMO_TOKENS.matomoSuperUser);
    expect(request!.headers.get('content-type')).to.contain('application/x-www-form-urlencoded');
  });

  it('MatomoClient turns a bad token into an AuthError and missing access into a PermissionError', async () => {
    const bad = await rejection(matomo('wrong-token').call('UsersManager.hasSuperUserAccess'));
    expect(bad).to.be.instanceOf(AuthError);
    expect((bad as AuthError).status).to.equal(401);
    const denied = await rejection(matomo(DEMO_TOKENS.matomoViewer).call('UsersManager.getUsers'));
    expect(denied).to.be.instanceOf(PermissionError);
    const anonymous = await rejection(matomo().call('ActivityLog.getEntries'));
    expect(anonymous).to.be.instanceOf(PermissionError);
  });

  it('MatomoClient.bulk returns a failing sub-request as its own error', async () => {
    const [superUser, users] = await matomo(DEMO_TOKENS.matomoViewer).bulk([{ method: 'UsersManager.hasSuperUserAccess' }, { method: 'UsersManager.getUsers' }]);
    expect(superUser).to.deep.equal({ value: false });
    expect(isApiError(users)).to.equal(true);
    expect(demo.requests).to.have.length(1);
  });

  it('MatomoActivitySource pages the log past the 100-row cap and counts it', async () => {
    const source = new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser));
    const page = await source.getPage({ offset: 0, limit: 150 });
    expect(page.entries).to.have.length(150);
    expect(page.total).to.equal(3000);
    const first = page.entries[0]!;
    expect(first.datetime).to.be.instanceOf(Date);
    expect(first.datetime!.getTime()).to.be.below(NOW);
    expect(first.description).to.not.equal('');
    const next = await source.getEntries({ offset: 150, limit: 10 });
    expect(next.map((e) => e.id)).to.deep.equal(
      (await source.getEntries({ offset: 0, limit: -1 })).slice(150, 160).map((e) => e.id),
    );
  });

  it('MatomoActivitySource.getMany answers several pages in one request', async () => {
    const source = new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser));
    const [a, b] = await source.getMany([
      { offset: 0, limit: 5 },
      { offset: 2990, limit: 50 },
    ]);
    expect(demo.requests).to.have.length(1);
    expect(a!.map((e) => e.id)).to.deep.equal(['3000', '2999', '2998', '2997', '2996']);
    expect(b).to.have.length(10);
  });

  it('MatomoActivitySource filters by user and type', async () => {
    const source = new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser));
    const entries = await source.getEntries({ offset: 0, limit: -1, user: 'reader', type: 'ActivityLog/UserSignedIn' });
    expect(entries.length).to.be.above(0);
    expect(entries.every((e) => e.userLogin === 'reader' && e.type === 'ActivityLog/UserSignedIn')).to.equal(true);
    expect(await source.getCount({ user: 'reader', type: 'ActivityLog/UserSignedIn' })).to.equal(entries.length);
  });

  it('MatomoActivitySource.countDays finds out once per server that Activity Log 5.1 filters days, and then asks for them alone', async () => {
    forgetServerDays();
    demo.backend.configure({ activityLog: '5.1' });
    const all = demo.backend.state.matomo.activity;
    const inDays = all.filter((e) => e.datetime >= '2025-02-01' && e.datetime < '2025-02-04' && e.user_login === 'reader');
    const source = new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser));
    const query = { user: 'reader', days: { from: '2025-02-01', to: '2025-02-03' } };
    expect(await source.countDays(query)).to.deep.equal({ count: inDays.length, filtered: true });
    // One request: the count asked for, everything, and the first day Matomo accepts.
    expect(demo.requests).to.have.length(1);
    const body = new URLSearchParams(await demo.requests[0]!.clone().text());
    expect(new URLSearchParams(body.get('urls[0]')!).get('date')).to.equal('2025-02-01,2025-02-03');
    expect(new URLSearchParams(body.get('urls[0]')!).get('period')).to.equal('range');
    expect(new URLSearchParams(body.get('urls[2]')!).get('date')).to.equal('1991-08-06,1991-08-06');
    // Known now: a count of its own, and pages of those days.
    expect(await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser)).countDays(query)).to.deep.equal({ count: inDays.length, filtered: true });
    expect(demo.requests).to.have.length(2);
    expect(new URL(demo.requests[1]!.url).searchParams.get('method')).to.equal('ActivityLog.getEntryCount');
    const page = await source.getEntries({ ...query, offset: 1, limit: 2 });
    expect(page.map((e) => e.id)).to.deep.equal(inDays.slice(1, 3).map((e) => String(e.id)));
    const open = await source.getCount({ days: { from: '2025-03-01', to: '' } });
    expect(open).to.equal(all.filter((e) => e.datetime >= '2025-03-01').length);
  });

  it('MatomoActivitySource.countDays finds out that Activity Log 5.0 ignores days, and counts without them from then on', async () => {
    forgetServerDays();
    const total = await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser)).getCount({ user: 'reader' });
    const source = new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser));
    const query = { user: 'reader', days: { from: '2025-02-01', to: '2025-02-03' } };
    expect(await source.countDays(query)).to.deep.equal({ count: total, filtered: false });
    expect(await source.countDays(query)).to.deep.equal({ count: total, filtered: false });
    const last = demo.requests.at(-1)!;
    expect(new URL(last.url).searchParams.get('method')).to.equal('ActivityLog.getEntryCount');
    expect(new URL(last.url).searchParams.has('date')).to.equal(false);
  });

  it('MatomoActivitySource.getViewer tells a super user (with logins and e-mails) from a viewer', async () => {
    const admin = await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser)).getViewer({ withEmails: true });
    expect(admin.superUser).to.equal(true);
    expect(admin.logins).to.include.members(['admin', 'reader']);
    expect(admin.emails.reader).to.equal('reader@example.com');
    const withoutEmails = await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoSuperUser)).getViewer();
    expect(withoutEmails.emails).to.deep.equal({});
    const reader = await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoViewer)).getViewer();
    expect(reader).to.deep.equal({ superUser: false, logins: [], emails: {} });
    const own = await new MatomoActivitySource(matomo(DEMO_TOKENS.matomoViewer)).getEntries({ offset: 0, limit: 200, user: 'admin' });
    expect(own.every((e) => e.userLogin === 'reader')).to.equal(true);
  });

  it('MatomoVisitsSource reads several sites in their own days (their zones first), a comparison and the site names', async () => {
    const source = new MatomoVisitsSource(matomo(DEMO_TOKENS.matomoSuperUser));
    const result = await source.getVisits({ siteIds: ['1', '2', '3'], period: 'day', date: 'last14', compareDate: 'previous14' });
    expect(demo.requests, 'the sites, then their visits').to.have.length(2);
    expect(result.current.map((s) => [s.name, s.today])).to.deep.equal([
      ['Shop', '2025-03-15'],
      ['Blog', '2025-03-14'],
      ['Docs', '2025-03-15'],
    ]);
    // Each site's 14 days end on its own today; Los Angeles is a day behind.
    expect(result.current.map((s) => [s.points.length, s.points.at(-1)!.label])).to.deep.equal([
      [14, '2025-03-15'],
      [14, '2025-03-14'],
      [14, '2025-03-15'],
    ]);
    expect(result.previous![1]!.points.map((p) => p.label).at(-1)).to.equal('2025-02-28');
    const docs = demo.backend.state.matomo.sites[2]!;
    const gap = formatDay(docs.gaps[0]!);
    const point = result.current[2]!.points.find((p) => p.label === gap);
    expect(point).to.deep.equal({ label: gap, metrics: null });
    // Zones known: one request.
    await source.getVisits({ siteIds: ['1', '2', '3'], period: 'day', date: 'last14', compareDate: 'previous14' });
    expect(demo.requests).to.have.length(3);
    const full = result.current[0]!.points.find((p) => p.metrics)!.metrics!;
    expect(full.bounce_rate).to.be.within(0, 1);
    expect(full.nb_visits).to.be.above(0);
  });

  it('MatomoVisitsSource reads a year without unique visitors, and the sites a viewer may see', async () => {
    const source = new MatomoVisitsSource(matomo(DEMO_TOKENS.matomoViewer));
    const result = await source.getVisits({ siteIds: ['2'], period: 'year', date: 'last2' });
    expect(result.current[0]!.points.map((p) => p.label)).to.deep.equal(['2024', '2025']);
    expect(result.current[0]!.points[0]!.metrics).not.to.have.property('nb_uniq_visitors');
    expect(await source.getSites()).to.deep.equal([
      { idSite: '1', name: 'Shop', timezone: 'UTC' },
      { idSite: '2', name: 'Blog', timezone: 'America/Los_Angeles' },
    ]);
    const denied = await rejection(source.getVisits({ siteIds: ['3'], period: 'day', date: 'last7' }));
    expect(denied).to.be.instanceOf(PermissionError);
  });
});

describe('clients against the demo backend: Rocket.Chat', () => {
  let demo: InstalledDemoBackend;
  beforeEach(() => {
    demo = installDemoBackend({ now: NOW });
  });
  afterEach(() => demo.uninstall());

  const client = (userId: string, token: string) => new RocketChatClient({ apiBase: '/chat/', userId, token });
  const admin = () => client(DEMO_TOKENS.chatUserId, DEMO_TOKENS.chatToken);

  it('RocketChatClient.getSettings pages until it has the whole Analytics group, with defaults', async () => {
    const settings = await admin().getSettings(ANALYTICS_IDS);
    expect(settings.map((s) => s._id)).to.deep.equal(ANALYTICS_IDS);
    expect(settings.find((s) => s._id === 'Analytics_features_users')).to.deep.equal({ _id: 'Analytics_features_users', value: true, packageValue: true });
    expect(demo.requests.length).to.equal(2);
  });

  it('RocketChatClient reports a bad login as AuthError and a missing permission as PermissionError', async () => {
    expect(await rejection(client(DEMO_TOKENS.chatUserId, 'nope').getSettings(ANALYTICS_IDS))).to.be.instanceOf(AuthError);
    const viewer = client(DEMO_TOKENS.chatViewerUserId, DEMO_TOKENS.chatViewerToken);
    expect((await viewer.getSetting('PiwikAnalytics_url')).value).to.equal('');
    expect(await rejection(viewer.send('settings/PiwikAnalytics_url', {}, { value: 'https://x.example/' }))).to.be.instanceOf(PermissionError);
    expect(await rejection(client(DEMO_TOKENS.chatMatomoUserId, DEMO_TOKENS.chatMatomoToken).getSetting('PiwikAnalytics_url'))).to.be.instanceOf(PermissionError);
  });

  it('RocketChatClient reads the roles and the permissions', async () => {
    expect(await client(DEMO_TOKENS.chatMatomoUserId, DEMO_TOKENS.chatMatomoToken).getMe()).to.deep.equal({ roles: ['user', 'matomo-manager'] });
    const permissions = await admin().getPermissions();
    expect(permissions.get('edit-privileged-setting')).to.deep.equal(['admin']);
    expect(permissions.get('change-setting-PiwikAnalytics_url')).to.deep.equal(['matomo-manager']);
    expect(permissions.get('change-setting-GoogleAnalytics_ID')).to.deep.equal([]);
  });

  it('RocketChatSettingsSource loads the group and the rights, and saves changes in one call of saveSettings', async () => {
    const source = new RocketChatSettingsSource(client(DEMO_TOKENS.chatUserId, DEMO_TOKENS.chatNoTwoFactorToken));
    const options = {};
    const [loaded, access] = await Promise.all([source.load(ANALYTICS_IDS, options), source.access(ANALYTICS_IDS, options)]);
    // One round trip (the public values beside who the user is and the permissions): no defaults, the widget knows Rocket.Chat's.
    expect(loaded.find((s) => s.id === 'PiwikAnalytics_enabled')).to.deep.equal({ id: 'PiwikAnalytics_enabled', value: false });
    expect(access!.editable).to.deep.equal(ANALYTICS_IDS);
    expect(demo.requests.map((r) => new URL(r.url).pathname)).to.have.members(['/chat/api/v1/settings.public', '/chat/api/v1/me', '/chat/api/v1/permissions.listAll']);
    demo.requests.length = 0;
    const results = await source.save([
      { id: 'PiwikAnalytics_enabled', value: true },
      { id: 'PiwikAnalytics_url', value: 'https://matomo.example.com/' },
    ]);
    expect(results).to.deep.equal([
      { id: 'PiwikAnalytics_enabled', ok: true },
      { id: 'PiwikAnalytics_url', ok: true },
    ]);
    // Rocket.Chat 7.x has no bulk route: 405, then the method.
    expect(demo.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/chat/api/v1/settings', '/chat/api/v1/method.call/saveSettings']);
    const again = await source.load(['PiwikAnalytics_enabled', 'PiwikAnalytics_url']);
    expect(again.map((s) => s.value)).to.deep.equal([true, 'https://matomo.example.com/']);
  });

  it('RocketChatSettingsSource.loadPublic reads public values without a login', async () => {
    const source = new RocketChatSettingsSource(new RocketChatClient({ apiBase: '/chat/' }));
    const values = await source.loadPublic(['PiwikAnalytics_enabled', 'PiwikAnalytics_url']);
    expect(values).to.deep.equal([
      { id: 'PiwikAnalytics_enabled', value: false },
      { id: 'PiwikAnalytics_url', value: '' },
    ]);
    expect(demo.requests[0]!.headers.get('x-auth-token')).to.equal(null);
  });

  it('RocketChatSettingsSource rethrows two-factor challenges (the password for the plain administrator), and reports refused changes per setting', async () => {
    const adminSource = new RocketChatSettingsSource(admin());
    const changes = [
      { id: 'PiwikAnalytics_enabled', value: true },
      { id: 'PiwikAnalytics_siteId', value: '3' },
    ];
    expect(await rejection(adminSource.save(changes))).to.include({ name: 'TwoFactorError', method: 'password' });
    const digest = await sha256Hex(DEMO_TOKENS.chatAdminPassword);
    expect((await adminSource.save(changes, { twoFactor: { code: digest, method: 'password' } })).every((r) => r.ok)).to.equal(true);
    const secure = new RocketChatSettingsSource(client(DEMO_TOKENS.chatTwoFactorUserId, DEMO_TOKENS.chatTwoFactorToken));
    expect(await rejection(secure.save(changes))).to.be.instanceOf(TwoFactorError);
    expect((await secure.save(changes, { twoFactor: { code: DEMO_TOKENS.twoFactorCode, method: 'totp' } })).every((r) => r.ok)).to.equal(true);
    const matomo = new RocketChatSettingsSource(client(DEMO_TOKENS.chatMatomoUserId, DEMO_TOKENS.chatMatomoToken));
    const results = await matomo.save([...changes, { id: 'GoogleAnalytics_enabled', value: true }], {
      twoFactor: { code: await sha256Hex(DEMO_TOKENS.chatMatomoPassword), method: 'password' },
    });
    expect(results.every((r) => !r.ok && r.error instanceof PermissionError)).to.equal(true);
  });
});
