import type { DemoDataset } from './dataset.js';
import { MatomoError, mustBeLoggedIn } from './matomo-error.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { ActivityEntry } from './seed-activity.js';

/**
 * `ActivityLog.getEntries`: newest first, `offset` (default 0) and `limit` (default 25, -1 for
 * all). Like the plugin, it checks the paging before the login, and users who are not super
 * users get their own entries whatever `filterByUserLogin` says.
 */
export function activityEntries(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): ActivityEntry[] {
  const offset = integer(params.get('offset'), 0);
  let limit = integer(params.get('limit'), 25);
  if (limit === -1) limit = Number.MAX_SAFE_INTEGER;
  if (offset < 0) throw new MatomoError('Invalid offset value');
  if (limit < 0) throw new MatomoError('Invalid limit value');
  return matching(params, viewer, dataset).slice(offset, offset + limit);
}

/** `ActivityLog.getEntryCount`: the same filters; the count comes as a string, as the database gives it. */
export function activityCount(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): { value: string } {
  return { value: String(matching(params, viewer, dataset).length) };
}

function matching(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): readonly ActivityEntry[] {
  if (viewer.anonymous) throw mustBeLoggedIn();
  const user = viewer.superUser ? params.get('filterByUserLogin') || undefined : viewer.login;
  const type = params.get('filterByActivityType') || undefined;
  if (!user && !type) return dataset.activity;
  return dataset.activity.filter((e) => (!user || e.user_login === user) && (!type || e.type === type));
}

function integer(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}
