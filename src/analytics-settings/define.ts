import { AnalyticsSettings } from './analytics-settings.js';

AnalyticsSettings.define();

export { AnalyticsSettings };
export type { SettingFormValue, SettingFailure, SettingsChangeDetail, SettingsErrorDetail, SettingsLoadDetail, SettingsSaveDetail } from './analytics-settings.js';
export { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent, SettingsSaveEvent } from './events.js';
export { ANALYTICS_SECTIONS, ANALYTICS_SETTINGS, ANALYTICS_SETTING_IDS, type SectionDefinition, type SettingDefinition } from './schema.js';
export { RocketChatSettingsSource, type SettingsAccess, type SettingsSource, type SettingValue, type SettingSaveResult, type TwoFactorCode } from '../api/settings-source.js';
export { registerTranslation } from '../i18n/on-demand.js';
