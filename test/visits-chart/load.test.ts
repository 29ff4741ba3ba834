/**
 * What <visits-chart> asks its source for and keeps of the answer: the sites and range its
 * attributes name, the comparison range, a clear error for a configuration it cannot read, and
 * an answer cut down to what can be drawn.
 */
import { expect } from '@open-wc/testing';
import { ConfigError } from '../../src/api/errors.js';
import type { VisitsQuery, VisitsResult, VisitsSource } from '../../src/api/visits-source.js';
import { loadVisits, requestedDate, siteList, type VisitsRequest } from '../../src/visits-chart/load.js';

const today = new Date(2024, 2, 10);
const options = { signal: new AbortController().signal, timeout: 15_000 };

/** A source that answers `result` and records the queries. */
function source(result: VisitsResult): VisitsSource & { queries: VisitsQuery[] } {
  const queries: VisitsQuery[] = [];
  return { queries, getVisits: (query) => (queries.push(query), Promise.resolve(result)) };
}

const request = (extra: Partial<VisitsRequest> = {}): VisitsRequest => ({ sites: '1,3', period: 'day', date: 'last3', rawDate: 'last3', given: '', today, ...extra });

describe('the visits query', () => {
  it('names each site once, or all of them', () => {
    expect(siteList(' 3, 1,3 ')).to.equal('3,1');
    expect(siteList('1, ALL')).to.equal('all');
    expect(siteList('x, -2, 1.5')).to.equal('');
  });

  it("asks for a named range's days and Matomo's forms as they are, and for nothing it cannot read", () => {
    expect(requestedDate('last-month', today)).to.equal('2024-02-01,2024-02-29');
    expect(requestedDate('last-7-days', today)).to.equal('2024-03-04,2024-03-10');
    expect(requestedDate('previous12', today)).to.equal('previous12');
    expect(requestedDate('2024-03-08,2024-03-10', today)).to.equal('2024-03-08,2024-03-10');
    expect(requestedDate('next week', today)).to.equal('');
  });
});

describe('loadVisits', () => {
  it('asks for the range and the one before it, with the day given, and keeps the answer with the range it covers', async () => {
    const answer: VisitsResult = {
      current: [{ idSite: '1', name: 'Shop', points: [{ label: '2024-03-08', metrics: { nb_visits: 5 } }] }],
      previous: [{ idSite: '1', name: 'Shop', points: [{ label: '2024-03-05', metrics: { nb_visits: 4 } }, { label: '2024-03-07', metrics: { nb_visits: 2 } }] }],
    };
    const from = source(answer);
    const loaded = await loadVisits(from, request({ given: '2024-03-10' }), options);
    expect(from.queries).to.deep.equal([{ siteIds: ['1', '3'], period: 'day', date: 'last3', compareDate: '2024-03-05,2024-03-07', today: '2024-03-10' }]);
    expect(loaded).to.deep.include({ period: 'day', date: 'last3', compareDate: '2024-03-05,2024-03-07', droppedPeriods: 0, droppedValues: 0 });
    expect(loaded.result.current[0]!.points).to.deep.equal([{ label: '2024-03-08', metrics: { nb_visits: 5 } }]);
  });

  it('leaves out what cannot be drawn, and counts it', async () => {
    const answer = {
      current: [{ idSite: '1', name: 'Shop', points: [{ label: '2024-02-30', metrics: { nb_visits: 5 } }, { label: '2024-03-09', metrics: { nb_visits: -3 } }] }],
    } as VisitsResult;
    const loaded = await loadVisits(source(answer), request(), options);
    expect(loaded).to.deep.include({ droppedPeriods: 1, droppedValues: 1, compareDate: '' });
  });

  it('refuses a configuration with no site or no readable range, in words, without asking', async () => {
    const from = source({ current: [] });
    const noSite = await loadVisits(from, request({ sites: '' }), options).catch((e: unknown) => e);
    expect(noSite).to.be.instanceOf(ConfigError);
    expect((noSite as Error).message).to.equal('No site is configured: set the site-id attribute (one id, a comma list, or "all").');
    const noRange = await loadVisits(from, request({ date: '', rawDate: 'next week' }), options).catch((e: unknown) => e);
    expect((noRange as Error).message).to.match(/^The date "next week" is not one the widget reads: /);
    expect(from.queries).to.deep.equal([]);
  });
});
