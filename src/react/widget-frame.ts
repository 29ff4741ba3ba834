import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { WidgetFrame as WidgetFrameElement } from '../embed/host.js';
import type { FrameResizeEvent } from '../embed/events.js';

/** `<widget-frame>` for React 18 and 19: one widget in a self-sizing iframe; `onDwFrameResize`. */
export const WidgetFrame = createComponent({
  tagName: 'widget-frame',
  elementClass: WidgetFrameElement,
  react: React,
  events: { onDwFrameResize: 'dw-frame-resize' as EventName<FrameResizeEvent> },
  displayName: 'WidgetFrame',
});
