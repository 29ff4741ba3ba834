/**
 * <dw-activity-filter-bar> on its own: a control per filter, properties in and a FilterEditEvent
 * out, the search applied after a pause or on Enter, every option of the user and type filters
 * loaded on demand, and the note on what the reader may see.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ActivityFilterBar, FilterEditEvent } from '../../src/activity-log/filter-bar.js';
import { chunks } from '../../src/activity-log/chunks.js';
import { define } from '../../src/core/define.js';
import type { ActivityFilters } from '../../src/activity-log/filters.js';
import type { ActivityViewer } from '../../src/api/activity-source.js';
import { ServerError } from '../../src/api/errors.js';

define(ActivityFilterBar.tagName, ActivityFilterBar);

const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const superUser: ActivityViewer = { superUser: true, logins: ['admin', 'sophie.martin'], emails: {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function bar(props: Partial<ActivityFilterBar> = {}) {
  const el = await fixture<ActivityFilterBar>(html`<dw-activity-filter-bar .filters=${none}></dw-activity-filter-bar>`);
  Object.assign(el, props);
  await el.updateComplete;
  const edits: Array<Partial<ActivityFilters>> = [];
  el.addEventListener('dw-filter-edit', (e) => edits.push((e as FilterEditEvent).filters));
  const $ = <T extends Element = HTMLElement>(part: string) => el.querySelector<T>(`[part="${part}"]`);
  return { el, edits, $ };
}

const options = (select: HTMLSelectElement | null) => [...(select?.options ?? [])].map((o) => o.value);

// The options' code is loaded once per page: these run first.
describe('<dw-activity-filter-bar> every option, on demand', () => {
  const original = chunks.options;
    afterEach(() => (chunks.options = original));

    it('offers the chosen user and type until asked for every option; says when their code does not arrive, and loads it on Retry', async () => {
      let attempts = 0;
      chunks.options = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
      const { el, $ } = await bar({ viewer: superUser, filters: { ...none, user: 'sophie.martin', activityType: 'ActivityLog/GoalAdded' } });
      expect(options($('user-filter'))).to.deep.equal(['', 'sophie.martin']);
      expect(options($('type-filter'))).to.deep.equal(['', 'ActivityLog/GoalAdded']);
      expect($<HTMLSelectElement>('type-filter')!.selectedOptions[0]!.textContent).to.equal('Goal added');
      expect(attempts).to.equal(0);

      $('type-filter')!.dispatchEvent(new FocusEvent('focus'));
      await waitUntil(() => el.querySelector('[part="error"]'), 'no failure shown');
      expect(el.querySelector('[part="error"]')!.textContent).to.contain('Could not load every option of the filters.');
      await sleep(100);
      expect(attempts, 'asked once, not again and again').to.equal(1);
      expect(options($('type-filter'))).to.deep.equal(['', 'ActivityLog/GoalAdded']);

      el.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(() => options($('type-filter')).length > 50, 'every type is not offered');
      expect(attempts).to.equal(2);
      expect(el.querySelector('[part="error"]')).to.equal(null);
      expect(options($('user-filter'))).to.include.members(['admin', 'sophie.martin', 'Matomo System']);
      expect($<HTMLSelectElement>('type-filter')!.value).to.equal('ActivityLog/GoalAdded');
      expect($<HTMLSelectElement>('user-filter')!.value).to.equal('sophie.martin');
    });

    it('offers every option at once in any bar once the page has their code', async () => {
      const { $ } = await bar({ viewer: superUser, allOptions: true });
      expect(options($('type-filter')).length).to.be.above(50);
    });

});

describe('<dw-activity-filter-bar> filters', () => {
  it('has a control per filter; the user filter for super users only, with a note for the others', async () => {
    const own = await bar({ viewer: { superUser: false, logins: [], emails: {} } });
    expect(['type-filter', 'date-from', 'date-to', 'search', 'clear-button'].every((p) => own.$(p))).to.equal(true);
    expect(own.$('user-filter')).to.equal(null);
    expect(own.$('note')!.textContent).to.equal('You see your own activities only.');
    const all = await bar({ viewer: superUser });
    expect(all.$('user-filter')).to.exist;
    expect(all.$('note')).to.equal(null);
    const unknown = await bar({ viewerError: new ServerError('Matomo answered 500') });
    expect(unknown.$('note')!.textContent).to.contain("Could not check this account's access").and.contain('the user filter is not available');
  });

  it('tells what the reader changed, filter by filter', async () => {
    const { $, edits } = await bar({ viewer: superUser, allOptions: true });
    await waitUntil(() => options($('user-filter')).includes('admin'), 'no logins offered');
    const change = (part: string, value: string) => {
      const control = $<HTMLInputElement | HTMLSelectElement>(part)!;
      control.value = value;
      control.dispatchEvent(new Event('change'));
    };
    change('user-filter', 'admin');
    change('type-filter', 'ActivityLog/GoalAdded');
    change('date-from', '2024-03-01');
    change('date-to', '2024-03-31');
    expect(edits).to.deep.equal([{ user: 'admin' }, { activityType: 'ActivityLog/GoalAdded' }, { dateFrom: '2024-03-01' }, { dateTo: '2024-03-31' }]);
  });

  it('applies a search 300 ms after the last keystroke, or at once on Enter, and only a new one', async () => {
    const { $, edits } = await bar();
    const input = $<HTMLInputElement>('search')!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    };
    type('news');
    await sleep(150);
    type('newsletter');
    await sleep(200);
    expect(edits).to.deep.equal([]);
    await sleep(200);
    expect(edits).to.deep.equal([{ search: 'newsletter' }]);
    type('newsletter ');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(edits, 'the same words again').to.have.length(1);
    type('goal');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(edits.at(-1)).to.deep.equal({ search: 'goal' });
    await sleep(350);
    expect(edits).to.have.length(2);
  });

  it('shows a search set from outside in place of what is being typed', async () => {
    const { el, $, edits } = await bar();
    const input = $<HTMLInputElement>('search')!;
    input.value = 'typed';
    input.dispatchEvent(new InputEvent('input'));
    el.filters = { ...none, search: 'set' };
    await el.updateComplete;
    expect(input.value).to.equal('set');
    await sleep(350);
    expect(edits).to.deep.equal([]);
  });

  it('applies a search still being typed when the bar is back in the page', async () => {
    const { el, $, edits } = await bar();
    const input = $<HTMLInputElement>('search')!;
    input.value = 'goal';
    input.dispatchEvent(new InputEvent('input'));
    const parent = el.parentElement!;
    el.remove();
    await sleep(350);
    expect(edits).to.deep.equal([]);
    parent.append(el);
    await sleep(350);
    expect(edits).to.deep.equal([{ search: 'goal' }]);
  });

  it('offers "Clear filters" while a filter is set, clearing them all', async () => {
    const { el, $, edits } = await bar();
    expect($<HTMLButtonElement>('clear-button')!.hidden).to.equal(true);
    el.filters = { ...none, dateTo: '2024-01-01', search: 'x' };
    await el.updateComplete;
    $<HTMLButtonElement>('clear-button')!.click();
    expect(edits).to.deep.equal([none]);
  });

  it('marks the dates invalid when the range cannot be applied, and bounds each by the other', async () => {
    const { $ } = await bar({ filters: { ...none, dateFrom: '2024-06-30', dateTo: '2024-06-01' }, invalidRange: true });
    expect($('date-from')!.getAttribute('aria-invalid')).to.equal('true');
    expect($('date-to')!.getAttribute('aria-invalid')).to.equal('true');
    expect($('date-from')!.getAttribute('max')).to.equal('2024-06-01');
    expect($('date-to')!.getAttribute('min')).to.equal('2024-06-30');
  });

  it('keeps its events inside the widget: they bubble to its frame (a row’s mark fires them too), not out of its shadow root', () => {
    const event = new FilterEditEvent({ user: 'a' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
  });
});
