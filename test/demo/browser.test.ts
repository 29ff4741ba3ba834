import { expect } from '@open-wc/testing';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { NOW } from './helpers.js';

describe('installDemoBackend', () => {
  const realFetch = window.fetch;
  let passedThrough: string[];
  let installed: InstalledDemoBackend | undefined;

  beforeEach(() => {
    passedThrough = [];
    // A stand-in for the network, so that nothing leaves the page.
    window.fetch = (input: RequestInfo | URL) => {
      passedThrough.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(new Response('from the network'));
    };
  });

  afterEach(() => {
    installed?.uninstall();
    installed = undefined;
    window.fetch = realFetch;
  });

  it('answers /matomo/ and /chat/ on the page’s origin from the demo backend', async () => {
    installed = installDemoBackend({ now: NOW });
    const matomo = await fetch('/matomo/index.php?module=API&method=UsersManager.hasSuperUserAccess&format=JSON', {
      method: 'POST',
      body: new URLSearchParams({ token_auth: DEMO_TOKENS.matomoSuperUser }),
    });
    expect(await matomo.json()).to.deep.equal({ value: true });
    const chat = await fetch(`${location.origin}/chat/api/v1/settings.public?_id=Site_Name`);
    expect(await chat.json()).to.deep.equal({ settings: [{ _id: 'Site_Name', value: 'Rocket.Chat' }], count: 1, offset: 0, total: 1, success: true });
    expect(passedThrough).to.deep.equal([]);
  });

  it('records a copy of every request it answered, body included', async () => {
    installed = installDemoBackend({ now: NOW });
    await fetch('/matomo/index.php?module=API&method=ActivityLog.getEntryCount&format=JSON', {
      method: 'POST',
      body: new URLSearchParams({ token_auth: DEMO_TOKENS.matomoViewer }),
    });
    expect(installed.requests).to.have.length(1);
    const [request] = installed.requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).not.to.contain('token_auth');
    expect(await request!.text()).to.equal(`token_auth=${DEMO_TOKENS.matomoViewer}`);
  });

  it('passes every other request to the original fetch', async () => {
    installed = installDemoBackend({ now: NOW });
    const other = await fetch('/src/index.ts');
    expect(await other.text()).to.equal('from the network');
    await fetch('https://elsewhere.example/matomo/index.php');
    await fetch(new Request(`${location.origin}/matomo-not/index.php`));
    expect(passedThrough).to.deep.equal(['/src/index.ts', 'https://elsewhere.example/matomo/index.php', `${location.origin}/matomo-not/index.php`]);
    expect(installed.requests).to.have.length(0);
  });

  it('serves another origin when told to', async () => {
    installed = installDemoBackend({ now: NOW, origin: 'https://demo.example' });
    const response = await fetch('https://demo.example/chat/api/v1/settings.public?_id=Site_Name');
    expect(((await response.json()) as { success: boolean }).success).to.equal(true);
    await fetch('/chat/api/v1/settings.public');
    expect(passedThrough).to.deep.equal(['/chat/api/v1/settings.public']);
  });

  it('uses a fresh backend each time, with the options given', async () => {
    const first = installDemoBackend({ now: NOW });
    const write = await fetch('/chat/api/v1/settings/Site_Name', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-User-Id': DEMO_TOKENS.chatUserId, 'X-Auth-Token': DEMO_TOKENS.chatNoTwoFactorToken },
      body: JSON.stringify({ value: 'Changed' }),
    });
    expect(write.status).to.equal(200);
    first.uninstall();
    installed = installDemoBackend({ now: NOW, latency: 1 });
    expect(installed.backend).not.to.equal(first.backend);
    expect(installed.backend.state.now.getTime()).to.equal(NOW);
    const response = await fetch('/chat/api/v1/settings.public?_id=Site_Name');
    expect(((await response.json()) as { settings: Array<{ value: unknown }> }).settings[0]!.value).to.equal('Rocket.Chat');
  });

  it('puts the original fetch back on uninstall', () => {
    const before = window.fetch;
    const demo = installDemoBackend({ now: NOW });
    expect(window.fetch).not.to.equal(before);
    demo.uninstall();
    expect(window.fetch).to.equal(before);
  });

  it('passes the abort signal through', async () => {
    installed = installDemoBackend({ now: NOW, latency: 5_000 });
    const controller = new AbortController();
    const answer = fetch('/chat/api/v1/settings.public', { signal: controller.signal });
    controller.abort();
    const error = await answer.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });
});
