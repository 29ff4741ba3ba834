/**
 * The English words of the request layer shared by every server: failures of the network, the
 * timeout, the token, and answers that are not data. `api.*` keys.
 */
export const api = {
  'api.noAddress': 'No server address is configured: set the api-base attribute (or a <dashboard-config>).',
  // {server}: an origin (https://matomo.example.com), or api.unknownAddress.
  'api.unknownAddress': 'the configured address',
  'api.redirect': 'The server at {server} answered from another address (a redirect, which is not followed); check api-base.',
  'api.network':
    'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).',
  'api.timeout': {
    one: 'The server did not answer within {count} second.',
    other: 'The server did not answer within {count} seconds.',
  },
  'api.auth': 'The server did not accept the access token: it is missing, invalid or expired.',
  'api.permission': 'This account does not have permission for this.',
  // {status}: the HTTP status, with the server's reason phrase when it sent one ("503 Service Unavailable").
  'api.failed': 'The server failed (HTTP {status}). Try again later.',
  'api.failedStatus': 'The server failed (HTTP {status}).',
  'api.empty': 'The server sent an empty answer (HTTP {status}).',
  'api.webPage': 'The server sent a web page instead of data (HTTP {status}). Check the server address.',
  'api.notJson': "The server's answer is not valid JSON (HTTP {status}); it may have been cut off.",
  'api.tooLarge': "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.",
} as const;
