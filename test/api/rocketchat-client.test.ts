import { expect } from '@open-wc/testing';
import { AuthError, BadResponseError, NetworkError, PermissionError, ServerError, TimeoutError } from '../../src/api/errors.js';
import { TwoFactorError } from '../../src/api/two-factor-error.js';
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

  it('POSTs JSON with the login headers and any extra headers given', async () => {
    const { client: c, requests } = client(() => json({ success: true }));
    await c.send('settings', { headers: { 'x-2fa-code': '123456', 'x-2fa-method': 'totp' } }, { settings: [] });
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.headers.get('content-type')).to.equal('application/json');
    expect(requests[0]!.headers.get('x-auth-token')).to.equal(TOKEN);
    expect(requests[0]!.headers.get('x-2fa-code')).to.equal('123456');
    expect(JSON.parse(requests[0]!.body)).to.deep.equal({ settings: [] });
  });

  it("reads the user's roles (GET me) and which roles have each permission (GET permissions.listAll)", async () => {
    const { client: c, requests } = client((r) =>
      r.url.endsWith('/me')
        ? json({ _id: 'u1', username: 'ann', roles: ['user', 'admin', 7], success: true })
        : json({ update: [{ _id: 'edit-privileged-setting', roles: ['admin'] }, { _id: 'broken' }, { _id: 'change-setting-X', roles: [], level: 'settings', settingId: 'X' }], remove: [], success: true }),
    );
    expect(await c.getMe()).to.deep.equal({ roles: ['user', 'admin'] });
    expect([...(await c.getPermissions())]).to.deep.equal([
      ['edit-privileged-setting', ['admin']],
      ['change-setting-X', []],
    ]);
    expect(requests.map((r) => r.url)).to.deep.equal(['https://chat.example/api/v1/me', 'https://chat.example/api/v1/permissions.listAll']);
    expect(await rejection(client(() => json({ success: true })).client.getPermissions())).to.be.instanceOf(BadResponseError);
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
    expect(await rejection(c.send('settings/X', {}, { value: 1 }))).to.be.instanceOf(PermissionError);
  });

  it('an error with an errorType is a ServerError with it as code and the details as sent', async () => {
    const error = await rejection(
      client(() => json({ success: false, errorType: 'totp-required', details: { method: 'password', codeGenerated: false }, error: 'TOTP Required [totp-required]' }, 400)).client.send('settings', {}, { settings: [] }),
    );
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).code).to.equal('totp-required');
    expect((error as ServerError).details).to.deep.equal({ method: 'password', codeGenerated: false });
    const invalid = await rejection(client(() => json({ success: false, error: 'Invalid value [error-setting-validation-failed]', errorType: 'error-setting-validation-failed' }, 400)).client.send('settings/X', {}, { value: 'nope' }));
    expect((invalid as ServerError).code).to.equal('error-setting-validation-failed');
  });

  it("a 429 is a ServerError that says how long to wait, in Rocket.Chat's words", async () => {
    const error = await rejection(
      client(() => json({ success: false, error: 'Error, too many requests. Please slow down. You must wait 42 seconds before trying this endpoint again. [error-too-many-requests]' }, 429)).client.getMe(),
    );
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).status).to.equal(429);
    expect(error.message).to.contain('You must wait 42 seconds');
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

/** Answers `method.call` as Rocket.Chat does: HTTP 200, the outcome in the EJSON `message`, with the call's id. */
function methodAnswer(outcome: (params: unknown[]) => Record<string, unknown>) {
  return (r: { body: string }) => {
    const call = JSON.parse((JSON.parse(r.body) as { message: string }).message) as { id: string; params: unknown[] };
    return json({ success: true, message: JSON.stringify({ msg: 'result', id: call.id, ...outcome(call.params) }) });
  };
}

