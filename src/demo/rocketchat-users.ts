import { DEMO_TOKENS } from './accounts.js';

/**
 * The demo Rocket.Chat's users, roles and permissions. As on a default Rocket.Chat, two-factor
 * confirmation is on for every write: users with TOTP or e-mail codes are asked for a code, every
 * other user with a password for the password ("Enforce password fallback"). Passwords and codes
 * are public demo values, never secrets.
 */

/** A login token of a user. `bypassTwoFactor`: a personal access token created with "Ignore Two Factor Authentication". */
export interface ChatToken {
  token: string;
  bypassTwoFactor?: boolean;
}

/** A Rocket.Chat user of the demo. */
export interface ChatUser {
  userId: string;
  username: string;
  email: string;
  tokens: readonly ChatToken[];
  roles: readonly string[];
  /** SHA-256 (hex) of the password, what the password method compares with. */
  passwordSha256: string;
  /** The two-factor method the user turned on (`null`: none, so the password is asked). */
  twoFactor: 'totp' | 'email' | null;
}

/**
 * The demo's users: `admin` (the plain administrator: asked for the password on writes; also has
 * a token that ignores two-factor), `auditor` (may read privileged settings, not change them),
 * `secure.admin` (TOTP), `mail.admin` (codes by e-mail) and `matomo.manager` (may change the
 * Matomo settings only: `manage-selected-settings` and their `change-setting-…` permissions).
 */
export const CHAT_USERS: readonly ChatUser[] = [
  {
    userId: DEMO_TOKENS.chatUserId,
    username: 'admin',
    email: 'admin@chat.example.org',
    tokens: [{ token: DEMO_TOKENS.chatToken }, { token: DEMO_TOKENS.chatNoTwoFactorToken, bypassTwoFactor: true }],
    roles: ['user', 'admin'],
    passwordSha256: 'f0be6c11c24c3580d87fe5ea949718073f00d1599730411a5166f53b6ac259aa',
    twoFactor: null,
  },
  {
    userId: DEMO_TOKENS.chatViewerUserId,
    username: 'auditor',
    email: 'auditor@chat.example.org',
    tokens: [{ token: DEMO_TOKENS.chatViewerToken }],
    roles: ['user', 'auditor'],
    passwordSha256: '68c0afa1612503da201ca62ab92e471727ed6f7fdffb4d40996f7f56838fb150',
    twoFactor: null,
  },
  {
    userId: DEMO_TOKENS.chatTwoFactorUserId,
    username: 'secure.admin',
    email: 'secure.admin@chat.example.org',
    tokens: [{ token: DEMO_TOKENS.chatTwoFactorToken }],
    roles: ['user', 'admin'],
    passwordSha256: 'd8b9ac7d25fdbae336b92e6a847d18503d6eb6f856289b9c2b2a327df0f2846e',
    twoFactor: 'totp',
  },
  {
    userId: DEMO_TOKENS.chatEmailUserId,
    username: 'mail.admin',
    email: 'mail.admin@chat.example.org',
    tokens: [{ token: DEMO_TOKENS.chatEmailToken }],
    roles: ['user', 'admin'],
    passwordSha256: '8e6e456f3d43eb61c3c14d69f6e5c2da481b511db18101f1628cf7d57d12faef',
    twoFactor: 'email',
  },
  {
    userId: DEMO_TOKENS.chatMatomoUserId,
    username: 'matomo.manager',
    email: 'matomo.manager@chat.example.org',
    tokens: [{ token: DEMO_TOKENS.chatMatomoToken }],
    roles: ['user', 'matomo-manager'],
    passwordSha256: '3dcce0cddbfa6eaaa89a55a22a1c2ed6b0688db39be6c0889b7bd586d7948fd6',
    twoFactor: null,
  },
];

/** The settings the `matomo-manager` role may change (through `manage-selected-settings`). */
const MATOMO_SETTINGS = [
  'PiwikAnalytics_enabled',
  'PiwikAnalytics_url',
  'PiwikAnalytics_siteId',
  'PiwikAdditionalTrackers',
  'PiwikAnalytics_prependDomain',
  'PiwikAnalytics_cookieDomain',
  'PiwikAnalytics_domains',
];

/** A permission as `permissions.listAll` lists it. */
export interface ChatPermission {
  _id: string;
  roles: string[];
  /** Setting-based permissions: `settings`, with the setting's id and group. */
  level?: 'settings';
  settingId?: string;
  group?: string;
}

/** Rocket.Chat's defaults for the permissions the demo uses, and a few neighbours. */
const ROLE_PERMISSIONS: ReadonlyArray<[string, string[]]> = [
  ['access-permissions', ['admin']],
  ['api-bypass-rate-limit', ['admin', 'bot', 'app']],
  ['edit-privileged-setting', ['admin']],
  ['manage-selected-settings', ['admin', 'matomo-manager']],
  ['view-privileged-setting', ['admin', 'auditor']],
  ['view-room-administration', ['admin']],
  ['view-statistics', ['admin']],
  ['view-user-administration', ['admin']],
];

/**
 * Every permission of the demo server: the role permissions above, and one `change-setting-<id>`
 * per visible setting, as Rocket.Chat creates them (no role by default; the Matomo settings are
 * granted to `matomo-manager`).
 */
export function chatPermissions(settings: ReadonlyArray<{ _id: string; group: string; hidden?: boolean }>): ChatPermission[] {
  return [
    ...ROLE_PERMISSIONS.map(([_id, roles]) => ({ _id, roles: [...roles] })),
    ...settings
      .filter((s) => !s.hidden)
      .map((s): ChatPermission => ({
        _id: `change-setting-${s._id}`,
        roles: MATOMO_SETTINGS.includes(s._id) ? ['matomo-manager'] : [],
        level: 'settings',
        settingId: s._id,
        group: s.group,
      })),
  ];
}
