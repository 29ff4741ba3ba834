import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/analytics-settings/define.js';
import { chunks } from '../../src/analytics-settings/chunks.js';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS, type RocketChatVersion } from '../../src/demo/handler.js';

export { DEMO_TOKENS };

/**
 * The demo Rocket.Chat's users: `admin` confirms writes with its password, `bypass` is the same
 * administrator with a token that ignores two-factor, `2fa` has TOTP, `email` e-mailed codes,
 * `matomo` may change the Matomo settings only, `viewer` nothing.
 */
export type DemoUser = 'admin' | 'bypass' | 'viewer' | '2fa' | 'email' | 'matomo';

export const USERS: Record<DemoUser, { userId: string; token: string }> = {
  admin: { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken },
  bypass: { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatNoTwoFactorToken },
  viewer: { userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken },
  '2fa': { userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken },
  email: { userId: DEMO_TOKENS.chatEmailUserId, token: DEMO_TOKENS.chatEmailToken },
  matomo: { userId: DEMO_TOKENS.chatMatomoUserId, token: DEMO_TOKENS.chatMatomoToken },
};

/** Answers a request itself (a failing network, a 500...) or returns undefined to let the demo backend answer. */
export type Intercept = (request: Request) => Promise<Response | undefined> | Response | undefined;

export interface Mounted {
  el: AnalyticsSettings;
  demo: InstalledDemoBackend;
  /** Every request the widget sent (intercepted or not), in order. */
  wire: Request[];
  /** Replaces the intercept (undefined: everything goes to the demo backend). */
  intercept(fn: Intercept | undefined): void;
}

const cleanups: Array<() => void> = [];

/** Undoes every `mount`; call in `afterEach`. */
export function cleanup(): void {
  while (cleanups.length) cleanups.pop()!();
}

/** Starts a fresh demo backend (Rocket.Chat 7.x unless said) with a fetch wrapper in front of it that records and may intercept. */
export function startBackend(options: { latency?: number; origin?: string; version?: RocketChatVersion } = {}): Omit<Mounted, 'el'> {
  const { version, ...rest } = options;
  const demo = installDemoBackend({ ...rest, rocketChat: { version: version ?? '7.x' } });
  const inner = window.fetch;
  const wire: Request[] = [];
  let interceptor: Intercept | undefined;
  const wrapper: typeof fetch = async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    wire.push(request.clone());
    const answer = await interceptor?.(request.clone());
    if (answer) return answer;
    return inner.call(window, request);
  };
  window.fetch = wrapper;
  cleanups.push(() => {
    if (window.fetch === wrapper) window.fetch = inner;
    demo.uninstall();
  });
  return {
    demo,
    wire,
    intercept(fn) {
      interceptor = fn;
    },
  };
}

/**
 * Mounts `<analytics-settings>` on the in-browser demo backend (the page's own origin unless
 * `origin` says) as one of the demo users (default: `bypass`, an administrator whose token ignores
 * two-factor) and waits for the form.
 */
export async function mount(
  options: { user?: DemoUser; readonly?: boolean; timeout?: number; latency?: number; intercept?: Intercept; wait?: boolean; origin?: string; version?: RocketChatVersion } = {},
): Promise<Mounted> {
  const origin = options.origin ?? location.origin;
  const backend = startBackend({ latency: options.latency ?? 0, origin, ...(options.version ? { version: options.version } : {}) });
  if (options.intercept) backend.intercept(options.intercept);
  const user = USERS[options.user ?? 'bypass'];
  const el = await fixture<AnalyticsSettings>(
    html`<analytics-settings
      api-base=${origin === location.origin ? '/chat/' : `${origin}/chat/`}
      user-id=${user.userId}
      .token=${user.token}
      ?readonly=${options.readonly ?? false}
      timeout=${options.timeout ?? 15}
      theme="light"
    ></analytics-settings>`,
  );
  if (options.wait !== false) await loaded(el);
  return { el, ...backend };
}

/** The last load of the validators' code a widget asked for (see `loaded`). */
let validatorsLoad: Promise<unknown> = Promise.resolve();
const loadValidators = chunks.validators;
chunks.validators = () => (validatorsLoad = loadValidators());

