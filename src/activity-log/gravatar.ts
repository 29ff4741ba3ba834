import { css } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { sha256Hex } from '../core/sha256.js';

// Avatars from an avatar service: loaded only when `gravatar` is on.

/** Default avatar service: Gravatar (SHA-256 hashes; Libravatar-style services accept the same). */
export const GRAVATAR_BASE = 'https://gravatar.com/avatar/';

/** The e-mail address Gravatar hashes: trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
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

/**
 * The server's own picture for an entry: an absolute http(s) URL, or a path relative to the
 * Matomo root as Matomo sends it (`plugins/ActivityLog/images/avatar15.png`), resolved against
 * `apiBase` (a missing trailing slash added), never against the page. Undefined otherwise.
 */
export function serverAvatarUrl(avatar: string | undefined, apiBase: string): string | undefined {
  if (!avatar) return undefined;
  const absolute = /^(?:[a-z][\w+.-]*:|\/\/)/i.test(avatar);
  if (absolute) return httpUrl(avatar)?.href;
  const base = apiBase.trim();
  return base ? httpUrl(avatar, base.endsWith('/') ? base : `${base}/`)?.href : undefined;
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

/** The styles of avatar pictures: over the initials, faded in once loaded. */
export const avatarStyles = css`
  .avatar img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .avatar img.loaded {
    opacity: 1;
  }
`;

/** What the avatars read from their widget. */
export interface AvatarSettings {
  /** Known e-mail addresses by login. */
  emails(): Readonly<Record<string, string>>;
  /** The avatar service's base URL. */
  base(): string;
  /** The server's address, against which its own pictures' paths resolve. */
  apiBase(): string;
  /** Changes when `emails()` may have (who is looking was read again). */
  emailsVersion(): number;
}

/**
 * Avatar pictures for the rows of one widget: the service's for a known e-mail address (hashed
 * once), else the server's own picture; faded in over the initials once loaded, and gone (the
 * initials stay) when there is none or it failed.
 */
export class Avatars {
  #hashes = new Map<string, string>();
  #hashing = new Set<string>();
  #loaded = new Set<string>();
  #failed = new Set<string>();
  /** Counts the pictures' changes (a hash computed, a picture loaded or failed). */
  #changes = 0;

  /** `update` is called when a hash is ready and when a picture loads or fails. */
  constructor(
    readonly settings: AvatarSettings,
    readonly update: () => void,
  ) {}

  /** Changes whenever `draw` may draw something else. */
  get version(): string {
    const { settings } = this;
    return `${this.#changes}|${settings.emailsVersion()}|${settings.base()}|${settings.apiBase()}`;
  }

  #changed(): void {
    this.#changes++;
    this.update();
  }

  /** Draws the picture of a row's user over its initials (`avatar`), or takes it away. */
  draw = (avatar: HTMLElement, row: { entry: ActivityEntry }): void => {
    const src = this.url(row.entry);
    let img = avatar.querySelector('img');
    if (!src || this.#failed.has(src)) {
      img?.remove();
      return;
    }
    if (!img || img.getAttribute('src') !== src) {
      img?.remove();
      img = document.createElement('img');
      img.alt = '';
      img.width = img.height = 32;
      img.loading = 'lazy';
      img.decoding = 'async';
      img.referrerPolicy = 'no-referrer';
      img.addEventListener('load', this.#onLoad);
      img.addEventListener('error', this.#onError);
      img.src = src;
      avatar.append(img);
    }
    img.className = this.#loaded.has(src) ? 'loaded' : '';
  };

  #onLoad = (e: Event) => this.#mark(this.#loaded, e);
  #onError = (e: Event) => this.#mark(this.#failed, e);

  #mark(set: Set<string>, e: Event): void {
    const src = (e.target as HTMLImageElement).getAttribute('src');
    if (src) set.add(src);
    this.#changed();
  }

  /** The picture's URL for an entry's user, or undefined (no picture, or its hash is still being computed). */
  url(entry: ActivityEntry): string | undefined {
    const emails = this.settings.emails();
    const email = Object.hasOwn(emails, entry.userLogin) ? emails[entry.userLogin] : undefined;
    if (!email) return serverAvatarUrl(entry.avatar, this.settings.apiBase());
    const key = normaliseEmail(email);
    const hash = this.#hashes.get(key);
    if (hash) return avatarServiceUrl(this.settings.base() || GRAVATAR_BASE, hash, 64);
    if (!this.#hashing.has(key)) {
      this.#hashing.add(key);
      void emailHash(email).then((h) => {
        this.#hashes.set(key, h);
        this.#hashing.delete(key);
        this.#changed();
      });
    }
    return undefined;
  }
}
