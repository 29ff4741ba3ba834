// The host helper (built to dist/cdn/embed-host.js; `dashboard-widgets/embed-host` on npm):
// registers <widget-frame> and sizes every iframe marked `data-dashboard-widgets` to its widget.
import { WidgetFrame } from './widget-frame.js';
import { autoSizeFrames } from './auto-size.js';

// (Not in Node, where a server renders pages: no custom elements, no iframes.)
if (typeof window !== 'undefined') {
  WidgetFrame.define();
  autoSizeFrames();
}

export { WidgetFrame, defaultEmbedPage } from './widget-frame.js';
export { autoSizeFrames, DEFAULT_FRAME_SELECTOR, type AutoSizeOptions } from './auto-size.js';
export { isResizeMessage, RESIZE_MESSAGE_TYPE, RESIZE_MESSAGE_VERSION, type ResizeMessage } from './messages.js';
export { buildEmbedFragment, parseEmbedFragment, type EmbedRequest, type EmbedFragmentInput } from './fragment.js';
export { WIDGETS, FRAME_SANDBOX, FRAME_ALLOW, type EmbeddableWidget } from './catalog.js';
