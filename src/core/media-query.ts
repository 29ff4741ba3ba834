import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The colour scheme the operating system asks for. */
export const PREFERS_DARK = '(prefers-color-scheme: dark)';
/** The reader asked for less motion. */
export const PREFERS_REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Follows a CSS media query while the host is connected: `matches` reads it, and a change
 * updates the host. Outside a browser (no `matchMedia`), it never matches.
 */
export class MediaQuery implements ReactiveController {
  readonly #list: MediaQueryList | undefined;
  #onChange = (): void => this.host.requestUpdate();

  constructor(
    readonly host: ReactiveControllerHost,
    query: string,
  ) {
    this.#list = typeof matchMedia === 'function' ? matchMedia(query) : undefined;
    host.addController(this);
  }

  /** Whether the query matches now. */
  get matches(): boolean {
    return this.#list?.matches ?? false;
  }

  hostConnected(): void {
    this.#list?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#onChange);
  }
}
