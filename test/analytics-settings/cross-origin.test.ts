import { expect, waitUntil } from '@open-wc/testing';
import type { SettingsSaveDetail } from '../../src/analytics-settings/analytics-settings.js';
import { sha256Hex } from '../../src/core/sha256.js';
import {
  $,
  button,
  cleanup,
  confirm,
  control,
  DEMO_TOKENS,
  methodCall,
  mountRemote,
  previewShown,
  rowEditor,
  save,
  startRemote,
  text,
  tick,
  type,
  type Remote,
} from './helpers.js';

/**
 * <analytics-settings> embedded the way it is meant to be: on another origin than the chat
 * server. The demo Rocket.Chat runs on a second port of 127.0.0.1, so the browser applies CORS to
 * every request, preflights included, with Rocket.Chat's own list of allowed headers.
 */

const ROOMS = 'Analytics_features_rooms';
const EDITED = ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID', 'Analytics_features_rooms'];

const isWrite = (r: Request) => r.method === 'POST';
const saveCalls = (wire: Request[]) => wire.filter(isWrite);

/** The dialog is shown, waits for the user (not saving) and says `words`. */
async function prompted(el: Remote['el'], words: RegExp): Promise<HTMLDialogElement> {
  const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
  const waiting = () => dialog.open && text(el, '#two-factor-submit') !== 'Saving…' && !/Checking|Saving/.test(text(el, '#save-state'));
  await waitUntil(() => waiting() && words.test(text(el, 'dialog#two-factor')), `the dialog did not say ${words}: ${text(el, 'dialog#two-factor')}`, { timeout: 5000 });
  return dialog;
}

/** Saving finished: the dialog is closed and the notice says `words`. */
async function saved(el: Remote['el'], words: RegExp): Promise<void> {
  await waitUntil(() => words.test(text(el, '[part="notice"]')), `no notice saying ${words}: ${text(el)}`, { timeout: 8000 });
  expect(($(el, 'dialog#two-factor') as HTMLDialogElement).open).to.equal(false);
}

async function makeEdits(el: Remote['el']): Promise<void> {
  await tick(el, 'GoogleAnalytics_enabled');
  await type(el, 'GoogleAnalytics_ID', 'G-4XK2M9QZ7P');
  await tick(el, ROOMS);
}

