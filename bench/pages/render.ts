// The render and memory page: every widget fed by an in-memory source, next to the hand-written
// list and bare Chart.js baselines. Driven from bench/run.mjs through `window.bench`.
import '../../src/activity-log/define.js';
import '../../src/visits-chart/define.js';
import '../../src/analytics-settings/define.js';
import type { ActivityLog } from '../../src/activity-log/activity-log.js';
import type { VisitsChart, VisitsLoadDetail } from '../../src/visits-chart/visits-chart.js';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import type { ActivityEntry } from '../../src/api/activity-source.js';
import type { SiteTotals, SiteTotalsQuery } from '../../src/api/visits-source.js';
import { ACTIVITY_TOTAL, LOGINS, TODAY, activityEntries, annotationsFor, settingValues, visitsResult } from './data.js';
import { MemoryActivitySource, MemoryAnnotatedSource, MemorySettingsSource, MemoryVisitsSource } from './sources.js';
import { renderBaselineList } from './baseline-list.js';
import { RowList } from '../../src/activity-log/list-rows.js';
import { drawBareChart } from './baseline-chart.js';
import { countNodes, nextFrame, once, time, whenPresent, type Sample } from './harness.js';

const container = document.getElementById('stage')!;
const VIEWER = { superUser: true, logins: LOGINS, emails: {} };
const WAIT_MS = 15_000;

/** Fails with what the widget shows when `promise` does not settle in time (an error box, a spinner). */
function within<T>(promise: Promise<T>, element: Element, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const text = (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      reject(new Error(`${what}: no content after ${WAIT_MS / 1000} s. The widget shows: ${text}`));
    }, WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------------------------------ mount

function mountActivity(entries: readonly ActivityEntry[], pageSize: number): { element: ActivityLog; ready: Promise<unknown> } {
  const element = document.createElement('activity-log');
  element.pageSize = pageSize;
  element.source = new MemoryActivitySource(entries, Math.max(ACTIVITY_TOTAL, entries.length), VIEWER);
  const loaded = once(element, 'dw-activity-load');
  container.append(element);
  return { element, ready: within(loaded.then(() => element.updateComplete), element, 'activity-log') };
}

function mountChart(points: number, series: number, source: MemoryVisitsSource): { element: VisitsChart; ready: Promise<VisitsLoadDetail> } {
  const element = document.createElement('visits-chart');
  element.siteId = Array.from({ length: series }, (_, i) => i + 1).join(',');
  element.period = 'day';
  element.date = `last${points}`;
  element.today = TODAY;
  element.source = source;
  // With annotations: ready once their markers are drawn too (their code, the answer, the element's render).
  const annotated = source instanceof MemoryAnnotatedSource;
  element.annotations = annotated;
  const loaded = once(element, 'dw-visits-load') as Promise<CustomEvent<VisitsLoadDetail>>;
  container.append(element);
  const ready = loaded.then(async (e) => {
    await element.updateComplete;
    if (annotated) {
      // As soon as the element is there (checked after each DOM change, no timer), then its answer drawn.
      await new Promise<void>((resolve) => whenPresent(element.shadowRoot!, 'dw-visits-annotations', resolve));
      const markers = element.shadowRoot!.querySelector('dw-visits-annotations') as HTMLElement & { updateComplete: Promise<unknown> };
      await markers.updateComplete;
      await source.answered;
      await markers.updateComplete;
      if (!element.shadowRoot!.querySelector('.ann-row button')) throw new Error('visits-chart drew no annotation marker');
    }
    return e.detail;
  });
  return { element, ready: within(ready, element, 'visits-chart') };
}

function mountSettings(source: MemorySettingsSource): { element: AnalyticsSettings; ready: Promise<unknown> } {
  const element = document.createElement('analytics-settings');
  element.source = source;
  const loaded = once(element, 'dw-settings-load');
  container.append(element);
  return { element, ready: within(loaded.then(() => element.updateComplete), element, 'analytics-settings') };
}

function clear(): void {
  container.replaceChildren();
}

// ------------------------------------------------------------------------------------------ render

interface Series {
  widget: Sample[];
  baseline?: Sample[];
  /** The widget's rows alone (activity-log): what the rows cost without the widget around them. */
  rows?: Sample[];
  /** What was checked on the last run (rows, points, nodes). */
  checks: Record<string, number | string>;
}

/**
 * The rows of activity-log alone, as the widget builds them (its row list, in a shadow root with
 * the widget's stylesheets), without the widget around them: no header, filters, pager or lit.
 */
function mountRows(entries: readonly ActivityEntry[]): { host: HTMLElement; ready: Promise<void> } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const styles = (customElements.get('activity-log') as typeof ActivityLog).elementStyles;
  root.adoptedStyleSheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  const rows = new RowList(
    () => {},
    () => {},
  );
  const state = { activeKey: entries[0]?.id ?? '', newIds: new Set<string>(), now: Date.now(), locale: 'en', pending: false, avatar: () => undefined, pictures: '' };
  root.append(rows.update(entries, state));
  container.append(host);
  return { host, ready: rows.complete() };
}

