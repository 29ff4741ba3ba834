import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import type AxeCore from 'axe-core';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import { $, cleanup, control, DEMO_TOKENS, json, loaded, makeEdits, mount, previewShown, save, secondClient, startBackend, text, tick, type, writes } from './helpers.js';

// axe-core is a script that sets `window.axe` (it has no ES module export).
const axe = (window as unknown as { axe: typeof AxeCore }).axe;

async function expectAxeClean(el: Element): Promise<void> {
  const result = await axe.run(el);
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).to.deep.equal([]);
}

/** Fills in a configuration that touches every kind of control, with some mistakes. */
async function fillWithMistakes(el: AnalyticsSettings): Promise<void> {
  await previewShown(el);
  await tick(el, 'GoogleAnalytics_enabled');
  await type(el, 'GoogleAnalytics_ID', 'UA-1');
  await tick(el, 'PiwikAnalytics_enabled');
  await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org');
  await type(el, 'PiwikAnalytics_siteId', '17');
  await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://stats.example.net","siteId":4}]');
  await tick(el, 'PiwikAnalytics_cookieDomain');
  await type(el, 'PiwikAnalytics_domains', 'a.com, b.com');
}

describe('<analytics-settings> accessibility', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('is axe-clean loaded, in light and in dark', async () => {
    const { el } = await mount();
    await expectAxeClean(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAxeClean(el);
  });

  it('follows the system colour scheme with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el } = await mount();
    el.theme = 'auto';
    await el.updateComplete;
    expect(el.effectiveTheme).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expectAxeClean(el);
  });

  it('is axe-clean with validation messages, fixes, the row editor and the preview warnings, light and dark', async () => {
    const { el } = await mount();
    await fillWithMistakes(el);
    expect($(el, '[part="pitfalls"]')).to.exist;
    await expectAxeClean(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectAxeClean(el);
  });

  it('is axe-clean while loading, with a load error, and read-only', async () => {
    const slow = await mount({ latency: 500, wait: false });
    await expectAxeClean(slow.el);
    cleanup();
    const failing = await mount({ wait: false, intercept: () => json({ success: false, error: 'boom' }, 500) });
    await waitUntil(() => $(failing.el, '[part="error"]'));
    await expectAxeClean(failing.el);
    expect($(failing.el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
    cleanup();
    const readonly = await mount({ readonly: true });
    await expectAxeClean(readonly.el);
  });

  it('is axe-clean with a failed save, with the two-factor dialog and with the conflict dialog open', async () => {
    const failing = await mount({ intercept: (r) => (r.method === 'POST' ? json({ success: false, error: 'nope' }, 500) : undefined) });
    await makeEdits(failing.el);
    await save(failing.el);
    expect($(failing.el, '[part="notice"]')).to.exist;
    await expectAxeClean(failing.el);
    cleanup();

    const twoFactor = await mount({ user: '2fa' });
    await makeEdits(twoFactor.el);
    await save(twoFactor.el);
    await waitUntil(() => ($(twoFactor.el, 'dialog#two-factor') as HTMLDialogElement).open);
    await expectAxeClean(twoFactor.el);
    ($(twoFactor.el, 'dialog#two-factor') as HTMLDialogElement).close();
    cleanup();

    const conflict = await mount();
    await makeEdits(conflict.el);
    await secondClient(conflict.demo, 'GoogleAnalytics_ID', 'G-OTHER');
    await save(conflict.el);
    await waitUntil(() => ($(conflict.el, 'dialog#conflicts') as HTMLDialogElement).open);
    await expectAxeClean(conflict.el);
    ($(conflict.el, 'dialog#conflicts') as HTMLDialogElement).close();
  });

  it('is axe-clean read-only by rights, with some settings read-only, and with the password prompt', async () => {
    const viewer = await mount({ user: 'viewer' });
    expect($(viewer.el, '[part="readonly-note"]')).to.exist;
    await expectAxeClean(viewer.el);
    cleanup();
    const matomo = await mount({ user: 'matomo' });
    await tick(matomo.el, 'PiwikAnalytics_enabled');
    expect($(matomo.el, '[part="restore-button"]')).to.exist;
    await expectAxeClean(matomo.el);
    cleanup();
    const admin = await mount({ user: 'admin' });
    await tick(admin.el, 'Analytics_features_rooms');
    await save(admin.el);
    const dialog = $(admin.el, 'dialog#two-factor') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    expect(control(admin.el, 'two-factor-code').type).to.equal('password');
    await expectAxeClean(admin.el);
    dialog.close();
  });

  it('is usable with the keyboard alone: Tab to a box, Space ticks it, type, Enter saves', async () => {
    const { el, demo } = await mount();
    const first = control(el, 'GoogleAnalytics_enabled');
    first.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(first.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Reset to default Enable Google Analytics');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('GoogleAnalytics_ID');
    await sendKeys({ type: 'G-KEYS42' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => demo.backend.state.settings.find((s) => s._id === 'GoogleAnalytics_ID')?.value === 'G-KEYS42', 'Enter did not save');
    await waitUntil(() => text(el, '#announcer').includes('Saved 2 settings.'));
  });

  it('announces status changes in a polite live region', async () => {
    const { el } = await mount();
    const region = $(el, '#announcer')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await tick(el, 'Analytics_features_users');
    await save(el);
    expect(region.textContent).to.contain('Saved 1 setting.');
  });

  it('fits 320 px without sideways scrolling, and puts the preview beside the form at 1600 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const narrow = await mount();
    await fillWithMistakes(narrow.el);
    narrow.el.style.width = '320px';
    await narrow.el.updateComplete;
    expect(narrow.el.scrollWidth).to.be.at.most(320);
    const form = $(narrow.el, 'form')!.getBoundingClientRect();
    const preview = $(narrow.el, '[part="preview"]')!.getBoundingClientRect();
    expect(preview.top).to.be.at.least(form.bottom - 1);
    cleanup();

    await setViewport({ width: 1600, height: 900 });
    const wide = await mount();
    wide.el.style.width = '1600px';
    await previewShown(wide.el);
    const wideForm = $(wide.el, 'form')!.getBoundingClientRect();
    const widePreview = $(wide.el, '[part="preview"]')!.getBoundingClientRect();
    expect(widePreview.left).to.be.at.least(wideForm.right);
    expect(wide.el.scrollWidth).to.be.at.most(1600);
  });
});

describe('<analytics-settings readonly>', () => {
  afterEach(cleanup);

  it('shows the values, lets nothing be edited or saved, and says why', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'PiwikAnalytics_enabled', true);
    await secondClient(backend.demo, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings readonly api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'PiwikAnalytics_url').value).to.equal('https://matomo.example.org/');
    expect(control(el, 'PiwikAnalytics_url').readOnly).to.equal(true);
    expect(control(el, 'PiwikAnalytics_enabled').disabled).to.equal(true);
    expect(control(el, 'Analytics_features_messages').disabled).to.equal(true);
    expect($(el, '#save')).to.equal(null);
    expect($(el, '[part="reset-button"]')).to.equal(null);
    expect($(el, '[part="restore-button"]')).to.equal(null);
    expect($(el, '#tracker-add')).to.equal(null);
    expect(text(el, '[part="readonly-note"]')).to.contain('Read-only');
    // The preview still works from the shown values.
    await previewShown(el);
    expect($(el, '#code-chat')!.textContent).to.contain('https://matomo.example.org/js/');
    control(el, 'PiwikAnalytics_url').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(writes(backend.wire)).to.have.length(0);
  });
});
