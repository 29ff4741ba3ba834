import { fnv1a } from '../core/fnv.js';

/**
 * What this page knows about signing in to each Matomo server with each token, shared by every
 * widget and by every copy of the library on the page (under a `Symbol.for` key of globalThis).
 *
 * Matomo counts every refused token as a failed sign-in of the reader's network address and, after
 * about 20, refuses every request from that address for a while. So a page spends at most one
 * refusal per server and token: while a token has not been accepted yet, the requests made with it
 * wait for the first one; once it is refused, they fail without being sent, until the reader asks
 * to try again. The token itself is not kept here: a pair is known by a hash of it.
 */

/** How the first request with a token not yet accepted ended: `unreachable` when even a request without the token got no answer. */
export type FirstOutcome = 'unreachable' | undefined;

/** What the page knows about one (server, token) pair. Plain data, shared by copies of the library. */
export interface SignIn {
  /** The server answered a request with this token without refusing it. */
  accepted?: boolean;
  /** The server refused the token (`token`), or refuses this network's sign-ins for now (`lockout`). */
  refused?: 'token' | 'lockout';
  /** The first request with the token, while it is in flight. */
  first?: Promise<FirstOutcome>;
}

const KEY = Symbol.for('dashboard-widgets.matomo-sign-ins');

function table(): Map<string, SignIn> {
  const shared = globalThis as unknown as Record<symbol, Map<string, SignIn> | undefined>;
  return (shared[KEY] ??= new Map());
}

/** The shared state of a server (its API address) and a token. */
export function signIn(url: string, token: string): SignIn {
  const key = fingerprint(`${url}\n${token}`);
  const all = table();
  let state = all.get(key);
  if (!state) all.set(key, (state = {}));
  return state;
}

/** @internal Forgets everything (a test's fresh page). */
export function forgetSignIns(): void {
  table().clear();
}

/** A 32-bit FNV-1a hash with the text's length: enough to tell a page's pairs apart, useless to recover a token. */
function fingerprint(text: string): string {
  return `${fnv1a(text).toString(36)}.${text.length}`;
}
