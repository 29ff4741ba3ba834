/**
 * Matomo's brute-force detection, as the demo plays it: every refused token counts as a failed
 * sign-in of the client's network address (one per request at most); once an address has `limit`
 * of them within `windowMs`, every API request from it, valid tokens and no token included, is
 * refused with HTTP 500 and no CORS headers, until the oldest attempts leave the window.
 */

export interface SignInLimits {
  /** Failed sign-ins an address may have within the window before it is blocked (Matomo: 20). */
  limit: number;
  /** How long a failed sign-in counts, in milliseconds (Matomo: 30 minutes). */
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { limit: 20, windowMs: 30 * 60_000 };

/** Matomo's message (`Login_LoginNotAllowedBecauseBlocked`). */
export const BLOCKED_MESSAGE = 'You are currently not allowed to log in because you had too many failed logins, try again later.';

/** The address of requests that name none (a test calling the handler directly, the in-browser backend). */
export const UNKNOWN_ADDRESS = 'unknown';

export class SignInLog {
  /** Failed sign-ins by address: their times (ms), oldest first. */
  readonly #failures = new Map<string, number[]>();

  constructor(
    public limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
    /** The clock (wall time: a block lifts in real minutes, whatever day the demo data is about). */
    readonly clock: () => number = Date.now,
  ) {}

  /** Failed sign-ins of an address within the window. */
  count(address: string = UNKNOWN_ADDRESS): number {
    return this.#recent(address).length;
  }

  /** Whether the address is blocked now. */
  blocked(address: string = UNKNOWN_ADDRESS): boolean {
    return this.count(address) >= this.limits.limit;
  }

  /** Records a failed sign-in (Matomo records none while the address is blocked: it refuses first). */
  fail(address: string = UNKNOWN_ADDRESS): void {
    const recent = this.#recent(address);
    recent.push(this.clock());
    this.#failures.set(address, recent);
  }

  /** Forgets every failed sign-in (what an administrator's "unblock all IPs" does). */
  reset(): void {
    this.#failures.clear();
  }

  #recent(address: string): number[] {
    const since = this.clock() - this.limits.windowMs;
    const recent = (this.#failures.get(address) ?? []).filter((t) => t > since);
    if (recent.length) this.#failures.set(address, recent);
    else this.#failures.delete(address);
    return recent;
  }
}
