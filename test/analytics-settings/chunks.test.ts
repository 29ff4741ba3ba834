import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SettingsErrorDetail } from '../../src/analytics-settings/analytics-settings.js';
import { chunks } from '../../src/analytics-settings/chunks.js';
import { RocketChatSettingsSource } from '../../src/api/settings-source.js';
import { button, cleanup, control, makeEdits, mount, save, serverValue, shown, text, tick, writes } from './helpers.js';

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
