import {
  FEATURES_MESSAGES,
  GOOGLE_ENABLED,
  PIWIK_COOKIE_DOMAIN,
  PIWIK_DOMAINS,
  PIWIK_ENABLED,
  PIWIK_PREPEND_DOMAIN,
  PIWIK_SITE_ID,
  PIWIK_TRACKERS,
  PIWIK_URL,
} from './schema.js';
import { english, type Translator } from '../core/translate.js';
import { clip } from './words.js';

/**
 * The Matomo tracking code of a configuration: what Rocket.Chat's web client pushes to `_paq`
 * (in its order: trackPageView first, options after), and a standalone snippet in the form of
 * Matomo's own generator (options before trackPageView), with an optional cookieless mode.
 */

export interface MatomoConfig {
  enabled: boolean;
  url: string;
  siteId: string;
  additionalTrackers: string;
  prependDomain: boolean;
  cookieDomain: boolean;
  domains: string;
}

/** The Matomo part of the settings, from setting values keyed by id. */
export function matomoConfig(values: Readonly<Record<string, unknown>>): MatomoConfig {
  const text = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : values[id] == null ? '' : String(values[id]));
  return {
    enabled: values[PIWIK_ENABLED] === true,
    url: text(PIWIK_URL),
    siteId: text(PIWIK_SITE_ID),
    additionalTrackers: text(PIWIK_TRACKERS),
    prependDomain: values[PIWIK_PREPEND_DOMAIN] === true,
    cookieDomain: values[PIWIK_COOKIE_DOMAIN] === true,
    domains: text(PIWIK_DOMAINS),
  };
}

/** A JavaScript literal for a value, safe inside a `<script>` element. */
export function jsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const body = value.replace(/[\\'\n\r\u2028\u2029<]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '<' ? '\\x3C' : `\\u${c.charCodeAt(0).toString(16)}`));
    return `'${body}'`;
  }
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(', ')}]`;
  return (JSON.stringify(value) ?? 'undefined').replace(/</g, '\\u003C');
}

const push = (...args: unknown[]) => `_paq.push([${args.map(jsLiteral).join(', ')}]);`;

/** Rocket.Chat's cookie domain for a host: "*." and the host without its first label. */
export function chatCookieDomain(host: string): string {
  return `*.${host.split('.').slice(1).join('.')}`;
}

/** Hide Outgoing Links as Rocket.Chat reads it: each non-blank line, trimmed, after "*.". */
export function chatDomains(domains: string): string[] {
  return domains
    .split(/\n/)
    .filter((line) => /\S/.test(line))
    .map((line) => `*.${line.trim()}`);
}

/** How many additional trackers the preview writes out; the rest are counted. */
export const TRACKERS_SHOWN = 20;
/** How many items of Additional Piwik Sites are read at most (a value may claim any `length`). */
const ITEMS_READ = 100_000;

/** Additional Piwik Sites as the chat server's client would add them (see `chatAdditionalTrackers`). */
export interface ChatTrackers {
  /** The first trackers added (at most `TRACKERS_SHOWN`), with the URL the client builds. */
  trackers: Array<{ url: string; siteId: unknown }>;
  /** How many trackers the client adds in all (items read before an empty one). */
  count: number;
  /** 0-based numbers of the trackers whose URL has no trailing slash. */
  noSlash: number[];
  /** Why the client stops reading, if it does (it catches the error and logs it), in English (the comment in the code). */
  error?: string;
  /** The 1-based number of the empty item the client stops at, if that is why. */
  empty?: number;
}

/**
 * Additional Piwik Sites as Rocket.Chat's client reads them: `JSON.parse`, then one addTracker
 * per element (of anything with a `length`, text too) until something throws. Bounded: the first
 * `TRACKERS_SHOWN` are kept, the others counted, at most `ITEMS_READ` read.
 */
export function chatAdditionalTrackers(text: string): ChatTrackers {
  const out: ChatTrackers = { trackers: [], count: 0, noSlash: [] };
  if (!/\S/.test(text)) return out;
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return { ...out, error: 'not valid JSON' };
  }
  if (list === null || list === undefined) return { ...out, error: 'not a list' };
  const length = (list as { length?: unknown }).length;
  const count = Math.min(ITEMS_READ, typeof length === 'number' ? length : Number(length));
  for (let i = 0; i < count; i++) {
    const tracker = (list as Record<number, unknown>)[i];
    if (tracker === null || tracker === undefined) return { ...out, error: `item ${i + 1} is empty`, empty: i + 1 };
    const t = tracker as { trackerURL?: unknown; siteId?: unknown };
    const url = `${String(t.trackerURL)}js/`;
    if (!url.endsWith('/js/')) out.noSlash.push(i);
    if (i < TRACKERS_SHOWN) out.trackers.push({ url, siteId: t.siteId });
    out.count++;
  }
  return out;
}

/** "… and N more …" for the lines of code left out. */
const moreTrackers = (additional: ChatTrackers) => additional.count - additional.trackers.length;

/**
 * The `_paq` code Rocket.Chat's web client runs with this configuration, on a chat server at
 * `host`; null when it injects nothing (Matomo off, or no URL). A signed-in user also gets
 * `setUserId` first.
 */
export function chatTrackingCode(config: MatomoConfig, host: string): string | null {
  if (!config.enabled || !config.url) return null;
  const lines = [
    'var _paq = window._paq = window._paq || [];',
    "// For a signed-in user, the client first pushes ['setUserId', <user id>].",
    ...(config.url.startsWith('//') ? ["// No scheme: the URL is loaded over the chat page's own (https: on an https server)."] : []),
    push('trackPageView'),
    push('enableLinkTracking'),
  ];
  if (config.prependDomain) lines.push(`_paq.push(['setDocumentTitle', location.hostname + '/' + document.title]);`);
  if (config.cookieDomain) lines.push(`${push('setCookieDomain', chatCookieDomain(host))} // from the host name ${host}`);
  if (config.domains) lines.push(push('setDomains', chatDomains(config.domains)));
  const additional = chatAdditionalTrackers(config.additionalTrackers);
  for (const t of additional.trackers) lines.push(push('addTracker', t.url, t.siteId));
  if (moreTrackers(additional)) lines.push(`// … and ${moreTrackers(additional)} more addTracker calls, one per item of Additional Piwik Sites.`);
  if (additional.error) lines.push(`// Additional Piwik Sites: ${additional.error}; the client logs an error and adds no further tracker.`);
  lines.push(push('setTrackerUrl', `${config.url}js/`));
  lines.push(push('setSiteId', Number.parseInt(config.siteId)));
  lines.push(
    '(function () {',
    "  var d = document, g = d.createElement('script'), s = d.getElementsByTagName('script')[0];",
    `  g.async = true; g.defer = true; g.src = ${jsLiteral(`${config.url}js/`)};`,
    '  s.parentNode.insertBefore(g, s);',
    '})();',
  );
  return lines.join('\n');
}

