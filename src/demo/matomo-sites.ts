import type { DemoDataset } from './dataset.js';
import { missingParameter } from './matomo-error.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { DemoSite } from './seed-visits.js';

/** `SitesManager.getSitesWithAtLeastViewAccess`: the sites the viewer may view. */
export function sitesWithViewAccess(viewer: Viewer, dataset: DemoDataset): DemoSite[] {
  return viewer.viewableSites(dataset).map((s) => s.site);
}

/** `SitesManager.getSiteFromId`. */
export function siteFromId(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): DemoSite {
  const idSite = params.get('idSite')?.trim();
  if (!idSite) throw missingParameter('idSite');
  return viewer.site(idSite, dataset).site;
}
