import { demoDataset, type DemoDataset } from './dataset.js';
import { delay, jsonResponse } from './http.js';
import { avatarImage } from './avatars.js';
import { handleMatomo, type MatomoSetup } from './matomo-api.js';
import { DEFAULT_SIGN_IN_LIMITS, SignInLog, UNKNOWN_ADDRESS, type SignInLimits } from './matomo-sign-ins.js';
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
  /**
   * Origins the demo Matomo's CORS answers name (its `cors_domains[]`), or `'*'`; default none.
   * Its own origin needs no listing; a page elsewhere that is not listed cannot read its answers.
   */
  corsOrigins?: readonly string[] | '*';
  /** The Activity Log plugin the demo Matomo has: `'5.0'` (default, as measured: no date filter) or `'5.1'` (`period`/`date`). */
  activityLog?: '5.0' | '5.1';
  /** Failed sign-ins an address may have, and for how long they count (default 20 in 30 minutes, as Matomo). */
  signInLimits?: Partial<SignInLimits>;
  /** Which Rocket.Chat to imitate (`7.x` by default, or `8.6` with the bulk settings route), and its rate limits. */
  rocketChat?: RocketChatOptions;
}

/** What `DemoBackend.configure` may change while the backend runs. */
export type DemoMatomoSettings = Pick<DemoBackendOptions, 'corsOrigins' | 'activityLog' | 'signInLimits'>;

/** What a test may inspect of a demo backend. */
export interface DemoBackendState {
  /** The instant the data is relative to. */
  readonly now: Date;
  /** The Matomo data: Activity Log entries (newest first) and sites with daily visits. */
  readonly matomo: DemoDataset;
  /** Rocket.Chat settings with their current values, sorted by `_id`. */
  readonly settings: readonly SettingRecord[];
  /** The demo Matomo's failed sign-ins from an address (refused tokens) within its window. */
  failedSignIns(address?: string): number;
  /** The Rocket.Chat imitated: its version and its permissions (which roles have each). */
  readonly rocketChat: Pick<RocketChatApi, 'version' | 'permissions'>;
}

/** A demo backend: one request handler for a fake Matomo and a fake Rocket.Chat. */
export interface DemoBackend {
  /**
   * Answers one request. Paths ending in `/index.php` are Matomo (and `plugins/ActivityLog/images/`
   * its avatars); paths containing `/api/v1/` are Rocket.Chat (whatever prefix they are mounted
   * under); anything else is a 404. `client.address` is the network address the request came
   * from (Matomo counts failed sign-ins per address).
   */
  handle(request: Request, client?: { address?: string | undefined }): Promise<Response>;
  readonly state: DemoBackendState;
  /** Changes the demo Matomo's setup (allowed origins, Activity Log version, sign-in limits) from now on. */
  configure(settings: DemoMatomoSettings): void;
  /** Forgets every failed sign-in, lifting any block (what Matomo's "unblock all IPs" does). */
  resetSignIns(): void;
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
  const setup: MatomoSetup = { corsOrigins: [], activityLog: '5.0', signIns: new SignInLog() };
  const configure = (settings: DemoMatomoSettings) => {
    if (settings.corsOrigins !== undefined) setup.corsOrigins = settings.corsOrigins === '*' ? '*' : [...settings.corsOrigins];
    if (settings.activityLog !== undefined) setup.activityLog = settings.activityLog === '5.1' ? '5.1' : '5.0';
    if (settings.signInLimits) setup.signIns.limits = { ...setup.signIns.limits, ...settings.signInLimits };
  };
  configure({ signInLimits: DEFAULT_SIGN_IN_LIMITS, ...options });

  return {
    async handle(request, client = {}) {
      await delay(latency, request.signal);
      const path = new URL(request.url).pathname;
      if (path.endsWith('/index.php')) return handleMatomo(request, matomo, setup, client.address || UNKNOWN_ADDRESS);
      if (/\/plugins\/ActivityLog\/images\/[\w-]+\.png$/.test(path)) return avatarImage(path);
      if (path.includes('/api/v1/')) return chat.handle(request);
      return jsonResponse({ error: `Nothing is served at ${path}.` }, 404);
    },
    state: {
      now: new Date(now),
      matomo,
      settings: chat.settings,
      failedSignIns: (address) => setup.signIns.count(address || UNKNOWN_ADDRESS),
      rocketChat: chat,
    },
    configure,
    resetSignIns: () => setup.signIns.reset(),
  };
}