describe('RocketChatSettingsSource: saving', () => {
  it('from another origin: one call of saveSettings through method.call, the batch as its first parameter', async () => {
    const { client: c, requests } = client(methodAnswer(() => ({ result: true })));
    const results = await new RocketChatSettingsSource(c).save([
      { id: 'A', value: true },
      { id: 'B', value: 'two' },
    ]);
    expect(requests.map((r) => r.url)).to.deep.equal(['https://chat.example/api/v1/method.call/saveSettings']);
    const body = JSON.parse(requests[0]!.body) as { message: string };
    expect(Object.keys(body)).to.deep.equal(['message']);
    expect(JSON.parse(body.message)).to.deep.include({ msg: 'method', method: 'saveSettings', params: [[{ _id: 'A', value: true }, { _id: 'B', value: 'two' }]] });
    expect(results.every((r) => r.ok)).to.equal(true);
  });

  it('sends a two-factor code as the last parameter, {twoFactorCode, twoFactorMethod}, never as a header', async () => {
    const { client: c, requests } = client(methodAnswer(() => ({ result: true })));
    await new RocketChatSettingsSource(c).save([{ id: 'A', value: 1 }], { twoFactor: { code: 'abc', method: 'password' } });
    expect(JSON.parse((JSON.parse(requests[0]!.body) as { message: string }).message).params).to.deep.equal([[{ _id: 'A', value: 1 }], { twoFactorCode: 'abc', twoFactorMethod: 'password' }]);
    expect(requests[0]!.headers.has('x-2fa-code')).to.equal(false);
  });

  it('turns the errors inside the answer into typed errors: two-factor (required, invalid, max attempts), permission, rate limit, a refused value, a missing method', async () => {
    const save = async (error: Record<string, unknown>) => {
      const { client: c } = client(methodAnswer(() => ({ error })));
      return new RocketChatSettingsSource(c).save([{ id: 'A', value: 1 }]).then(
        (results) => (results[0]!.ok ? undefined : results[0]!.error),
        (e: Error) => e,
      );
    };
    const required = await save({ isClientSafe: true, error: 'totp-required', reason: 'TOTP Required', details: { method: 'email', codeGenerated: true, emailOrUsername: 'ann', availableMethods: ['email'] }, errorType: 'Meteor.Error' });
    expect(required).to.be.instanceOf(TwoFactorError);
    expect(required).to.include({ method: 'email', state: 'required' });
    expect((required as TwoFactorError).sent).to.deep.equal({ codeGenerated: true, emailOrUsername: 'ann' });
    expect(await save({ error: 'totp-invalid', reason: 'TOTP Invalid', details: { method: 'totp' } })).to.include({ state: 'invalid', invalid: true });
    expect(await save({ error: 'totp-max-attempts', reason: 'TOTP Maximun Failed Attempts Reached', details: { method: 'email' } })).to.include({ state: 'max-attempts' });
    const forbidden = await save({ error: 'error-action-not-allowed', reason: 'Editing settings is not allowed', details: { method: 'saveSettings', settingIds: ['A'] } });
    expect(forbidden).to.be.instanceOf(PermissionError);
    expect(forbidden!.message).to.equal('This account may not change these settings (Editing settings is not allowed).');
    const limited = await save({ error: 'too-many-requests', reason: 'Error, too many requests. Please slow down. You must wait 9 seconds before trying again.', details: { timeToReset: 9000 } });
    expect(limited).to.be.instanceOf(ServerError);
    expect(limited).to.include({ status: 429, message: 'Error, too many requests. Please slow down. You must wait 9 seconds before trying again.' });
    const match = await save({ message: 'Match error: Expected boolean, got string', path: '', errorType: 'Match.Error', sanitizedError: { error: 400, reason: 'Match failed' } });
    expect(match!.message).to.equal('The server refused a value (Match error: Expected boolean, got string).');
    const missing = await save({ error: 404, reason: "Method 'saveSettings' not found", errorType: 'Meteor.Error' });
    expect(missing!.message).to.equal("This server has no saveSettings method (Method 'saveSettings' not found).");
  });

  it('an answer that is not the result of this call is a BadResponseError', async () => {
    for (const message of ['not json', JSON.stringify({ msg: 'result', id: 'other', result: true }), JSON.stringify({ msg: 'ready' })]) {
      const { client: c } = client(() => json({ success: true, message }));
      const [result] = await new RocketChatSettingsSource(c).save([{ id: 'A', value: 1 }]);
      expect(result!.ok ? 'ok' : result!.error.kind, message).to.equal('bad-response');
    }
  });

  it('on its own origin: the bulk route first; a 405 with an empty body (7.x) or a 404 means there is none, remembered', async () => {
    for (const missing of [() => new Response(null, { status: 405 }), () => new Response('Not found', { status: 404 })]) {
      const stub = stubFetch((r) => (r.url.endsWith('/api/v1/settings') ? missing() : methodAnswer(() => ({ result: true }))(r)));
      const c = new RocketChatClient({ apiBase: `${location.origin}/rc/`, userId: 'u1', token: TOKEN, fetch: stub.fetch });
      const source = new RocketChatSettingsSource(c);
      expect((await source.save([{ id: 'A', value: 1 }])).every((r) => r.ok)).to.equal(true);
      await source.save([{ id: 'A', value: 2 }]);
      expect(stub.requests.map((r) => new URL(r.url).pathname)).to.deep.equal(['/rc/api/v1/settings', '/rc/api/v1/method.call/saveSettings', '/rc/api/v1/method.call/saveSettings']);
    }
  });

  it('on its own origin, with the bulk route (8.6): the code in x-2fa headers, a code request as a TwoFactorError', async () => {
    const stub = stubFetch((r) =>
      r.headers.get('x-2fa-code') === 'abc' ? json({ success: true }) : json({ success: false, error: 'TOTP Required [totp-required]', errorType: 'totp-required', details: { method: 'password' } }, 400),
    );
    const source = new RocketChatSettingsSource(new RocketChatClient({ apiBase: `${location.origin}/rc/`, userId: 'u1', token: TOKEN, fetch: stub.fetch }));
    const asked = await rejection(source.save([{ id: 'A', value: 1 }]));
    expect(asked).to.include({ name: 'TwoFactorError', method: 'password', state: 'required' });
    expect(await source.save([{ id: 'A', value: 1 }], { twoFactor: { code: 'abc', method: 'password' } })).to.deep.equal([{ id: 'A', ok: true }]);
    expect(stub.requests.at(-1)!.headers.get('x-2fa-method')).to.equal('password');
    expect(JSON.parse(stub.requests.at(-1)!.body)).to.deep.equal({ settings: [{ _id: 'A', value: 1 }] });
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
    const { client: c, requests } = client(methodAnswer(() => ({ result: true })));
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
