import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../core/lazy-part.js';
import { Localize } from '../core/localize.js';

/**
 * The "Share / embed" button and panel every widget offers. The panel's code is loaded and its
 * element registered on first use (a `LazyPart`), so importing a widget's class registers nothing
 * and the widget's first view does not carry it.
 */
export class ShareToggle {
  /**
   * @internal How the panel's code is loaded (tests replace it to simulate a failed load). A
   * failed load is not kept: Retry fetches again.
   */
  static load = () => import('./share-panel.js');

  #open = false;
  readonly #part: LazyPart<Awaited<ReturnType<typeof ShareToggle.load>>>;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    this.#part = new LazyPart(host, () => ShareToggle.load(), { onReady: ({ SharePanel }) => SharePanel.define() });
  }

  /** Opens the panel (its code loads the first time), or closes it. */
  #toggle = () => {
    if (this.#open) return this.#close();
    this.#open = true;
    this.host.requestUpdate();
    void this.#part.need();
  };

  #close = () => {
    this.#open = false;
    this.#part.reset();
    this.host.requestUpdate();
    // Give focus back to the button that opened the panel.
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLButtonElement>('[part~="share-button"]')?.focus(),
    );
  };

  /** The button, for the widget's header (in the widget's language). */
  button(): TemplateResult {
    return html`<button type="button" class="small" part="share-button" aria-expanded=${this.#open ? 'true' : 'false'} @click=${this.#toggle}>
      ${Localize.of(this.host).t('Share / embed')}
    </button>`;
  }

  /**
   * The panel (nothing while closed; a status line while its code loads; the failure with Retry
   * and Close). It speaks the widget's language: it resolves its locale through the widget.
   */
  panel(): TemplateResult | typeof nothing {
    if (!this.#open) return nothing;
    if (this.#part.status === 'ready') {
      return html`<dw-share-panel part="share-panel" .target=${this.host} closable @dw-share-close=${this.#close}></dw-share-panel>`;
    }
    const t = Localize.of(this.host);
    return this.#part.render(t.t('the Share / embed panel'), {
      part: 'share-panel',
      actions: html` <button type="button" @click=${this.#close}>${t.t('Close')}</button>`,
    });
  }
}
