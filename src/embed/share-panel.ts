import { html, nothing, type PropertyDeclarations } from 'lit';
import { DashboardElement } from '../core/base-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { widgetInfo } from './catalog.js';
import { embedBaseUrl, shareSnippets, widgetConfig, type ShareSnippets, type WidgetConfig } from './share.js';
import { sharePanelStyles } from './share-panel.styles.js';

/** The forms a widget can be shared in. */
export type ShareFormat = 'link' | 'iframe' | 'script';

const OUTPUTS: ReadonlyArray<{ format: ShareFormat; label: string; hint: string }> = [
  { format: 'link', label: 'Link', hint: 'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.' },
  { format: 'iframe', label: 'Iframe', hint: 'For any page or CMS that accepts an iframe. The script line makes it as tall as the widget.' },
  { format: 'script', label: 'Script tag', hint: 'For an intranet page you control: the widget becomes part of the page.' },
];

const ROWS: Readonly<Record<ShareFormat, number>> = { link: 3, iframe: 8, script: 4 };

let panels = 0;

/**
 * The panel's internal state: a change re-renders it, as a property's does, but it has no
 * attribute. Spread into `properties` so that the API docs, made from that object's own entries,
 * leave it out.
 */
const internalState: PropertyDeclarations = {
  shareToken: { state: true },
  shareReadOnly: { state: true },
  typedBase: { state: true },
  status: { state: true },
};

/**
 * The "Share / embed" panel a widget opens: the link, the iframe snippet and the script-tag
 * snippet that reproduce the widget's current configuration elsewhere, with copy buttons and the
 * warning that shared copies need a view-only token. The widget's own token is never copied: the
 * person sharing types the token the copy should use.
 *
 * @summary Share links and embed snippets for a widget.
 * @tag dw-share-panel
 * @fires dw-share-copy - A snippet was copied, or selected for copying by hand. `detail: { format: 'link' | 'iframe' | 'script', copied: boolean }`.
 * @fires dw-share-close - The Close button was pressed (only with `closable`). `detail: {}`.
 * @csspart heading - The panel's heading.
 * @csspart warning - The box with the warnings.
 * @csspart token-input - The field for the shared copy's token.
 * @csspart snippet - Each snippet's text area.
 * @csspart copy-button - Each Copy button.
 * @csspart close-button - The Close button.
 * @cssproperty --share-panel-gap - Space between the panel's parts (default: the library spacing).
 * @cssproperty --share-panel-padding - The panel's padding.
 * @cssproperty --share-panel-snippet-font - Font of the snippets (default: the library's monospace font).
 */
export class SharePanel extends DashboardElement {
  static override tagName = 'dw-share-panel';
  static override styles = [baseStyles, controlStyles, sharePanelStyles];

  // Declared here rather than with decorators (as in the base class): a file with decorators carries
  // a helper of its own.
  static override properties: PropertyDeclarations = {
    widget: {},
    target: { attribute: false },
    configuration: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    closable: { type: Boolean, reflect: true },
    ...internalState,
  };

  /** The tag name of the widget to share (`activity-log`, `visits-chart` or `analytics-settings`). Taken from `target` when that is set. */
  widget = '';

  /** The widget element to share: its tag and current configuration are read from it each time the panel renders. */
  target?: HTMLElement;

  /** The configuration to share, by attribute name, when there is no `target` (e.g. `{ 'api-base': 'https://m.example/', 'site-id': '1' }`). */
  configuration?: WidgetConfig;

  /** Where the library's files are hosted (the folder holding `embed.html` and `cdn/`). Default: detected from the script's address. */
  baseUrl = '';

  /** Shows a Close button that fires `dw-share-close`. */
  closable = false;

  /** @internal The token typed for the shared copy. */
  protected shareToken = '';

  /** @internal Whether a settings form is shared read-only. */
  protected shareReadOnly = true;

  /** @internal The hosting address typed by the user. */
  protected typedBase = '';

  /** @internal What the last copy did, for the live region. */
  protected status = '';

  #id = `share-${++panels}`;

  /** The snippets for the current configuration, or undefined when the widget cannot be shared. */
  get snippets(): ShareSnippets | undefined {
    const widget = this.target?.localName ?? this.widget;
    if (!widgetInfo(widget)) return undefined;
    const config: WidgetConfig = { ...(this.target ? widgetConfig(this.target) : this.configuration ?? {}) };
    if (widgetInfo(widget)!.booleans.includes('readonly') && this.shareReadOnly) config.readonly = true;
    return shareSnippets({ widget, config, token: this.shareToken, baseUrl: this.typedBase || this.baseUrl || embedBaseUrl() });
  }

