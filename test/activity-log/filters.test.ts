/**
 * The filter descriptor (filters.ts): one table from which the element's properties, the server's
 * query, "has filters", "Clear filters" / "Clear dates" and the empty state's words derive.
 */
import { expect } from '@open-wc/testing';
import {
  activeFilters,
  assignFilters,
  clearedFilters,
  describeFilters,
  FILTERS,
  filterProperties,
  filtersOf,
  hasFilters,
  needsScan,
  serverQuery,
  type ActivityFilters,
} from '../../src/activity-log/filters.js';
import { ActivityLog } from '../../src/activity-log/activity-log.js';

const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const all: ActivityFilters = { user: 'sophie.martin', activityType: 'ActivityLog/GoalAdded', dateFrom: '2024-03-01', dateTo: '2024-03-31', search: 'newsletter', site: '', ip: '', object: '' };

describe('filters.ts, the filter descriptor', () => {
  it('describes every filter of ActivityFilters once, with its attribute', () => {
    expect(FILTERS.map((f) => f.key)).to.deep.equal(Object.keys(none));
    expect(Object.fromEntries(FILTERS.map((f) => [f.key, f.attribute]))).to.deep.equal({
      user: 'user',
      activityType: 'activity-type',
      dateFrom: 'date-from',
      dateTo: 'date-to',
      search: 'search',
      site: 'site',
      ip: 'ip',
      object: 'object',
    });
  });

  it('gives the element its filter properties and attributes', () => {
    expect(filterProperties).to.deep.equal({ user: {}, activityType: { attribute: 'activity-type' }, dateFrom: { attribute: 'date-from' }, dateTo: { attribute: 'date-to' }, search: {}, site: {}, ip: {}, object: {} });
    const observed = (ActivityLog as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(observed).to.include.members(FILTERS.map((f) => f.attribute));
  });

  it('says whether filters are set: a search of spaces is none', () => {
    expect(hasFilters(none)).to.equal(false);
    expect(hasFilters({ ...none, search: '   ' })).to.equal(false);
    for (const { key } of FILTERS) expect(hasFilters({ ...none, [key]: 'x' }), key).to.equal(true);
    expect(activeFilters(all).map((f) => f.key)).to.deep.equal(['user', 'activityType', 'dateFrom', 'dateTo', 'search']);
  });

  it('sends the server the filters it applies, and needs the scan for the others', () => {
    expect(serverQuery(all)).to.deep.equal({ user: 'sophie.martin', type: 'ActivityLog/GoalAdded' });
    expect(serverQuery(none)).to.deep.equal({ user: undefined, type: undefined });
    expect(needsScan({ ...none, user: 'a', activityType: 'Plugin/B' })).to.equal(false);
    // Several types, a set of types, a website or an IP: the scan; the server gets no type then.
    for (const activityType of ['ActivityLog/GoalAdded,ActivityLog/GoalChanged', 'goals', 'ActivityLog/GoalAdded,']) {
      expect(needsScan({ ...none, activityType }), activityType).to.equal(true);
      expect(serverQuery({ ...none, activityType }).type, activityType).to.equal(undefined);
    }
    expect(needsScan({ ...none, site: '3' })).to.equal(true);
    expect(needsScan({ ...none, ip: '203.0.113.7' })).to.equal(true);
    expect(needsScan({ ...none, dateTo: '2024-01-01' })).to.equal(true);
    expect(needsScan({ ...none, search: 'x' })).to.equal(true);
    expect(needsScan({ ...none, search: ' ' })).to.equal(false);
  });

  it('clears every filter, or the dates alone', () => {
    expect(clearedFilters()).to.deep.equal(none);
    expect(clearedFilters('dates')).to.deep.equal({ dateFrom: '', dateTo: '' });
  });

  it('names the filters set in words, a date range as one', () => {
    expect(describeFilters(all)).to.deep.equal(['User: sophie.martin', 'Activity: Goal added', 'Dates: 2024-03-01 to 2024-03-31', 'Search: “newsletter”']);
    expect(describeFilters({ ...none, dateFrom: '2024-03-01' })).to.deep.equal(['Since 2024-03-01']);
    expect(describeFilters({ ...none, dateTo: '2024-03-31', search: '  goal ' })).to.deep.equal(['Until 2024-03-31', 'Search: “goal”']);
    expect(describeFilters(none)).to.deep.equal([]);
  });

  it('reads the filters of an object as one, and sets those a patch names (strings only)', () => {
    const target = { ...all, other: 1 };
    expect(filtersOf(target)).to.deep.equal(all);
    assignFilters(target, { user: '', search: 'goal', dateFrom: 3 as unknown as string });
    expect(target).to.deep.equal({ ...all, user: '', search: 'goal', other: 1 });
    assignFilters(target, null);
    expect(filtersOf(target)).to.deep.equal({ ...all, user: '', search: 'goal' });
  });
});
