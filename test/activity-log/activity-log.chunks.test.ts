/**
 * <activity-log> loads what its first view does not need on first use: date and text filtering,
 * exports, live updates, avatars. When such a part does not
 * arrive (offline, or the chunks folder not served), the widget says so, with Retry, and loses
 * nothing; once it arrives, the feature works and goes over the wire as before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityErrorDetail, ActivityExportDetail, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { chunks } from '../../src/activity-log/chunks.js';
import { sha256HexSync } from '../../src/core/sha256.js';
import { fakeMatomo, makeEntries, methodsOf, TOKEN, useFetch, type FakeMatomo, type FakeMatomoOptions, type RawEntry } from './fake-matomo.js';
import { $, $$, buttonNamed, captureDownloads, click, loads, parseCsv, record, resourcesMatching, rowIds, rows, text } from './element-helpers.js';

type Part = keyof typeof chunks;

const original = { ...chunks };
let restore: () => void = () => {};
let loadsRec: ReturnType<typeof record<ActivityLoadDetail>>;
let errorsRec: ReturnType<typeof record<ActivityErrorDetail>>;

beforeEach(() => {
  loadsRec = record<ActivityLoadDetail>('dw-activity-load');
  errorsRec = record<ActivityErrorDetail>('dw-activity-error');
});

afterEach(() => {
  Object.assign(chunks, original);
  restore();
  restore = () => {};
  loadsRec.stop();
  errorsRec.stop();
});

function serve(entries: RawEntry[], options: FakeMatomoOptions = {}): FakeMatomo {
  const server = fakeMatomo(entries, options);
  restore = useFetch(server.fetch);
  return server;
}

/** Makes a part fail to load (as a dynamic import does offline) until `arrive()` is called; counts the attempts. */
function offline(part: Part): { attempts: () => number; arrive(): void } {
  let attempts = 0;
  let failing = true;
  (chunks as Record<Part, () => Promise<unknown>>)[part] = () => {
    attempts++;
    return failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original[part]();
  };
  return { attempts: () => attempts, arrive: () => (failing = false) };
}

const errorText = (el: ActivityLog) => text($(el, '[part="error"]'));

describe('<activity-log> parts loaded on first use', () => {
  it('exports as before once the export code has loaded, after a failed first attempt', async () => {
    const server = serve(makeEntries(130));
    const downloads = captureDownloads();
    const exports = record<ActivityExportDetail>('dw-activity-export');
    try {
      const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
      await loads(el, loadsRec);
      const part = offline('export');
      await click(el, 'button[part="export-csv"]');
      await waitUntil(() => errorText(el).includes('Could not load the export.'), 'no export error');
      expect(errorsRec.events.at(-1)!.detail).to.include({ kind: 'network', during: 'export' });
      expect(rows(el), 'the list stays').to.have.length(25);
      expect(downloads.files).to.have.length(0);
      const before = server.requests.length;
      const beforeCalls = server.calls.length;
      part.arrive();
      buttonNamed(el, 'Retry')!.click();
      await waitUntil(() => exports.events.length === 1, 'no export');
      expect(part.attempts()).to.equal(2);
      // Over the wire: the entries in pages of 100 in one bulk request, with the entry past the end,
      // nothing else (the count was known from the page).
      const sent = server.requests.slice(before);
      expect(sent.map(methodsOf)).to.deep.equal([['ActivityLog.getEntries', 'ActivityLog.getEntries', 'ActivityLog.getEntries']]);
      expect(server.calls.slice(beforeCalls).map((c) => [c.method, c.params.get('offset'), c.params.get('limit')])).to.deep.equal([
        ['ActivityLog.getEntries', '0', '100'],
        ['ActivityLog.getEntries', '100', '30'],
        ['ActivityLog.getEntries', '130', '1'],
      ]);
      expect(exports.events[0]!.detail).to.deep.include({ format: 'csv', count: 130 });
      const csv = parseCsv(await downloads.files[0]!.content);
      expect(csv).to.have.length(131);
      expect(downloads.files[0]!.name).to.equal('activity-log_all_130-entries.csv');
    } finally {
      downloads.stop();
      exports.stop();
    }
  });

  it('says when the date filter code cannot load, and filters once it can', async () => {
    const newest = Date.now() - 60_000;
    serve(makeEntries(50, { newest, stepMs: 3_600_000 }));
    const part = offline('scan');
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} date-from=${day}></activity-log>`);
    await waitUntil(() => errorText(el).includes('Could not load the activities'), 'no error shown');
    part.arrive();
    buttonNamed(el, 'Retry')!.click();
    await loads(el, loadsRec);
    // One entry an hour, the newest a minute ago: those of today (in the first minute of an hour, the oldest of them was yesterday's).
    const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
    const count = Array.from({ length: 50 }, (_, i) => newest - i * 3_600_000).filter((at) => at >= midnight).length;
    expect(loadsRec.events.at(-1)!.detail).to.include({ total: count, totalExact: true });
  });

  it('says when live updates cannot start, keeps the list, and starts them on Retry', async () => {
    const server = serve(makeEntries(30));
    const part = offline('live');
    const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} refresh-interval="60"></activity-log>`);
    await loads(el, loadsRec);
    expect(rows(el)).to.have.length(25);
    expect(errorText(el)).to.include('Could not load the live updates.');
    expect($(el, '[part="live-status"]'), 'no status before the live code').to.equal(null);
    expect(errorsRec.events.at(-1)!.detail).to.include({ kind: 'network', during: 'refresh' });
    part.arrive();
    buttonNamed(el, 'Retry')!.click();
    await el.updateComplete;
    expect(text($(el, '.part-state')), 'the live code loading').to.equal('Loading the live updates…');
    await waitUntil(() => $(el, 'button[part="pause-button"]'), 'live updates did not start');
    expect(text($(el, '[part="live-status"]'))).to.match(/^Live · updated/);
    expect($(el, '[part="error"]')).to.equal(null);
    // And they follow new entries.
    server.entries.unshift(...makeEntries(1, { firstId: 9000, newest: Date.now() - 1000 }));
    document.dispatchEvent(new Event('visibilitychange'));
    await loads(el, loadsRec, 2);
    expect(rowIds(el)[0]).to.equal('9000');
  });

  it('keeps the initials when the avatar code cannot load, and shows pictures once it can', async () => {
    serve(makeEntries(4, { users: ['admin'] }), { users: [{ login: 'admin', email: 'admin@example.org' }] });
    const part = offline('gravatar');
    const since = performance.now();
    const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN} gravatar avatar-base="/avatar-service/"></activity-log>`);
    await loads(el, loadsRec);
    await waitUntil(() => part.attempts() > 0, 'the avatar code was not asked for');
    expect($$(el, '.avatar img')).to.have.length(0);
    expect(text(rows(el)[0]!.querySelector('.avatar'))).to.equal('AD');
    expect(resourcesMatching('/avatar-service/', since)).to.have.length(0);
    part.arrive();
    el.requestUpdate(); // the next render asks again
    const hash = sha256HexSync('admin@example.org');
    await waitUntil(() => resourcesMatching(hash, since).length > 0, 'no picture requested once the code arrived');
    expect(resourcesMatching('/avatar-service/', since)).to.include(new URL(`/avatar-service/${hash}?s=64&d=404`, location.href).href);
  });
});
