import type { ReactiveController } from 'lit';
import { define } from '../core/define.js';
import { Localize } from '../core/localize.js';
import { COMMON_ATTRIBUTES, FRAME_ALLOW, FRAME_SANDBOX, isChoice, WIDGETS, widgetInfo, widgetTitle } from './catalog.js';
import { buildEmbedFragment, httpOrigin } from './fragment.js';
import { resizeFrom } from './messages.js';
import { FrameResizeEvent } from './events.js';

const WIDGET_ATTRIBUTES = [...new Set([...COMMON_ATTRIBUTES, ...Object.values(WIDGETS).flatMap((w) => w.attributes)])];
const OWN_ATTRIBUTES = ['widget', 'src', 'frame-title', 'background'];

/** `HTMLElement`, or in Node (no DOM: server rendering, tests) a stand-in, so the module imports there. */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

let counter = 0;
const here = import.meta.url;

/**
 * The address of `embed.html` next to this script: `dist/cdn/embed-host.js` and
 * `dist/embed/widget-frame.js` both sit one folder below `dist/embed.html`.
 */
export function defaultEmbedPage(): string {
  try {
    return new URL('../embed.html', here).href;
  } catch {
    return 'embed.html';
  }
}

let sheet: CSSStyleSheet | undefined;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      :host { display: block; }
      :host([hidden]) { display: none; }
      iframe {
        display: block;
        width: 100%;
        height: var(--widget-frame-initial-height, 150px);
        min-height: var(--widget-frame-min-height, 0px);
        border: var(--widget-frame-border, 0);
        border-radius: var(--widget-frame-radius, 0);
        color-scheme: normal;
      }
    `);
  }
  return sheet;
}

/**
 * Shows one widget in an iframe (`embed.html`) and keeps the iframe as tall as the widget. The
 * widget's attributes (`api-base`, `site-id`, `theme`, ...) are given to `<widget-frame>` itself;
 * the token (attribute read once and removed, or the `token` property) travels in the URL
 * fragment, which no server and no Referer header sees. Only resize messages from its own iframe,
 * of the right shape and id, are believed. The iframe's title is the widget's name in the page's
 * language (the nearest `lang`), when a copy of the library on the page has that language or the
 * page registered it; otherwise in English (or give your own with `frame-title`).
 *
 * @summary A self-sizing iframe showing one dashboard widget.
 * @tag widget-frame
 * @attr widget - The widget to show: `activity-log`, `visits-chart` or `analytics-settings`.
 * @attr src - The address of `embed.html` (default: next to this script's folder).
 * @attr frame-title - The iframe's accessible title (default: the widget's name, in the page's language).
 * @attr background - The widget's background: `transparent` (the page shows through) or a hex colour (`#f6f7f9`). Default: the widget's own.
 * @fires {FrameResizeEvent} dw-frame-resize - The iframe was resized to its content. `detail: { height: number }`.
 * @csspart frame - The iframe.
 * @cssproperty --widget-frame-initial-height - Height before the widget reports its own (default 150px).
 * @cssproperty --widget-frame-min-height - Minimum height (default 0).
 * @cssproperty --widget-frame-border - The iframe's border (default none).
 * @cssproperty --widget-frame-radius - The iframe's corner radius (default 0).
 */
export class WidgetFrame extends ElementBase {
  static tagName = 'widget-frame';

  /** Registers `<widget-frame>` (or `tag`), tolerating a second registration (see `core/define.ts`). */
  static define(tag: string = this.tagName): void {
    define(tag, this);
  }

  static get observedAttributes(): string[] {
    return [...OWN_ATTRIBUTES, 'token', ...WIDGET_ATTRIBUTES];
  }