export interface SnippetOptions {
  /** Add `disableCookies` (no cookies, no consent banner needed in many jurisdictions). */
  cookieless: boolean;
}

/**
 * A standalone Matomo snippet for a site at `host`, in the form of Matomo's own generator:
 * options before trackPageView. Null without a URL.
 */
export function matomoSnippet(config: MatomoConfig, host: string, options: SnippetOptions): string | null {
  if (!config.url) return null;
  const site = host.replace(/^www\./, '');
  const lines = ['<!-- Matomo -->', '<script>', '  var _paq = window._paq = window._paq || [];', '  /* tracker methods like "setCustomDimension" should be called before "trackPageView" */'];
  if (options.cookieless) lines.push('  /* no cookies: visits are recognised without storing anything in the browser */', `  ${push('disableCookies')}`);
  if (config.prependDomain) lines.push(`  _paq.push(['setDocumentTitle', document.domain + '/' + document.title]);`);
  if (config.cookieDomain && !options.cookieless) lines.push(`  ${push('setCookieDomain', `*.${site}`)}`);
  if (config.domains.trim()) lines.push(`  ${push('setDomains', chatDomains(config.domains))}`);
  lines.push(`  ${push('trackPageView')}`, `  ${push('enableLinkTracking')}`, '  (function() {', `    var u=${jsLiteral(config.url)};`);
  lines.push("    _paq.push(['setTrackerUrl', u+'matomo.php']);", `    ${push('setSiteId', config.siteId)}`);
  const additional = chatAdditionalTrackers(config.additionalTrackers);
  for (const t of additional.trackers) lines.push(`    ${push('addTracker', `${t.url.slice(0, -3)}matomo.php`, t.siteId)}`);
  if (moreTrackers(additional)) lines.push(`    /* … and ${moreTrackers(additional)} more addTracker calls */`);
  lines.push(
    "    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];",
    "    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);",
    '  })();',
    '</script>',
    '<!-- End Matomo Code -->',
  );
  return lines.join('\n');
}

/** How many pitfalls of one kind are spelled out; the rest are counted. */
const PITFALLS_SHOWN = 3;

