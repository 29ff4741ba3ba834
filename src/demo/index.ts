/**
 * dashboard-widgets/demo-backend: the demo backend, an imitation of Matomo 5 (Activity Log,
 * visits, users, sites) and Rocket.Chat (settings) over seeded data, traps included, for
 * Storybook, tests, and trying the widgets without a server. It is not part of the widgets: no
 * other entry of the package imports it.
 *
 * In a page: `installDemoBackend()` answers `/matomo/` and `/chat/` on the page's origin (by
 * wrapping `window.fetch`); point a widget's `api-base` there with a token of `DEMO_TOKENS`.
 * Anywhere the Fetch API runs (Node 20 included): `createDemoBackend().handle(request)`.
 */
export { installDemoBackend, type InstallDemoBackendOptions, type InstalledDemoBackend } from './browser.js';
export {
  createDemoBackend,
  DEMO_TOKENS,
  type DemoBackend,
  type DemoBackendOptions,
  type DemoBackendState,
  type DemoMatomoSettings,
  type RocketChatOptions,
  type RocketChatVersion,
  type SettingsStore,
} from './handler.js';
export { memorySettingsStore } from './settings-store.js';
