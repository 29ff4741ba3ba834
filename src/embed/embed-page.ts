import { loadTranslations } from '../i18n/on-demand.js';
import { canonicalTag } from '../i18n/registry.js';
import { directionOf } from '../i18n/translations.js';
import { translator, type Translator } from '../core/translate.js';
import { WIDGETS, allowedAttributes, widgetTitle, type WidgetCatalog } from './catalog.js';
import { parseEmbedFragment, type EmbedRequest } from './fragment.js';
import { startResizeBridge, type ResizeBridge } from './resize-bridge.js';

export interface EmbedPageOptions {
  /** Where the widget goes. Default: `#widget-root`, else `<body>`. */
  root?: HTMLElement;
  /** Which widgets may be shown, with their attributes. Default: every widget of the library. */
  catalog?: WidgetCatalog;
  /** Report the content height to the parent page (default true). */
  resize?: boolean;
  /** How long to wait for the widget's code before saying it did not load (ms, default 10000). */
  definitionTimeout?: number;
  /**
   * Loads the code of a widget that is not registered yet (so a frame loads only the widget it
   * shows). Default: nothing is loaded; the page waits for the widget to be registered.
   */
  load?: (tag: string) => Promise<unknown>;
}

/** The running embed page. */
export interface EmbedPage {
  /** The widget shown, or null when the address names none. */
  readonly element: HTMLElement | null;
  /** Reads the fragment again and shows what it asks for (also done on every `hashchange`). */
  refresh(): Promise<void>;
  /** Stops listening to `hashchange` and resizes. */
  stop(): void;
}

/**
 * The logic of `embed.html`: shows the one widget named in the URL fragment, full width, with the
 * attributes the fragment gives (only those the widget accepts), the token set as a property
 * (never an attribute, never logged), follows `hashchange`, and reports the content height to the
 * parent page. What cannot be shown is explained on the page, as text, in the page's language:
 * the fragment's `locale`, else the reader's browser's (the page's `lang` and `dir` say it too).
 */
export function startEmbedPage(options: EmbedPageOptions = {}): EmbedPage {
  const catalog = options.catalog ?? WIDGETS;
  const root = options.root ?? document.getElementById('widget-root') ?? document.body;
  const timeout = options.definitionTimeout ?? 10_000;
  let element: HTMLElement | null = null;
  let generation = 0;

  /** The page's words, once its language has arrived (English if it does not). */
  const words = async (): Promise<Translator> => {
    const locale = document.documentElement.lang;
    const code = await loadTranslations();
    await code.fetchLanguages(code.chainOf(locale));
    return translator(locale);
  };

  const initial = parseEmbedFragment(location.hash, catalog);
  const bridge: ResizeBridge | undefined =
    options.resize === false ? undefined : startResizeBridge({ frameId: initial.frameId, targetOrigin: initial.parentOrigin });

  const showMessage = (text: string) => {
    element?.remove();
    element = null;
    const message = document.createElement('p');
    message.className = 'embed-message';
    message.setAttribute('role', 'alert');
    message.textContent = text;
    root.replaceChildren(message);
  };

  const refresh = async () => {
    const run = ++generation;
    const request = parseEmbedFragment(location.hash, catalog);
    bridge?.configure({ frameId: request.frameId, targetOrigin: request.parentOrigin });
    applyPageSettings(request);
    const t = await words();
    if (run !== generation) return;
    if (!request.widget) {
      document.title = t.t('Widget not found');
      showMessage(request.errorText ? t.text(request.errorText) : t.t('No widget to show.'));
      return;
    }
    document.title = widgetTitle(request.widget, t, catalog);
    if (!customElements.get(request.widget) && options.load) {
      // A failed load is reported below, as a widget that never got registered.
      await options.load(request.widget).catch(() => undefined);
    }
    if (!(await defined(request.widget, timeout))) {
      if (run === generation) showMessage(t.t('The code of the widget ({widget}) did not load. Check that the widget bundles sit next to this page.', { widget: widgetTitle(request.widget, t, catalog) }));
      return;
    }
    if (run !== generation) return;
    if (!element || element.localName !== request.widget) {
      element = document.createElement(request.widget);
      element.classList.add('embedded-widget');
      configure(element, request, allowedAttributes(request.widget, catalog));
      root.replaceChildren(element);
    } else {
      configure(element, request, allowedAttributes(request.widget, catalog));
    }
  };

  const onHashChange = () => void refresh();
  window.addEventListener('hashchange', onHashChange);
  void refresh();

  return {
    get element() {
      return element;
    },
    refresh,
    stop() {
      window.removeEventListener('hashchange', onHashChange);
      bridge?.stop();
    },
  };
}

/** Sets exactly the accepted attributes on the widget (removing those no longer asked for) and the token. */
function configure(element: HTMLElement, request: EmbedRequest, allowed: readonly string[]): void {
  for (const name of allowed) {
    const value = request.attributes[name];
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  (element as HTMLElement & { token?: string }).token = request.token;
  // A CSS custom property set through the CSSOM, which the page's policy allows (a style attribute it would not).
  if (request.background) element.style.setProperty('--dw-background', request.background);
  else element.style.removeProperty('--dw-background');
}

/**
 * The page itself follows the widget's theme (so no light strip shows around a dark widget), its
 * background (a colour, or none at all: the host page shows through) and language: the
 * fragment's `locale`, else the reader's browser's, as the page's `lang` and `dir`.
 */
function applyPageSettings(request: EmbedRequest): void {
  const root = document.documentElement;
  root.dataset.theme = request.attributes.theme ?? 'auto';
  if (request.background) root.dataset.background = request.background === 'transparent' ? 'transparent' : 'colour';
  else delete root.dataset.background;
  if (request.background && request.background !== 'transparent') root.style.setProperty('--embed-background', request.background);
  else root.style.removeProperty('--embed-background');
  // A value that is not a language tag leaves the browser's language.
  const locale = canonicalTag(request.attributes.locale ?? '') || canonicalTag(navigator.language) || 'en';
  if (root.lang !== locale) root.lang = locale;
  root.dir = directionOf(locale);
}

function defined(tag: string, timeout: number): Promise<boolean> {
  if (customElements.get(tag)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeout);
    void customElements.whenDefined(tag).then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
