import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ActivityLog as ActivityLogElement } from '../activity-log/define.js';
import type { ActivityChangeEvent, ActivityErrorEvent, ActivityExportEvent, ActivityLoadEvent } from '../activity-log/events.js';

/**
 * `<activity-log>` for React 18 and 19: properties set as properties (`pageSize={50}`,
 * `filters={filters}`, `source={mySource}`), events as `onDwActivity*` props.
 */
export const ActivityLog = createComponent({
  tagName: 'activity-log',
  elementClass: ActivityLogElement,
  react: React,
  events: {
    onDwActivityLoad: 'dw-activity-load' as EventName<ActivityLoadEvent>,
    onDwActivityChange: 'dw-activity-change' as EventName<ActivityChangeEvent>,
    onDwActivityExport: 'dw-activity-export' as EventName<ActivityExportEvent>,
    onDwActivityError: 'dw-activity-error' as EventName<ActivityErrorEvent>,
  },
  displayName: 'ActivityLog',
});
