import type { Text } from '../i18n/types.js';
import type { SettingEditor } from './editor.js';
import type { ValidatorName } from './validators.js';

/**
 * Rocket.Chat's Analytics settings group: ids, types, defaults, labels, descriptions, which
 * Enable box each setting depends on, and the sections they are shown in. Each entry carries what
 * is particular to its setting: the name of its validator (validators.ts) and, for one that has it, an editor of
 * its own (Additional Piwik Sites: its row editor, trackers-editor.ts). The form, its fields and
 * saving read everything from here; adding a setting is adding an entry.
 */

export type SettingType = 'boolean' | 'string';

/** A setting value as the form edits it. */
export type SettingFormValue = boolean | string;

export interface SettingDefinition {
  id: string;
  type: SettingType;
  /** Multi-line text (a textarea). */
  multiline?: boolean;
  /** Rocket.Chat's default (`packageValue`), used when the server does not send one. */
  default: boolean | string;
  /**
   * Visible label. Here and below: a message (`Text`), said in the reader's language, or a
   * string, said as it is (a product's name, a setting of your own).
   */
  label: Text | string;
  /** The accessible name, when the visible label is not unique ("Enable Google Analytics" for "Enable"). */
  name?: Text | string;
  description?: Text | string;
  /** Advice shown under the control whatever its value (what the setting really does). */
  advice?: Text | string;
  /** The id of the Enable box this setting needs ticked; disabled until it is. */
  dependsOn?: string;
  /** A value is needed while the setting is enabled. */
  required?: boolean;
  /** The kind of text typed, for the input's type and on-screen keyboard. */
  inputMode?: 'url' | 'numeric';
  /**
   * The validator that judges the value as it is typed (text settings): what blocks saving,
   * advice, a one-click fix. Named, not imported: the validators' code comes right after the form
   * shows the settings (`VALIDATORS` in validators.ts); a changed value waits for it before it can be saved.
   */
  validate?: ValidatorName;
  /**
   * The value is JSON text: the validator gets the locator of syntax errors (json-at.ts), whose
   * code is fetched on the first edit of the setting or for a stored value that is not JSON.
   */
  json?: boolean;
  /**
   * An editor of its own beside the text control, and maybe a fuller validator (see editor.ts):
   * loaded the first time the setting is enabled; the text control works without it.
   */
  editor?: () => Promise<SettingEditor>;
}

export interface SectionDefinition {
  id: string;
  /** A message, or a product's name (said as it is). */
  title: Text | string;
  settings: readonly SettingDefinition[];
}

export const GOOGLE_ENABLED = 'GoogleAnalytics_enabled';
export const GOOGLE_ID = 'GoogleAnalytics_ID';
export const FEATURES_MESSAGES = 'Analytics_features_messages';
export const PIWIK_ENABLED = 'PiwikAnalytics_enabled';
export const PIWIK_URL = 'PiwikAnalytics_url';
export const PIWIK_SITE_ID = 'PiwikAnalytics_siteId';
export const PIWIK_TRACKERS = 'PiwikAdditionalTrackers';
export const PIWIK_PREPEND_DOMAIN = 'PiwikAnalytics_prependDomain';
export const PIWIK_COOKIE_DOMAIN = 'PiwikAnalytics_cookieDomain';
export const PIWIK_DOMAINS = 'PiwikAnalytics_domains';

type Extra = Partial<Omit<SettingDefinition, 'id' | 'type' | 'label'>>;
const check = (id: string, label: Text, fallback: boolean, extra?: Extra): SettingDefinition => ({ id, type: 'boolean', default: fallback, label, ...extra });
const text = (id: string, label: Text, extra?: Extra): SettingDefinition => ({ id, type: 'string', default: '', label, ...extra });
const feature = (name: string, label: Text, description: Text) => check(`Analytics_features_${name}`, label, true, { description });
const piwik: Extra = { dependsOn: PIWIK_ENABLED };
// {product}: a product's name (Google Analytics, Matomo).
const enable = (product: string): Extra => ({ name: { key: 'Enable {product}', params: { product } } });