/** activity-log with `n` entries on one page, against the hand-written list (and the widget's rows alone); runs alternate. */
async function activity(n: number, runs: number, warmup: number): Promise<Series> {
  const out: Series = { widget: [], baseline: [], rows: [], checks: {} };
  for (let i = 0; i < warmup + runs; i++) {
    const keep = i >= warmup;
    // Fresh entry objects per run (built before the clock starts): a first render, not a cached one.
    let entries = activityEntries(n);
    let element: ActivityLog | undefined;
    let firstRows = 0;
    const w = await time(container, (mark) => {
      const m = mountActivity(entries, n);
      element = m.element;
      // The first rows the widget shows (a long page shows a screenful first, then the rest).
      whenPresent(m.element.shadowRoot!, 'li.row:not(.skeleton-row)', () => {
        mark();
        firstRows = m.element.shadowRoot!.querySelectorAll('li.row').length;
      });
      return m.ready;
    });
    const rows = element!.shadowRoot!.querySelectorAll('li.row').length;
    if (rows !== n) throw new Error(`activity-log shows ${rows} rows; ${n} expected`);
    if (keep) out.widget.push(w);
    if (i === warmup + runs - 1) {
      out.checks.widgetFirstRows = firstRows;
      const list = element!.shadowRoot!.querySelector('ol.list')!;
      out.checks.widgetRows = rows;
      out.checks.widgetNodesPerRow = +(countNodes(list) / n).toFixed(1);
      out.checks.widgetNodesTotal = countNodes(element!);
    }
    clear();

    entries = activityEntries(n);
    const host = document.createElement('div');
    const b = await time(container, async () => {
      renderBaselineList(host, entries, Date.now(), 'en');
      container.append(host);
    });
    const baseRows = host.shadowRoot!.querySelectorAll('li').length;
    if (baseRows !== n) throw new Error(`the baseline list shows ${baseRows} rows; ${n} expected`);
    if (keep) out.baseline!.push(b);
    if (i === warmup + runs - 1) {
      out.checks.baselineNodesPerRow = +(countNodes(host.shadowRoot!.querySelector('ol')!) / n).toFixed(1);
      out.checks.baselineNodesTotal = countNodes(host);
    }
    clear();

    entries = activityEntries(n);
    let rowsHost: HTMLElement | undefined;
    const r = await time(container, (mark) => {
      const m = mountRows(entries);
      rowsHost = m.host;
      mark(); // the first rows are in at once; the rest of a long page follows in slices
      return m.ready;
    });
    const shown = rowsHost!.shadowRoot!.querySelectorAll('li.row').length;
    if (shown !== n) throw new Error(`the rows alone are ${shown}; ${n} expected`);
    if (keep) out.rows!.push(r);
    clear();
  }
  return out;
}

