import { demoDataset, type DemoDataset } from './dataset.js';
import { delay, jsonResponse } from './http.js';
import { handleMatomo } from './matomo-api.js';
import { RocketChatApi, type RocketChatOptions, type SettingRecord } from './rocketchat-api.js';
import { memorySettingsStore, type SettingsStore } from './settings-store.js';

export { DEMO_TOKENS } from './accounts.js';
export type { SettingsStore } from './settings-store.js';
export type { RocketChatOptions, RocketChatVersion } from './rocketchat-api.js';

/** Options of a demo backend. */
export interface DemoBackendOptions {
  /**
   * The instant all seeded data is relative to (default: when the backend is made). Like a real
   * server's clock, it decides each site's today in its own time zone.
   */
  now?: Date | number;
  /** Milliseconds every answer waits (default 0); an aborted request rejects at once. */
  latency?: number;
  /** Where Rocket.Chat setting values are kept (default: in memory). */
  settings?: SettingsStore;
  /** Which Rocket.Chat to imitate (`7.x` by default, or `8.6` with the bulk settings route), and its rate limits. */
  rocketChat?: RocketChatOptions;
}

/** What a test may inspect of a demo backend. */
export interface DemoBackendState {
  /** The instant the data is relative to. */
  readonly now: Date;
  /** The Matomo data: Activity Log entries (newest first) and sites with daily visits. */
  readonly matomo: DemoDataset;
  /** Rocket.Chat settings with their current values, sorted by `_id`. */
  readonly settings: readonly SettingRecord[];
  /** The Rocket.Chat imitated: its version and its permissions (which roles have each). */
  readonly rocketChat: Pick<RocketChatApi, 'version' | 'permissions'>;
}

/** A demo backend: one request handler for a fake Matomo and a fake Rocket.Chat. */
export interface DemoBackend {
  /**
   * Answers one request. Paths ending in `/index.php` are Matomo; paths containing `/api/v1/`
   * are Rocket.Chat (whatever prefix they are mounted under); anything else is a 404.
   */
  handle(request: Request): Promise<Response>;
  readonly state: DemoBackendState;
}

/**
 * Creates a demo backend. It imitates Matomo 5's HTTP Reporting API (Activity Log, visits,
 * users, sites) and Rocket.Chat's settings API, traps included, over data seeded
 * deterministically from `now`. Uses only the Fetch API, so it runs in browsers and in Node 20.
 */
export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  const now = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  if (!Number.isFinite(now)) throw new TypeError('createDemoBackend: `now` is not a valid date.');
  const latency = options.latency ?? 0;
  const matomo = demoDataset(now);
  const chat = new RocketChatApi(options.settings ?? memorySettingsStore(), options.rocketChat);

  return {
    async handle(request) {
      await delay(latency, request.signal);
      const path = new URL(request.url).pathname;
      if (path.endsWith('/index.php')) return handleMatomo(request, matomo);
      if (path.includes('/api/v1/')) return chat.handle(request);
      return jsonResponse({ error: `Nothing is served at ${path}.` }, 404);
    },
    state: {
      now: new Date(now),
      matomo,
      settings: chat.settings,
      rocketChat: chat,
    },
  };
}