  #token = '';
  #frameId = `widget-frame-${++counter}-${Math.random().toString(36).slice(2, 10)}`;
  #iframe: HTMLIFrameElement;
  #queued = false;
  #height = -1;
  /** The page's language for the title: this element is not a lit element, so it hosts the controller itself. */
  #controllers: ReactiveController[] = [];
  #localize = new Localize(this);

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adopt(shadow, styles());
    this.#iframe = document.createElement('iframe');
    this.#iframe.setAttribute('part', 'frame');
    this.#iframe.setAttribute('loading', 'lazy');
    this.#iframe.setAttribute('referrerpolicy', 'no-referrer');
    this.#iframe.setAttribute('sandbox', FRAME_SANDBOX);
    this.#iframe.setAttribute('allow', FRAME_ALLOW);
    shadow.append(this.#iframe);
  }

  /** The widget to show. */
  get widget(): string {
    return this.getAttribute('widget') ?? '';
  }
  set widget(value: string) {
    this.setAttribute('widget', value);
  }

  /** The address of `embed.html`. */
  get src(): string {
    return this.getAttribute('src') || defaultEmbedPage();
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  /** The access token passed to the widget. Never reflected to an attribute. */
  get token(): string {
    return this.#token;
  }
  set token(value: string) {
    this.#token = value ?? '';
    this.#schedule();
  }

  /** The iframe's accessible title. */
  get frameTitle(): string {
    return this.getAttribute('frame-title') || widgetTitle(this.widget, this.#localize);
  }
  set frameTitle(value: string) {
    this.setAttribute('frame-title', value);
  }

  /** The id the embedded page's resize messages must carry. */
  get frameId(): string {
    return this.#frameId;
  }

  /** The iframe (read-only), e.g. to focus it. */
  get iframe(): HTMLIFrameElement {
    return this.#iframe;
  }

  /** The full address loaded in the iframe (it holds the token in its fragment). */
  get embedUrl(): string {
    const info = widgetInfo(this.widget);
    if (!info) return '';
    const attributes: Record<string, string | boolean> = {};
    for (const name of [...COMMON_ATTRIBUTES, ...info.attributes]) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      attributes[name] = info.booleans.includes(name) && !isChoice(info, name, value) ? value !== 'false' : value;
    }
    if (attributes['api-base']) attributes['api-base'] = absolute(String(attributes['api-base']));
    const fragment = buildEmbedFragment({
      widget: this.widget,
      attributes,
      token: this.#token,
      background: this.getAttribute('background') ?? '',
      frameId: this.#frameId,
      parentOrigin: httpOrigin(location.href),
    });
    const url = new URL(this.src, document.baseURI);
    url.hash = fragment;
    return url.href;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'token') {
      if (value !== null) {
        this.#token = value;
        this.removeAttribute('token');
      }
    }
    this.#schedule();
  }

  connectedCallback(): void {
    window.addEventListener('message', this.#onMessage);
    for (const c of this.#controllers) c.hostConnected?.();
    this.#update();
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.#onMessage);
    for (const c of this.#controllers) c.hostDisconnected?.();
  }

  /** @internal The localisation controller's host (`Localize`). */
  addController(controller: ReactiveController): void {
    this.#controllers.push(controller);
  }

  /** @internal Called when the page's language changes: the title follows. */
  requestUpdate(): void {
    this.#schedule();
  }

  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#update();
    });
  }

  #update(): void {
    this.#iframe.title = this.frameTitle;
    const url = this.embedUrl;
    if (!url) {
      if (this.#iframe.hasAttribute('src')) this.#iframe.removeAttribute('src');
      return;
    }
    // Only a changed fragment: the embedded page follows it without reloading.
    if (this.#iframe.getAttribute('src') !== url) this.#iframe.src = url;
  }

  #onMessage = (event: MessageEvent): void => {
    const message = resizeFrom(event, this.#iframe, this.#frameId);
    if (!message || message.height === this.#height) return;
    this.#height = message.height;
    this.#iframe.style.height = `${message.height}px`;
    this.dispatchEvent(new FrameResizeEvent({ height: message.height }));
  };
}

function adopt(root: ShadowRoot, sheet: CSSStyleSheet): void {
  root.adoptedStyleSheets = [sheet];
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'widget-frame': WidgetFrame;
  }
}
