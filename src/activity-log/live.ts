import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorMessage, isApiError } from '../api/errors.js';
import { isAbort } from '../core/errors.js';
import { clampNumber, REFRESH_RANGE } from '../core/numbers.js';
import { translator, type Translator } from '../core/translate.js';
import { renderLiveStatus, type LiveState } from './live-status.js';
import type { ActivityEntry } from '../api/activity-source.js';
import type { FilterScan } from './filter-scan.js';

// Live updates, loaded when `refresh-interval` first switches them on (live-controller.ts holds
// what shows before and without this code).

export type { LiveState } from './live-status.js';

/** What one refresh reports back (a refresh that throws reports `stop` or `offline`, from its error). */
export type TickOutcome = 'ok' | 'offline' | 'stop' | 'skip';

/**
 * Calls `tick` every `interval` seconds while the host is connected, the page is visible, the
 * browser online and the reader has not paused; refreshes at once when the page becomes visible
 * or the connection comes back. One tick at a time; a tick is aborted when the host leaves.
 */
export class LiveRefresh implements ReactiveController {
  #host: ReactiveControllerHost;
  #tick: (signal: AbortSignal) => Promise<TickOutcome>;
  #seconds = 0;
  #paused = false;
  #offline = false;
  #stopped = false;
  #connected = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: AbortController | undefined;
  /** When the last successful refresh finished (ms), or 0. */
  lastSuccess = 0;

  constructor(host: ReactiveControllerHost, tick: (signal: AbortSignal) => Promise<TickOutcome>) {
    this.#host = host;
    this.#tick = tick;
    host.addController(this);
  }

