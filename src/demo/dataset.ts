import { seedActivity, type ActivityEntry } from './seed-activity.js';
import { seedVisits, type SiteHistory } from './seed-visits.js';

/** The generated Matomo data for one `now`. Shared between backends: treat it as read-only. */
export interface DemoDataset {
  /** The instant the data is relative to (ms since the epoch). */
  readonly now: number;
  /** Activity Log entries, newest first (as `ActivityLog.getEntries` lists them). */
  readonly activity: readonly ActivityEntry[];
  /** The sites with their daily visits, by ascending idSite. */
  readonly sites: readonly SiteHistory[];
}

const cache = new Map<number, DemoDataset>();
const CACHE_SIZE = 4;

/** The dataset for `now`, generated once and then served from a small cache. */
export function demoDataset(now: number): DemoDataset {
  const cached = cache.get(now);
  if (cached) return cached;
  const dataset: DemoDataset = Object.freeze({
    now,
    activity: Object.freeze(seedActivity(now).reverse()),
    sites: Object.freeze(seedVisits(now)),
  });
  cache.set(now, dataset);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return dataset;
}
