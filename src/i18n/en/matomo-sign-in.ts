/**
 * The English words of a failed Matomo request, explained (loaded with that code, on the first
 * failure): what Matomo's error answer said (`api.matomo.*` keys), a refused token, a blocked
 * network, a server out of reach (`api.signIn.*`).
 */
export const matomoSignIn = {
  'api.matomo.noMessage': 'The server reported an error without a message.',
  // {detail}: Matomo's own message, in the server's language.
  'api.matomo.tokenRefused': 'The server did not accept the access token. ({detail})',
  'api.matomo.needsToken': '{detail} No token was given: these data need one.',
  // {server}: the Matomo origin.
  'api.signIn.refused':
    'The server at {server} refused the access token: check it, or renew it in Matomo (Personal › Security › Auth tokens). Each refusal counts as a failed sign-in; after about 20, Matomo blocks this network for a while.',
  'api.signIn.lockout':
    'Too many failed sign-ins from this network: the server at {server} refuses its requests for now. Try again later (in about 30 minutes), or ask its administrator to unblock this address.',
  // {page}: this page's origin, which Matomo's cors_domains must list.
  'api.signIn.unreachable':
    "Could not reach the server at {server}, or it does not answer this page: check the address and the network, and that Matomo's cors_domains lists {page}. (A network blocked after too many failed sign-ins looks the same: try again later.)",
  'api.signIn.notFound': 'There is no Matomo API at this address (HTTP 404). Check api-base: it should be the Matomo root.',
} as const;
