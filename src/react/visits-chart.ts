import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { VisitsChart as VisitsChartElement } from '../visits-chart/define.js';
import type { VisitsChangeEvent, VisitsErrorEvent, VisitsExportEvent, VisitsLoadEvent } from '../visits-chart/events.js';

/**
 * `<visits-chart>` for React 18 and 19: properties set as properties (`compare={true}`,
 * `source={mySource}`), events as `onDwVisits*` props.
 */
export const VisitsChart = createComponent({
  tagName: 'visits-chart',
  elementClass: VisitsChartElement,
  react: React,
  events: {
    onDwVisitsLoad: 'dw-visits-load' as EventName<VisitsLoadEvent>,
    onDwVisitsChange: 'dw-visits-change' as EventName<VisitsChangeEvent>,
    onDwVisitsExport: 'dw-visits-export' as EventName<VisitsExportEvent>,
    onDwVisitsError: 'dw-visits-error' as EventName<VisitsErrorEvent>,
  },
  displayName: 'VisitsChart',
});
