import { isApiError } from './errors.js';
import type { ActivityQuery } from './activity-query.js';
import type { MatomoCall, MatomoClient } from './matomo.js';
import type { RequestOptions } from './request.js';

// Server-side dates for Matomo's Activity Log, loaded on the first date filter: version 5.1 of the
// plugin filters its entries by `period` and `date`; 5.0 has no such parameters and ignores them.

type ServerQuery = Omit<ActivityQuery, 'offset' | 'limit'>;

/** What the Matomo source hands this code: its count call for a query, how to read a count, Matomo's first day. */
export interface CountKit {
  count(query: ServerQuery): MatomoCall;
  read(answer: unknown): number;
  firstDay: string;
}

/** What this code needs of the Matomo source that loads it (named here, so this file imports nothing of the source's module). */
export interface DaysSource {
  readonly client: Pick<MatomoClient, 'apiBase' | 'bulk'>;
  getCount(query: ServerQuery, options?: RequestOptions): Promise<number>;
}

/** What each server (its API address) was found to do: true when it filters days. */
const filtersDays = new Map<string, boolean>();

/**
 * The count of the query's UTC days, and whether the server filtered them. The first time for a
 * server, the same request also counts every entry, and those of the first day Matomo accepts
 * (1991-08-06, long before any activity): 0 where the server reads `period`/`date`, everything
 * where it ignores them. An empty log tells nothing: it is asked again next time.
 */
export async function countDays(source: DaysSource, kit: CountKit, query: ServerQuery, options?: RequestOptions): Promise<{ count: number; filtered: boolean }> {
  const key = source.client.apiBase.trim().replace(/\/?$/, '/');
  const known = filtersDays.get(key);
  if (known === false) return { count: await source.getCount({ ...query, days: undefined }, options), filtered: false };
  if (known) return { count: await source.getCount(query, options), filtered: true };
  const [asked, all, first] = await source.client.bulk([kit.count(query), kit.count({}), kit.count({ days: { from: kit.firstDay, to: kit.firstDay } })], options);
  if (isApiError(asked)) throw asked;
  const total = isApiError(all) ? 0 : kit.read(all);
  const filtered = !isApiError(first) && kit.read(first) === 0;
  if (total > 0) filtersDays.set(key, filtered);
  // Without days read (5.0, or an empty log), what was counted is the query's entries without them.
  return { count: kit.read(asked), filtered: filtered && total > 0 };
}

/** @internal Forgets what servers were found to do (a test's fresh page). */
export function forgetServerDays(): void {
  filtersDays.clear();
}
