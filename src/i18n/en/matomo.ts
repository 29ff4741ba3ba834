/**
 * The English words of the Matomo client: what a Matomo answer can say, and what a wrong answer
 * looked like. `api.matomo.*` keys; those of Matomo's error answers, read, come with that code
 * (`matomo-sign-in.ts`). What each source expects, and its own words, are parts of
 * their own (`matomo-activities.ts`, `matomo-visits.ts`): a widget's bundle carries its source's only.
 */
export const matomo = {
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
} as const;
