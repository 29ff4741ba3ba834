import { clampNumber, NUMBER_RANGES } from '../core/numbers.js';
import { english } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { COMMON_ATTRIBUTES, isChoice, WIDGETS, widgetInfo, type WidgetCatalog } from './catalog.js';

/**
 * What an embed URL asks for, read from its fragment
 * (`#widget=activity-log&api-base=https://matomo.example/&token=...&theme=dark`).
 * The fragment never leaves the browser: it is not sent to the server that hosts the page and
 * not included in a Referer header.
 */
export interface EmbedRequest {
  /** The widget's tag name; empty when the fragment names none or an unknown one (see `error`). */
  widget: string;
  /** Accepted attributes, by name. A boolean attribute that is on has the value `''`. */
  attributes: Record<string, string>;
  /** The access token (set on the widget as a property, never as an attribute). */
  token: string;
  /** The id the resize messages carry, so a host page can tell its frames apart. */
  frameId: string;
  /** The origin of the page allowed to receive resize messages; empty for any. */
  parentOrigin: string;
  /** The page's and the widget's background: `transparent`, a hex colour, or empty for the widget's own. */
  background: string;
  /** Parameters that were left out: unknown names or unacceptable values. */
  ignored: string[];
  /** A sentence for the reader when no widget can be shown (in English). */
  error?: string;
  /** The same as a message, to show in the reader's language. */
  errorText?: Text;
}

const MAX_VALUE_LENGTH = 2048;
const TRUE_VALUES = new Set(['', 'true', '1', 'yes', 'on']);
const FALSE_VALUES = new Set(['false', '0', 'no', 'off']);
const THEMES = new Set(['light', 'dark', 'auto']);
const FRAME_ID = /^[\w.:-]{1,128}$/;
const BACKGROUND = /^(?:transparent|#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}))$/i;

/** True for an http(s) URL, or a relative one that resolves to http(s) against `base`. */
export function isHttpUrl(value: string, base: string = location.href): boolean {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The origin of an http(s) URL, or '' when `value` is not one (`null` origins included). */
export function httpOrigin(value: string, base?: string): string {
  try {
    const url = base === undefined ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

/**
 * Reads an embed fragment. Only widgets in the catalogue, and only their attributes, are accepted;
 * URLs must be http(s); a theme must be light, dark or auto; a number is clamped to its attribute's
 * range (`NUMBER_RANGES`), and a numeric attribute that is not a number is left out. `base`
 * resolves relative URLs (default: the page's address).
 */
export function parseEmbedFragment(hash: string, catalog: WidgetCatalog = WIDGETS, base: string = location.href): EmbedRequest {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const request: EmbedRequest = { widget: '', attributes: {}, token: '', frameId: '', parentOrigin: '', background: '', ignored: [] };
  const seen = new Set<string>();

  const tag = (params.get('widget') ?? '').trim().toLowerCase();
  const info = widgetInfo(tag, catalog);
  const widgets = Object.keys(catalog).join(', ');
  const error: Text | undefined = !tag
    // {example}: a widget's tag name; {widgets}: every widget's tag name (a list); {name}: the name the address gives.
    ? { key: 'This page shows one widget named in its address, e.g. #widget={example}. Widgets: {widgets}.', params: { example: Object.keys(catalog)[0] ?? 'activity-log', widgets } }
    : !info
      ? { key: 'There is no widget called "{name}" to show here. Widgets: {widgets}.', params: { name: tag.slice(0, 60), widgets } }
      : undefined;
  if (error) Object.assign(request, { error: english.text(error), errorText: error });
  else request.widget = tag;

  // The common attributes are read even without a widget: the page's own message follows the theme.
  const allowed = new Set<string>([...COMMON_ATTRIBUTES, ...(info?.attributes ?? [])]);
  const urls = new Set<string>(['api-base', ...(info?.urls ?? [])]);
  const booleans = new Set<string>(info?.booleans ?? []);

  for (const [name, raw] of params) {
    if (seen.has(name)) continue; // the first occurrence wins
    seen.add(name);
    const value = raw.trim();
    if (name === 'widget') continue;
    if (value.length > MAX_VALUE_LENGTH) {
      request.ignored.push(name);
      continue;
    }
    if (name === 'token') {
      request.token = value;
    } else if (name === 'frame-id') {
      if (FRAME_ID.test(value)) request.frameId = value;
      else request.ignored.push(name);
    } else if (name === 'background') {
      if (BACKGROUND.test(value)) request.background = value;
      else request.ignored.push(name);
    } else if (name === 'parent-origin') {
      const origin = httpOrigin(value);
      if (origin) request.parentOrigin = origin;
      else request.ignored.push(name);
    } else if (!allowed.has(name)) {
      request.ignored.push(name);
    } else if (booleans.has(name)) {
      const flag = value.toLowerCase();
      if (isChoice(info!, name, flag)) request.attributes[name] = flag;
      else if (TRUE_VALUES.has(flag) || flag === name) request.attributes[name] = '';
      else if (!FALSE_VALUES.has(flag)) request.ignored.push(name);
    } else if (name === 'theme' && !THEMES.has(value)) {
      request.ignored.push(name);
    } else if (urls.has(name) && !isHttpUrl(value, base)) {
      request.ignored.push(name);
    } else if (Object.hasOwn(NUMBER_RANGES, name)) {
      const n = clampNumber(value, NUMBER_RANGES[name]!, NaN);
      if (Number.isNaN(n)) request.ignored.push(name);
      else request.attributes[name] = String(n);
    } else {
      request.attributes[name] = value;
    }
  }
  return request;
}

/** What to put in an embed fragment. */
export interface EmbedFragmentInput {
  widget: string;
  /** Attribute values by name; `true` for a boolean attribute that is on; false, null, undefined and '' are left out. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  token?: string;
  frameId?: string;
  parentOrigin?: string;
  /** `transparent` or a hex colour (see {@link EmbedRequest.background}). */
  background?: string;
}

/**
 * Builds an embed fragment (without the `#`): the widget, its accepted attributes in catalogue
 * order, then the background, token, frame id and parent origin. Attributes the widget does not accept are
 * left out. Values keep `/`, `:` and `,` readable; everything else that needs it is encoded.
 */
export function buildEmbedFragment(input: EmbedFragmentInput, catalog: WidgetCatalog = WIDGETS): string {
  const info = widgetInfo(input.widget, catalog);
  if (!info) throw new Error(`dashboard-widgets: "${input.widget}" cannot be embedded`);
  const parts = [`widget=${encodeValue(input.widget)}`];
  const attributes = input.attributes ?? {};
  for (const name of [...COMMON_ATTRIBUTES, ...info.attributes]) {
    const value = attributes[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (info.booleans.includes(name) && !isChoice(info, name, value)) {
      if (value === true || TRUE_VALUES.has(String(value).toLowerCase())) parts.push(`${name}=true`);
      continue;
    }
    parts.push(`${name}=${encodeValue(String(value))}`);
  }
  if (input.background) parts.push(`background=${encodeValue(input.background)}`);
  if (input.token) parts.push(`token=${encodeValue(input.token)}`);
  if (input.frameId) parts.push(`frame-id=${encodeValue(input.frameId)}`);
  if (input.parentOrigin) parts.push(`parent-origin=${encodeValue(input.parentOrigin)}`);
  return parts.join('&');
}

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(?:2F|3A|2C)/gi, (escape) => decodeURIComponent(escape));
}
