import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DashboardElement } from '../core/base-element.js';
import { baseStyles, controlStyles } from '../core/tokens.js';
import { FRAME_ALLOW, FRAME_SANDBOX, widgetInfo, widgetTitle, type EmbeddableWidget } from './catalog.js';
import { resizeFrom } from './messages.js';
import { embedBase, shareSnippets, widgetConfig, type ShareFormat, type ShareSnippets, type WidgetConfig } from './share.js';
import { ShareCloseEvent, ShareCopyEvent } from './events.js';
import { sharePanelStyles } from './share-panel.styles.js';
import { checkMatomoToken, type TokenCheck } from './token-check.js';
import type { Text } from '../i18n/types.js';

export type { ShareFormat } from './share.js';

/** The three forms a widget is shared in, with the keys of their words. */
const OUTPUTS = [
  { format: 'link', label: { key: 'Link' }, hint: { key: 'Opens the widget on its own page. The settings travel after the #, which is never sent to a server.' }, copy: { key: 'Copy link' }, copied: { key: 'Copied the link.' }, select: { key: 'The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.' } },
  { format: 'iframe', label: { key: 'Iframe' }, hint: { key: 'For any page or CMS that accepts an iframe. The script line makes the frame as tall as the widget; it is a classic script, so it loads from another site without any CORS header.' }, copy: { key: 'Copy iframe' }, copied: { key: 'Copied the iframe.' }, select: { key: 'The iframe is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.' } },
  { format: 'script', label: { key: 'Script tag' }, hint: { key: 'For a page you control: the widget becomes part of the page. The page loads a module script from the widget host, so that host must send Access-Control-Allow-Origin for the cdn/ files (npm start and the public npm CDNs do), and the widget asks its server from that page: Matomo must list the page’s origin in cors_domains (Rocket.Chat: in its CORS settings). A background adds a style attribute: on a page whose Content-Security-Policy forbids inline styles, set --dw-background in its stylesheet instead.' }, copy: { key: 'Copy script tag' }, copied: { key: 'Copied the script tag.' }, select: { key: 'The script tag is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.' } },
] as const satisfies ReadonlyArray<{ format: ShareFormat } & Record<'label' | 'hint' | 'copy' | 'copied' | 'select', Text>>;

const ROWS: Readonly<Record<ShareFormat, number>> = { link: 3, iframe: 8, script: 4 };

/** The chart's controls a recipient may be given, with their labels. */
const CHART_CONTROLS = [
  ['period', { key: 'Period' }],
  ['range', { key: 'Range' }],
  ['metric', { key: 'Metric' }],
  ['compare', { key: 'Comparison' }],
  ['annotations', { key: 'Annotations' }],
  ['view', { key: 'Table view' }],
  ['export', { key: 'Downloads' }],
  ['share', { key: 'Share / embed' }],
] as const satisfies ReadonlyArray<readonly [string, Text]>;

/** What the token check found, in words. */
const VERDICTS = {
  'super-user': { key: 'This token belongs to a super user: whoever has the shared copy could read and change everything on this Matomo. Create a token for a user with view access only.' },
  limited: { key: "The token was accepted and is not a super user's." },
  refused: { key: 'Matomo refused this token (or blocks this address after too many failed logins). It was tried once and will not be tried again: check it, then press the button again.' },
  unreachable: { key: 'The Matomo server did not answer, so the token was not sent. Check the server address and its CORS settings (cors_domains).' },
} as const satisfies Record<TokenCheck['verdict'], Text>;

let panels = 0;

/**
 * The panel's internal state: a change re-renders it, as a property's does, but it has no
 * attribute. Spread into `properties` so that the API docs, made from that object's own entries,
 * leave it out.
 */
const internalState: PropertyDeclarations = {
  shareToken: { state: true },
  shareUserId: { state: true },
  shareReadOnly: { state: true },
  typedBase: { state: true },
  status: { state: true },
  look: { state: true },
  check: { state: true },
  previewToken: { state: true },
};

/** Appearance chosen for the shared copy ('' keeps what the widget has). */
interface Look {
  theme: '' | 'light' | 'dark' | 'auto';
  background: '' | 'transparent' | 'colour';
  colour: string;
  compact: boolean;
  locale: string;
  /** The chart controls the recipient may use. */
  controls: ReadonlySet<string>;
}

