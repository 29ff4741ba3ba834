import { MATOMO_USERS, type MatomoUser } from './accounts.js';
import type { Viewer } from './matomo-viewer.js';

/** `UsersManager.hasSuperUserAccess`: a scalar answer. */
export function hasSuperUserAccess(viewer: Viewer): { value: boolean } {
  return { value: viewer.superUser };
}

/**
 * `UsersManager.getUsersLogin`: logins the viewer may manage, sorted. Super users get everyone,
 * "anonymous" included: Matomo keeps the anonymous user in its users table (measured).
 */
export function usersLogin(viewer: Viewer): string[] {
  const logins = visibleUsers(viewer).map((u) => u.login);
  return viewer.superUser ? [...logins, 'anonymous'].sort() : logins;
}

/** `UsersManager.getUsers`: the users the viewer may manage, with their e-mail addresses. */
export function users(viewer: Viewer): Array<Record<string, unknown>> {
  return visibleUsers(viewer).map((u) => ({
    login: u.login,
    email: u.email,
    superuser_access: u.superuser_access,
    date_registered: u.date_registered,
    invite_status: 'active',
    uses_2fa: u.uses_2fa,
  }));
}

function visibleUsers(viewer: Viewer): MatomoUser[] {
  viewer.checkSomeAdminAccess();
  const all = [...MATOMO_USERS].sort((a, b) => (a.login < b.login ? -1 : 1));
  if (viewer.superUser) return all;
  const administered = Object.entries(viewer.user?.access ?? {})
    .filter(([, level]) => level === 'admin')
    .map(([id]) => Number(id));
  return all.filter((u) => u.login === viewer.login || (!u.superuser_access && administered.some((id) => id in u.access)));
}
