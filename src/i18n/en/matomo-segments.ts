/**
 * The English words of Matomo's stored segments (api/segments.ts, loaded when the chart's segment
 * picker first needs them): what their answer was expected to be, as `api.matomo.unexpected` says
 * it. `api.matomo.*` keys.
 */
export const matomoSegments = {
  'api.matomo.expected.segments': 'a list of segments',
} as const;
