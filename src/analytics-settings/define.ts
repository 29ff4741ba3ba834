import { AnalyticsSettings } from './analytics-settings.js';

AnalyticsSettings.define();

export { AnalyticsSettings };
export type { SettingFormValue, SettingFailure, SettingsChangeDetail, SettingsErrorDetail, SettingsLoadDetail, SettingsSaveDetail } from './analytics-settings.js';
export { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent, SettingsSaveEvent } from './events.js';
export { ANALYTICS_SECTIONS, ANALYTICS_SETTINGS, ANALYTICS_SETTING_IDS, type SectionDefinition, type SettingDefinition } from './schema.js';
export {
  cleanDomains,
  parseJsonAt,
  validateAdditionalTrackers,
  validateDomains,
  validateSiteId,
  validateTrackingId,
  validateUrl,
  SETTING_VALIDATORS,
  type FieldCheck,
  type Fix,
  type Issue,
} from './validators.js';
export { chatTrackingCode, matomoConfig, matomoSnippet, trackingPitfalls, type MatomoConfig } from './tracking-code.js';
export { RocketChatSettingsSource, type SettingsSource, type SettingValue, type SettingSaveResult } from '../api/settings-source.js';
