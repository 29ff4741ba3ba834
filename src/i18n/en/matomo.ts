/**
 * The English words of the Matomo client and its sources (activities, visits): what a Matomo
 * answer can say, and what a wrong answer looked like. `api.matomo.*` keys.
 */
export const matomo = {
  'api.matomo.noMessage': 'The server reported an error without a message.',
  // {detail}: Matomo's own message, in the server's language.
  'api.matomo.tokenRefused': 'The server did not accept the access token. ({detail})',
  'api.matomo.needsToken': '{detail} No token was given: these data need one.',
  'api.matomo.errorStatus': 'The server answered with an error (HTTP {status}).',
  'api.matomo.bulk': 'The server answered a bulk request of {asked} with {count} results.',
  'api.matomo.bulkNoList': 'The server answered a bulk request of {asked} with no list of results.',
  // An answer of the wrong shape: {found} is one of api.matomo.found.*, {expected} one of api.matomo.expected.*.
  'api.matomo.unexpected': 'The server sent {found} where {expected} was expected.',
  'api.matomo.found.empty': 'an empty value',
  'api.matomo.found.list': 'a list',
  'api.matomo.found.longText': 'a long text',
  'api.matomo.found.text': 'the text "{text}"',
  'api.matomo.found.object': 'an object',
  // {type}: number, boolean… (JavaScript's names); {value}: the value as sent.
  'api.matomo.found.value': '{type} {value}',
  'api.matomo.expected.activities': 'a list of activities',
  'api.matomo.expected.activityCount': 'the number of activities (a number)',
  'api.matomo.expected.logins': 'a list of logins',
  'api.matomo.expected.superUser': 'whether this is a super user (yes or no)',
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
