import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import { chunks } from './chunks.js';
import { adoptPartStyles } from './part-styles.js';
import type { ReportOptions } from './report.js';

/**
 * "Print report" of `<activity-log>`: the entries of the filtered view in a window of their own,
 * to print or save as PDF. The first view holds only the button: the report's code and words
 * (report.ts: reading, the window, the progress with Cancel, a failure with Retry) load on the
 * first click, and keep their state here (`state`), one report at a time.
 */
export class ReportController implements ReactiveController {
  readonly part: LazyPart<Awaited<ReturnType<typeof chunks.report>>>;
  /** The report under way, or the last one's failure (report.ts reads and writes it). */
  state: unknown;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: ReportOptions,
  ) {
    this.part = new LazyPart(host, () => chunks.report(), { onReady: (code) => adoptPartStyles(host, code.reportProgressStyles) });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.part.value?.cancel(this);
  }

  /** The "Print report" button, for the header beside the exports. */
  button(entries: boolean): TemplateResult {
    return html`<button type="button" class="small" part="report-button" ?disabled=${!entries || !!this.part.value?.running(this)} @click=${this.open}>${Localize.of(this.host).t('Print report')}</button>`;
  }

  /** The report being prepared, its failure, or its code on its way or not arrived. */
  render(): unknown {
    return this.part.value?.render(this) ?? this.part.render(Localize.of(this.host).t('the report'));
  }

  /**
   * Opens the report of the filtered view, from a click: the window is opened at once (a browser
   * blocks one opened later), then filled once the code has come and the entries are read.
   */
  open = (): void => {
    const win = window.open('', '_blank');
    void this.part.load().then(
      (code) => code.start(this, win),
      () => win?.close(),
    );
  };
}
