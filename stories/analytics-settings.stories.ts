import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/analytics-settings/define.js';
import type { AnalyticsSettings } from '../src/analytics-settings/analytics-settings.js';
import type { SettingSaveResult, SettingsSource, SettingValue } from '../src/api/settings-source.js';
import { NetworkError, PermissionError, ServerError } from '../src/api/errors.js';
import { TwoFactorError } from '../src/api/two-factor-error.js';
import { DEMO_TOKENS } from '../src/demo/handler.js';

interface Args {
  apiBase: string;
  userId: string;
  token: string;
  readonly: boolean;
  compact: boolean;
  timeout: number;
  theme: 'auto' | 'light' | 'dark';
  locale: string;
  /** Keeps the story's own theme (the toolbar's theme picker leaves it alone). */
  fixedTheme?: boolean;
  source?: SettingsSource;
}

/** A configured Matomo, for the stories that need values. */
const CONFIGURED: Record<string, unknown> = {
  GoogleAnalytics_enabled: true,
  GoogleAnalytics_ID: 'G-4XK2M9QZ7P',
  Analytics_features_messages: true,
  Analytics_features_rooms: true,
  Analytics_features_users: false,
  PiwikAnalytics_enabled: true,
  PiwikAnalytics_url: 'https://matomo.example.org/',
  PiwikAnalytics_siteId: '17',
  PiwikAdditionalTrackers: '[\n  {"trackerURL": "https://stats.example.net/", "siteId": 42}\n]',
  PiwikAnalytics_prependDomain: true,
  PiwikAnalytics_cookieDomain: false,
  PiwikAnalytics_domains: 'example.com\nalias.example.org',
};

const DEFAULTS: Record<string, unknown> = {
  GoogleAnalytics_enabled: false,
  GoogleAnalytics_ID: '',
  Analytics_features_messages: true,
  Analytics_features_rooms: true,
  Analytics_features_users: true,
  PiwikAnalytics_enabled: false,
  PiwikAnalytics_url: '',
  PiwikAnalytics_siteId: '',
  PiwikAdditionalTrackers: '',
  PiwikAnalytics_prependDomain: false,
  PiwikAnalytics_cookieDomain: false,
  PiwikAnalytics_domains: '',
};

/**
 * A settings source kept in memory, for states the demo server does not produce on its own:
 * a slow or failing server, a partial save, a change made elsewhere between load and save.
 */
function memorySource(
  options: {
    values?: Record<string, unknown>;
    load?: (call: number, values: Record<string, unknown>) => Promise<void> | void;
    save?: (changes: ReadonlyArray<{ id: string; value: unknown }>) => SettingSaveResult[] | undefined;
    /** Which settings the user may change (default: every one). */
    editable?: string[];
  } = {},
): SettingsSource {
  const values = { ...DEFAULTS, ...(options.values ?? {}) };
  let calls = 0;
  return {
    async load(ids): Promise<SettingValue[]> {
      await options.load?.(++calls, values);
      return ids.filter((id) => id in values).map((id) => ({ id, value: values[id], packageValue: DEFAULTS[id] }));
    },
    ...(options.editable ? { access: async () => ({ editable: options.editable!, reason: 'This account may change only some settings (manage-selected-settings); the others are read-only.' }) } : {}),
    async save(changes) {
      const custom = options.save?.(changes);
      const results = custom ?? changes.map((c) => ({ id: c.id, ok: true as const }));
      for (const r of results) if (r.ok) values[r.id] = changes.find((c) => c.id === r.id)!.value;
      return results;
    },
  };
}

