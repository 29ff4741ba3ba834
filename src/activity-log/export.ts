import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { ApiError } from '../api/errors.js';
import { isAbort, isDashboardError } from '../core/errors.js';
import { toCsv } from '../core/csv.js';
import { downloadFile } from '../core/download.js';
import { Localize } from '../core/localize.js';
import { errorBox } from '../core/status-message.js';
import { translator, type Translator } from '../core/translate.js';
import type { FilterScan } from './filter-scan.js';
import { activeFilters, type ActivityFilters, type FilterKey } from './filters.js';
import { toRow } from './rows.js';
import { fold } from './search.js';
import { currentTimeZone } from './time.js';

export type ExportFormat = 'csv' | 'json';

/**
 * An export under way: what it writes, how far it has read (reported by `saveExport`; the progress
 * says it in the words of each render, so a language arriving meanwhile is used), and how to cancel it.
 */
export interface ExportRun {
  format: ExportFormat;
  done: number;
  of: number;
  controller: AbortController;
}

const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * Reads every entry of a view and saves them as a file (this module is loaded on the first
 * export), reporting progress in `state` (and through `update`): entries read of those to read. Resolves with what was saved
 * and the sentence that announces it.
 */
export async function saveExport(
  scan: FilterScan,
  state: ExportRun,
  locale: string,
  update: () => void,
): Promise<[{ format: ExportFormat; count: number; fileName: string }, string]> {
  const { format } = state;
  const t = translator(locale);
  const entries = await scan.all(state.controller.signal, (done, of) => {
    state.done = done;
    state.of = of;
    update();
  });
  const count = entries.length;
  const fileName = exportFileName(scan.filters, count, format);
  const cut = { count: 0 };
  let text: string;
  try {
    text = exportEntries(entries, format, { ...scan.filters }, locale, new Date(), cut);
  } catch (error) {
    throw new ExportError(format, error);
  }
  downloadFile(fileName, text, EXPORT_TYPES[format]);
  // {file}: the file's name.
  const saved = t.plural(count, { one: 'Saved {count} activity to {file}.', other: 'Saved {count} activities to {file}.' }, { file: fileName });
  return [{ format, count, fileName }, cut.count ? `${saved} ${t.t('Details nested deeper than {depth} levels are replaced by a note in the file.', { depth: MAX_JSON_DEPTH })}` : saved];
}

/** What an export tells its widget. */
export interface ExportHooks {
  locale(): string;
  announce(text: string): void;
  /** An export was saved. */
  onSaved(detail: { format: ExportFormat; count: number; fileName: string }): void;
}

/** What this code needs of its controller (export-controller.ts, in the first view). */
export interface ExportsController {
  readonly host: ReactiveControllerHost;
  readonly options: ExportHooks & {
    /** The whole filtered view, to read. */
    scan(): Promise<FilterScan>;
    /** An export failed (not when cancelled). */
    onError(error: unknown, during: 'export'): void;
  };
  /** Kept there between exports (see `ExportState`). */
  state: object;
  /** Repeats the last export (Retry). */
  retry(): void;
}

/** What this code keeps in its controller (`ExportController.state`): the export under way, or the last one's failure. */
interface ExportState {
  run?: ExportRun | undefined;
  failed?: unknown;
}

const stateOf = (c: ExportsController): ExportState => c.state as ExportState;

/**
 * Saves every entry of the widget's filtered view as `format`, one export at a time. Resolves with
 * what was saved, or undefined when cancelled or failed (the failure is kept, shown by `render`
 * with Retry, and told to the widget).
 */
export async function start(c: ExportsController, format: ExportFormat): Promise<{ format: ExportFormat; count: number; fileName: string } | undefined> {
  const state = stateOf(c);
  const { host, options } = c;
  if (state.run) return undefined;
  const run: ExportRun = { format, done: 0, of: 0, controller: new AbortController() };
  state.run = run;
  state.failed = undefined;
  host.requestUpdate();
  try {
    return await runExport(await options.scan(), run, options, () => host.requestUpdate());
  } catch (error) {
    state.failed = error;
    options.onError(error, 'export');
    return undefined;
  } finally {
    if (state.run === run) state.run = undefined;
    host.requestUpdate();
  }
}

