/**
 * The English words of the Rocket.Chat client and its settings source: refusals, answers that
 * are not data, and why some settings are read-only. `api.rocketchat.*` keys.
 */
export const rocketchat = {
  'api.rocketchat.refused': 'The server did not accept the user id and token.',
  // {detail}: the server's own words.
  'api.rocketchat.refusedDetail': 'The server did not accept the user id and token ({detail}).',
  'api.rocketchat.notAllowed': 'This account may not do this.',
  'api.rocketchat.notAllowedDetail': 'This account may not do this ({detail}).',
  'api.rocketchat.notFound': 'There is no Rocket.Chat API at this address (HTTP 404). Check api-base: it should be the server root.',
  'api.rocketchat.notObject': "The server's answer is not an object (HTTP {status}).",
  'api.rocketchat.noSettings': 'The server sent no list of settings.',
  'api.rocketchat.noPublicSettings': 'The server sent no list of public settings.',
  'api.rocketchat.nonePublic': 'The server listed none of these settings publicly.',
  'api.rocketchat.noValue': "The server's answer for setting {id} has no value.",
  'api.rocketchat.noPermissions': 'The server sent no list of permissions.',
  // Why settings are read-only. {roles}: the account's roles (their ids, comma-separated), or api.rocketchat.access.noRoles.
  'api.rocketchat.access.none': 'No role of this account ({roles}) has edit-privileged-setting or manage-selected-settings.',
  'api.rocketchat.access.noRoles': 'none',
  'api.rocketchat.access.noneSelected': 'This account may change only some settings (manage-selected-settings), none of these.',
  'api.rocketchat.access.some': 'This account may change only some settings (manage-selected-settings); the others are read-only.',
} as const;
