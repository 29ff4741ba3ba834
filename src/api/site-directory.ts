import type { Text } from '../i18n/types.js';
/*
 * What the widgets have learned of each Matomo server's sites (by `api-base`): their names and
 * time zones, kept for the page's life, so that a chart (or a second chart of the same server)
 * can ask for the right days in one round trip. Neither depends on the token; what a token may
 * see is asked every time.
 */

/** A site as the widgets know it. */
export interface SiteInfo {
  idSite: string;
  /** The site's name (`Site 3` when the server gives none: `nameText` says it in the reader's language). */
  name: string;
  nameText?: Text | undefined;
  /** The site's time zone as Matomo stores it (`Asia/Kolkata`, `UTC`, `UTC+5.5`); absent when not known. */
  timezone?: string | undefined;
}

const servers = new Map<string, Map<string, SiteInfo>>();

/** The known site of a server, or undefined. */
export function knownSite(apiBase: string, idSite: string): SiteInfo | undefined {
  return servers.get(apiBase)?.get(idSite);
}

/** Remembers sites of a server (those with a time zone). */
export function learnSites(apiBase: string, sites: readonly SiteInfo[]): void {
  let known = servers.get(apiBase);
  if (!known) servers.set(apiBase, (known = new Map()));
  for (const site of sites) if (site.timezone !== undefined) known.set(site.idSite, site);
}

/** Forgets every server's sites. @internal For tests. */
export function forgetSites(): void {
  servers.clear();
}
