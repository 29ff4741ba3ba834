/** filter-options.ts: every option of the user and type filters (loaded on demand). */
import { expect, fixture, html } from '@open-wc/testing';
import { groupOrder, typeGroups, typeOptions, userOptions } from '../../src/activity-log/filter-options.js';
import { ACTIVITY_CATEGORIES, registerActivityType } from '../../src/activity-log/activity-types.js';

describe('filter-options.ts', () => {
  it('groups every known type by category, in the categories’ order, sorted by label, "Other plugins" last', () => {
    const groups = typeGroups(['Unknown/ThingDone', 'ActivityLog/GoalAdded']);
    expect(groups.at(-1)!.label).to.equal(ACTIVITY_CATEGORIES.other);
    expect(groups.at(-1)!.types.map((t) => t.id)).to.include('Unknown/ThingDone');
    const order = groups.map((g) => g.label);
    expect(order.indexOf('Users & access')).to.be.below(order.indexOf('Goals'));
    const goals = groups.find((g) => g.label === 'Goals')!.types.map((t) => t.label);
    expect(goals).to.deep.equal([...goals].sort((a, b) => a.localeCompare(b)));
    expect(new Set(groups.flatMap((g) => g.types.map((t) => t.id))).size).to.equal(groups.flatMap((g) => g.types).length);
    expect(groupOrder('users')).to.equal(0);
    expect(groupOrder('custom:Mine')).to.be.above(groupOrder('alerts')).and.below(groupOrder('other'));
  });

  it('offers a registered type in its own group, and the chosen one selected', async () => {
    registerActivityType('Mine/ThingMade', { label: 'Thing made', category: 'Things of mine' });
    const el = await fixture(html`<select>${typeOptions(new Set(), 'Mine/ThingMade')}</select>`);
    const select = el as HTMLSelectElement;
    expect(select.value).to.equal('Mine/ThingMade');
    expect(select.selectedOptions[0]!.parentElement!.getAttribute('label')).to.equal('Things of mine');
  });

  it('offers every login, the one chosen, then the system performers', async () => {
    const select = (await fixture(html`<select>${userOptions({ superUser: true, logins: ['zoe', 'admin'], emails: {} }, ['bob', 'Matomo System'], 'carol')}</select>`)) as HTMLSelectElement;
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent!.trim())]);
    expect(groups).to.deep.equal([
      ['People', ['admin', 'bob', 'carol', 'zoe']],
      ['System', ['Matomo System (system)', 'Console Command (command line)', 'anonymous (not signed in)']],
    ]);
    expect(select.value).to.equal('carol');
  });
});
