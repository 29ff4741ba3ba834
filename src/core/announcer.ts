import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: what a widget says to screen readers besides what they read on screen
 * ("Saved 3 settings.", "2 new activities.", "Export cancelled."). Render it once, anywhere in the
 * widget's shadow root; `announce()` changes its text and updates the host.
 */
export class Announcer {
  #text = '';

  /** Needs none of the host's lifecycle, so it is not registered with `addController`. */
  constructor(readonly host: ReactiveControllerHost) {}

  /** What the region says now. */
  get text(): string {
    return this.#text;
  }

  /** Says `text`. The same words twice in a row are said again (a region is read when its text changes). */
  announce(text: string): void {
    this.#text = this.#text === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** The region (visually hidden; `id="announcer"` in the host's shadow root). */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.#text}</div>`;
  }
}