/** The first few `items` as messages, then one that counts the rest. */
function some<T>(items: readonly T[], say: (item: T) => string, rest: (n: number) => string): string[] {
  const out = items.slice(0, PITFALLS_SHOWN).map(say);
  if (items.length > PITFALLS_SHOWN) out.push(rest(items.length - PITFALLS_SHOWN));
  return out;
}

/**
 * Known ways this configuration goes wrong on a chat server at `host`, in plain words, in `t`'s
 * language (default English; bounded: a few of each kind, then a count).
 */
export function trackingPitfalls(config: MatomoConfig, host: string, t: Translator = english): string[] {
  if (!config.enabled) return [];
  if (!config.url) return [t.t('The URL is empty: the chat server injects no Matomo code until it is set.')];
  const out: string[] = [];
  if (!config.url.endsWith('/')) {
    // {url}: the address the chat server would load.
    out.push(t.t('The URL has no trailing slash: the chat server appends "js/" and would load {url}.', { url: `${clip(config.url)}js/` }));
  }
  if (!/^[1-9]\d*$/.test(config.siteId.trim())) {
    // {id}: the Client ID as typed; {sent}: what the chat server would send instead (code: a number or NaN).
    const sent = String(Number.parseInt(config.siteId));
    out.push(
      config.siteId
        ? t.t('The Client ID "{id}" is not a site number: the chat server would send setSiteId {sent} and Matomo would record nothing.', { id: clip(config.siteId), sent })
        : t.t('The Client ID is empty: the chat server would send setSiteId {sent} and Matomo would record nothing.', { sent }),
    );
  }
  if (config.cookieDomain) {
    const params = { host: clip(host), domain: clip(chatCookieDomain(host)) };
    const labels = host.split('.');
    if (/^[\d.]+$/.test(host) || host.includes(':')) {
      out.push(t.t('All Subdomains on a chat server reached by IP address ({host}) sets the cookie domain "{domain}", which matches nothing.', params));
    } else if (labels.length <= 2) {
      out.push(
        t.t(
          'All Subdomains on a two-label host ({host}) sets the cookie domain "{domain}": browsers refuse a cookie for a whole top-level domain, so visitors are not recognised across pages. Turn it off, or serve the chat from a subdomain.',
          params,
        ),
      );
    }
  }
  const additional = chatAdditionalTrackers(config.additionalTrackers);
  if (additional.empty) {
    out.push(t.t('Additional Piwik Sites: item {item} is empty; the chat server ignores the rest and only logs an error in the browser console.', { item: additional.empty }));
  } else if (additional.error) {
    out.push(
      t.t(
        additional.error === 'not a list'
          ? 'Additional Piwik Sites: not a list; the chat server ignores the rest and only logs an error in the browser console.'
          : 'Additional Piwik Sites: not valid JSON; the chat server ignores the rest and only logs an error in the browser console.',
      ),
    );
  }
  out.push(
    ...some(
      additional.noSlash,
      (i) =>
        i < additional.trackers.length
          ? // {url}: the address its requests would go to.
            t.t('Additional tracker {item} has no trailing slash: its requests would go to {url}.', { item: i + 1, url: clip(additional.trackers[i]!.url) })
          : t.t('Additional tracker {item} has no trailing slash: its requests would go to its URL + "js/".', { item: i + 1 }),
      (count) => t.plural(count, { one: '… and {count} more additional tracker without a trailing slash.', other: '… and {count} more additional trackers without a trailing slash.' }),
    ),
  );
  out.push(
    ...some(
      chatDomains(config.domains).filter((pattern) => pattern.startsWith('*.*.') || /[:\s,;]/.test(pattern)),
      (pattern) => t.t('Hide Outgoing Links gives the pattern "{pattern}", which matches no link.', { pattern: clip(pattern) }),
      (count) => t.plural(count, { one: '… and {count} more Hide Outgoing Links pattern that matches no link.', other: '… and {count} more Hide Outgoing Links patterns that match no link.' }),
    ),
  );
  return out;
}

/**
 * What the chat server's tracking sends besides page views, in plain words: the Messages feature
 * sends room names and ids (to Matomo and Google Analytics); Matomo gets the user's id whatever
 * the Users feature says.
 */
export function trackingNotes(values: Readonly<Record<string, unknown>>, t: Translator = english): string[] {
  const matomo = values[PIWIK_ENABLED] === true;
  const out: string[] = [];
  if ((matomo || values[GOOGLE_ENABLED] === true) && values[FEATURES_MESSAGES] !== false) {
    out.push(t.t('Messages is on: each message sent is reported with its room’s name and id.'));
  }
  if (matomo) out.push(t.t('Matomo gets the signed-in user’s id with every page view (setUserId), even with Users off.'));
  return out;
}
