import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import type { InstalledDemoBackend } from '../../src/demo/browser.js';

/** A request as it went over the wire. */
export interface WireRequest {
  method: string;
  url: URL;
  body: string;
  form: URLSearchParams;
  /** For `API.getBulkRequest`: each sub-request's parameters. */
  subs: URLSearchParams[];
}

type Responder = (request: WireRequest) => Response | Promise<Response>;

/** Replaces `window.fetch` with `responder`, recording every request. Call `restore()` after. */
export function stubFetch(responder: Responder): { requests: WireRequest[]; restore(): void; set(next: Responder): void } {
  forgetSignIns(); // a new server: an earlier test's refused token is forgotten, as on a fresh page
  const original = window.fetch;
  let current = responder;
  const requests: WireRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    const body = request.method === 'GET' ? '' : await request.clone().text();
    const form = new URLSearchParams(body);
    const subs: URLSearchParams[] = [];
    for (let i = 0; form.has(`urls[${i}]`); i++) subs.push(new URLSearchParams(form.get(`urls[${i}]`)!));
    const wire = { method: request.method, url: new URL(request.url), body, form, subs };
    requests.push(wire);
    // Like the real fetch: an aborted signal rejects the call, whatever the server does.
    const signal = init?.signal ?? request.signal;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      Promise.resolve(current(wire)).then(resolve, reject);
    });
  };
  return {
    requests,
    restore: () => {
      window.fetch = original;
    },
    set: (next) => {
      current = next;
    },
  };
}

export const json = (data: unknown, status = 200): Response =>
  new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } });

/** A Matomo metrics object for a day, with the processed metrics Matomo adds. */
export function day(nb_visits: number, extra: { bounce_count?: number; sum_visit_length?: number; nb_actions?: number; nb_uniq_visitors?: number } = {}) {
  const bounce_count = extra.bounce_count ?? Math.round(nb_visits / 2);
  const sum_visit_length = extra.sum_visit_length ?? nb_visits * 60;
  const nb_actions = extra.nb_actions ?? nb_visits * 3;
  return {
    nb_uniq_visitors: extra.nb_uniq_visitors ?? Math.round(nb_visits * 0.8),
    nb_users: 0,
    nb_visits,
    nb_actions,
    nb_visits_converted: 0,
    bounce_count,
    sum_visit_length,
    max_actions: 9,
    bounce_rate: nb_visits ? Math.round((bounce_count / nb_visits) * 100) / 100 : 0,
    nb_actions_per_visit: nb_visits ? Math.round((nb_actions / nb_visits) * 10) / 10 : 0,
    avg_time_on_site: nb_visits ? Math.round(sum_visit_length / nb_visits) : 0,
  };
}

/** Days from `from` (YYYY-MM-DD) on, `count` of them, as Matomo labels. */
export function dayLabels(from: string, count: number): string[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(y, m - 1, d + i));
    return date.toISOString().slice(0, 10);
  });
}

export type PeriodData = Record<string, ReturnType<typeof day> | [] | Record<string, number>>;

/**
 * VisitsSummary's answer for a crafted Matomo: the table of the `date` asked for (`tables`, by the
 * date parameter: a range and its comparison), one site's row alone or several sites' by id; an
 * error for a date the test did not expect.
 */
export function answerByDate(tables: Record<string, Record<string, PeriodData>>): (sub: URLSearchParams) => unknown {
  return (sub) => {
    const date = sub.get('date') ?? '';
    const table = Object.hasOwn(tables, date) ? tables[date] : undefined;
    if (!table) return { result: 'error', message: `unexpected date ${date}` };
    const ids = sub.get('idSite')!.split(',');
    return ids.length === 1 ? table[ids[0]!] : Object.fromEntries(ids.map((id) => [id, table[id]]));
  };
}

/**
 * A crafted Matomo: answers `API.getBulkRequest` from `data(sub)` for `VisitsSummary.get` and
 * sites for `SitesManager.getSiteFromId` and `getSitesWithAtLeastViewAccess` (from `names`,
 * with the time zones of `zones` when given).
 */
export function craftedMatomo(data: (sub: URLSearchParams) => unknown, names: Record<string, string> = {}, zones: Record<string, string> = {}): Responder {
  const site = (id: string) => ({ idsite: Number(id), name: names[id], ...(zones[id] ? { timezone: zones[id] } : {}) });
  return (request) => {
    if (request.url.searchParams.get('method') !== 'API.getBulkRequest') return json({ result: 'error', message: 'expected a bulk request' });
    return json(
      request.subs.map((sub) => {
        const method = sub.get('method');
        if (method === 'VisitsSummary.get') return data(sub);
        if (method === 'SitesManager.getSiteFromId') {
          const id = sub.get('idSite')!;
          return names[id] ? site(id) : { result: 'error', message: `You can't access this resource as it requires 'view' access for the website id = ${id}.` };
        }
        if (method === 'SitesManager.getSitesWithAtLeastViewAccess') return Object.keys(names).map(site);
        return { result: 'error', message: `unknown method ${method}` };
      }),
    );
  };
}

