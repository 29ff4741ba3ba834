/**
 * The functions behind `<analytics-settings>`, for code of your own (a form of your own, a check
 * in a build or on a server): the validators of Rocket.Chat's Analytics settings, the Matomo
 * tracking code as Rocket.Chat injects it and as a standalone snippet, and a JSON parser whose
 * syntax errors say where they are. Import them from `dashboard-widgets/analytics-settings/helpers`:
 * they are not in the widget's entry nor in its script-tag bundle, need no DOM, and importing this
 * module registers no element.
 */
export { ANALYTICS_SECTIONS, ANALYTICS_SETTINGS, ANALYTICS_SETTING_IDS, type SectionDefinition, type SettingDefinition } from './schema.js';
export {
  cleanDomains,
  validateAdditionalTrackers,
  validateDomains,
  validateSiteId,
  validateTrackingId,
  validateUrl,
  NOT_JSON,
  SETTING_VALIDATORS,
  type FieldCheck,
  type Fix,
  type Issue,
  type JsonLocator,
  type Tracker,
} from './validators.js';
export { parseJsonAt, position, type JsonParse } from './json-at.js';
export { chatTrackingCode, matomoConfig, matomoSnippet, trackingNotes, trackingPitfalls, type MatomoConfig, type SnippetOptions } from './tracking-code.js';
