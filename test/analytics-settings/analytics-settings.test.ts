import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SettingsChangeDetail } from '../../src/analytics-settings/analytics-settings.js';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import type { SettingsSource } from '../../src/api/settings-source.js';
import { ANALYTICS_SETTING_IDS, settingDefinition } from '../../src/analytics-settings/schema.js';
import {
  $,
  button,
  buttonName,
  cleanup,
  confirm,
  control,
  DEMO_TOKENS,
  description,
  field,
  hang,
  json,
  loaded,
  makeEdits,
  methodCall,
  mount,
  path,
  previewShown,
  rowEditor,
  save,
  secondClient,
  serverValue,
  shown,
  startBackend,
  text,
  tick,
  type,
  writes,
} from './helpers.js';

describe('<analytics-settings> loading', () => {
  afterEach(cleanup);

  it('reads the Analytics group and the rights in one round trip, the credentials in X-User-Id and X-Auth-Token headers, never in a URL, and fires dw-settings-load', async () => {
    const backend = startBackend();
    const el = document.createElement('analytics-settings');
    el.setAttribute('api-base', '/chat/');
    el.setAttribute('user-id', DEMO_TOKENS.chatUserId);
    el.setAttribute('token', DEMO_TOKENS.chatToken);
    const event = oneEvent(el, 'dw-settings-load');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.readOnly).to.equal(false);
      expect(detail.values).to.include({ GoogleAnalytics_enabled: false, Analytics_features_messages: true, PiwikAnalytics_url: '' });
      expect(Object.keys(detail.values)).to.have.length(12);
      expect(el.hasAttribute('token')).to.equal(false);
      // Three requests leave at once: the values (public, so without credentials), who the user is
      // (also the check of the credentials) and which role has which permission.
      expect(backend.wire.map(path)).to.have.members([`/chat/api/v1/settings.public?_id=${ANALYTICS_SETTING_IDS.join(',')}&count=12`, '/chat/api/v1/me', '/chat/api/v1/permissions.listAll']);
      for (const r of backend.wire) {
        expect(r.method).to.equal('GET');
        const checked = !path(r).startsWith('/chat/api/v1/settings.public');
        expect(r.headers.get('x-user-id')).to.equal(checked ? DEMO_TOKENS.chatUserId : null);
        expect(r.headers.get('x-auth-token')).to.equal(checked ? DEMO_TOKENS.chatToken : null);
        expect(r.url).not.to.contain(DEMO_TOKENS.chatToken);
      }
      expect($(el, '[part="readonly-note"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('renders the three sections, in order, with the labels and descriptions of Rocket.Chat', async () => {
    const { el } = await mount();
    const headings = [...el.shadowRoot!.querySelectorAll('section.group h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Google Analytics', 'Features Enabled', 'Matomo / Piwik']);
    // The controls' accessible names: an Enable box is named with its product (its visible label is "Enable").
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('section.group [data-setting] [part="control"]')].map(
      (c) => c.getAttribute('aria-label') ?? c.labels![0]!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.deep.equal([
      'Enable Google Analytics',
      'Tracking ID',
      'Messages',
      'Rooms',
      'Users',
      'Enable Matomo',
      'URL',
      'Client ID',
      'Additional Piwik Sites',
      'Prepend Domain',
      'All Subdomains',
      'Hide Outgoing Links',
    ]);
    expect(text(el, '[data-setting="Analytics_features_messages"]')).to.contain('Tracks custom events related to actions a user does on messages.');
    expect(text(el, '[data-setting="Analytics_features_rooms"]')).to.contain('actions on a channel or group (create, leave, delete)');
    expect(text(el, '[data-setting="Analytics_features_users"]')).to.contain('(password reset times, profile picture change, etc)');
    expect(text(el, '[data-setting="PiwikAnalytics_url"]')).to.contain('trailing slash');
    expect(control(el, 'Analytics_features_messages').checked).to.equal(true);
    expect(control(el, 'GoogleAnalytics_enabled').checked).to.equal(false);
  });

  it('shows a busy placeholder while loading, then the form', async () => {
    const { el } = await mount({ latency: 300, wait: false });
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect(text(el)).to.contain('Loading the Analytics settings');
    await loaded(el);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });

  it('shows why loading failed with Retry, and loads on Retry', async () => {
    let fail = true;
    const { el } = await mount({ wait: false, intercept: () => (fail ? new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) : undefined) });
    await waitUntil(() => $(el, '[part="error"]'), 'no error box');
    expect(text(el, '[part="error"]')).to.contain('Could not load the Analytics settings');
    expect(text(el, '[part="error"]')).to.contain('HTTP 502');
    fail = false;
    (($(el, '[part="retry-button"]') as HTMLButtonElement)).click();
    await loaded(el);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('says the token was refused on a 401, without retrying by itself', async () => {
    const backend = startBackend();
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${'wrong-token'}></analytics-settings>`);
    await waitUntil(() => $(el, '[part="error"]'), 'no error box');
    expect(text(el, '[part="error"]')).to.contain('did not accept the user id and token');
    await new Promise((r) => setTimeout(r, 100));
    // Who the user is and the permissions, each asked once with the token (beside the public read), never again.
    expect(backend.wire.filter((r) => r.headers.has('x-auth-token')).map(path)).to.have.members(['/chat/api/v1/me', '/chat/api/v1/permissions.listAll']);
    expect(backend.wire).to.have.length(3);
  });

  it('flags a value that is invalid on the server as soon as the form shows', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'PiwikAnalytics_enabled', true);
    await secondClient(backend.demo, 'PiwikAnalytics_url', 'https://matomo.example.org');
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'PiwikAnalytics_url').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#PiwikAnalytics_url-error')).to.contain('Add the trailing slash');
    expect(text(el, '#PiwikAnalytics_siteId-error')).to.contain('Enter the site id');
    await previewShown(el);
    expect(text(el, '[part="pitfalls"]')).to.contain('no trailing slash');
  });

  it('uses a source given as a property instead of the REST API', async () => {
    const saved: unknown[] = [];
    const source: SettingsSource = {
      load: async (ids) => ids.map((id) => ({ id, value: id === 'GoogleAnalytics_enabled' ? true : id === 'GoogleAnalytics_ID' ? 'G-FROMSOURCE' : undefined })),
      save: async (changes) => {
        saved.push(...changes);
        return changes.map((c) => ({ id: c.id, ok: true as const }));
      },
    };
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings .source=${source}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'GoogleAnalytics_ID').value).to.equal('G-FROMSOURCE');
    await type(el, 'GoogleAnalytics_ID', 'G-NEW1');
    await save(el);
    expect(saved).to.deep.equal([{ id: 'GoogleAnalytics_ID', value: 'G-NEW1' }]);
  });
});

describe('<analytics-settings> dependent fields', () => {
  afterEach(cleanup);

  it('keeps Tracking ID disabled until Enable is ticked, judged on the unsaved value', async () => {
    const { el, demo } = await mount();
    expect(control(el, 'GoogleAnalytics_ID').disabled).to.equal(true);
    expect(description(el, 'GoogleAnalytics_ID')).to.contain('Tick Enable Google Analytics to change this.');
    await tick(el, 'GoogleAnalytics_enabled');
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(false);
    expect(control(el, 'GoogleAnalytics_ID').disabled).to.equal(false);
    await tick(el, 'GoogleAnalytics_enabled');
    expect(control(el, 'GoogleAnalytics_ID').disabled).to.equal(true);
  });

  it('unlocks the six Matomo settings with its Enable box, and nothing else', async () => {
    const { el } = await mount();
    const matomo = ['PiwikAnalytics_url', 'PiwikAnalytics_siteId', 'PiwikAdditionalTrackers', 'PiwikAnalytics_prependDomain', 'PiwikAnalytics_cookieDomain', 'PiwikAnalytics_domains'];
    for (const id of matomo) expect(control(el, id).disabled, id).to.equal(true);
    expect(control(el, 'Analytics_features_rooms').disabled).to.equal(false);
    await tick(el, 'PiwikAnalytics_enabled');
    for (const id of matomo) expect(control(el, id).disabled, id).to.equal(false);
    expect(control(el, 'GoogleAnalytics_ID').disabled).to.equal(true);
  });

  it('follows a value loaded from the server: an enabled server setting unlocks its fields at once', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'PiwikAnalytics_enabled', true);
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'PiwikAnalytics_url').disabled).to.equal(false);
  });
});

describe('<analytics-settings> validation as you type', () => {
  afterEach(cleanup);

  async function piwik(el: AnalyticsSettings) {
    await tick(el, 'PiwikAnalytics_enabled');
  }

  it('Tracking ID: an invalid ID is flagged next to the field and tied to it; a valid one clears it', async () => {
    const { el } = await mount();
    await tick(el, 'GoogleAnalytics_enabled');
    expect(description(el, 'GoogleAnalytics_ID')).to.contain('Enter the tracking ID');
    await type(el, 'GoogleAnalytics_ID', 'UA-123');
    const input = control(el, 'GoogleAnalytics_ID');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#GoogleAnalytics_ID-error')).to.contain('This is not a tracking ID');
    expect(description(el, 'GoogleAnalytics_ID')).to.contain('This is not a tracking ID');
    await type(el, 'GoogleAnalytics_ID', 'G-4XK2M9QZ7P');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#GoogleAnalytics_ID-error')).to.equal(null);
    await type(el, 'GoogleAnalytics_ID', 'UA-12345-1');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(description(el, 'GoogleAnalytics_ID')).to.contain('Google has shut down Universal Analytics (UA-) properties');
  });

  it("Tracking ID: says what Rocket.Chat's Google Analytics code really records, and points to Google Tag Manager", async () => {
    const { el } = await mount();
    const advice = text(el, '#GoogleAnalytics_ID-advice');
    expect(advice).to.contain('records nothing for G- IDs');
    expect(advice).to.contain('Google has shut down UA- properties');
    expect(advice).to.contain('Google Tag Manager Id (Administration › Settings › General)');
    await tick(el, 'GoogleAnalytics_enabled');
    expect(description(el, 'GoogleAnalytics_ID')).to.contain('records nothing for G- IDs');
  });

  it('URL: offers to add the missing trailing slash, and the fix lands in the field', async () => {
    const { el } = await mount();
    await piwik(el);
    await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org');
    expect(text(el, '#PiwikAnalytics_url-error')).to.contain('Add the trailing slash');
    button(el, 'Add the trailing slash').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(control(el, 'PiwikAnalytics_url').value).to.equal('https://matomo.example.org/');
    expect($(el, '#PiwikAnalytics_url-error')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('PiwikAnalytics_url');
    await type(el, 'PiwikAnalytics_url', 'ftp://matomo.example.org/');
    expect(text(el, '#PiwikAnalytics_url-error')).to.contain('Use an https://');
  });

  it('Client ID: a positive whole number', async () => {
    const { el } = await mount();
    await piwik(el);
    await type(el, 'PiwikAnalytics_siteId', 'seventeen');
    expect(text(el, '#PiwikAnalytics_siteId-error')).to.contain('positive whole number');
    await type(el, 'PiwikAnalytics_siteId', '0');
    expect(text(el, '#PiwikAnalytics_siteId-error')).to.contain('start at 1');
    await type(el, 'PiwikAnalytics_siteId', '17');
    expect($(el, '#PiwikAnalytics_siteId-error')).to.equal(null);
  });

  it('Additional Piwik Sites: a syntax error says line and column, a shape error item and key', async () => {
    const { el } = await mount();
    await piwik(el);
    await type(el, 'PiwikAdditionalTrackers', '[\n  {"trackerURL": "https://a.example/", "siteId": 42}\n  {"trackerURL": "https://b.example/", "siteId": 7}\n]');
    // The place of a syntax error comes with the code that finds it, fetched on this first edit.
    await waitUntil(() => text(el, '#PiwikAdditionalTrackers-error').startsWith('Line'), 'no line and column');
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.equal('Line 3, column 3: expected "," or "]", found "{".');
    expect(control(el, 'PiwikAdditionalTrackers').getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://a.example/", "siteId": 42}, {"trackerURL": "https://b.example", "siteId": "x"}]');
    const errors = text(el, '#PiwikAdditionalTrackers-error');
    expect(errors).to.contain('Item 2, "trackerURL": add the trailing slash');
    expect(errors).to.contain('Item 2, "siteId": must be a positive whole number');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL": "https://a.example/", "siteId": 42}]');
    expect($(el, '#PiwikAdditionalTrackers-error')).to.equal(null);
  });

  it('Hide Outgoing Links: flags separators and schemes by line, accepts paths, and cleans the list up', async () => {
    const { el } = await mount();
    await piwik(el);
    await type(el, 'PiwikAnalytics_domains', 'example.com\nfoo.org, bar.org\nhttps://docs.example.net/guide');
    const errors = text(el, '#PiwikAnalytics_domains-error');
    expect(errors).to.contain('Line 2: one domain a line, without separators');
    expect(errors).to.contain('Line 3: remove "https://"');
    button(el, 'Clean up the list').click();
    await el.updateComplete;
    expect(control<HTMLTextAreaElement>(el, 'PiwikAnalytics_domains').value).to.equal('example.com\nfoo.org\nbar.org\ndocs.example.net/guide');
    expect($(el, '#PiwikAnalytics_domains-error')).to.equal(null);
    // Matomo's setDomains accepts host/path.
    await type(el, 'PiwikAnalytics_domains', 'example.com/path');
    expect($(el, '#PiwikAnalytics_domains-error')).to.equal(null);
    await type(el, 'PiwikAnalytics_domains', 'example.com:8080');
    expect(text(el, '#PiwikAnalytics_domains-error')).to.contain('Line 1: remove the port ":8080"');
  });

  it('does not judge the fields of an unticked Enable box', async () => {
    const { el } = await mount();
    await piwik(el);
    await type(el, 'PiwikAnalytics_url', 'not a url');
    expect($(el, '#PiwikAnalytics_url-error')).to.exist;
    await tick(el, 'PiwikAnalytics_enabled');
    expect($(el, '#PiwikAnalytics_url-error')).to.equal(null);
  });
});

describe('<analytics-settings> Additional Piwik Sites row editor', () => {
  afterEach(cleanup);

  // The row editor is that setting's own editor: its schema entry names the code that loads it.
  const trackers = settingDefinition('PiwikAdditionalTrackers')!;

  it('is loaded when Matomo is enabled, and only then', async () => {
    let loads = 0;
    const original = trackers.editor!;
    trackers.editor = () => {
      loads++;
      return original();
    };
    try {
      const { el } = await mount();
      await new Promise((r) => setTimeout(r, 50));
      expect($(el, '[part="trackers"]')).to.equal(null);
      expect(loads).to.equal(0);
      await tick(el, 'PiwikAnalytics_enabled');
      await rowEditor(el);
      await tick(el, 'PiwikAnalytics_enabled');
      expect($(el, '[part="trackers"]')).to.equal(null);
      await tick(el, 'PiwikAnalytics_enabled');
      expect($(el, '[part="trackers"]')).to.exist;
      expect(loads).to.equal(1);
    } finally {
      trackers.editor = original;
    }
  });

  it('when it cannot be loaded, the JSON text is edited alone', async () => {
    const original = trackers.editor!;
    trackers.editor = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const { el } = await mount();
      await tick(el, 'PiwikAnalytics_enabled');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect($(el, '[part="trackers"]')).to.equal(null);
      await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example/","siteId":1}]');
      await previewShown(el);
      expect(text(el, '#code-chat')).to.contain("'addTracker', 'https://a.example/js/', 1");
      expect(control<HTMLTextAreaElement>(el, 'PiwikAdditionalTrackers').value).to.contain('a.example');
      // Without its full check, the value is judged as JSON only: text that is not JSON still blocks Save.
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example","siteId":1}]');
      expect($(el, '#PiwikAdditionalTrackers-error')).to.equal(null);
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('false');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example","siteId":1},]');
      await waitUntil(() => text(el, '#PiwikAdditionalTrackers-error').startsWith('Line'), 'no line and column');
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('true');
    } finally {
      trackers.editor = original;
    }
  });

  it('brings the full check of the setting: until it is there, a changed value waits for it before it can be saved', async () => {
    const original = trackers.editor!;
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    trackers.editor = () => arrived.then(original);
    try {
      const { el } = await mount();
      await tick(el, 'PiwikAnalytics_enabled');
      await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
      await type(el, 'PiwikAnalytics_siteId', '17');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example","siteId":1}]');
      expect($(el, '#PiwikAdditionalTrackers-error')).to.equal(null);
      expect(text(el, '#save-state')).to.equal('Checking Additional Piwik Sites…');
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('true');
      release();
      await rowEditor(el);
      expect(text(el, '#PiwikAdditionalTrackers-error')).to.contain('Item 1, "trackerURL": add the trailing slash');
      expect(text(el, '#save-state')).to.equal('Fix 1 setting before saving: Additional Piwik Sites.');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example/","siteId":1}]');
      expect(control<HTMLButtonElement>(el, 'save').getAttribute('aria-disabled')).to.equal('false');
    } finally {
      trackers.editor = original;
    }
  });

  it('adds, edits and removes tracker rows in step with the JSON text, and the other way round', async () => {
    const { el } = await mount();
    await tick(el, 'PiwikAnalytics_enabled');
    await rowEditor(el);
    const textarea = () => control<HTMLTextAreaElement>(el, 'PiwikAdditionalTrackers');
    expect(text(el, '[part="trackers"]')).to.contain('No additional tracker.');

    button(el, 'Add tracker').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('tracker-url-0');
    await type(el, 'tracker-url-0', 'https://stats.example.net/');
    await type(el, 'tracker-site-0', '42');
    expect(JSON.parse(textarea().value)).to.deep.equal([{ trackerURL: 'https://stats.example.net/', siteId: 42 }]);

    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example/","siteId":1},{"trackerURL":"https://b.example/","siteId":2}]');
    expect(control(el, 'tracker-url-1').value).to.equal('https://b.example/');
    expect(control(el, 'tracker-site-0').value).to.equal('1');

    button(el, 'Remove tracker 1').click();
    await el.updateComplete;
    expect(JSON.parse(textarea().value)).to.deep.equal([{ trackerURL: 'https://b.example/', siteId: 2 }]);
    button(el, 'Remove tracker 1').click();
    await el.updateComplete;
    expect(textarea().value).to.equal('');
  });

  it('marks the row and key of a shape error, and steps aside while the text is not a list of trackers', async () => {
    const { el } = await mount();
    await tick(el, 'PiwikAnalytics_enabled');
    await rowEditor(el);
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example","siteId":1}]');
    expect(control(el, 'tracker-url-0').getAttribute('aria-invalid')).to.equal('true');
    expect(description(el, 'tracker-url-0')).to.contain('add the trailing slash');
    expect(control(el, 'tracker-site-0').getAttribute('aria-invalid')).to.equal('false');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":');
    expect($(el, '#tracker-url-0')).to.equal(null);
    expect(text(el, '[part="trackers-note"]')).to.contain('edit the JSON text below');
  });
});

describe('<analytics-settings> Save, Cancel and Reset', () => {
  afterEach(cleanup);

  it('keeps Save disabled while nothing changed or a changed value cannot work, and says why', async () => {
    const { el, wire } = await mount();
    const saveButton = control<HTMLButtonElement>(el, 'save');
    expect(saveButton.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '#save-state')).to.equal('No unsaved changes.');
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'G-abc');
    expect(saveButton.getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '#save-state')).to.equal('Fix 1 setting before saving: Tracking ID.');
    const before = wire.length;
    saveButton.click();
    await el.updateComplete;
    expect(wire.length).to.equal(before);
    await type(el, 'GoogleAnalytics_ID', 'G-ABC123');
    expect(saveButton.getAttribute('aria-disabled')).to.equal('false');
    expect(text(el, '#save-state')).to.equal('2 unsaved changes.');
  });

  it('an empty required field left alone does not block saving: it is flagged, the change that enabled it is saved', async () => {
    const { el, demo } = await mount();
    await tick(el, 'GoogleAnalytics_enabled');
    expect(text(el, '#GoogleAnalytics_ID-error')).to.contain('Enter the tracking ID');
    expect(text(el, '#save-state')).to.equal('1 unsaved change.');
    await save(el);
    expect(serverValue(demo, 'GoogleAnalytics_enabled')).to.equal(true);
  });

  it('Cancel restores the loaded values and sends nothing', async () => {
    const { el, wire } = await mount();
    await makeEdits(el);
    const before = wire.length;
    const changed = oneEvent(el, 'dw-settings-change');
    button(el, 'Cancel').click();
    expect((await changed).detail).to.deep.equal({ dirty: false, changed: [], valid: true });
    await el.updateComplete;
    expect(shown(el, ['GoogleAnalytics_enabled', 'Analytics_features_rooms'])).to.deep.equal({ GoogleAnalytics_enabled: false, Analytics_features_rooms: true });
    expect(el.dirty).to.equal(false);
    expect(wire.length).to.equal(before);
  });

  it('Reset to default stages the default (packageValue) without saving it', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'Analytics_features_rooms', false);
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'Analytics_features_rooms').checked).to.equal(false);
    const reset = button(el, 'Reset to default Rooms');
    expect(() => button(el, 'Reset to default Messages')).to.throw();
    reset.click();
    await el.updateComplete;
    expect(control(el, 'Analytics_features_rooms').checked).to.equal(true);
    expect(text(el, '[data-setting="Analytics_features_rooms"]')).to.contain('Unsaved');
    expect(writes(backend.wire)).to.have.length(0);
    expect(serverValue(backend.demo, 'Analytics_features_rooms')).to.equal(false);
    await save(el);
    expect(serverValue(backend.demo, 'Analytics_features_rooms')).to.equal(true);
  });

  it('checks the server again, saves every change in one type-checked batch (saveSettings), reports success and fires dw-settings-save', async () => {
    const { el, demo, wire } = await mount();
    await makeEdits(el);
    const loadsBefore = wire.filter((r) => r.method === 'GET').length;
    const saved = oneEvent(el, 'dw-settings-save');
    await save(el);
    expect((await saved).detail).to.deep.equal({
      saved: ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID', 'Analytics_features_rooms'],
      values: { GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'G-4XK2M9QZ7P', Analytics_features_rooms: false },
    });
    expect(wire.filter((r) => r.method === 'GET').length).to.be.greaterThan(loadsBefore);
    // On its own origin the widget tries the bulk route first; Rocket.Chat 7.x has none (405, empty body).
    const posts = writes(wire);
    expect(posts.map(path)).to.deep.equal(['/chat/api/v1/settings', '/chat/api/v1/method.call/saveSettings']);
    expect(posts[1]!.headers.get('content-type')).to.equal('application/json');
    expect((await methodCall(posts[1]!)).params).to.deep.equal([
      [
        { _id: 'GoogleAnalytics_enabled', value: true },
        { _id: 'GoogleAnalytics_ID', value: 'G-4XK2M9QZ7P' },
        { _id: 'Analytics_features_rooms', value: false },
      ],
    ]);
    for (const r of wire) expect(r.url).not.to.contain(DEMO_TOKENS.chatNoTwoFactorToken);
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
    expect(text(el, '[part="notice"]')).to.contain('Saved 3 settings.');
    expect(text(el, '#announcer')).to.contain('Saved 3 settings.');
    expect(el.dirty).to.equal(false);
    expect(text(el)).not.to.contain('Unsaved');
  });

  it("remembers that the server has no bulk route (7.x's 405 with an empty body, or a 404): later saves go straight to saveSettings", async () => {
    for (const missing of ['405', '404'] as const) {
      const { el, demo, wire, intercept } = await mount();
      if (missing === '404') intercept((r) => (r.method === 'POST' && new URL(r.url).pathname === '/chat/api/v1/settings' ? json({ success: false, error: 'Not Found' }, 404) : undefined));
      await makeEdits(el);
      await save(el);
      await type(el, 'GoogleAnalytics_ID', 'G-SECOND2');
      await save(el);
      expect(writes(wire).map(path), missing).to.deep.equal(['/chat/api/v1/settings', '/chat/api/v1/method.call/saveSettings', '/chat/api/v1/method.call/saveSettings']);
      expect(serverValue(demo, 'GoogleAnalytics_ID'), missing).to.equal('G-SECOND2');
      expect(text(el, '[part="notice"]'), missing).to.contain('Saved 1 setting.');
      cleanup();
    }
  });

  it('on its own origin, Rocket.Chat 8.6: saves through the bulk route, the code in x-2fa headers, asked again every time', async () => {
    const { el, demo, wire } = await mount({ version: '8.6', user: '2fa' });
    await makeEdits(el);
    await save(el);
    await confirm(el, DEMO_TOKENS.twoFactorCode);
    await waitUntil(() => text(el, '[part="notice"]').includes('Saved 3 settings.'), 'not saved');
    const posts = writes(wire);
    expect(posts.map(path)).to.deep.equal(['/chat/api/v1/settings', '/chat/api/v1/settings']);
    expect(await posts[1]!.json()).to.deep.equal({
      settings: [
        { _id: 'GoogleAnalytics_enabled', value: true },
        { _id: 'GoogleAnalytics_ID', value: 'G-4XK2M9QZ7P' },
        { _id: 'Analytics_features_rooms', value: false },
      ],
    });
    expect(posts[1]!.headers.get('x-2fa-code')).to.equal(DEMO_TOKENS.twoFactorCode);
    expect(posts[1]!.headers.get('x-2fa-method')).to.equal('totp');
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
    // The bulk route never remembers a code.
    await tick(el, 'Analytics_features_users');
    await save(el);
    await waitUntil(() => ($(el, 'dialog#two-factor') as HTMLDialogElement).open, 'no code asked on the second save');
  });

  it('fires dw-settings-change on user edits with the dirty state, changed ids and validity; not when a property is set', async () => {
    const { el } = await mount();
    const events: SettingsChangeDetail[] = [];
    el.addEventListener('dw-settings-change', (e) => events.push(e.detail));
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'G-A1');
    el.theme = 'dark';
    el.locale = 'de';
    await el.updateComplete;
    await type(el, 'GoogleAnalytics_ID', 'nope');
    expect(events).to.deep.equal([
      { dirty: true, changed: ['GoogleAnalytics_enabled'], valid: true },
      { dirty: true, changed: ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID'], valid: true },
      { dirty: true, changed: ['GoogleAnalytics_enabled', 'GoogleAnalytics_ID'], valid: false },
    ]);
  });

  it('warns before leaving the page while there are unsaved changes, and not after saving', async () => {
    const { el } = await mount();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await tick(el, 'Analytics_features_users');
    expect(leave()).to.equal(true);
    await save(el);
    expect(leave()).to.equal(false);
    await tick(el, 'Analytics_features_users');
    expect(leave()).to.equal(true);
    el.remove();
    expect(leave()).to.equal(false);
  });

  it('keeps an edit when the connection changes and the settings are read again', async () => {
    const { el, demo } = await mount();
    await tick(el, 'GoogleAnalytics_enabled');
    await secondClient(demo, 'Analytics_features_users', false);
    el.userId = DEMO_TOKENS.chatTwoFactorUserId;
    el.token = DEMO_TOKENS.chatTwoFactorToken;
    await waitUntil(() => !control(el, 'Analytics_features_users').checked, 'the untouched setting did not follow the server');
    expect(control(el, 'GoogleAnalytics_enabled').checked).to.equal(true);
    expect(el.dirty).to.equal(true);
  });
});

describe('<analytics-settings> removal and moves', () => {
  afterEach(cleanup);

  const elsewhere = () => {
    const box = document.createElement('div');
    document.body.append(box);
    return box;
  };
  const gets = (wire: Request[]) => wire.filter((r) => r.method === 'GET');
  /** Loads started: each asks who the user is once (also the check of the credentials). */
  const loads = (wire: Request[]) => gets(wire).filter((r) => r.url.endsWith('/api/v1/me'));
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('removal aborts the load; back in the page it loads again', async () => {
    const { el, wire, intercept } = await mount({ wait: false, intercept: (r) => hang(r) });
    await waitUntil(() => gets(wire).length === 3, 'no load started');
    const parent = el.parentElement!;
    el.remove();
    expect(gets(wire).every((r) => r.signal.aborted), 'the load still runs').to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    intercept(undefined);
    parent.append(el);
    await loaded(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(loads(wire)).to.have.length(2);
  });

  it('a move in the page keeps the edits and the leave warning, and reads nothing again', async () => {
    const { el, wire } = await mount();
    const typed = await makeEdits(el);
    const before = wire.length;
    const box = elsewhere();
    try {
      box.append(el);
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(wire.length, 'requests after the move').to.equal(before);
      expect(shown(el, Object.keys(typed))).to.deep.equal(typed);
      expect(el.dirty).to.equal(true);
      expect(leave()).to.equal(true);
    } finally {
      box.remove();
    }
    expect(leave()).to.equal(false);
  });

  it('a removed widget with unsaved edits does not hold the page, even when it renders again after the removal', async () => {
    const { el } = await mount();
    await tick(el, 'Analytics_features_users');
    expect(leave()).to.equal(true);
    el.remove();
    // What finishes after the removal (a save, an announcement) still renders the element.
    el.requestUpdate();
    await el.updateComplete;
    expect(leave()).to.equal(false);
  });

  it('a move while loading finishes the load', async () => {
    const { el, wire } = await mount({ wait: false, latency: 150 });
    await waitUntil(() => gets(wire).length === 3, 'no load started');
    const box = elsewhere();
    try {
      box.append(el);
      await loaded(el);
      expect(gets(wire).slice(0, 3).every((r) => r.signal.aborted)).to.equal(true);
      expect(loads(wire)).to.have.length(2);
      expect($(el, '[part="error"]')).to.equal(null);
    } finally {
      box.remove();
    }
  });

  it('removal while saving aborts the save and keeps every edit; back in the page it reads the server again and saves', async () => {
    const { el, demo, wire, intercept } = await mount();
    const typed = await makeEdits(el);
    intercept((r) => (r.method === 'POST' ? hang(r) : undefined));
    control<HTMLButtonElement>(el, 'save').click();
    await waitUntil(() => writes(wire).length === 1, 'no write started');
    const parent = el.parentElement!;
    el.remove();
    expect(writes(wire)[0]!.signal.aborted, 'the write still runs').to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    intercept(undefined);
    await secondClient(demo, 'Analytics_features_users', false);
    const before = loads(wire).length;
    parent.append(el);
    await waitUntil(() => !control(el, 'Analytics_features_users').checked, 'the settings were not read again');
    expect(loads(wire).length).to.equal(before + 1);
    expect(shown(el, Object.keys(typed))).to.deep.equal(typed);
    expect(text(el, '[part="notice"]')).to.contain('Saving stopped');
    expect(text(el, '[part="notice"]')).to.contain('Every edit is kept');
    await save(el);
    expect(el.dirty).to.equal(false);
    expect(serverValue(demo, 'GoogleAnalytics_ID')).to.equal('G-4XK2M9QZ7P');
  });
});

describe('<analytics-settings> tracking-code preview', () => {
  afterEach(cleanup);

  async function configure(el: AnalyticsSettings) {
    await previewShown(el);
    await tick(el, 'PiwikAnalytics_enabled');
    await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    await type(el, 'PiwikAnalytics_siteId', '17');
  }

  it("shows the code the chat server will inject, from the unsaved values, in Rocket.Chat's order", async () => {
    const { el } = await mount();
    await previewShown(el);
    expect(text(el, '[part="preview"]')).to.contain('Matomo is not enabled: the chat server injects no Matomo code.');
    await configure(el);
    await tick(el, 'PiwikAnalytics_prependDomain');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://stats.example.net/","siteId":42}]');
    const code = $(el, '#code-chat')!.textContent!;
    const order = ['trackPageView', 'enableLinkTracking', 'setDocumentTitle', 'addTracker', 'setTrackerUrl', 'setSiteId'].map((m) => code.indexOf(`'${m}'`));
    expect(order.every((at) => at >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(code).to.contain("_paq.push(['setTrackerUrl', 'https://matomo.example.org/js/']);");
    expect(code).to.contain("_paq.push(['addTracker', 'https://stats.example.net/js/', 42]);");
    expect(code).to.contain("_paq.push(['setSiteId', 17]);");
  });

  it('offers a standalone snippet with disableCookies before trackPageView, which can be turned off', async () => {
    const { el } = await mount();
    await configure(el);
    const snippet = () => $(el, '#code-snippet')!.textContent!;
    expect(snippet().indexOf("'disableCookies'")).to.be.within(0, snippet().indexOf("'trackPageView'"));
    control(el, 'cookieless').click();
    await el.updateComplete;
    expect(snippet()).not.to.contain('disableCookies');
  });

  it('warns of "*.com" with All Subdomains on a two-label host, and of a missing trailing slash', async () => {
    const { el } = await mount();
    await configure(el);
    await tick(el, 'PiwikAnalytics_cookieDomain');
    await type(el, 'preview-host', 'example.com');
    expect(text(el, '[part="pitfalls"]')).to.contain('sets the cookie domain "*.com"');
    expect($(el, '#code-chat')!.textContent).to.contain("_paq.push(['setCookieDomain', '*.com']);");
    await type(el, 'preview-host', 'chat.example.com');
    expect($(el, '[part="pitfalls"]')).to.equal(null);
    await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org');
    expect(text(el, '[part="pitfalls"]')).to.contain('would load https://matomo.example.orgjs/');
  });

  it('copies each code with its Copy button', async () => {
    const { el } = await mount();
    await configure(el);
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      copied.push(value);
    };
    try {
      button(el, 'Copy the code the chat server injects').click();
      await waitUntil(() => copied.length === 1);
      button(el, 'Copy the Matomo snippet').click();
      await waitUntil(() => copied.length === 2);
    } finally {
      navigator.clipboard.writeText = original;
    }
    await el.updateComplete;
    expect(copied[0]).to.equal($(el, '#code-chat')!.textContent);
    expect(copied[1]).to.equal($(el, '#code-snippet')!.textContent);
    expect(text(el, '#announcer')).to.contain('Copied');
  });

  it('selects the code and says how to copy it when the clipboard is refused', async () => {
    const { el } = await mount();
    await configure(el);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      button(el, 'Copy the code the chat server injects').click();
      await waitUntil(() => text(el, '#announcer').includes('Ctrl+C'));
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('takes its host name from api-base', async () => {
    const source: SettingsSource = {
      load: async (ids) => ids.map((id) => ({ id, value: id === 'PiwikAnalytics_enabled' || id === 'PiwikAnalytics_cookieDomain' ? true : id === 'PiwikAnalytics_url' ? 'https://m.example.org/' : '' })),
      save: async () => [],
    };
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="https://example.com/chat/" .source=${source}></analytics-settings>`);
    await previewShown(el);
    expect(control(el, 'preview-host').value).to.equal('example.com');
    expect(text(el, '[part="pitfalls"]')).to.contain('"*.com"');
  });
});

describe('<analytics-settings> fields the server lacks', () => {
  afterEach(cleanup);

  it('shows them disabled with a note and never saves them', async () => {
    const source: SettingsSource = {
      load: async (ids) => ids.filter((id) => !id.startsWith('Analytics_features')).map((id) => ({ id, value: id === 'GoogleAnalytics_enabled' })),
      save: async (changes) => changes.map((c) => ({ id: c.id, ok: true as const })),
    };
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings .source=${source}></analytics-settings>`);
    await loaded(el);
    expect(control(el, 'Analytics_features_rooms').disabled).to.equal(true);
    expect(text(el, '[data-setting="Analytics_features_rooms"]')).to.contain('This server does not have this setting.');
    expect(field(el, 'GoogleAnalytics_ID')).to.exist;
  });
});

describe('<analytics-settings> Restore defaults of a section', () => {
  afterEach(cleanup);

  it("stages every setting of the section back to Rocket.Chat's default, sends nothing, and Save writes them", async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'PiwikAnalytics_enabled', true);
    await secondClient(backend.demo, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    await secondClient(backend.demo, 'PiwikAnalytics_siteId', '17');
    await secondClient(backend.demo, 'Analytics_features_rooms', false);
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id="demo-admin" .token=${DEMO_TOKENS.chatNoTwoFactorToken}></analytics-settings>`);
    await loaded(el);
    // Only the sections that differ from their defaults offer it.
    expect([...el.shadowRoot!.querySelectorAll('[part="restore-button"]')].map(buttonName)).to.deep.equal([
      'Restore defaults of Features Enabled',
      'Restore defaults of Matomo / Piwik',
    ]);
    const changes: string[][] = [];
    el.addEventListener('dw-settings-change', (e) => changes.push(e.detail.changed));
    button(el, 'Restore defaults of Matomo / Piwik').click();
    await el.updateComplete;
    expect(shown(el, ['PiwikAnalytics_enabled', 'PiwikAnalytics_url', 'PiwikAnalytics_siteId', 'Analytics_features_rooms'])).to.deep.equal({
      PiwikAnalytics_enabled: false,
      PiwikAnalytics_url: '',
      PiwikAnalytics_siteId: '',
      Analytics_features_rooms: false,
    });
    expect(changes).to.deep.equal([['PiwikAnalytics_enabled', 'PiwikAnalytics_url', 'PiwikAnalytics_siteId']]);
    expect(text(el, '#announcer')).to.contain('Matomo / Piwik: 3 settings back to their defaults; save to apply.');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'PiwikAnalytics_enabled', 'the focus did not go to the first setting restored');
    expect(writes(backend.wire)).to.have.length(0);
    expect(serverValue(backend.demo, 'PiwikAnalytics_url')).to.equal('https://matomo.example.org/');
    await save(el);
    expect(serverValue(backend.demo, 'PiwikAnalytics_url')).to.equal('');
    expect(serverValue(backend.demo, 'PiwikAnalytics_enabled')).to.equal(false);
    expect(serverValue(backend.demo, 'Analytics_features_rooms')).to.equal(false);
  });

  it('leaves out what the user may not change', async () => {
    const backend = startBackend();
    await secondClient(backend.demo, 'Analytics_features_rooms', false);
    await secondClient(backend.demo, 'PiwikAnalytics_prependDomain', true);
    const el = await fixture<AnalyticsSettings>(html`<analytics-settings api-base="/chat/" user-id=${DEMO_TOKENS.chatMatomoUserId} .token=${DEMO_TOKENS.chatMatomoToken}></analytics-settings>`);
    await loaded(el);
    expect(() => button(el, 'Restore defaults of Features Enabled')).to.throw();
    button(el, 'Restore defaults of Matomo / Piwik').click();
    await el.updateComplete;
    expect(shown(el, ['PiwikAnalytics_prependDomain', 'Analytics_features_rooms'])).to.deep.equal({ PiwikAnalytics_prependDomain: false, Analytics_features_rooms: false });
  });
});

