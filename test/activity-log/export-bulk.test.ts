/**
 * The export of <activity-log> reads several pages per round trip (Matomo's API.getBulkRequest):
 * what goes over the wire (requests, their offsets and limits), the progress shown, Cancel, a
 * failed call inside a bulk answer, a count that lies, and activities arriving or removed while
 * it reads.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import type { ActivityErrorDetail, ActivityExportDetail, ActivityLoadDetail, ActivityLog } from '../../src/activity-log/define.js';
import { FilterScan } from '../../src/activity-log/filter-scan.js';
import { json, type RecordedRequest } from '../helpers/fetch-stub.js';
import { fakeMatomo, makeEntries, memorySource, sleep, TOKEN, useFetch, type FakeMatomo, type FakeMatomoOptions, type RawEntry } from './fake-matomo.js';
import { $, buttonNamed, captureDownloads, click, expectAccessible, loads, parseCsv, record, text } from './element-helpers.js';

let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let exportsRec: ReturnType<typeof record<ActivityExportDetail>>;
let errorsRec: ReturnType<typeof record<ActivityErrorDetail>>;
let downloads: ReturnType<typeof captureDownloads>;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  exportsRec = record<ActivityExportDetail>('dw-activity-export');
  errorsRec = record<ActivityErrorDetail>('dw-activity-error');
  downloads = captureDownloads();
});

afterEach(() => {
  restore();
  restore = () => {};
  loadsRec.stop();
  exportsRec.stop();
  errorsRec.stop();
  downloads.stop();
});

/** The signals of every request sent, to tell whether Cancel aborted the one in flight. */
let signals: Array<AbortSignal | null | undefined> = [];

function serve(entries: RawEntry[], options: FakeMatomoOptions = {}): FakeMatomo {
  const server = fakeMatomo(entries, options);
  signals = [];
  restore = useFetch(((input: RequestInfo | URL, init?: RequestInit) => {
    signals.push(init?.signal);
    return server.fetch(input, init);
  }) as typeof fetch);
  return server;
}

async function mount(): Promise<ActivityLog> {
  const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
  await loads(el, loadsRec);
  return el;
}

/** The `ActivityLog.getEntries` calls of a request, as `offset+limit`. */
function pagesOf(request: RecordedRequest): string[] {
  const url = new URL(request.url);
  const calls = url.searchParams.get('method') === 'API.getBulkRequest' ? [...new URLSearchParams(request.body)].filter(([k]) => k.startsWith('urls[')).map(([, v]) => new URLSearchParams(v)) : [url.searchParams];
  return calls.filter((c) => c.get('method') === 'ActivityLog.getEntries').map((c) => `${c.get('offset')}+${c.get('limit')}`);
}

const range = (from: number, to: number, step = 100) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);
/** The ids of the saved CSV file, in order. */
const savedIds = async (i = 0) => parseCsv(await downloads.files[i]!.content).slice(1).map((row) => row[0]);
const progressText = (el: ActivityLog) => text($(el, '[part="export-progress"]'));