/**
 * Waits for the form with the settings, then for the validators' code, which the widget asks for
 * right after the form shows, to arrive (or fail) and judge them. A test that replaces
 * `chunks.validators` (to hold that code back, or fail it) gets the form without waiting for it.
 */
export async function loaded(el: AnalyticsSettings): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form did not appear', { timeout: 5000 });
  await el.updateComplete;
  await validatorsLoad.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

export function $(el: AnalyticsSettings, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

export function control<T extends HTMLElement = HTMLInputElement>(el: AnalyticsSettings, id: string): T {
  const found = el.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no control #${id}`);
  return found as T;
}

/** Types into a text control as a user does (value, then an input event). */
export async function type(el: AnalyticsSettings, id: string, value: string): Promise<void> {
  const c = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Waits for the tracking-code preview (its code is fetched right after the form shows the settings). */
export async function previewShown(el: AnalyticsSettings): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('#preview-host'), 'the tracking-code preview did not appear', { timeout: 5000 });
  await el.updateComplete;
}

/** Waits for the row editor of Additional Piwik Sites (loaded when Matomo is enabled). */
export async function rowEditor(el: AnalyticsSettings): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="trackers"], [part="trackers-note"]'), 'no row editor', { timeout: 5000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part="trackers"], [part="trackers-note"]')!;
}

/** Clicks a checkbox (the browser toggles it and fires change). */
export async function tick(el: AnalyticsSettings, id: string): Promise<void> {
  control(el, id).click();
  await el.updateComplete;
}

/** The visible text of a part of the shadow DOM, whitespace collapsed. */
export function text(el: AnalyticsSettings, selector = ':host'): string {
  const node = selector === ':host' ? el.shadowRoot! : el.shadowRoot!.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function field(el: AnalyticsSettings, id: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[data-setting="${id}"]`);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

/** Text of the elements an input's aria-describedby points to. */
export function description(el: AnalyticsSettings, id: string): string {
  const ids = (control(el, id).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((ref) => el.shadowRoot!.getElementById(ref)?.textContent ?? `<missing #${ref}>`).join(' | ').replace(/\s+/g, ' ');
}

/** A button's accessible name: its aria-label, else its text. */
export const buttonName = (b: Element): string => b.getAttribute('aria-label') ?? b.textContent!.replace(/\s+/g, ' ').trim();

/** The button whose accessible name is `label` (or matches it). */
export function button(el: AnalyticsSettings, label: string | RegExp, root: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => (typeof label === 'string' ? buttonName(b) === label : label.test(buttonName(b))));
  if (!found) throw new Error(`no button "${label}" among: ${all.map(buttonName).join(' / ')}`);
  return found;
}

/** The server's current value of a setting. */
export function serverValue(demo: InstalledDemoBackend, id: string): unknown {
  return demo.backend.state.settings.find((s) => s._id === id)?.value;
}

/** Another admin writes a setting directly on the demo server (not through the widget). */
export async function secondClient(demo: InstalledDemoBackend, id: string, value: unknown): Promise<void> {
  const response = await demo.backend.handle(
    new Request(new URL(`/chat/api/v1/settings/${id}`, location.origin), {
      method: 'POST',
      headers: { 'X-User-Id': DEMO_TOKENS.chatUserId, 'X-Auth-Token': DEMO_TOKENS.chatNoTwoFactorToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ value }),
    }),
  );
  if (!response.ok) throw new Error(`second client could not write ${id}: ${response.status}`);
}

export function writes(wire: Request[]): Request[] {
  return wire.filter((r) => r.method === 'POST');
}

export function path(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/** Clicks Save and waits until the widget is no longer busy. */
export async function save(el: AnalyticsSettings): Promise<void> {
  control<HTMLButtonElement>(el, 'save').click();
  await el.updateComplete;
  await waitUntil(() => !/Checking the server|Saving…/.test(text(el, '#save-state')), 'the save did not finish', { timeout: 8000 });
  await el.updateComplete;
}

/** A JSON answer as Rocket.Chat sends it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An answer that never comes (until the request is aborted, e.g. by the widget's timeout). */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (request.signal.aborted) abort();
    request.signal.addEventListener('abort', abort, { once: true });
  });
}

