import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DashboardError } from './errors.js';
import { Localize } from './localize.js';

/**
 * Parts of a widget its first view does not need (exports, a table view, the Share panel, the
 * saving code) are loaded on first use, in the script-tag bundles as files of their own under
 * `chunks/`. They all load through `loadPart`, and a part that does not arrive is said in the one
 * sentence below, with a Retry that fetches it again.
 */

/** A part of a widget's code loaded on demand did not arrive (offline, or the `chunks` folder not served). */
export class ChunkLoadError extends DashboardError {
  readonly kind = 'network';
  override name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super({ key: 'A part of this widget could not be loaded. {reason}', params: { reason: { key: 'Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).' } } }, { cause });
  }
}

/** The one loader of parts: a failure becomes a `ChunkLoadError` (retryable: the next call fetches again). */
export function loadPart<T>(loader: () => Promise<T>): Promise<T> {
  return loader().catch((error: unknown) => {
    throw new ChunkLoadError(error);
  });
}

/** Where a lazy part is: not asked for yet, on its way, there, or not arrived. */
export type PartStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyPartOptions<T> {
  /** Called once, when the code has arrived (to adopt its styles, make an object of it…). */
  onReady?(code: T): void;
}

/**
 * A part of a widget loaded on demand, as a controller of its host: its status (a change updates
 * the host), its code once there, and the same failure for every part. A failed load is not kept:
 * the next `load()` (Retry) fetches again. It needs none of the host's lifecycle, so it is not
 * registered with `addController`.
 *
 * ```ts
 * #table = new LazyPart(this, () => chunks.table());
 * // on use:   const code = await this.#table.need();   // undefined if it did not arrive
 * // render:   this.#table.value ? … : this.#table.render('the table')
 * ```
 * The loader is called at each load (not kept at construction), so a test can replace what it calls.
 */
export class LazyPart<T> {
  #status: PartStatus = 'idle';
  #value: T | undefined;
  #loading: Promise<T> | undefined;

  constructor(
    /** What a change of status updates (anything with `requestUpdate`). */
    readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    readonly loader: () => Promise<T>,
    readonly options: LazyPartOptions<T> = {},
  ) {}

  get status(): PartStatus {
    return this.#status;
  }

  /** The part's code, once it has arrived. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Loads the part (once: later calls share the load, or the code); rejects with a `ChunkLoadError`. */
  load(): Promise<T> {
    if (this.#status === 'ready') return Promise.resolve(this.#value as T);
    if (this.#loading) return this.#loading;
    this.#set('loading');
    this.#loading = loadPart(this.loader).then(
      (code) => {
        this.#value = code;
        this.#loading = undefined;
        this.options.onReady?.(code);
        this.#set('ready');
        return code;
      },
      (error: ChunkLoadError) => {
        this.#loading = undefined;
        this.#set('failed');
        throw error;
      },
    );
    return this.#loading;
  }

  /** Like `load()`, for callers that show the failure through `render()`: undefined when it did not arrive. */
  need(): Promise<T | undefined> {
    return this.load().catch(() => undefined);
  }

  /** Back to `idle` after a failure the host no longer shows (a closed panel). */
  reset(): void {
    if (this.#status === 'failed') this.#set('idle');
  }

  /**
   * The part's state where the part would be: a status line while it loads, the failure with
   * Retry (and `actions`, e.g. a Close button) when it did not arrive, nothing otherwise, in the
   * host's language (its `Localize`). `what` names the part with its article, in that language
   * (`this.localize.t('the table')`). `part` names both boxes (default:
   * `error` on the failure only).
   */
  render(what: string, options: { retry?: () => void; part?: string; actions?: TemplateResult } = {}): TemplateResult | typeof nothing {
    const { retry = () => void this.need(), part, actions } = options;
    const t = Localize.of(this.host);
    // {part}: the part's name as the widget gives it (in English with its article: "the table").
    if (this.#status === 'loading') return html`<p class="message part-state" part=${part ?? nothing} role="status">${t.t('Loading {part}…', { part: what })}</p>`;
    if (this.#status !== 'failed') return nothing;
    return html`<div class="message error part-state" part=${part ?? 'error'} role="alert">
      <strong>${t.t('Could not load {part}.', { part: what })}</strong>
      <p>${t.t('Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).')}</p>
      <button type="button" part="retry-button" @click=${retry}>${t.t('Retry')}</button>${actions ?? nothing}
    </div>`;
  }

  #set(status: PartStatus): void {
    this.#status = status;
    this.host.requestUpdate();
  }
}
