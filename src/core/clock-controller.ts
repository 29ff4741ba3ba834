import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now } from './clock.js';

/**
 * A clock that ticks while its host is connected: `now` is the instant of the last tick (read
 * from `core/clock.ts`, so a page or a test that sets the clock sets this one too), and each tick
 * updates the host, so relative times ("5 minutes ago") move on. Between ticks `now` stays the
 * same, so a render does not change what it shows by being later.
 */
export class ClockController implements ReactiveController {
  #now = now();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly host: ReactiveControllerHost,
    /** Milliseconds between ticks. */
    readonly interval = 30_000,
  ) {
    host.addController(this);
  }

  /** The instant of the last tick, in milliseconds since the epoch. */
  get now(): number {
    return this.#now;
  }

  hostConnected(): void {
    this.#tick();
    this.#timer = setInterval(() => this.#tick(), this.interval);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    this.#now = now();
    this.host.requestUpdate();
  }
}
