import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AnalyticsSettings as AnalyticsSettingsElement } from '../analytics-settings/define.js';
import type { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent, SettingsSaveEvent } from '../analytics-settings/events.js';

/**
 * `<analytics-settings>` for React 18 and 19: properties set as properties (`readonly={true}`,
 * `source={mySource}`), events as `onDwSettings*` props.
 */
export const AnalyticsSettings = createComponent({
  tagName: 'analytics-settings',
  elementClass: AnalyticsSettingsElement,
  react: React,
  events: {
    onDwSettingsLoad: 'dw-settings-load' as EventName<SettingsLoadEvent>,
    onDwSettingsChange: 'dw-settings-change' as EventName<SettingsChangeEvent>,
    onDwSettingsSave: 'dw-settings-save' as EventName<SettingsSaveEvent>,
    onDwSettingsError: 'dw-settings-error' as EventName<SettingsErrorEvent>,
  },
  displayName: 'AnalyticsSettings',
});
