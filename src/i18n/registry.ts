import type { Catalogue, CatalogueLoader, Messages } from './types.js';

/*
 * Where the messages are. English is in the code that shows it (a message is its English text);
 * every other language lives in one registry per page, shared by every widget and
 * every copy of the library loaded on it (under a `Symbol.for` key of globalThis): a language is
 * fetched once per page, whichever copy asks first, and what a page registers reaches them all.
 * This module is in every first view; the code that fetches languages, finds a message along a
 * locale's chain and checks what a page registers (translations.ts) is loaded on demand.
 */

/** The page-wide state (one per page, whatever the number of copies of the library). */
export interface Registry {
  /** What the page registered (`registerTranslation`), by canonical tag: wins over fetched languages. */
  registered: Map<string, Partial<Messages>>;
  /** Told of every change: a catalogue (its tag) arrived or was registered, or, without a tag, a `lang` or locale changed. */
  listeners: Set<(tag?: string) => void>;
  /** Counts the changes that can change an element's locale (`lang` attributes, `<dashboard-config locale>`). */
  generation: number;
  /** Watches `lang` attributes for every element of every copy (see core/localize.ts). */
  observer?: MutationObserver;
  observed: WeakSet<Node>;
}

/**
 * The languages the library fetches, in the page's registry: made by the code for other languages
 * when it first arrives (translations.ts), so an English page's first view has none of it.
 */
export interface Languages extends Registry {
  /** Catalogues fetched, by canonical tag. */
  loaded: Map<string, Catalogue>;
  /** Languages being fetched (at most one fetch per language and page). */
  loading: Map<string, Promise<void>>;
  /** Languages whose fetch failed, with the registry's `generation` then: not asked again until the page's languages change. */
  failed: Map<string, number>;
  /** How to fetch each shipped language: the first copy's loader wins. */
  loaders: Map<string, CatalogueLoader>;
}

const KEY = Symbol.for('dashboard-widgets.i18n');

/** The page's registry. */
export function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[KEY] ??= { registered: new Map(), listeners: new Set(), generation: 0, observed: new WeakSet() });
}

/** A tag in canonical form (`pt-br` → `pt-BR`), or '' when it is not BCP 47. */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return '';
  }
}

/**
 * Tells every element of every copy that its locale may have changed (a `lang` attribute, a
 * `<dashboard-config locale>`, a widget's own `locale` that elements inside it follow): each
 * resolves it again, and updates when it did change. Failed languages may be asked again.
 */
export function localesChanged(): void {
  const r = registry();
  r.generation++;
  for (const listener of [...r.listeners]) listener();
}
