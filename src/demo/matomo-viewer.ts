import { ANONYMOUS_SITES, MATOMO_USERS, type MatomoUser } from './accounts.js';
import type { DemoDataset } from './dataset.js';
import { badToken, MatomoError, needsSiteAccess, needsSomeAccess } from './matomo-error.js';
import type { SiteHistory } from './seed-visits.js';

/** The parameters of one Matomo API call (query string and form body merged), by name. */
export type MatomoParams = ReadonlyMap<string, string>;

/** Who is calling the Matomo API: a user found by `token_auth`, or the anonymous user. */
export class Viewer {
  private constructor(readonly user: MatomoUser | undefined) {}

  /** The viewer a `token_auth` names; no token is the anonymous user; an unknown token is a 401. */
  static fromToken(token: string | undefined): Viewer {
    if (!token || token === 'anonymous') return new Viewer(undefined);
    const user = MATOMO_USERS.find((u) => u.token === token);
    if (!user) throw badToken();
    return new Viewer(user);
  }

  /** True without a token. */
  get anonymous(): boolean {
    return !this.user;
  }

  /** The login, or "anonymous". */
  get login(): string {
    return this.user?.login ?? 'anonymous';
  }

  /** True for a super user, who may see and do everything. */
  get superUser(): boolean {
    return this.user?.superuser_access ?? false;
  }

  /** Whether the viewer may view a site's reports. */
  canView(idSite: number): boolean {
    if (this.superUser) return true;
    return this.user ? idSite in this.user.access : ANONYMOUS_SITES.includes(idSite);
  }

  /** Whether the viewer administers at least one site (super users do). */
  get hasSomeAdminAccess(): boolean {
    return this.superUser || Object.values(this.user?.access ?? {}).includes('admin');
  }

  /** Sites the viewer may view, by ascending id. */
  viewableSites(dataset: DemoDataset): SiteHistory[] {
    return dataset.sites.filter((s) => this.canView(s.site.idsite));
  }

  /**
   * The sites an `idSite` parameter names (one id, a comma list, or `all`), checking view access
   * to each, with Matomo's messages.
   */
  sitesFor(idSite: string, dataset: DemoDataset): SiteHistory[] {
    if (idSite.trim().toLowerCase() === 'all') {
      const sites = this.viewableSites(dataset);
      if (sites.length === 0) throw needsSomeAccess('view');
      return sites;
    }
    const ids = idSite.split(',').map((id) => id.trim()).filter((id) => id !== '');
    return ids.map((id) => this.site(id, dataset));
  }

  /** One site by id, checking view access. */
  site(idSite: string, dataset: DemoDataset): SiteHistory {
    const id = Number(idSite);
    const found = Number.isInteger(id) ? dataset.sites.find((s) => s.site.idsite === id) : undefined;
    if (!this.superUser && (!found || !this.canView(id))) throw needsSiteAccess('view', idSite);
    if (!found) throw new MatomoError(`An unexpected website was found in the request: website id was set to '${idSite}' .`);
    return found;
  }

  /** Throws unless the viewer administers some site. */
  checkSomeAdminAccess(): void {
    if (!this.hasSomeAdminAccess) throw needsSomeAccess('admin');
  }
}
