import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AnalyticsSettings, SettingsSaveErrorDetail } from '../../src/analytics-settings/analytics-settings.js';
import { chunks } from '../../src/analytics-settings/chunks.js';
import { $, button, cleanup, control, DEMO_TOKENS, loaded, makeEdits, mount, save, secondClient, serverValue, shown, startBackend, text, tick, writes } from './helpers.js';

/** What a browser gives when a file imported with import() does not arrive. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/chunks/x.js'));

describe('<analytics-settings> parts loaded on demand', () => {
  const original = { ...chunks };
  afterEach(() => {
    Object.assign(chunks, original);
    cleanup();
  });

  it('fetches the validators and the preview beside the settings, not after them', async () => {
    const order: string[] = [];
    chunks.parts = () => {
      order.push('parts');
      return original.parts();
    };
    const { el } = await mount({
      latency: 100,
      intercept: () => {
        order.push('settings');
        return undefined;
      },
    });
    expect(order[0]).to.equal('parts');
    expect(order.filter((o) => o === 'parts')).to.have.length(1);
    expect($(el, '[part="preview"]')).to.exist;
  });

  it('flags a value that is invalid on the server as soon as the form shows', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'PiwikAnalytics_enabled', true);
    await secondClient(backend.demo, 'PiwikAnalytics_url', 'https://matomo.example.org');
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatToken}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'PiwikAnalytics_url').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#PiwikAnalytics_url-error')).to.contain('Add the trailing slash');
    expect(text(el, '#PiwikAnalytics_siteId-error')).to.contain('Enter the site id');
    expect(text(el, '[part="pitfalls"]')).to.contain('no trailing slash');
  });

  it('fetches the code that saves on the first edit, not with the form', async () => {
    let calls = 0;
    chunks.save = () => {
      calls++;
      return original.save();
    };
    const { el } = await mount();
    expect(calls).to.equal(0);
    await tick(el, 'Analytics_features_rooms');
    expect(calls).to.equal(1);
    await tick(el, 'Analytics_features_users');
    await save(el);
    expect(calls).to.equal(1);
    expect(text(el, '[part="notice"]')).to.contain('Saved 2 settings.');
  });

  it('says so, with Retry, when the validators and preview cannot be fetched; Retry shows the form', async () => {
    chunks.parts = offline;
    const { el } = await mount({ wait: false });
    await waitUntil(() => $(el, '[part="error"]'), 'no error box');
    expect(text(el, '[part="error"]')).to.contain('Could not load the Analytics settings');
    expect(text(el, '[part="error"]')).to.contain('could not be loaded');
    expect($(el, 'form')).to.equal(null);
    chunks.parts = original.parts;
    button(el, 'Retry').click();
    await loaded(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '#code-snippet, [part="preview"]')).to.exist;
  });

  it('keeps every edit when the code that saves cannot be fetched, says why, and Retry saves', async () => {
    chunks.save = offline;
    const { el, demo, wire } = await mount();
    const typed = await makeEdits(el);
    const failed = oneEvent(el, 'dw-settings-save-error') as Promise<CustomEvent<SettingsSaveErrorDetail>>;
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
