import { expect } from '@open-wc/testing';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { ANALYTICS_SETTING_IDS } from '../../src/analytics-settings/schema.js';
import { cleanup, DEMO_TOKENS, json, path, secondClient, serverValue, startBackend, writes } from '../analytics-settings/helpers.js';

function source(user: { userId: string; token: string } = { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken }, timeout = 15_000) {
  return new RocketChatSettingsSource(new RocketChatClient({ apiBase: '/chat', ...user, timeout }));
}

describe('RocketChatSettingsSource against the demo Rocket.Chat', () => {
  afterEach(cleanup);

  it('loads the whole Analytics group in one round trip: the public values, and a check of the credentials beside them', async () => {
    const { wire, demo, intercept } = startBackend();
    await secondClient(demo, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    // No answer before both requests were sent: a second round trip would wait forever.
    let release!: () => void;
    const both = new Promise<void>((resolve) => (release = resolve));
    intercept((r) => {
      if (wire.length === 2) release();
      return both.then(() => demo.backend.handle(r));
    });
    const list = await source().load(ANALYTICS_SETTING_IDS);
    expect(list.map((s) => s.id)).to.deep.equal([...ANALYTICS_SETTING_IDS]);
    expect(list.find((s) => s.id === 'PiwikAnalytics_url')).to.deep.equal({ id: 'PiwikAnalytics_url', value: 'https://matomo.example.org/' });
    expect(wire.map(path)).to.deep.equal([`/chat/api/v1/settings?count=1`, `/chat/api/v1/settings.public?_id=${ANALYTICS_SETTING_IDS.join(',')}&count=12`]);
    expect(wire[0]!.headers.get('x-user-id')).to.equal(DEMO_TOKENS.chatUserId);
    expect(wire[0]!.headers.get('x-auth-token')).to.equal(DEMO_TOKENS.chatToken);
    expect(wire[1]!.headers.get('x-auth-token')).to.equal(null);
  });

  it('an account that may not read settings gets a PermissionError, and a refused token an AuthError, as from GET settings', async () => {
    const backend = startBackend();
    backend.intercept((r) => (new URL(r.url).pathname === '/chat/api/v1/settings' ? json({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' }, 403) : undefined));
    expect(await source().load(ANALYTICS_SETTING_IDS).catch((e: unknown) => e)).to.have.property('kind', 'permission');
    backend.intercept(undefined);
    expect(await source({ userId: DEMO_TOKENS.chatUserId, token: 'wrong' }).load(ANALYTICS_SETTING_IDS).catch((e: unknown) => e)).to.have.property('kind', 'auth');
  });

  it('pages through GET settings, with defaults, where settings.public does not filter by id (before Rocket.Chat 7.0)', async () => {
    const { wire, intercept } = startBackend();
    intercept((r) =>
      new URL(r.url).pathname.endsWith('/settings.public') ? json({ success: false, error: "must NOT have additional properties [invalid-params]", errorType: 'invalid-params' }, 400) : undefined,
    );
    const list = await source().load(ANALYTICS_SETTING_IDS);
    expect(list.map((s) => s.id)).to.deep.equal([...ANALYTICS_SETTING_IDS]);
    expect(list.find((s) => s.id === 'Analytics_features_messages')).to.deep.equal({ id: 'Analytics_features_messages', value: true, packageValue: true });
    const paged = wire.filter((r) => path(r).includes('offset='));
    expect(paged.length).to.be.greaterThan(1);
    for (const r of paged) {
      expect(path(r)).to.match(/^\/chat\/api\/v1\/settings\?includeDefaults=true&count=100&offset=\d+$/);
      expect(r.headers.get('x-user-id')).to.equal(DEMO_TOKENS.chatUserId);
      expect(r.headers.get('x-auth-token')).to.equal(DEMO_TOKENS.chatToken);
      expect(r.url).not.to.contain(DEMO_TOKENS.chatToken);
    }
  });

  it('loads public values without credentials', async () => {
    const { wire } = startBackend();
    const list = await source().loadPublic(['GoogleAnalytics_enabled', 'PiwikAnalytics_url']);
    expect(list).to.deep.equal([
      { id: 'GoogleAnalytics_enabled', value: false },
      { id: 'PiwikAnalytics_url', value: '' },
    ]);
    expect(path(wire[0]!)).to.equal('/chat/api/v1/settings.public?_id=GoogleAnalytics_enabled,PiwikAnalytics_url&count=2');
    expect(wire[0]!.headers.get('x-auth-token')).to.equal(null);
  });

  it('saves several settings in one bulk request', async () => {
    const { demo, wire } = startBackend();
    const results = await source().save([
      { id: 'GoogleAnalytics_enabled', value: true },
      { id: 'GoogleAnalytics_ID', value: 'G-ABC123' },
    ]);
    expect(results).to.deep.equal([
      { id: 'GoogleAnalytics_enabled', ok: true },
      { id: 'GoogleAnalytics_ID', ok: true },
    ]);
    const [post] = writes(wire);
    expect(path(post!)).to.equal('/chat/api/v1/settings');
    expect(await post!.json()).to.deep.equal({
      settings: [
        { _id: 'GoogleAnalytics_enabled', value: true },
        { _id: 'GoogleAnalytics_ID', value: 'G-ABC123' },
      ],
    });
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-ABC123');
  });

  it('falls back to one POST per setting where there is no bulk endpoint, and remembers it', async () => {
    const { demo, wire, intercept } = startBackend();
    intercept((r) => (r.method === 'POST' && new URL(r.url).pathname === '/chat/api/v1/settings' ? json({ success: false, error: 'Not Found' }, 404) : undefined));
    const s = source();
    const changes = [
      { id: 'Analytics_features_rooms', value: false },
      { id: 'Analytics_features_users', value: false },
    ];
    expect((await s.save(changes)).every((r) => r.ok)).to.equal(true);
    await s.save(changes);
    expect(writes(wire).map(path)).to.deep.equal([
      '/chat/api/v1/settings',
      '/chat/api/v1/settings/Analytics_features_rooms',
      '/chat/api/v1/settings/Analytics_features_users',
      '/chat/api/v1/settings/Analytics_features_rooms',
      '/chat/api/v1/settings/Analytics_features_users',
    ]);
    expect(await writes(wire)[1]!.json()).to.deep.equal({ value: false });
    expect(serverValue(demo, 'Analytics_features_users')).to.equal(false);
  });

  it('reports per setting, and does not keep sending after the connection is lost', async () => {
    const { wire, intercept } = startBackend();
    intercept((r) => {
      if (r.method !== 'POST') return undefined;
      const p = new URL(r.url).pathname;
      if (p === '/chat/api/v1/settings') return json({ success: false }, 404);
      if (p.endsWith('/GoogleAnalytics_ID')) return json({ success: false, error: 'Invalid value [error-setting-validation-failed]', errorType: 'error-setting-validation-failed' }, 400);
      if (p.endsWith('/Analytics_features_rooms')) return Promise.reject(new TypeError('Failed to fetch'));
      return undefined;
    });
    const results = await source().save([
      { id: 'GoogleAnalytics_enabled', value: true },
      { id: 'GoogleAnalytics_ID', value: 'G-1' },
      { id: 'Analytics_features_rooms', value: false },
      { id: 'Analytics_features_users', value: false },
    ]);
    expect(results.map((r) => [r.id, r.ok, r.ok ? null : r.error.kind])).to.deep.equal([
      ['GoogleAnalytics_enabled', true, null],
      ['GoogleAnalytics_ID', false, 'server'],
      ['Analytics_features_rooms', false, 'network'],
      ['Analytics_features_users', false, 'network'],
    ]);
    expect(writes(wire).map(path)).not.to.include('/chat/api/v1/settings/Analytics_features_users');
  });

  it('rejects with a TwoFactorError when the server asks for a code, and saves with it', async () => {
    const { demo, wire } = startBackend();
    const s = source({ userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken });
    const change = [{ id: 'PiwikAnalytics_siteId', value: '17' }];
    let error: unknown;
    try {
      await s.save(change);
    } catch (e) {
      error = e;
    }
    expect(error).to.include({ name: 'TwoFactorError', method: 'totp', invalid: false });
    expect(await s.save(change, { twoFactor: { code: DEMO_TOKENS.twoFactorCode, method: 'totp' } })).to.deep.equal([{ id: 'PiwikAnalytics_siteId', ok: true }]);
    const last = writes(wire).at(-1)!;
    expect(last.headers.get('x-2fa-code')).to.equal(DEMO_TOKENS.twoFactorCode);
    expect(last.headers.get('x-2fa-method')).to.equal('totp');
    expect(serverValue(demo, 'PiwikAnalytics_siteId')).to.equal('17');
  });

  it('reports a refused bulk save (no permission) for every setting', async () => {
    startBackend();
    const results = await source({ userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken }).save([
      { id: 'GoogleAnalytics_enabled', value: true },
      { id: 'Analytics_features_rooms', value: false },
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.kind))).to.deep.equal(['permission', 'permission']);
  });
});
