/*
 * Text as Matomo stores it: its API escapes what it is given (PHP's `htmlspecialchars`) before
 * keeping it, so error messages and notes come back with character references.
 */

/** What Matomo's escaping (PHP's `htmlspecialchars`) turns into character references. */
const ESCAPED = new Map([
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
  ['&#039;', "'"],
  ['&#39;', "'"],
  ['&amp;', '&'],
]);

/**
 * Matomo HTML-escapes what it stores and its error messages ("Settings &gt; Plugins"): the plain
 * text they stand for.
 * Only those character references are read, once; nothing is parsed as HTML.
 */
export function unescapeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|quot|#0?39|amp);/g, (reference) => ESCAPED.get(reference)!);
}
