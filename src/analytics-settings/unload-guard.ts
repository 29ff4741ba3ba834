import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Has the browser ask before the page is left while `when()` holds (unsaved changes), as a
 * controller of its host (`host.addController(new UnloadGuard(host, when))`): checked after each
 * update, on while connected only (a removed form must not hold the page, even if it renders
 * again when a late save finishes).
 */
export class UnloadGuard implements ReactiveController {
  #on = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly when: () => boolean,
  ) {}

  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    event.returnValue = '';
  };

  #set(on: boolean): void {
    if (on === this.#on) return;
    this.#on = on;
    window[on ? 'addEventListener' : 'removeEventListener']('beforeunload', this.#onBeforeUnload);
  }

  hostConnected(): void {
    this.#set(this.when());
  }

  hostUpdated(): void {
    this.#set(this.host.isConnected && this.when());
  }

  hostDisconnected(): void {
    this.#set(false);
  }
}
