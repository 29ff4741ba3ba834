import type { ActivityEntry } from '../api/activity-source.js';
import type { ActivityFilters, FilterKey } from './filters.js';
import { entryObjects } from './objects.js';
import { entryMatches, searchTerms } from './search.js';

/** Whether an entry passes a filter. */
export type EntryTest = (entry: ActivityEntry) => boolean;

/**
 * How the scan (filter-scan.ts) tests an entry against each filter it applies entry by entry,
 * given the filter's value: undefined when the value tests nothing. The date range is not here:
 * the scan finds its ends in the newest-first list instead of testing every entry.
 */
export const ENTRY_TESTS: ReadonlyMap<FilterKey, (value: string) => EntryTest | undefined> = new Map([
  [
    'search',
    (value: string) => {
      const terms = searchTerms(value);
      return terms.length ? (entry: ActivityEntry) => entryMatches(entry, terms) : undefined;
    },
  ],
  // A key that names no object (a shared link gone wrong) matches nothing: the history's banner says what is wrong with it.
  ['object', (value: string) => (value ? (entry: ActivityEntry) => entryObjects(entry).some((o) => o.key === value) : undefined)],
]);

/** The tests of the filters set in `f`, but those in `skip` (applied by the source itself). */
export function entryTests(f: ActivityFilters, skip: ReadonlySet<FilterKey> = new Set()): EntryTest[] {
  const tests: EntryTest[] = [];
  for (const [key, make] of ENTRY_TESTS) {
    const test = skip.has(key) ? undefined : make(f[key]);
    if (test) tests.push(test);
  }
  return tests;
}
