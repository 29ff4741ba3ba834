import { expect } from '@open-wc/testing';
import { AuthError, BadResponseError, NetworkError, PermissionError, ServerError, TimeoutError, TwoFactorError } from '../../src/api/errors.js';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { ChunkLoadError } from '../../src/core/lazy-part.js';
import { hang, json, refuse, rejection, stubFetch, type Answer } from '../helpers/fetch-stub.js';

const TOKEN = 'rc-secret-token-value';

function client(answer: Answer, timeout = 2000) {
  const stub = stubFetch(answer);
  return { client: new RocketChatClient({ apiBase: 'https://chat.example', userId: 'u1', token: TOKEN, timeout, fetch: stub.fetch }), requests: stub.requests };
}

describe('RocketChatClient: requests', () => {
  it('authenticates with X-User-Id and X-Auth-Token headers, never in the URL', async () => {
    const { client: c, requests } = client(() => json({ _id: 'GoogleAnalytics_ID', value: 'G-1', success: true }));
    await c.getSetting('GoogleAnalytics_ID');
    const r = requests[0]!;
    expect(r.url).to.equal('https://chat.example/api/v1/settings/GoogleAnalytics_ID');
    expect(r.headers.get('x-user-id')).to.equal('u1');
    expect(r.headers.get('x-auth-token')).to.equal(TOKEN);
    expect(r.url).not.to.contain(TOKEN);
  });

  it('reads settings with defaults, paging until every id is found', async () => {
    const all = Array.from({ length: 230 }, (_, i) => ({ _id: `S_${String(i).padStart(3, '0')}`, value: i, packageValue: 0 }));
    const { client: c, requests } = client((r) => {
      const url = new URL(r.url);
      const offset = Number(url.searchParams.get('offset'));
      const count = Number(url.searchParams.get('count'));
      return json({ settings: all.slice(offset, offset + count), count: Math.min(count, all.length - offset), offset, total: all.length, success: true });
    });
    const found = await c.getSettings(['S_150', 'S_005']);
    expect(found.map((s) => s._id)).to.deep.equal(['S_150', 'S_005']);
    expect(found[0]).to.deep.equal({ _id: 'S_150', value: 150, packageValue: 0 });
    expect(requests).to.have.length(2);
    expect(new URL(requests[0]!.url).searchParams.get('includeDefaults')).to.equal('true');
  });

  it('stops at the end of the list when an id does not exist', async () => {
    const { client: c, requests } = client(() => json({ settings: [{ _id: 'A', value: 1 }], count: 1, offset: 0, total: 1, success: true }));
    expect(await c.getSettings(['A', 'Missing'])).to.have.length(1);
    expect(requests).to.have.length(1);
  });

  it('reads public settings with GET settings.public?_id=a,b, without the login headers', async () => {
    const { client: c, requests } = client(() =>
      json({ settings: [{ _id: 'PiwikAnalytics_url', value: 'https://m.example/' }, { _id: 'Other', value: 1 }, { _id: 'GoogleAnalytics_enabled', value: true }], success: true }),
    );
    const found = await c.getPublicSettings(['GoogleAnalytics_enabled', 'PiwikAnalytics_url', 'Not_public']);
    expect(found).to.deep.equal([
      { _id: 'GoogleAnalytics_enabled', value: true },
      { _id: 'PiwikAnalytics_url', value: 'https://m.example/' },
    ]);
    expect(requests).to.have.length(1);
    const r = requests[0]!;
    expect(r.method).to.equal('GET');
    expect(r.url).to.equal('https://chat.example/api/v1/settings.public?_id=GoogleAnalytics_enabled,PiwikAnalytics_url,Not_public&count=3');
    expect(r.headers.get('x-user-id')).to.equal(null);
    expect(r.headers.get('x-auth-token')).to.equal(null);
    expect(r.url).not.to.contain(TOKEN);
  });

  it('writes one setting as JSON {value}', async () => {
    const { client: c, requests } = client(() => json({ success: true }));
    await c.setSetting('PiwikAnalytics_enabled', true);
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.headers.get('content-type')).to.equal('application/json');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ value: true });
  });

  it('sends the two-factor code in x-2fa-code / x-2fa-method when given', async () => {
    const { client: c, requests } = client(() => json({ success: true }));
    await c.setSetting('GoogleAnalytics_ID', 'G-X', { twoFactor: { code: '123456', method: 'totp' } });
    expect(requests[0]!.headers.get('x-2fa-code')).to.equal('123456');
    expect(requests[0]!.headers.get('x-2fa-method')).to.equal('totp');
  });
});

