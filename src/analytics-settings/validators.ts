/**
 * Validators of the Analytics settings. Each returns the problems that block saving (`errors`),
 * advice that does not (`warnings`) and, where the mistake is mechanical, a one-click `fix`.
 * Messages are sentences meant to be shown next to the field.
 */

import type { JsonParse } from './json-at.js';
import { clip } from './words.js';

export interface Issue {
  message: string;
  /** Additional Piwik Sites: the 0-based index of the item concerned. */
  item?: number;
  /** Additional Piwik Sites: the key concerned. */
  key?: string;
  /** 1-based line and column of a syntax error, or the line of a Hide Outgoing Links entry. */
  line?: number;
  column?: number;
}

export interface Fix {
  /** The button's text, e.g. "Add the trailing slash". */
  label: string;
  /** The value the field gets. */
  value: string;
}

export interface FieldCheck {
  errors: Issue[];
  warnings: Issue[];
  fix?: Fix | undefined;
}

const ok = (): FieldCheck => ({ errors: [], warnings: [] });
const fail = (message: string, fix?: Fix): FieldCheck => ({ errors: [{ message }], warnings: [], fix });

// ---------------------------------------------------------------------------------------------
// Tracking ID

/** Google Analytics: `G-` plus letters and digits (GA4), or `UA-digits-digits` (Universal Analytics). */
export function validateTrackingId(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail('Enter the tracking ID (G-XXXXXXXXXX), or untick Enable.') : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail('Remove the spaces before or after the ID.', trimmed ? { label: 'Remove the spaces', value: trimmed } : undefined);
  if (/^G-[A-Z0-9]+$/.test(value)) return ok();
  if (/^UA-\d+-\d+$/.test(value)) {
    return { errors: [], warnings: [{ message: 'Google has shut down Universal Analytics (UA-) properties: this one records nothing.' }] };
  }
  const upper = value.toUpperCase();
  if (upper !== value && (/^G-[A-Z0-9]+$/.test(upper) || /^UA-\d+-\d+$/.test(upper))) {
    return fail(`Tracking IDs are written in capitals: ${clip(upper)}.`, { label: `Use ${clip(upper)}`, value: upper });
  }
  return fail('This is not a tracking ID: use G- followed by letters and digits (G-XXXXXXXXXX), or UA-digits-digits (UA-12345-1).');
}

// ---------------------------------------------------------------------------------------------
// URL

const LOCAL_HOSTS = /^(localhost|127(?:\.\d+){3}|\[::1\])$/;

/**
 * Checks an absolute http(s) URL, or a protocol-relative one (`//host/`). Returns an error
 * message, or undefined; `slash` tells whether the trailing slash is missing (checked last, so it
 * is the only problem when set).
 */
