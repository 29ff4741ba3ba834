import * as React from 'react';
import { createComponent } from '@lit/react';
import { DashboardConfigElement } from '../core/dashboard-config.define.js';

/** `<dashboard-config>` for React 18 and 19: the servers, tokens and locale of the widgets inside it. */
export const DashboardConfig = createComponent({
  tagName: 'dashboard-config',
  elementClass: DashboardConfigElement,
  react: React,
  displayName: 'DashboardConfig',
});
