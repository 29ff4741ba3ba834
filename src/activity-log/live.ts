import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorMessage, isApiError } from '../api/errors.js';
import { clampNumber, REFRESH_RANGE } from '../core/numbers.js';

/**
 * What live updating is doing: `off` (no interval), `live`, `paused` (by the reader), `offline`
 * (the browser is offline, or the server could not be reached: it keeps trying), `stopped` (the
 * server refused the token or the access: no automatic retries, which a server would count as
 * failed logins).
 */
export type LiveState = 'off' | 'live' | 'paused' | 'offline' | 'stopped';

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

// What live updates say once their code is here (live-controller.ts says the rest: "Live" while
// it loads, "Live updates stopped" when it could not).

/** A time of day ("3:05 PM") in the reader's locale. */
const clockTime = (at: number, locale: string): string => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);

/** The live status: "Paused", "Offline: retrying", "Live · updated 3:05 PM"; undefined for the others. */
export function liveLabel(state: LiveState, updatedAt: number | undefined, locale: string): string | undefined {
  if (state === 'paused') return 'Paused';
  if (state === 'offline') return 'Offline: retrying';
  if (state === 'live' && updatedAt) return `Live · updated ${clockTime(updatedAt, locale)}`;
  return undefined;
}

/** The notice of a failed refresh: what failed, when the list shown was loaded, and Retry. */
export function refreshNotice(error: unknown, loadedAt: number | undefined, locale: string, retry: () => void): TemplateResult {
  return html`<div class="message warning" part="notice" role="alert">
    <strong>Could not check for new activities.</strong> ${errorMessage(error)}
    ${loadedAt ? `The list shows what was loaded at ${clockTime(loadedAt, locale)}.` : ''}
    <button type="button" class="small" @click=${retry}>Retry</button>
  </div>`;
}
