import { english, type Translator } from '../core/translate.js';
import { COMMON_ATTRIBUTES, FRAME_ALLOW, FRAME_SANDBOX, isChoice, widgetInfo, widgetTitle, type EmbeddableWidget } from './catalog.js';
import { buildEmbedFragment } from './fragment.js';

/** A widget's configuration by attribute name (`true` for a boolean attribute that is on). */
export type WidgetConfig = Record<string, string | number | boolean | null | undefined>;

export interface ShareInput {
  /** The widget's tag name, e.g. `visits-chart`. */
  widget: string;
  /** Its current configuration, by attribute name (see {@link widgetConfig}). `token` is ignored here. */
  config: WidgetConfig;
  /** The token to put in the shared copy (should be view-only). Empty: none. */
  token?: string;
  /**
   * Rocket.Chat only: the id of the user whose token the copy carries (`X-User-Id`). It goes with
   * the token: the sharer's own id (from the widget or `<dashboard-config>`) is never shared.
   */
  userId?: string;
  /**
   * The background of the shared copy: empty for the widget's own, `transparent`, or a colour
   * (`#rgb`, `#rrggbb`, with alpha too). Anything else is left out.
   */
  background?: string;
  /** The address of the folder holding `embed.html` and `cdn/` (see {@link embedBaseUrl}). */
  baseUrl?: string;
  /** The language of the warnings, and of the iframe's title and comment (default English; the Share panel gives its own). */
  translator?: Translator;
}

/** The forms a widget can be shared in. */
export type ShareFormat = 'link' | 'iframe' | 'script';

export interface ShareSnippets {
  /** The embed page's address, with everything in its fragment. */
  link: string;
  /** An `<iframe>` for any page, plus the optional host-helper script that makes it auto-height. */
  iframe: string;
  /** The script-tag form: the widget's bundle and the element itself. */
  script: string;
  /** What to keep in mind before sharing (always at least the view-only token warning). */
  warnings: string[];
}

let configuredBase = '';
const here = import.meta.url;

/** The name of the `<meta>` element a page can give the hosting address with (see {@link embedBaseUrl}). */
export const EMBED_BASE_META = 'dashboard-widgets-base';

/**
 * Sets, for the whole page, where the library's files are hosted (the folder holding `embed.html`
 * and `cdn/`), for share snippets. Needed when the widgets come from a bundle of your own (or
 * put `<meta name="dashboard-widgets-base" content="https://…/">` in the page).
 */
export function setEmbedBaseUrl(url: string): void {
  configuredBase = url ? withSlash(url) : '';
}

/**
 * The folder of `dist/` that a module of the library is served from, found from its address:
 * `cdn/<bundle>.js` and `cdn/chunks/<part>.js` (the self-contained script-tag bundles and what
 * they load on demand, the share code among them), `cdn/modules/<bundle>.js` and
 * `cdn/modules/chunks/<part>.js` (the modular set) and `embed/<module>.js` (the npm modules) all
 * sit below it. Empty when the address has none of these shapes (the code was bundled into an application).
 */
