import { css, html, nothing, render as renderInto, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { DashboardError, isAbort } from '../core/errors.js';
import { formatCount } from '../core/format.js';
import { Localize } from '../core/localize.js';
import { errorBox } from '../core/status-message.js';
import type { Translator } from '../core/translate.js';
import { activityType } from './catalogue.js';
import type { FilterScan } from './filter-scan.js';
import { activeFilters, oneType, type ActivityFilters, type FilterKey } from './filters.js';
import { siteNames } from './site-options.js';
import { typeNames } from './type-sets.js';
import { toRow, type ActivityRow } from './rows.js';
import { currentTimeZone } from './time.js';

/*
 * The audit report of `<activity-log>` (loaded on the first "Print report"): every entry the
 * current filters select, read as the export reads them (`FilterScan.all`, several pages per round
 * trip), shown in a document of its own: the server, the filters in words, the time of the report
 * and its time zone, and each entry with its absolute time, who, what and the details, as text.
 *
 * A window of its own rather than a dialog in the page: printing a dialog prints the page around
 * it, and inside the iframe embed (sandboxed without `allow-modals`) `print()` does nothing, while
 * a window opened from there escapes the sandbox (`allow-popups-to-escape-sandbox`). The window is
 * opened at the click (later, a browser blocks it as a pop-up) and is the opener's origin
 * (`about:blank`), so it is written with the DOM, and styled with a constructed style sheet: a
 * strict Content-Security-Policy, which `about:blank` inherits, allows both.
 */

/** A report under way: how far it has read, and how to cancel it. */
export interface ReportRun {
  done: number;
  of: number;
  controller: AbortController;
}

/** What the audit report reads from its widget, and tells it. */
export interface ReportOptions {
  /** The whole filtered view, to read (loading the scan's code if needed). */
  scan(): Promise<FilterScan>;
  /** The server's address ('' when the page gives the entries itself). */
  server(): string;
  announce(text: string): void;
  /** A report failed (not when cancelled). */
  onError(error: unknown, during: 'report'): void;
  /** After a refused token, lets the next request try it once more (the reader asked). */
  retrySignIn(): void;
}

/** What this code needs of its controller (export-controller.ts, in the first view). */
export interface ReportController {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly options: ReportOptions;
  /** Kept there between reports (see `ReportState`). */
  state: object;
  /** Asks for the report again, from a click (Retry). */
  retry(): void;
}

/** What this code keeps in its controller (`ExportController.state`): the report under way, or the last one's failure. */
interface ReportState {
  run?: ReportRun | undefined;
  failed?: unknown;
}

const stateOf = (c: ReportController): ReportState => c.state as ReportState;

/**
 * Prepares the report of the widget's filtered view into `win` (opened at the click), one at a
 * time. Resolves with the number of entries shown, or undefined when cancelled or failed (the
 * failure is kept, shown by `render` with Retry, and told to the widget).
 */
export async function start(c: ReportController, win: Window | null): Promise<number | undefined> {
  const state = stateOf(c);
  const { host, options } = c;
  if (state.run) {
    win?.close();
    return undefined;
  }
  const run: ReportRun = { done: 0, of: 0, controller: new AbortController() };
  state.run = run;
  state.failed = undefined;
  host.requestUpdate();
  const t = Localize.of(host);
  try {
    return await runReport(win, await options.scan(), run, {
      t,
      dir: t instanceof Localize ? t.dir : 'ltr',
      server: options.server(),
      announce: options.announce,
      update: () => host.requestUpdate(),
      closed: () => host.shadowRoot?.querySelector<HTMLElement>('[part=report-button]')?.focus(),
    });
  } catch (error) {
    if (win && !win.closed) win.close();
    state.failed = error;
    options.onError(error, 'report');
    return undefined;
  } finally {
    if (state.run === run) state.run = undefined;
    host.requestUpdate();
  }
}

/** The report being prepared (its progress with Cancel), or the last one's failure with Retry. */
export function render(c: ReportController): TemplateResult | typeof nothing {
  const { run, failed } = stateOf(c);
  const t = Localize.of(c.host);
  if (run) return renderProgress(run, t, () => run.controller.abort());
  return failed ? errorBox(failed, c.retry, t.t('Could not prepare the report'), t) : nothing;
}

/** What a report reads from its widget, and tells it. */
export interface ReportHooks {
  /** The widget's words (its `localize`): the report speaks the widget's language. */
  t: Translator;
  /** The direction of the widget's language. */
  dir: 'ltr' | 'rtl';
  /** The server's address, as the widget was given it ('' when the page gives the entries itself). */
  server: string;
  announce(text: string): void;
  /** Redraws the widget (the progress moved). */
  update(): void;
  /** The report's window was closed with its Close button. */
  closed(): void;
}

/** The report's window could not be opened (a pop-up blocker, or a sandbox without `allow-popups`). */
export class ReportWindowError extends DashboardError {
  readonly kind = 'config';
  override name = 'ReportWindowError';
  override readonly hint = '' as const;
  constructor() {
    super({ key: 'The report needs a window of its own, and the browser did not open one: allow pop-ups for this page, then try again.' });
  }
}

/**
 * Reads every entry of the view (progress in `run`, in the widget and in the window) and writes
 * the report into `win`. Resolves when it is shown, or undefined when cancelled (the window is
 * closed then, and when the reader closes the window, the reading stops); rejects when it failed.
 */
export async function runReport(win: Window | null, scan: FilterScan, run: ReportRun, hooks: ReportHooks): Promise<number | undefined> {
  const { t } = hooks;
  if (!win) throw new ReportWindowError();
  const signal = run.controller.signal;
  const doc = prepareWindow(win, t, hooks.dir);
  const draw = (body: TemplateResult) => renderInto(body, doc.body, { creationScope: doc });
  const cancel = () => run.controller.abort();
  try {
    draw(preparing(run, t, cancel));
    const entries = await scan.all(signal, (done, of) => {
      if (win.closed) run.controller.abort();
      run.done = done;
      run.of = of;
      draw(preparing(run, t, cancel));
      hooks.update();
    });
    signal.throwIfAborted();
    if (win.closed) throw new DOMException('The report window was closed.', 'AbortError');
    const report = reportModel(entries, scan.filters, hooks.server, t, new Date());
    draw(reportBody(report, t, {
      print: () => win.print(),
      close: () => {
        win.close();
        hooks.closed();
      },
    }));
    doc.querySelector<HTMLElement>('h1')?.focus();
    hooks.announce(t.plural(entries.length, { one: 'The report of {count} activity is open in its own window.', other: 'The report of {count} activities is open in its own window.' }));
    return entries.length;
  } catch (error) {
    if (!win.closed) win.close();
    if (!isAbort(error)) throw error;
    hooks.announce(t.t('Report cancelled.'));
    return undefined;
  }
}

/** The window's document, empty, in the widget's language and direction, with the report's styles. */
function prepareWindow(win: Window, t: Translator, dir: 'ltr' | 'rtl'): Document {
  const doc = win.document;
  doc.documentElement.lang = t.locale;
  doc.documentElement.dir = dir;
  doc.title = t.t('Activity log report');
  const View = win as unknown as { CSSStyleSheet: typeof CSSStyleSheet };
  const sheet = new View.CSSStyleSheet();
  sheet.replaceSync(reportStyles.cssText);
  doc.adoptedStyleSheets = [sheet];
  return doc;
}

/** The window while the entries are read: what it is, how far, and Cancel. */
function preparing(run: ReportRun, t: Translator, cancel: () => void): TemplateResult {
  return html`<main class="report">
    <h1>${t.t('Activity log report')}</h1>
    <p role="status">${progressText(run, t)}</p>
    <progress max=${Math.max(1, run.of)} .value=${run.done} aria-label=${t.t('Report progress')}></progress>
    <p class="controls"><button type="button" @click=${cancel}>${t.t('Cancel report')}</button></p>
  </main>`;
}

function progressText(run: ReportRun, t: Translator): string {
  const locale = t.locale;
  // {done} and {total}: entries checked so far, of all there are to check.
  return run.of ? t.t('Preparing the report… {done} of {total} checked', { done: formatCount(run.done, locale), total: formatCount(run.of, locale) }) : t.t('Preparing the report…');
}

/** What the report says, worked out once. */
export interface ReportModel {
  server: string;
  filters: string[];
  /** When the report was made, in the reader's words, with its time zone. */
  made: { iso: string; text: string };
  /** The browser's time zone: its name and its offset now ("Europe/Berlin", "GMT+01:00"). */
  zone: string;
  rows: Array<{ row: ActivityRow; time: string; where: string }>;
}

/** The report of `entries`: each row's absolute time in the browser's time zone, with the zone's short name. */
export function reportModel(entries: readonly ActivityEntry[], filters: ActivityFilters, server: string, t: Translator, now: Date): ReportModel {
  const locale = t.locale;
  const timeZone = currentTimeZone();
  const rowTime = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short', timeZone });
  const madeTime = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long', timeZone });
  const offset = new Intl.DateTimeFormat('en', { timeZoneName: 'longOffset', timeZone }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return {
    server: serverOrigin(server),
    filters: filterWords(filters, t),
    made: { iso: now.toISOString(), text: madeTime.format(now) },
    zone: offset ? `${timeZone} (${offset})` : timeZone,
    rows: entries.map((entry) => {
      const row = toRow(entry, locale, timeZone);
      const country = entry.countryName || entry.country || '';
      return { row, time: entry.datetime ? rowTime.format(entry.datetime) : '', where: [entry.ip ?? '', country].filter(Boolean).join(' · ') };
    }),
  };
}

/** The server's origin, from the address the widget was given; the address as given when it has none. */
function serverOrigin(apiBase: string): string {
  if (!apiBase) return '';
  try {
    const origin = new URL(apiBase, document.baseURI).origin;
    return origin === 'null' ? apiBase : origin;
  } catch {
    return apiBase;
  }
}

/** A day of a filter (`YYYY-MM-DD`) in the reader's words; as given when it is not a day. */
function day(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  return date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) : value;
}

/** How the report says each filter; '' says nothing (a range's end, said with its start). */
const FILTER_WORDS: ReadonlyMap<FilterKey, (f: ActivityFilters, t: Translator) => string> = new Map([
  ['user', (f: ActivityFilters, t: Translator) => t.t('Only the activities of {login}', { login: f.user })],
  // {type}: the name of an activity type ("Goal added").
  [
    'activityType',
    (f: ActivityFilters, t: Translator) =>
      oneType(f.activityType)
        ? t.t('Only activities of the type {type}', { type: t.text(activityType(f.activityType).text) })
        : // {list}: the activities chosen, by type or set ("Sign-ins, Goals").
          t.t('Only these activities: {list}', { list: typeNames(f.activityType, t) }),
  ],
  [
    'dateFrom',
    (f: ActivityFilters, t: Translator) =>
      f.dateTo ? t.t('From {from} to {to}, both days included', { from: day(f.dateFrom, t.locale), to: day(f.dateTo, t.locale) }) : t.t('From {day} on', { day: day(f.dateFrom, t.locale) }),
  ],
  ['dateTo', (f: ActivityFilters, t: Translator) => (f.dateFrom ? '' : t.t('Until {day}, included', { day: day(f.dateTo, t.locale) }))],
  // {words}: what the reader searched for, as typed.
  ['search', (f: ActivityFilters, t: Translator) => t.t('Containing the words “{words}”', { words: f.search.trim() })],
  // {site}: a website's name, or its id while the name is not known.
  ['site', (f: ActivityFilters, t: Translator) => t.t('Only activities about the website {site}', { site: siteNames.get(f.site) ?? f.site })],
  // {ip}: an IP address or range as given.
  ['ip', (f: ActivityFilters, t: Translator) => t.t('Only activities from the IP address or range {ip}', { ip: f.ip.trim() })],
]);

/** The filters applied, in words; none: an empty list. */
export function filterWords(filters: ActivityFilters, t: Translator): string[] {
  return activeFilters(filters)
    .map(({ key, attribute }) => FILTER_WORDS.get(key)?.(filters, t) ?? t.t('{filter}: {value}', { filter: attribute, value: filters[key] }))
    .filter(Boolean);
}

/** The report itself. */
function reportBody(report: ReportModel, t: Translator, actions: { print: () => void; close: () => void }): TemplateResult {
  const count = formatCount(report.rows.length, t.locale);
  return html`<main class="report">
    <header>
      <h1 tabindex="-1">${t.t('Activity log report')}</h1>
      <p class="controls">
        <button type="button" @click=${actions.print}>${t.t('Print')}</button>
        <button type="button" @click=${actions.close}>${t.t('Close')}</button>
      </p>
      <dl class="facts">
        <dt>${t.t('Server')}</dt>
        <dd>${report.server ? html`<span dir="ltr">${report.server}</span>` : t.t('Entries given by the page itself')}</dd>
        <dt>${t.t('Filters applied')}</dt>
        <dd>${report.filters.length ? html`<ul>${report.filters.map((f) => html`<li>${f}</li>`)}</ul>` : t.t('None: every activity')}</dd>
        <dt>${t.t('Report made')}</dt>
        <dd><time datetime=${report.made.iso}>${report.made.text}</time></dd>
        <dt>${t.t('Time zone of the times')}</dt>
        <dd>${report.zone}</dd>
        <dt>${t.t('Activities')}</dt>
        <dd>${count}</dd>
      </dl>
    </header>
    ${report.rows.length
      ? html`<table>
          <thead>
            <tr>
              <th scope="col">${t.t('Date and time')}</th>
              <th scope="col">${t.t('Who')}</th>
              <th scope="col">${t.t('What')}</th>
              <th scope="col">${t.t('Details')}</th>
              <th scope="col">${t.t('IP address and country')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.rows.map(({ row, time, where }) => reportRow(row, time, where, t))}
          </tbody>
        </table>`
      : html`<p>${t.t('No activities match these filters.')}</p>`}
  </main>`;
}

function reportRow(row: ActivityRow, time: string, where: string, t: Translator): TemplateResult {
  return html`<tr>
    <td class="time">${row.iso ? html`<time datetime=${row.iso}>${time}</time>` : t.t('Time unknown')}</td>
    <td>${row.who}${row.whoNote ? html` <span class="note">${row.whoNote}</span>` : nothing}</td>
    <td><strong>${row.typeLabel}</strong> <span class="description">${row.description}</span></td>
    <td class="details">${row.detailsText}</td>
    <td><span dir="ltr">${where}</span></td>
  </tr>`;
}

/** The styles of the report's window: readable on screen, black on white when printed, no controls on paper. */
export const reportStyles = css`
  :root {
    color-scheme: light;
    font: 14px/1.45 system-ui, sans-serif;
    color: #1a1a1a;
    background: #fff;
  }
  body {
    margin: 0;
  }
  .report {
    padding: 1.5rem;
    max-width: 75rem;
    margin: 0 auto;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 0.75rem;
  }
  h1:focus {
    outline: none;
  }
  .controls {
    display: flex;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  button {
    font: inherit;
    padding: 0.35rem 1rem;
    border: 1px solid #555;
    border-radius: 4px;
    background: #f4f4f4;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid #0b57d0;
    outline-offset: 2px;
  }
  progress {
    inline-size: min(30rem, 100%);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 1.25rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .facts ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid #c8c8c8;
    overflow-wrap: break-word;
  }
  thead th {
    border-block-end: 2px solid #1a1a1a;
  }
  .time {
    min-inline-size: 9em;
  }
  .note {
    color: #555;
  }
  .description {
    display: block;
  }
  @media print {
    :root {
      font-size: 10pt;
      color: #000;
      background: #fff;
    }
    .report {
      padding: 0;
      max-width: none;
    }
    .controls,
    button,
    progress {
      display: none;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    th,
    td {
      color: #000;
      border-color: #000;
    }
    .note {
      color: #000;
    }
  }
`;

/** The styles of the report's progress in the widget. */
export const reportProgressStyles = css`
  .report-progress label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .report-progress progress {
    flex: 1 1 10em;
    accent-color: var(--_accent);
  }
  .report-progress button {
    margin: 0.5em 0 0;
  }
`;

/** The report's progress in the widget, with Cancel. */
export function renderProgress(run: ReportRun, t: Translator, cancel: () => void): TemplateResult {
  return html`<div class="message report-progress" part="report-progress">
    <label><span>${progressText(run, t)}</span><progress max=${Math.max(1, run.of)} .value=${run.done}></progress></label>
    <button type="button" class="small" @click=${cancel}>${t.t('Cancel report')}</button>
  </div>`;
}
