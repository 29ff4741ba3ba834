import { LANGUAGES } from './languages.js';
import { canonicalTag, registry, type Languages, type Registry } from './registry.js';
import type { Catalogue, CatalogueLoader, Message, Messages } from './types.js';

/*
 * What a page needs once a language other than English shows up, or once it registers words of
 * its own (`registerTranslation`): the fallback chains, finding a message along one, fetching the
 * shipped languages (once per page), checking what the page registers, and the direction of a
 * language's script. Loaded on demand (see on-demand.ts): an English page never fetches it.
 */

/** The page's shipped languages: fetched, being fetched, failed, and how to fetch each (made by the first copy that needs them). */
function languages(): Languages {
  const r = registry() as Partial<Languages> & Registry;
  r.loaded ??= new Map();
  r.loading ??= new Map();
  r.failed ??= new Map();
  r.loaders ??= new Map();
  return r as Languages;
}

// This copy's shipped languages, offered to the page.
offerLoaders(LANGUAGES);

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

/** A message as found, with the language it was found in (whose plural rules and direction it follows). */
export interface Found {
  message: Message;
  tag: string;
}

/** The id of a message in a language file: its English (a plural message's `other`), `text@context` with a context. */
export function messageId(english: string, context?: string): string {
  return context ? `${english}@${context}` : english;
}

/** A language's own message for `id` (never an inherited property). */
function own(catalogue: Partial<Messages> | Catalogue | undefined, id: string): Message | undefined {
  return catalogue && typeof catalogue === 'object' && Object.hasOwn(catalogue, id) ? (catalogue as Record<string, Message>)[id] : undefined;
}

/**
 * The message whose English is `english` (with `one`, a plural message whose `other` it is; with
 * `context`, the message of that context) for `locale`, along its chain: what the page
 * registered, then what was fetched (or what a language made from English gives, such as the
 * pseudo-locale), then the English given.
 */
export function lookup(locale: string, english: string, one?: string, context?: string): Found {
  const { registered } = registry();
  const { loaded } = languages();
  const id = messageId(english, context);
  const source: Message = one ? { one, other: english } : english;
  for (const tag of chainOf(locale)) {
    const fetched = loaded.get(tag);
    const message = own(registered.get(tag), id) ?? (typeof fetched === 'function' ? fetched(source) : own(fetched, id));
    if (message !== undefined) return { message, tag };
  }
  return { message: source, tag: 'en' };
}

/**
 * What `translate` shows in `locale` once this code is here: the message found along the chain
 * (see `lookup`), its plural form chosen by `count` with the rules of the language it was found
 * in, and isolated (U+2068…U+2069) when that language is written the other way (an English
 * fallback on an Arabic page), so its punctuation stays where it belongs. Its placeholders are
 * still to fill.
 */
export function say(locale: string, english: string, count: number | undefined, one?: string, context?: string): string {
  const { message, tag } = lookup(locale, english, one, context);
  const text = typeof message === 'string' ? message : (message[new Intl.PluralRules(tag).select(Number(count))] ?? message.other);
  return directionOf(tag) === directionOf(locale) ? text : `\u2068${text}\u2069`;
}

/** Whether `value` can be a message: a text, or an object with at least the `other` text. */
function isMessage(value: unknown): value is Message {
  return typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string');
}

/**
 * What `registerTranslation` does once this code is here: keeps the messages of `messages` (a
 * value that is not a message is left out) under the canonical tag, and tells the elements. A tag
 * that is not BCP 47 is refused, with a warning.
 */
export function register(tag: string, messages: Partial<Messages>): void {
  const canonical = canonicalTag(tag);
  if (!canonical) {
    console.warn(`dashboard-widgets: registerTranslation("${tag}") ignored: that is not a BCP 47 language tag.`);
    return;
  }
  const { registered } = registry();
  const kept: Record<string, Message> = Object.assign(Object.create(null) as Record<string, Message>, registered.get(canonical));
  for (const [id, value] of Object.entries(messages ?? {})) if (isMessage(value)) kept[id] = value;
  registered.set(canonical, kept as Partial<Messages>);
  tell(canonical);
}

/** Offers a copy's loaders of its shipped languages to the page (a language already offered keeps its loader). */
export function offerLoaders(loaders: Readonly<Record<string, CatalogueLoader>>): void {
  const shared = languages().loaders;
  for (const [tag, load] of Object.entries(loaders)) if (!shared.has(tag)) shared.set(tag, load);
}

/**
 * Fetches the shipped languages of a chain that are not here yet (once per page: a fetch under
 * way is shared). Resolves when none is on its way any more; a fetch that failed leaves English
 * (with a warning), and is tried again after the next change of the page's languages.
 */
export function fetchLanguages(chain: readonly string[]): Promise<void> {
  const r = languages();
  const pending: Promise<void>[] = [];
  for (const tag of chain) {
    const load = r.loaders.get(tag);
    if (!load || r.loaded.has(tag) || r.failed.get(tag) === r.generation) continue;
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
          r.failed.set(tag, r.generation);
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

/** Languages written right to left, for browsers whose `Intl.Locale` does not say. */
const RIGHT_TO_LEFT = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)$/;
const directions = new Map<string, 'ltr' | 'rtl'>();

/** The direction of a locale's script: from `Intl.Locale`'s text info where the browser has it, else from the list above. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  let dir = directions.get(locale);
  if (!dir) {
    try {
      const l = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?(): { direction?: string }; textInfo?: { direction?: string } };
      const said = (l.getTextInfo?.() ?? l.textInfo)?.direction;
      dir = said === 'rtl' || said === 'ltr' ? said : RIGHT_TO_LEFT.test(l.language) ? 'rtl' : 'ltr';
    } catch {
      dir = 'ltr';
    }
    directions.set(locale, dir);
  }
  return dir;
}
