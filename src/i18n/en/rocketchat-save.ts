/**
 * The English words of saving settings on Rocket.Chat (loaded with the saving code, on the first
 * edit). `api.save.*` keys.
 */
export const rocketchatSave = {
  // {method}: the server method called (saveSettings).
  'api.save.notResult': "The server's answer to the {method} call is not a result of it.",
  'api.save.notAllowed': 'This account may not change these settings.',
  // {detail}: the server's own words.
  'api.save.notAllowedDetail': 'This account may not change these settings ({detail}).',
  'api.save.slowDown': 'The server asks to slow down: try again in a few seconds.',
  'api.save.refusedValue': 'The server refused a value.',
  'api.save.refusedValueDetail': 'The server refused a value ({detail}).',
  'api.save.noMethod': 'This server has no {method} method.',
  'api.save.noMethodDetail': 'This server has no {method} method ({detail}).',
  'api.save.refusedCall': 'The server refused the {method} call.',
} as const;
