import type { Catalogue, CatalogueLoader, Message, MessageKey, Messages } from './types.js';

/*
 * Where the messages are. English is this copy's own (each part registered by the code that uses
 * it, see en.ts); every other language lives in one registry per page, shared by every widget and
 * every copy of the library loaded on it (under a `Symbol.for` key of globalThis): a language is
 * fetched once per page, whichever copy asks first, and what a page registers reaches them all.
 */

/** The page-wide state (one per page, whatever the number of copies of the library). */
interface Registry {
  /** Catalogues fetched by the library, by canonical tag. */
  loaded: Map<string, Catalogue>;
  /** What the page registered (`registerTranslation`), by canonical tag: wins over `loaded`. */
  registered: Map<string, Partial<Messages>>;
  /** Languages being fetched (at most one fetch per language and page). */
  loading: Map<string, Promise<void>>;
  /** Languages whose fetch failed: not asked again until the page's languages change. */
  failed: Set<string>;
  /** How to fetch each shipped language: the first copy's loader wins. */
  loaders: Map<string, CatalogueLoader>;
  /** Told of every change: a catalogue (its tag) arrived or was registered, or, without a tag, a `lang` or locale changed. */
  listeners: Set<(tag?: string) => void>;
  /** Counts the changes that can change an element's locale (`lang` attributes, `<dashboard-config locale>`). */
  generation: number;
  /** Watches `lang` attributes for every element of every copy (see core/localize.ts). */
  observer?: MutationObserver;
  observed: WeakSet<Node>;
}

const KEY = Symbol.for('dashboard-widgets.i18n');

/** The page's registry. */
export function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[KEY] ??= {
    loaded: new Map(),
    registered: new Map(),
    loading: new Map(),
    failed: new Set(),
    loaders: new Map(),
    listeners: new Set(),
    generation: 0,
    observed: new WeakSet(),
  });
}

/** This copy's English messages, as each part registers them. */
const english: Partial<Record<MessageKey, Message>> = {};

/** Adds a part of the English catalogue (called by the code that uses it, when it loads). */
export function addEnglish(part: Partial<Record<MessageKey, Message>>): void {
  Object.assign(english, part);
}

/** A tag in canonical form (`pt-br` → `pt-BR`), or '' when it is not BCP 47. */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return '';
  }
}

const chains = new Map<string, readonly string[]>();

/**
 * Where to look for a locale's messages, most specific first, English last: `pt-BR` → pt-BR, pt;
 * `de-CH` → de-CH, de; `zh-CN`, `zh-SG`, `zh-Hans-HK` → …, zh-Hans, zh (simplified script), while
 * `zh-TW` asks for zh-Hant; anything else ends in English.
 */
export function chainOf(locale: string): readonly string[] {
  let chain = chains.get(locale);
  if (!chain) {
    const tags = [locale];
    try {
      const { language, script } = new Intl.Locale(locale).maximize();
      tags.push(`${language}-${script}`, language);
    } catch {
      // not a tag: English
    }
    chain = [...new Set([...tags, 'en'])];
    chains.set(locale, chain);
  }
  return chain;
}

/** A message as found, with the language it was found in (whose plural rules it follows). */
export interface Found {
  message: Message;
  tag: string;
}

/**
 * The message of `key` along a chain: what the page registered, then what was fetched (or what a
 * language made from English gives, such as the pseudo-locale), then English.
 */
export function lookup(chain: readonly string[], key: MessageKey): Found | undefined {
  const { registered, loaded } = registry();
  const source = english[key];
  for (const tag of chain) {
    const fetched = loaded.get(tag);
    const message =
      registered.get(tag)?.[key] ??
      (typeof fetched === 'function' ? source && fetched(source) : fetched?.[key]) ??
      (tag === 'en' ? source : undefined);
    if (message !== undefined) return { message, tag };
  }
  return undefined;
}

/** Whether `value` can be a message: a text, or an object with at least the `other` text. */
function isMessage(value: unknown): value is Message {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string');
}

/**
 * Adds a language, or changes any of the library's messages in one (`en` included), for every
 * widget on the page, now and later: the widgets that speak it show the new words at once. A
 * partial catalogue is fine: the other keys keep the shipped words (or English). Call it again
 * to add or change more; a region (`de-CH`) can override its language (`de`) key by key.
 *
 * ```js
 * import { registerTranslation } from 'dashboard-widgets/i18n';
 * registerTranslation('sv', { 'core.retry': 'Försök igen', … });
 * registerTranslation('en', { 'embed.share': 'Share this view' });
 * ```
 */
export function registerTranslation(tag: string, messages: Partial<Messages>): void {
  const canonical = canonicalTag(tag);
  if (!canonical) {
    console.warn(`dashboard-widgets: registerTranslation("${tag}") ignored: that is not a BCP 47 language tag.`);
    return;
  }
  const kept: Record<string, Message> = {};
  for (const [key, value] of Object.entries(messages ?? {})) if (isMessage(value)) kept[key] = value;
  const { registered } = registry();
  registered.set(canonical, { ...registered.get(canonical), ...kept });
  tell(canonical);
}

/** Offers a copy's loaders of its shipped languages to the page (a language already offered keeps its loader). */
export function offerLoaders(loaders: Readonly<Record<string, CatalogueLoader>>): void {
  const shared = registry().loaders;
  for (const [tag, load] of Object.entries(loaders)) if (!shared.has(tag)) shared.set(tag, load);
}

/**
 * Fetches the shipped languages of a chain that are not here yet (once per page: a fetch under
 * way is shared). Resolves when none is on its way any more; a fetch that failed leaves English
 * (with a warning), and is tried again after the next change of the page's languages.
 */
export function fetchLanguages(chain: readonly string[]): Promise<void> {
  const r = registry();
  const pending: Promise<void>[] = [];
  for (const tag of chain) {
    const load = r.loaders.get(tag);
    if (!load || r.loaded.has(tag) || r.failed.has(tag)) continue;
    let loading = r.loading.get(tag);
    if (!loading) {
      loading = load().then(
        (module) => {
          r.loaded.set(tag, module.default);
          r.loading.delete(tag);
          tell(tag);
        },
        (error: unknown) => {
          r.loading.delete(tag);
          r.failed.add(tag);
          console.warn(`dashboard-widgets: the "${tag}" messages did not load; showing English.`, error);
          tell(tag);
        },
      );
      r.loading.set(tag, loading);
    }
    pending.push(loading);
  }
  return Promise.all(pending).then(() => undefined);
}

/** Tells every element that the messages of `tag` changed. */
function tell(tag: string): void {
  for (const listener of [...registry().listeners]) listener(tag);
}

/**
 * Tells every element of every copy that its locale may have changed (a `lang` attribute, a
 * `<dashboard-config locale>`, a widget's own `locale` that elements inside it follow): each
 * resolves it again, and updates when it did change. Failed languages may be asked again.
 */
export function localesChanged(): void {
  const r = registry();
  r.generation++;
  r.failed.clear();
  for (const listener of [...r.listeners]) listener();
}
