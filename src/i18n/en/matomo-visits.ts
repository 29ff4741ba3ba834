/**
 * The English words of the Matomo visits source (api/visits-source.ts): what its answers were
 * expected to be, as `api.matomo.unexpected` says it, a query it cannot send, and an unnamed site.
 * `api.matomo.*` keys.
 */
export const matomoVisits = {
  'api.matomo.expected.sites': 'a list of sites',
  'api.matomo.expected.siteVisits': 'visits per site',
  'api.matomo.expected.periodVisits': 'visits per period',
  'api.matomo.noSite': 'No site is configured: set the site-id attribute (one id or a comma list).',
  // {date}, {period}: the attributes as given.
  'api.matomo.badDate': 'The chart reads periods of a day, week, month or year over lastN, previousN or YYYY-MM-DD,YYYY-MM-DD, not "{date}" by {period}.',
  'api.matomo.noSiteVisits': "The server's answer has no visits for site {id}.",
  'api.matomo.noMetrics': 'The server sent no metrics for the period {period}.',
  // The name of a site the server gives none for.
  'api.matomo.site': 'Site {id}',
} as const;
