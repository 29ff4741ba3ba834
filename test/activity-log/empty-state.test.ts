/** empty-state.ts: what shows when nothing matches, and how to get entries back. */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { renderEmpty } from '../../src/activity-log/empty-state.js';
import { FilterScan } from '../../src/activity-log/filter-scan.js';
import { ActivityView, type ViewPage } from '../../src/activity-log/view.js';
import { makeEntries, memorySource } from './fake-matomo.js';

const none = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '' };
const source = memorySource(makeEntries(3));
const empty: ViewPage = { entries: [], total: 0, totalExact: true };

async function shown(scan: ActivityView, page: ViewPage = empty, own = false) {
  const cleared: Array<string | undefined> = [];
  const el = await fixture(html`<div>${renderEmpty({ scan, page }, own, (group) => cleared.push(group))}</div>`);
  return { el, cleared, text: el.textContent!.replace(/\s+/g, ' ').trim() };
}

describe('empty-state.ts', () => {
  it('shows nothing while there are entries, or a search is still counting', () => {
    expect(renderEmpty({ scan: new ActivityView(source, none), page: { entries: [], total: 3, totalExact: true } }, false, () => {})).to.equal(nothing);
    const counting = new FilterScan(source, { ...none, search: 'x' });
    expect(renderEmpty({ scan: counting, page: { ...empty, totalExact: false } }, false, () => {})).to.equal(nothing);
  });

  it('says nothing was recorded yet, or nothing of the reader’s own', async () => {
    expect((await shown(new ActivityView(source, none))).text).to.equal('No activities have been recorded yet.');
    expect((await shown(new ActivityView(source, none), empty, true)).text).to.equal('You have no recorded activities yet.');
  });

  it('names the filters that match nothing, and clears them all', async () => {
    const { el, text, cleared } = await shown(new ActivityView(source, { ...none, user: 'nobody', activityType: 'ActivityLog/GoalAdded' }));
    expect(text).to.match(/^No activities match these filters\. .* Clear filters$/);
    expect([...el.querySelectorAll('.active-filters li')].map((li) => li.textContent)).to.deep.equal(['User: nobody', 'Activity: Goal added']);
    el.querySelector('button')!.click();
    expect(cleared).to.deep.equal([undefined]);
  });

  it('says when only the entries searched match nothing', async () => {
    const { text } = await shown(new ActivityView(source, { ...none, search: 'zzz' }), { ...empty, scan: { checked: 5000, window: 9000, complete: false, bounded: true } });
    expect(text).to.contain('No activities match these filters among those searched.');
  });

  it('explains a reversed date range and clears the dates', async () => {
    const { el, text, cleared } = await shown(new FilterScan(source, { ...none, dateFrom: '2024-06-30', dateTo: '2024-06-01' }));
    expect(text).to.equal('The start date is after the end date. Clear dates');
    el.querySelector('button')!.click();
    expect(cleared).to.deep.equal(['dates']);
  });
});
