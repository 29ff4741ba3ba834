// The demo-backend page: each widget connected to the demo Matomo (/matomo/) or Rocket.Chat
// (/chat/) served over HTTP by bench/run.mjs with a fixed latency per request. The server counts
// the requests; this page times connection to first content and a reader's filter change.
import '../../src/activity-log/define.js';
import '../../src/visits-chart/define.js';
import '../../src/analytics-settings/define.js';
import { DEMO_TOKENS } from '../../src/demo/accounts.js';
import { layout, nextFrame, once, settle } from './harness.js';

type Kind = 'activity-log' | 'visits-chart' | 'analytics-settings';

const container = document.getElementById('stage')!;
const WAIT_MS = 15_000;
const LOAD_EVENT: Record<Kind, string> = {
  'activity-log': 'dw-activity-load',
  'visits-chart': 'dw-visits-load',
  'analytics-settings': 'dw-settings-load',
};

let current: (HTMLElement & { updateComplete: Promise<boolean> }) | undefined;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const element = current;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const text = (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      reject(new Error(`${what}: nothing after ${WAIT_MS / 1000} s. The widget shows: ${text}`));
    }, WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function make(kind: Kind): HTMLElement & { updateComplete: Promise<boolean> } {
  if (kind === 'activity-log') {
    const element = document.createElement('activity-log');
    element.apiBase = '/matomo/';
    element.token = DEMO_TOKENS.matomoSuperUser;
    return element;
  }
  if (kind === 'visits-chart') {
    const element = document.createElement('visits-chart');
    element.apiBase = '/matomo/';
    element.token = DEMO_TOKENS.matomoViewer;
    element.siteId = '1';
    return element;
  }
  const element = document.createElement('analytics-settings');
  element.apiBase = '/chat/';
  element.userId = DEMO_TOKENS.chatUserId;
  // A token created with "Ignore Two Factor Authentication": the save measured asks no code.
  element.token = DEMO_TOKENS.chatNoTwoFactorToken;
  return element;
}

/** Connects a new widget; resolves with the milliseconds until its first content is laid out at the next frame. */
async function firstView(kind: Kind): Promise<number> {
  container.replaceChildren();
  await settle();
  const element = make(kind);
  current = element;
  const loaded = once(element, LOAD_EVENT[kind]);
  const t0 = performance.now();
  container.append(element);
  await within(loaded.then(() => element.updateComplete), kind);
  await nextFrame();
  layout(container);
  return performance.now() - t0;
}

/**
 * What a reader does to change the view, on the widget shown: activity-log picks an activity
 * type; visits-chart picks another range; analytics-settings has no filter, so it saves one
 * changed setting instead. Resolves with the milliseconds until the new content is shown.
 */
async function change(kind: Kind): Promise<{ ms: number; action: string }> {
  const element = current;
  if (!element) throw new Error('no widget is shown');
  const root = element.shadowRoot!;
  let action: string;
  let done: Promise<unknown>;
  const t0 = performance.now();
  if (kind === 'activity-log') {
    const select = root.querySelector<HTMLSelectElement>('select[part="type-filter"]')!;
    action = 'activity type → Goal added';
    done = once(element, 'dw-activity-load');
    select.value = 'ActivityLog/GoalAdded';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (kind === 'visits-chart') {
    const select = root.querySelector<HTMLSelectElement>('select[id$="-range"]')!;
    action = 'range → Last 90 days';
    done = once(element, 'dw-visits-load');
    select.value = 'last90';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const box = root.querySelector<HTMLInputElement>('[data-setting="Analytics_features_messages"] input[type="checkbox"]')!;
    action = 'save one changed setting';
    done = once(element, 'dw-settings-save');
    box.click();
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  }
  await within(done.then(() => element.updateComplete), `${kind} change`);
  await nextFrame();
  layout(container);
  return { ms: performance.now() - t0, action };
}

/**
 * Exports every activity of the log shown (the widget of the last `firstView('activity-log')`) as
 * CSV, as the reader's Export button does; the file is caught, not saved. Resolves with the
 * milliseconds from the click to the file, and the number of activities in it.
 */
async function exportAll(): Promise<{ ms: number; count: number; bytes: number }> {
  const element = current as (HTMLElement & { updateComplete: Promise<boolean> }) | undefined;
  if (!element || element.localName !== 'activity-log') throw new Error('no activity log is shown');
  let bytes = 0;
  const catchFile = (e: Event) => {
    const a = e.composedPath()[0];
    if (a instanceof HTMLAnchorElement && a.download) {
      e.preventDefault();
      void fetch(a.href).then((r) => r.blob()).then((b) => (bytes = b.size));
    }
  };
  document.addEventListener('click', catchFile, true);
  try {
    const saved = once(element, 'dw-activity-export');
    const failed = once(element, 'dw-activity-error').then((e) => Promise.reject(new Error(`the export failed: ${(e as CustomEvent<{ message: string }>).detail.message}`)));
    const t0 = performance.now();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="export-csv"]')!.click();
    const event = (await within(Promise.race([saved, failed]), 'activity-log export')) as CustomEvent<{ count: number }>;
    const ms = performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, count: event.detail.count, bytes };
  } finally {
    document.removeEventListener('click', catchFile, true);
  }
}

function clear(): void {
  container.replaceChildren();
  current = undefined;
}

Object.assign(window, { bench: { firstView, change, exportAll, clear, ready: true } });
