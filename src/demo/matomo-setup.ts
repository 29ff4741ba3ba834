import type { SignInLog } from './matomo-sign-ins.js';

/** How the demo Matomo is set up: what its `config.ini.php` and its plugins would say. */
export interface MatomoSetup {
  /**
   * Origins its CORS answers name (`cors_domains[]`), or `*` for any. Its own origin needs no
   * listing. Other pages' requests get no CORS headers, so their browser cannot read the answers.
   */
  corsOrigins: readonly string[] | '*';
  /** The Activity Log plugin: `5.0` (no date filter, as measured) or `5.1` (`period` and `date` on its methods). */
  activityLog: '5.0' | '5.1';
  /** Failed sign-ins per address, and the block that follows too many. */
  signIns: SignInLog;
}
