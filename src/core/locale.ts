import { canonicalTag } from '../i18n/registry.js';

/**
 * The key under which an element of the library says which locale it was given (its `locale`, or
 * a `<dashboard-config>`'s): the elements inside it speak that language too. A `Symbol.for`, so
 * every copy of the library reads every other's.
 */
export const OWN_LOCALE = Symbol.for('dashboard-widgets.locale');

/**
 * Resolves the locale in force for an element: its own `locale`, then the nearest ancestor that
 * names one (crossing shadow roots): a `lang` attribute, a `<dashboard-config locale>`, or an
 * element of the library with a `locale` of its own (so a panel inside a widget speaks the
 * widget's language); then `inherited` (defaults given through the page's context by another
 * provider), the browser's language, and `en`. A value that is not BCP 47 is passed over.
 * The result is in canonical form (`pt-br` → `pt-BR`).
 */
export function resolveLocale(explicit: string, el?: Element, inherited = ''): string {
  const own = explicit && canonical(explicit);
  if (own) return own;
  // Duck-typed, so it also runs on a server (@lit-labs/ssr), whose elements are not DOM nodes.
  for (let node: Node | null | undefined = el; node; node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null)) {
    const named = node === el ? '' : (node as unknown as Record<symbol, unknown>)[OWN_LOCALE];
    const tag = (typeof named === 'string' && canonical(named)) || canonical((node as Partial<Element>).getAttribute?.('lang') ?? '');
    if (tag) return tag;
  }
  return canonical(inherited) || canonical(globalThis.navigator?.language ?? '') || 'en';
}

/** Tags seen, canonical ('' when not valid BCP 47): elements ask on every render. */
const canonicalTags = new Map<string, string>();

function canonical(tag: string): string {
  if (!tag) return '';
  let found = canonicalTags.get(tag);
  if (found === undefined) {
    found = canonicalTag(tag);
    if (canonicalTags.size >= 64) canonicalTags.clear();
    canonicalTags.set(tag, found);
  }
  return found;
}
