import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CHECK_CHUNKS } from '../core/status-message.js';

type State = 'closed' | 'loading' | 'open' | 'failed';

/**
 * The "Share / embed" button and panel every widget offers. The panel's code is loaded and its
 * element registered on first use, so importing a widget's class registers nothing and the
 * widget's first view does not carry it.
 */
export class ShareToggle {
  /**
   * @internal How the panel's code is loaded (tests replace it to simulate a failed load). A
   * failed load is not kept: Retry fetches again.
   */
  static load = () => import('./share-panel.js');

  #state: State = 'closed';

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {}

  #set(state: State): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  #show = async () => {
    this.#set('loading');
    try {
      const { SharePanel } = await ShareToggle.load();
      SharePanel.define();
      if (this.#state === 'loading') this.#set('open');
    } catch {
      if (this.#state === 'loading') this.#set('failed');
    }
  };

  #toggle = () => {
    if (this.#state === 'closed') void this.#show();
    else this.#close();
  };

  #close = () => {
    this.#set('closed');
    // Give focus back to the button that opened the panel.
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLButtonElement>('[part~="share-button"]')?.focus(),
    );
  };

  /** The button, for the widget's header. */
  button(): TemplateResult {
    return html`<button type="button" class="small" part="share-button" aria-expanded=${this.#state === 'closed' ? 'false' : 'true'} @click=${this.#toggle}>
      Share / embed
    </button>`;
  }

  /** The panel (nothing while closed; a status line while its code loads; a message with Retry if that fails). */
  panel(): TemplateResult | typeof nothing {
    switch (this.#state) {
      case 'open':
        return html`<dw-share-panel part="share-panel" .target=${this.host} closable @dw-share-close=${this.#close}></dw-share-panel>`;
      case 'loading':
        return html`<p class="message" part="share-panel" role="status">Loading the Share / embed panel…</p>`;
      case 'failed':
        return html`<div class="message error" part="share-panel" role="alert">
          <strong>Could not load the Share / embed panel.</strong>
          <p>Its file did not arrive. ${CHECK_CHUNKS}</p>
          <button type="button" class="small" @click=${this.#show}>Retry</button>
          <button type="button" class="small" @click=${this.#close}>Close</button>
        </div>`;
      default:
        return nothing;
    }
  }
}
