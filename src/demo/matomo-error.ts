/**
 * An error a Matomo API method reports: rendered as `{"result":"error","message":...}` with the
 * message HTML-escaped (as Matomo does), HTTP 401 for authentication and access problems (as
 * Matomo 5 does) and 200 otherwise.
 */
export class MatomoError extends Error {
  constructor(
    message: string,
    /** HTTP status of a top-level answer carrying this error. */
    readonly status: 200 | 401 = 200,
    /**
     * The token was refused: Matomo answers before its API code runs, so the answer carries no
     * CORS headers, and counts a failed sign-in of the client's address.
     */
    readonly refusedToken = false,
  ) {
    super(message);
    this.name = 'MatomoError';
  }
}

/** Matomo 5's answer to an unknown token sent in the POST body. */
export const BAD_TOKEN_MESSAGE = 'Unable to authenticate with the provided token. It is either invalid or expired.';

/** Matomo 5's answer to a token sent in the URL (or an unknown one there). */
export const BAD_TOKEN_IN_URL_MESSAGE =
  'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.';

/** The refused-token error (401, no CORS headers, a failed sign-in). */
export const badToken = (inUrl = false): MatomoError => new MatomoError(inUrl ? BAD_TOKEN_IN_URL_MESSAGE : BAD_TOKEN_MESSAGE, 401, true);

/** Not logged in (`General_YouMustBeLoggedIn`). */
export const mustBeLoggedIn = (): MatomoError => new MatomoError('You must be logged in to access this functionality.', 401);

/** Not a super user (`General_ExceptionPrivilege`). */
export const needsSuperUser = (): MatomoError =>
  new MatomoError("You can't access this resource as it requires a 'superuser' access.", 401);

/** No access of a level to a site (`General_ExceptionPrivilegeAccessWebsite`). */
export const needsSiteAccess = (level: 'view' | 'admin', idSite: number | string): MatomoError =>
  new MatomoError(`You can't access this resource as it requires '${level}' access for the website id = ${Number(idSite) || 0}.`, 401);

/** No access of a level to any site (`General_ExceptionPrivilegeAtLeastOneWebsite`). */
export const needsSomeAccess = (level: 'view' | 'admin'): MatomoError =>
  new MatomoError(`You can't access this resource as it requires ${level} access for at least one website.`, 401);

/** A required parameter is missing (`General_PleaseSpecifyValue`). */
export const missingParameter = (name: string): MatomoError => new MatomoError(`Please specify a value for '${name}'.`);

/** Matomo escapes the messages it renders (PHP's `htmlspecialchars`): "Settings &gt; Plugins". */
export function escapeMessage(message: string): string {
  return message.replace(/[&<>"]/g, (c) => `&${c === '&' ? 'amp' : c === '<' ? 'lt' : c === '>' ? 'gt' : 'quot'};`);
}