/** The export under way (its progress with Cancel), or the last one's failure with Retry. */
export function render(c: ExportsController): TemplateResult | typeof nothing {
  const { run, failed } = stateOf(c);
  const t = Localize.of(c.host);
  if (run) return renderProgress(run, () => run.controller.abort(), t);
  // An export that cannot work again (a file that cannot be written, a refused token) offers no Retry.
  return failed ? errorBox(failed, !isDashboardError(failed) || failed.retryable ? c.retry : undefined, t.t('Could not export the activities'), t) : nothing;
}

/**
 * Runs an export (`start` runs it, once this code is here): reads every entry of
 * the view, saves the file, and says so; a cancelled export says that. Resolves with what was
 * saved, or undefined when cancelled; rejects when it failed.
 */
export async function runExport(scan: FilterScan, run: ExportRun, hooks: ExportHooks, update: () => void): Promise<{ format: ExportFormat; count: number; fileName: string } | undefined> {
  try {
    run.controller.signal.throwIfAborted();
    const [detail, said] = await saveExport(scan, run, hooks.locale(), update);
    hooks.announce(said);
    hooks.onSaved(detail);
    return detail;
  } catch (error) {
    if (!isAbort(error)) throw error;
    hooks.announce(translator(hooks.locale()).t('Export cancelled.'));
    return undefined;
  }
}

/** The styles of an export's progress. */
export const exportStyles = css`
  .export label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .export progress {
    flex: 1 1 10em;
    accent-color: var(--_accent);
  }
  .export button {
    margin: 0.5em 0 0;
  }
`;

/** The progress of an export, with Cancel, in the words of `t` (the widget's). */
export function renderProgress(run: ExportRun, cancel: () => void, t: Translator): TemplateResult {
  return html`<div class="message export" part="export-progress">
    <label
      ><span
        >${run.of
          ? // {format}: CSV or JSON; {done} of {of}: the activities checked so far, of those to check.
            t.t('Exporting {format}… {done} of {of} checked', { format: run.format.toUpperCase(), done: run.done, of: run.of })
          : t.t('Exporting {format}…', { format: run.format.toUpperCase() })}</span
      >
      <progress max=${Math.max(1, run.of)} .value=${run.done}></progress
    ></label>
    <button type="button" class="small" @click=${cancel}>${t.t('Cancel export')}</button>
  </div>`;
}

/** The entries were read but could not be written as a file: trying again would fail the same way. */
export class ExportError extends ApiError {
  readonly kind = 'bad-response';
  override name = 'ExportError';
  override readonly retryable = false;
  constructor(format: ExportFormat, cause: unknown) {
    // {format}: CSV or JSON; {reason}: the browser's own words (in English, as it gives them).
    super(
      cause instanceof Error
        ? { key: 'The activities were read, but could not be written as a {format} file ({reason}).', params: { format: format.toUpperCase(), reason: cause.message } }
        : { key: 'The activities were read, but could not be written as a {format} file.', params: { format: format.toUpperCase() } },
      { cause },
    );
  }
}

/** The deepest nesting of an entry's parameters written to a JSON file (a list shows far less). */
export const MAX_JSON_DEPTH = 64;
const TOO_DEEP = `[not exported: nested deeper than ${MAX_JSON_DEPTH} levels]`;
const CYCLE = '[not exported: contains itself]';

/**
 * `value` ready for `JSON.stringify` whatever its shape: nesting below `MAX_JSON_DEPTH` and a value
 * that contains itself (a page's own source may hand one over) become a note saying so, counted
 * in `cut`. Keys stay own properties (`__proto__` included).
 */
