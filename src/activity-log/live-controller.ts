import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isAbort } from '../core/errors.js';
import { LazyPart } from '../core/lazy-part.js';
import { errorBox } from '../core/status-message.js';
import { chunks } from './chunks.js';
import type { LiveRefresh, LiveState, TickOutcome } from './live.js';
import type { QueryController } from './query-controller.js';
import { newActivities } from './summary.js';

/** What live updates read from their widget, and tell it. */
export interface LiveOptions {
  /** No check while this says so (an export reading everything). */
  busy(): boolean;
  locale(): string;
  announce(text: string): void;
  /** A check for new activities failed, or their code did not arrive. */
  onError(error: unknown): void;
  /** After a refused token, lets the next request try it once more (the reader asked). */
  retrySignIn(): void;
  /** Loads the page again (Resume after a refused load). */
  retryLoad(): void;
  /** Reloads everything (Retry once live updates are off). */
  reload(): void;
}

/**
 * Live updates of `<activity-log>`: given an interval, their code (live.ts, with the scan's) loads,
 * and checks for new activities follow through the query; this controller holds what shows before
 * and without that code: the status ("Live" while it loads, "Live updates stopped" when it did not
 * arrive or the load was refused), the Pause / Resume button, and the failure with Retry. It needs
 * none of the host's lifecycle (the checks' timer, `LiveRefresh`, registers itself).
 */
export class LiveController {
  /** Why live updates could not start, or the last check failed (cleared by a check that works, Retry, or a reload). */
  error: unknown;

  /** The live code, with the scan's (which follows new entries). */
  readonly #part: LazyPart<Awaited<ReturnType<typeof chunks.live>>>;
  #refresh: LiveRefresh | undefined;
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
    this.#start();
  }

  /** While the code loads: a page waits for it, so that live updates can follow the page shown. */
  get loading(): Promise<void> | undefined {
    return this.#loading;
  }

  get state(): LiveState {
    return this.#refresh?.state ?? (this.#interval > 0 ? (this.error || this.query.refused ? 'stopped' : 'live') : 'off');
  }

  /** Stops checking (the server refused the token): nothing is tried again until the reader asks. */
  stop(): void {
    this.#refresh?.stop();
  }

  /** After the page loaded again (Retry): live updates stopped by the refusal go on. */
  resumeStopped(): void {
    if (this.#refresh?.state === 'stopped' && !this.error) this.#refresh.resume();
  }

  /** The status and the Pause / Resume button, for the header (nothing with live updates off). */
  render(): TemplateResult | typeof nothing {
    const state = this.state;
    if (state === 'off') return nothing;
    const label = (this.#refresh && this.#part.value?.liveLabel(state, this.#refresh.lastSuccess || this.query.shown?.at, this.options.locale())) ?? (state === 'stopped' ? 'Live updates stopped' : 'Live');
    return html`<span class="live-status ${state}" part="live-status"><span class="dot" aria-hidden="true"></span>${label}</span>
      <button type="button" class="small" part="pause-button" ?disabled=${!!this.#loading} @click=${this.#toggle}>${state === 'paused' || state === 'stopped' ? 'Resume' : 'Pause'}<span class="visually-hidden"> live updates</span></button>`;
  }

  /** A check that failed (with the time of the list shown), or live updates that could not start; with Retry. */
  notice(): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    const code = this.#part.value;
    if (!this.#refresh || !code) return errorBox(error, this.#retry, 'Could not start live updates');
    return code.refreshNotice(error, this.query.shown?.at, this.options.locale(), this.#retry);
  }

  /** Loads the live code when first switched on, then follows the interval. */
  #start(): void {
    if (this.#refresh) this.#refresh.interval = this.#interval;
    else if (this.#interval > 0 && !this.#loading) {
      this.#loading = this.#part
        .load()
        .then(
          ({ LiveRefresh }) => {
            this.error = undefined;
            const refresh = (this.#refresh = new LiveRefresh(this.host, (signal) => this.#tick(signal)));
            refresh.interval = this.#interval;
            if (this.query.refused) refresh.stop();
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
  }

  async #tick(signal: AbortSignal): Promise<TickOutcome> {
    if (this.options.busy()) return 'skip';
    try {
      const added = await this.query.checkForNew(signal);
      if (added === undefined) return 'skip';
      this.error = undefined;
      if (added) this.options.announce(`${newActivities(added, this.options.locale())}.`);
      return 'ok';
    } catch (error) {
      if (isAbort(error)) return 'skip';
      this.error = error;
      this.options.onError(error);
      this.host.requestUpdate();
      throw error; // LiveRefresh decides: stop (the token or access was refused) or keep trying
    }
  }

  #retry = () => {
    this.options.retrySignIn();
    this.error = undefined;
    if (!this.#refresh) this.#start();
    else if (this.#refresh.state === 'off') this.options.reload();
    else this.#refresh.resume();
    this.host.requestUpdate();
  };

  #toggle = () => {
    const refresh = this.#refresh;
    const state = this.state;
    if (!refresh) this.#retry(); // the live code did not load: try again
    else if (this.query.refused) this.options.retryLoad(); // stopped by a refused load: Resume loads again (and resumes)
    else if (state === 'paused' || state === 'stopped') {
      if (state === 'stopped') this.options.retrySignIn();
      this.error = undefined;
      refresh.resume();
    } else refresh.pause();
  };
}
