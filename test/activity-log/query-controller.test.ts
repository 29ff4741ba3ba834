/**
 * QueryController on a tiny host, the way lit's Task tests go: who is looking, the page of the
 * filtered view (back to the first page when a filter changes, the same first entry when the page
 * size does), paging, reloads, failures, a text search counted to its end, and what live updates
 * found.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { QueryController, type Shown } from '../../src/activity-log/query-controller.js';
import type { ActivityFilters } from '../../src/activity-log/filters.js';
import type { ActivitySource } from '../../src/api/activity-source.js';
import { AuthError, ServerError } from '../../src/api/errors.js';
import { toEntries } from '../../src/api/activity-source.js';
import { makeEntries, memorySource } from './fake-matomo.js';

const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };

class QueryHost extends LitElement {
  static override properties = { filters: { attribute: false }, pageSize: { attribute: false }, source: { attribute: false } };
  filters = none;
  pageSize = 10;
  source: ActivitySource = memorySource(makeEntries(45));
  pages: Shown[] = [];
  counted: Shown[] = [];
  errors: unknown[] = [];
  query = new QueryController(this, {
    filters: () => this.filters,
    pageSize: () => this.pageSize,
    scanLimit: () => 5000,
    source: () => this.source,
    withEmails: () => false,
    onPage: (shown) => this.pages.push({ ...shown }), // as it was shown (a search's count changes it later)
    onCount: (shown) => this.counted.push(shown),
    onError: (error) => this.errors.push(error),
  });
}
customElements.define('query-host', QueryHost);

async function host(source?: ActivitySource) {
  const el = await fixture<QueryHost>(html`<query-host .source=${source ?? memorySource(makeEntries(45))}></query-host>`);
  await waitUntil(() => el.pages.length, 'no page');
  return el;
}
const ids = (shown: Shown | undefined) => shown?.page.entries.map((e) => e.id) ?? [];
async function nextPage(el: QueryHost, count = el.pages.length + 1) {
  await waitUntil(() => el.pages.length >= count, `expected page ${count}`);
  return el.pages.at(-1)!;
}

describe('QueryController', () => {
  it('reads who is looking and the first page, then pages both ways', async () => {
    const el = await host();
    const { query } = el;
    expect(query.viewer).to.deep.equal({ superUser: true, logins: [], emails: {} });
    expect(ids(query.shown)).to.deep.equal(['45', '44', '43', '42', '41', '40', '39', '38', '37', '36']);
    expect(query.shown!.page).to.include({ total: 45, totalExact: true });
    expect(query.pending).to.equal(false);
    query.goTo(10);
    expect(ids(await nextPage(el))[0]).to.equal('35');
    expect(query.offset).to.equal(10);
    query.goTo(0);
    expect(ids(await nextPage(el))[0]).to.equal('45');
    query.goTo(40);
    expect(ids(await nextPage(el))).to.deep.equal(['5', '4', '3', '2', '1']);
  });

  it('goes back to the first page when a filter changes, and keeps the first entry shown when the page size does', async () => {
    const el = await host();
    el.query.goTo(30);
    await nextPage(el);
    el.pageSize = 25;
    expect((await nextPage(el)).offset).to.equal(25);
    el.filters = { ...none, user: 'admin' };
    const filtered = await nextPage(el);
    expect(filtered.offset).to.equal(0);
    expect(filtered.page.entries.every((e) => e.userLogin === 'admin')).to.equal(true);
    expect(filtered.scan.filters.user).to.equal('admin');
  });

  it('reads everything again on reload(), and on a new source', async () => {
    const source = memorySource(makeEntries(45));
    const el = await host(source);
    const reads = () => source.log.filter((c) => c.kind === 'entries').length;
    const before = reads();
    el.query.reload();
    await nextPage(el);
    expect(reads()).to.equal(before + 1);
    el.source = memorySource(makeEntries(3));
    expect(ids(await nextPage(el))).to.deep.equal(['3', '2', '1']);
  });

  it('says when a page fails, keeps the one shown, and says a refused token is one', async () => {
    let fail: Error | undefined;
    const source = memorySource(makeEntries(45));
    const getEntries = source.getEntries.bind(source);
    source.getEntries = (q, o) => (fail ? Promise.reject(fail) : getEntries(q, o));
    const el = await host(source);
    fail = new ServerError('Matomo answered 500');
    el.query.goTo(10);
    await waitUntil(() => el.errors.length, 'no error');
    await el.updateComplete;
    expect(el.query.error).to.equal(fail);
    expect(el.query.refused).to.equal(false);
    expect(ids(el.query.shown)[0]).to.equal('45');
    fail = new AuthError('The token was refused.');
    el.query.retry();
    await waitUntil(() => el.errors.length === 2, 'no second error');
    await el.updateComplete;
    expect(el.query.refused).to.equal(true);
    fail = undefined;
    el.query.retry();
    expect(ids(await nextPage(el))[0]).to.equal('35');
    expect(el.query.error).to.equal(undefined);
  });

  it('counts a text search to its end after showing its first page', async () => {
    const el = await host(memorySource(makeEntries(300), { delay: 1 }));
    el.filters = { ...none, search: 'newsletter' };
    const first = await nextPage(el);
    expect(first.page.totalExact).to.equal(false);
    await waitUntil(() => el.counted.length, 'not counted');
    expect(el.counted[0]).to.equal(el.query.shown);
    expect(el.query.shown!.page).to.include({ total: 43, totalExact: true });
  });

  it('marks new activities on the first page, counts them above a later one, and reads again when it loses track', async () => {
    const el = await host();
    const fresh = toEntries(makeEntries(2, { firstId: 101 }));
    el.query.arrived(fresh);
    await nextPage(el);
    expect([...el.query.newIds]).to.deep.equal(['101', '100']);
    el.query.goTo(10);
    await nextPage(el);
    expect(el.query.newIds.size).to.equal(0);
    el.query.arrived(fresh);
    expect(el.query.offset).to.equal(12);
    expect(el.query.newAbove).to.equal(2);
    el.query.lost();
    expect(el.query.newAbove).to.equal(0);
    expect((await nextPage(el)).offset).to.equal(12);
    el.query.arrived(fresh);
    expect(el.query.newAbove).to.equal(2);
    el.query.goTo(0); // "Show newest"
    expect(el.query.newAbove).to.equal(0);
    expect((await nextPage(el)).offset).to.equal(0);
  });

  it('turns its view into a scan that reads everything, and knows a reversed date range', async () => {
    const el = await host();
    const scan = await el.query.fullScan();
    expect(scan).to.equal(el.query.view);
    expect(await scan.all()).to.have.length(45);
    const range = { ...none, dateFrom: '2024-06-30', dateTo: '2024-06-01' };
    el.filters = range;
    await nextPage(el);
    expect(el.query.invalidRange(range)).to.equal(true);
    expect(el.query.invalidRange({ ...range, dateTo: '2024-07-01' })).to.equal(false);
  });

  it('stops loading when its host is removed, and loads again when it is back', async () => {
    const source = memorySource(makeEntries(45), { delay: 50 });
    const el = await fixture<QueryHost>(html`<query-host .source=${source}></query-host>`);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 80));
    expect(el.pages).to.have.length(0);
    parent.append(el);
    await waitUntil(() => el.pages.length, 'no page once back');
    expect(el.errors).to.deep.equal([]);
  });
});
