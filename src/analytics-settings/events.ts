import { DashboardEvent } from '../core/events.js';
import type { ErrorDetail } from '../core/error-detail.js';
import type { SettingFormValue } from './schema.js';

export interface SettingsLoadDetail {
  /** The values read, by setting id. */
  values: Record<string, SettingFormValue>;
  /** True when the form is read-only (the attribute, or the server refused access). */
  readOnly: boolean;
}

export interface SettingsChangeDetail {
  /** Whether anything differs from the server's values. */
  dirty: boolean;
  /** The ids of the settings that differ. */
  changed: string[];
  /** Whether every enabled setting is valid (Save needs this). */
  valid: boolean;
}

export interface SettingsSaveDetail {
  /** The ids of the settings saved. */
  saved: string[];
  /** Their values as saved. */
  values: Record<string, SettingFormValue>;
}

/** A setting not saved, with the reason in words and its kind (`network`, `timeout`, `permission`, `server`, ...). */
export interface SettingFailure {
  id: string;
  message: string;
  kind: string;
}

/**
 * Detail of `dw-settings-error`: reading the settings failed (`during: 'load'`), or saving did
 * (`during: 'save'`, with the settings not saved in `failed`; `error`, `kind` and `message` are
 * those of the first of them).
 */
export interface SettingsErrorDetail extends ErrorDetail<'load' | 'save'> {
  /** The settings not saved (empty when loading failed). */
  failed: SettingFailure[];
}

/** `dw-settings-load`: the settings were read from the server. */
export class SettingsLoadEvent extends DashboardEvent<SettingsLoadDetail> {
  constructor(detail: SettingsLoadDetail) {
    super('dw-settings-load', detail);
  }
}

/** `dw-settings-change`: the user changed a value (or discarded changes). */
export class SettingsChangeEvent extends DashboardEvent<SettingsChangeDetail> {
  constructor(detail: SettingsChangeDetail) {
    super('dw-settings-change', detail);
  }
}

/** `dw-settings-save`: settings were saved. */
export class SettingsSaveEvent extends DashboardEvent<SettingsSaveDetail> {
  constructor(detail: SettingsSaveDetail) {
    super('dw-settings-save', detail);
  }
}

/** `dw-settings-error`: the settings could not be read, or some could not be saved. */
export class SettingsErrorEvent extends DashboardEvent<SettingsErrorDetail> {
  constructor(detail: SettingsErrorDetail) {
    super('dw-settings-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-settings-load': SettingsLoadEvent;
    'dw-settings-change': SettingsChangeEvent;
    'dw-settings-save': SettingsSaveEvent;
    'dw-settings-error': SettingsErrorEvent;
  }
}
