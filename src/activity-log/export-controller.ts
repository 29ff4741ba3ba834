import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isDashboardError } from '../core/errors.js';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import { errorBox } from '../core/status-message.js';
import { chunks } from './chunks.js';
import { DOWNLOAD } from './icons.js';
import type { ActivityExportDetail } from './events.js';
import type { ExportFormat, ExportHooks, ExportRun } from './export.js';
import type { FilterScan } from './filter-scan.js';
import { adoptPartStyles } from './part-styles.js';

/** What exports read from their widget, and tell it. */
export interface ExportOptions extends ExportHooks {
  /** The whole filtered view, to read (loading the scan's code if needed). */
  scan(): Promise<FilterScan>;
  /** An export failed (not when cancelled). */
  onError(error: unknown): void;
  /** After a refused token, lets the next request try it once more (the reader asked). */
  retrySignIn(): void;
}

/**
 * Exports of `<activity-log>`: every entry of the filtered view saved as CSV or JSON. The export's
 * code (export.ts: reading, writing, the progress bar) loads on the first export; this controller
 * holds the buttons, the export under way (one at a time; removing the widget cancels it) and the
 * failure with Retry, which show before and without that code.
 */
export class ExportController implements ReactiveController {
  readonly #part: LazyPart<Awaited<ReturnType<typeof chunks.export>>>;
  #running: ExportRun | undefined;
  #failed: { error: unknown; format: ExportFormat } | undefined;

  constructor(
    readonly host: ReactiveControllerHost,
    readonly options: ExportOptions,
  ) {
    this.#part = new LazyPart(host, () => chunks.export(), { onReady: (code) => adoptPartStyles(host, code.exportStyles) });
    host.addController(this);
  }

  /** Whether an export is under way. */
  get running(): boolean {
    return !!this.#running;
  }

  /** Reads and saves every entry of the filtered view; resolves with what was saved, or undefined when cancelled or failed. */
  async start(format: ExportFormat): Promise<ActivityExportDetail | undefined> {
    if (this.#running) return undefined;
    const { options } = this;
    const run: ExportRun = { format, done: 0, of: 0, controller: new AbortController() };
    this.#running = run;
    this.#failed = undefined;
    this.host.requestUpdate();
    try {
      const [{ runExport }, scan] = await Promise.all([this.#part.load(), options.scan()]);
      return await runExport(scan, run, options, () => this.host.requestUpdate());
    } catch (error) {
      this.#failed = { error, format };
      options.onError(error);
      return undefined;
    } finally {
      if (this.#running === run) this.#running = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#running?.controller.abort();
  }

  /** The CSV and JSON buttons, for the header (enabled when there is something to export and no export under way). */
  buttons(entries: boolean): TemplateResult {
    const disabled = !entries || this.running;
    const t = Localize.of(this.host);
    // The buttons show the format's name; their accessible name says what they do.
    return html`<button type="button" class="small" part="export-csv" ?disabled=${disabled} aria-label=${t.t('Export as CSV')} @click=${this.#csv}>${DOWNLOAD}<span translate="no">CSV</span></button>
      <button type="button" class="small" part="export-json" ?disabled=${disabled} aria-label=${t.t('Export as JSON')} @click=${this.#json}>${DOWNLOAD}<span translate="no">JSON</span></button>`;
  }

  /** The export under way (its progress, once its code is here), or the last one's failure. */
  render(): TemplateResult | typeof nothing {
    const t = Localize.of(this.host);
    if (this.#running) return this.#part.value?.renderProgress(this.#running, this.#cancel, t) ?? nothing;
    const failed = this.#failed?.error;
    // An export that cannot work again (a file that cannot be written, a refused token) offers no Retry.
    if (failed) return errorBox(failed, !isDashboardError(failed) || failed.retryable ? this.#retry : undefined, t.t('Could not export the activities'), t);
    return nothing;
  }

  #csv = () => void this.start('csv');
  #json = () => void this.start('json');
  #cancel = () => this.#running?.controller.abort();
  #retry = () => {
    this.options.retrySignIn();
    void this.start(this.#failed?.format ?? 'csv');
  };
}
