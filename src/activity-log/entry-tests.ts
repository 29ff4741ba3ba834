import type { ActivityEntry } from '../api/activity-source.js';
import { SCAN_WORDS } from './filter-words.js';
import { oneType, scanWords, type ActivityFilters, type FilterKey } from './filters.js';
import { ipInRange, parseIpRange } from './ip-match.js';
import { entryObjects, entrySites } from './objects.js';
import { entryMatches, searchTerms } from './search.js';
import { parseTypes, typesTest } from './type-sets.js';

// The words of the filters tested here come with them (the empty state names them). Registered
// here, not by the words' own module: a bundler may drop a module imported for its effects alone.
for (const [key, words] of SCAN_WORDS) scanWords.set(key, words);

/** Whether an entry passes a filter. */
export type EntryTest = (entry: ActivityEntry) => boolean;

/**
 * How the scan (filter-scan.ts) tests an entry against each filter it applies entry by entry,
 * given the filter's value: undefined when the value tests nothing (one type id, which the server
 * applies; a value that names no type, set, website or range, which the filter bar says is wrong).
 * The date range is not here: the scan finds its ends in the newest-first list instead of testing
 * every entry.
 */
export const ENTRY_TESTS: ReadonlyMap<FilterKey, (value: string) => EntryTest | undefined> = new Map([
  [
    'search',
    (value: string) => {
      const terms = searchTerms(value);
      return terms.length ? (entry: ActivityEntry) => entryMatches(entry, terms) : undefined;
    },
  ],
  ['activityType', (value: string) => (oneType(value) ? undefined : typesTest(parseTypes(value)))],
  [
    'site',
    (value: string) => {
      const site = value.trim();
      return site ? (entry: ActivityEntry) => entrySites(entry).includes(site) : undefined;
    },
  ],
  [
    'ip',
    (value: string) => {
      const range = parseIpRange(value);
      return range && ((entry: ActivityEntry) => ipInRange(entry.ip, range));
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