describe('<activity-log> export in bulk requests', () => {
  it('reads 3,000 entries in three round trips of ten pages, each trip anchored on the last entry read', async () => {
    const raw = makeEntries(3000);
    const server = serve(raw);
    const el = await mount();
    const before = server.requests.length;
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => exportsRec.events.length, 'not saved', { timeout: 10_000 });
    const trips = server.requests.slice(before);
    expect(trips.map((r) => new URL(r.url).searchParams.get('method'))).to.deep.equal(['API.getBulkRequest', 'API.getBulkRequest', 'API.getBulkRequest']);
    expect(pagesOf(trips[0]!)).to.deep.equal(range(0, 1000).map((o) => `${o}+100`));
    // From the second trip on, the first page starts on the last entry read (one longer), and the
    // last trip asks one entry past the end: is there more than the count said?
    expect(pagesOf(trips[1]!)).to.deep.equal(['999+101', ...range(1100, 2000).map((o) => `${o}+100`)]);
    expect(pagesOf(trips[2]!)).to.deep.equal(['1999+101', ...range(2100, 3000).map((o) => `${o}+100`), '3000+1']);
    // The count was read with the page shown: the export asks for none.
    expect(server.calls.filter((c) => c.method === 'ActivityLog.getEntryCount')).to.have.length(1);
    expect(await savedIds()).to.deep.equal(raw.map((e) => e.id));
    expect(exportsRec.events[0]!.detail).to.deep.equal({ format: 'csv', count: 3000, fileName: 'activity-log_all_3000-entries.csv' });
  });

  it('shows its progress after each round trip ("1,000 of 3,000"), accessible', async () => {
    serve(makeEntries(3000), { delay: (_r, method) => (method === 'API.getBulkRequest' ? 250 : 0) });
    const el = await mount();
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => progressText(el).includes('1,000 of 3,000 checked'), `progress: ${progressText(el)}`, { timeout: 5000 });
    expect(progressText(el)).to.include('Exporting CSV…');
    expect($<HTMLProgressElement>(el, '[part="export-progress"] progress')!.value).to.equal(1000);
    expect($<HTMLProgressElement>(el, '[part="export-progress"] progress')!.max).to.equal(3000);
    await expectAccessible(el);
    await waitUntil(() => progressText(el).includes('2,000 of 3,000 checked'), `progress: ${progressText(el)}`, { timeout: 5000 });
    await waitUntil(() => exportsRec.events.length, 'not saved', { timeout: 5000 });
  });

  it('Cancel aborts the request in flight and saves nothing', async () => {
    const server = serve(makeEntries(3000), { delay: (_r, method) => (method === 'API.getBulkRequest' ? 400 : 0) });
    const el = await mount();
    const before = server.requests.length;
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => server.requests.length > before + 1, 'no second round trip');
    const inFlight = signals.at(-1);
    expect(inFlight?.aborted).to.equal(false);
    buttonNamed(el, 'Cancel export')!.click();
    await waitUntil(() => !$(el, '[part="export-progress"]'), 'export still running');
    expect(inFlight?.aborted).to.equal(true);
    expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('Export cancelled.');
    const sent = server.requests.length;
    await sleep(600);
    expect(server.requests.length, 'nothing sent after Cancel').to.equal(sent);
    expect(downloads.files).to.have.length(0);
    expect(exportsRec.events).to.have.length(0);
    expect(errorsRec.events).to.have.length(0);
  });

  it('a call that fails inside a bulk answer fails the export with its message; Retry exports again', async () => {
    let failing = true;
    serve(makeEntries(3000), {
      fail: (method, params) => (failing && method === 'ActivityLog.getEntries' && params.get('offset') === '1500' ? json({ result: 'error', message: 'Mysql error: the server has gone away' }) : undefined),
    });
    const el = await mount();
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => errorsRec.events.length, 'no error', { timeout: 5000 });
    expect(errorsRec.events[0]!.detail).to.include({ during: 'export', kind: 'server' });
    const box = text($(el, '[part="error"]'));
    expect(box).to.include('Could not export the activities');
    expect(box).to.include('Mysql error: the server has gone away');
    expect(downloads.files).to.have.length(0);
    await expectAccessible(el);
    failing = false;
    buttonNamed(el, 'Retry')!.click();
    await waitUntil(() => exportsRec.events.length, 'not saved after Retry', { timeout: 5000 });
    expect(exportsRec.events[0]!.detail.count).to.equal(3000);
  });

  it('a count that says more than the log holds: reads to the end of the list and saves what is there', async () => {
    const raw = makeEntries(1250);
    serve(raw, { fail: (method) => (method === 'ActivityLog.getEntryCount' ? json({ value: '5000' }) : undefined) });
    const el = await mount();
    expect(text($(el, '.summary'))).to.include('5,000');
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => exportsRec.events.length, 'not saved', { timeout: 5000 });
    expect(await savedIds()).to.deep.equal(raw.map((e) => e.id));
    expect(exportsRec.events[0]!.detail.count).to.equal(1250);
  });

  it('a count that says less than the log holds: the entry past the end shows there is more, and all of it is read', async () => {
    const raw = makeEntries(1500);
    serve(raw, { fail: (method) => (method === 'ActivityLog.getEntryCount' ? json({ value: 800 }) : undefined) });
    const el = await mount();
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => exportsRec.events.length, 'not saved', { timeout: 5000 });
    expect(await savedIds()).to.deep.equal(raw.map((e) => e.id));
  });

  it('new activities arriving during the export shift the offsets: seen from the anchor, no repeat, no gap', async () => {
    const raw = makeEntries(3000);
    const want = raw.map((e) => e.id);
    let bulk = 0;
    const server = serve(raw, {
      delay: (request, method) => {
        if (method === 'API.getBulkRequest' && pagesOf(request).length > 2 && ++bulk === 2) {
          // Five activities recorded just before the second round trip is answered.
          server.entries.unshift(...makeEntries(5, { firstId: 9005, newest: Date.UTC(2024, 6, 1) }));
        }
        return 0;
      },
    });
    const el = await mount();
    const before = server.requests.length;
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => exportsRec.events.length, 'not saved', { timeout: 10_000 });
    // The export is of the log as it was when it started: exactly the 3,000 entries, in order.
    expect(await savedIds()).to.deep.equal(want);
    // The second trip met its anchor five entries down: the end moved five entries, and a fourth
    // trip reads them (with the entry past the new end).
    const trips = server.requests.slice(before).map(pagesOf);
    expect(trips.map((t) => t[0])).to.deep.equal(['0+100', '999+101', '1999+101', '2999+6']);
    expect(trips[2]!.at(-1)).to.equal('2900+100');
    expect(trips[3]).to.deep.equal(['2999+6', '3005+1']);
  });

  it('activities removed during the export: it stops and says so rather than save a file with a gap', async () => {
    const raw = makeEntries(3000);
    let trips = 0;
    const server = serve(raw, {
      delay: (request, method) => {
        if (method === 'API.getBulkRequest' && pagesOf(request).length > 2 && ++trips === 2) server.entries.splice(500, 10);
        return 0;
      },
    });
    const el = await mount();
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => errorsRec.events.length, 'no error', { timeout: 5000 });
    expect(text($(el, '[part="error"]'))).to.include('Activities were removed from the log while it was being exported');
    expect(text($(el, '[part="error"]'))).to.include('nothing was saved');
    expect(downloads.files).to.have.length(0);
    // Exporting again reads the log as it is now.
    expect(server.entries).to.have.length(2990);
    buttonNamed(el, 'Retry')!.click();
    await waitUntil(() => exportsRec.events.length, 'not saved after Retry', { timeout: 5000 });
    expect(exportsRec.events[0]!.detail.count).to.equal(2990);
  });

  it('a server that answers the same page whatever the offset: stops with a message instead of reading forever', async () => {
    const raw = makeEntries(300);
    serve(raw, {
      fail: (method, params) => (method === 'ActivityLog.getEntries' && params.get('offset') !== '0' ? json(raw.slice(0, Number(params.get('limit')))) : undefined),
    });
    const el = await mount();
    await click(el, 'button[part="export-csv"]');
    await waitUntil(() => errorsRec.events.length, 'no error', { timeout: 5000 });
    expect(text($(el, '[part="error"]'))).to.include('More new activities arrived than the export could follow');
    expect(text($(el, '[part="error"]'))).to.include('nothing was saved');
    expect(downloads.files).to.have.length(0);
  });
});