  protected override willUpdate(): void {
    // Inside a widget, the panel wears the widget's theme.
    const theme = (this.target as { theme?: unknown } | undefined)?.theme;
    if ((theme === 'light' || theme === 'dark' || theme === 'auto') && theme !== this.theme) this.theme = theme;
  }

  protected override render() {
    const widget = this.target?.localName ?? this.widget;
    const info = widgetInfo(widget);
    const id = this.#id;
    const heading = html`<header>
      <h2 part="heading" id="${id}-heading">Share / embed</h2>
      ${this.closable
        ? html`<button type="button" part="close-button" @click=${() => this.emit('dw-share-close', {})}>Close</button>`
        : nothing}
    </header>`;
    if (!info) {
      return html`<section aria-labelledby="${id}-heading">
        ${heading}
        <p class="message error" role="alert">This element cannot be shared: only activity-log, visits-chart and analytics-settings can.</p>
      </section>`;
    }
    const snippets = this.snippets!;
    const tokenHint =
      info.server === 'matomo'
        ? 'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.'
        : 'The personal access token of a Rocket.Chat user without administration rights; the user id comes from the widget.';
    return html`<section aria-labelledby="${id}-heading">
      ${heading}
      <div class="message warning" part="warning" role="note" aria-label="Before you share">
        <ul>
          ${snippets.warnings.map((w) => html`<li>${w}</li>`)}
        </ul>
      </div>
      <div class="field">
        <label for="${id}-token">Token for the shared copy</label>
        <input
          id="${id}-token"
          part="token-input"
          type="text"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="${id}-token-hint"
          .value=${this.shareToken}
          @input=${(e: Event) => (this.shareToken = (e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="${id}-token-hint">${tokenHint}</p>
      </div>
      ${info.booleans.includes('readonly')
        ? html`<label class="check">
            <input type="checkbox" .checked=${this.shareReadOnly} @change=${(e: Event) => (this.shareReadOnly = (e.target as HTMLInputElement).checked)} />
            Share read-only (nothing can be changed through the copy)
          </label>`
        : nothing}
      <details>
        <summary>Where the widget files are hosted</summary>
        <div class="field">
          <label for="${id}-base">Address of the folder holding embed.html and cdn/</label>
          <input
            id="${id}-base"
            type="url"
            spellcheck="false"
            .value=${this.typedBase || this.baseUrl || embedBaseUrl()}
            @change=${(e: Event) => (this.typedBase = (e.target as HTMLInputElement).value.trim())}
          />
        </div>
      </details>
      ${OUTPUTS.map(
        ({ format, label, hint }) => html`<div class="output">
          <label for="${id}-${format}" id="${id}-${format}-label">${label}</label>
          <p class="hint" id="${id}-${format}-hint">${hint}</p>
          <button type="button" part="copy-button" data-format=${format} aria-describedby="${id}-${format}-label" @click=${() => this.copy(format)}>
            Copy ${label.toLowerCase()}
          </button>
          <textarea
            id="${id}-${format}"
            part="snippet"
            data-format=${format}
            readonly
            rows=${ROWS[format]}
            spellcheck="false"
            aria-describedby="${id}-${format}-hint"
            .value=${snippets[format]}
          ></textarea>
        </div>`,
      )}
      <p class="status" role="status">${this.status}</p>
    </section>`;
  }

  /**
   * Copies one snippet: through the clipboard API where the page may use it, else through the
   * browser's copy command, else by selecting the text and asking the reader to press Ctrl+C.
   * Resolves with whether the text reached the clipboard.
   */
  async copy(format: ShareFormat): Promise<boolean> {
    const snippets = this.snippets;
    if (!snippets) return false;
    const text = snippets[format];
    const label = OUTPUTS.find((o) => o.format === format)!.label.toLowerCase();
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        copied = true;
      }
    } catch {
      // not allowed here (no secure context, no permission): fall back below
    }
    if (!copied) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-format="${format}"]`);
      if (area) {
        area.focus();
        area.select();
        try {
          copied = document.execCommand('copy');
        } catch {
          copied = false;
        }
      }
    }
    this.status = copied ? `Copied the ${label}.` : `The ${label} is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.`;
    this.emit('dw-share-copy', { format, copied });
    return copied;
  }
}

declare module '../core/base-element.js' {
  interface DashboardEventMap {
    'dw-share-copy': CustomEvent<{ format: ShareFormat; copied: boolean }>;
    'dw-share-close': CustomEvent<Record<string, never>>;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-share-panel': SharePanel;
  }
  interface GlobalEventHandlersEventMap {
    'dw-share-copy': CustomEvent<{ format: ShareFormat; copied: boolean }>;
    'dw-share-close': CustomEvent<Record<string, never>>;
  }
}