export function checkHttpUrl(value: string): { error?: string; slash?: boolean; http?: boolean } {
  let url: URL;
  try {
    // Protocol-relative (//host/): judged as the https:// address a secure chat page would load.
    url = new URL(value.startsWith('//') ? `https:${value}` : value);
  } catch {
    return { error: 'This is not a web address: write it in full, e.g. https://matomo.example.com/.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `Use an https:// (or http://) address, not ${clip(url.protocol)}.` };
  if (!url.hostname) return { error: 'The address has no host name.' };
  if (url.username || url.password) return { error: 'Remove the user name and password from the address.' };
  if (url.search || url.hash || /[?#]/.test(value)) return { error: 'Remove the ?query or #fragment: "js/" is appended to this address.' };
  if (!value.endsWith('/')) return { slash: true };
  return { http: url.protocol === 'http:' && !LOCAL_HOSTS.test(url.hostname) };
}

/** Matomo's address: an absolute http(s) URL (or a protocol-relative one, `//host/`) with its trailing slash. */
export function validateUrl(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail('Enter the address of your Matomo, e.g. https://matomo.example.com/, or untick Enable.') : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail('Remove the spaces before or after the address.', trimmed ? { label: 'Remove the spaces', value: trimmed } : undefined);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?(\/|$)/u.test(value)) {
    const fixed = withSlash(`https://${value}`);
    return fail('Start the address with https://.', { label: `Use ${clip(fixed)}`, value: fixed });
  }
  // A protocol-relative address (//matomo.example.com/, Matomo's own snippet form) loads over the chat page's scheme.
  const check = checkHttpUrl(value);
  if (check.error) return fail(check.error);
  if (check.slash) {
    return fail(`Add the trailing slash: the chat server appends "js/" to this address, which would give ${clip(value)}js/.`, {
      label: 'Add the trailing slash',
      value: `${value}/`,
    });
  }
  if (check.http) return { errors: [], warnings: [{ message: 'Pages served over https:// cannot load tracking from an http:// address (mixed content).' }] };
  return ok();
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

// ---------------------------------------------------------------------------------------------
// Client ID

/** Matomo's site id: a positive whole number (stored as text). */
export function validateSiteId(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail('Enter the site id, a whole number such as 17, or untick Enable.') : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail('Remove the spaces before or after the number.', trimmed ? { label: 'Remove the spaces', value: trimmed } : undefined);
  if (/^[1-9]\d*$/.test(value)) return ok();
  if (/^0+[1-9]\d*$/.test(value)) {
    const fixed = value.replace(/^0+/, '');
    return fail('Remove the leading zeros.', { label: `Use ${clip(fixed)}`, value: fixed });
  }
  if (/^0+$/.test(value)) return fail('Site ids start at 1.');
  return fail('The site id is a positive whole number, such as 17.');
}

// ---------------------------------------------------------------------------------------------
// Shared by the validators of lists (Hide Outgoing Links here, Additional Piwik Sites in trackers-validator.ts)

/** How many messages of one field are kept; the others are counted in a last one. */
export const ISSUES_SHOWN = 12;

/** Collects issues up to `ISSUES_SHOWN`; past that, builds no message, only counts. */
export function collector() {
  let hidden = 0;
  const list: Issue[] = [];
  return {
    list,
    add(issue: () => Issue) {
      if (list.length < ISSUES_SHOWN) list.push(issue());
      else hidden++;
    },
    /** The issues, and one that counts those left out. */
    done(what: string): Issue[] {
      return hidden ? [...list, { message: `… and ${hidden} more ${what}.` }] : list;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON text

/** Says where JSON text stops being valid: `parseJsonAt` (json-at.ts). */
export type JsonLocator = (text: string) => JsonParse;

/** Text that is not JSON, when no locator says where (see `validateAdditionalTrackers`). */
export const NOT_JSON = 'This is not valid JSON: check the brackets, the commas and the double quotes.';

/** What is said of text that `JSON.parse` refused: where, when `locate` can tell, else `NOT_JSON`. */
export function jsonSyntaxError(value: string, locate?: JsonLocator): FieldCheck {
  const at = locate?.(value);
  if (!at || at.ok) return fail(NOT_JSON);
  return { errors: [{ message: `Line ${at.line}, column ${at.column}: ${at.message}.`, line: at.line, column: at.column }], warnings: [] };
}

/**
 * JSON text, read with `JSON.parse` as Rocket.Chat reads it: empty, or valid JSON (see
 * `jsonSyntaxError`). The quick check of Additional Piwik Sites, until its full validator
 * (trackers-validator.ts) is there.
 */
export function validateJson(value: string, locate?: JsonLocator): FieldCheck {
  if (!value.trim()) return ok();
  try {
    JSON.parse(value);
    return ok();
  } catch {
    return jsonSyntaxError(value, locate);
  }
}

// ---------------------------------------------------------------------------------------------
// Hide Outgoing Links

const DOMAIN = /^(?=.{1,253}$)([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)(\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)*$/u;

/**
 * Hide Outgoing Links: one alias domain a line, optionally with a path (`example.com/shop`: Matomo's
 * `setDomains` accepts host/path). Flags separators (commas, semicolons, spaces), schemes, ports,
 * queries and a leading "*." (the chat server adds "*." itself), and offers a cleaned-up list. At
 * most `ISSUES_SHOWN` lines are named, then a count.
 */
export function validateDomains(value: string): FieldCheck {
  const errors = collector();
  value.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (!text) return;
    const line = index + 1;
    const problem = domainProblem(text);
    if (problem) errors.add(() => ({ line, message: `Line ${line}: ${problem}` }));
  });
  if (errors.list.length === 0) return ok();
  const cleaned = cleanDomains(value);
  return { errors: errors.done('lines to fix'), warnings: [], fix: cleaned !== value.trim() ? { label: 'Clean up the list', value: cleaned } : undefined };
}

/** What is wrong with one trimmed line of Hide Outgoing Links, or ''. */
function domainProblem(text: string): string {
  if (/[\s,;|]/.test(text)) return `one domain a line, without separators: put the domains in "${clip(text)}" on lines of their own.`;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) return `remove "${clip(scheme[0])}": write the domain only.`;
  if (text.startsWith('*.')) return `remove "*.": the chat server adds it, and "*.${clip(text)}" would match nothing.`;
  const query = /[?#].*$/.exec(text);
  if (query) return `remove "${clip(query[0])}": Matomo compares the host and the path only.`;
  const host = text.replace(/\/.*$/, '');
  const port = /:\d*$/.exec(host);
  if (port) return `remove the port "${clip(port[0])}".`;
  if (!DOMAIN.test(host)) return `"${clip(host)}" is not a domain name.`;
  return '';
}

/** The domains of a messy list, one a line: separators split, schemes, queries, ports and "*." removed (paths kept), duplicates dropped. */
export function cleanDomains(value: string): string {
  const out: string[] = [];
  for (const piece of value.split(/[\s,;|]+/)) {
    const [, host = '', path = ''] = /^([^/]*)(.*)$/.exec(piece.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[?#].*$/, ''))!;
    const domain = host.replace(/:\d*$/, '').replace(/^(\*\.)+/, '').replace(/\.$/, '').toLowerCase() + path.replace(/^\/+$/, '');
    if (domain && DOMAIN.test(domain.replace(/\/.*$/, '')) && !out.includes(domain)) out.push(domain);
  }
  return out.join('\n');
}

/**
 * A text setting's validator, as its schema entry carries it (`validate`): the value, whether one
 * is needed (a required setting, while it is enabled) and, for a JSON setting, the locator of its
 * syntax errors (see `validateAdditionalTrackers`).
 */
export type Validator = (value: string, required: boolean, locate?: JsonLocator) => FieldCheck;
