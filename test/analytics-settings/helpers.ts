import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/analytics-settings/define.js';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';

export { DEMO_TOKENS };

export type DemoUser = 'admin' | 'viewer' | '2fa';

const USERS: Record<DemoUser, { userId: string; token: string }> = {
  admin: { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken },
  viewer: { userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken },
  '2fa': { userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken },
};

/** Answers a request itself (a failing network, a 500...) or returns undefined to let the demo backend answer. */
export type Intercept = (request: Request) => Promise<Response> | Response | undefined;

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

/** Starts a fresh demo backend with a fetch wrapper in front of it that records and may intercept. */
export function startBackend(options: { latency?: number; origin?: string } = {}): Omit<Mounted, 'el'> {
  const demo = installDemoBackend(options);
  const inner = window.fetch;
  const wire: Request[] = [];
  let interceptor: Intercept | undefined;
  const wrapper: typeof fetch = async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    wire.push(request.clone());
    const answer = interceptor?.(request.clone());
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

/** Mounts `<analytics-settings>` on the demo backend as one of the demo users and waits for the form. */
export async function mount(
  options: { user?: DemoUser; readonly?: boolean; timeout?: number; latency?: number; intercept?: Intercept; wait?: boolean; origin?: string } = {},
): Promise<Mounted> {
  const origin = options.origin ?? location.origin;
  const backend = startBackend({ latency: options.latency ?? 0, origin });
  if (options.intercept) backend.intercept(options.intercept);
  const user = USERS[options.user ?? 'admin'];
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

export async function loaded(el: AnalyticsSettings): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form did not appear', { timeout: 5000 });
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

export function button(el: AnalyticsSettings, label: string | RegExp, root: ParentNode = el.shadowRoot!): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => (typeof label === 'string' ? b.textContent!.replace(/\s+/g, ' ').trim() === label : label.test(b.textContent!.replace(/\s+/g, ' ').trim())));
  if (!found) throw new Error(`no button "${label}" among: ${all.map((b) => b.textContent!.replace(/\s+/g, ' ').trim()).join(' / ')}`);
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
      headers: { 'X-User-Id': DEMO_TOKENS.chatUserId, 'X-Auth-Token': DEMO_TOKENS.chatToken, 'Content-Type': 'application/json' },
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
