import { MatomoActivitySource, type ActivitySource } from '../api/activity-source.js';
import { expectArray } from '../api/matomo.js';
import { own } from './objects.js';

// The websites the website filter offers: those the viewer may see, as the source lists them (the
// Matomo source: `SitesManager.getSitesWithAtLeastViewAccess`, asked with the filter bar's code).

/** A website as the filter offers it: its id and name (server data), as text. */
export interface SiteOption {
  idSite: string;
  name: string;
}

/** Websites' names by id, as the filter bar learns them (the empty state and the report name the website filtered by). */
export const siteNames = new Map<string, string>();

/** The longest id kept (Matomo's ids are numbers). */
const MAX_ID = 20;

/** The websites `source` says the viewer may see, by id; undefined when it cannot list them. */
export async function listSites(source: ActivitySource | undefined, signal?: AbortSignal): Promise<SiteOption[] | undefined> {
  if (source?.getSites) return clean(await source.getSites({ signal }));
  if (!(source instanceof MatomoActivitySource)) return undefined;
  const data = await source.client.call('SitesManager.getSitesWithAtLeastViewAccess', {}, { signal });
  return clean(expectArray(data, { key: 'a list of sites' }).map((site) => ({ idSite: own(site, 'idsite'), name: own(site, 'name') })));
}

/** Sites whose id is a number (as text) and whose name is text, each once, by id. */
function clean(sites: ReadonlyArray<{ idSite: unknown; name: unknown }>): SiteOption[] {
  const byId = new Map<string, SiteOption>();
  for (const { idSite, name } of sites) {
    const id = typeof idSite === 'number' && Number.isSafeInteger(idSite) ? String(idSite) : typeof idSite === 'string' ? idSite.trim() : '';
    if (/^\d+$/.test(id) && id.length <= MAX_ID && !byId.has(id)) byId.set(id, { idSite: id, name: typeof name === 'string' ? name : '' });
  }
  return [...byId.values()].sort((a, b) => Number(a.idSite) - Number(b.idSite));
}
