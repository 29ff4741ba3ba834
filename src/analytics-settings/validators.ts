/**
 * Validators of the Analytics settings. Each returns the problems that block saving (`errors`),
 * advice that does not (`warnings`) and, where the mistake is mechanical, a one-click `fix`.
 * Messages are sentences meant to be shown next to the field: each is a message of the catalogue
 * (`text`, to show with a translator's `text()`), with its English as `message`.
 */

import { english } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import type { JsonParse } from './json-at.js';
import { clip, NOT_JSON, NOT_JSON_TEXT } from './words.js';

export { NOT_JSON };

export interface Issue {
  /** The message in English (for logs and code of your own). */
  message: string;
  /** The message, to say in the reader's language (`translator.text(issue.text)`); without it, `message` is said as it is. */
  text?: Text;
  /** Additional Piwik Sites: the 0-based index of the item concerned. */
  item?: number;
  /** Additional Piwik Sites: the key concerned. */
  key?: string;
  /** 1-based line and column of a syntax error, or the line of a Hide Outgoing Links entry. */
  line?: number;
  column?: number;
}

export interface Fix {
  /** The button's text in English, e.g. "Add the trailing slash". */
  label: string;
  /** The button's text as a message, to say in the reader's language; without it, `label` is said as it is. */
  text?: Text;
  /** The value the field gets. */
  value: string;
}

export interface FieldCheck {
  errors: Issue[];
  warnings: Issue[];
  fix?: Fix | undefined;
}

/** An issue said by `text` (its English as `message`), with where it is. */
export const issue = (text: Text, where?: Omit<Issue, 'message' | 'text'>): Issue => ({ message: english.text(text), text, ...where });
/** A one-click fix: the button's words, and the value it gives. */
export const fixWith = (text: Text, value: string): Fix => ({ label: english.text(text), text, value });
const ok = (): FieldCheck => ({ errors: [], warnings: [] });
const fail = (text: Text, fix?: Fix): FieldCheck => ({ errors: [issue(text)], warnings: [], fix });
const warn = (text: Text): FieldCheck => ({ errors: [], warnings: [issue(text)] });
const SPACES: Text = { key: 'Remove the spaces' };
// {value}: the value the button puts in the field.
const use = (value: string): Fix => fixWith({ key: 'Use {value}', params: { value: clip(value) } }, value);

// ---------------------------------------------------------------------------------------------
// Tracking ID

/** Google Analytics: `G-` plus letters and digits (GA4), or `UA-digits-digits` (Universal Analytics). */
export function validateTrackingId(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail({ key: 'Enter the tracking ID (G-XXXXXXXXXX), or untick Enable.' }) : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail({ key: 'Remove the spaces before or after the ID.' }, trimmed ? fixWith(SPACES, trimmed) : undefined);
  if (/^G-[A-Z0-9]+$/.test(value)) return ok();
  if (/^UA-\d+-\d+$/.test(value)) return warn({ key: 'Google has shut down Universal Analytics (UA-) properties: this one records nothing.' });
  const upper = value.toUpperCase();
  if (upper !== value && (/^G-[A-Z0-9]+$/.test(upper) || /^UA-\d+-\d+$/.test(upper))) {
    return fail({ key: 'Tracking IDs are written in capitals: {id}.', params: { id: clip(upper) } }, use(upper));
  }
  return fail({ key: 'This is not a tracking ID: use G- followed by letters and digits (G-XXXXXXXXXX), or UA-digits-digits (UA-12345-1).' });
}

// ---------------------------------------------------------------------------------------------
// URL

const LOCAL_HOSTS = /^(localhost|127(?:\.\d+){3}|\[::1\])$/;

/**
 * Checks an absolute http(s) URL, or a protocol-relative one (`//host/`). Returns an error
 * message, or undefined; `slash` tells whether the trailing slash is missing (checked last, so it
 * is the only problem when set).
 */
