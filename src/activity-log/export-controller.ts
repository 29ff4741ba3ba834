import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import { chunks } from './chunks.js';
import type { ActivityExportDetail } from './events.js';
import type { ExportFormat } from './export.js';
import type { FilterScan } from './filter-scan.js';
import { DOWNLOAD } from './icons.js';
import { adoptPartStyles } from './part-styles.js';

/** What the reader can take away: a CSV or JSON file (export.ts), or the report to print (report.ts). */
export type ExportKind = ExportFormat | 'report';

/** What the exports read from their widget, and tell it. */
export interface ExportOptions {
  /** The whole filtered view, to read (loading the scan's code if needed). */
  scan(): Promise<FilterScan>;
  locale(): string;
  /** The server's address, for the report ('' when the page gives the entries itself). */
  server(): string;
  announce(text: string): void;
  /** A file was saved. */
  onSaved(detail: ActivityExportDetail): void;
  /** An export failed (not when cancelled), or its code did not arrive: `during` says which, a file or the report. */
  onError(error: unknown, during: 'export' | 'report'): void;
  /** After a refused token, lets the next request try it once more (the reader asked). */
  retrySignIn(): void;
}

/**
 * The exports of `<activity-log>`: every entry of the filtered view saved as CSV or JSON, or shown
 * as a report to print or save as PDF ("Print report"). The first view holds the three buttons and
 * the one export at a time (removing the widget cancels it); the code of each (export.ts,
 * report.ts: reading, the file or the window, the progress with Cancel, a failure with Retry) loads
 * on its first use and keeps its state here (`state`). Until it arrives, it is said as every part
 * loaded on demand is.
 */
export class ExportController implements ReactiveController {
  /** The export under way, or the last one's failure (export.ts and report.ts keep them here). */
  state: { run?: { controller: AbortController } | undefined; failed?: unknown } = {};

  readonly #files: LazyPart<Awaited<ReturnType<typeof chunks.export>>>;
  readonly #report: LazyPart<Awaited<ReturnType<typeof chunks.report>>>;
  /** The export last asked for: the one shown, and the one Retry repeats. */
  #kind: ExportKind = 'csv';

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: ExportOptions,
  ) {
    this.#files = new LazyPart(host, () => chunks.export(), { onReady: (code) => adoptPartStyles(host, code.exportStyles) });
    this.#report = new LazyPart(host, () => chunks.report(), { onReady: (code) => adoptPartStyles(host, code.reportProgressStyles) });
    host.addController(this);
  }

  /** Whether an export is under way (or its code on its way). */
  get running(): boolean {
    return !!this.state.run || this.#files.status === 'loading' || this.#report.status === 'loading';
  }

  /**
   * Starts an export, unless one is under way. Resolves with what its code gives (the file saved,
   * the number of entries in the report), or undefined: cancelled, failed, or its code did not
   * arrive (said by `render`, with Retry, and told to the widget).
   */
  start(kind: ExportFormat): Promise<ActivityExportDetail | undefined>;
  start(kind: 'report'): Promise<number | undefined>;
  start(kind: ExportKind): Promise<unknown>;
  start(kind: ExportKind): Promise<unknown> {
    if (this.running) return Promise.resolve(undefined);
    this.#kind = kind;
    this.state.failed = undefined;
    if (kind !== 'report') return this.#files.load().then((code) => code.start(this, kind), (error: unknown) => this.options.onError(error, 'export'));
    // The report's window is opened now, from the click: a browser blocks one opened later.
    const win = window.open('', '_blank');
    return this.#report.load().then(
      (code) => code.start(this, win),
      (error: unknown) => {
        win?.close();
        this.options.onError(error, 'report');
      },
    );
  }

  /** Retry: the last export again, letting a refused token be tried once more. */
  retry = (): void => {
    this.options.retrySignIn();
    void this.start(this.#kind);
  };

  hostDisconnected(): void {
    this.state.run?.controller.abort();
  }

  /** The CSV, JSON and "Print report" buttons, for the header (enabled when there is something to export and no export under way). */
  buttons(entries: boolean): TemplateResult {
    const disabled = !entries || this.running;
    const t = Localize.of(this.host);
    // The buttons show the format's name; their accessible name says what they do.
    return html`<button type="button" class="small" part="export-csv" ?disabled=${disabled} aria-label=${t.t('Export as CSV')} @click=${() => this.start('csv')}>${DOWNLOAD}<span translate="no">CSV</span></button>
      <button type="button" class="small" part="export-json" ?disabled=${disabled} aria-label=${t.t('Export as JSON')} @click=${() => this.start('json')}>${DOWNLOAD}<span translate="no">JSON</span></button>
      <button type="button" class="small" part="report-button" ?disabled=${disabled} @click=${() => this.start('report')}>${t.t('Print report')}</button>`;
  }

  /** The last export asked for: under way, or its failure; before its code is here, that code on its way or not arrived. */
  render(): unknown {
    const t = Localize.of(this.host);
    const options = { retry: this.retry };
    return this.#kind === 'report'
      ? (this.#report.value?.render(this) ?? this.#report.render(t.t('the report'), options))
      : (this.#files.value?.render(this) ?? this.#files.render(t.t('the export'), options));
  }
}
