/**
 * What the summary says of a page: each view says it of its own pages (view.ts), a text search
 * still counting or stopped at its bound (filter-scan.ts), as messages of the catalogue.
 */
import { expect } from '@open-wc/testing';
import { FilterScan } from '../../src/activity-log/filter-scan.js';
import { ActivityView, type ViewPage } from '../../src/activity-log/view.js';
import type { ActivityEntry } from '../../src/api/activity-source.js';
import { makeEntries, memorySource } from './fake-matomo.js';

const none = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }) as ActivityEntry);
const page = (n: number, total: number, more: Partial<ViewPage> = {}): ViewPage => ({ entries: entries(n), total, totalExact: true, ...more });
const source = memorySource(makeEntries(10));

describe('summary.ts and the views’ summaries', () => {
  it('counts the page shown among all, in the reader’s locale', () => {
    const view = new ActivityView(source, none);
    expect(view.summary(page(25, 1234), 0, 'en')).to.equal('Showing 1–25 of 1,234 activities.');
    expect(view.summary(page(25, 1234), 1200, 'de')).to.equal('Showing 1.201–1.225 of 1.234 activities.');
    expect(view.summary(page(1, 1), 0, 'en')).to.equal('Showing 1–1 of 1 activity.');
    expect(view.summary(page(0, 0), 0, 'en')).to.equal('No activities.');
    expect(view.summary(page(0, 30), 50, 'en')).to.equal('Nothing on this page; 30 activities in all.');
  });

  it('says "matching" when filters are set', () => {
    const view = new ActivityView(source, { ...none, user: 'admin' });
    expect(view.summary(page(2, 2), 0, 'en')).to.equal('Showing 1–2 of 2 matching activities.');
    expect(view.summary(page(0, 0), 0, 'en')).to.equal('No matching activities.');
  });

  it('says why a date range cannot be applied', () => {
    const scan = new FilterScan(source, { ...none, dateFrom: '2024-06-30', dateTo: '2024-06-01' });
    expect(scan.summary(page(0, 0), 0, 'en')).to.equal('The start date is after the end date.');
  });

  it('says a text search is still counting, or stopped at its bound', async () => {
    const scan = new FilterScan(source, { ...none, search: 'thing' }, { chunkSize: 2, scanLimit: 2 });
    expect(scan.counting).to.equal(true);
    expect(scan.summary(page(0, 0, { totalExact: false }), 0, 'en')).to.equal('Searching…');
    expect(scan.summary(page(3, 3, { totalExact: false }), 0, 'en')).to.equal('Showing 1–3 of at least 3 matching activities (still counting).');
    const bounded = { checked: 2, window: 10, complete: false, bounded: true };
    expect(scan.summary(page(3, 3, { totalExact: false, scan: bounded }), 0, 'en')).to.equal('Showing 1–3 of 3 matching activities found so far.');
    await scan.count();
    expect(scan.counting).to.equal(false);
    expect(scan.summary(page(0, 0, { totalExact: false }), 0, 'en')).to.equal('No matching activities.');
  });
});
