/** entry-tests.ts: how the scan tests an entry against each filter it applies entry by entry. */
import { expect } from '@open-wc/testing';
import { entryTests, ENTRY_TESTS } from '../../src/activity-log/entry-tests.js';
import { FILTERS, type ActivityFilters } from '../../src/activity-log/filters.js';
import { toEntries } from '../../src/api/activity-source.js';
import { makeEntries } from './fake-matomo.js';

const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };

describe('entry-tests.ts', () => {
  it('tests only filters the scan applies (not those the server does)', () => {
    for (const key of ENTRY_TESTS.keys()) {
      const filter = FILTERS.find((f) => f.key === key)!;
      // The activity type is the scan's when it names several types or a set of them, the server's when it names one.
      if (typeof filter.by === 'function') {
        expect(filter.by('goals,ActivityLog/UserSignedIn'), key).to.equal('scan');
        expect(ENTRY_TESTS.get(key)!('ActivityLog/GoalAdded'), key).to.equal(undefined);
      } else expect(filter.by, key).to.equal('scan');
    }
  });

  it('tests a text search word by word, folded, and tests nothing for an empty one', () => {
    const entries = toEntries(makeEntries(14));
    expect(entryTests(none)).to.deep.equal([]);
    expect(entryTests({ ...none, search: '  ' })).to.deep.equal([]);
    const [test] = entryTests({ ...none, search: 'NEWSLETTER Report' });
    const matches = entries.filter((e) => test!(e)).map((e) => e.description);
    expect(matches).to.have.length(2);
    expect(matches.every((d) => d === 'subscribed to the newsletter report')).to.equal(true);
  });

  it('leaves out a filter the source applies itself', () => {
    expect(entryTests({ ...none, search: 'x' }, new Set(['search']))).to.deep.equal([]);
  });
});
