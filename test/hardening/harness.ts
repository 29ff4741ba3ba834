/**
 * The hardening gauntlet's harness: a page-level guard (uncaught errors, unhandled rejections,
 * console output, an injection canary), a fetch router that answers the widgets' requests the way
 * a failing, lying or hostile server would, and helpers to read what a widget shows.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { forgetSignIns } from '../../src/api/sign-ins.js';

export const TOKEN = 'SECRET-token-7f3a9c';

declare global {
  interface Window {
    __canary?: string;
  }
}

/** A request as the router sees it: for a Matomo bulk request, one entry per sub-call. */
export interface RoutedCall {
  server: 'matomo' | 'rocketchat' | 'other';
  url: string;
  method: string;
  /** Matomo method (`ActivityLog.getEntries`) or Rocket.Chat path after `/api/v1/`. */
  name: string;
  params: URLSearchParams;
  body: string;
  headers: Headers;
  signal: AbortSignal | undefined;
}

export type Router = (call: RoutedCall) => Response | Promise<Response>;

export interface Guard {
  errors: string[];
  consoleText: string[];
  calls: RoutedCall[];
  events: Array<{ type: string; detail: unknown }>;
  restore(): void;
}

/** Installs the guard and routes every fetch to `router`. Restore it in afterEach. */
export function guard(router: Router): Guard {
  forgetSignIns(); // each case is a fresh page: an earlier case's refused token is forgotten
  const errors: string[] = [];
  const consoleText: string[] = [];
  const calls: RoutedCall[] = [];
  const events: Array<{ type: string; detail: unknown }> = [];
  window.__canary = undefined;

  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => {
    const reason = e.reason as { name?: string; message?: string } | undefined;
    if (reason?.name === 'AbortError') return; // an aborted request nobody awaited is not a failure
    errors.push(`unhandled rejection: ${reason?.message ?? String(e.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const original = { fetch: window.fetch, dispatch: EventTarget.prototype.dispatchEvent };
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const savedConsole = consoleMethods.map((m) => console[m]);
  consoleMethods.forEach((m, i) => {
    console[m] = (...args: unknown[]) => {
      consoleText.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : safeJson(a))).join(' '));
      savedConsole[i]!.apply(console, args);
    };
  });

  EventTarget.prototype.dispatchEvent = function (event: Event) {
    if (event.type.startsWith('dw-')) events.push({ type: event.type, detail: (event as CustomEvent).detail });
    return original.dispatch.call(this, event);
  };

  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = new Request(input, init);
    const body = init.body == null ? '' : await new Response(init.body as BodyInit).text();
    const url = new URL(request.url);
    const signal = init.signal ?? undefined;
    const base: Omit<RoutedCall, 'server' | 'name' | 'params'> = { url: request.url, method: request.method, body, headers: request.headers, signal };
    let routed: RoutedCall[];
    if (url.pathname.endsWith('/index.php')) {
      const params = new URLSearchParams(url.search);
      for (const [k, v] of new URLSearchParams(body)) params.set(k, v);
      const name = params.get('method') ?? '';
      routed = [{ ...base, server: 'matomo', name, params }];
    } else if (url.pathname.includes('/api/v1/')) {
      routed = [{ ...base, server: 'rocketchat', name: url.pathname.split('/api/v1/')[1] ?? '', params: url.searchParams }];
    } else {
      routed = [{ ...base, server: 'other', name: url.pathname, params: url.searchParams }];
    }
    calls.push(...routed);
    signal?.throwIfAborted();
    const answer = await router(routed[0]!);
    signal?.throwIfAborted();
    return answer;
  };

  return {
    errors,
    consoleText,
    calls,
    events,
    restore() {
      window.fetch = original.fetch;
      EventTarget.prototype.dispatchEvent = original.dispatch;
      consoleMethods.forEach((m, i) => (console[m] = savedConsole[i]!));
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The sub-calls of a Matomo bulk request, with the outer parameters merged in. */
export function bulkCalls(call: RoutedCall): URLSearchParams[] {
  const subs: URLSearchParams[] = [];
  for (let i = 0; call.params.has(`urls[${i}]`); i++) subs.push(new URLSearchParams(call.params.get(`urls[${i}]`)!));
  return subs;
}

/**
 * A Matomo router from a per-method answer: bulk requests are split into sub-calls and answered
 * as an array, as Matomo does.
 */
export function matomoRouter(answer: (method: string, params: URLSearchParams) => unknown, fallback?: Router): Router {
  return (call) => {
    if (call.server !== 'matomo') return fallback ? fallback(call) : json({ result: 'error', message: 'not routed' });
    if (call.name === 'API.getBulkRequest') return json(bulkCalls(call).map((sub) => answer(sub.get('method') ?? '', sub)));
    return json(answer(call.name, call.params));
  };
}

export const json = (data: unknown, status = 200): Response =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });

/** Never answers; rejects when aborted. */
export const hang = (call: RoutedCall): Promise<Response> =>
  new Promise((_, reject) => call.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));

/** Every element in an element's shadow tree, shadow roots included. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** The text a user reads in a widget (shadow DOM included, slotted content ignored). */
export function deepText(el: Element): string {
  const root = el.shadowRoot ?? el;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.tagName === 'STYLE' || child.tagName === 'SCRIPT') continue;
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The error message a widget shows (its `role="alert"` region), or ''. */
export function alertText(el: Element): string {
  const alerts = deepElements(el.shadowRoot ?? el).filter((e) => e.getAttribute('role') === 'alert');
  return alerts.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
}

/** Buttons a user could press to try again. */
export function retryButtons(el: Element): HTMLButtonElement[] {
  return deepElements(el.shadowRoot ?? el).filter(
    (e): e is HTMLButtonElement => e instanceof HTMLButtonElement && /retry|try again/i.test(e.textContent ?? '') && !e.disabled,
  );
}

/** Waits until `check` is truthy, polling; rejects with `what` after `ms`. */
export async function until<T>(check: () => T, what: string, ms = 6000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Records how many gauntlet cases a widget went through; printed at the end of `npm test`. */
export function countCases(widget: string, suite: string, cases: number): Promise<unknown> {
  return executeServerCommand('hardening-count', { widget, suite, cases });
}

/** Captures the files a widget saves (object URL and a click on a download link), saving nothing. */
export function captureFiles(): { files: Array<{ name: string; blob: Blob }>; restore(): void } {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:captured-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    files,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Reads CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