/** Waits for the form and the tracking-code preview (its code comes right after the form), then lets a story act like a user. */
async function ready(canvas: HTMLElement): Promise<AnalyticsSettings> {
  const el = canvas.querySelector('analytics-settings')!;
  for (let i = 0; i < 200 && !(el.shadowRoot?.querySelector('form') && el.shadowRoot.getElementById('preview-host')); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

function setValue(el: AnalyticsSettings, id: string, value: string | boolean): void {
  const control = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  if (typeof value === 'boolean') {
    if (control.checked !== value) control.click();
  } else {
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

async function edit(el: AnalyticsSettings, changes: Array<[string, string | boolean]>): Promise<void> {
  for (const [id, value] of changes) {
    setValue(el, id, value);
    await el.updateComplete;
  }
}

async function clickSave(el: AnalyticsSettings): Promise<void> {
  (el.shadowRoot!.getElementById('save') as HTMLButtonElement).click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Analytics Settings',
  component: 'analytics-settings',
  tags: ['autodocs'],
  args: {
    apiBase: '/chat/',
    userId: DEMO_TOKENS.chatUserId,
    token: DEMO_TOKENS.chatToken,
    readonly: false,
    compact: false,
    timeout: 15,
    theme: 'auto',
    locale: '',
  },
  argTypes: {
    apiBase: { control: 'text', description: 'Rocket.Chat root (`api-base`).' },
    userId: { control: 'text', description: '`user-id`, sent as X-User-Id.' },
    token: { control: 'text', description: 'Personal access token, sent as X-Auth-Token.' },
    readonly: { control: 'boolean' },
    compact: { control: 'boolean' },
    timeout: { control: { type: 'number', min: 1, max: 600, step: 1 }, description: 'Request timeout in seconds, 1 to 600.' },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
    locale: { control: 'text' },
    source: { control: false },
    fixedTheme: { control: false, table: { disable: true } },
  },
  parameters: {
    // Values the Storybook smoke check types into the text controls (scripts/storybook-smoke.mjs).
    controlSamples: {
      apiBase: ['', '/chat/'],
      userId: [DEMO_TOKENS.chatViewerUserId, DEMO_TOKENS.chatUserId],
      token: ['not-a-valid-token', DEMO_TOKENS.chatToken],
      locale: ['de-DE', 'en-US'],
    },
    docs: {
      description: {
        component:
          "Rocket.Chat's Administration > Settings > Analytics as an embeddable form. The stories talk to the demo Rocket.Chat at `/chat/`, which, like a default Rocket.Chat, asks to confirm every change: `demo-admin` with its password `demo-admin-password`, `demo-2fa` with the authenticator code 123456, `demo-email` with the e-mailed code 246810; `demo-matomo` may change the Matomo settings only, `demo-viewer` nothing. The failure states use a `source` object.",
      },
    },
  },
  render: (args) => html`<analytics-settings
    api-base=${args.apiBase}
    user-id=${args.userId}
    .token=${args.token}
    ?readonly=${args.readonly}
    ?compact=${args.compact}
    timeout=${args.timeout}
    theme=${args.theme}
    ?data-story-theme-fixed=${args.fixedTheme ?? false}
    locale=${ifDefined(args.locale || undefined)}
    .source=${args.source}
  ></analytics-settings>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The demo Rocket.Chat, as an administrator who may edit. */
export const Default: Story = {};

/** A configured server: Google Analytics and Matomo on, with the tracking-code preview filled in. */
export const Configured: Story = {
  args: { source: memorySource({ values: CONFIGURED }) },
};

/** Loading: the server has not answered yet. */
export const Loading: Story = {
  args: { source: memorySource({ load: () => new Promise(() => undefined) }) },
};

/** The settings could not be read: the reason and a Retry button. */
export const LoadError: Story = {
  args: {
    source: memorySource({
      load: () => {
        // As the Rocket.Chat client says it (a message in the reader's language, the status as sent).
        throw new ServerError({ key: 'The server failed (HTTP {status}). Try again later.', params: { status: '503 Service Unavailable' } }, { status: 503 });
      },
    }),
  },
};

/** Edits with mistakes: every validator speaks, with its fix where there is one, and the preview warns of the pitfalls. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [
      ['GoogleAnalytics_enabled', true],
      ['GoogleAnalytics_ID', 'UA-1234'],
      ['PiwikAnalytics_enabled', true],
      ['PiwikAnalytics_url', 'https://matomo.example.org'],
      ['PiwikAnalytics_siteId', 'seventeen'],
      ['PiwikAdditionalTrackers', '[\n  {"trackerURL": "https://stats.example.net/", "siteId": 42}\n  {"trackerURL": "https://b.example", "siteID": 7}\n]'],
      ['PiwikAnalytics_cookieDomain', true],
      ['PiwikAnalytics_domains', 'https://example.com/docs\nfoo.org, bar.org'],
    ]);
  },
};

/** Unsaved, valid edits: Save is enabled, the fields are marked, leaving the page warns. */
export const UnsavedChanges: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [
      ['PiwikAnalytics_enabled', true],
      ['PiwikAnalytics_url', 'https://matomo.example.org/'],
      ['PiwikAnalytics_siteId', '17'],
      ['Analytics_features_users', false],
    ]);
  },
};

/** Saved: the success message. */
export const Saved: Story = {
  args: { source: memorySource() },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['Analytics_features_rooms', false]]);
    await clickSave(el);
  },
};

/** The network failed during the save: every edit is kept, each setting says why, Retry is offered. */
export const SaveFailed: Story = {
  args: {
    source: memorySource({
      save: (changes) => changes.map((c) => ({ id: c.id, ok: false as const, error: new NetworkError('https://chat.example.com/api/v1/settings') })),
    }),
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [
      ['GoogleAnalytics_enabled', true],
      ['GoogleAnalytics_ID', 'G-4XK2M9QZ7P'],
    ]);
    await clickSave(el);
  },
};

/** Some settings saved, one refused by the server: reported per setting. */
export const PartialSuccess: Story = {
  args: {
    source: memorySource({
      save: (changes) =>
        changes.map((c) =>
          c.id === 'PiwikAnalytics_siteId'
            ? { id: c.id, ok: false as const, error: new ServerError({ key: 'The server refused a value ({detail}).', params: { detail: 'Invalid value for PiwikAnalytics_siteId' } }, { status: 400, code: 'Match.Error' }) }
            : { id: c.id, ok: true as const },
        ),
    }),
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [
      ['PiwikAnalytics_enabled', true],
      ['PiwikAnalytics_url', 'https://matomo.example.org/'],
      ['PiwikAnalytics_siteId', '17'],
    ]);
    await clickSave(el);
  },
};

/** The plain administrator of a default Rocket.Chat: Save asks for the password (demo-admin-password), sent only as its SHA-256. */
export const PasswordConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['Analytics_features_rooms', !(el.shadowRoot!.getElementById('Analytics_features_rooms') as HTMLInputElement).checked]]);
    await clickSave(el);
  },
};

/** A user with codes by e-mail: Save says a code was sent (the demo sends nothing; the code is 246810). */
export const EmailCode: Story = {
  args: { userId: DEMO_TOKENS.chatEmailUserId, token: DEMO_TOKENS.chatEmailToken },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['Analytics_features_users', !(el.shadowRoot!.getElementById('Analytics_features_users') as HTMLInputElement).checked]]);
    await clickSave(el);
  },
};

/** Too many wrong e-mailed codes: the dialog says so plainly and offers to send a new one. */
export const TooManyWrongCodes: Story = {
  args: {
    source: memorySource({
      save: () => {
        throw new TwoFactorError('email', 'max-attempts', { codeGenerated: false, emailOrUsername: 'mail.admin' });
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['Analytics_features_users', false]]);
    await clickSave(el);
  },
};

/** The demo user with two-factor authentication: Save asks for the code (123456) in a dialog. */
export const TwoFactor: Story = {
  args: { userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['Analytics_features_messages', !(el.shadowRoot!.getElementById('Analytics_features_messages') as HTMLInputElement).checked]]);
    await clickSave(el);
  },
};

/** Someone changed a setting on the server after the form was loaded: choose, per setting, whose value wins. */
export const Conflict: Story = {
  args: {
    source: memorySource({
      values: CONFIGURED,
      load: (call, values) => {
        if (call === 2) values['GoogleAnalytics_ID'] = 'G-CHANGED9ELSEWHERE';
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [['GoogleAnalytics_ID', 'G-MYEDIT1']]);
    await clickSave(el);
  },
};

/** The `readonly` attribute: values shown, nothing editable. */
export const ReadOnly: Story = {
  args: { readonly: true, source: memorySource({ values: CONFIGURED }) },
};

/** A user who may change nothing (the demo viewer): a read-only form that says why, before any edit. */
export const NoPermission: Story = {
  args: { userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken },
};

/** A user who may change the Matomo settings only (manage-selected-settings): the others are read-only. */
export const SomeSettingsReadOnly: Story = {
  args: { userId: DEMO_TOKENS.chatMatomoUserId, token: DEMO_TOKENS.chatMatomoToken },
};

/** Values that work in Rocket.Chat are accepted: a protocol-relative URL, a site id in quotes, a path in Hide Outgoing Links (warnings where something is unusual). */
export const ValuesThatWork: Story = {
  args: {
    source: memorySource({
      values: {
        ...CONFIGURED,
        PiwikAnalytics_url: '//piwik.rocket.chat/',
        PiwikAdditionalTrackers: '[\n  {"trackerURL": "https://stats.example.net/", "siteId": "42", "name": "shop"}\n]',
        PiwikAnalytics_domains: 'example.com/shop\nalias.example.org',
      },
    }),
  },
};

/** 100,000 characters in Additional Piwik Sites: a bounded number of rows, messages and lines of code, with counts of the rest. */
export const LargeValue: Story = {
  args: {
    source: memorySource({
      values: {
        ...CONFIGURED,
        PiwikAdditionalTrackers: JSON.stringify(Array.from({ length: 1700 }, (_, i) => ({ trackerURL: `https://stats${i}.example.net`, siteId: i + 1 }))),
      },
    }),
  },
};

/** The save is refused after all (the rights changed since loading): the form turns read-only and keeps the edits. */
export const PermissionDenied: Story = {
  args: {
    source: memorySource({
      save: (changes) => changes.map((c) => ({ id: c.id, ok: false as const, error: new PermissionError({ key: 'This account may not change these settings ({detail}).', params: { detail: 'Editing settings is not allowed' } }) })),
    }),
  },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await edit(el, [
      ['GoogleAnalytics_enabled', true],
      ['GoogleAnalytics_ID', 'G-4XK2M9QZ7P'],
    ]);
    await clickSave(el);
  },
};

/** The dark theme (fixed, whatever the toolbar says). */
export const Dark: Story = {
  args: { theme: 'dark', fixedTheme: true, source: memorySource({ values: CONFIGURED }) },
  decorators: [(story) => html`<div style=${styleMap({ background: '#0b0d10', padding: '16px' })}>${story()}</div>`],
};

/** 320 px wide: one column, the preview below the form. */
export const Narrow: Story = {
  args: { source: memorySource({ values: CONFIGURED }) },
  decorators: [(story) => html`<div style=${styleMap({ width: '320px', outline: '1px dashed #999' })}>${story()}</div>`],
};