export function jsonSafe(value: unknown, cut: { count: number } = { count: 0 }, depth = 0, open = new Set<object>()): unknown {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  if (open.has(value) || depth >= MAX_JSON_DEPTH) {
    cut.count++;
    return open.has(value) ? CYCLE : TOO_DEEP;
  }
  open.add(value);
  const next = (v: unknown) => jsonSafe(v, cut, depth + 1, open);
  const out = Array.isArray(value) ? value.map(next) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, next(v)]));
  open.delete(value);
  return out;
}

const CSV_HEADER = ['ID', 'Date and time (UTC)', 'Local date and time', 'User', 'Activity type', 'Activity', 'Category', 'Description', 'Details', 'IP address', 'Country'];

/**
 * The entries as a CSV file (RFC 4180, one header row, formula-safe cells, with a byte-order
 * mark so spreadsheets read UTF-8) or a JSON document that also records the filters. Whatever
 * the shape of the server's parameters, the JSON is written (see `jsonSafe`; `cut` counts what
 * was replaced by a note).
 */
export function exportEntries(entries: readonly ActivityEntry[], format: ExportFormat, filters: ActivityFilters, locale: string, now = new Date(), cut = { count: 0 }): string {
  const zone = currentTimeZone();
  const rows = entries.map((entry) => toRow(entry, locale, zone));
  if (format === 'csv') {
    return (
      '\ufeff' +
      toCsv([
        CSV_HEADER,
        ...rows.map((r) => [r.entry.id, r.iso, r.exact, r.entry.userLogin, r.entry.type, r.type.label, r.type.groupLabel, r.description, r.detailsText, r.entry.ip ?? '', r.entry.countryName || r.entry.country || '']),
      ])
    );
  }
  const document = {
    exported: now.toISOString(),
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    count: rows.length,
    entries: rows.map((r) => ({
      id: r.entry.id,
      datetime: r.iso || null,
      user: r.entry.userLogin,
      type: r.entry.type,
      typeLabel: r.type.label,
      category: r.type.groupLabel,
      description: r.description,
      details: r.details,
      parameters: jsonSafe(r.entry.parameters, cut),
      ip: r.entry.ip ?? null,
      country: r.entry.country ?? null,
      countryName: r.entry.countryName ?? null,
    })),
  };
  return JSON.stringify(document, null, 2);
}

/** How a filter names itself in a file name (any other: its attribute and value, `site-3`); '' says nothing. */
const FILE_NAME_PARTS: ReadonlyMap<FilterKey, (f: ActivityFilters) => string> = new Map([
  ['user', (f: ActivityFilters) => `user-${slug(f.user)}`],
  ['activityType', (f: ActivityFilters) => slug(f.activityType.replace(/^ActivityLog\//, '').replace(/([a-z\d])([A-Z])/g, '$1-$2'))],
  ['dateFrom', (f: ActivityFilters) => (!f.dateTo ? `since-${f.dateFrom}` : f.dateFrom === f.dateTo ? f.dateFrom : `${f.dateFrom}_to_${f.dateTo}`)],
  ['dateTo', (f: ActivityFilters) => (f.dateFrom ? '' : `until-${f.dateTo}`)],
  ['search', (f: ActivityFilters) => `search-${slug(f.search)}`],
]);

/**
 * A file name that says what the file holds: `activity-log_user-sophie.martin_goal-added_2024-03-01_to_2024-03-31_42-entries.csv`,
 * `activity-log_all_1234-entries.json`.
 */
export function exportFileName(filters: ActivityFilters, count: number, format: ExportFormat): string {
  const parts = activeFilters(filters)
    .map(({ key, attribute }) => FILE_NAME_PARTS.get(key)?.(filters) ?? `${attribute}-${slug(filters[key])}`)
    .filter(Boolean);
  if (parts.length === 0) parts.push('all');
  return `activity-log_${parts.join('_')}_${count}-${count === 1 ? 'entry' : 'entries'}.${format}`;
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9.@]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40) || 'x'
  );
}
