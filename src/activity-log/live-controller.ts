import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';
import { chunks } from './chunks.js';
import type { LiveHost, LiveOptions, LiveUpdates } from './live.js';
import { adoptPartStyles } from './part-styles.js';
import type { QueryController } from './query-controller.js';

/**
 * Live updates of `<activity-log>`, as its first view holds them: given an interval, their code
 * (live.ts, with the scan's, which follows new entries) loads, and `LiveUpdates` takes over: the
 * status, Pause / Resume, the checks and what they say. Until then the part is said as every part
 * loaded on demand is ("Loading the live updates…"; if it does not arrive, the failure with Retry).
 * It needs none of the host's lifecycle (the checks' timer registers itself).
 */
export class LiveController implements LiveHost {
  /** Why the last check failed (cleared by a check that works, Retry, or a reload). */
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

  /** The status and the Pause / Resume button, for the header (once their code is there). */
  render(): TemplateResult | typeof nothing {
    return this.#updates?.render() ?? nothing;
  }

  /** A check that failed, with Retry; before the code is there, the part loading, or not arrived with Retry. */
  notice(): TemplateResult | typeof nothing {
    if (this.#updates) return this.error ? this.#updates.notice(this.error) : nothing;
    return this.#interval > 0 ? this.#part.render(Localize.of(this.host).t('the live updates'), { retry: () => this.#start() }) : nothing;
  }

  /** Loads the live code when first switched on (again on Retry, if it did not arrive). */
  #start(): void {
    if (!(this.#interval > 0) || this.#loading) return;
    this.#loading = this.#part
      .load()
      .then(
        ({ LiveUpdates, liveStyles }) => {
          adoptPartStyles(this.host, liveStyles);
          this.#updates = new LiveUpdates(this, this.#interval);
        },
        (error: unknown) => this.options.onError(error),
      )
      .finally(() => {
        this.#loading = undefined;
        this.host.requestUpdate();
      });
  }
}
