/**
 * The demo's accounts: Matomo users with their access, and Rocket.Chat users with their
 * permissions. Tokens are public demo values, never secrets.
 */

/** Tokens and ids the demo backend accepts. Use them in stories, tests and the dev server. */
export const DEMO_TOKENS = {
  /** Matomo `token_auth` of the super user `admin`. */
  matomoSuperUser: 'demo-super-user-token',
  /** Matomo `token_auth` of `reader`, who may view sites 1 and 2. */
  matomoViewer: 'demo-view-token',
  /** Rocket.Chat admin: may read and write settings. */
  chatUserId: 'demo-admin',
  chatToken: 'demo-admin-token',
  /** Rocket.Chat user who may read settings but not write them. */
  chatViewerUserId: 'demo-viewer',
  chatViewerToken: 'demo-viewer-token',
  /** Rocket.Chat admin with two-factor authentication: writes need `x-2fa-code`. */
  chatTwoFactorUserId: 'demo-2fa',
  chatTwoFactorToken: 'demo-2fa-token',
  /** The TOTP code the two-factor user's writes accept. */
  twoFactorCode: '123456',
} as const;

/** Login of the Matomo super user. */
export const SUPER_USER_LOGIN = 'admin';
/** Login of the Matomo user with view access only. */
export const VIEWER_LOGIN = 'reader';

/** The special performers Matomo's Activity Log records besides real users. */
export const SYSTEM_LOGINS = ['Matomo System', 'Console Command', 'anonymous'] as const;

/** A user's access level to one site. */
export type SiteAccess = 'view' | 'write' | 'admin';

/** A Matomo user of the demo. */
export interface MatomoUser {
  login: string;
  email: string;
  superuser_access: boolean;
  /** Access by idSite (super users have all). */
  access: Readonly<Record<number, SiteAccess>>;
  /** `token_auth`, when the demo hands one out. */
  token?: string;
  date_registered: string;
  uses_2fa: boolean;
  /** Where the user usually signs in from (ISO 3166 alpha-2, lower case, as the Activity Log stores it). */
  country: string;
  ip: string;
}

/** The demo Matomo's users: `admin` (super user), `reader` (view-only) and four colleagues. */
export const MATOMO_USERS: readonly MatomoUser[] = [
  {
    login: SUPER_USER_LOGIN,
    email: 'admin@example.org',
    superuser_access: true,
    access: {},
    token: DEMO_TOKENS.matomoSuperUser,
    date_registered: '2021-03-02 09:14:05',
    uses_2fa: true,
    country: 'de',
    ip: '192.0.2.10',
  },
  {
    login: VIEWER_LOGIN,
    email: 'reader@example.com',
    superuser_access: false,
    access: { 1: 'view', 2: 'view' },
    token: DEMO_TOKENS.matomoViewer,
    date_registered: '2022-06-20 13:40:51',
    uses_2fa: false,
    country: 'fr',
    ip: '198.51.100.23',
  },
  {
    login: 'sophie.martin',
    email: 'sophie.martin@example.com',
    superuser_access: false,
    access: { 1: 'admin', 3: 'view' },
    date_registered: '2021-11-08 08:02:33',
    uses_2fa: true,
    country: 'fr',
    ip: '198.51.100.77',
  },
  {
    login: 'james.okafor',
    email: 'james.okafor@example.net',
    superuser_access: false,
    access: { 2: 'write' },
    date_registered: '2022-01-17 16:25:10',
    uses_2fa: false,
    country: 'gb',
    ip: '203.0.113.41',
  },
  {
    login: 'priya.nair',
    email: 'priya.nair@example.org',
    superuser_access: false,
    access: { 2: 'admin', 3: 'admin' },
    date_registered: '2023-02-01 10:11:12',
    uses_2fa: true,
    country: 'in',
    ip: '203.0.113.88',
  },
  {
    login: 'tomasz.nowak',
    email: 'tomasz.nowak@example.com',
    superuser_access: false,
    access: { 1: 'write', 3: 'write' },
    date_registered: '2023-09-12 07:45:00',
    uses_2fa: false,
    country: 'pl',
    ip: '192.0.2.150',
  },
];

/** Sites the anonymous user may view. */
export const ANONYMOUS_SITES: readonly number[] = [1];

/** A Rocket.Chat user of the demo. */
export interface ChatUser {
  userId: string;
  token: string;
  username: string;
  /** `view-privileged-setting`. */
  canView: boolean;
  /** `edit-privileged-setting`. */
  canEdit: boolean;
  /** Whether writes ask for a TOTP code. */
  twoFactor: boolean;
}

/** The demo Rocket.Chat's users: an admin, a read-only auditor and an admin with two-factor authentication. */
export const CHAT_USERS: readonly ChatUser[] = [
  { userId: DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken, username: 'admin', canView: true, canEdit: true, twoFactor: false },
  { userId: DEMO_TOKENS.chatViewerUserId, token: DEMO_TOKENS.chatViewerToken, username: 'auditor', canView: true, canEdit: false, twoFactor: false },
  { userId: DEMO_TOKENS.chatTwoFactorUserId, token: DEMO_TOKENS.chatTwoFactorToken, username: 'secure.admin', canView: true, canEdit: true, twoFactor: true },
];
