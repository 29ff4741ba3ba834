/**
 * Resolves the locale in force for an element: an explicit value, then the nearest `lang`
 * attribute (crossing shadow roots), then the browser's language, then `en`.
 */
export function resolveLocale(explicit: string, el?: Element): string {
  const candidates = [explicit, el ? nearestLang(el) : '', navigator.language, 'en'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
    } catch {
      // not a valid BCP 47 tag: try the next one
    }
  }
  return 'en';
}

function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}