/**
 * visits-chart with `points` days × `series` sites (and `annotations` annotations, their markers
 * drawn), against Chart.js on a bare canvas of the same size.
 */
async function chart(points: number, series: number, runs: number, warmup: number, annotations = 0): Promise<Series> {
  const out: Series = { widget: [], baseline: [], checks: {} };
  let box = { width: 0, height: 0 };
  for (let i = 0; i < warmup + runs; i++) {
    const keep = i >= warmup;
    const data = visitsResult(points, series);
    const source = annotations ? new MemoryAnnotatedSource(data, annotationsFor(data, annotations)) : new MemoryVisitsSource(data);
    let element: VisitsChart | undefined;
    let detail: VisitsLoadDetail | undefined;
    const w = await time(container, async () => {
      const m = mountChart(points, series, source);
      element = m.element;
      detail = await m.ready;
    });
    if (detail!.periods !== points || detail!.sites.length !== series) {
      throw new Error(`visits-chart drew ${detail!.periods} periods of ${detail!.sites.length} sites; ${points} × ${series} expected`);
    }
    const rect = element!.shadowRoot!.querySelector('.chart-box')!.getBoundingClientRect();
    box = { width: Math.floor(rect.width), height: Math.floor(rect.height) };
    if (keep) out.widget.push(w);
    clear();

    const result = visitsResult(points, series);
    const holder = document.createElement('div');
    holder.className = 'chart-holder';
    holder.style.width = `${box.width}px`;
    holder.style.height = `${box.height}px`;
    container.append(holder);
    let bare: ReturnType<typeof drawBareChart> | undefined;
    const b = await time(container, async () => {
      bare = drawBareChart(holder, result, box.width, box.height);
    });
    if (bare!.data.datasets.length !== series || bare!.data.datasets[0]!.data.length !== points) throw new Error('the bare chart has the wrong data');
    if (keep) out.baseline!.push(b);
    bare!.destroy();
    clear();
  }
  out.checks = { box: `${box.width}×${box.height}`, points, series, annotations };
  return out;
}

/** The figures of every site the overview asks for, from memory (as MultiSites.getAll would give them). */
class MemoryOverviewSource extends MemoryVisitsSource {
  async getSiteTotals(query: SiteTotalsQuery): Promise<SiteTotals[]> {
    return query.sites.map(({ idSite }) => ({ idSite, metrics: { nb_pageviews: 1000 + Number(idSite) } }));
  }
}

/**
 * The overview of `sites` sites (30 days each, with a comparison): from the Overview button's
 * click on a loaded chart (its code already fetched by the warm-up runs) to the table with every
 * site's row, pageviews and trend line, laid out, then the next frame.
 */
async function overview(sites: number, runs: number, warmup: number): Promise<Series> {
  const out: Series = { widget: [], checks: {} };
  const { current } = visitsResult(30, sites);
  const result = { current, previous: visitsResult(30, sites).current };
  for (let i = 0; i < warmup + runs; i++) {
    const m = mountChart(30, sites, new MemoryOverviewSource(result));
    await m.ready;
    const element = m.element;
    const root = element.shadowRoot!;
    const button = Array.from(root.querySelectorAll<HTMLButtonElement>('.actions button')).find((b) => b.textContent?.trim() === 'Overview')!;
    const shown = () => {
      const table = root.querySelector('dw-visits-overview table');
      return !!table && table.querySelectorAll('tbody tr').length === sites && table.querySelectorAll('svg.spark').length === sites && !table.textContent!.includes('Loading');
    };
    const w = await time(container, async () => {
      button.click();
      // Checked after each change of the DOM (no polling delay in the figure).
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      });
    });
    if (i >= warmup) out.widget.push(w);
    out.checks = { sites, rows: root.querySelectorAll('dw-visits-overview tbody tr').length, nodes: countNodes(root.querySelector('dw-visits-overview')!) };
    clear();
  }
  return out;
}

