import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEMO_TOKENS } from '../../src/demo/handler.js';

// The test server mounts the Node middleware (scripts/demo-middleware.mjs): these requests go over
// real HTTP to it, through the raw-body and header handling of src/demo/node.ts.

describe('demo middleware over HTTP', () => {
  it('serves Matomo under /matomo/ with a form-encoded POST body', async () => {
    const response = await fetch('/matomo/index.php?module=API&method=ActivityLog.getEntryCount&format=JSON', {
      method: 'POST',
      body: new URLSearchParams({ token_auth: DEMO_TOKENS.matomoSuperUser }),
    });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('application/json');
    expect(await response.json()).to.deep.equal({ value: 3000 });
    // The browser sends Origin with a POST, even to its own origin; Matomo echoes its own.
    expect(response.headers.get('access-control-allow-origin')).to.equal(location.origin);
    expect(response.headers.get('access-control-allow-credentials')).to.equal('true');
  });

  it('keeps the 401 of a token sent in the URL, which counts as a failed sign-in of this address', async () => {
    await executeServerCommand('demo-matomo', { reset: true });
    const response = await fetch(`/matomo/index.php?module=API&method=UsersManager.hasSuperUserAccess&format=JSON&token_auth=${DEMO_TOKENS.matomoSuperUser}`);
    expect(response.status).to.equal(401);
    expect(((await response.json()) as { result: string }).result).to.equal('error');
    expect(await executeServerCommand('demo-matomo', { reset: true })).to.deep.equal({ failedSignIns: 1 });
  });

  it('serves Rocket.Chat under /chat/ with its headers, JSON bodies and preflights', async () => {
    const headers = { 'X-User-Id': DEMO_TOKENS.chatUserId, 'X-Auth-Token': DEMO_TOKENS.chatNoTwoFactorToken, 'Content-Type': 'application/json' };
    const read = await fetch('/chat/api/v1/settings/Layout_Home_Title', { headers });
    const before = ((await read.json()) as { value: string }).value;
    const write = await fetch('/chat/api/v1/settings/Layout_Home_Title', { method: 'POST', headers, body: JSON.stringify({ value: `${before}` }) });
    expect(write.status).to.equal(200);
    expect(await write.json()).to.deep.equal({ success: true });
    const preflight = await fetch('/chat/api/v1/settings', { method: 'OPTIONS' });
    expect(preflight.status).to.equal(200);
    expect(preflight.headers.get('access-control-allow-headers')).to.contain('X-Auth-Token');
  });

  it('leaves other paths to the dev server', async () => {
    const response = await fetch('/package.json');
    expect(((await response.json()) as { name: string }).name).to.equal('dashboard-widgets');
  });
});
