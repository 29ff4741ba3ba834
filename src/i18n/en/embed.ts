/**
 * The English words of embedding that a widget's first view, `<widget-frame>` and the embed page
 * need: the Share / embed button and the names of the widgets. `embed.*` keys (the Share panel's
 * own words are in share.ts, loaded with the panel).
 */
export const embed = {
  'embed.share': 'Share / embed',
  // The panel as a part loaded on demand (see core.part.*).
  'embed.sharePart': 'the Share / embed panel',
  'embed.close': 'Close',
  // The widgets' names: iframe titles, the embed page's title, the Share panel.
  'embed.title.activityLog': 'Activity log',
  'embed.title.visitsChart': 'Visits chart',
  'embed.title.analyticsSettings': 'Analytics settings',
  'embed.title.other': 'Dashboard widget',
} as const;
