import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS, type SettingsStore } from '../../src/demo/handler.js';
import { ANALYTICS_SETTINGS } from '../../src/demo/seed-settings.js';
import { RocketChatApi } from '../../src/demo/rocketchat-api.js';
import { memorySettingsStore } from '../../src/demo/settings-store.js';
import { CHAT_URL, chat, login, NOW, postJson } from './helpers.js';

type Setting = { _id: string; value: unknown; packageValue?: unknown };
type Page = { settings: Setting[]; count: number; offset: number; total: number; success: boolean };
type Failure = { success: false; error?: string; errorType?: string; details?: Record<string, unknown> };

const admin = login(DEMO_TOKENS.chatUserId, DEMO_TOKENS.chatToken);
const bypass = login(DEMO_TOKENS.chatUserId, DEMO_TOKENS.chatNoTwoFactorToken);
const auditor = login(DEMO_TOKENS.chatViewerUserId, DEMO_TOKENS.chatViewerToken);
const secure = login(DEMO_TOKENS.chatTwoFactorUserId, DEMO_TOKENS.chatTwoFactorToken);
const mail = login(DEMO_TOKENS.chatEmailUserId, DEMO_TOKENS.chatEmailToken);
const matomo = login(DEMO_TOKENS.chatMatomoUserId, DEMO_TOKENS.chatMatomoToken);
const code = (who: Record<string, string>, value: string, method: string) => ({ ...who, 'x-2fa-code': value, 'x-2fa-method': method });
const sha256 = async (text: string) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('demo Rocket.Chat: reading settings', () => {
  const backend = createDemoBackend({ now: NOW });

  it('answers settings.public by id without login', async () => {
    const { response, data } = await chat<Page>(backend, 'settings.public?_id=PiwikAnalytics_enabled,PiwikAnalytics_url,Accounts_RegistrationForm_SecretURL');
    expect(response.status).to.equal(200);
    expect(data.success).to.equal(true);
    expect(data.settings).to.deep.equal([
      { _id: 'PiwikAnalytics_enabled', value: false },
      { _id: 'PiwikAnalytics_url', value: '' },
    ]);
  });

  it('asks for a login on GET settings', async () => {
    const { response, data } = await chat<Failure>(backend, 'settings?includeDefaults=true');
    expect(response.status).to.equal(401);
    expect(data).to.include({ success: false, error: 'You must be logged in to do this.' });
    const wrong = await chat<Failure>(backend, 'settings', { headers: login(DEMO_TOKENS.chatUserId, 'wrong-token') });
    expect(wrong.response.status).to.equal(401);
  });

  it('pages settings sorted by _id (binary order), at most 100 a page', async () => {
    const first = await chat<Page>(backend, 'settings?includeDefaults=true&count=500&offset=0', { headers: admin });
    expect(first.data.count).to.equal(100);
    expect(first.data.settings).to.have.length(100);
    expect(first.data.total).to.be.above(100);
    const second = await chat<Page>(backend, `settings?includeDefaults=true&count=100&offset=100`, { headers: admin });
    expect(second.data.offset).to.equal(100);
    const ids = [...first.data.settings, ...second.data.settings].map((s) => s._id);
    expect(ids).to.have.length(first.data.total);
    expect(ids).to.deep.equal([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids[ids.length - 1]).to.equal('uniqueID');
    // The Analytics group spans both pages: a client must page.
    const onFirst = ANALYTICS_SETTINGS.filter((s) => first.data.settings.some((x) => x._id === s._id));
    expect(onFirst.length).to.be.within(1, ANALYTICS_SETTINGS.length - 1);
  });

  it('pages with small counts too, and uses 50 when count is missing', async () => {
    const a = await chat<Page>(backend, 'settings?count=10&offset=0', { headers: admin });
    const b = await chat<Page>(backend, 'settings?count=10&offset=5', { headers: admin });
    expect(b.data.settings.slice(0, 5)).to.deep.equal(a.data.settings.slice(5));
    const fallback = await chat<Page>(backend, 'settings', { headers: admin });
    expect(fallback.data.count).to.equal(50);
  });

  it('includes packageValue only with includeDefaults=true', async () => {
    const withDefaults = await chat<Page>(backend, 'settings?includeDefaults=true&count=100&offset=0', { headers: admin });
    const messages = withDefaults.data.settings.find((s) => s._id === 'Analytics_features_messages');
    expect(messages).to.deep.equal({ _id: 'Analytics_features_messages', value: true, packageValue: true });
    const plain = await chat<Page>(backend, 'settings?count=100&offset=0', { headers: admin });
    expect(plain.data.settings.find((s) => s._id === 'Analytics_features_messages')).to.deep.equal({ _id: 'Analytics_features_messages', value: true });
    expect(plain.data.settings.every((s) => !('packageValue' in s))).to.equal(true);
  });

  it('has the Analytics group with its defaults', async () => {
    const byId = new Map<string, Setting>();
    for (const offset of [0, 100]) {
      const page = await chat<Page>(backend, `settings?includeDefaults=true&count=100&offset=${offset}`, { headers: admin });
      for (const s of page.data.settings) byId.set(s._id, s);
    }
    const expected: Record<string, unknown> = {
      GoogleAnalytics_enabled: false,
      GoogleAnalytics_ID: '',
      Analytics_features_messages: true,
      Analytics_features_rooms: true,
      Analytics_features_users: true,
      PiwikAnalytics_enabled: false,
      PiwikAnalytics_url: '',
      PiwikAnalytics_siteId: '',
      PiwikAdditionalTrackers: '',
      PiwikAnalytics_prependDomain: false,
      PiwikAnalytics_cookieDomain: false,
      PiwikAnalytics_domains: '',
    };
    for (const [id, value] of Object.entries(expected)) expect(byId.get(id), id).to.deep.equal({ _id: id, value, packageValue: value });
    expect(byId.has('Cloud_Workspace_Access_Token')).to.equal(false);
  });

  it('reads one setting', async () => {
    const { data } = await chat(backend, 'settings/PiwikAnalytics_siteId', { headers: auditor });
    expect(data).to.deep.equal({ _id: 'PiwikAnalytics_siteId', value: '', success: true });
    const unknown = await chat<Failure>(backend, 'settings/No_Such_Setting', { headers: admin });
    expect(unknown.response.status).to.equal(400);
    expect(unknown.data.success).to.equal(false);
  });

  it('answers 404 for routes it does not have', async () => {
    const { response } = await chat(backend, 'rooms.get', { headers: admin });
    expect(response.status).to.equal(404);
  });
});

describe('demo Rocket.Chat: who the user is and what they may do', () => {
  const backend = createDemoBackend({ now: NOW });

  it('answers me with the roles and the two-factor methods', async () => {
    const { data } = await chat<{ _id: string; username: string; roles: string[]; services: unknown; success: boolean }>(backend, 'me', { headers: matomo });
    expect(data).to.deep.include({ _id: DEMO_TOKENS.chatMatomoUserId, username: 'matomo.manager', roles: ['user', 'matomo-manager'], success: true });
    expect(data.services).to.deep.equal({ password: { exists: true }, totp: { enabled: false }, email2fa: { enabled: false } });
    expect((await chat(backend, 'me')).response.status).to.equal(401);
  });

  it('lists every permission with its roles, a change-setting-<id> per visible setting', async () => {
    const { data } = await chat<{ update: Array<{ _id: string; roles: string[]; level?: string; settingId?: string }>; remove: unknown[] }>(backend, 'permissions.listAll', { headers: auditor });
    const byId = new Map(data.update.map((p) => [p._id, p]));
    expect(byId.get('edit-privileged-setting')!.roles).to.deep.equal(['admin']);
    expect(byId.get('manage-selected-settings')!.roles).to.deep.equal(['admin', 'matomo-manager']);
    expect(byId.get('change-setting-PiwikAnalytics_url')).to.deep.include({ roles: ['matomo-manager'], level: 'settings', settingId: 'PiwikAnalytics_url' });
    expect(byId.get('change-setting-GoogleAnalytics_ID')!.roles).to.deep.equal([]);
    expect(byId.has('change-setting-Cloud_Workspace_Access_Token')).to.equal(false);
    expect(data.remove).to.deep.equal([]);
  });
});

describe('demo Rocket.Chat: writing settings', () => {
  it('saves one setting and reads it back; last write wins', async () => {
    const backend = createDemoBackend({ now: NOW });
    const first = await chat(backend, 'settings/PiwikAnalytics_url', postJson({ value: 'https://matomo.example.com/' }, bypass));
    expect(first.response.status).to.equal(200);
    expect(first.data).to.deep.equal({ success: true });
    await chat(backend, 'settings/PiwikAnalytics_url', postJson({ value: 'https://stats.example.com/' }, bypass));
    const { data } = await chat(backend, 'settings/PiwikAnalytics_url', { headers: admin });
    expect(data).to.deep.equal({ _id: 'PiwikAnalytics_url', value: 'https://stats.example.com/', success: true });
  });

  it('refuses writes of a user without the permission with 403, before asking for confirmation (error-unauthorized in 7.x, error-forbidden in 8.x)', async () => {
    const seven = createDemoBackend({ now: NOW });
    const { response, data } = await chat<Failure>(seven, 'settings/PiwikAnalytics_enabled', postJson({ value: true }, auditor));
    expect(response.status).to.equal(403);
    expect(data).to.deep.equal({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' });
    const eight = createDemoBackend({ now: NOW, rocketChat: { version: '8.6' } });
    const refused = await chat<Failure>(eight, 'settings', postJson({ settings: [{ _id: 'PiwikAnalytics_enabled', value: true }] }, auditor));
    expect(refused.response.status).to.equal(403);
    expect(refused.data.error).to.equal('User does not have the permissions required for this action [error-forbidden]');
    expect(seven.state.settings.find((s) => s._id === 'PiwikAnalytics_enabled')?.value).to.equal(false);
  });

  it('asks every writer to confirm: the plain administrator with the SHA-256 of the password, refusing a wrong one', async () => {
    const backend = createDemoBackend({ now: NOW });
    const required = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, admin));
    expect(required.response.status).to.equal(400);
    expect(required.data).to.deep.equal({
      success: false,
      error: 'TOTP Required [totp-required]',
      errorType: 'totp-required',
      details: { method: 'password', codeGenerated: false, availableMethods: [] },
    });
    const plain = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(admin, DEMO_TOKENS.chatAdminPassword, 'password')));
    expect(plain.data.errorType).to.equal('totp-invalid');
    const digest = await sha256(DEMO_TOKENS.chatAdminPassword);
    const accepted = await chat(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(admin, digest.toUpperCase(), 'password')));
    expect(accepted.response.status).to.equal(200);
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_siteId')?.value).to.equal('17');
  });

  it('asks the TOTP user for a code, refuses a wrong one and accepts the right one', async () => {
    const backend = createDemoBackend({ now: NOW });
    const required = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, secure));
    expect(required.data.details).to.deep.equal({ method: 'totp', codeGenerated: false, availableMethods: ['totp'] });
    const invalid = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(secure, '000000', 'totp')));
    expect(invalid.data.errorType).to.equal('totp-invalid');
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_siteId')?.value).to.equal('');
    const accepted = await chat(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(secure, DEMO_TOKENS.twoFactorCode, 'totp')));
    expect(accepted.response.status).to.equal(200);
  });

  it('e-mails a code (and says so), uses it up after five wrong ones (totp-max-attempts), then e-mails a new one', async () => {
    const backend = createDemoBackend({ now: NOW });
    const body = postJson({ value: '17' }, mail);
    const first = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', body);
    expect(first.data.details).to.deep.equal({ method: 'email', codeGenerated: true, emailOrUsername: 'mail.admin', availableMethods: ['email'] });
    const again = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, mail));
    expect(again.data.details).to.include({ codeGenerated: false });
    const kinds: unknown[] = [];
    for (let i = 0; i < 5; i++) kinds.push((await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(mail, '111-111', 'email')))).data.errorType);
    expect(kinds).to.deep.equal(['totp-invalid', 'totp-invalid', 'totp-invalid', 'totp-invalid', 'totp-max-attempts']);
    const renewed = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, mail));
    expect(renewed.data.details).to.include({ codeGenerated: true });
    const accepted = await chat(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, code(mail, '246-810', 'email')));
    expect(accepted.response.status).to.equal(200);
  });

  it('remembers a confirmation for 30 minutes per token, except on the bulk route; a token that ignores two-factor is never asked', async () => {
    let now = Date.UTC(2025, 2, 15, 12);
    const api = new RocketChatApi(memorySettingsStore(), { version: '8.6' }, () => now);
    const send = async (path: string, body: unknown, headers: Record<string, string>) => (await api.handle(new Request(CHAT_URL + path, postJson(body, headers)))).status;
    expect(await send('settings/PiwikAnalytics_siteId', { value: '1' }, code(secure, DEMO_TOKENS.twoFactorCode, 'totp'))).to.equal(200);
    expect(await send('settings/PiwikAnalytics_siteId', { value: '2' }, secure)).to.equal(200);
    expect(await send('settings', { settings: [{ _id: 'PiwikAnalytics_siteId', value: '3' }] }, secure)).to.equal(400);
    now += 1801_000;
    expect(await send('settings/PiwikAnalytics_siteId', { value: '4' }, secure)).to.equal(400);
    expect(await send('settings', { settings: [{ _id: 'PiwikAnalytics_siteId', value: '5' }] }, bypass)).to.equal(200);
    expect(api.value('PiwikAnalytics_siteId')).to.equal('5');
  });

  it('has the bulk route only as 8.6; 7.x answers 405 with an empty body', async () => {
    const seven = createDemoBackend({ now: NOW });
    const none = await seven.handle(new Request(`${CHAT_URL}settings`, postJson({ settings: [{ _id: 'PiwikAnalytics_enabled', value: true }] }, bypass)));
    expect(none.status).to.equal(405);
    expect(await none.text()).to.equal('');
    expect(none.headers.get('access-control-allow-origin')).to.equal('*');
    const eight = createDemoBackend({ now: NOW, rocketChat: { version: '8.6' } });
    const { response, data } = await chat(
      eight,
      'settings',
      postJson(
        {
          settings: [
            { _id: 'PiwikAnalytics_enabled', value: true },
            { _id: 'PiwikAnalytics_url', value: 'https://matomo.example.com/' },
            { _id: 'PiwikAnalytics_siteId', value: '5' },
          ],
        },
        bypass,
      ),
    );
    expect(response.status).to.equal(200);
    expect(data).to.deep.equal({ success: true });
    const page = await chat<Page>(eight, 'settings.public?_id=PiwikAnalytics_enabled,PiwikAnalytics_url,PiwikAnalytics_siteId');
    expect(page.data.settings).to.deep.equal([
      { _id: 'PiwikAnalytics_enabled', value: true },
      { _id: 'PiwikAnalytics_siteId', value: '5' },
      { _id: 'PiwikAnalytics_url', value: 'https://matomo.example.com/' },
    ]);
  });

  it('refuses a value of the wrong type, and writes nothing of a bulk that has one', async () => {
    const backend = createDemoBackend({ now: NOW, rocketChat: { version: '8.6' } });
    const single = await chat<Failure>(backend, 'settings/PiwikAnalytics_enabled', postJson({ value: 'yes' }, bypass));
    expect(single.response.status).to.equal(400);
    expect(single.data.errorType).to.equal('error-setting-validation-failed');
    const bulk = await chat<Failure>(
      backend,
      'settings',
      postJson({ settings: [{ _id: 'PiwikAnalytics_url', value: 'https://x.example/' }, { _id: 'PiwikAnalytics_prependDomain', value: 1 }] }, bypass),
    );
    expect(bulk.response.status).to.equal(400);
    expect(bulk.data).to.deep.equal({ success: false, error: 'Match error: Expected boolean, got number', errorType: 'error-setting-validation-failed' });
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_url')?.value).to.equal('');
  });

  it('does not check the content of PiwikAdditionalTrackers, like Rocket.Chat', async () => {
    const backend = createDemoBackend({ now: NOW });
    const { response } = await chat(backend, 'settings/PiwikAdditionalTrackers', postJson({ value: '[{"trackerURL": not json' }, bypass));
    expect(response.status).to.equal(200);
    expect(backend.state.settings.find((s) => s._id === 'PiwikAdditionalTrackers')?.value).to.equal('[{"trackerURL": not json');
  });

  it('loads from and saves to a SettingsStore', async () => {
    const saved: Array<Record<string, unknown>> = [];
    const store: SettingsStore = { load: () => ({ PiwikAnalytics_siteId: '42', Unknown_Setting: 1 }), save: (values) => saved.push(values) };
    const backend = createDemoBackend({ now: NOW, settings: store });
    const before = await chat(backend, 'settings/PiwikAnalytics_siteId', { headers: admin });
    expect(before.data).to.deep.equal({ _id: 'PiwikAnalytics_siteId', value: '42', success: true });
    await chat(backend, 'settings/PiwikAnalytics_enabled', postJson({ value: true }, bypass));
    expect(saved).to.deep.equal([{ PiwikAnalytics_siteId: '42', PiwikAnalytics_enabled: true }]);
  });
});

