import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AnalyticsSettings, SettingsErrorDetail } from '../../src/analytics-settings/analytics-settings.js';
import { chunks } from '../../src/analytics-settings/chunks.js';
import { NOT_JSON } from '../../src/analytics-settings/validators.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { $, button, cleanup, control, DEMO_TOKENS, loaded, makeEdits, mount, previewShown, save, secondClient, serverValue, shown, startBackend, text, tick, type, writes } from './helpers.js';

/** What a browser gives when a file imported with import() does not arrive. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/chunks/x.js'));

describe('<analytics-settings> saving, loaded on demand', () => {
  const original = { ...chunks };
  const loadSave = RocketChatSettingsSource.loadSave;
  afterEach(() => {
    Object.assign(chunks, original);
    RocketChatSettingsSource.loadSave = loadSave;
    cleanup();
  });

  it("fetches the code that saves (the form's and the server client's) on the first edit, not with the form", async () => {
    let calls = 0;
    let clientCalls = 0;
    chunks.save = () => {
      calls++;
      return original.save();
    };
    RocketChatSettingsSource.loadSave = () => {
      clientCalls++;
      return loadSave();
    };
    const { el } = await mount();
    expect([calls, clientCalls]).to.deep.equal([0, 0]);
    await tick(el, 'Analytics_features_rooms');
    expect([calls, clientCalls]).to.deep.equal([1, 1]);
    await tick(el, 'Analytics_features_users');
    await save(el);
    expect([calls, clientCalls]).to.deep.equal([1, 1]);
    expect(text(el, '[part="notice"]')).to.contain('Saved 2 settings.');
  });

  it("keeps every edit when the server client's saving code cannot be fetched, says why, and Retry saves", async () => {
    RocketChatSettingsSource.loadSave = offline;
    const { el, demo } = await mount();
    const typed = await makeEdits(el);
    const failed = oneEvent(el, 'dw-settings-error') as Promise<CustomEvent<SettingsErrorDetail>>;
    await save(el);
    expect((await failed).detail.failed.map((f) => [f.id, f.kind])).to.deep.equal(Object.keys(typed).map((id) => [id, 'network']));
    expect(text(el, '[part="notice"]')).to.contain('Your changes were not saved.');
    expect(el.dirty).to.equal(true);
    RocketChatSettingsSource.loadSave = loadSave;
    button(el, 'Retry').click();
    await waitUntil(() => !el.dirty, 'Retry did not save');
    for (const [id, value] of Object.entries(typed)) expect(serverValue(demo, id), id).to.equal(value);
  });

  it('keeps every edit when the code that saves cannot be fetched, says why, and Retry saves', async () => {
    chunks.save = offline;
    const { el, demo, wire } = await mount();
    const typed = await makeEdits(el);
    const failed = oneEvent(el, 'dw-settings-error') as Promise<CustomEvent<SettingsErrorDetail>>;
    await save(el);
    expect((await failed).detail.failed.map((f) => [f.id, f.kind])).to.deep.equal(Object.keys(typed).map((id) => [id, 'network']));
    expect(text(el, '[part="notice"]')).to.contain('Your changes were not saved.');
    expect(text(el, '[part="notice"]')).to.contain('could not be loaded');
    expect(text(el, '[part="notice"]')).to.contain('nothing you typed is lost');
    expect(text(el, '#announcer')).to.contain('not saved');
    expect(writes(wire)).to.have.length(0);
    expect(shown(el, Object.keys(typed))).to.deep.equal(typed);
    expect(el.dirty).to.equal(true);
    expect(text(el, '#save-state')).to.equal('3 unsaved changes.');
    chunks.save = original.save;
    button(el, 'Retry').click();
    await waitUntil(() => text(el, '[part="notice"]').includes('Saved 3 settings.'), 'Retry did not save');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
    expect(el.dirty).to.equal(false);
    expect(control(el, 'GoogleAnalytics_ID').value).to.equal('G-4XK2M9QZ7P');
  });
});

/** A loader that waits for `release()` before loading (and counts its calls). */
function held<T>(load: () => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const state = { calls: 0, release, loader: () => (state.calls++, gate.then(load)) };
  return state;
}

/** `<analytics-settings>` on the demo backend, after another administrator set `values`. */
async function mountWith(values: Record<string, unknown>): Promise<AnalyticsSettings> {
  const backend = startBackend();
  for (const [id, value] of Object.entries(values)) await secondClient(backend.demo, id, value);
  return fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id=${DEMO_TOKENS.chatUserId} .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
}

