/** empty-state.ts: what shows when nothing matches, and how to get entries back. */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { renderEmpty } from '../../src/activity-log/empty-state.js';
import { FilterScan } from '../../src/activity-log/filter-scan.js';
import { ActivityView, type ViewPage } from '../../src/activity-log/view.js';
import { makeEntries, memorySource } from './fake-matomo.js';
import { english, translator, type Translator } from '../../src/core/translate.js';
import { languageReady } from '../helpers/pseudo-locale.js';

const none = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const source = memorySource(makeEntries(3));
const empty: ViewPage = { entries: [], total: 0, totalExact: true };

async function shown(scan: ActivityView, page: ViewPage = empty, own = false, t: Translator = english) {
  const cleared: Array<string | undefined> = [];
  const el = await fixture(html`<div>${renderEmpty({ scan, page }, own, (group) => cleared.push(group), t)}</div>`);
  return { el, cleared, text: el.textContent!.replace(/\s+/g, ' ').trim() };
}

describe('empty-state.ts', () => {
  it('shows nothing while there are entries, or a search is still counting', () => {
    expect(renderEmpty({ scan: new ActivityView(source, none), page: { entries: [], total: 3, totalExact: true } }, false, () => {}, english)).to.equal(nothing);
    const counting = new FilterScan(source, { ...none, search: 'x' });
    expect(renderEmpty({ scan: counting, page: { ...empty, totalExact: false } }, false, () => {}, english)).to.equal(nothing);
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

  it('speaks German and Arabic: its own words in the language (the filters and the date message are still English)', async () => {
    await languageReady('de');
    const de = translator('de');
    expect((await shown(new ActivityView(source, none), empty, false, de)).text).to.equal('Es wurden noch keine Aktivitäten erfasst.');
    expect((await shown(new ActivityView(source, none), empty, true, de)).text).to.equal('Von Ihnen wurden noch keine Aktivitäten erfasst.');
    const filtered = await shown(new ActivityView(source, { ...none, user: 'nobody' }), empty, false, de);
    expect(filtered.text).to.match(/^Keine Aktivitäten entsprechen diesen Filtern\. .* Filter zurücksetzen$/);
    const searched = await shown(new ActivityView(source, { ...none, search: 'zzz' }), { ...empty, scan: { checked: 5000, window: 9000, complete: false, bounded: true } }, false, de);
    expect(searched.text).to.contain('Keine der durchsuchten Aktivitäten entspricht diesen Filtern.');
    expect((await shown(new FilterScan(source, { ...none, dateFrom: '2024-06-30', dateTo: '2024-06-01' }), empty, false, de)).el.querySelector('button')!.textContent).to.equal('Zeitraum zurücksetzen');
    await languageReady('ar');
    expect((await shown(new ActivityView(source, none), empty, false, translator('ar'))).text).to.equal('لم تُسجَّل أي أنشطة بعد.');
  });
});
