import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS, type SettingsStore } from '../../src/demo/handler.js';
import { ANALYTICS_SETTINGS } from '../../src/demo/seed-settings.js';
import { CHAT_URL, chat, login, NOW, postJson } from './helpers.js';

type Setting = { _id: string; value: unknown; packageValue?: unknown };
type Page = { settings: Setting[]; count: number; offset: number; total: number; success: boolean };
type Failure = { success: false; error?: string; errorType?: string; details?: Record<string, unknown> };

const admin = login(DEMO_TOKENS.chatUserId, DEMO_TOKENS.chatToken);
const auditor = login(DEMO_TOKENS.chatViewerUserId, DEMO_TOKENS.chatViewerToken);
const secure = login(DEMO_TOKENS.chatTwoFactorUserId, DEMO_TOKENS.chatTwoFactorToken);
const withCode = (code: string) => ({ ...secure, 'x-2fa-code': code, 'x-2fa-method': 'totp' });

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

describe('demo Rocket.Chat: writing settings', () => {
  it('saves one setting and reads it back; last write wins', async () => {
    const backend = createDemoBackend({ now: NOW });
    const first = await chat(backend, 'settings/PiwikAnalytics_url', postJson({ value: 'https://matomo.example.com/' }, admin));
    expect(first.response.status).to.equal(200);
    expect(first.data).to.deep.equal({ success: true });
    await chat(backend, 'settings/PiwikAnalytics_url', postJson({ value: 'https://stats.example.com/' }, admin));
    const { data } = await chat(backend, 'settings/PiwikAnalytics_url', { headers: admin });
    expect(data).to.deep.equal({ _id: 'PiwikAnalytics_url', value: 'https://stats.example.com/', success: true });
  });

  it('refuses writes of a user without the permission with 403 error-unauthorized', async () => {
    const backend = createDemoBackend({ now: NOW });
    const { response, data } = await chat<Failure>(backend, 'settings/PiwikAnalytics_enabled', postJson({ value: true }, auditor));
    expect(response.status).to.equal(403);
    expect(data).to.deep.equal({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' });
    const bulk = await chat<Failure>(backend, 'settings', postJson({ settings: [{ _id: 'PiwikAnalytics_enabled', value: true }] }, auditor));
    expect(bulk.response.status).to.equal(400);
    expect(bulk.data.errorType).to.equal('error-action-not-allowed');
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_enabled')?.value).to.equal(false);
  });

  it('asks the two-factor user for a TOTP code, refuses a wrong one and accepts the right one', async () => {
    const backend = createDemoBackend({ now: NOW });
    const required = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, secure));
    expect(required.response.status).to.equal(400);
    expect(required.data).to.deep.equal({
      success: false,
      error: 'TOTP Required [totp-required]',
      errorType: 'totp-required',
      details: { method: 'totp', codeGenerated: false },
    });
    const invalid = await chat<Failure>(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, withCode('000000')));
    expect(invalid.response.status).to.equal(400);
    expect(invalid.data.errorType).to.equal('totp-invalid');
    expect(invalid.data.details).to.deep.equal({ method: 'totp' });
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_siteId')?.value).to.equal('');
    const accepted = await chat(backend, 'settings/PiwikAnalytics_siteId', postJson({ value: '17' }, withCode(DEMO_TOKENS.twoFactorCode)));
    expect(accepted.response.status).to.equal(200);
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_siteId')?.value).to.equal('17');
  });

  it('challenges bulk writes of the two-factor user too', async () => {
    const backend = createDemoBackend({ now: NOW });
    const body = { settings: [{ _id: 'PiwikAnalytics_enabled', value: true }] };
    const required = await chat<Failure>(backend, 'settings', postJson(body, secure));
    expect(required.data.errorType).to.equal('totp-required');
    const accepted = await chat(backend, 'settings', postJson(body, withCode(DEMO_TOKENS.twoFactorCode)));
    expect(accepted.data).to.deep.equal({ success: true });
  });

  it('saves several settings at once with POST settings', async () => {
    const backend = createDemoBackend({ now: NOW });
    const { response, data } = await chat(
      backend,
      'settings',
      postJson(
        {
          settings: [
            { _id: 'PiwikAnalytics_enabled', value: true },
            { _id: 'PiwikAnalytics_url', value: 'https://matomo.example.com/' },
            { _id: 'PiwikAnalytics_siteId', value: '5' },
          ],
        },
        admin,
      ),
    );
    expect(response.status).to.equal(200);
    expect(data).to.deep.equal({ success: true });
    const page = await chat<Page>(backend, 'settings.public?_id=PiwikAnalytics_enabled,PiwikAnalytics_url,PiwikAnalytics_siteId');
    expect(page.data.settings).to.deep.equal([
      { _id: 'PiwikAnalytics_enabled', value: true },
      { _id: 'PiwikAnalytics_siteId', value: '5' },
      { _id: 'PiwikAnalytics_url', value: 'https://matomo.example.com/' },
    ]);
  });

  it('refuses a value of the wrong type, and writes nothing of a bulk that has one', async () => {
    const backend = createDemoBackend({ now: NOW });
    const single = await chat<Failure>(backend, 'settings/PiwikAnalytics_enabled', postJson({ value: 'yes' }, admin));
    expect(single.response.status).to.equal(400);
    expect(single.data.errorType).to.equal('error-setting-validation-failed');
    const bulk = await chat<Failure>(
      backend,
      'settings',
      postJson({ settings: [{ _id: 'PiwikAnalytics_url', value: 'https://x.example/' }, { _id: 'PiwikAnalytics_prependDomain', value: 1 }] }, admin),
    );
    expect(bulk.response.status).to.equal(400);
    expect(bulk.data.errorType).to.equal('error-setting-validation-failed');
    expect(backend.state.settings.find((s) => s._id === 'PiwikAnalytics_url')?.value).to.equal('');
  });

  it('does not check the content of PiwikAdditionalTrackers, like Rocket.Chat', async () => {
    const backend = createDemoBackend({ now: NOW });
    const { response } = await chat(backend, 'settings/PiwikAdditionalTrackers', postJson({ value: '[{"trackerURL": not json' }, admin));
    expect(response.status).to.equal(200);
    expect(backend.state.settings.find((s) => s._id === 'PiwikAdditionalTrackers')?.value).to.equal('[{"trackerURL": not json');
  });

  it('loads from and saves to a SettingsStore', async () => {
    const saved: Array<Record<string, unknown>> = [];
    const store: SettingsStore = { load: () => ({ PiwikAnalytics_siteId: '42', Unknown_Setting: 1 }), save: (values) => saved.push(values) };
    const backend = createDemoBackend({ now: NOW, settings: store });
    const before = await chat(backend, 'settings/PiwikAnalytics_siteId', { headers: admin });
    expect(before.data).to.deep.equal({ _id: 'PiwikAnalytics_siteId', value: '42', success: true });
    await chat(backend, 'settings/PiwikAnalytics_enabled', postJson({ value: true }, admin));
    expect(saved).to.deep.equal([{ PiwikAnalytics_siteId: '42', PiwikAnalytics_enabled: true }]);
  });
});

describe('demo Rocket.Chat: CORS', () => {
  const backend = createDemoBackend({ now: NOW });

  it('answers preflights and allows the login headers, but not the two-factor ones (as stock Rocket.Chat)', async () => {
    const response = await backend.handle(
      new Request(`${CHAT_URL}settings`, { method: 'OPTIONS', headers: { Origin: 'https://dash.example', 'Access-Control-Request-Method': 'POST' } }),
    );
    expect(response.status).to.equal(200);
    expect(response.headers.get('access-control-allow-origin')).to.equal('*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'x-user-id', 'x-auth-token']) expect(allowed).to.contain(header);
    expect(allowed).not.to.contain('x-2fa-code');
    expect(response.headers.get('access-control-allow-methods')).to.equal('GET, POST, OPTIONS');
  });

  it('sends Access-Control-Allow-Origin with answers and errors', async () => {
    const ok = await chat(backend, 'settings.public?_id=Site_Name');
    expect(ok.response.headers.get('access-control-allow-origin')).to.equal('*');
    const refused = await chat(backend, 'settings');
    expect(refused.response.headers.get('access-control-allow-origin')).to.equal('*');
  });
});
