/**
 * Rocket.Chat's Analytics settings group: ids, types, defaults, labels, descriptions, which
 * Enable box each setting depends on, and the sections they are shown in.
 */

import { validateAdditionalTrackers, validateDomains, validateSiteId, validateTrackingId, validateUrl, type FieldCheck } from './validators.js';

export type SettingType = 'boolean' | 'string';

export interface SettingDefinition {
  id: string;
  type: SettingType;
  /** Multi-line text (a textarea). */
  multiline?: boolean;
  /** Rocket.Chat's default (`packageValue`), used when the server does not send one. */
  default: boolean | string;
  /** Visible label. */
  label: string;
  /** Text read after the visible label, for a unique accessible name ("Enable" + " Google Analytics"). */
  labelSuffix?: string;
  description?: string;
  /** The id of the Enable box this setting needs ticked; disabled until it is. */
  dependsOn?: string;
  /** A value is needed while the setting is enabled. */
  required?: boolean;
  /** The kind of text typed, for the input's type and on-screen keyboard. */
  inputMode?: 'url' | 'numeric';
  /** Judges a text value as typed (see validators.ts). */
  validate?: (value: string, required: boolean) => FieldCheck;
}

export interface SectionDefinition {
  id: string;
  title: string;
  settings: readonly SettingDefinition[];
}

export const GOOGLE_ENABLED = 'GoogleAnalytics_enabled';
export const GOOGLE_ID = 'GoogleAnalytics_ID';
export const PIWIK_ENABLED = 'PiwikAnalytics_enabled';
export const PIWIK_URL = 'PiwikAnalytics_url';
export const PIWIK_SITE_ID = 'PiwikAnalytics_siteId';
export const PIWIK_TRACKERS = 'PiwikAdditionalTrackers';
export const PIWIK_PREPEND_DOMAIN = 'PiwikAnalytics_prependDomain';
export const PIWIK_COOKIE_DOMAIN = 'PiwikAnalytics_cookieDomain';
export const PIWIK_DOMAINS = 'PiwikAnalytics_domains';

type Extra = Partial<Omit<SettingDefinition, 'id' | 'type' | 'label'>>;
const check = (id: string, label: string, fallback: boolean, extra?: Extra): SettingDefinition => ({ id, type: 'boolean', default: fallback, label, ...extra });
const text = (id: string, label: string, extra?: Extra): SettingDefinition => ({ id, type: 'string', default: '', label, ...extra });
const feature = (name: string, what: string) => check(`Analytics_features_${name.toLowerCase()}`, name, true, { description: `Tracks custom events related to ${what}.` });
const piwik: Extra = { dependsOn: PIWIK_ENABLED };

export const ANALYTICS_SECTIONS: readonly SectionDefinition[] = [
  {
    id: 'google',
    title: 'Google Analytics',
    settings: [
      check(GOOGLE_ENABLED, 'Enable', false, { labelSuffix: 'Google Analytics' }),
      text(GOOGLE_ID, 'Tracking ID', {
        description: 'Your Google Analytics ID: G-XXXXXXXXXX, or UA-XXXXXXX-X for an older property.',
        dependsOn: GOOGLE_ENABLED,
        required: true,
        validate: validateTrackingId,
      }),
    ],
  },
  {
    id: 'features',
    title: 'Features Enabled',
    settings: [
      feature('Messages', 'actions a user does on messages'),
      feature('Rooms', 'actions on a channel or group (create, leave, delete)'),
      feature('Users', 'actions related to users (password reset times, profile picture change, etc)'),
    ],
  },
  {
    id: 'piwik',
    title: 'Matomo / Piwik',
    settings: [
      check(PIWIK_ENABLED, 'Enable', false, { labelSuffix: 'Matomo' }),
      text(PIWIK_URL, 'URL', {
        ...piwik,
        description: 'Where Matomo (Piwik) lives, including the trailing slash. Example: https://matomo.example.com/',
        required: true,
        inputMode: 'url',
        validate: validateUrl,
      }),
      text(PIWIK_SITE_ID, 'Client ID', { ...piwik, description: 'The id of this site in Matomo. Example: 17', required: true, inputMode: 'numeric', validate: validateSiteId }),
      text(PIWIK_TRACKERS, 'Additional Piwik Sites', {
        ...piwik,
        multiline: true,
        description: 'Also track into other Matomo sites: a JSON array such as [{"trackerURL":"https://my.piwik.domain2/","siteId":42}].',
        validate: validateAdditionalTrackers,
      }),
      check(PIWIK_PREPEND_DOMAIN, 'Prepend Domain', false, { ...piwik, description: 'Prepend the site domain to the page title when tracking.' }),
      check(PIWIK_COOKIE_DOMAIN, 'All Subdomains', false, { ...piwik, description: 'Track visitors across all subdomains.' }),
      text(PIWIK_DOMAINS, 'Hide Outgoing Links', {
        ...piwik,
        multiline: true,
        description: 'Alias domains whose links are not reported as outlinks: one domain a line, without separators.',
        validate: validateDomains,
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

/** A setting's label as a screen reader reads it, e.g. "Enable Google Analytics". */
export function fullLabel(def: SettingDefinition): string {
  return def.labelSuffix ? `${def.label} ${def.labelSuffix}` : def.label;
}

/** The value the widget edits, coerced to the setting's type (a server may send 17 for "17"). */
export function normalizeValue(def: SettingDefinition, value: unknown): boolean | string {
  if (def.type === 'boolean') return value === true || value === 'true';
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** True when two setting values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value written for people: "on"/"off" for booleans, "(empty)" for an empty string. */
export function displayValue(value: unknown): string {
  if (value === true) return 'On';
  if (value === false) return 'Off';
  if (value === '' || value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

