import { COMMON_ATTRIBUTES, FRAME_ALLOW, FRAME_SANDBOX, widgetInfo, type EmbeddableWidget } from './catalog.js';
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
  /** The address of the folder holding `embed.html` and `cdn/` (see {@link embedBaseUrl}). */
  baseUrl?: string;
}

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

/**
 * Sets, for the whole page, where the library's files are hosted (the folder holding `embed.html`
 * and `cdn/`), for share snippets. Needed when the widgets come from a bundle of your own.
 */
export function setEmbedBaseUrl(url: string): void {
  configuredBase = url ? withSlash(url) : '';
}

/**
 * Where share snippets point: the address set with {@link setEmbedBaseUrl}, else the folder
 * above this module when it is served from the library's `dist/` (`dist/cdn/*.js` or
 * `dist/embed/*.js`), else the page's own origin.
 */
export function embedBaseUrl(): string {
  if (configuredBase) return configuredBase;
  if (/\/(?:cdn|embed)\/[^/]+\.js(?:[?#].*)?$/.test(here)) {
    try {
      return new URL('../', here).href;
    } catch {
      // fall through
    }
  }
  return new URL('/', location.href).href;
}

/**
 * Reads the configuration of a widget element, ready for {@link shareSnippets}: every attribute
 * the widget can be embedded with, from its current properties (so choices made inside the widget
 * count), and the server it effectively uses (its own `api-base`, or the enclosing
 * `<dashboard-config>`'s). Never the token.
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
    if (info.booleans.includes(name)) config[name] = value === true || (typeof value === 'string' && value !== 'false');
    else if (typeof value === 'number') config[name] = value > 0 ? value : undefined;
    else if (typeof value === 'string') config[name] = value;
    else if (Array.isArray(value)) config[name] = value.join(',');
  }
  const connection = (bag.connection as ((kind: string) => { apiBase?: string; userId?: string }) | undefined)?.call(element, info.server);
  if (!config['api-base'] && connection?.apiBase) config['api-base'] = connection.apiBase;
  if (info.attributes.includes('user-id') && !config['user-id'] && connection?.userId) config['user-id'] = connection.userId;
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

/** The warnings to show before sharing a widget. */
export function shareWarnings(info: EmbeddableWidget, config: WidgetConfig, token: string): string[] {
  const warnings = [
    info.server === 'matomo'
      ? 'Anyone who has a shared link or snippet can use the token in it. Use a view-only token: the token of a Matomo user who has only "view" access to these sites, never a super user\'s or an admin\'s.'
      : 'Anyone who has a shared link or snippet can use the token in it. Use the personal access token of a Rocket.Chat user without administration rights, never an administrator\'s.',
  ];
  if (!token) {
    warnings.push(
      info.server === 'matomo'
        ? 'No token is included: the widget will show what the anonymous user may view.'
        : 'No token is included: Rocket.Chat will ask the viewer to log in, and the widget will say so.',
    );
  }
  if (info.attributes.includes('readonly') && config.readonly !== true && config.readonly !== '') {
    warnings.push('This copy can change settings. Embed it read-only unless the people you share it with should edit.');
  }
  if (token && /^http:/i.test(String(config['api-base'] ?? ''))) {
    warnings.push('The server address uses plain http: the token would cross the network unencrypted.');
  }
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
  const base = input.baseUrl ? withSlash(absolute(input.baseUrl)) : embedBaseUrl();
  const token = input.token?.trim() ?? '';
  const config: WidgetConfig = { ...input.config };
  delete config.token;
  if (typeof config['api-base'] === 'string' && config['api-base']) config['api-base'] = absolute(config['api-base']);

  const link = `${base}embed.html#${buildEmbedFragment({ widget: input.widget, attributes: config, token })}`;
  const hostScript = `${base}cdn/embed-host.js`;
  const iframe =
    `<iframe src="${escapeAttribute(link)}" title="${escapeAttribute(info.title)}" width="100%" height="${info.height}"` +
    ` loading="lazy" referrerpolicy="no-referrer" sandbox="${FRAME_SANDBOX}" allow="${FRAME_ALLOW}" data-dashboard-widgets></iframe>\n` +
    `<!-- Optional: resizes the iframe to fit its widget. -->\n` +
    `<script type="module" src="${escapeAttribute(hostScript)}"></script>`;

  const attributes: string[] = [];
  for (const name of [...COMMON_ATTRIBUTES, ...info.attributes]) {
    const value = config[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (info.booleans.includes(name)) {
      if (value === true || value === 'true' || value === name) attributes.push(name);
      continue;
    }
    attributes.push(`${name}="${escapeAttribute(String(value))}"`);
  }
  if (token) attributes.push(`token="${escapeAttribute(token)}"`);
  const script =
    `<script type="module" src="${escapeAttribute(`${base}cdn/${input.widget}.js`)}"></script>\n` +
    `<${input.widget}${attributes.map((a) => ` ${a}`).join('')}></${input.widget}>`;

  return { link, iframe, script, warnings: shareWarnings(info, config, token) };
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
