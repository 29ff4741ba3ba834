/**
 * The demo's accounts: the tokens, codes and passwords to try, and the Matomo users with their
 * access (the Rocket.Chat users are in rocketchat-users.ts). These are public demo values, never
 * secrets.
 */

/** Tokens and ids the demo backend accepts. Use them in stories, tests and the dev server. */
export const DEMO_TOKENS = {
  /** Matomo `token_auth` of the super user `admin`. */
  matomoSuperUser: 'demo-super-user-token',
  /** Matomo `token_auth` of `reader`, who may view sites 1 and 2. */
  matomoViewer: 'demo-view-token',
  /**
   * Rocket.Chat administrator (`admin`). Writes ask for the password (sent as its SHA-256), as a
   * default Rocket.Chat asks every user without TOTP or e-mail codes.
   */
  chatUserId: 'demo-admin',
  chatToken: 'demo-admin-token',
  /** The password of `admin`, asked on writes. */
  chatAdminPassword: 'demo-admin-password',
  /** A personal access token of `admin` created with "Ignore Two Factor Authentication": never asked. */
  chatNoTwoFactorToken: 'demo-admin-no2fa-token',
  /** Rocket.Chat user (`auditor`) who may read privileged settings but not change them. */
  chatViewerUserId: 'demo-viewer',
  chatViewerToken: 'demo-viewer-token',
  /** Rocket.Chat administrator with TOTP (`secure.admin`): writes ask for the authenticator code. */
  chatTwoFactorUserId: 'demo-2fa',
  chatTwoFactorToken: 'demo-2fa-token',
  /** The TOTP code the two-factor user's writes accept. */
  twoFactorCode: '123456',
  /** Rocket.Chat administrator with codes by e-mail (`mail.admin`): the demo e-mails nothing, the code is always this one. */
  chatEmailUserId: 'demo-email',
  chatEmailToken: 'demo-email-token',
  emailCode: '246810',
  /** Rocket.Chat user (`matomo.manager`) who may change the Matomo settings only; writes ask for the password. */
  chatMatomoUserId: 'demo-matomo',
  chatMatomoToken: 'demo-matomo-token',
  chatMatomoPassword: 'demo-matomo-password',
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