describe('demo Rocket.Chat: method.call/saveSettings', () => {
  /** Calls a method as Rocket.Chat's clients do; resolves with the HTTP status and the parsed message. */
  async function call(backend: ReturnType<typeof createDemoBackend>, headers: Record<string, string>, params: unknown[], method = 'saveSettings') {
    const message = JSON.stringify({ msg: 'method', id: '7', method, params });
    const { response, data } = await chat<{ success: boolean; message: string }>(backend, `method.call/${method}`, postJson({ message }, headers));
    return { status: response.status, success: data.success, answer: JSON.parse(data.message) as { msg: string; id: string; result?: unknown; error?: Record<string, unknown> } };
  }
  const rooms = [{ _id: 'Analytics_features_rooms', value: false }];

  it('answers HTTP 200 with the EJSON of {msg: "result", id, result}', async () => {
    const backend = createDemoBackend({ now: NOW });
    expect(await call(backend, bypass, [rooms])).to.deep.equal({ status: 200, success: true, answer: { msg: 'result', id: '7', result: true } });
    expect(backend.state.settings.find((s) => s._id === 'Analytics_features_rooms')?.value).to.equal(false);
  });

  it('puts a two-factor challenge inside the answer, and takes the code as the last parameter', async () => {
    const backend = createDemoBackend({ now: NOW });
    const asked = await call(backend, admin, [rooms]);
    expect(asked.status).to.equal(200);
    expect(asked.answer.error).to.deep.equal({
      isClientSafe: true,
      error: 'totp-required',
      reason: 'TOTP Required',
      details: { method: 'password', codeGenerated: false, availableMethods: [] },
      message: 'TOTP Required [totp-required]',
      errorType: 'Meteor.Error',
    });
    const done = await call(backend, admin, [rooms, { twoFactorCode: await sha256(DEMO_TOKENS.chatAdminPassword), twoFactorMethod: 'password' }]);
    expect(done.answer).to.deep.equal({ msg: 'result', id: '7', result: true });
    // Remembered: the next call needs no code.
    expect((await call(backend, admin, [[{ _id: 'Analytics_features_users', value: false }]])).answer.result).to.equal(true);
  });

  it('e-mail codes carry their expiry as an EJSON date', async () => {
    const backend = createDemoBackend({ now: NOW });
    await call(backend, mail, [rooms]);
    const again = await call(backend, mail, [rooms]);
    expect((again.answer.error!.details as { codeExpires: unknown }).codeExpires).to.have.property('$date').that.is.a('number');
  });

  it("checks each setting: edit-privileged-setting, or manage-selected-settings with change-setting-<id>; one refused setting refuses the batch", async () => {
    const backend = createDemoBackend({ now: NOW });
    const digest = await sha256(DEMO_TOKENS.chatMatomoPassword);
    const confirm = { twoFactorCode: digest, twoFactorMethod: 'password' };
    const refused = await call(backend, matomo, [[{ _id: 'PiwikAnalytics_enabled', value: true }, ...rooms], confirm]);
    expect(refused.answer.error).to.deep.include({ error: 'error-action-not-allowed', reason: 'Editing settings is not allowed', details: { method: 'saveSettings', settingIds: ['Analytics_features_rooms'] } });
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_enabled')?.value).to.equal(false);
    const allowed = await call(backend, matomo, [[{ _id: 'PiwikAnalytics_enabled', value: true }]]);
    expect(allowed.answer.result).to.equal(true);
  });

  it("type-checks every value before writing any (Meteor's Match error)", async () => {
    const backend = createDemoBackend({ now: NOW });
    const { answer } = await call(backend, bypass, [[{ _id: 'GoogleAnalytics_ID', value: 'G-1' }, { _id: 'GoogleAnalytics_enabled', value: 'yes' }]]);
    expect(answer.error).to.include({ message: 'Match error: Expected boolean, got string', errorType: 'Match.Error' });
    expect(backend.state.settings.find((s) => s._id === 'GoogleAnalytics_ID')?.value).to.equal('');
  });

  it('refuses what is not a method call, and unknown methods', async () => {
    const backend = createDemoBackend({ now: NOW });
    const bad = await chat<Failure>(backend, 'method.call/saveSettings', postJson({ message: '{"msg":"sub"}' }, bypass));
    expect(bad.response.status).to.equal(400);
    expect(bad.data.error).to.equal('Invalid method call');
    expect((await call(backend, bypass, [], 'deleteEverything')).answer.error).to.include({ error: 404, reason: "Method 'deleteEverything' not found" });
    expect((await chat(backend, 'method.call/saveSettings', postJson({ message: '{}' }, {}))).response.status).to.equal(401);
  });
});

