import {
  PIWIK_COOKIE_DOMAIN,
  PIWIK_DOMAINS,
  PIWIK_ENABLED,
  PIWIK_PREPEND_DOMAIN,
  PIWIK_SITE_ID,
  PIWIK_TRACKERS,
  PIWIK_URL,
  clip,
} from './schema.js';

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

/**
 * Additional Piwik Sites as Rocket.Chat's client reads them: `JSON.parse`, then one addTracker
 * per element until something throws (which it catches and logs).
 */
export function chatAdditionalTrackers(text: string): { trackers: Array<{ url: string; siteId: unknown }>; error?: string } {
  const trackers: Array<{ url: string; siteId: unknown }> = [];
  if (!/\S/.test(text)) return { trackers };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return { trackers, error: 'not valid JSON' };
  }
  if (list === null || list === undefined) return { trackers, error: 'not a list' };
  const length = (list as { length?: unknown }).length;
  const count = typeof length === 'number' ? length : Number(length);
  for (let i = 0; i < count; i++) {
    const tracker = (list as Record<number, unknown>)[i];
    if (tracker === null || tracker === undefined) return { trackers, error: `item ${i + 1} is empty` };
    const t = tracker as { trackerURL?: unknown; siteId?: unknown };
    trackers.push({ url: `${String(t.trackerURL)}js/`, siteId: t.siteId });
  }
  return { trackers };
}

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
    push('trackPageView'),
    push('enableLinkTracking'),
  ];
  if (config.prependDomain) lines.push(`_paq.push(['setDocumentTitle', location.hostname + '/' + document.title]);`);
  if (config.cookieDomain) lines.push(`${push('setCookieDomain', chatCookieDomain(host))} // from the host name ${host}`);
  if (config.domains) lines.push(push('setDomains', chatDomains(config.domains)));
  const additional = chatAdditionalTrackers(config.additionalTrackers);
  for (const t of additional.trackers) lines.push(push('addTracker', t.url, t.siteId));
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
  for (const t of chatAdditionalTrackers(config.additionalTrackers).trackers) {
    lines.push(`    ${push('addTracker', `${t.url.slice(0, -3)}matomo.php`, t.siteId)}`);
  }
  lines.push(
    "    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];",
    "    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);",
    '  })();',
    '</script>',
    '<!-- End Matomo Code -->',
  );
  return lines.join('\n');
}

/** Known ways this configuration goes wrong on a chat server at `host`, in plain words. */
export function trackingPitfalls(config: MatomoConfig, host: string): string[] {
  if (!config.enabled) return [];
  if (!config.url) return ['The URL is empty: the chat server injects no Matomo code until it is set.'];
  const out: string[] = [];
  if (!config.url.endsWith('/')) {
    out.push(`The URL has no trailing slash: the chat server appends "js/" and would load ${clip(config.url)}js/.`);
  }
  if (!/^[1-9]\d*$/.test(config.siteId.trim())) {
    out.push(`The Client ID ${config.siteId ? `"${clip(config.siteId)}" ` : ''}is not a site number: the chat server would send setSiteId ${Number.parseInt(config.siteId)} and Matomo would record nothing.`);
  }
  if (config.cookieDomain) {
    const domain = chatCookieDomain(host);
    const labels = host.split('.');
    if (/^[\d.]+$/.test(host) || host.includes(':')) {
      out.push(`All Subdomains on a chat server reached by IP address (${clip(host)}) sets the cookie domain "${clip(domain)}", which matches nothing.`);
    } else if (labels.length <= 2) {
      out.push(
        `All Subdomains on a two-label host (${clip(host)}) sets the cookie domain "${clip(domain)}": browsers refuse a cookie for a whole top-level domain, so visitors are not recognised across pages. Turn it off, or serve the chat from a subdomain.`,
      );
    }
  }
  const additional = chatAdditionalTrackers(config.additionalTrackers);
  if (additional.error) out.push(`Additional Piwik Sites: ${additional.error}; the chat server ignores the rest and only logs an error in the browser console.`);
  additional.trackers.forEach((t, i) => {
    if (!t.url.endsWith('/js/')) out.push(`Additional tracker ${i + 1} has no trailing slash: its requests would go to ${clip(t.url)}.`);
  });
  for (const pattern of chatDomains(config.domains)) {
    if (pattern.startsWith('*.*.') || /[:/\s,;]/.test(pattern)) out.push(`Hide Outgoing Links gives the pattern "${clip(pattern)}", which matches no link.`);
  }
  return out;
}
