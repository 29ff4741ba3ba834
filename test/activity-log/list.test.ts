/**
 * <dw-activity-list> on its own: skeleton rows while the first page loads, the rows of its
 * entries (built by hand, list-rows.ts), one tab stop moved with the arrow keys, and `settled()`
 * once every row is in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ActivityList } from '../../src/activity-log/list.js';
import { registerActivityType, catalogueVersion } from '../../src/activity-log/activity-types.js';
import { define } from '../../src/core/define.js';
import { toEntries, type ActivityEntry } from '../../src/api/activity-source.js';
import { makeEntries } from './fake-matomo.js';

define(ActivityList.tagName, ActivityList);

const entries = (n: number, firstId?: number) => toEntries(makeEntries(n, firstId === undefined ? {} : { firstId }));
const state = { pending: false, newIds: new Set<string>(), now: Date.UTC(2024, 6, 1), locale: 'en', pictures: '' };
const rows = (el: Element) => [...el.querySelectorAll<HTMLLIElement>('li.row:not(.skeleton-row)')];
const frame = () => new Promise((r) => requestAnimationFrame(r));

async function list(items: readonly ActivityEntry[] | undefined, more: Partial<ActivityList> = {}) {
  return fixture<ActivityList>(html`<dw-activity-list .entries=${items} .state=${{ ...state, ...more.state }} .skeleton=${more.skeleton ?? 8}></dw-activity-list>`);
}

describe('<dw-activity-list>', () => {
  it('shows skeleton rows while the first page loads, from the first frame on, hidden from assistive technologies', async () => {
    const el = await list(undefined, { skeleton: 5 });
    const ol = el.querySelector('ol[part="list"]')!;
    expect(ol.getAttribute('aria-busy')).to.equal('true');
    await frame();
    await el.updateComplete;
    const skeleton = [...el.querySelectorAll('.skeleton-row')];
    expect(skeleton).to.have.length(5);
    expect(skeleton.every((r) => r.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('shows a row per entry, in order, with one of them in the tab order', async () => {
    const items = entries(12);
    const el = await list(items);
    await el.settled();
    expect(rows(el).map((r) => r.dataset.key)).to.deep.equal(items.map((e) => e.id));
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.key)).to.deep.equal([items[0]!.id]);
    expect(el.querySelector('ol')!.getAttribute('aria-label')).to.equal('Activities');
  });

  it('moves with the arrow keys, keeps the active row while it stays, and starts again at the top when it goes', async () => {
    const items = entries(12);
    const el = await list(items);
    await el.settled();
    rows(el)[0]!.focus();
    rows(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    expect(document.activeElement).to.equal(rows(el)[11]);
    el.entries = [...entries(2, 500), ...items];
    await el.settled();
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.key)).to.deep.equal([items[11]!.id]);
    expect(document.activeElement, 'the focused row keeps its element').to.equal(rows(el)[13]);
    el.entries = entries(3, 900);
    await el.settled();
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.key)).to.deep.equal(['900']);
    el.focusRow();
    expect(document.activeElement).to.equal(rows(el)[0]);
  });

  it('settles once every row of a long page is in (the rest follow the first screen in slices)', async () => {
    const items = entries(1000);
    const el = await list(items);
    expect(rows(el).length).to.be.below(1000);
    expect(el.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
    await el.settled();
    expect(rows(el)).to.have.length(1000);
    expect(el.querySelector('ol')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows no list for an empty page, marks a list being replaced busy, and marks new rows', async () => {
    const el = await list([]);
    expect(el.querySelector('ol')).to.equal(null);
    const items = entries(3);
    el.entries = items;
    el.state = { ...state, pending: true, newIds: new Set([items[0]!.id]) };
    await el.settled();
    expect(el.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
    expect(rows(el).map((r) => r.classList.contains('new'))).to.deep.equal([true, false, false]);
    expect(rows(el)[0]!.querySelector<HTMLElement>('.badge')!.hidden).to.equal(false);
  });

  it('draws avatar pictures with what it is given, and takes them away without it', async () => {
    const items = entries(2);
    const el = await list(items, { state: { ...state, picture: (avatar, row) => avatar.append(Object.assign(document.createElement('img'), { alt: row.who })), pictures: '1' } });
    await el.settled();
    expect(rows(el).map((r) => r.querySelector<HTMLImageElement>('.avatar img')?.alt)).to.deep.equal(items.map((e) => e.userLogin));
    el.state = { ...state, pictures: '' };
    await el.settled();
    expect(el.querySelectorAll('.avatar img')).to.have.length(0);
    expect(rows(el).every((r) => r.querySelector('.avatar')!.textContent!.trim().length > 0)).to.equal(true);
  });

  it('rewrites its rows when a type is registered (the catalogue changes)', async () => {
    const items = toEntries(makeEntries(2, { types: ['Mine/BoxPacked'] }));
    const el = await list(items, { catalogue: catalogueVersion() } as Partial<ActivityList>);
    await el.settled();
    expect(rows(el)[0]!.querySelector('.type')!.textContent).to.contain('Box packed');
    registerActivityType('Mine/BoxPacked', { label: 'Parcel ready', category: 'Shipping' });
    el.catalogue = catalogueVersion();
    await el.settled();
    expect(rows(el)[0]!.querySelector('.type')!.textContent).to.contain('Parcel ready').and.contain('Shipping');
  });
});