describe('<analytics-settings> what the tracking sends', () => {
  afterEach(cleanup);

  it('says that Messages sends room names and ids, and that Users off does not stop setUserId', async () => {
    const { el } = await mount();
    await previewShown(el);
    expect($(el, '[part="notes"]')).to.equal(null);
    await tick(el, 'PiwikAnalytics_enabled');
    expect(text(el, '[part="notes"]')).to.contain('each message sent is reported with its room’s name and id');
    expect(text(el, '[part="notes"]')).to.contain('(setUserId), even with Users off');
    await tick(el, 'Analytics_features_messages');
    await tick(el, 'Analytics_features_users');
    expect(text(el, '[part="notes"]')).not.to.contain('room’s name');
    expect(text(el, '[part="notes"]')).to.contain('setUserId');
  });
});

describe('<analytics-settings> large values', () => {
  afterEach(cleanup);

  const trackers = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ trackerURL: `https://stats${i}.example.net`, siteId: i + 1 })));

  it('a 100,000-character Additional Piwik Sites shows a bounded number of rows, messages and code lines, with counts of the rest', async () => {
    const { el } = await mount();
    await previewShown(el);
    await tick(el, 'PiwikAnalytics_enabled');
    await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    await type(el, 'PiwikAnalytics_siteId', '17');
    const value = trackers(1700);
    expect(value.length).to.be.within(90_000, 110_000);
    await type(el, 'PiwikAdditionalTrackers', value);
    await rowEditor(el);
    expect(el.shadowRoot!.querySelectorAll('[part="tracker-row"]')).to.have.length(50);
    expect(text(el, '[part="trackers"]')).to.contain('The first 50 of 1,700 trackers; the 1,650 others are in the JSON text below.');
    const errors = el.shadowRoot!.querySelectorAll('#PiwikAdditionalTrackers-error li');
    expect(errors.length).to.equal(13);
    expect(errors[12]!.textContent).to.equal('… and 1,688 more problems in other items.');
    const pitfalls = el.shadowRoot!.querySelectorAll('[part="pitfalls"] li');
    expect([...pitfalls].at(-1)!.textContent).to.equal('… and 1,697 more additional trackers without a trailing slash.');
    expect(text(el, '[part="pitfalls"]').length).to.be.below(2000);
    const code = $(el, '#code-chat')!.textContent!;
    expect(code.match(/'addTracker'/g)).to.have.length(20);
    expect(code).to.contain('// … and 1680 more addTracker calls, one per item of Additional Piwik Sites.');
    expect(el.shadowRoot!.innerHTML.length).to.be.below(400_000);
  });

  it('a 100,000-character text, which the chat server reads letter by letter, does not build 100,000 lines', async () => {
    const { el } = await mount();
    await previewShown(el);
    await tick(el, 'PiwikAnalytics_enabled');
    // The full check of Additional Piwik Sites comes with its row editor, once Matomo is enabled.
    await rowEditor(el);
    await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
    await type(el, 'PiwikAdditionalTrackers', JSON.stringify('x'.repeat(100_000)));
    expect(text(el, '#PiwikAdditionalTrackers-error')).to.contain('must be a list in square brackets');
    const code = $(el, '#code-chat')!.textContent!;
    expect(code.match(/'addTracker'/g)).to.have.length(20);
    expect(code).to.contain('… and 99980 more addTracker calls');
    expect(el.shadowRoot!.querySelectorAll('[part="pitfalls"] li').length).to.be.at.most(8);
    expect(el.shadowRoot!.innerHTML.length).to.be.below(400_000);
  });
});

