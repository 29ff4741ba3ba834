import { sha256Hex } from './sha256.js';

/** Default avatar service: Gravatar (SHA-256 hashes; Libravatar-style services accept the same). */
export const GRAVATAR_BASE = 'https://gravatar.com/avatar/';

/** Number of avatar colours (`.c0` … in the styles). */
export const AVATAR_COLOURS = 12;

/** The performers Matomo records that are not people. */
export const SYSTEM_USERS: Readonly<Record<string, string>> = {
  'Matomo System': 'system',
  'Console Command': 'command line',
  anonymous: 'not signed in',
};

/** One or two letters for a login: "sophie.martin" → "SM", "admin" → "AD", "" → "?". */
export function initials(login: string): string {
  const words = login
    .replace(/@.*$/, '')
    .split(/[\s._\-+]+|(?<=[a-z])(?=[A-Z])/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  const first = [...words[0]!.replace(/[^\p{L}\p{N}]/gu, '')];
  if (words.length === 1) return first.slice(0, 2).join('').toUpperCase() || '?';
  const second = [...words[words.length - 1]!.replace(/[^\p{L}\p{N}]/gu, '')];
  return `${first[0] ?? ''}${second[0] ?? ''}`.toUpperCase() || '?';
}

/** A stable colour index for a login (FNV-1a), so a person keeps their colour everywhere. */
export function avatarColour(login: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < login.length; i++) {
    hash ^= login.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AVATAR_COLOURS;
}

/** The e-mail address Gravatar hashes: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const hashes = new Map<string, Promise<string>>();

/** SHA-256 hex of a normalised e-mail address, cached; works without `crypto.subtle`. */
export function emailHash(email: string, subtle?: SubtleCrypto): Promise<string> {
  const key = normaliseEmail(email);
  if (subtle !== undefined) return sha256Hex(key, subtle);
  let hash = hashes.get(key);
  if (!hash) {
    hash = sha256Hex(key);
    if (hashes.size >= 500) hashes.clear(); // bounded, however many people a server lists
    hashes.set(key, hash);
  }
  return hash;
}

/**
 * The avatar-service URL for a hash: `{base}{hash}?s={px}&d=404`. `d=404` makes unknown
 * addresses fail, so the widget shows initials instead of a generic picture. Undefined when the
 * base is not an http(s) URL.
 */
export function avatarServiceUrl(base: string, hash: string, px: number): string | undefined {
  const url = httpUrl(base.endsWith('/') ? base : `${base}/`);
  if (!url) return undefined;
  url.pathname += hash;
  url.search = '';
  url.searchParams.set('s', String(px));
  url.searchParams.set('d', '404');
  return url.href;
}

/** An http(s) URL, resolved against `base` when relative; undefined for anything else (javascript:, data:, garbage). */
export function httpUrl(text: string | undefined, base?: string): URL | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text, base ? new URL(base, location.href) : location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