  get state(): LiveState {
    if (this.#seconds <= 0) return 'off';
    if (this.#stopped) return 'stopped';
    if (this.#paused) return 'paused';
    if (this.#offline) return 'offline';
    return 'live';
  }

  /** Seconds between refreshes, 5 to 86,400; 0 switches live updating off. Values from 1 to 4 count as 5, larger ones as 86,400. */
  set interval(seconds: number) {
    const next = seconds > 0 ? clampNumber(Math.max(5, seconds), REFRESH_RANGE, 0) : 0;
    if (next === this.#seconds) return;
    this.#seconds = next;
    this.#schedule();
  }

  get interval(): number {
    return this.#seconds;
  }

  pause(): void {
    this.#paused = true;
    this.#schedule();
    this.#host.requestUpdate();
  }

  /** Stops, as after a refused token (the load was refused): no refresh until `resume()`. */
  stop(): void {
    this.#stopped = true;
    this.#schedule();
    this.#host.requestUpdate();
  }

  /** Resumes after a pause or a stop, refreshing at once. */
  resume(): void {
    this.#paused = false;
    this.#stopped = false;
    this.#host.requestUpdate();
    void this.now();
  }

  /** Refreshes now (whatever the state, except off), then keeps the rhythm. */
  async now(): Promise<void> {
    if (this.#seconds <= 0 || !this.#connected || this.#running) return;
    clearTimeout(this.#timer);
    const controller = new AbortController();
    this.#running = controller;
    let outcome: TickOutcome;
    try {
      outcome = await this.#tick(controller.signal);
    } catch (error) {
      // A refused token or access (or no server address) stops: retrying would not help, and a
      // server counts repeated bad tokens as failed logins. Anything else is retried.
      outcome = isApiError(error) && (error.kind === 'auth' || error.kind === 'permission' || error.kind === 'config') ? 'stop' : 'offline';
    }
    if (this.#running !== controller) return;
    this.#running = undefined;
    if (controller.signal.aborted) return;
    if (outcome === 'ok') {
      this.#offline = !navigator.onLine;
      this.lastSuccess = Date.now();
    } else if (outcome === 'offline') this.#offline = true;
    else if (outcome === 'stop') this.#stopped = true;
    this.#host.requestUpdate();
    this.#schedule();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#offline = !navigator.onLine;
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    clearTimeout(this.#timer);
    this.#running?.abort();
    this.#running = undefined;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#connected || this.#seconds <= 0 || this.#paused || this.#stopped || this.#running) return;
    if (document.visibilityState === 'hidden') return;
    this.#timer = setTimeout(() => void this.now(), this.#seconds * 1000);
  }

  #onVisibility = () => {
    if (document.visibilityState === 'visible' && this.state !== 'paused' && this.state !== 'stopped') void this.now();
    else this.#schedule();
  };

  #onOnline = () => {
    this.#offline = false;
    this.#host.requestUpdate();
    if (this.state === 'live') void this.now();
  };

  #onOffline = () => {
    this.#offline = true;
    this.#host.requestUpdate();
  };
}

/** The styles of live updates: the status's states, rows that arrived live, and the notice of new activities above the page. */
export const liveStyles = css`
  :host {
    --_new-bg: var(--activity-log-new-row-background, var(--_success-bg));
  }
  .live-status.live .dot {
    animation: dw-live 2s ease-in-out infinite;
  }
  .live-status.paused .dot,
  .live-status.offline .dot {
    background: currentColor;
  }
  .live-status.offline {
    color: var(--_danger);
  }
  @keyframes dw-live {
    50% {
      opacity: 0.35;
    }
  }
  .row.new {
    background: var(--_new-bg);
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border-radius: 999px;
    border: 1px solid var(--_success);
    color: var(--_success);
    font-size: 0.78em;
    font-weight: 600;
    vertical-align: 0.1em;
  }
  .message.notice {
    border-color: var(--_accent);
  }
`;

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

/** What live updates need of the code that loads them (live-controller.ts). */
export interface LiveHost {
  readonly host: ReactiveControllerHost;
  /** Why the last check failed (cleared by one that works, or by Retry). */
  error: unknown;
  readonly query: {
    /** Whether the last load was refused (the token). */
    readonly refused: boolean;
    /** Whether a page is loading. */
    readonly pending: boolean;
    /** The page on screen, and when it was loaded. */
    readonly shown: { at: number } | undefined;
    /** The view of that page. */
    readonly view: object | undefined;
    /** That view as a scan, which can follow new entries. */
    fullScan(): Promise<FilterScan>;
    /** New activities arrived. */
    arrived(added: readonly ActivityEntry[]): void;
    /** Too much changed to follow: everything is read again. */
    lost(): void;
  };
  readonly options: LiveOptions;
}

/**
 * Live updates at work: checks for new activities on the interval's rhythm (`LiveRefresh`), what
 * they say (the status, a check that failed), and the reader's Pause, Resume and Retry.
 */
export class LiveUpdates {
  readonly refresh: LiveRefresh;

  constructor(
    readonly live: LiveHost,
    interval: number,
  ) {
    const refresh = (this.refresh = new LiveRefresh(live.host, (signal) => this.#tick(signal)));
    refresh.interval = interval;
    if (live.query.refused) refresh.stop();
  }

  /** The status and the Pause / Resume button. */
  render(): TemplateResult {
    const { state, lastSuccess } = this.refresh;
    const updatedAt = lastSuccess || this.live.query.shown?.at;
    const t = this.#t();
    const label =
      state === 'paused'
        ? t.t('Paused')
        : state === 'stopped'
          ? t.t('Live updates stopped')
          : state === 'offline'
            ? t.t('Offline: retrying')
            : updatedAt
              ? // {time}: the time of day of the last check, "3:05 PM".
                t.t('Live · updated {time}', { time: clockTime(updatedAt, t.locale) })
              : t.t('Live');
    return renderLiveStatus(state, label, false, this.#toggle, t);
  }

  /** A check that failed: what failed, when the list shown was loaded, and Retry. */
  notice(error: unknown): TemplateResult {
    const loadedAt = this.live.query.shown?.at;
    const t = this.#t();
    return html`<div class="message warning" part="notice" role="alert">
      <strong>${t.t('Could not check for new activities.')}</strong> ${errorMessage(error, t)}
      ${loadedAt ? t.t('The list shows what was loaded at {time}.', { time: clockTime(loadedAt, t.locale) }) : ''}
      <button type="button" class="small" @click=${this.retry}>${t.t('Retry')}</button>
    </div>`;
  }

  /** The words of the widget's locale. */
  #t(): Translator {
    return translator(this.live.options.locale());
  }

  /** After the page loaded again (Retry): live updates stopped by a refusal go on. */
  resumeStopped(): void {
    if (this.refresh.state === 'stopped' && !this.live.error) this.refresh.resume();
  }

  retry = () => {
    const { live, refresh } = this;
    live.options.retrySignIn();
    live.error = undefined;
    if (refresh.state === 'off') live.options.reload();
    else refresh.resume();
    live.host.requestUpdate();
  };

  /**
   * Looks for activities recorded since the last look (one count request; the new entries only
   * when there are some), unless there is nothing to follow now (no page yet, or one loading, or an
   * export reading everything).
   */
  async #tick(signal: AbortSignal): Promise<TickOutcome> {
    const { live } = this;
    const { query } = live;
    if (live.options.busy() || !query.view || !query.shown || query.pending) return 'skip';
    try {
      // A plain view becomes a FilterScan here, keeping the count its page read.
      const scan = await query.fullScan();
      const { added, reset } = await scan.checkForNew(signal);
      if (scan !== query.view) return 'skip';
      live.error = undefined;
      if (reset) query.lost();
      else if (added.length) {
        query.arrived(added);
        live.options.announce(this.#t().plural(added.length, { one: '{count} new activity.', other: '{count} new activities.' }));
      }
      return 'ok';
    } catch (error) {
      if (isAbort(error)) return 'skip';
      live.error = error;
      live.options.onError(error);
      live.host.requestUpdate();
      throw error; // LiveRefresh decides: stop (the token or access was refused) or keep trying
    }
  }

  #toggle = () => {
    const { live, refresh } = this;
    const state = refresh.state;
    if (live.query.refused) live.options.retryLoad(); // stopped by a refused load: Resume loads again (and resumes)
    else if (state === 'paused' || state === 'stopped') {
      if (state === 'stopped') live.options.retrySignIn();
      live.error = undefined;
      refresh.resume();
    } else refresh.pause();
  };
}

/** A time of day ("3:05 PM") in the reader's locale. */
const clockTime = (at: number, locale: string): string => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