// The labels and descriptions of Rocket.Chat's settings, in our words (the products' names are
// messages too, which every language keeps as they are).
export const ANALYTICS_SECTIONS: readonly SectionDefinition[] = [
  {
    id: 'google',
    title: { key: 'Google Analytics' },
    settings: [
      check(GOOGLE_ENABLED, { key: 'Enable' }, false, enable('Google Analytics')),
      text(GOOGLE_ID, { key: 'Tracking ID' }, {
        validate: 'trackingId',
        description: { key: 'Your Google Analytics ID: G-XXXXXXXXXX, or UA-XXXXXXX-X for an older property.' },
        advice: {
          key: 'Rocket.Chat’s Google Analytics code records nothing for G- IDs, and Google has shut down UA- properties: for Google Analytics 4, use the Google Tag Manager Id (Administration › Settings › General).',
        },
        dependsOn: GOOGLE_ENABLED,
        required: true,
      }),
    ],
  },
  {
    id: 'features',
    title: { key: 'Features Enabled' },
    settings: [
      feature('messages', { key: 'Messages' }, { key: 'Tracks custom events related to actions a user does on messages.' }),
      feature('rooms', { key: 'Rooms' }, { key: 'Tracks custom events related to actions on a channel or group (create, leave, delete).' }),
      feature('users', { key: 'Users' }, { key: 'Tracks custom events related to actions related to users (password reset times, profile picture change, etc).' }),
    ],
  },
  {
    id: 'piwik',
    title: { key: 'Matomo / Piwik' },
    settings: [
      check(PIWIK_ENABLED, { key: 'Enable' }, false, enable('Matomo')),
      text(PIWIK_URL, { key: 'URL' }, {
        ...piwik,
        description: { key: 'Where Matomo (Piwik) lives, including the trailing slash. Example: https://matomo.example.com/' },
        required: true,
        inputMode: 'url',
        validate: 'url',
      }),
      text(PIWIK_SITE_ID, { key: 'Client ID' }, { ...piwik, description: { key: 'The id of this site in Matomo. Example: 17' }, required: true, inputMode: 'numeric', validate: 'siteId' }),
      text(PIWIK_TRACKERS, { key: 'Additional Piwik Sites' }, {
        ...piwik,
        multiline: true,
        // {example}: a JSON example, kept as it is.
        description: { key: 'Also track into other Matomo sites: a JSON array such as {example}.', params: { example: '[{"trackerURL":"https://my.piwik.domain2/","siteId":42}]' } },
        // Judged as JSON until its row editor brings its full validator (trackers-validator.ts).
        validate: 'json',
        json: true,
        editor: () => import('./trackers-editor.js'),
      }),
      check(PIWIK_PREPEND_DOMAIN, { key: 'Prepend Domain' }, false, { ...piwik, description: { key: 'Prepend the site domain to the page title when tracking.' } }),
      check(PIWIK_COOKIE_DOMAIN, { key: 'All Subdomains' }, false, { ...piwik, description: { key: 'Track visitors across all subdomains.' } }),
      text(PIWIK_DOMAINS, { key: 'Hide Outgoing Links' }, {
        ...piwik,
        multiline: true,
        description: { key: 'Alias domains whose links are not reported as outlinks: one domain a line, without separators.' },
        validate: 'domains',
      }),
    ],
  },
];

/** Every setting of the group, in display order. */
export const ANALYTICS_SETTINGS: readonly SettingDefinition[] = ANALYTICS_SECTIONS.flatMap((s) => s.settings);

/** Every setting id of the group, in display order. */
export const ANALYTICS_SETTING_IDS: readonly string[] = ANALYTICS_SETTINGS.map((s) => s.id);

const byId = new Map(ANALYTICS_SETTINGS.map((s) => [s.id, s]));

export function settingDefinition(id: string): SettingDefinition | undefined {
  return byId.get(id);
}

/** A setting's label as a screen reader reads it, e.g. "Enable Google Analytics" (a message: `t.text(fullLabel(def))`). */
export function fullLabel(def: SettingDefinition): Text | string {
  return def.name ?? def.label;
}

/** A setting's label as a screen reader reads it, by id (e.g. "Enable Google Analytics"). */
export const labelOf = (id: string): Text | string => fullLabel(settingDefinition(id)!);

/** The value the widget edits, coerced to the setting's type (a server may send 17 for "17"). */
export function normalizeValue(def: SettingDefinition, value: unknown): boolean | string {
  if (def.type === 'boolean') return value === true || value === 'true';
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