const MATOMO = { PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://matomo.example.org/', PiwikAnalytics_siteId: '17' };

describe('<analytics-settings> tracking-code preview, loaded on demand', () => {
  const original = { ...chunks };
  afterEach(() => {
    Object.assign(chunks, original);
    cleanup();
  });

  it("shows the form with the settings first, then fetches the preview's code; its place says so meanwhile", async () => {
    const preview = held(original.preview);
    /** What the form showed when the preview's code was asked for. */
    const shownWhenAsked: string[] = [];
    chunks.preview = () => {
      const form = document.querySelector('analytics-settings')?.shadowRoot;
      shownWhenAsked.push(form?.querySelector<HTMLInputElement>('#PiwikAnalytics_url')?.value ?? '(no form)');
      return preview.loader();
    };
    const el = await mountWith(MATOMO);
    await loaded(el);
    await waitUntil(() => preview.calls === 1, 'the preview was not asked for');
    expect(shownWhenAsked).to.deep.equal(['https://matomo.example.org/']);
    // The form is there to read and use, the preview's place says its code is coming.
    expect(control(el, 'PiwikAnalytics_siteId').value).to.equal('17');
    const status = $(el, '[part="preview"] [role="status"]')!;
    expect(status.textContent).to.equal('Loading the tracking code…');
    expect($(el, '#code-chat')).to.equal(null);
    await type(el, 'PiwikAnalytics_siteId', '18');
    expect(el.dirty).to.equal(true);

    preview.release();
    await previewShown(el);
    expect($(el, '[part="preview"] [role="status"]')).to.equal(null);
    expect(text(el, '#code-chat')).to.contain("_paq.push(['setSiteId', 18]);");
    expect(preview.calls).to.equal(1);
  });

  it('is not fetched while the settings cannot be read', async () => {
    let calls = 0;
    chunks.preview = () => (calls++, original.preview());
    const { el } = await mount({ wait: false, intercept: () => new Response('', { status: 502 }) });
    await waitUntil(() => $(el, '[part="error"]'), 'no error box');
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.equal(0);
  });

  it('when its code does not arrive, says so in its place with Retry, and the form works meanwhile', async () => {
    chunks.preview = offline;
    const { el } = await mount();
    await waitUntil(() => text(el, '[part="preview"]').includes('Could not load the tracking-code preview.'), 'no message');
    const message = $(el, '[part="preview"] [role="alert"]')!;
    expect(message.textContent).to.contain('chunks folder');
    await tick(el, 'Analytics_features_rooms');
    expect(el.dirty).to.equal(true);
    chunks.preview = original.preview;
    button(el, 'Retry').click();
    await el.updateComplete;
    expect(text(el, '[part="preview"]')).to.contain('Loading the tracking code…');
    await previewShown(el);
    expect(text(el, '[part="preview"]')).to.contain('Matomo is not enabled');
  });
});

describe('<analytics-settings> where a JSON syntax error is, loaded on demand', () => {
  const original = { ...chunks };
  afterEach(() => {
    Object.assign(chunks, original);
    cleanup();
  });

  it('is not fetched for valid values; the first edit of Additional Piwik Sites fetches it, once', async () => {
    let calls = 0;
    chunks.jsonAt = () => (calls++, original.jsonAt());
    const el = await mountWith({ ...MATOMO, PiwikAdditionalTrackers: '[{"trackerURL": "https://stats.example.net/", "siteId": 4}]' });
    await loaded(el);
    await previewShown(el);
    expect(calls).to.equal(0);
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://stats.example.net/", "siteId": 4},');
    await waitUntil(() => text(el, '#PiwikAdditionalTrackers-error').startsWith('Line 1, column'), 'no line and column');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://stats.example.net/", "siteId": 4} x');
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal('Line 1, column 60: expected "," or "]", found "x".');
    expect(calls).to.equal(1);
  });

  it('a stored value that is not JSON is blocked at once, and its place is said as soon as the code arrives', async () => {
    const jsonAt = held(original.jsonAt);
    chunks.jsonAt = jsonAt.loader;
    const el = await mountWith({ ...MATOMO, PiwikAdditionalTrackers: "[{'trackerURL': 'https://stats.example.net/', 'siteId': 4}]" });
    await loaded(el);
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal(NOT_JSON);
    expect(control(el, 'PiwikAdditionalTrackers').getAttribute('aria-invalid')).to.equal('true');
    expect(jsonAt.calls).to.equal(1);
    jsonAt.release();
    await waitUntil(() => text(el, '#PiwikAdditionalTrackers-error').startsWith('Line'), 'no line and column');
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal('Line 1, column 3: use double quotes (") around keys, not single quotes.');
  });

  it('when its code does not arrive, a syntax error is said without its place, still blocks Save, and the next edit tries again', async () => {
    chunks.jsonAt = offline;
    const el = await mountWith(MATOMO);
    await loaded(el);
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://stats.example.net/", "siteId": 4,}]');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal(NOT_JSON);
    expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '#save-state')).to.contain('Fix 1 setting before saving: Additional Piwik Sites.');
    chunks.jsonAt = original.jsonAt;
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://stats.example.net/", "siteId": 4,},]');
    await waitUntil(() => text(el, '#PiwikAdditionalTrackers-error').startsWith('Line'), 'no line and column');
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal('Line 1, column 58: remove the comma before }.');
  });
});

