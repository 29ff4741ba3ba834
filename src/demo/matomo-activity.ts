import { dayFromParts, formatDay, parseDay } from './calendar.js';
import type { DemoDataset } from './dataset.js';
import type { MatomoSetup } from './matomo-setup.js';
import { MatomoError, mustBeLoggedIn } from './matomo-error.js';
import { parsePeriod, resolvePeriods } from './matomo-periods.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { ActivityEntry } from './seed-activity.js';

/**
 * `ActivityLog.getEntries`: newest first, `offset` (default 0) and `limit` (default 25, -1 for
 * all). Like the plugin, it checks the paging before the login, and users who are not super
 * users get their own entries whatever `filterByUserLogin` says. With the plugin's 5.1 behaviour,
 * `period` and `date` keep the entries of those days (UTC); 5.0 ignores them.
 */
export function activityEntries(params: MatomoParams, viewer: Viewer, dataset: DemoDataset, setup: MatomoSetup): ActivityEntry[] {
  const offset = integer(params.get('offset'), 0);
  let limit = integer(params.get('limit'), 25);
  if (limit === -1) limit = Number.MAX_SAFE_INTEGER;
  if (offset < 0) throw new MatomoError('Invalid offset value');
  if (limit < 0) throw new MatomoError('Invalid limit value');
  return matching(params, viewer, dataset, setup).slice(offset, offset + limit);
}

/** `ActivityLog.getEntryCount`: the same filters; the count is a number, as the real plugin answers it. */
export function activityCount(params: MatomoParams, viewer: Viewer, dataset: DemoDataset, setup: MatomoSetup): { value: number } {
  return { value: matching(params, viewer, dataset, setup).length };
}

/** Matomo refuses dates before its `FIRST_WEBSITE_TIMESTAMP` (1991-08-06, UTC). */
const FIRST_WEBSITE_DAY = dayFromParts(1991, 8, 6);

function matching(params: MatomoParams, viewer: Viewer, dataset: DemoDataset, setup: MatomoSetup): readonly ActivityEntry[] {
  if (viewer.anonymous) throw mustBeLoggedIn();
  const user = viewer.superUser ? params.get('filterByUserLogin') || undefined : viewer.login;
  const type = params.get('filterByActivityType') || undefined;
  const days = setup.activityLog === '5.1' ? dayRange(params, dataset) : undefined;
  if (!user && !type && !days) return dataset.activity;
  return dataset.activity.filter((e) => {
    if ((user && e.user_login !== user) || (type && e.type !== type)) return false;
    if (!days) return true;
    const day = parseDay(e.datetime.slice(0, 10));
    return day !== null && day >= days[0] && day <= days[1];
  });
}

/** The UTC days `period` and `date` name (both needed), as Matomo reads them without a site: first and last day. */
function dayRange(params: MatomoParams, dataset: DemoDataset): [number, number] | undefined {
  const period = params.get('period');
  const date = params.get('date');
  if (!period || !date) return undefined;
  const today = Math.floor(dataset.now / 86_400_000);
  for (const part of date.split(',')) {
    const day = parseDay(part.trim());
    if (day !== null && day < FIRST_WEBSITE_DAY) {
      throw new MatomoError(`The date '${part.trim()}' is a date before first website was online. Try date that's after ${formatDay(FIRST_WEBSITE_DAY)} (timestamp 681436800).: ${date}`);
    }
  }
  const { spans } = resolvePeriods(parsePeriod(period), date, today);
  return [spans[0]!.start, spans[spans.length - 1]!.end];
}

function integer(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}
