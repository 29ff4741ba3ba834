import { SharePanel } from './share-panel.js';

SharePanel.define();

export { SharePanel, type ShareFormat } from './share-panel.js';
export { ShareCloseEvent, ShareCopyEvent, type ShareCopyDetail } from './events.js';
export { shareSnippets, widgetConfig, setEmbedBaseUrl, embedBaseUrl, type ShareSnippets, type WidgetConfig } from './share.js';
