import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { english } from '../../src/core/translate.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AnalyticsSettings, SettingsErrorDetail } from '../../src/analytics-settings/analytics-settings.js';
import { PermissionError, ServerError } from '../../src/api/errors.js';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { RocketChatSettingsSource, type SettingsSource, type SettingValue, type TwoFactorCode } from '../../src/api/settings-source.js';
import { TwoFactorError } from '../../src/api/two-factor-error.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { FormModel } from '../../src/analytics-settings/form-model.js';
import { SaveFlow, type CodeRequest, type SaveHost } from '../../src/analytics-settings/save-flow.js';
import type { Choice, Conflict } from '../../src/analytics-settings/conflicts.js';
import { ANALYTICS_SECTIONS } from '../../src/analytics-settings/schema.js';
import {
  $,
  button,
  cleanup,
  control,
  DEMO_TOKENS,
  hang,
  json,
  loaded,
  makeEdits,
  methodCall,
  mount,
  path,
  save,
  secondClient,
  serverValue,
  shown,
  startBackend,
  text,
  tick,
  type,
  writes,
  type Intercept,
} from './helpers.js';

const EDITED = ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID', 'Analytics_features_rooms'];

const isWrite = (r: Request) => r.method === 'POST';

/** The failures a save can meet, as the server (or the network) gives them. */
const FAILURES: Array<{ kind: string; intercept: Intercept; words: RegExp; errorKind: string; timeout?: number }> = [
  {
    kind: 'network',
    intercept: (r) => (isWrite(r) ? Promise.reject(new TypeError('Failed to fetch')) : undefined),
    words: /Could not reach the server/,
    errorKind: 'network',
  },
  {
    kind: '400',
    intercept: (r) =>
      isWrite(r) ? json({ success: false, error: 'Invalid setting value [error-setting-validation-failed]', errorType: 'error-setting-validation-failed' }, 400) : undefined,
    words: /Invalid setting value/,
    errorKind: 'server',
  },
  {
    kind: '403',
    intercept: (r) => (isWrite(r) ? json({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]' }, 403) : undefined),
    words: /may not/,
    errorKind: 'permission',
  },
  {
    kind: '5xx',
    intercept: (r) => (isWrite(r) ? new Response('<html><body>Service Unavailable</body></html>', { status: 503, statusText: 'Service Unavailable' }) : undefined),
    words: /HTTP 503/,
    errorKind: 'server',
  },
  {
    kind: 'timeout',
    intercept: (r) => (isWrite(r) ? hang(r) : undefined),
    words: /did not answer within 1 second\./,
    errorKind: 'timeout',
    timeout: 1,
  },
];

describe('<analytics-settings> a failed save keeps every edit', () => {
  afterEach(cleanup);

  for (const failure of FAILURES) {
    it(`${failure.kind}: marks each setting not saved with why, keeps the edits, fires dw-settings-error${failure.kind === '403' ? ', and turns read-only' : ', and Retry saves'}`, async () => {
      const { el, demo, wire, intercept } = await mount({ timeout: failure.timeout ?? 15 });
      const typed = await makeEdits(el);
      intercept(failure.intercept);
      const errorEvent = oneEvent(el, 'dw-settings-error');
      await save(el);
      const { detail } = (await errorEvent) as CustomEvent<SettingsErrorDetail>;
      expect(detail.failed.map((f) => f.id)).to.deep.equal(EDITED);
      expect(detail.failed.every((f) => f.kind === failure.errorKind && failure.words.test(f.message)), JSON.stringify(detail)).to.equal(true);

      // Every edit is still there, marked as not saved, with the reason next to it.
      expect(shown(el, EDITED)).to.deep.equal(typed);
      expect(el.dirty).to.equal(true);
      for (const id of EDITED) {
        expect(text(el, `#${id}-fail`), id).to.match(failure.words);
        expect(control(el, id).getAttribute('aria-describedby'), id).to.contain(`${id}-fail`);
      }
      const notice = $(el, '[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(text(el, '[part="notice"]')).to.contain('Your changes were not saved.');
      expect(text(el, '[part="notice"]')).to.contain('Every edit is kept');
      expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('');
      expect(writes(wire).length).to.be.greaterThan(0);

      if (failure.kind === '403') {
        expect(text(el, '[part="readonly-note"]')).to.contain('Read-only: this account may not change these settings. The server refused the save: This account may not do this');
        expect(text(el, '[part="readonly-note"]')).to.contain('Your unsaved edits are kept');
        expect(control(el, 'GoogleAnalytics_ID').readOnly).to.equal(true);
        expect(control(el, 'Analytics_features_rooms').disabled).to.equal(true);
        expect(control(el, 'save').getAttribute('aria-disabled')).to.equal('true');
        return;
      }
      intercept(undefined);
      button(el, 'Retry', $(el, '[part="notice"]')!).click();
      await el.updateComplete;
      await waitUntil(() => !el.dirty, 'Retry did not save');
      expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
      expect(serverValue(demo, 'Analytics_features_rooms')).to.equal(false);
      expect($(el, '#GoogleAnalytics_ID-fail')).to.equal(null);
    });
  }

  it('a failed check before saving (the server cannot be read) keeps the edits and sends no write', async () => {
    const { el, wire, intercept } = await mount();
    const typed = await makeEdits(el);
    intercept((r) => (r.method === 'GET' ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    await save(el);
    expect(writes(wire)).to.have.length(0);
    expect(text(el, '[part="notice"]')).to.contain('could not be checked');
    expect(shown(el, EDITED)).to.deep.equal(typed);
  });

  it('reports partial success per setting (a source that saves one by one): saved ones settle, the failed one keeps its edit and its reason', async () => {
    const values: Record<string, unknown> = {};
    const source: SettingsSource = {
      load: async (ids) => ids.map((id) => ({ id, value: id in values ? values[id] : ['Analytics_features_messages', 'Analytics_features_rooms', 'Analytics_features_users'].includes(id) })),
      save: async (changes) =>
        changes.map((c) => {
          if (c.id === 'GoogleAnalytics_ID') return { id: c.id, ok: false as const, error: new ServerError('Invalid value for GoogleAnalytics_ID', { status: 400, code: 'error-setting-validation-failed' }) };
          values[c.id] = c.value;
          return { id: c.id, ok: true as const };
        }),
    };
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings .source=${source}></analytics-settings>`);
    await loaded(el);
    await makeEdits(el);
    const saved = oneEvent(el, 'dw-settings-save');
    const failed = oneEvent(el, 'dw-settings-error');
    await save(el);
    expect((await saved).detail.saved).to.deep.equal(['GoogleAnalytics_enabled', 'Analytics_features_rooms']);
    expect((await failed).detail.failed).to.deep.equal([{ id: 'GoogleAnalytics_ID', message: 'Invalid value for GoogleAnalytics_ID', kind: 'server' }]);
    expect(values).to.deep.equal({ GoogleAnalytics_enabled: true, Analytics_features_rooms: false });
    expect(text(el, '[part="notice"]')).to.contain('1 setting was not saved (2 saved).');
    expect(text(el, '[part="notice"] li')).to.equal('Tracking ID: Invalid value for GoogleAnalytics_ID');
    button(el, 'Tracking ID', $(el, '[part="notice"]')!).click();
    await waitUntil(() => el.shadowRoot!.activeElement === control(el, 'GoogleAnalytics_ID'), 'the setting named in the notice did not get the focus');
    expect(text(el, '[data-setting="GoogleAnalytics_enabled"]')).not.to.contain('Unsaved');
    expect(text(el, '[data-setting="GoogleAnalytics_ID"]')).to.contain('Unsaved');
    expect(text(el, '#GoogleAnalytics_ID-fail')).to.equal('Not saved: Invalid value for GoogleAnalytics_ID');
    expect(control(el, 'GoogleAnalytics_ID').value).to.equal('G-4XK2M9QZ7P');
    expect(text(el, '#save-state')).to.equal('1 unsaved change.');
  });

  it('a refused batch (rights taken away since loading) turns the form read-only, keeps the edits, and they may be discarded', async () => {
    const { el, demo, intercept } = await mount();
    const typed = await makeEdits(el);
    intercept(async (r) => {
      if (!r.url.endsWith('/method.call/saveSettings')) return undefined;
      const { id } = JSON.parse(((await r.json()) as { message: string }).message) as { id: string };
      const error = { isClientSafe: true, error: 'error-action-not-allowed', reason: 'Editing settings is not allowed', details: { method: 'saveSettings', settingIds: EDITED }, errorType: 'Meteor.Error' };
      return json({ success: true, message: JSON.stringify({ msg: 'result', id, error }) });
    });
    await save(el);
    expect(text(el, '[part="readonly-note"]')).to.contain('Read-only: this account may not change these settings. The server refused the save: This account may not change these settings (Editing settings is not allowed).');
    expect(shown(el, EDITED)).to.deep.equal(typed);
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(false);
    button(el, 'Discard my edits').click();
    await el.updateComplete;
    expect(shown(el, ['GoogleAnalytics_enabled', 'Analytics_features_rooms'])).to.deep.equal({ GoogleAnalytics_enabled: false, Analytics_features_rooms: true });
  });

  it('a 403 on load shows the public values read-only, fetched without credentials', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'GoogleAnalytics_enabled', true);
    const source = new RocketChatSettingsSource(new RocketChatClient({ apiBase: '/chat/', userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken }));
    source.load = async () => {
      throw new PermissionError('This account may not do this (User does not have the permissions required for this action [error-unauthorized]).', 403);
    };
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings .source=${source}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'GoogleAnalytics_enabled').checked).to.equal(true);
    expect(control(el, 'GoogleAnalytics_enabled').disabled).to.equal(true);
    expect(control(el, 'GoogleAnalytics_ID').readOnly).to.equal(true);
    expect(text(el, '[part="readonly-note"]')).to.contain('this account may not change these settings. Only the public values are shown: This account may not do this');
    const publicRead = backend.wire.find((r) => path(r).startsWith('/chat/api/v1/settings.public?'))!;
    expect(publicRead.headers.get('x-auth-token')).to.equal(null);
  });
});

describe('<analytics-settings> two-factor authentication', () => {
  afterEach(cleanup);

  it('asks for the code in a modal dialog, says when a code is wrong, sends it in the body of saveSettings, and returns focus to Save', async () => {
    const { el, demo, wire } = await mount({ user: '2fa' });
    await makeEdits(el);
    await save(el);
    const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no two-factor dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('two-factor-title');
    expect(text(el, '#two-factor-prompt')).to.contain('authenticator app');
    expect(el.shadowRoot!.activeElement?.id).to.equal('two-factor-code');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('');

    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el, '#two-factor-note').includes('not accepted'), 'a wrong code was not reported');
    expect(dialog.open).to.equal(true);
    expect(control(el, 'two-factor-code').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'two-factor-code').value).to.equal('');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('');

    await sendKeys({ type: DEMO_TOKENS.twoFactorCode });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog.open, 'the dialog did not close');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'save', 'focus did not return to Save');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
    expect(text(el, '[part="notice"]')).to.contain('Saved 3 settings.');
    const last = writes(wire).at(-1)!;
    expect(path(last)).to.equal('/chat/api/v1/method.call/saveSettings');
    expect((await methodCall(last)).params.at(-1)).to.deep.equal({ twoFactorCode: DEMO_TOKENS.twoFactorCode, twoFactorMethod: 'totp' });
    expect(last.headers.has('x-2fa-code')).to.equal(false);
    for (const r of wire) expect(r.url).not.to.contain(DEMO_TOKENS.twoFactorCode);
  });

  it('Escape closes the dialog: nothing is saved, every edit is kept, focus returns to Save', async () => {
    const { el, demo } = await mount({ user: '2fa' });
    const typed = await makeEdits(el);
    await save(el);
    const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'save', 'focus did not return to Save');
    expect(text(el, '[part="notice"]')).to.contain('Not saved: the server asks for two-factor confirmation.');
    expect(shown(el, EDITED)).to.deep.equal(typed);
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(false);
  });

  it("asks the plain administrator for the password and sends its SHA-256 as the code of the password method", async () => {
    const { el, demo, wire } = await mount({ user: 'admin' });
    await tick(el, 'Analytics_features_users');
    await save(el);
    await waitUntil(() => ($(el, 'dialog#two-factor') as HTMLDialogElement).open);
    expect(control(el, 'two-factor-code').type).to.equal('password');
    expect(control(el, 'two-factor-code').autocomplete).to.equal('current-password');
    expect(text(el, '#two-factor-title')).to.equal('Confirm with your password');
    await sendKeys({ type: 'hunter2' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el, '#two-factor-note').includes('That password was not accepted. Try again.'), 'a wrong password was not reported');
    expect(control(el, 'two-factor-code').value).to.equal('');
    expect((await methodCall(writes(wire).at(-1)!)).params.at(-1)).to.deep.equal({
      twoFactorCode: 'f52fbd32b2b3b86ff88ef6c490628285f482af15ddcb29541f94bcf526a3f6c7',
      twoFactorMethod: 'password',
    });
    await sendKeys({ type: DEMO_TOKENS.chatAdminPassword });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el, '[part="notice"]').includes('Saved 1 setting.'), 'not saved');
    expect(serverValue(demo, 'Analytics_features_users')).to.equal(false);
  });
});

describe('<analytics-settings> conflicts with changes made elsewhere', () => {
  afterEach(cleanup);

  async function conflict() {
    const mounted = await mount();
    const { el, demo } = mounted;
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'G-MINE1');
    await tick(el, 'Analytics_features_rooms');
    // A second client changes two settings this form edits, and one it does not, after the load.
    await secondClient(demo, 'GoogleAnalytics_ID', 'G-THEIRS2');
    await secondClient(demo, 'Analytics_features_rooms', false);
    await secondClient(demo, 'Analytics_features_users', false);
    await save(mounted.el);
    const dialog = $(el, 'dialog#conflicts') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no conflict dialog');
    return { ...mounted, dialog };
  }

  it('shows, per changed setting, the loaded value, the server value now and the edit; nothing is written yet', async () => {
    const { el, dialog, wire, demo } = await conflict();
    expect(dialog.matches(':modal')).to.equal(true);
    const fieldsets = [...dialog.querySelectorAll('fieldset')];
    // Rooms: edited here to false and changed there to false, so it agrees: no conflict.
    expect(fieldsets.map((f) => f.querySelector('legend')!.textContent)).to.deep.equal(['Tracking ID']);
    expect(fieldsets[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('When you loaded (empty) On the server now G-THEIRS2 Your edit G-MINE1');
    expect(writes(wire).filter((r) => r.url.includes('/chat/'))).to.have.length(0);
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-THEIRS2');
    expect(button(el, 'Save with these choices', dialog).getAttribute('aria-disabled')).to.equal('true');
    // A setting edited only elsewhere follows the server.
    expect(control(el, 'Analytics_features_users').checked).to.equal(false);
  });

  it('"Keep my edit" overwrites the server knowingly', async () => {
    const { el, dialog, demo } = await conflict();
    (dialog.querySelector('input[value="mine"]') as HTMLInputElement).click();
    await el.updateComplete;
    button(el, 'Save with these choices', dialog).click();
    await waitUntil(() => !dialog.open && !el.dirty, 'not saved');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-MINE1');
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(true);
    expect(serverValue(demo, 'Analytics_features_users')).to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'save', 'focus did not return to Save');
    expect(text(el, '[part="notice"]')).to.contain('Changed on the server meanwhile, and updated here: Users.');
  });

  it('"Take the server\'s value" puts it in the form and does not overwrite it; the other edits are saved', async () => {
    const { el, dialog, demo, wire } = await conflict();
    (dialog.querySelector('input[value="theirs"]') as HTMLInputElement).click();
    await el.updateComplete;
    button(el, 'Save with these choices', dialog).click();
    await waitUntil(() => !dialog.open && !el.dirty, 'not saved');
    expect(control(el, 'GoogleAnalytics_ID').value).to.equal('G-THEIRS2');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-THEIRS2');
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(true);
    const body = await writes(wire).at(-1)!.clone().text();
    expect(body).not.to.contain('GoogleAnalytics_ID');
  });

  it('Escape (or Cancel) saves nothing and keeps the edits', async () => {
    const { el, dialog, demo } = await conflict();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'save', 'focus did not return to Save');
    expect(control(el, 'GoogleAnalytics_ID').value).to.equal('G-MINE1');
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(false);
    expect(text(el, '[part="notice"]')).to.contain('Not saved.');
  });

  it('a server already holding the edited value is no conflict', async () => {
    const { el, demo, wire } = await mount();
    await tick(el, 'Analytics_features_rooms');
    await secondClient(demo, 'Analytics_features_rooms', false);
    await save(el);
    expect(($(el, 'dialog#conflicts') as HTMLDialogElement).open).to.equal(false);
    expect(writes(wire)).to.have.length(0);
    expect(text(el, '[part="notice"]')).to.contain('Nothing left to save.');
    expect(el.dirty).to.equal(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The save flow on its own: a form model, a source in memory, questions answered by the test.

/** A source in memory: what it holds, what it was sent, and what it answers (a two-factor demand, a failure). */
function memorySource(held: Record<string, unknown>) {
  const sent: Array<{ changes: Array<{ id: string; value: unknown }>; twoFactor: TwoFactorCode | undefined }> = [];
  const state = {
    held,
    sent,
    /** Answers the next writes (in order) with these; then saves. */
    answers: [] as Array<Error | 'save'>,
    /** Fails the next read with this. */
    readError: undefined as Error | undefined,
    source: {
      load: async (ids: readonly string[]): Promise<SettingValue[]> => {
        const error = state.readError;
        state.readError = undefined;
        if (error) throw error;
        return ids.filter((id) => id in state.held).map((id) => ({ id, value: state.held[id] }));
      },
      save: async (changes: ReadonlyArray<{ id: string; value: unknown }>, options: { twoFactor?: TwoFactorCode | undefined } = {}) => {
        sent.push({ changes: [...changes], twoFactor: options.twoFactor });
        const answer = state.answers.shift() ?? 'save';
        if (answer !== 'save') throw answer;
        for (const c of changes) state.held[c.id] = c.value;
        return changes.map((c) => ({ id: c.id, ok: true as const }));
      },
    } satisfies SettingsSource,
  };
  return state;
}

const HELD = { GoogleAnalytics_enabled: false, GoogleAnalytics_ID: '', Analytics_features_rooms: true, PiwikAnalytics_enabled: false };

/** A form model loaded from `held`, a flow on it, and what the flow said and asked. */
function flowOn(
  held: Record<string, unknown> = { ...HELD },
  answers: { code?: Array<string | null>; conflicts?: Array<Record<string, Choice> | null> } = {},
  connected = true,
) {
  const memory = memorySource(held);
  const model = new FormModel(ANALYTICS_SECTIONS);
  model.load(Object.entries(held).map(([id, value]) => ({ id, value })), '', undefined);
  const said = { announced: [] as string[], saved: [] as string[][], asked: [] as CodeRequest[], conflicts: [] as Conflict[][], closed: 0, changed: 0 };
  const host: SaveHost = {
    source: () => memory.source,
    timeout: () => 1000,
    connected: () => connected,
    announce: (text) => said.announced.push(text),
    saved: (detail) => said.saved.push(detail.saved),
    changed: () => said.changed++,
    questions: {
      askCode: async (request) => (said.asked.push(request), answers.code?.shift() ?? null),
      closeCode: () => said.closed++,
      askConflicts: async (conflicts) => {
        said.conflicts.push([...conflicts]);
        const choice = answers.conflicts?.shift();
        return choice ? new Map(Object.entries(choice)) : null;
      },
    },
  };
  return { memory, model, said, flow: new SaveFlow(model, host) };
}

describe('SaveFlow, on its own', () => {
  it('reads the server again, writes the changes in one batch, settles the model and says so', async () => {
    const { memory, model, said, flow } = flowOn();
    model.edit({ GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'G-4XK2M9QZ7P' });
    const outcome = await flow.save();
    expect(outcome).to.deep.equal({ kind: 'saved', saved: ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID'], followed: [] });
    expect(memory.sent.map((s) => s.changes)).to.deep.equal([
      [
        { id: 'GoogleAnalytics_enabled', value: true },
        { id: 'GoogleAnalytics_ID', value: 'G-4XK2M9QZ7P' },
      ],
    ]);
    expect(model.dirty).to.equal(false);
    expect(model.busy).to.equal('');
    expect(said.saved).to.deep.equal([['GoogleAnalytics_enabled', 'GoogleAnalytics_ID']]);
    expect(said.announced).to.deep.equal(['Checking the server for changes since loading…', 'Saving 2 settings…']);
  });

  it('a setting not edited here follows the server; nothing left to save is said as such', async () => {
    const { memory, model, flow } = flowOn();
    model.edit({ Analytics_features_rooms: false });
    memory.held['Analytics_features_rooms'] = false;
    memory.held['GoogleAnalytics_ID'] = 'G-THEIRS';
    const outcome = await flow.save();
    expect(outcome).to.deep.equal({ kind: 'nothing', followed: ['GoogleAnalytics_ID'] });
    expect(model.values['GoogleAnalytics_ID']).to.equal('G-THEIRS');
    expect(memory.sent).to.deep.equal([]);
  });

  it('asks which value to keep where both sides changed, writes nothing until then, and applies the choice', async () => {
    const { memory, model, said, flow } = flowOn({ ...HELD }, { conflicts: [{ GoogleAnalytics_ID: 'theirs', Analytics_features_rooms: 'mine' }] });
    model.edit({ GoogleAnalytics_ID: 'G-MINE', Analytics_features_rooms: false });
    memory.held['GoogleAnalytics_ID'] = 'G-THEIRS';
    memory.held['Analytics_features_rooms'] = true;
    const outcome = await flow.save();
    expect(said.conflicts).to.deep.equal([[{ id: 'GoogleAnalytics_ID', loaded: '', server: 'G-THEIRS', mine: 'G-MINE' }]]);
    expect(said.changed).to.equal(1);
    expect(model.values['GoogleAnalytics_ID']).to.equal('G-THEIRS');
    expect(outcome).to.deep.equal({ kind: 'saved', saved: ['Analytics_features_rooms'], followed: [] });
    expect(memory.sent.map((s) => s.changes.map((c) => c.id))).to.deep.equal([['Analytics_features_rooms']]);
  });

  it('the conflict dialog closed: nothing is written, the edits stay', async () => {
    const { memory, model, flow } = flowOn();
    model.edit({ GoogleAnalytics_ID: 'G-MINE' });
    memory.held['GoogleAnalytics_ID'] = 'G-THEIRS';
    expect(await flow.save()).to.deep.equal({ kind: 'cancelled', by: 'conflicts' });
    expect(memory.sent).to.deep.equal([]);
    expect(model.values['GoogleAnalytics_ID']).to.equal('G-MINE');
  });

  it('asks for a code when the server wants one, reads the server again, and sends the SHA-256 of a password, never the password', async () => {
    const { memory, model, said, flow } = flowOn({ ...HELD }, { code: ['wrong', 'secret'] });
    memory.answers = [new TwoFactorError('password'), new TwoFactorError('password', 'invalid')];
    model.edit({ Analytics_features_rooms: false });
    const outcome = await flow.save();
    expect(outcome.kind).to.equal('saved');
    expect(said.asked.map((r) => [r.method, r.state])).to.deep.equal([
      ['password', 'required'],
      ['password', 'invalid'],
    ]);
    expect(memory.sent.map((s) => s.twoFactor)).to.deep.equal([undefined, { code: await sha256Hex('wrong'), method: 'password' }, { code: await sha256Hex('secret'), method: 'password' }]);
    expect(JSON.stringify(memory.sent)).not.to.contain('secret');
    expect(said.closed).to.be.greaterThan(0);
  });

  it('a code asked again right after one was sent is said to be wrong; an empty answer asks for a new e-mailed code', async () => {
    const { memory, model, said, flow } = flowOn({ ...HELD }, { code: ['123456', ''] });
    memory.answers = [new TwoFactorError('email', 'required', { codeGenerated: true, emailOrUsername: 'admin' }), new TwoFactorError('email', 'max-attempts')];
    model.edit({ Analytics_features_rooms: false });
    await flow.save();
    expect(said.asked.map((r) => [r.method, r.state, r.sent, r.to])).to.deep.equal([
      ['email', 'required', true, 'admin'],
      ['email', 'max-attempts', false, ''],
    ]);
    expect(memory.sent.map((s) => s.twoFactor)).to.deep.equal([undefined, { code: '123456', method: 'email' }, undefined]);
  });

  it('the two-factor dialog closed: the outcome says so and nothing more is sent', async () => {
    const { memory, model, flow } = flowOn();
    memory.answers = [new TwoFactorError('totp')];
    model.edit({ Analytics_features_rooms: false });
    expect(await flow.save()).to.deep.equal({ kind: 'cancelled', by: 'two-factor' });
    expect(memory.sent).to.have.length(1);
    expect(model.dirty).to.equal(true);
  });

  it('a refused write marks each setting with why, and a 403 makes the form read-only; the edits stay', async () => {
    const { memory, model, flow } = flowOn();
    memory.answers = [new PermissionError('This account may not do this.', 403)];
    model.edit({ Analytics_features_rooms: false });
    const outcome = await flow.save();
    expect(outcome.kind).to.equal('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.failed.map((f) => [f.id, f.kind])).to.deep.equal([['Analytics_features_rooms', 'permission']]);
    expect(outcome.checking).to.equal(false);
    expect(model.failures.get('Analytics_features_rooms')).to.contain('may not');
    expect(english.text(model.forbidden)).to.contain('The server refused the save');
    expect(model.readOnly).to.equal(true);
    expect(model.values['Analytics_features_rooms']).to.equal(false);
  });

  it('a server that cannot be read before writing: nothing is written, every changed setting is marked', async () => {
    const { memory, model, flow } = flowOn();
    memory.readError = new ServerError('The server failed (HTTP 500).', { status: 500 });
    model.edit({ Analytics_features_rooms: false, GoogleAnalytics_ID: 'G-1' });
    const outcome = await flow.save();
    expect(outcome.kind === 'failed' && outcome.checking).to.equal(true);
    expect(memory.sent).to.deep.equal([]);
    expect([...model.failures.keys()]).to.deep.equal(['GoogleAnalytics_ID', 'Analytics_features_rooms']);
    expect(model.busy).to.equal('');
  });

  it('stops without writing once the form is off the page', async () => {
    const { memory, model, flow } = flowOn({ ...HELD }, {}, false);
    model.edit({ Analytics_features_rooms: false });
    expect(await flow.save()).to.deep.equal({ kind: 'stopped' });
    expect(memory.sent).to.deep.equal([]);
  });
});