describe('<analytics-settings> CSS parts through its sub-elements', () => {
  afterEach(cleanup);

  it('::part() from the page reaches the parts of the fields, the row editor, the preview and the dialogs', async () => {
    const parts = ['field', 'control', 'changed-badge', 'field-error', 'reset-button', 'trackers', 'tracker-row', 'add-tracker-button', 'preview', 'code', 'copy-button', 'dialog', 'section', 'save-button'];
    const sheet = document.createElement('style');
    sheet.textContent = parts.map((p, i) => `analytics-settings::part(${p}) { outline: 1px solid rgb(${i + 1}, 2, 3); }`).join('\n');
    document.head.append(sheet);
    const reached = (el: AnalyticsSettings, names: string[]) =>
      names.forEach((p) => {
        const found = el.shadowRoot!.querySelector(`[part~="${p}"]`);
        expect(found, p).to.exist;
        expect(getComputedStyle(found!).outlineColor, p).to.equal(`rgb(${parts.indexOf(p) + 1}, 2, 3)`);
      });
    try {
      const { el } = await mount({ user: 'admin' });
      await tick(el, 'PiwikAnalytics_enabled');
      await rowEditor(el);
      await type(el, 'PiwikAnalytics_url', 'not a url');
      await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example/","siteId":1}]');
      await previewShown(el);
      reached(el, parts.filter((p) => p !== 'dialog'));
      await type(el, 'PiwikAnalytics_url', 'https://matomo.example.org/');
      await type(el, 'PiwikAnalytics_siteId', '17');
      await save(el);
      await waitUntil(() => ($(el, 'dialog#two-factor') as HTMLDialogElement).open, 'no dialog');
      reached(el, ['dialog']);
      ($(el, 'dialog#two-factor') as HTMLDialogElement).close();
    } finally {
      sheet.remove();
    }
  });
});