describe('RocketChatClient: failures', () => {
  it('401 is an AuthError, not retried', async () => {
    const { client: c, requests } = client(() => json({ success: false, error: 'You must be logged in to do this.' }, 401));
    const error = await rejection(c.getSetting('X'));
    expect(error).to.be.instanceOf(AuthError);
    expect(error.message).to.contain('You must be logged in');
    expect(requests).to.have.length(1);
  });

  it('403 is a PermissionError', async () => {
    const { client: c } = client(() => json({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]', errorType: 'error-unauthorized' }, 403));
    expect(await rejection(c.setSetting('X', 1))).to.be.instanceOf(PermissionError);
  });

  it('totp-required and totp-invalid are TwoFactorErrors carrying the method', async () => {
    const required = await rejection(client(() => json({ success: false, errorType: 'totp-required', details: { method: 'totp' }, error: 'TOTP Required [totp-required]' }, 400)).client.setSetting('X', 1));
    expect(required).to.be.instanceOf(TwoFactorError);
    expect((required as TwoFactorError).method).to.equal('totp');
    expect((required as TwoFactorError).invalid).to.equal(false);
    const invalid = await rejection(client(() => json({ success: false, errorType: 'totp-invalid', details: { method: 'totp' }, error: 'TOTP Invalid [totp-invalid]' }, 400)).client.setSetting('X', 1));
    expect((invalid as TwoFactorError).invalid).to.equal(true);
    expect(invalid.message).to.contain('not accepted');
  });

  it('a validation failure is a ServerError with its errorType as code', async () => {
    const error = await rejection(client(() => json({ success: false, error: 'Invalid value [error-setting-validation-failed]', errorType: 'error-setting-validation-failed' }, 400)).client.setSetting('X', 'nope'));
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).code).to.equal('error-setting-validation-failed');
  });

  it('a 500 HTML page, a truncated body, a refused connection and a timeout are each typed', async () => {
    expect(await rejection(client(() => new Response('<html>oops</html>', { status: 500 })).client.getSetting('X'))).to.be.instanceOf(ServerError);
    expect(await rejection(client(() => new Response('{"settings":[', { status: 200 })).client.getSetting('X'))).to.be.instanceOf(BadResponseError);
    expect(await rejection(client(refuse).client.getSetting('X'))).to.be.instanceOf(NetworkError);
    expect(await rejection(client(hang, 100).client.getSetting('X'))).to.be.instanceOf(TimeoutError);
  });

  it('public settings fail with the same typed errors and timeout', async () => {
    const ids = ['GoogleAnalytics_enabled'];
    expect(await rejection(client(() => new Response('<html>oops</html>', { status: 502 })).client.getPublicSettings(ids))).to.be.instanceOf(ServerError);
    expect(await rejection(client(() => json({ success: false, error: 'Not Found' }, 404)).client.getPublicSettings(ids))).to.be.instanceOf(ServerError);
    expect(await rejection(client(refuse).client.getPublicSettings(ids))).to.be.instanceOf(NetworkError);
    expect(await rejection(client(hang, 100).client.getPublicSettings(ids))).to.be.instanceOf(TimeoutError);
    expect(await rejection(client(() => json({ success: true })).client.getPublicSettings(ids))).to.be.instanceOf(BadResponseError);
    const none = await rejection(client(() => json({ settings: [{ _id: 'Other', value: 1 }], success: true })).client.getPublicSettings(ids));
    expect(none).to.be.instanceOf(BadResponseError);
    expect(none.message).to.contain('none of these settings publicly');
  });

  it('an object of the wrong shape is a BadResponseError', async () => {
    expect(await rejection(client(() => json({ success: true })).client.getSetting('X'))).to.be.instanceOf(BadResponseError);
    expect(await rejection(client(() => json([1, 2])).client.getSetting('X'))).to.be.instanceOf(BadResponseError);
  });
});