for (const version of ['7.x', '8.6'] as const) {
  describe(`<analytics-settings> on another origin than Rocket.Chat ${version}`, () => {
    afterEach(cleanup);

    it('saves one setting confirmed with the password: method.call, its SHA-256 in the body, no custom header', async () => {
      const { el, wire, values } = await mountRemote({ version, user: 'admin' });
      await tick(el, ROOMS);
      await save(el);
      const dialog = await prompted(el, /confirm with your password/);
      expect(control(el, 'two-factor-code').type).to.equal('password');
      expect(saveCalls(wire)).to.have.length(1);
      await confirm(el, DEMO_TOKENS.chatAdminPassword);
      await saved(el, /Saved 1 setting\./);
      expect(dialog.open).to.equal(false);
      expect(await values([ROOMS])).to.deep.equal({ [ROOMS]: false });

      const writes = saveCalls(wire);
      expect(writes.map((r) => new URL(r.url).pathname)).to.deep.equal(['/chat/api/v1/method.call/saveSettings', '/chat/api/v1/method.call/saveSettings']);
      const [first, second] = [await methodCall(writes[0]!), await methodCall(writes[1]!)];
      expect(first).to.deep.include({ msg: 'method', method: 'saveSettings', params: [[{ _id: ROOMS, value: false }]] });
      expect(second.params).to.deep.equal([[{ _id: ROOMS, value: false }], { twoFactorCode: await sha256Hex(DEMO_TOKENS.chatAdminPassword), twoFactorMethod: 'password' }]);
      for (const r of wire) {
        expect(r.headers.has('x-2fa-code'), r.url).to.equal(false);
        expect(r.headers.has('x-2fa-method'), r.url).to.equal(false);
      }
      expect(el.dirty).to.equal(false);
    });

    it('saves several settings with a TOTP code; a wrong code may be tried again', async () => {
      const { el, wire, values } = await mountRemote({ version, user: '2fa' });
      await makeEdits(el);
      await save(el);
      await prompted(el, /authenticator app/);
      await confirm(el, '000000');
      await prompted(el, /That code was not accepted\. Try again\./);
      expect(control(el, 'two-factor-code').value).to.equal('');
      expect(await values(['GoogleAnalytics_ID'])).to.deep.equal({ GoogleAnalytics_ID: '' });
      await confirm(el, DEMO_TOKENS.twoFactorCode);
      await saved(el, /Saved 3 settings\./);
      expect(await values(EDITED)).to.deep.equal({ GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'G-4XK2M9QZ7P', [ROOMS]: false });
      const last = await methodCall(saveCalls(wire).at(-1)!);
      expect(last.params).to.deep.equal([
        [
          { _id: 'GoogleAnalytics_enabled', value: true },
          { _id: 'GoogleAnalytics_ID', value: 'G-4XK2M9QZ7P' },
          { _id: ROOMS, value: false },
        ],
        { twoFactorCode: DEMO_TOKENS.twoFactorCode, twoFactorMethod: 'totp' },
      ]);
    });

    it('saves several settings with an e-mailed code, saying a code was sent', async () => {
      const { el, values } = await mountRemote({ version, user: 'email' });
      await makeEdits(el);
      await save(el);
      await prompted(el, /Rocket\.Chat has sent a code to the e-mail address of mail\.admin/);
      await confirm(el, DEMO_TOKENS.emailCode);
      await saved(el, /Saved 3 settings\./);
      expect(await values(['GoogleAnalytics_ID'])).to.deep.equal({ GoogleAnalytics_ID: 'G-4XK2M9QZ7P' });
    });

    it('too many wrong e-mailed codes: says so plainly, and a new code can be asked for', async () => {
      const { el, values } = await mountRemote({ version, user: 'email' });
      await tick(el, ROOMS);
      await save(el);
      await prompted(el, /has sent a code/);
      for (let i = 0; i < 4; i++) {
        await confirm(el, '111111');
        await prompted(el, /That code was not accepted/);
      }
      await confirm(el, '111111');
      await prompted(el, /Too many wrong codes: Rocket\.Chat no longer accepts this one\./);
      expect(control(el, 'two-factor-code').disabled).to.equal(true);
      expect($(el, '#two-factor-note')!.getAttribute('role')).to.equal('alert');
      const renew = control<HTMLButtonElement>(el, 'two-factor-submit');
      expect(renew.textContent!.trim()).to.equal('Send a new code');
      renew.click();
      await prompted(el, /Rocket\.Chat has sent a code/);
      await confirm(el, DEMO_TOKENS.emailCode);
      await saved(el, /Saved 1 setting\./);
      expect(await values([ROOMS])).to.deep.equal({ [ROOMS]: false });
    });

    it('a setting changed elsewhere while the code is typed opens the conflict dialog; nothing is overwritten', async () => {
      const { el, wire, values, write } = await mountRemote({ version, user: 'admin' });
      await makeEdits(el);
      await save(el);
      await prompted(el, /password/);
      // Another administrator saves the Tracking ID while this one looks for the password.
      await write('GoogleAnalytics_ID', 'G-THEIRS2');
      const writesBefore = saveCalls(wire).length;
      await confirm(el, DEMO_TOKENS.chatAdminPassword);
      const conflicts = $(el, 'dialog#conflicts') as HTMLDialogElement;
      await waitUntil(() => conflicts.open, 'no conflict dialog');
      expect(($(el, 'dialog#two-factor') as HTMLDialogElement).open).to.equal(false);
      expect(saveCalls(wire)).to.have.length(writesBefore);
      expect(await values(['GoogleAnalytics_ID', ROOMS])).to.deep.equal({ GoogleAnalytics_ID: 'G-THEIRS2', [ROOMS]: true });
      expect(text(el, 'dialog#conflicts')).to.contain('On the server now G-THEIRS2 Your edit G-4XK2M9QZ7P');
      (conflicts.querySelector('input[value="theirs"]') as HTMLInputElement).click();
      await el.updateComplete;
      button(el, 'Save with these choices', conflicts).click();
      // The password is asked again (it was not kept), then the other edits are saved.
      await prompted(el, /password/);
      await confirm(el, DEMO_TOKENS.chatAdminPassword);
      await saved(el, /Saved 2 settings\./);
      expect(await values(EDITED)).to.deep.equal({ GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'G-THEIRS2', [ROOMS]: false });
    });

    it('a user who may change nothing sees a read-only form with the reason before any edit', async () => {
      const { el, wire } = await mountRemote({ version, user: 'viewer' });
      const note = text(el, '[part="readonly-note"]');
      expect(note).to.contain('Read-only: this account may not change these settings.');
      expect(note).to.contain('No role of this account (user, auditor) has edit-privileged-setting or manage-selected-settings.');
      expect(control(el, 'GoogleAnalytics_enabled').disabled).to.equal(true);
      expect(control(el, 'PiwikAnalytics_url').readOnly).to.equal(true);
      expect($(el, '#save')).to.equal(null);
      expect($(el, '[part="restore-button"]')).to.equal(null);
      // One round trip: the values, who the user is (also the check of the credentials) and the permissions, all at once.
      expect(wire.map((r) => new URL(r.url).pathname).sort()).to.deep.equal(['/chat/api/v1/me', '/chat/api/v1/permissions.listAll', '/chat/api/v1/settings.public']);
    });

    it('a user who may change the Matomo settings only can edit those, the others are read-only', async () => {
      const { el, values } = await mountRemote({ version, user: 'matomo' });
      expect(text(el, '[part="readonly-note"]')).to.contain('Some settings are read-only for this account.');
      expect(control(el, 'GoogleAnalytics_enabled').disabled).to.equal(true);
      expect(control(el, ROOMS).disabled).to.equal(true);
      expect(control(el, 'PiwikAnalytics_enabled').disabled).to.equal(false);
      await tick(el, 'PiwikAnalytics_enabled');
      await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
      await type(el, 'PiwikAnalytics_siteId', '17');
      await save(el);
      await prompted(el, /password/);
      await confirm(el, DEMO_TOKENS.chatMatomoPassword);
      await saved(el, /Saved 3 settings\./);
      expect(await values(['PiwikAnalytics_enabled', 'PiwikAnalytics_siteId'])).to.deep.equal({ PiwikAnalytics_enabled: true, PiwikAnalytics_siteId: '17' });
    });

    it('accepts and saves what works in Rocket.Chat: a protocol-relative URL, a site id in quotes, a path in Hide Outgoing Links', async () => {
      const { el, values } = await mountRemote({ version, user: 'bypass' });
      await tick(el, 'PiwikAnalytics_enabled');
      // The full check of Additional Piwik Sites comes with its row editor, once Matomo is enabled.
      await rowEditor(el);
      await type(el, 'PiwikAnalytics_url', '//piwik.rocket.chat/');
      await type(el, 'PiwikAnalytics_siteId', '17');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://stats.example.net/", "siteId": "42", "name": "shop"}]');
      await type(el, 'PiwikAnalytics_domains', 'example.com/shop\nalias.example.org');
      for (const id of ['PiwikAnalytics_url', 'PiwikAdditionalTrackers', 'PiwikAnalytics_domains']) {
        expect($(el, `#${id}-error`), id).to.equal(null);
      }
      expect(text(el, '#PiwikAdditionalTrackers-warn')).to.contain('Item 1, "siteId": "42" in quotes works');
      expect(text(el, '#PiwikAdditionalTrackers-warn')).to.contain('Item 1: the key "name" is not used');
      // Previewed as Rocket.Chat would use it: the browser loads it over the chat page's scheme.
      await previewShown(el);
      const code = text(el, '#code-chat');
      expect(code).to.contain("_paq.push(['setTrackerUrl', '//piwik.rocket.chat/js/']);");
      expect(code).to.contain("_paq.push(['addTracker', 'https://stats.example.net/js/', '42']);");
      expect(code).to.contain("_paq.push(['setDomains', ['*.example.com/shop', '*.alias.example.org']]);");
      expect(code).to.contain("// No scheme: the URL is loaded over the chat page's own (https: on an https server).");
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('false');
      await save(el);
      await saved(el, /Saved 5 settings\./);
      expect(await values(['PiwikAnalytics_url', 'PiwikAnalytics_domains'])).to.deep.equal({ PiwikAnalytics_url: '//piwik.rocket.chat/', PiwikAnalytics_domains: 'example.com/shop\nalias.example.org' });
    });

    it('a stored invalid value left alone does not block saving another setting', async () => {
      const { el, values } = await mountRemote({
        version,
        user: 'bypass',
        before: async ({ write }) => {
          await write('PiwikAnalytics_enabled', true);
          await write('PiwikAnalytics_siteId', 'seventeen');
        },
      });
      expect(text(el, '#PiwikAnalytics_siteId-error')).to.contain('positive whole number');
      await tick(el, ROOMS);
      expect(text(el, '#save-state')).to.equal('1 unsaved change.');
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('false');
      await save(el);
      await saved(el, /Saved 1 setting\./);
      expect(await values([ROOMS, 'PiwikAnalytics_siteId'])).to.deep.equal({ [ROOMS]: false, PiwikAnalytics_siteId: 'seventeen' });
      // A changed value that cannot work still blocks.
      await type(el, 'PiwikAnalytics_siteId', 'eighteen');
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('true');
      expect(text(el, '#save-state')).to.equal('Fix 1 setting before saving: Client ID.');
    });

    it('remembers a verified confirmation: the next save within 30 minutes asks nothing', async () => {
      const { el, values } = await mountRemote({ version, user: '2fa' });
      await tick(el, ROOMS);
      await save(el);
      await confirm(el, DEMO_TOKENS.twoFactorCode);
      await saved(el, /Saved 1 setting\./);
      await tick(el, 'Analytics_features_users');
      await save(el);
      await saved(el, /Saved 1 setting\./);
      expect(await values(['Analytics_features_users'])).to.deep.equal({ Analytics_features_users: false });
    });
  });
}

