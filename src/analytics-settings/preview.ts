import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Values } from './form-model.js';
import { LightElement } from './light-element.js';
import { previewStyles } from './preview.styles.js';
import { messages } from './setting-field.js';
import { chatTrackingCode, matomoConfig, matomoSnippet, trackingNotes, trackingPitfalls } from './tracking-code.js';

/**
 * The tracking-code preview beside the form: the code the chat server injects and a standalone
 * Matomo snippet, built from the unsaved values, with Copy buttons and the pitfalls spelled out.
 * Properties in (the values, the chat server's address); what it says to screen readers goes up
 * as an `AnnounceEvent`. Loaded on demand (chunks.ts), right after the form first shows the settings.
 * @internal
 */
export class TrackingPreview extends LightElement {
  static override tagName = 'dw-tracking-preview';
  static override properties: PropertyDeclarations = {
    values: { attribute: false },
    apiBase: { attribute: false },
  };

  /** The settings' values, saved or not. */
  values: Values = {};
  /** The chat server's address: its host name is the default of the host the code is built for. */
  apiBase = '';

  #host = '';
  #cookieless = true;
  /** The code last copied, while the values it was built from are still those shown. */
  #copied = '';
  #copiedFrom: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.adopt(previewStyles);
  }

  #update(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An update no property asked for: the reader's words may have changed (a language arrived or
    // changed, see core/localize.ts), or the host or an option did: build the words again.
    if (changed.size === 0) this.#built = undefined;
  }

  #hostName(): string {
    try {
      return this.#host || new URL(this.apiBase || '/', location.href).hostname || 'chat.example.com';
    } catch {
      return 'chat.example.com';
    }
  }

  async #copy(which: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#copied = which;
      this.#copiedFrom = this.values;
      this.announce(this.localize.t('Copied to the clipboard.'));
    } catch {
      const root = this.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
      const pre = this.querySelector(`#code-${which}`);
      const selection = root.getSelection?.() ?? window.getSelection();
      if (pre && selection) selection.selectAllChildren(pre);
      this.#copied = '';
      this.announce(this.localize.t('This page may not use the clipboard: the code is selected, press Ctrl+C (or ⌘C) to copy it.'));
    }
    this.#update();
  }

  /** The code, pitfalls and notes of the values, host and option they were last built from (in the words of then: see `willUpdate`). */
  #built?: { from: unknown[]; chat: string | null; snippet: string | null; pitfalls: string[]; notes: string[]; enabled: boolean };

  #build(host: string) {
    const t = this.localize;
    const from = [this.values, host, this.#cookieless];
    if (!this.#built || from.some((x, i) => x !== this.#built!.from[i])) {
      const config = matomoConfig(this.values);
      this.#built = {
        from,
        chat: chatTrackingCode(config, host),
        snippet: matomoSnippet(config, host, { cookieless: this.#cookieless }),
        pitfalls: trackingPitfalls(config, host, t),
        notes: trackingNotes(this.values, t),
        enabled: config.enabled,
      };
    }
    return this.#built;
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    const host = this.#hostName();
    const { chat, snippet, pitfalls, notes, enabled } = this.#build(host);
    const copied = this.#copiedFrom === this.values ? this.#copied : '';
    // `name`: the Copy button's accessible name, a whole sentence (its visible word is in it).
    const block = (which: string, title: string, code: string | null, none: string, name: string, extra: unknown = nothing) =>
      html`<div class="row">
          <h4 id=${`${which}-title`}>${title}</h4>
          ${code
            ? html`<button type="button" part="copy-button" aria-label=${name} @click=${() => this.#copy(which, code)}>
                ${copied === which ? t.t('Copied') : t.t('Copy')}
              </button>`
            : nothing}
        </div>
        ${extra}
        ${code
          ? html`<pre part="code" id=${`code-${which}`} tabindex="0" dir="ltr" translate="no" aria-labelledby=${`${which}-title`}><code>${code}</code></pre>`
          : html`<p class="muted">${none}</p>`}`;
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <div class="header">
        <h3 id="preview-title">${t.t('Tracking code')}</h3>
        <p class="description">${t.t('Built from the values in the form, saved or not.')}</p>
      </div>
      <div class="head">
        <label for="preview-host">${t.t('Chat server host name')}</label>
        <input
          id="preview-host"
          type="text"
          spellcheck="false"
          autocomplete="off"
          dir="ltr"
          aria-describedby="preview-host-desc"
          .value=${host}
          @input=${(e: Event) => {
            this.#host = (e.target as HTMLInputElement).value.trim();
            this.#update();
          }}
        />
        <p class="description" id="preview-host-desc">${t.t('The host the chat is served from; it decides the cookie domain.')}</p>
      </div>
      ${pitfalls.length
        ? html`<div class="message warning" part="pitfalls">
            <strong>${t.t('Pitfalls')}</strong>
            ${messages(pitfalls)}
          </div>`
        : nothing}
      ${notes.length
        ? html`<div class="message" part="notes">
            <strong>${t.t('What is sent')}</strong>
            ${messages(notes)}
          </div>`
        : nothing}
      ${block(
        'chat',
        t.t('Injected by the chat server'),
        chat,
        t.t(enabled ? 'The URL is empty: the chat server injects no Matomo code.' : 'Matomo is not enabled: the chat server injects no Matomo code.'),
        t.t('Copy the code the chat server injects'),
      )}
      ${block(
        'snippet',
        t.t('Matomo snippet for any other site'),
        snippet,
        t.t('Enter the Matomo URL to get a snippet.'),
        t.t('Copy the Matomo snippet'),
        html`<label class="inline-check">
          <input
            type="checkbox"
            id="cookieless"
            .checked=${this.#cookieless}
            @change=${(e: Event) => {
              this.#cookieless = (e.target as HTMLInputElement).checked;
              this.#copied = '';
              this.#update();
            }}
          />
          ${t.t('Cookieless (disableCookies)')}
        </label>`,
      )}
    </section>`;
  }
}
