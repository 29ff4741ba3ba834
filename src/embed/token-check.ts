/** What checking a Matomo token for a share found. */
export type TokenCheck =
  /** The token is a super user's: a shared copy would give its holders full access. */
  | { verdict: 'super-user' }
  /** The token was accepted and is not a super user's. */
  | { verdict: 'limited' }
  /** The server answered without the token, then refused it (or blocks this address after failed logins). */
  | { verdict: 'refused'; detail: string }
  /** The server did not answer a request without token: the token was not sent. */
  | { verdict: 'unreachable'; detail: string };

/**
 * Checks the token typed for a shared copy of a Matomo widget, spending at most one failed login
 * on it (Matomo counts each refused token as one, and blocks the address after about twenty):
 * first a request without the token, to learn that the server answers this page at all; only then
 * one request with the token, `UsersManager.hasSuperUserAccess`, never repeated. A refused token
 * is answered with HTTP 401 without CORS headers, which a page of another origin cannot read:
 * after a tokenless request that was answered, a failed request with the token means it was refused.
 * Call it on an explicit action of the person sharing, never as they type.
 *
 * The two requests are the client's wire form (a simple POST to `index.php`, the token in the
 * body), written out here rather than through MatomoClient: importing the client from the share
 * code makes the bundler split the error classes into a file of their own, one more request in
 * the first view of the bundle of all widgets. Nothing here retries.
 */
export async function checkMatomoToken(apiBase: string, token: string, options: { timeout?: number; fetch?: typeof fetch } = {}): Promise<TokenCheck> {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const ask = async (method: string, withToken: boolean): Promise<{ status: number; body: unknown }> => {
    const url = new URL(`index.php?module=API&method=${method}&format=JSON`, apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
    const response = await send(url.href, {
      method: 'POST',
      body: new URLSearchParams(withToken ? { token_auth: token } : {}),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(options.timeout ?? 10_000),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  };
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

  try {
    const { body } = await ask('API.getMatomoVersion', false);
    // Any JSON (an error for the anonymous user included) is Matomo answering this page.
    if (body === undefined) return { verdict: 'unreachable', detail: 'The address did not answer as a Matomo server (no JSON).' };
  } catch (error) {
    return { verdict: 'unreachable', detail: reason(error) };
  }
  try {
    const { status, body } = await ask('UsersManager.hasSuperUserAccess', true);
    const error = typeof body === 'object' && body !== null && (body as { result?: unknown }).result === 'error';
    if (error || status === 401 || status === 403 || body === undefined) {
      const message = error ? String((body as { message?: unknown }).message ?? '') : `HTTP ${status}`;
      return { verdict: 'refused', detail: message };
    }
    const value = typeof body === 'object' && body !== null && 'value' in body ? (body as { value: unknown }).value : body;
    return value === true || value === 1 || value === '1' ? { verdict: 'super-user' } : { verdict: 'limited' };
  } catch (error) {
    return { verdict: 'refused', detail: reason(error) };
  }
}
