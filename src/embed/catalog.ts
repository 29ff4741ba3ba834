import type { Translator } from '../core/translate.js';

/**
 * The widgets that can be embedded through `embed.html` or shared as a snippet, with the
 * attributes each accepts from a URL fragment. Anything not listed here is ignored: a shared link
 * can name one of these widgets and set these attributes, nothing else (no event handlers, no
 * `style`, no other elements).
 */
export interface EmbeddableWidget {
  /** Human name, used as the iframe's `title` and the embed page's document title (in English: see {@link widgetTitle}). */
  title: string;
  /** Which server the widget talks to (decides how the token is explained and applied). */
  server: 'matomo' | 'rocketchat';
  /** Attributes (besides the common ones) that a fragment may set. */
  attributes: readonly string[];
  /** Boolean attributes among them: present when the value is `''`, `true`, `1` or `yes`. */
  booleans: readonly string[];
  /** Values some of those booleans may also take, kept as they are (`compare="previous-year"`). */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Attributes whose value is a URL: only http(s) (or a relative path) is accepted. */
  urls: readonly string[];
  /** A sensible starting height in pixels for an iframe that is not auto-sized. */
  height: number;
}

/** Attributes every widget accepts. The token is never an attribute here: it is set as a property. */
export const COMMON_ATTRIBUTES = ['api-base', 'locale', 'theme', 'timeout'] as const;

/**
 * The sandbox of an iframe showing a widget: scripts, its own origin (so API requests carry a real
 * Origin for CORS), forms (the settings form submits), downloads (exports) and links opening in a
 * new tab. No top navigation, no modals, no pointer lock.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-popups allow-popups-to-escape-sandbox';

/** The permissions an embedded widget may use: writing to the clipboard (copy buttons). */
export const FRAME_ALLOW = 'clipboard-write';

/** Fragment parameters that are not widget attributes. */
export const RESERVED_PARAMS = ['widget', 'token', 'frame-id', 'parent-origin', 'background'] as const;

export const WIDGETS: Readonly<Record<string, EmbeddableWidget>> = Object.freeze({
  'activity-log': {
    title: 'Activity log',
    server: 'matomo',
    attributes: ['page-size', 'user', 'activity-type', 'date-from', 'date-to', 'search', 'site', 'ip', 'gravatar', 'avatar-base', 'hide-title', 'refresh-interval', 'scan-limit', 'object', 'overwrite-window', 'compact'],
    booleans: ['gravatar', 'hide-title', 'compact'],
    urls: ['avatar-base'],
    height: 640,
  },
  'visits-chart': {
    title: 'Visits chart',
    server: 'matomo',
    attributes: ['site-id', 'period', 'date', 'metrics', 'metric', 'compare', 'segment', 'annotations', 'today', 'hide-title', 'compact', 'controls'],
    booleans: ['compare', 'annotations', 'hide-title', 'compact'],
    choices: { compare: ['previous-period', 'previous-year'] },
    urls: [],
    height: 520,
  },
  'analytics-settings': {
    title: 'Analytics settings',
    server: 'rocketchat',
    attributes: ['user-id', 'readonly', 'compact'],
    booleans: ['readonly', 'compact'],
    urls: [],
    height: 900,
  },
});

/** A catalogue of embeddable widgets by tag name (the default is {@link WIDGETS}). */
export type WidgetCatalog = Readonly<Record<string, EmbeddableWidget>>;

/** Every attribute a fragment may set on `tag`, common ones first; empty for an unknown tag. */
export function allowedAttributes(tag: string, catalog: WidgetCatalog = WIDGETS): string[] {
  const widget = widgetInfo(tag, catalog);
  return widget ? [...COMMON_ATTRIBUTES, ...widget.attributes] : [];
}

/** The names of the library's widgets. */
const TITLES = { 'activity-log': { key: 'Activity log' }, 'visits-chart': { key: 'Visits chart' }, 'analytics-settings': { key: 'Analytics settings' } } as const;

/**
 * A widget's name in the translator's language: the library's widgets from the catalogue, any
 * other from its entry's `title`; "Dashboard widget" for an unknown tag.
 */
export function widgetTitle(tag: string, t: Translator, catalog: WidgetCatalog = WIDGETS): string {
  const info = widgetInfo(tag, catalog);
  if (!info) return t.t('Dashboard widget');
  return Object.hasOwn(TITLES, tag) && info === WIDGETS[tag] ? t.text(TITLES[tag as keyof typeof TITLES]) : info.title;
}

/** Whether `value` is one of the values a boolean attribute may also take (see `choices`). */
export function isChoice(info: EmbeddableWidget, name: string, value: unknown): boolean {
  return !!info.choices && Object.hasOwn(info.choices, name) && info.choices[name]!.includes(value as string);
}

/** The catalogue entry for `tag`, or undefined (never an inherited property such as `constructor`). */
export function widgetInfo(tag: string, catalog: WidgetCatalog = WIDGETS): EmbeddableWidget | undefined {
  return Object.prototype.hasOwnProperty.call(catalog, tag) ? catalog[tag] : undefined;
}