describe('<analytics-settings> validators, loaded on demand', () => {
  const original = { ...chunks };
  afterEach(() => {
    Object.assign(chunks, original);
    cleanup();
  });

  const GOOGLE_UA = { GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'UA-12345-1' };
  const saveButton = (el: AnalyticsSettings) => control<HTMLButtonElement>(el, 'save');

  it('are fetched right after the form shows the settings; a warning on a stored value shows when they arrive', async () => {
    const validators = held(original.validators);
    /** What the form showed when the validators were asked for. */
    const shownWhenAsked: string[] = [];
    chunks.validators = () => {
      const form = document.querySelector('analytics-settings')?.shadowRoot;
      shownWhenAsked.push(form?.querySelector<HTMLInputElement>('#GoogleAnalytics_ID')?.value ?? '(no form)');
      return validators.loader();
    };
    const el = await mountWith(GOOGLE_UA);
    await loaded(el);
    await waitUntil(() => validators.calls === 1, 'the validators were not asked for');
    expect(shownWhenAsked).to.deep.equal(['UA-12345-1']);
    // The value is there, not judged yet: no warning, and nothing to save.
    expect($(el, '#GoogleAnalytics_ID-warn')).to.equal(null);
    expect(text(el, '#save-state')).to.equal('No unsaved changes.');
    validators.release();
    await waitUntil(() => $(el, '#GoogleAnalytics_ID-warn'), 'no warning once the validators arrived');
    expect(text(el, '#GoogleAnalytics_ID-warn')).to.equal('Google has shut down Universal Analytics (UA-) properties: this one records nothing.');
    expect(control(el, 'GoogleAnalytics_ID').getAttribute('aria-describedby')).to.contain('GoogleAnalytics_ID-warn');
    expect(validators.calls).to.equal(1);
  });

  it('a changed value waits for them: Save says so and saves nothing; when they arrive, a wrong value is refused and a right one saves', async () => {
    const validators = held(original.validators);
    chunks.validators = validators.loader;
    const { el, demo, wire } = await mount();
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'g-4xk2m9qz7p');
    expect($(el, '#GoogleAnalytics_ID-error')).to.equal(null);
    expect(text(el, '#save-state')).to.equal('Checking Tracking ID…');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    saveButton(el).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(writes(wire)).to.have.length(0);
    expect(el.dirty).to.equal(true);
    validators.release();
    await waitUntil(() => $(el, '#GoogleAnalytics_ID-error'), 'the value was not judged once the validators arrived');
    expect(text(el, '#GoogleAnalytics_ID-error')).to.equal('Tracking IDs are written in capitals: G-4XK2M9QZ7P.');
    expect(text(el, '#save-state')).to.equal('Fix 1 setting before saving: Tracking ID.');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Use G-4XK2M9QZ7P').click();
    await el.updateComplete;
    await save(el);
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
    expect(el.dirty).to.equal(false);
  });

  it('when their code does not arrive, say so with Retry and never save an unchecked value; Retry judges the settings', async () => {
    chunks.validators = offline;
    const { el, wire } = await mount();
    await waitUntil(() => text(el).includes('Could not load the checks of the settings.'), 'the failure was not said');
    expect($(el, '[part="error"] [part="retry-button"]')).to.exist;
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'UA-1');
    expect(text(el, '#save-state')).to.equal('Save waits until Tracking ID can be checked.');
    expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
    saveButton(el).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(writes(wire)).to.have.length(0);
    chunks.validators = original.validators;
    button(el, 'Retry').click();
    await waitUntil(() => $(el, '#GoogleAnalytics_ID-error'), 'Retry did not bring the validators');
    expect(text(el).includes('Could not load the checks of the settings.')).to.equal(false);
    expect(text(el, '#GoogleAnalytics_ID-error')).to.contain('This is not a tracking ID');
    expect(text(el, '#save-state')).to.equal('Fix 1 setting before saving: Tracking ID.');
    expect(writes(wire)).to.have.length(0);
  });
});