/** analytics-settings from connection to a filled, enabled form. */
async function settings(runs: number, warmup: number): Promise<Series> {
  const out: Series = { widget: [], checks: {} };
  for (let i = 0; i < warmup + runs; i++) {
    const source = new MemorySettingsSource(settingValues());
    let element: AnalyticsSettings | undefined;
    const w = await time(container, () => {
      const m = mountSettings(source);
      element = m.element;
      return m.ready;
    });
    const controls = [...element!.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="control"]')];
    const enabled = controls.filter((c) => !c.disabled).length;
    if (controls.length === 0 || enabled === 0) throw new Error('analytics-settings shows no enabled control');
    if (i >= warmup) out.widget.push(w);
    out.checks = { controls: controls.length, enabled };
    clear();
  }
  return out;
}

/** The large values typed into: 100,000 characters of Additional Piwik Sites, in two shapes. */
const LARGE_VALUES = {
  /** A list of trackers (each without its trailing slash, so each has a message). */
  trackers: () => JSON.stringify(Array.from({ length: 1700 }, (_, i) => ({ trackerURL: `https://stats${i}.example.net`, siteId: i + 1 }))),
  /** Text, which the chat server's client reads letter by letter (100,000 addTracker calls). */
  text: () => JSON.stringify('x'.repeat(100_000 - 2)),
};

/**
 * analytics-settings with 100,000 characters in Additional Piwik Sites: one keystroke (a space
 * added at the end, then taken away) until the form, its messages, the row editor and the preview
 * are in the DOM and a frame has passed. What a reader feels typing into such a value.
 */
async function settingsTyping(shape: keyof typeof LARGE_VALUES, runs: number, warmup: number): Promise<Series> {
  const out: Series = { widget: [], checks: {} };
  const value = LARGE_VALUES[shape]();
  const values = settingValues().map((v) => (v.id === 'PiwikAdditionalTrackers' ? { ...v, value } : v));
  const { element, ready } = mountSettings(new MemorySettingsSource(values));
  await ready;
  const root = element.shadowRoot!;
  // The row editor (Matomo enabled) and the tracking-code preview arrive on demand: wait for both before timing.
  const parts = () => root.querySelector('[part="trackers"], [part="trackers-note"]') && root.getElementById('preview-host');
  for (let i = 0; i < 200 && !parts(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!root.getElementById('preview-host')) throw new Error('analytics-settings shows no tracking-code preview');
  if (shape === 'trackers' && !root.querySelector('[part="tracker-row"]')) throw new Error('analytics-settings shows no tracker row');
  const textarea = root.getElementById('PiwikAdditionalTrackers') as HTMLTextAreaElement;
  for (let i = 0; i < warmup + runs; i++) {
    const next = i % 2 === 0 ? `${value} ` : value;
    const w = await time(container, async () => {
      textarea.value = next;
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
    });
    if (i >= warmup) out.widget.push(w);
  }
  out.checks = {
    characters: value.length,
    rows: root.querySelectorAll('[part="tracker-row"]').length,
    messages: root.querySelectorAll('.err li, .warn li, [part="pitfalls"] li').length,
    nodes: countNodes(root),
    html: root.innerHTML.length,
  };
  clear();
  return out;
}

// ------------------------------------------------------------------------------------------ memory

/** Mounts and unmounts a widget `count` times, each time until its content is shown and a frame has passed. */
async function cycles(kind: 'activity-log' | 'visits-chart' | 'analytics-settings', count: number): Promise<number> {
  const entries = activityEntries(25);
  const visits = new MemoryVisitsSource(visitsResult(30, 1));
  const values = new MemorySettingsSource(settingValues());
  for (let i = 0; i < count; i++) {
    const m = kind === 'activity-log' ? mountActivity(entries, 25) : kind === 'visits-chart' ? mountChart(30, 1, visits) : mountSettings(values);
    await m.ready;
    await nextFrame();
    m.element.remove();
  }
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return count;
}

Object.assign(window, { bench: { activity, chart, overview, settings, settingsTyping, cycles, ready: true } });
