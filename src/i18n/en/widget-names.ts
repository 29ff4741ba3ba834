/** The English names of the widgets: iframe titles, the embed page's title, the Share panel. `embed.title.*` keys. */
export const widgetNames = {
  'embed.title.activityLog': 'Activity log',
  'embed.title.visitsChart': 'Visits chart',
  'embed.title.analyticsSettings': 'Analytics settings',
  'embed.title.other': 'Dashboard widget',
} as const;
