import { AnalyticsSettings } from './analytics-settings.js';

AnalyticsSettings.define();

export { AnalyticsSettings };
export type { SettingFormValue, SettingsChangeDetail, SettingsLoadDetail, SettingsSaveDetail, SettingsSaveErrorDetail } from './analytics-settings.js';
export { ANALYTICS_SECTIONS, ANALYTICS_SETTINGS, ANALYTICS_SETTING_IDS, type SectionDefinition, type SettingDefinition } from './schema.js';
export { RocketChatSettingsSource, type SettingsAccess, type SettingsSource, type SettingValue, type SettingSaveResult, type TwoFactorCode } from '../api/settings-source.js';
