import { expect } from '@open-wc/testing';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { ANALYTICS_SETTING_IDS } from '../../src/analytics-settings/schema.js';
import type { TwoFactorError } from '../../src/api/two-factor-error.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { cleanup, DEMO_TOKENS, json, methodCall, path, secondClient, serverValue, startBackend, writes } from '../analytics-settings/helpers.js';

/** The administrator's token created with "Ignore Two Factor Authentication". */
const BYPASS = { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatNoTwoFactorToken };

function source(user: { userId: string; token: string } = { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken }, timeout = 15_000) {
  return new RocketChatSettingsSource(new RocketChatClient({ apiBase: '/chat', ...user, timeout }));
}

describe('RocketChatSettingsSource against the demo Rocket.Chat', () => {
  afterEach(cleanup);

  it('loads the whole Analytics group and the rights in one round trip: the public values, who the user is, and the permissions', async () => {
    const { wire, demo, intercept } = startBackend();
    await secondClient(demo, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    // No answer before all three requests were sent: a second round trip would wait forever.
    let release!: () => void;
    const all = new Promise<void>((resolve) => (release = resolve));
    intercept((r) => {
      if (wire.length === 3) release();
      return all.then(() => demo.backend.handle(r));
    });
    const s = source();
    const options = {};
    const [list, access] = await Promise.all([s.load(ANALYTICS_SETTING_IDS, options), s.access(ANALYTICS_SETTING_IDS, options)]);
    expect(list.map((x) => x.id)).to.deep.equal([...ANALYTICS_SETTING_IDS]);
    expect(list.find((x) => x.id === 'PiwikAnalytics_url')).to.deep.equal({ id: 'PiwikAnalytics_url', value: 'https://matomo.example.org/' });
    expect(access).to.deep.equal({ editable: ANALYTICS_SETTING_IDS, reason: '' });
    expect(wire.map(path)).to.have.members(['/chat/api/v1/me', `/chat/api/v1/settings.public?_id=${ANALYTICS_SETTING_IDS.join(',')}&count=12`, '/chat/api/v1/permissions.listAll']);
    for (const r of wire) {
      const login = !path(r).startsWith('/chat/api/v1/settings.public');
      expect(r.headers.get('x-user-id')).to.equal(login ? DEMO_TOKENS.chatUserId : null);
      expect(r.headers.get('x-auth-token')).to.equal(login ? DEMO_TOKENS.chatToken : null);
    }
  });

  it('learns which settings a user may change: all, some (manage-selected-settings and change-setting-<id>), or none, with the reason', async () => {
    startBackend();
    const some = await source({ userId: DEMO_TOKENS.chatMatomoUserId, token: DEMO_TOKENS.chatMatomoToken }).access(ANALYTICS_SETTING_IDS);
    expect(some!.editable).to.deep.equal(ANALYTICS_SETTING_IDS.filter((id) => id.startsWith('Piwik')));
    expect(some!.reason).to.contain('manage-selected-settings');
    const none = await source({ userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken }).access(ANALYTICS_SETTING_IDS);
    expect(none).to.deep.equal({
      editable: [],
      reason: 'No role of this account (user, auditor) has edit-privileged-setting or manage-selected-settings.',
      // The same as a message, for the widget to say in its reader's language.
      reasonText: { key: 'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.', params: { roles: 'user, auditor' } },
    });
  });

  it('cannot tell the rights (undefined) when me or the permissions cannot be read; a refused token is an AuthError of load', async () => {
    const backend = startBackend();
    backend.intercept((r) => (new URL(r.url).pathname.endsWith('/permissions.listAll') ? json({ success: false, error: 'Not Found' }, 404) : undefined));
    expect(await source().access(ANALYTICS_SETTING_IDS)).to.equal(undefined);
    backend.intercept(undefined);
    const wrong = source({ userId: DEMO_TOKENS.chatUserId, token: 'wrong' });
    expect(await wrong.load(ANALYTICS_SETTING_IDS).catch((e: unknown) => e)).to.have.property('kind', 'auth');
    expect(await wrong.access(ANALYTICS_SETTING_IDS)).to.equal(undefined);
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

  it('falls back to paging when settings.public is rate limited (429), as an anonymous route is on a default server', async () => {
    const { wire, intercept } = startBackend();
    intercept((r) =>
      new URL(r.url).pathname.endsWith('/settings.public')
        ? json({ success: false, error: 'Error, too many requests. Please slow down. You must wait 42 seconds before trying this endpoint again. [error-too-many-requests]' }, 429)
        : undefined,
    );
    const list = await source().load(ANALYTICS_SETTING_IDS);
    expect(list).to.have.length(12);
    expect(wire.some((r) => path(r).includes('offset='))).to.equal(true);
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

  it('on its own origin, saves through the bulk route of Rocket.Chat 8.6 in one request', async () => {
    const { demo, wire } = startBackend({ version: '8.6' });
    const results = await source(BYPASS).save([
      { id: 'GoogleAnalytics_enabled', value: true },
      { id: 'GoogleAnalytics_ID', value: 'G-ABC123' },
    ]);
    expect(results).to.deep.equal([
      { id: 'GoogleAnalytics_enabled', ok: true },
      { id: 'GoogleAnalytics_ID', ok: true },
    ]);
    const [post, ...rest] = writes(wire);
    expect(rest).to.have.length(0);
    expect(path(post!)).to.equal('/chat/api/v1/settings');
    expect(await post!.json()).to.deep.equal({
      settings: [
        { _id: 'GoogleAnalytics_enabled', value: true },
        { _id: 'GoogleAnalytics_ID', value: 'G-ABC123' },
      ],
    });
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-ABC123');
  });

  it("takes 7.x's 405 with an empty body for a missing bulk route, calls saveSettings instead, and remembers it", async () => {
    const { demo, wire } = startBackend({ version: '7.x' });
    const s = source(BYPASS);
    const changes = [
      { id: 'Analytics_features_rooms', value: false },
      { id: 'Analytics_features_users', value: false },
    ];
    expect((await s.save(changes)).every((r) => r.ok)).to.equal(true);
    await s.save(changes);
    expect(writes(wire).map(path)).to.deep.equal(['/chat/api/v1/settings', '/chat/api/v1/method.call/saveSettings', '/chat/api/v1/method.call/saveSettings']);
    const call = await methodCall(writes(wire)[1]!);
    expect(call).to.deep.include({ msg: 'method', method: 'saveSettings', params: [changes.map((c) => ({ _id: c.id, value: c.value }))] });
    expect(call.id).to.be.a('string');
    expect(serverValue(demo, 'Analytics_features_users')).to.equal(false);
  });

  it('reports a batch the server refuses (a value of the wrong type) against every setting, nothing written', async () => {
    const { demo } = startBackend();
    const results = await source(BYPASS).save([
      { id: 'GoogleAnalytics_ID', value: 'G-1' },
      { id: 'Analytics_features_rooms', value: 'no' },
    ]);
    expect(results.map((r) => [r.id, r.ok, r.ok ? null : r.error.kind, r.ok ? null : r.error.message])).to.deep.equal([
      ['GoogleAnalytics_ID', false, 'server', 'The server refused a value (Match error: Expected boolean, got string).'],
      ['Analytics_features_rooms', false, 'server', 'The server refused a value (Match error: Expected boolean, got string).'],
    ]);
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('');
  });

  it('rejects with a TwoFactorError when the server asks for a code, and saves with it in the body', async () => {
    const { demo, wire } = startBackend();
    const s = source({ userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken });
    const change = [{ id: 'PiwikAnalytics_siteId', value: '17' }];
    const error = await s.save(change).catch((e: unknown) => e);
    expect(error).to.include({ name: 'TwoFactorError', method: 'totp', state: 'required', invalid: false });
    const wrong = await s.save(change, { twoFactor: { code: '000000', method: 'totp' } }).catch((e: unknown) => e);
    expect(wrong).to.include({ name: 'TwoFactorError', state: 'invalid' });
    expect(await s.save(change, { twoFactor: { code: DEMO_TOKENS.twoFactorCode, method: 'totp' } })).to.deep.equal([{ id: 'PiwikAnalytics_siteId', ok: true }]);
    const last = writes(wire).at(-1)!;
    expect(last.headers.has('x-2fa-code')).to.equal(false);
    expect((await methodCall(last)).params.at(-1)).to.deep.equal({ twoFactorCode: DEMO_TOKENS.twoFactorCode, twoFactorMethod: 'totp' });
    expect(serverValue(demo, 'PiwikAnalytics_siteId')).to.equal('17');
  });

  it('says an e-mail code was sent, and when too many wrong ones used it up', async () => {
    startBackend();
    const s = source({ userId: DEMO_TOKENS.chatEmailUserId, token: DEMO_TOKENS.chatEmailToken });
    const change = [{ id: 'Analytics_features_rooms', value: false }];
    const first = await s.save(change).catch((e: unknown) => e);
    expect(first).to.include({ method: 'email', state: 'required' });
    expect((first as TwoFactorError).sent).to.deep.equal({ codeGenerated: true, emailOrUsername: 'mail.admin' });
    let last: unknown;
    for (let i = 0; i < 5; i++) last = await s.save(change, { twoFactor: { code: '000000', method: 'email' } }).catch((e: unknown) => e);
    expect(last).to.include({ state: 'max-attempts' });
    expect((last as TwoFactorError).message).to.equal('Too many wrong two-factor codes: the server no longer accepts this one.');
  });

  it('reports a refused save (no permission) for every setting', async () => {
    startBackend();
    const results = await source({ userId: DEMO_TOKENS.chatMatomoUserId, token: DEMO_TOKENS.chatMatomoToken }).save(
      [
        { id: 'GoogleAnalytics_enabled', value: true },
        { id: 'Analytics_features_rooms', value: false },
      ],
      { twoFactor: { code: await sha256Hex(DEMO_TOKENS.chatMatomoPassword), method: 'password' } },
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.kind))).to.deep.equal(['permission', 'permission']);
  });
});