describe('RocketChatSettingsSource: saving', () => {
  it('uses the bulk endpoint in one request when the server has it', async () => {
    const { client: c, requests } = client(() => json({ success: true }));
    const results = await new RocketChatSettingsSource(c).save([
      { id: 'A', value: 1 },
      { id: 'B', value: 'two' },
    ]);
    expect(requests).to.have.length(1);
    expect(requests[0]!.url).to.equal('https://chat.example/api/v1/settings');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ settings: [{ _id: 'A', value: 1 }, { _id: 'B', value: 'two' }] });
    expect(results.every((r) => r.ok)).to.equal(true);
  });

  it('falls back to one POST per setting where the bulk endpoint is missing, reporting each', async () => {
    const { client: c, requests } = client((r) => {
      if (r.url.endsWith('/settings')) return new Response('Not found', { status: 404 });
      if (r.url.endsWith('/B')) return json({ success: false, error: 'Invalid value', errorType: 'error-setting-validation-failed' }, 400);
      return json({ success: true });
    });
    const source = new RocketChatSettingsSource(c);
    const results = await source.save([
      { id: 'A', value: 1 },
      { id: 'B', value: 'x' },
      { id: 'C', value: true },
    ]);
    expect(requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/v1/settings', '/api/v1/settings/A', '/api/v1/settings/B', '/api/v1/settings/C']);
    expect(results.map((r) => r.ok)).to.deep.equal([true, false, true]);
    // Later saves remember the server has no bulk endpoint.
    await source.save([
      { id: 'A', value: 2 },
      { id: 'C', value: false },
    ]);
    expect(requests.slice(4).map((r) => new URL(r.url).pathname)).to.deep.equal(['/api/v1/settings/A', '/api/v1/settings/C']);
  });

  it('rejects with the TwoFactorError so the caller can ask for a code', async () => {
    const { client: c } = client(() => json({ success: false, errorType: 'totp-required', details: { method: 'totp' } }, 400));
    expect(await rejection(new RocketChatSettingsSource(c).save([{ id: 'A', value: 1 }, { id: 'B', value: 2 }]))).to.be.instanceOf(TwoFactorError);
  });

  it('reports a whole-batch failure against every setting, keeping nothing hidden', async () => {
    const { client: c } = client(() => new Response('<html>502</html>', { status: 502 }));
    const results = await new RocketChatSettingsSource(c).save([
      { id: 'A', value: 1 },
      { id: 'B', value: 2 },
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.kind))).to.deep.equal(['server', 'server']);
  });

  it('loads its saving code on the first save: a failed load sends nothing, is a retryable error, and the next save loads it again', async () => {
    const { client: c, requests } = client(() => json({ success: true }));
    const source = new RocketChatSettingsSource(c);
    const load = RocketChatSettingsSource.loadSave;
    RocketChatSettingsSource.loadSave = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    let error: Error;
    try {
      error = await rejection(source.save([{ id: 'A', value: 1 }]));
    } finally {
      RocketChatSettingsSource.loadSave = load;
    }
    expect(error).to.be.instanceOf(ChunkLoadError);
    expect((error as ChunkLoadError).retryable).to.equal(true);
    expect(requests).to.have.length(0);
    expect(await source.save([{ id: 'A', value: 1 }])).to.deep.equal([{ id: 'A', ok: true }]);
    expect(requests).to.have.length(1);
  });
});
