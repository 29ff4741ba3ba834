/**
 * dashboard-widgets/jsx: the library's tags in React's `JSX.IntrinsicElements`, for React 19,
 * which sets a custom element's properties (numbers, objects, arrays) and listens to its events
 * itself. Add it once, e.g. `import type {} from 'dashboard-widgets/jsx';` in a `.d.ts` of the
 * application, or `"types": ["dashboard-widgets/jsx"]` in its tsconfig. Each tag takes its
 * element's public properties (camelCase: `pageSize={50}`, `filters={filters}`), the
 * usual HTML attributes, and an `on<event name>` handler per event (`ondw-activity-load`), which
 * receives the event's class (`event.detail` typed). React 18 sets everything as attributes and
 * drops events: use the wrappers of `dashboard-widgets/react` there.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ActivityLog } from './activity-log/activity-log.js';
import type { ActivityChangeEvent, ActivityErrorEvent, ActivityExportEvent, ActivityLoadEvent } from './activity-log/events.js';
import type { AnalyticsSettings } from './analytics-settings/analytics-settings.js';
import type { SettingsChangeEvent, SettingsErrorEvent, SettingsLoadEvent, SettingsSaveEvent } from './analytics-settings/events.js';
import type { DashboardConfigElement } from './core/dashboard-config.js';
import type { FrameResizeEvent } from './embed/events.js';
import type { WidgetFrame } from './embed/widget-frame.js';
import type { VisitsChangeEvent, VisitsErrorEvent, VisitsExportEvent, VisitsLoadEvent } from './visits-chart/events.js';
import type { VisitsChart } from './visits-chart/visits-chart.js';

/** The events each element fires, by name. */
export interface ActivityLogEvents {
  'dw-activity-load': ActivityLoadEvent;
  'dw-activity-change': ActivityChangeEvent;
  'dw-activity-export': ActivityExportEvent;
  'dw-activity-error': ActivityErrorEvent;
}
export interface VisitsChartEvents {
  'dw-visits-load': VisitsLoadEvent;
  'dw-visits-change': VisitsChangeEvent;
  'dw-visits-export': VisitsExportEvent;
  'dw-visits-error': VisitsErrorEvent;
}
export interface AnalyticsSettingsEvents {
  'dw-settings-load': SettingsLoadEvent;
  'dw-settings-change': SettingsChangeEvent;
  'dw-settings-save': SettingsSaveEvent;
  'dw-settings-error': SettingsErrorEvent;
}
export interface WidgetFrameEvents {
  'dw-frame-resize': FrameResizeEvent;
}

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Keys of `T` that can be assigned (not read-only getters). */
type WritableKeys<T> = { [K in keyof T]-?: Equal<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }> extends true ? K : never }[keyof T];
/** The properties an element adds to `HTMLElement` (public, writable, not methods), each optional. */
export type ElementProperties<E extends HTMLElement> = {
  [K in Exclude<WritableKeys<E>, keyof HTMLElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};
/** `on<event name>` handlers, as React 19 attaches them to a custom element. */
export type ElementEventHandlers<Events> = {
  [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void;
};
/** What a tag accepts in React 19's JSX: its properties, its events, and the usual HTML attributes. */
export type CustomElementProps<E extends HTMLElement, Events = object> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof ElementProperties<E>
> &
  ElementProperties<E> &
  ElementEventHandlers<Events> & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'activity-log': CustomElementProps<ActivityLog, ActivityLogEvents>;
      'visits-chart': CustomElementProps<VisitsChart, VisitsChartEvents>;
      'analytics-settings': CustomElementProps<AnalyticsSettings, AnalyticsSettingsEvents>;
      'dashboard-config': CustomElementProps<DashboardConfigElement>;
      'widget-frame': CustomElementProps<WidgetFrame, WidgetFrameEvents>;
    }
  }
}
