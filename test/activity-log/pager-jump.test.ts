/**
 * Moving through a long trail: First and Last, and the pager's "Go to…" form (a page number, a
 * date), against crafted Matomo answers: the requests made (their offsets), the page shown, the
 * bounds, what a wrong entry says, and dates before the first activity and after the last.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import type { ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { fakeMatomo, makeEntries, TOKEN, useFetch, type FakeMatomo, type RawEntry } from './fake-matomo.js';
import { $, click, expectAccessible, loads, record, rowIds, summary, text } from './element-helpers.js';

let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;

beforeEach(() => (loadsRec = record<ActivityLoadDetail>('dw-activity-load')));
afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
});

/** 300 entries, one an hour back from 30 June 2024 12:00 UTC (to 18 June 01:00). */
const RAW = makeEntries(300);

async function mount(entries: RawEntry[] = RAW): Promise<{ el: ActivityLog; server: FakeMatomo }> {
  const server = fakeMatomo(entries);
  restore = useFetch(server.fetch);
  const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
  await loads(el, loadsRec);
  return { el, server };
}

const offsets = (server: FakeMatomo) => server.calls.filter((c) => c.method === 'ActivityLog.getEntries').map((c) => Number(c.params.get('offset')));
const pageOf = (el: ActivityLog) => text($(el, '.page-of'));
const said = (el: ActivityLog) => text($(el, '#jump-said'));

/** Opens "Go to…" and waits for its form (it comes with the filter bar's code). */
async function openJump(el: ActivityLog): Promise<void> {
  $(el, 'summary[part="jump-button"]')!.click();
  await waitUntil(() => $(el, 'input[part="jump-page"]'), 'no Go to form');
  await el.updateComplete;
  // The details element says it opened in a task of its own.
  await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'input[part="jump-page"]'), 'the page field has no focus');
}

async function submit(el: ActivityLog, part: 'jump-page' | 'jump-date', value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[part="${part}"]`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await el.updateComplete;
}

/** The local calendar day of a Matomo UTC datetime, worked out apart from the code under test. */
function localDay(datetime: string): string {
  const d = new Date(`${datetime.replace(' ', 'T')}Z`);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('<activity-log> First and Last', () => {
  it('read the last page and the first directly (one request each), and say which page', async () => {
    const { el, server } = await mount();
    expect(pageOf(el)).to.equal('Page 1 of 12');
    expect(($(el, 'button[part="first-button"]') as HTMLButtonElement).disabled).to.equal(true);
    await click(el, 'button[part="last-button"]');
    await loads(el, loadsRec, 2);
    expect(offsets(server).at(-1)).to.equal(275);
    expect(pageOf(el)).to.equal('Page 12 of 12');
    expect(summary(el)).to.equal('Showing 276–300 of 300 activities.');
    expect(rowIds(el)).to.deep.equal(RAW.slice(275).map((e) => e.id));
    expect(($(el, 'button[part="last-button"]') as HTMLButtonElement).disabled).to.equal(true);
    await click(el, 'button[part="first-button"]');
    await loads(el, loadsRec, 3);
    expect(offsets(server).at(-1)).to.equal(0);
    expect(pageOf(el)).to.equal('Page 1 of 12');
  });
});

describe('<activity-log> Go to a page', () => {
  it('goes to the page typed on Enter: one request at its offset', async () => {
    const { el, server } = await mount();
    await openJump(el);
    expect(el.shadowRoot!.activeElement === $(el, 'input[part="jump-page"]'), 'the page field has focus').to.equal(true);
    await submit(el, 'jump-page', '7');
    await loads(el, loadsRec, 2);
    expect(offsets(server).at(-1)).to.equal(150);
    expect(pageOf(el)).to.equal('Page 7 of 12');
    expect(rowIds(el)[0]).to.equal(RAW[150]!.id);
    await expectAccessible(el);
  });

  it('says what is wrong with a page number (none, 0, past the last, not a number) and asks for nothing', async () => {
    const { el, server } = await mount();
    await openJump(el);
    const before = server.requests.length;
    for (const value of ['', '0', '13', '2.5', '-1']) {
      await submit(el, 'jump-page', value);
      expect(said(el), value).to.equal('Enter a page number from 1 to 12.');
      expect($(el, 'input[part="jump-page"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, 'input[part="jump-page"]')!.getAttribute('aria-describedby')).to.equal('jump-said');
    }
    expect(server.requests.length).to.equal(before);
    expect(pageOf(el)).to.equal('Page 1 of 12');
    await expectAccessible(el);
  });

  it('Escape closes the form, focus back on "Go to…"', async () => {
    const { el } = await mount();
    await openJump(el);
    $(el, 'input[part="jump-page"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const details = $(el, 'details[part="jump"]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(el.shadowRoot!.activeElement === $(el, 'summary[part="jump-button"]'), '"Go to…" has focus').to.equal(true);
  });
});

describe('<activity-log> Go to a date', () => {
  it('shows the page holding the last activity of that day or before, found in the newest-first list', async () => {
    const { el, server } = await mount();
    await openJump(el);
    await submit(el, 'jump-date', '2024-06-25');
    await loads(el, loadsRec, 2);
    // Independently: the first entry (newest first) of that local day or before.
    const position = RAW.findIndex((e) => localDay(e.datetime) <= '2024-06-25');
    const page = Math.floor(position / 25);
    expect(offsets(server).at(-1)).to.equal(page * 25);
    expect(rowIds(el)).to.include(RAW[position]!.id);
    expect(localDay(RAW[position - 1]!.datetime) > '2024-06-25').to.equal(true);
    expect(said(el)).to.equal(`Showing page ${page + 1}, where the activities of June 25, 2024 and before begin.`);
    expect(pageOf(el)).to.equal(`Page ${page + 1} of 12`);
  });

  it('a date before the first activity: the last page, saying nothing was recorded then', async () => {
    const { el, server } = await mount();
    await openJump(el);
    await submit(el, 'jump-date', '2020-01-01');
    await loads(el, loadsRec, 2);
    expect(offsets(server).at(-1)).to.equal(275);
    expect(said(el)).to.equal('Nothing was recorded on or before January 1, 2020: showing the oldest activities.');
  });

  it('a date after the last activity: the first page, saying so, with no request for the page shown', async () => {
    const { el } = await mount();
    await openJump(el);
    await click(el, 'button[part="next-button"]');
    await loads(el, loadsRec, 2);
    await submit(el, 'jump-date', '2030-05-01');
    await loads(el, loadsRec, 3);
    expect(said(el)).to.equal('Nothing was recorded after May 1, 2030: showing the newest activities.');
    expect(pageOf(el)).to.equal('Page 1 of 12');
  });

  it('without a date, says so', async () => {
    const { el } = await mount();
    await openJump(el);
    await submit(el, 'jump-date', '');
    expect(said(el)).to.equal('Enter a date.');
    expect($(el, 'input[part="jump-date"]')!.getAttribute('aria-invalid')).to.equal('true');
  });
});