/**
 * The "Share / embed" panel a widget opens: the link, the iframe snippet and the script-tag
 * snippet that reproduce the widget's current configuration elsewhere, with copy buttons; the
 * shared copy's look (theme, background, compact mode, language, the chart's controls); the
 * warning that shared copies need a view-only token, a check that the token typed is not a super
 * user's, and a live preview of what the recipient will see. The widget's own token (and
 * Rocket.Chat user id) is never copied: the person sharing types the ones the copy should use.
 * Escape closes a closable panel. Inside a widget it speaks the widget's language.
 *
 * @summary Share links and embed snippets for a widget, with a preview.
 * @tag dw-share-panel
 * @fires {ShareCopyEvent} dw-share-copy - A snippet was copied, or selected for copying by hand. `detail: { format: 'link' | 'iframe' | 'script', copied: boolean }`.
 * @fires {ShareCloseEvent} dw-share-close - The Close button (or Escape) was pressed (only with `closable`). `detail: {}`.
 * @csspart heading - The panel's heading.
 * @csspart warning - The box with the warnings.
 * @csspart token-input - The field for the shared copy's token.
 * @csspart user-id-input - Rocket.Chat: the field for the id of the token's user.
 * @csspart preview-button - Checks the token (Matomo) and shows the preview.
 * @csspart token-check - What the token check found.
 * @csspart options - The shared copy's look: theme, background, compact mode, language, controls.
 * @csspart preview - The live preview of the shared copy (an iframe of the link).
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

  /**
   * Where the library's files are hosted (the folder holding `embed.html` and `cdn/`). Default:
   * the page's `<meta name="dashboard-widgets-base">`, else found from the script's address.
   */
  baseUrl = '';

  /** Shows a Close button that fires `dw-share-close` (Escape does the same). */
  closable = false;

  /** @internal The token typed for the shared copy. */
  protected shareToken = '';

  /** @internal Rocket.Chat: the id of the user whose token is typed. */
  protected shareUserId = '';

  /** @internal Whether a settings form is shared read-only. */
  protected shareReadOnly = true;

  /** @internal The hosting address typed by the user. */
  protected typedBase = '';

  /** @internal What the last copy did, for the live region (a message key; '' for nothing yet). */
  protected status: (typeof OUTPUTS)[number]['copied' | 'select'] | '' = '';

  /** @internal The shared copy's look. */
  protected look: Look = { theme: '', background: '', colour: '#ffffff', compact: false, locale: '', controls: new Set(CHART_CONTROLS.map(([c]) => c)) };

  /** @internal The token check: running, or what it found (for the token in `previewToken`). */
  protected check: TokenCheck | 'running' | undefined = undefined;

  /** @internal The token the preview was asked for with (undefined: no preview asked for). */
  protected previewToken: string | undefined = undefined;

  #id = `share-${++panels}`;
  #checkRun = 0;

  /** The configuration to share: the widget's, with the look chosen in the panel. */
  #config(info: EmbeddableWidget): WidgetConfig {
    const config: WidgetConfig = { ...(this.target ? widgetConfig(this.target) : this.configuration ?? {}) };
    if (info.booleans.includes('readonly') && this.shareReadOnly) config.readonly = true;
    const look = this.look;
    if (look.theme) config.theme = look.theme;
    if (look.locale.trim()) config.locale = look.locale.trim();
    if (look.compact) config.compact = true;
    if (info.attributes.includes('controls') && !look.compact && look.controls.size < CHART_CONTROLS.length) {
      config.controls = CHART_CONTROLS.filter(([c]) => look.controls.has(c)).map(([c]) => c).join(' ') || 'none';
    }
    return config;
  }

  get #base(): { url: string; detected: boolean } {
    if (this.typedBase) return { url: this.typedBase, detected: true };
    if (this.baseUrl) return { url: this.baseUrl, detected: true };
    return embedBase();
  }

  /** The snippets for the current configuration, or undefined when the widget cannot be shared. */
  get snippets(): ShareSnippets | undefined {
    const widget = this.target?.localName ?? this.widget;
    const info = widgetInfo(widget);
    if (!info) return undefined;
    const look = this.look;
    return shareSnippets({
      widget,
      config: this.#config(info),
      token: this.shareToken,
      userId: this.shareUserId,
      background: look.background === 'transparent' ? 'transparent' : look.background === 'colour' ? look.colour : '',
      baseUrl: this.#base.url,
      translator: this.localize,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
    this.#checkRun++;
  }

  /** The preview reports its height like any embed; only its own frame is believed. */
  #onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe[part="preview"]');
    const message = frame ? resizeFrom(event, frame) : undefined;
    // Through the CSSOM: a strict page policy allows it where a style attribute would be blocked.
    if (frame && message) frame.style.height = `${message.height}px`;
  };

  protected override willUpdate(): void {
    // Inside a widget, the panel wears the widget's theme.
    const theme = (this.target as { theme?: unknown } | undefined)?.theme;
    if ((theme === 'light' || theme === 'dark' || theme === 'auto') && theme !== this.theme) this.theme = theme;
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.closable || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    this.emit(new ShareCloseEvent());
  };

  #setLook(change: Partial<Look>): void {
    this.look = { ...this.look, ...change };
  }

  /**
   * Shows the preview, for the token typed now. A Matomo token is checked first (see
   * checkMatomoToken: at most one failed login); a refused token or an unreachable server shows
   * no preview with it.
   */
  async preview(): Promise<void> {
    const info = widgetInfo(this.target?.localName ?? this.widget);
    if (!info) return;
    const token = this.shareToken.trim();
    const run = ++this.#checkRun;
    this.previewToken = undefined;
    if (info.server !== 'matomo' || !token) {
      this.check = undefined;
      this.previewToken = token;
      return;
    }
    this.check = 'running';
    const apiBase = String(this.#config(info)['api-base'] ?? '');
    const result = await checkMatomoToken(new URL(apiBase || '.', document.baseURI).href, token);
    if (run !== this.#checkRun) return;
    this.check = result;
    if (result.verdict === 'limited' || result.verdict === 'super-user') this.previewToken = token;
  }

  protected override render() {
    const widget = this.target?.localName ?? this.widget;
    const info = widgetInfo(widget);
    const id = this.#id;
    const l = this.localize;
    const heading = html`<header>
      <h2 part="heading" id="${id}-heading">${l.t('Share / embed')}</h2>
      ${this.closable
        ? html`<button type="button" part="close-button" @click=${() => this.emit(new ShareCloseEvent())}>${l.t('Close')}</button>`
        : nothing}
    </header>`;
    if (!info) {
      return html`<section lang=${l.locale} dir=${l.dir} aria-labelledby="${id}-heading" @keydown=${this.#onKeyDown}>
        ${heading}
        <p class="message error" role="alert">${l.t('This element cannot be shared: only activity-log, visits-chart and analytics-settings can.')}</p>
      </section>`;
    }
    const snippets = this.snippets!;
    const base = this.#base;
    return html`<section lang=${l.locale} dir=${l.dir} aria-labelledby="${id}-heading" @keydown=${this.#onKeyDown}>
      ${heading}
      <div class="message warning" part="warning" role="note" aria-label=${l.t('Before you share')}>
        <ul>
          ${widget === 'activity-log' ? html`<li>${l.t("A token that is not a super user's shows only the activities of its own user: with a view-only token, the recipient sees that user's activities, not everyone's. The preview below shows exactly what they will see.")}</li>` : nothing} ${snippets.warnings.map((w) => html`<li>${w}</li>`)}
        </ul>
      </div>
      ${this.#renderRecipient(info)}
      ${info.booleans.includes('readonly')
        ? html`<label class="check">
            <input type="checkbox" .checked=${this.shareReadOnly} @change=${(e: Event) => (this.shareReadOnly = (e.target as HTMLInputElement).checked)} />
            ${l.t('Share read-only (nothing can be changed through the copy)')}
          </label>`
        : nothing}
      ${this.#renderLook(info)}
      <details ?open=${!base.detected}>
        <summary>${l.t('Where the widget files are hosted')}</summary>
        <div class="field">
          <label for="${id}-base">${l.t('Address of the folder holding embed.html and cdn/')}</label>
          ${base.detected ? nothing : html`<p class="hint" id="${id}-base-hint">${l.t('The address of the widget files could not be found from this page (the widgets come from a bundle of your own). Enter the address where embed.html and cdn/ are served, or give it to the page with <meta name="dashboard-widgets-base" content="…">.')}</p>`}
          <input
            id="${id}-base"
            type="url"
            dir="ltr"
            spellcheck="false"
            aria-describedby=${base.detected ? nothing : `${id}-base-hint`}
            .value=${base.url}
            @change=${(e: Event) => (this.typedBase = (e.target as HTMLInputElement).value.trim())}
          />
        </div>
      </details>
      ${this.#renderPreview(info, snippets)}
      ${OUTPUTS.map(
        ({ format, label, hint, copy }) => html`<div class="output">
          <label for="${id}-${format}" id="${id}-${format}-label">${l.text(label)}</label>
          <p class="hint" id="${id}-${format}-hint">${l.text(hint)}</p>
          <button type="button" part="copy-button" data-format=${format} aria-describedby="${id}-${format}-label" @click=${() => this.copy(format)}>
            ${l.text(copy)}
          </button>
          <textarea
            id="${id}-${format}"
            part="snippet"
            data-format=${format}
            dir="ltr"
            readonly
            rows=${ROWS[format]}
            spellcheck="false"
            aria-describedby="${id}-${format}-hint"
            .value=${snippets[format]}
          ></textarea>
        </div>`,
      )}
      <p class="status" role="status">${this.status ? l.text(this.status) : ''}</p>
    </section>`;
  }

  /** The token (and Rocket.Chat user id) of the shared copy. */
  #renderRecipient(info: EmbeddableWidget): TemplateResult {
    const id = this.#id;
    const l = this.localize;
    const chat = info.server === 'rocketchat';
    return html`<div class="field">
        <label for="${id}-token">${l.t('Token for the shared copy')}</label>
        <input
          id="${id}-token"
          part="token-input"
          type="text"
          dir="ltr"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="${id}-token-hint"
          .value=${this.shareToken}
          @input=${(e: Event) => (this.shareToken = (e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="${id}-token-hint">${l.t(chat ? 'The personal access token of a Rocket.Chat user without administration rights.' : 'A view-only Matomo token (Personal > Security > Auth tokens of a user with view access). Leave empty for anonymous access.')}</p>
      </div>
      ${chat
        ? html`<div class="field">
            <label for="${id}-user">${l.t('User id of that token')}</label>
            <input
              id="${id}-user"
              part="user-id-input"
              type="text"
              dir="ltr"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="${id}-user-hint"
              .value=${this.shareUserId}
              @input=${(e: Event) => (this.shareUserId = (e.target as HTMLInputElement).value)}
            />
            <p class="hint" id="${id}-user-hint">${l.t('The id of the user that token belongs to (Rocket.Chat sends both). Your own id is never shared.')}</p>
          </div>`
        : nothing}`;
  }

  /** Theme, background, compact mode, language and (chart) controls of the shared copy. */
  #renderLook(info: EmbeddableWidget): TemplateResult {
    const id = this.#id;
    const l = this.localize;
    const look = this.look;
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<fieldset class="options" part="options">
      <legend>${l.t('How the shared copy looks')}</legend>
      <label class="field" for="${id}-theme"
        >${l.t('Theme')}
        <select id="${id}-theme" @change=${(e: Event) => this.#setLook({ theme: value(e) as Look['theme'] })}>
          <option value="" ?selected=${!look.theme}>${l.t('As the widget here')}</option>
          <option value="light" ?selected=${look.theme === 'light'}>${l.t('Light')}</option>
          <option value="dark" ?selected=${look.theme === 'dark'}>${l.t('Dark')}</option>
          <option value="auto" ?selected=${look.theme === 'auto'}>${l.t("Follow the viewer's system")}</option>
        </select>
      </label>
      <label class="field" for="${id}-background"
        >${l.t('Background')}
        <select id="${id}-background" @change=${(e: Event) => this.#setLook({ background: value(e) as Look['background'] })}>
          <option value="" ?selected=${!look.background}>${l.t("The widget's")}</option>
          <option value="transparent" ?selected=${look.background === 'transparent'}>${l.t('Transparent')}</option>
          <option value="colour" ?selected=${look.background === 'colour'}>${l.t('A colour…')}</option>
        </select>
      </label>
      ${look.background === 'colour'
        ? html`<label class="field" for="${id}-colour"
            >${l.t('Background colour')}
            <input id="${id}-colour" type="color" .value=${look.colour} @input=${(e: Event) => this.#setLook({ colour: value(e) })} />
          </label>`
        : nothing}
      <label class="field" for="${id}-locale"
        >${l.t('Language')}
        <input
          id="${id}-locale"
          type="text"
          dir="ltr"
          spellcheck="false"
          placeholder=${l.t('e.g. de, fr-CH')}
          aria-describedby="${id}-locale-hint"
          .value=${look.locale}
          @change=${(e: Event) => this.#setLook({ locale: value(e) })}
        />
      </label>
      <p class="hint wide" id="${id}-locale-hint">${l.t("Every word, date and number in this language (a BCP 47 tag). Empty: the widget's, else the viewer's browser.")}</p>
      <label class="check wide">
        <input type="checkbox" .checked=${look.compact} @change=${(e: Event) => this.#setLook({ compact: (e.target as HTMLInputElement).checked })} />
        ${l.t('Compact: the data alone, without the heading, buttons and controls')}
      </label>
      ${info.attributes.includes('controls') && !look.compact
        ? html`<fieldset class="controls wide">
            <legend>${l.t('Controls the recipient may use')}</legend>
            ${CHART_CONTROLS.map(
              ([control, label]) => html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${look.controls.has(control)}
                  @change=${(e: Event) => {
                    const next = new Set(look.controls);
                    if ((e.target as HTMLInputElement).checked) next.add(control);
                    else next.delete(control);
                    this.#setLook({ controls: next });
                  }}
                />${l.text(label)}</label
              >`,
            )}
          </fieldset>`
        : nothing}
    </fieldset>`;
  }

  /** The button that checks the token and shows the preview, what the check found, and the preview. */
  #renderPreview(info: EmbeddableWidget, snippets: ShareSnippets): TemplateResult {
    const id = this.#id;
    const l = this.localize;
    const token = this.shareToken.trim();
    const check = this.check;
    const shown = this.previewToken !== undefined && this.previewToken === token;
    const verdict =
      check === 'running'
        ? html`<p class="message" part="token-check" role="status">${l.t('Checking the token…')}</p>`
        : check && this.previewToken === undefined && check.verdict !== 'limited' && check.verdict !== 'super-user'
          ? html`<p class="message error" part="token-check" role="alert">${l.text(VERDICTS[check.verdict])}</p>`
          : check?.verdict === 'super-user' && shown
            ? html`<p class="message error" part="token-check" role="alert"><strong>${l.t('Super user token.')}</strong> ${l.text(VERDICTS['super-user'])}</p>`
            : check?.verdict === 'limited' && shown
              ? html`<p class="message success" part="token-check" role="status">${l.text(VERDICTS.limited)}</p>`
              : nothing;
    return html`<div class="preview-block">
      <div class="field">
        <button type="button" part="preview-button" aria-describedby="${id}-preview-hint" ?disabled=${check === 'running'} @click=${() => void this.preview()}>
          ${l.t(info.server === 'matomo' && token ? 'Check the token and preview' : 'Preview what the recipient sees')}
        </button>
        <p class="hint" id="${id}-preview-hint">${l.t('Nothing is sent while you type. A Matomo token is checked with one request, after a request without it shows that the server answers: Matomo counts every refused token as a failed login.')}</p>
      </div>
      ${verdict}
      ${this.previewToken !== undefined && !shown ? html`<p class="hint" role="status">${l.t('The token changed since the preview: press the button again to see it with the new token.')}</p>` : nothing}
      ${shown
        ? html`<iframe
            part="preview"
            title=${l.t('Preview: {widget} as the recipient sees it', { widget: widgetTitle(this.target?.localName ?? this.widget, l) })}
            src=${snippets.link}
            sandbox=${FRAME_SANDBOX}
            allow=${FRAME_ALLOW}
            referrerpolicy="no-referrer"
          ></iframe>`
        : nothing}
    </div>`;
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
    const output = OUTPUTS.find((o) => o.format === format)!;
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
    this.status = copied ? output.copied : output.select;
    this.emit(new ShareCopyEvent({ format, copied }));
    return copied;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-share-panel': SharePanel;
  }
}
