/**
 * The English words of the Share / embed button, in every widget's first view. `embed.*` keys (the
 * widgets' names are in widget-names.ts, the Share panel's own words in share.ts, loaded with it).
 */
export const embed = {
  'embed.share': 'Share / embed',
  // The panel as a part loaded on demand (see core.part.*).
  'embed.sharePart': 'the Share / embed panel',
  'embed.close': 'Close',
} as const;