describe('FilterScan.all() in round trips', () => {
  const none = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };

  it('a text search goes on from where its scan stopped, in bulk, keeping what it found', async () => {
    const raw = makeEntries(2500);
    const source = memorySource(raw, { bulk: true });
    const scan = new FilterScan(source, { ...none, search: 'newsletter' });
    await scan.page(0, 10);
    const readBefore = source.log.filter((c) => c.kind === 'entries').length;
    expect(readBefore, 'the first page reads single chunks').to.be.greaterThan(0);
    source.log.length = 0;
    const all = await scan.all();
    expect(all.map((e) => e.id)).to.deep.equal(raw.filter((e) => e.description.includes('newsletter')).map((e) => e.id));
    expect(source.log.every((c) => c.kind === 'many')).to.equal(true);
    expect(source.log.length).to.be.at.most(3);
  });

  it('without bulk requests, a round trip sends its pages in parallel', async () => {
    const raw = makeEntries(1000);
    let inFlight = 0;
    let most = 0;
    const source = memorySource(raw);
    const getEntries = source.getEntries.bind(source);
    source.getEntries = async (query, options) => {
      most = Math.max(most, ++inFlight);
      await sleep(5);
      try {
        return await getEntries(query, options);
      } finally {
        inFlight--;
      }
    };
    const all = await new FilterScan(source, none, { total: 1000 }).all();
    expect(all.map((e) => e.id)).to.deep.equal(raw.map((e) => e.id));
    expect(most).to.equal(11); // ten pages and the entry past the end
  });
});