/**
 * A crafted Matomo with one site (Shop, in UTC) and two days of visits (9 and 10 March 2024), that
 * answers `method` from `answer(sub)`, alone or in a bulk request.
 */
export function shopAnswering(method: string, answer: (sub: URLSearchParams) => unknown): Responder {
  const visits = { '2024-03-09': { nb_visits: 10 }, '2024-03-10': { nb_visits: 12 } };
  return (request) => {
    const subs = request.subs.length ? request.subs : [new URLSearchParams([...request.url.searchParams, ...request.form])];
    const answers = subs.map((sub) => {
      const asked = sub.get('method');
      if (asked === 'VisitsSummary.get') return visits;
      if (asked === 'SitesManager.getSiteFromId') return { idsite: 1, name: 'Shop', timezone: 'UTC' };
      if (asked === method) return answer(sub);
      return { result: 'error', message: 'unknown' };
    });
    return json(request.subs.length ? answers : answers[0]);
  };
}

/** Each call the demo backend received, a bulk request's one by one, with its parameters (query and form). */
export async function demoCalls(demo: InstalledDemoBackend): Promise<URLSearchParams[]> {
  const all: URLSearchParams[] = [];
  for (const request of demo.requests) {
    const url = new URL(request.url);
    const form = new URLSearchParams(await request.clone().text());
    if (url.searchParams.get('method') !== 'API.getBulkRequest') {
      all.push(new URLSearchParams([...url.searchParams, ...form]));
      continue;
    }
    for (let i = 0; form.has(`urls[${i}]`); i++) all.push(new URLSearchParams(form.get(`urls[${i}]`)!));
  }
  return all;
}

/** Waits until `check` gives something (looking every 5 ms), or fails saying that `what` did not happen. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 10_000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`${what} did not happen`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Each sub-request of a bulk request as `method idSite period date` (what goes over the wire, in short). */
export const subRequests = (request: WireRequest): string[] =>
  request.subs.map((s) => [s.get('method'), s.get('idSite'), s.get('period'), s.get('date')].filter((v) => v !== null).join(' '));

export function chartOf(el: VisitsChart): Chart {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const chart = Chart.getChart(canvas);
  if (!chart) throw new Error('no chart on the canvas');
  return chart;
}

/** The y values of a dataset as drawn (long ranges are thinned, see `linePoints`). */
export function seriesValues(chart: Chart, index: number): Array<number | null> {
  return (chart.data.datasets[index]!.data as unknown as Array<{ y: number | null }>).map((p) => p.y);
}

/** The lines of the chart's tooltip as a user reads them (none while it is hidden). */
export function tooltipLines(el: VisitsChart): string[] {
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.tip')!;
  return tip.hidden ? [] : Array.from(tip.children, (line) => text(line));
}

/**
 * Moves the pointer over period `index` of the chart, as a mouse would, and returns the tooltip's
 * lines once it shows (its code loads with the first pointer over the chart).
 */
