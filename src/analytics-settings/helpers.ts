/**
 * The functions behind `<analytics-settings>`, for code of your own (a form of your own, a check
 * in a build or on a server): the validators of Rocket.Chat's Analytics settings, the Matomo
 * tracking code as Rocket.Chat injects it and as a standalone snippet, and a JSON parser whose
 * syntax errors say where they are. Import them from `dashboard-widgets/analytics-settings/helpers`:
 * they are not in the widget's entry nor in its script-tag bundle, need no DOM, and importing this
 * module registers no element.
 */
import { ANALYTICS_SETTINGS, PIWIK_TRACKERS } from './schema.js';
import { validateAdditionalTrackers } from './trackers-validator.js';
import { VALIDATORS, type Validator } from './validators.js';

export { ANALYTICS_SECTIONS, ANALYTICS_SETTINGS, ANALYTICS_SETTING_IDS, type SectionDefinition, type SettingDefinition } from './schema.js';
export {
  cleanDomains,
  validateDomains,
  validateSiteId,
  validateTrackingId,
  validateUrl,
  NOT_JSON,
  VALIDATORS,
  type FieldCheck,
  type Fix,
  type Issue,
  type JsonLocator,
  type Validator,
  type ValidatorName,
} from './validators.js';
export { validateAdditionalTrackers, type Tracker } from './trackers-validator.js';
export { parseJsonAt, position, type JsonParse } from './json-at.js';
export { chatTrackingCode, matomoConfig, matomoSnippet, trackingNotes, trackingPitfalls, type MatomoConfig, type SnippetOptions } from './tracking-code.js';

/**
 * The validator of each text setting, by setting id: `(value, required, locate?) => FieldCheck`
 * (`locate`, for Additional Piwik Sites: see `validateAdditionalTrackers`). The validators the
 * schema entries name (`validate`), gathered; for Additional Piwik Sites, its full validator (the widget loads it with the
 * row editor, its schema entry carries the quick JSON check).
 */
export const SETTING_VALIDATORS: Readonly<Record<string, Validator>> = {
  ...Object.fromEntries(ANALYTICS_SETTINGS.flatMap((def) => (def.validate ? [[def.id, VALIDATORS[def.validate]]] : []))),
  [PIWIK_TRACKERS]: (value, _required, locate) => validateAdditionalTrackers(value, locate),
};
