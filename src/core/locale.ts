/**
 * Resolves the locale in force for an element: an explicit value, then the nearest `lang`
 * attribute (crossing shadow roots), then the browser's language, then `en`.
 */
export function resolveLocale(explicit: string, el?: Element): string {
  for (const candidate of [explicit, el ? nearestLang(el) : '', globalThis.navigator?.language]) {
    const tag = candidate && canonical(candidate);
    if (tag) return tag;
  }
  return 'en';
}

/** Tags seen, canonical ('' when not valid BCP 47): widgets ask on every render. */
const canonicalTags = new Map<string, string>();

function canonical(tag: string): string {
  let found = canonicalTags.get(tag);
  if (found === undefined) {
    try {
      found = Intl.getCanonicalLocales(tag)[0] ?? '';
    } catch {
      found = ''; // not a valid BCP 47 tag: the caller tries the next one
    }
    if (canonicalTags.size >= 64) canonicalTags.clear();
    canonicalTags.set(tag, found);
  }
  return found;
}

function nearestLang(el: Element): string {
  // Duck-typed, so it also runs on a server (@lit-labs/ssr), whose elements are not DOM nodes.
  let node: Node | null = el;
  while (node) {
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null);
  }
  return '';
}