export function distFolderOf(moduleUrl: string): string {
  const match = /^(https?:\/\/[^?#]*?\/)(?:cdn\/(?:modules\/)?(?:chunks\/)?|embed\/)[^/?#]+\.js(?:[?#].*)?$/.exec(moduleUrl);
  return match ? match[1]! : '';
}

/**
 * Where share snippets point, and how that was decided: the address set with
 * {@link setEmbedBaseUrl}, else the page's `<meta name="dashboard-widgets-base">`, else the
 * `dist/` folder this code is served from (see {@link distFolderOf}), else the root of the page's
 * origin (`detected: false`: the panel then asks for the address).
 */
export function embedBase(): { url: string; detected: boolean } {
  if (configuredBase) return { url: configuredBase, detected: true };
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${EMBED_BASE_META}"]`)?.content.trim();
  if (meta) return { url: withSlash(absolute(meta)), detected: true };
  const dist = distFolderOf(here);
  if (dist) return { url: dist, detected: true };
  return { url: new URL('/', location.href).href, detected: false };
}

/** Where share snippets point (see {@link embedBase}). */
export function embedBaseUrl(): string {
  return embedBase().url;
}

/**
 * Reads the configuration of a widget element, ready for {@link shareSnippets}: every attribute
 * the widget can be embedded with, from its current properties (so choices made inside the widget
 * count), and the server it effectively uses (its own `api-base`, or the enclosing
 * `<dashboard-config>`'s). Never the token, and never the Rocket.Chat user id that goes with it.
 */
export function widgetConfig(element: HTMLElement): WidgetConfig {
  const info = widgetInfo(element.localName);
  if (!info) return {};
  const config: WidgetConfig = {};
  const bag = element as unknown as Record<string, unknown>;
  const properties = propertiesByAttribute(element);
  const defaults = defaultsOf(element);
  for (const name of [...COMMON_ATTRIBUTES, ...info.attributes]) {
    // The property behind the attribute, else one named like it (e.g. a list kept as an array).
    const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const property = properties.get(name) ?? (camel in element ? camel : undefined);
    const value = property !== undefined ? bag[property] : element.getAttribute(name);
    // A value the widget has anyway is left out, so snippets say only what was chosen.
    if (property !== undefined && defaults && sameValue(value, defaults[property])) continue;
    if (isChoice(info, name, value)) config[name] = value as string;
    else if (info.booleans.includes(name)) config[name] = value === true || (typeof value === 'string' && value !== 'false');
    else if (typeof value === 'number') config[name] = value > 0 ? value : undefined;
    else if (typeof value === 'string') config[name] = value;
    else if (Array.isArray(value)) config[name] = value.join(',');
  }
  const connection = (bag.connection as ((kind: string) => { apiBase?: string }) | undefined)?.call(element, info.server);
  if (!config['api-base'] && connection?.apiBase) config['api-base'] = connection.apiBase;
  // The user id belongs with the token: the sharer's own is never shared (see ShareInput.userId).
  delete config['user-id'];
  return config;
}

const defaultsCache = new Map<string, Record<string, unknown> | undefined>();

/** A fresh, unconnected element of the same class (it loads nothing), to read its defaults. */
function defaultsOf(element: HTMLElement): Record<string, unknown> | undefined {
  const tag = element.localName;
  if (!defaultsCache.has(tag)) {
    let fresh: Record<string, unknown> | undefined;
    try {
      const Ctor = element.constructor as new () => HTMLElement;
      if (Ctor !== HTMLElement && customElements.getName?.(Ctor as CustomElementConstructor) !== null) fresh = new Ctor() as unknown as Record<string, unknown>;
    } catch {
      fresh = undefined;
    }
    defaultsCache.set(tag, fresh);
  }
  return defaultsCache.get(tag);
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : a === b;
}

/** Attribute name -> property name, from a lit element's declared properties. */
function propertiesByAttribute(element: HTMLElement): Map<string, string> {
  const map = new Map<string, string>();
  const declared = (element.constructor as { elementProperties?: Map<PropertyKey, { attribute?: boolean | string }> }).elementProperties;
  for (const [key, options] of declared ?? []) {
    if (typeof key !== 'string' || options.attribute === false) continue;
    map.set(typeof options.attribute === 'string' ? options.attribute : key.toLowerCase(), key);
  }
  return map;
}

/** The warnings to show before sharing a widget, in the translator's language. */
export function shareWarnings(info: EmbeddableWidget, config: WidgetConfig, token: string, t: Translator = english): string[] {
  const matomo = info.server === 'matomo';
  const warnings = [t.t(matomo ? 'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.' : "Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator's.")];
  if (!token) warnings.push(t.t(matomo ? 'No token is included: the widget will show what the anonymous user may view.' : 'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.'));
  if (info.attributes.includes('readonly') && config.readonly !== true && config.readonly !== '') warnings.push(t.t('This copy can change settings. Embed it read-only unless the people you share it with should edit.'));
  if (token && /^http:/i.test(String(config['api-base'] ?? ''))) warnings.push(t.t('The server address uses plain http: the token would cross the network unencrypted.'));
  if (info.server === 'rocketchat' && token && !config['user-id']) warnings.push(t.t('A Rocket.Chat token works only with the id of its user: enter the user id that goes with the token.'));
  if (typeof config.today === 'string' && config.today) warnings.push(t.t('The chart counts its ranges back from a fixed day (today="{today}"): the shared copy will keep showing the ranges of that day.', { today: config.today }));
  return warnings;
}

/**
 * The snippets that reproduce a widget elsewhere: the embed link, an iframe (with the host helper
 * that makes it auto-height), and the script-tag form. A relative `api-base` is made absolute
 * against the current page, so the copy reaches the same server from anywhere. The token goes
 * in the link's fragment and in the element's `token` attribute, and nowhere else.
 */
export function shareSnippets(input: ShareInput): ShareSnippets {
  const info = widgetInfo(input.widget);
  if (!info) throw new Error(`dashboard-widgets: "${input.widget}" cannot be shared`);
  const t = input.translator ?? english;
  const base = input.baseUrl ? withSlash(absolute(input.baseUrl)) : embedBaseUrl();
  const token = input.token?.trim() ?? '';
  const background = isBackground(input.background) ? input.background.trim() : '';
  const config: WidgetConfig = { ...input.config };
  delete config.token;
  delete config['user-id'];
  if (info.server === 'rocketchat' && input.userId?.trim()) config['user-id'] = input.userId.trim();
  if (typeof config['api-base'] === 'string' && config['api-base']) config['api-base'] = absolute(config['api-base']);

  const link = `${base}embed.html#${buildEmbedFragment({ widget: input.widget, attributes: config, token, background })}`;
  const hostScript = `${base}cdn/embed-host.js`;
  // No style attribute (a strict Content-Security-Policy on the host page would block it): the
  // border goes with frameborder, and the host helper (a classic script, so it loads from another
  // origin without CORS headers) keeps the frame as tall as its widget.
  const iframe =
    `<iframe src="${escapeAttribute(link)}" title="${escapeAttribute(frameTitle(input.widget, config, t))}" width="100%" height="${info.height}" frameborder="0"` +
    ` loading="lazy" referrerpolicy="no-referrer" sandbox="${FRAME_SANDBOX}" allow="${FRAME_ALLOW}" data-dashboard-widgets></iframe>\n` +
    `<!-- ${t.t('Makes the iframe as tall as its widget (optional).').replace(/--|>/g, ' ')} -->\n` +
    `<script async src="${escapeAttribute(hostScript)}"></script>`;

  const attributes: string[] = [];
  for (const name of [...COMMON_ATTRIBUTES, ...info.attributes]) {
    const value = config[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (info.booleans.includes(name) && !isChoice(info, name, value)) {
      if (value === true || value === 'true' || value === name) attributes.push(name);
      continue;
    }
    attributes.push(`${name}="${escapeAttribute(String(value))}"`);
  }
  if (background) attributes.push(`style="--dw-background: ${escapeAttribute(background)}"`);
  if (token) attributes.push(`token="${escapeAttribute(token)}"`);
  const script =
    `<script type="module" src="${escapeAttribute(`${base}cdn/${input.widget}.js`)}"></script>\n` +
    `<${input.widget}${attributes.map((a) => ` ${a}`).join('')}></${input.widget}>`;

  return { link, iframe, script, warnings: shareWarnings(info, config, token, t) };
}

/** A background the snippets accept: `transparent` or a hex colour (so it can go anywhere unchecked). */
export function isBackground(value: string | undefined): value is string {
  return typeof value === 'string' && /^(?:transparent|#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}))$/i.test(value.trim());
}

/** The iframe's title: what it shows, for screen-reader users moving between frames (in the translator's language). */
export function frameTitle(widget: string, config: WidgetConfig, t: Translator = english): string {
  const info = widgetInfo(widget);
  const name = widgetTitle(widget, t);
  if (!info) return name;
  // The iframe's title, for the recipient's page. {widget}: the widget's name; {site}, {sites}: the site-id attribute.
  if (info.server !== 'matomo') return t.t('{widget} (Rocket.Chat)', { widget: name });
  const site = config['site-id'];
  if (typeof site !== 'string' || !site) return t.t('{widget} (Matomo)', { widget: name });
  if (site === 'all') return t.t('{widget} (Matomo, all sites)', { widget: name });
  return site.includes(',') ? t.t('{widget} (Matomo, sites {sites})', { widget: name, sites: site }) : t.t('{widget} (Matomo, site {site})', { widget: name, site });
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
