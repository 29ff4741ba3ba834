import { html, nothing, type TemplateResult } from 'lit';
import { SharePanel } from './share-panel.js';

/**
 * The "Share / embed" button and panel every widget offers. The panel element is registered on
 * first use, so importing a widget's class registers nothing.
 */
export class ShareToggle {
  #open = false;

  constructor(readonly host: HTMLElement & { requestUpdate(): void }) {}

  get open(): boolean {
    return this.#open;
  }

  #toggle = () => {
    if (!this.#open) SharePanel.define();
    this.#open = !this.#open;
    this.host.requestUpdate();
  };

  #close = () => {
    this.#open = false;
    this.host.requestUpdate();
    // Give focus back to the button that opened the panel.
    void (this.host as unknown as { updateComplete?: Promise<unknown> }).updateComplete?.then(() =>
      this.host.shadowRoot?.querySelector<HTMLButtonElement>('[part~="share-button"]')?.focus(),
    );
  };

  /** The button, for the widget's header. */
  button(): TemplateResult {
    return html`<button type="button" class="small" part="share-button" aria-expanded=${this.#open ? 'true' : 'false'} @click=${this.#toggle}>
      Share / embed
    </button>`;
  }

  /** The panel (nothing while closed). */
  panel(): TemplateResult | typeof nothing {
    return this.#open ? html`<dw-share-panel part="share-panel" .target=${this.host} closable @dw-share-close=${this.#close}></dw-share-panel>` : nothing;
  }
}
