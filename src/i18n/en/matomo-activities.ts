/**
 * The English words of the Matomo activity source (api/activity-source.ts): what its answers were
 * expected to be, as `api.matomo.unexpected` says it. `api.matomo.*` keys.
 */
export const matomoActivities = {
  'api.matomo.expected.activities': 'a list of activities',
  'api.matomo.expected.activityCount': 'the number of activities (a number)',
  'api.matomo.expected.logins': 'a list of logins',
  'api.matomo.expected.superUser': 'whether this is a super user (yes or no)',
} as const;