describe('<analytics-settings> and the password', () => {
  afterEach(cleanup);

  const PASSWORD = DEMO_TOKENS.chatAdminPassword;

  it('is in no request but as its SHA-256 in the save body, and nowhere in the DOM, the console or the events after the save', async () => {
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => {
      console[m] = (...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' '));
      };
    });
    const events: string[] = [];
    const record = (e: Event) => events.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
    const names = ['dw-settings-load', 'dw-settings-change', 'dw-settings-save', 'dw-settings-error', 'input', 'change', 'submit', 'close'];
    for (const name of names) document.addEventListener(name, record, true);
    try {
      const { el, wire } = await mountRemote({ user: 'admin' });
      await makeEdits(el);
      const done = new Promise<SettingsSaveDetail>((resolve) => el.addEventListener('dw-settings-save', (e) => resolve(e.detail), { once: true }));
      await save(el);
      await prompted(el, /password/);
      await confirm(el, PASSWORD);
      expect((await done).saved).to.deep.equal(EDITED);
      await saved(el, /Saved 3 settings\./);

      const digest = await sha256Hex(PASSWORD);
      let carried = 0;
      for (const r of wire) {
        const body = r.method === 'POST' ? await r.clone().text() : '';
        const headers = [...r.headers].join('\n');
        for (const part of [r.url, headers, body]) expect(part, r.url).not.to.contain(PASSWORD);
        expect(r.url).not.to.contain(digest);
        expect(headers).not.to.contain(digest);
        if (body.includes(digest)) {
          carried++;
          expect(new URL(r.url).pathname).to.equal('/chat/api/v1/method.call/saveSettings');
        }
      }
      expect(carried).to.equal(1);
      const input = control(el, 'two-factor-code');
      expect(input.value).to.equal('');
      const dom = [el.shadowRoot!.innerHTML, document.body.innerHTML, ...[...el.shadowRoot!.querySelectorAll('input, textarea')].map((c) => (c as HTMLInputElement).value)].join('\n');
      expect(dom).not.to.contain(PASSWORD);
      expect(dom).not.to.contain(digest);
      expect(logged.join('\n')).not.to.contain(PASSWORD);
      expect(logged.join('\n')).not.to.contain(digest);
      expect(events.length).to.be.greaterThan(0);
      expect(events.join('\n')).not.to.contain(PASSWORD);
      expect(events.join('\n')).not.to.contain(digest);
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
      for (const name of names) document.removeEventListener(name, record, true);
    }
  });
});

describe('Rocket.Chat on another origin: what the browser allows', () => {
  afterEach(cleanup);

  it("refuses a request carrying x-2fa-code at its preflight (Rocket.Chat's CORS list lacks it), and lets the same request through without it", async () => {
    const { origin } = await startRemote();
    const url = `${origin}/chat/api/v1/settings/Analytics_features_rooms`;
    const headers = { 'X-User-Id': DEMO_TOKENS.chatUserId, 'X-Auth-Token': DEMO_TOKENS.chatNoTwoFactorToken, 'Content-Type': 'application/json' };
    const refused = await fetch(url, { method: 'POST', headers: { ...headers, 'x-2fa-code': '123456', 'x-2fa-method': 'totp' }, body: '{"value":false}' }).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(TypeError);
    const allowed = await fetch(url, { method: 'POST', headers, body: '{"value":false}' });
    expect(allowed.status).to.equal(200);
  });
});
