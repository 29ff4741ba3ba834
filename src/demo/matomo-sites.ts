import type { DemoDataset } from './dataset.js';
import { missingParameter } from './matomo-error.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { DemoSite } from './seed-visits.js';

/** A site as the viewer gets it: with its time zone (`timezone`, `timezone_name`); its creator for super users only, as Matomo does. */
function shown(site: DemoSite, viewer: Viewer): Partial<DemoSite> {
  if (viewer.superUser) return site;
  const { creator_login: _, ...rest } = site;
  return rest;
}

/** `SitesManager.getSitesWithAtLeastViewAccess`: the sites the viewer may view. */
export function sitesWithViewAccess(viewer: Viewer, dataset: DemoDataset): Array<Partial<DemoSite>> {
  return viewer.viewableSites(dataset).map((s) => shown(s.site, viewer));
}

/** `SitesManager.getSiteFromId`. */
export function siteFromId(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): Partial<DemoSite> {
  const idSite = params.get('idSite')?.trim();
  if (!idSite) throw missingParameter('idSite');
  return shown(viewer.site(idSite, dataset).site, viewer);
}