export function checkHttpUrl(value: string): { error?: Text; slash?: boolean; http?: boolean } {
  let url: URL;
  try {
    // Protocol-relative (//host/): judged as the https:// address a secure chat page would load.
    url = new URL(value.startsWith('//') ? `https:${value}` : value);
  } catch {
    return { error: { key: 'This is not a web address: write it in full, e.g. https://matomo.example.com/.' } };
  }
  // {scheme}: what the address starts with (ftp:, javascript:).
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: { key: 'Use an https:// (or http://) address, not {scheme}.', params: { scheme: clip(url.protocol) } } };
  if (!url.hostname) return { error: { key: 'The address has no host name.' } };
  if (url.username || url.password) return { error: { key: 'Remove the user name and password from the address.' } };
  if (url.search || url.hash || /[?#]/.test(value)) return { error: { key: 'Remove the ?query or #fragment: "js/" is appended to this address.' } };
  if (!value.endsWith('/')) return { slash: true };
  return { http: url.protocol === 'http:' && !LOCAL_HOSTS.test(url.hostname) };
}

/** Matomo's address: an absolute http(s) URL (or a protocol-relative one, `//host/`) with its trailing slash. */
export function validateUrl(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail({ key: 'Enter the address of your Matomo, e.g. https://matomo.example.com/, or untick Enable.' }) : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail({ key: 'Remove the spaces before or after the address.' }, trimmed ? fixWith(SPACES, trimmed) : undefined);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?(\/|$)/u.test(value)) {
    const fixed = withSlash(`https://${value}`);
    return fail({ key: 'Start the address with https://.' }, use(fixed));
  }
  // A protocol-relative address (//matomo.example.com/, Matomo's own snippet form) loads over the chat page's scheme.
  const check = checkHttpUrl(value);
  if (check.error) return fail(check.error);
  if (check.slash) {
    // {url}: the address the chat server would load.
    return fail({ key: 'Add the trailing slash: the chat server appends "js/" to this address, which would give {url}.', params: { url: `${clip(value)}js/` } }, fixWith({ key: 'Add the trailing slash' }, `${value}/`));
  }
  if (check.http) return warn({ key: 'Pages served over https:// cannot load tracking from an http:// address (mixed content).' });
  return ok();
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

// ---------------------------------------------------------------------------------------------
// Client ID

/** Matomo's site id: a positive whole number (stored as text). */
export function validateSiteId(value: string, required = true): FieldCheck {
  if (value === '') return required ? fail({ key: 'Enter the site id, a whole number such as 17, or untick Enable.' }) : ok();
  const trimmed = value.trim();
  if (trimmed !== value) return fail({ key: 'Remove the spaces before or after the number.' }, trimmed ? fixWith(SPACES, trimmed) : undefined);
  if (/^[1-9]\d*$/.test(value)) return ok();
  if (/^0+[1-9]\d*$/.test(value)) return fail({ key: 'Remove the leading zeros.' }, use(value.replace(/^0+/, '')));
  if (/^0+$/.test(value)) return fail({ key: 'Site ids start at 1.' });
  return fail({ key: 'The site id is a positive whole number, such as 17.' });
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
    /** The issues, and one that counts those left out (`more(count)` says it). */
    done(more: (count: number) => Text): Issue[] {
      return hidden ? [...list, issue(more(hidden))] : list;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON text

/** Says where JSON text stops being valid: `parseJsonAt` (json-at.ts). */
export type JsonLocator = (text: string) => JsonParse;

/** What is said of text that `JSON.parse` refused: where, when `locate` can tell, else `NOT_JSON`. */
export function jsonSyntaxError(value: string, locate?: JsonLocator): FieldCheck {
  const at = locate?.(value);
  if (!at || at.ok) return fail(NOT_JSON_TEXT);
  // {problem}: what the JSON parser found (the browser's words, in English).
  const text: Text = { key: 'Line {line}, column {column}: {problem}.', params: { line: at.line, column: at.column, problem: at.message } };
  return { errors: [issue(text, { line: at.line, column: at.column })], warnings: [] };
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
    const problem = domainProblem(text, line);
    if (problem) errors.add(() => issue(problem, { line }));
  });
  if (errors.list.length === 0) return ok();
  const cleaned = cleanDomains(value);
  const more = (count: number): Text => ({ key: '… and {count} more lines to fix.', one: '… and {count} more line to fix.', params: { count } });
  return { errors: errors.done(more), warnings: [], fix: cleaned !== value.trim() ? fixWith({ key: 'Clean up the list' }, cleaned) : undefined };
}

/** What is wrong with one trimmed line (number `line`) of Hide Outgoing Links, or undefined. */
function domainProblem(text: string, line: number): Text | undefined {
  // {text}: what the line holds; {part}: the part of it to remove.
  if (/[\s,;|]/.test(text)) return { key: 'Line {line}: one domain a line, without separators: put the domains in "{text}" on lines of their own.', params: { line, text: clip(text) } };
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text);
  if (scheme) return { key: 'Line {line}: remove "{part}": write the domain only.', params: { line, part: clip(scheme[0]) } };
  if (text.startsWith('*.')) return { key: 'Line {line}: remove "*.": the chat server adds it, and "{pattern}" would match nothing.', params: { line, pattern: `*.${clip(text)}` } };
  const query = /[?#].*$/.exec(text);
  if (query) return { key: 'Line {line}: remove "{part}": Matomo compares the host and the path only.', params: { line, part: clip(query[0]) } };
  const host = text.replace(/\/.*$/, '');
  const port = /:\d*$/.exec(host);
  if (port) return { key: 'Line {line}: remove the port "{port}".', params: { line, port: clip(port[0]) } };
  if (!DOMAIN.test(host)) return { key: 'Line {line}: "{host}" is not a domain name.', params: { line, host: clip(host) } };
  return undefined;
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
 * A text setting's validator, as its schema entry names it (`validate`): the value, whether one
 * is needed (a required setting, while it is enabled) and, for a JSON setting, the locator of its
 * syntax errors (see `validateAdditionalTrackers`).
 */
export type Validator = (value: string, required: boolean, locate?: JsonLocator) => FieldCheck;

/**
 * The validators a schema entry names (`validate`), by name. This module is not in the widget's
 * first file: the form fetches it right after it shows the settings (chunks.ts), and judges them
 * when it arrives.
 */
export const VALIDATORS = {
  trackingId: validateTrackingId,
  url: validateUrl,
  siteId: validateSiteId,
  domains: validateDomains,
  /** Additional Piwik Sites' quick check (JSON text), until its row editor brings its full validator. */
  json: (value: string, _required: boolean, locate?: JsonLocator) => validateJson(value, locate),
} satisfies Record<string, Validator>;

/** The name of a validator of `VALIDATORS`, as a schema entry gives it. */
export type ValidatorName = keyof typeof VALIDATORS;

/** The validators by name, as the form model is given them once their code is there. */
export type Validators = Readonly<Record<ValidatorName, Validator>>;