export async function hover(el: VisitsChart, index: number): Promise<string[]> {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const chart = chartOf(el);
  const rect = canvas.getBoundingClientRect();
  const clientX = rect.left + chart.scales.x!.getPixelForValue(index);
  canvas.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY: rect.top + chart.chartArea.top + 10, bubbles: true }));
  const deadline = performance.now() + 10_000;
  while (tooltipLines(el).length === 0) {
    if (performance.now() > deadline) throw new Error('the tooltip did not show');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return tooltipLines(el);
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

/** The text a user reads in a part of the shadow DOM, whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the widget shows loaded data (or an error) and has rendered. */
export async function settled(el: VisitsChart, timeout = 10_000): Promise<void> {
  // Polls by itself rather than with waitUntil, whose timeout timer keeps the element alive for
  // `timeout` ms after success (and would read as a leak in the mount/unmount test).
  const deadline = performance.now() + timeout;
  while (el.shadowRoot?.querySelector('section')?.getAttribute('aria-busy') !== 'false') {
    if (performance.now() > deadline) throw new Error('the widget did not settle');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await el.updateComplete;
}

/** Opens the table view as a user would (the Table view button), and waits until it shows: its code loads on first use. */
export async function showTable(el: VisitsChart): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
  const deadline = performance.now() + 10_000;
  while (!el.shadowRoot!.querySelector('table')) {
    if (performance.now() > deadline) throw new Error(`the table view did not show: ${text(el.shadowRoot!.querySelector('.views'))}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await el.updateComplete;
}

/** Picks "Custom…" in the Range control as a user would, and waits for the form (its code loads on first use). */
export async function openCustomRange(el: VisitsChart): Promise<void> {
  choose(el, 'select[id$="-range"]', 'custom');
  const deadline = performance.now() + 10_000;
  const from = () => el.shadowRoot!.querySelector('input[name="from"]');
  while (!from() || el.shadowRoot!.activeElement !== from()) {
    if (performance.now() > deadline) throw new Error('the custom range form did not open');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await el.updateComplete;
}

/** Picks a value in a shadow-DOM select as a user would, firing `change`. */
export function choose(el: VisitsChart, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function kpiTexts(el: VisitsChart): string[] {
  return $$(el, '.kpi').map((k) => text(k));
}

/** Captures what `downloadFile` saves (object URL + anchor click), without saving anything. */
export function captureDownloads(): { files: Array<{ name: string; blob: Blob }>; restore(): void } {
  const files: Array<{ name: string; blob: Blob }> = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:captured-${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Reads CSV text (RFC 4180: quoted cells, doubled quotes) into rows of cells. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    const cell = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
    let match: RegExpExecArray | null;
    while ((match = cell.exec(line)) && match[0] !== '') {
      cells.push(match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1]!);
      if (match[3] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * A chart of the demo backend's Matomo (installed by the test) on 10 March 2024 in en-US, 900 px
 * wide, with `attributes` and the super user's token (or none with `null`), once it has settled.
 */
export async function mountDemoChart(attributes: Record<string, string>, token: string | null = DEMO_TOKENS.matomoSuperUser): Promise<VisitsChart> {
  const el = document.createElement('visits-chart');
  el.setAttribute('api-base', '/matomo/');
  el.setAttribute('today', '2024-03-10');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (token !== null) el.token = token;
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  wrap.append(el);
  await settled(el);
  return el;
}

/**
 * The annotation markers: the chart's canvas they are drawn on (in the band under its x axis), the
 * row over that band that takes the pointer, and the button of the active one (the toolbar's one stop).
 */
export function annotationMarkers(el: VisitsChart): { canvas: HTMLCanvasElement; row: HTMLElement; button: HTMLButtonElement } {
  return { canvas: $<HTMLCanvasElement>(el, '.chart-box canvas'), row: $(el, '.ann-row'), button: $<HTMLButtonElement>(el, '.ann-row button') };
}

/** Where the band under the x axis starts, in the canvas's CSS pixels from its top. */
export function bandTop(el: VisitsChart): number {
  return chartOf(el).scales.x!.bottom;
}

/** Where the chart draws period `index`, in the page's x (as `getBoundingClientRect`). */
export function periodX(el: VisitsChart, index: number): number {
  return $(el, 'canvas').getBoundingClientRect().left + chartOf(el).scales.x!.getPixelForValue(index);
}

/**
 * Whether a marker is drawn at the page's x `x`: the chart's canvas has ink there in the middle of
 * the pills' height, in the band under the x axis (where the chart itself draws nothing).
 */
export function markerDrawnAt(el: VisitsChart, x: number): boolean {
  const { canvas } = annotationMarkers(el);
  const box = canvas.getBoundingClientRect();
  const scale = canvas.width / box.width;
  const px = Math.round((x - box.left) * scale);
  const py = Math.round((bandTop(el) + 16) * scale);
  if (px < 0 || px >= canvas.width) return false;
  return canvas.getContext('2d')!.getImageData(px, py, 1, 1).data[3]! > 0;
}

/**
 * Clicks the marker of period `index` where it is drawn: on the button over it when it is the
 * active one (what takes the click there), else on the row over the band at its place.
 */
export function clickMarker(el: VisitsChart, index: number): void {
  const { row, button } = annotationMarkers(el);
  const [x, y] = [periodX(el, index), row.getBoundingClientRect().top + 12];
  const box = button.getBoundingClientRect();
  const onButton = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  (onButton ? button : row).dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
}

/**
 * The markers' names in the order the keyboard reaches them: from the first (Home), the arrow
 * key `next` (ArrowLeft right to left) until the last; the focus ends on the last marker.
 */
export async function markerNames(el: VisitsChart, next = 'ArrowRight'): Promise<string[]> {
  annotationMarkers(el).button.focus();
  await sendKeys({ press: 'Home' });
  const names: string[] = [];
  for (;;) {
    await el.updateComplete;
    const name = annotationMarkers(el).button.getAttribute('aria-label') ?? '';
    if (names[names.length - 1] === name) return names;
    names.push(name);
    await sendKeys({ press: next });
  }
}