describe('demo Rocket.Chat: rate limits', () => {
  it('answers 429 after 10 calls a minute on a REST route, with the time to wait; administrators (api-bypass-rate-limit) are not counted', async () => {
    let now = Date.UTC(2025, 2, 15, 12);
    const api = new RocketChatApi(memorySettingsStore(), {}, () => now);
    const get = (path: string, headers: Record<string, string> = {}) => api.handle(new Request(CHAT_URL + path, { headers }));
    for (let i = 0; i < 10; i++) expect((await get('settings.public?_id=Site_Name')).status).to.equal(200);
    const limited = await get('settings.public?_id=Site_Name');
    expect(limited.status).to.equal(429);
    expect(await limited.json()).to.deep.equal({
      success: false,
      error: 'Error, too many requests. Please slow down. You must wait 60 seconds before trying this endpoint again. [error-too-many-requests]',
    });
    expect(limited.headers.get('x-ratelimit-remaining')).to.equal('0');
    expect(limited.headers.get('access-control-allow-origin')).to.equal('*');
    for (let i = 0; i < 12; i++) expect((await get('me', admin)).status).to.equal(200);
    for (let i = 0; i < 10; i++) await get('me', auditor);
    expect((await get('me', auditor)).status).to.equal(429);
    now += 60_000;
    expect((await get('settings.public?_id=Site_Name')).status).to.equal(200);
  });

  it('limits method calls to 10 in 10 seconds per token and method, inside the answer', async () => {
    const api = new RocketChatApi(memorySettingsStore(), {}, () => Date.UTC(2025, 2, 15, 12));
    const message = JSON.stringify({ msg: 'method', id: '1', method: 'saveSettings', params: [[{ _id: 'Analytics_features_rooms', value: false }]] });
    let last: { message: string } | undefined;
    for (let i = 0; i < 11; i++) last = (await (await api.handle(new Request(`${CHAT_URL}method.call/saveSettings`, postJson({ message }, bypass)))).json()) as { message: string };
    expect((JSON.parse(last!.message) as { error: unknown }).error).to.deep.include({ error: 'too-many-requests', reason: 'Error, too many requests. Please slow down. You must wait 10 seconds before trying again.' });
  });
});

describe('demo Rocket.Chat: CORS', () => {
  const backend = createDemoBackend({ now: NOW });

  it("answers preflights with exactly Rocket.Chat's header list: the login headers, not the two-factor ones", async () => {
    const response = await backend.handle(
      new Request(`${CHAT_URL}settings`, { method: 'OPTIONS', headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'POST' } }),
    );
    expect(response.status).to.equal(200);
    expect(response.headers.get('access-control-allow-origin')).to.equal('*');
    expect(response.headers.get('access-control-allow-headers')).to.equal('Origin, X-Requested-With, Content-Type, Accept, X-User-Id, X-Auth-Token, x-visitor-token, Authorization');
    expect(response.headers.get('access-control-allow-methods')).to.equal('GET, POST, PUT, DELETE, HEAD, PATCH');
  });

  it('sends Access-Control-Allow-Origin with answers and errors', async () => {
    const ok = await chat(backend, 'settings.public?_id=Site_Name');
    expect(ok.response.headers.get('access-control-allow-origin')).to.equal('*');
    const refused = await chat(backend, 'settings');
    expect(refused.response.headers.get('access-control-allow-origin')).to.equal('*');
  });
});