/** Three typical edits across the sections; returns the values typed. */
export async function makeEdits(el: AnalyticsSettings): Promise<Record<string, unknown>> {
  await tick(el, 'GoogleAnalytics_enabled');
  await type(el, 'GoogleAnalytics_ID', 'G-4XK2M9QZ7P');
  await tick(el, 'Analytics_features_rooms');
  return { GoogleAnalytics_enabled: true, GoogleAnalytics_ID: 'G-4XK2M9QZ7P', Analytics_features_rooms: false };
}

/** The values shown in the form for these settings. */
export function shown(el: AnalyticsSettings, ids: string[]): Record<string, unknown> {
  return Object.fromEntries(
    ids.map((id) => {
      const c = control<HTMLInputElement>(el, id);
      return [id, c.type === 'checkbox' ? c.checked : c.value];
    }),
  );
}

/** The demo Rocket.Chat on a second origin (another port of 127.0.0.1): the browser applies CORS. */
export interface Remote {
  el: AnalyticsSettings;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request the page sent, in order. */
  wire: Request[];
  /** What the server holds now. */
  values(ids: string[]): Promise<Record<string, unknown>>;
  /** Another administrator saves a setting on the server. */
  write(id: string, value: unknown): Promise<void>;
}

/** Starts a fresh demo Rocket.Chat on the second origin (test runner command `rocketchat-origin`). */
export async function startRemote(options: { version?: RocketChatVersion; rateLimit?: boolean } = {}): Promise<Omit<Remote, 'el' | 'wire'>> {
  const { origin } = (await executeServerCommand('rocketchat-origin', { action: 'start', version: options.version ?? '7.x', rateLimit: options.rateLimit ?? false })) as { origin: string };
  return {
    origin,
    values: async (ids) => (await executeServerCommand('rocketchat-origin', { action: 'values', ids })) as Record<string, unknown>,
    write: async (id, value) => {
      await executeServerCommand('rocketchat-origin', { action: 'write', id, value });
    },
  };
}

/** Records every request the page sends (without changing any). */
export function recordRequests(): Request[] {
  const inner = window.fetch;
  const wire: Request[] = [];
  const recorder: typeof fetch = (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    wire.push(request.clone());
    return inner.call(window, request);
  };
  window.fetch = recorder;
  cleanups.push(() => {
    if (window.fetch === recorder) window.fetch = inner;
  });
  return wire;
}

/**
 * Mounts `<analytics-settings>` against the demo Rocket.Chat on the second origin, as one of the
 * demo users; `before` may prepare the server (write settings) before the widget loads.
 */
export async function mountRemote(
  options: { user?: DemoUser; version?: RocketChatVersion; rateLimit?: boolean; before?: (remote: Omit<Remote, 'el' | 'wire'>) => Promise<void> } = {},
): Promise<Remote> {
  const remote = await startRemote(options);
  await options.before?.(remote);
  const wire = recordRequests();
  const user = USERS[options.user ?? 'admin'];
  const el = await fixture<AnalyticsSettings>(
    html`<analytics-settings api-base=${`${remote.origin}/chat/`} user-id=${user.userId} .token=${user.token} timeout="10" theme="light"></analytics-settings>`,
  );
  await loaded(el);
  return { ...remote, el, wire };
}

/** The parsed `message` of a `method.call` request: `{msg, id, method, params}`. */
export async function methodCall(request: Request): Promise<{ msg: string; id: string; method: string; params: unknown[] }> {
  const body = (await request.clone().json()) as { message: string };
  return JSON.parse(body.message) as { msg: string; id: string; method: string; params: unknown[] };
}

/** Types a code (or password) into the open two-factor dialog and submits it. */
export async function confirm(el: AnalyticsSettings, code: string): Promise<void> {
  const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
  await waitUntil(() => dialog.open && !(control(el, 'two-factor-code').disabled), 'no two-factor dialog', { timeout: 5000 });
  const input = control(el, 'two-factor-code');
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  control<HTMLButtonElement>(el, 'two-factor-submit').click();
  await el.updateComplete;
}
