import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import { errorBox } from '../core/status-message.js';
import { chunks } from './chunks.js';
import type { LiveHost, LiveOptions, LiveUpdates } from './live.js';
import { renderLiveStatus } from './live-status.js';
import { adoptPartStyles } from './part-styles.js';
import type { QueryController } from './query-controller.js';

/**
 * Live updates of `<activity-log>`, as its first view holds them: given an interval, their code
 * (live.ts, with the scan's, which follows new entries) loads, and `LiveUpdates` takes over. Until
 * then, or if it does not arrive, this says "Live" (Pause waits for the code) or "Live updates
 * stopped" (the load was refused, or the code did not arrive: "Could not start live updates", with
 * Retry). It needs none of the host's lifecycle (the checks' timer registers itself).
 */
export class LiveController implements LiveHost {
  /** Why live updates could not start, or the last check failed (cleared by a check that works, Retry, or a reload). */
  error: unknown;

  readonly #part: LazyPart<Awaited<ReturnType<typeof chunks.live>>>;
  #updates: LiveUpdates | undefined;
  #loading: Promise<void> | undefined;
  #interval = 0;

  constructor(
    readonly host: ReactiveControllerHost,
    readonly query: QueryController,
    readonly options: LiveOptions,
  ) {
    this.#part = new LazyPart(host, () => Promise.all([chunks.live(), query.loadScan()]).then(([code]) => code));
  }

  /** Seconds between checks (`refresh-interval`); 0 switches live updates off. The first value above 0 loads their code. */
  set interval(seconds: number) {
    this.#interval = seconds;
    if (this.#updates) this.#updates.refresh.interval = seconds;
    else this.#start();
  }

  /** While the code loads: a page waits for it, so that live updates can follow the page shown. */
  get loading(): Promise<void> | undefined {
    return this.#loading;
  }

  /** Stops checking (the server refused the token): nothing is tried again until the reader asks. */
  stop(): void {
    this.#updates?.refresh.stop();
  }

  /** After the page loaded again (Retry): live updates stopped by the refusal go on. */
  resumeStopped(): void {
    this.#updates?.resumeStopped();
  }

  /** The status and the Pause / Resume button, for the header (nothing with live updates off). */
  render(): TemplateResult | typeof nothing {
    if (this.#updates) return this.#updates.render();
    if (!(this.#interval > 0)) return nothing;
    const stopped = !!this.error || this.query.refused;
    const t = Localize.of(this.host);
    return renderLiveStatus(stopped ? 'stopped' : 'live', t.t(stopped ? 'Live updates stopped' : 'Live'), !!this.#loading, this.#retry, t);
  }

  /** A check that failed, or live updates that could not start; with Retry. */
  notice(): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    return this.#updates ? this.#updates.notice(error) : errorBox(error, this.#retry, Localize.of(this.host).t('Could not start live updates'), Localize.of(this.host));
  }

  /** Loads the live code when first switched on. */
  #start(): void {
    if (!(this.#interval > 0) || this.#loading) return;
    this.#loading = this.#part
      .load()
      .then(
        ({ LiveUpdates, liveStyles }) => {
          adoptPartStyles(this.host, liveStyles);
          this.error = undefined;
          this.#updates = new LiveUpdates(this, this.#interval);
        },
        (error: unknown) => {
          this.error = error;
          this.options.onError(error);
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
      });
  }

  /** The live code did not arrive (or has not yet): Retry and Resume load it again. */
  #retry = () => {
    if (this.#updates) return this.#updates.retry();
    this.options.retrySignIn();
    this.error = undefined;
    this.#start();
    this.host.requestUpdate();
  };
}
