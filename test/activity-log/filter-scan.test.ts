import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FilterScan, serverDays, type ActivityFilters } from '../../src/activity-log/filter-scan.js';
import { toEntries } from '../../src/api/activity-source.js';
import { english } from '../../src/core/translate.js';
import { makeEntries, memorySource, utc, type RawEntry } from './fake-matomo.js';
import { languageReady } from '../helpers/pseudo-locale.js';

const NONE: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const f = (patch: Partial<ActivityFilters>): ActivityFilters => ({ ...NONE, ...patch });

/** The local calendar day of a Matomo UTC datetime, computed independently of the code under test. */
function localDay(datetime: string): string {
  const [d, t] = datetime.split(' ');
  const [y, m, day] = d!.split('-').map(Number);
  const [h, mi, s] = t!.split(':').map(Number);
  const local = new Date(Date.UTC(y!, m! - 1, day!, h!, mi!, s!));
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

function expected(raw: RawEntry[], filters: ActivityFilters): string[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  return raw
    .filter((e) => !filters.user || e.user_login === filters.user)
    .filter((e) => !filters.activityType || e.type === filters.activityType)
    .filter((e) => !filters.dateFrom || localDay(e.datetime) >= filters.dateFrom)
    .filter((e) => !filters.dateTo || localDay(e.datetime) <= filters.dateTo)
    .filter((e) => words.every((w) => JSON.stringify([e.user_login, e.description, e.parameters]).toLowerCase().includes(w)))
    .map((e) => e.id);
}

const ids = (entries: Array<{ id: string }>) => entries.map((e) => e.id);

describe('FilterScan: filters the server applies', () => {
  it('pages through the server directly and takes the total from the count', async () => {
    const raw = makeEntries(250);
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ user: 'reader' }));
    const page = await scan.page(25, 25);
    const want = expected(raw, f({ user: 'reader' }));
    expect(ids(page.entries)).to.deep.equal(want.slice(25, 50));
    expect(page.total).to.equal(want.length);
    expect(page.totalExact).to.equal(true);
    expect(source.log.map((c) => c.kind).sort()).to.deep.equal(['count', 'entries']);
    expect(source.log.find((c) => c.kind === 'entries')!.query).to.include({ offset: 25, limit: 25, user: 'reader' });
  });

  it('sends date range and text to a source that filters them itself, and scans nothing', async () => {
    const raw = makeEntries(300);
    const source = memorySource(raw, { filters: { dateRange: true, text: true } });
    const scan = new FilterScan(source, f({ dateFrom: '2024-06-25', dateTo: '2024-06-28', search: 'newsletter' }));
    expect(scan.clientSide).to.equal(false);
    const page = await scan.page(0, 10);
    expect(page.totalExact).to.equal(true);
    const query = source.log.find((c) => c.kind === 'entries')!.query;
    expect(query.text).to.equal('newsletter');
    expect(query.from).to.equal(new Date(2024, 5, 25).toISOString());
    expect(query.to).to.equal(new Date(2024, 5, 29).toISOString());
    expect(source.log).to.have.length(2);
  });

  it('rejects a reversed date range without asking the server', async () => {
    const source = memorySource(makeEntries(10));
    const scan = new FilterScan(source, f({ dateFrom: '2024-06-30', dateTo: '2024-06-01' }));
    expect(english.text(scan.invalid)).to.equal('The start date is after the end date.');
    const page = await scan.page(0, 25);
    expect(page.entries).to.deep.equal([]);
    expect(source.log).to.have.length(0);
  });
});

describe('FilterScan: date range over newest-first pages', () => {
  const raw = makeEntries(3000, { stepMs: 37 * 60_000 }); // about 77 days, every 37 minutes
  const ranges: Array<[string, string]> = [
    ['2024-06-30', '2024-06-30'],
    ['2024-06-01', '2024-06-10'],
    ['2024-04-15', ''],
    ['', '2024-05-01'],
    ['2024-04-14', '2024-04-16'],
    ['2024-07-05', '2024-07-09'],
    ['2023-01-01', '2023-12-31'],
  ];

  for (const [from, to] of ranges) {
    it(`finds exactly the entries from ${from || 'the start'} to ${to || 'now'}, with an exact total`, async () => {
      const source = memorySource(raw, { bulk: true });
      const scan = new FilterScan(source, f({ dateFrom: from, dateTo: to }));
      const want = expected(raw, f({ dateFrom: from, dateTo: to }));
      const first = await scan.page(0, 25);
      expect(first.total).to.equal(want.length);
      expect(first.totalExact).to.equal(true);
      expect(ids(first.entries)).to.deep.equal(want.slice(0, 25));
      if (want.length > 100) {
        const later = await scan.page(want.length - 30, 25);
        expect(ids(later.entries)).to.deep.equal(want.slice(want.length - 30, want.length - 5));
      }
    });
  }

  it('finds the ends of a range in a handful of round trips, without reading the entries between', async () => {
    const source = memorySource(raw, { bulk: true });
    const scan = new FilterScan(source, f({ dateFrom: '2024-05-01', dateTo: '2024-05-20' }));
    const page = await scan.page(0, 25);
    expect(page.total).to.equal(expected(raw, f({ dateFrom: '2024-05-01', dateTo: '2024-05-20' })).length);
    // One count, the first chunk and a few bulk probe rounds per end, then the page itself.
    expect(source.log.length).to.be.at.most(16);
    const read = source.log.filter((c) => c.kind === 'entries').reduce((n, c) => n + (c.query.limit ?? 0), 0);
    expect(read).to.be.below(3000 / 4);
  });

  it('probes with parallel requests when the source has no bulk call', async () => {
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ dateFrom: '2024-05-01', dateTo: '2024-05-20' }));
    const page = await scan.page(0, 25);
    expect(page.total).to.equal(expected(raw, f({ dateFrom: '2024-05-01', dateTo: '2024-05-20' })).length);
    expect(source.log.some((c) => c.kind === 'many')).to.equal(false);
  });

  it('puts an entry at local midnight on the day it starts, at both ends of a range', async () => {
    const midnight = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
    const at = [midnight(2024, 6, 21), midnight(2024, 6, 21) - 1000, midnight(2024, 6, 20), midnight(2024, 6, 20) - 1000, midnight(2024, 6, 19)];
    const exact: RawEntry[] = at.map((ms, i) => ({ id: String(10 - i), user_login: 'a', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: utc(ms), description: 'x' }));
    // Many older entries so the ends are found by probing, not only in the first chunk.
    const raw = [...exact, ...makeEntries(500, { newest: midnight(2024, 6, 19) - 60_000, stepMs: 600_000 })];
    for (const bulk of [true, false]) {
      const page = await new FilterScan(memorySource(raw, { bulk }), f({ dateFrom: '2024-06-20', dateTo: '2024-06-20' })).page(0, 10);
      expect(ids(page.entries)).to.deep.equal(['9', '8']);
      const before = await new FilterScan(memorySource(raw, { bulk }), f({ dateTo: '2024-06-19' })).page(0, 2);
      expect(ids(before.entries)).to.deep.equal(['7', '6']);
    }
  });

  it('leaves out entries without a valid datetime when a date range is set', async () => {
    const odd = makeEntries(20);
    odd[5]!.datetime = 'yesterday';
    const source = memorySource(odd);
    const scan = new FilterScan(source, f({ dateFrom: '2024-01-01' }));
    const page = await scan.page(0, 50);
    expect(ids(page.entries)).not.to.include(odd[5]!.id);
  });
});

describe('FilterScan: text search over newest-first pages', () => {
  const raw = makeEntries(3000);
  const matchesIn = (n: number) => raw.slice(0, n).filter((_, i) => i % 7 === 3).length;

  it('reads only the chunks the page needs', async () => {
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ search: 'Newsletter' }));
    const page = await scan.page(0, 25);
    expect(ids(page.entries)).to.deep.equal(expected(raw, f({ search: 'newsletter' })).slice(0, 25));
    const reads = source.log.filter((c) => c.kind === 'entries');
    expect(reads.map((c) => c.query.offset)).to.deep.equal([0, 100]);
    expect(page.totalExact).to.equal(false);
    expect(page.total).to.be.at.least(26);
    expect(scan.counting).to.equal(true);
  });

  it('then counts on to an exact total', async () => {
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ search: 'newsletter' }));
    await scan.page(0, 25);
    const counted = await scan.count();
    expect(counted.total).to.equal(expected(raw, f({ search: 'newsletter' })).length);
    expect(counted.totalExact).to.equal(true);
    expect(scan.counting).to.equal(false);
    const last = await scan.page(counted.total - 5, 25);
    expect(last.entries).to.have.length(5);
  });

  it('stops at its bound with a clear state, and goes further when asked', async () => {
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ search: 'newsletter' }), { scanLimit: 500 });
    const first = await scan.count();
    expect(first.totalExact).to.equal(false);
    expect(first.scan).to.deep.equal({ checked: 500, window: 3000, complete: false, bounded: true });
    expect(first.total).to.equal(matchesIn(500));
    expect(scan.counting).to.equal(false);
    scan.extend();
    const second = await scan.count();
    expect(second.scan!.checked).to.equal(1000);
    expect(second.total).to.equal(matchesIn(1000));
  });

  it('combines user, type, date range and text', async () => {
    const filters = f({ user: 'admin', activityType: 'ActivityLog/GoalAdded', dateFrom: '2024-02-01', dateTo: '2024-05-31', search: 'newsletter sign-up' });
    const source = memorySource(raw, { bulk: true });
    const scan = new FilterScan(source, filters);
    const want = expected(raw, filters);
    expect(want.length).to.be.greaterThan(3);
    const counted = await scan.count();
    expect(counted.total).to.equal(want.length);
    const page = await scan.page(0, 100);
    expect(ids(page.entries)).to.deep.equal(want);
    for (const c of source.log) {
      if (c.kind !== 'many') expect(c.query).to.include({ user: 'admin', type: 'ActivityLog/GoalAdded' });
    }
  });

  it('never reads a chunk twice when a page and the count run at once', async () => {
    const source = memorySource(raw, { delay: 2 });
    const scan = new FilterScan(source, f({ search: 'newsletter' }));
    const [page] = await Promise.all([scan.page(0, 25), scan.count(), scan.page(25, 25)]);
    expect(page.entries).to.have.length(25);
    const offsets = source.log.filter((c) => c.kind === 'entries').map((c) => c.query.offset);
    expect(new Set(offsets).size).to.equal(offsets.length);
  });

  it("an aborted caller does not break another caller's page", async () => {
    const source = memorySource(raw, { delay: 5 });
    const scan = new FilterScan(source, f({ search: 'newsletter' }));
    const controller = new AbortController();
    const aborted = scan.page(200, 25, controller.signal).catch((e: Error) => e);
    const other = scan.page(0, 25);
    setTimeout(() => controller.abort(), 12);
    expect(((await aborted) as Error).name).to.equal('AbortError');
    const page = await other;
    expect(ids(page.entries)).to.deep.equal(expected(raw, f({ search: 'newsletter' })).slice(0, 25));
  });
});

describe('FilterScan: every matching entry, for exports', () => {
  it('reads the whole filtered view in chunks, with progress', async () => {
    const raw = makeEntries(1234);
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ activityType: 'ActivityLog/GoalAdded' }));
    const progress: Array<[number, number]> = [];
    const all = await scan.all(undefined, (done, of) => progress.push([done, of]));
    expect(ids(all)).to.deep.equal(expected(raw, f({ activityType: 'ActivityLog/GoalAdded' })));
    expect(progress.at(-1)).to.deep.equal([all.length, all.length]);
    expect(progress.map((p) => p[0])).to.deep.equal([...progress.map((p) => p[0])].sort((a, b) => a - b));
    // Pages of 100, the first of a round trip one longer: it starts on the last entry read.
    for (const c of source.log.filter((c) => c.kind === 'entries')) expect(c.query.limit).to.be.at.most(101);
  });

  it('exports a text search beyond its bound', async () => {
    const raw = makeEntries(1500);
    const scan = new FilterScan(memorySource(raw), f({ search: 'newsletter' }), { scanLimit: 200 });
    const all = await scan.all();
    expect(ids(all)).to.deep.equal(expected(raw, f({ search: 'newsletter' })));
  });

  it('does not repeat an entry when new activities shift the pages during the export', async () => {
    const raw = makeEntries(300);
    const source = memorySource(raw, { delay: 1 });
    const scan = new FilterScan(source, NONE);
    let shifted = false;
    const all = await scan.all(undefined, (done) => {
      if (done >= 100 && !shifted) {
        shifted = true;
        source.prepend(makeEntries(3, { firstId: 9003, newest: Date.UTC(2024, 6, 1) }));
      }
    });
    expect(new Set(ids(all)).size).to.equal(all.length);
    expect(ids(all)).to.include.members(raw.map((e) => e.id));
  });
});

describe('FilterScan: new activities', () => {
  const newer = (n: number, extra: Partial<RawEntry> = {}) =>
    Array.from({ length: n }, (_, i) => ({ ...makeEntries(1, { firstId: 10_000 + n - i, newest: Date.UTC(2024, 6, 2, 12) - i * 60_000 })[0]!, ...extra }));

  it('finds them with one count request and fetches only the new ones', async () => {
    const raw = makeEntries(200);
    const source = memorySource(raw);
    const scan = new FilterScan(source, NONE);
    await scan.page(0, 25);
    source.log.length = 0;
    expect(await scan.checkForNew()).to.deep.equal({ added: [], reset: false });
    expect(source.log.map((c) => c.kind)).to.deep.equal(['count']);
    source.prepend(newer(3));
    source.log.length = 0;
    const { added, reset } = await scan.checkForNew();
    expect(reset).to.equal(false);
    expect(ids(added)).to.deep.equal(['10003', '10002', '10001']);
    expect(source.log.find((c) => c.kind === 'entries')!.query).to.include({ offset: 0, limit: 3 });
  });

  it('asks to start again when too many arrived to follow', async () => {
    const source = memorySource(makeEntries(50));
    const scan = new FilterScan(source, NONE);
    await scan.page(0, 25);
    source.prepend(newer(150));
    expect((await scan.checkForNew()).reset).to.equal(true);
  });

  it('keeps a text search in place: the matches already found stay at their positions after the new ones', async () => {
    const raw = makeEntries(700);
    const source = memorySource(raw);
    const scan = new FilterScan(source, f({ search: 'newsletter' }));
    const before = await scan.page(25, 25);
    const fresh = newer(5);
    fresh[1]!.description = 'renamed the newsletter';
    fresh[3]!.description = 'newsletter again';
    source.prepend(fresh);
    const { added } = await scan.checkForNew();
    expect(ids(added)).to.deep.equal([fresh[1]!.id, fresh[3]!.id]);
    const after = await scan.page(27, 25);
    expect(ids(after.entries)).to.deep.equal(ids(before.entries));
    const top = await scan.page(0, 3);
    expect(ids(top.entries).slice(0, 2)).to.deep.equal([fresh[1]!.id, fresh[3]!.id]);
    const counted = await scan.count();
    expect(counted.total).to.equal(expected([...fresh, ...raw], f({ search: 'newsletter' })).length);
  });

  it('keeps a date range in place when the new activities fall outside it', async () => {
    const raw = makeEntries(600);
    const source = memorySource(raw, { bulk: true });
    const filters = f({ dateFrom: '2024-06-10', dateTo: '2024-06-20' });
    const scan = new FilterScan(source, filters);
    const before = await scan.page(0, 25);
    source.prepend(newer(4));
    const { added } = await scan.checkForNew();
    expect(added).to.deep.equal([]);
    const after = await scan.page(0, 25);
    expect(ids(after.entries)).to.deep.equal(ids(before.entries));
    expect(after.total).to.equal(expected(raw, filters).length);
  });
});

describe('FilterScan: a browser west of UTC (America/Los_Angeles)', () => {
  before(() => executeServerCommand('set-timezone', { timezoneId: 'America/Los_Angeles' }));
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  it('reads date ranges as local days', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    const raw: RawEntry[] = [
      { id: '3', user_login: 'a', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-10 09:00:00', description: 'x' }, // 01:00 on the 10th in LA
      { id: '2', user_login: 'a', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-10 02:30:00', description: 'x' }, // 18:30 on the 9th in LA
      { id: '1', user_login: 'a', type: 'ActivityLog/UserSignedIn', parameters: [], datetime: '2024-03-09 07:59:59', description: 'x' }, // 23:59:59 on the 8th in LA
    ];
    const ninth = await new FilterScan(memorySource(raw), f({ dateFrom: '2024-03-09', dateTo: '2024-03-09' })).page(0, 10);
    expect(ids(ninth.entries)).to.deep.equal(['2']);
    const tenth = await new FilterScan(memorySource(raw), f({ dateFrom: '2024-03-10', dateTo: '2024-03-10' })).page(0, 10);
    expect(ids(tenth.entries)).to.deep.equal(['3']);
    expect(toEntries(raw)[1]!.datetime!.toISOString()).to.equal('2024-03-10T02:30:00.000Z');
    expect(utc(Date.UTC(2024, 2, 10, 2, 30))).to.equal('2024-03-10 02:30:00');
  });
});

describe('FilterScan: a source that filters whole UTC days (Matomo Activity Log 5.1)', () => {
  // 300 entries, one every 3 hours back from 2024-06-30 12:00 UTC.
  const raw = makeEntries(300, { stepMs: 3 * 3_600_000 });
  const range = f({ dateFrom: '2024-06-20', dateTo: '2024-06-22' });

  describe('in a browser in UTC', () => {
    before(() => executeServerCommand('set-timezone', { timezoneId: 'UTC' }));
    after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

    it('costs one count and one page: the days are the range', async () => {
      const source = memorySource(raw, { days: true });
      const page = await new FilterScan(source, range).page(5, 10);
      const want = expected(raw, range);
      expect(ids(page.entries)).to.deep.equal(want.slice(5, 15));
      expect(page).to.include({ total: want.length, totalExact: true });
      expect(source.log.map((c) => c.kind)).to.deep.equal(['count-days', 'entries']);
      expect(source.log[0]!.query.days).to.deep.equal({ from: '2024-06-20', to: '2024-06-22' });
      expect(source.log[1]!.query).to.deep.include({ offset: 5, limit: 10, days: { from: '2024-06-20', to: '2024-06-22' } });
    });

    it('text search and export read only inside the days', async () => {
      const source = memorySource(raw, { days: true });
      const scan = new FilterScan(source, { ...range, search: 'newsletter' });
      const page = await scan.page(0, 5);
      expect(ids(page.entries)).to.deep.equal(expected(raw, { ...range, search: 'newsletter' }).slice(0, 5));
      expect(ids(await new FilterScan(source, range).all())).to.deep.equal(expected(raw, range));
      for (const call of source.log.filter((c) => c.kind === 'entries')) expect(call.query.days).to.deep.equal({ from: '2024-06-20', to: '2024-06-22' });
    });
  });

  describe('in a browser west of UTC (America/Los_Angeles)', () => {
    before(() => executeServerCommand('set-timezone', { timezoneId: 'America/Los_Angeles' }));
    after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

    it('asks for the UTC days around the local range, then finds its ends inside them', async () => {
      const source = memorySource(raw, { days: true });
      const scan = new FilterScan(source, range);
      const page = await scan.page(0, 100);
      expect(ids(page.entries)).to.deep.equal(expected(raw, range));
      expect(page.totalExact).to.equal(true);
      // Local 20–22 June is 20 June 07:00 UTC to 23 June 07:00 UTC.
      expect(source.log[0]).to.deep.include({ kind: 'count-days' });
      expect(source.log[0]!.query.days).to.deep.equal({ from: '2024-06-20', to: '2024-06-23' });
      for (const call of source.log.filter((c) => c.kind === 'entries')) expect(call.query.days).to.deep.equal({ from: '2024-06-20', to: '2024-06-23' });
    });
  });

  it('falls back to the newest-first search when the server does not filter days (5.0)', async () => {
    const source = memorySource(raw, { days: false });
    const page = await new FilterScan(source, range).page(0, 100);
    expect(ids(page.entries)).to.deep.equal(expected(raw, range));
    expect(source.log[0]!.kind).to.equal('count-days');
    expect(source.log.slice(1).every((c) => c.query.days === undefined)).to.equal(true);
  });

  it('reads the days around a range as a source takes them', () => {
    const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
    const now = day('2024-07-01') + 3_600_000;
    expect(serverDays(day('2024-06-20'), day('2024-06-23'), now)).to.deep.equal({ days: { from: '2024-06-20', to: '2024-06-22' }, exact: true });
    expect(serverDays(day('2024-06-20') + 7 * 3_600_000, day('2024-06-23') + 7 * 3_600_000, now)).to.deep.equal({ days: { from: '2024-06-20', to: '2024-06-23' }, exact: false });
    // Open ends, and an end after now, are open: nothing is later than now.
    expect(serverDays(undefined, undefined, now)).to.deep.equal({ days: { from: '', to: '' }, exact: true });
    expect(serverDays(day('2024-06-30') - 3_600_000, day('2024-07-02'), now)).to.deep.equal({ days: { from: '2024-06-29', to: '' }, exact: false });
    // A range that starts after now has nothing to ask for.
    expect(serverDays(day('2024-07-02'), undefined, now)).to.equal(undefined);
  });
});

describe('FilterScan: a text search in the reader’s language', () => {
  it('finds the type names and detail labels the rows show in each language the page speaks, and the English ones still', async () => {
    const raw = makeEntries(20);
    const goals = raw.filter((e) => e.type === 'ActivityLog/GoalAdded').map((e) => e.id);
    expect(goals.length).to.be.greaterThan(1);
    const search = async (text: string) => ids((await new FilterScan(memorySource(raw), f({ search: text })).page(0, 100)).entries);
    // "Ziel hinzugefügt" is "Goal added" in German: nothing, until the page speaks German.
    expect(await search('ziel hinzugefugt')).to.deep.equal([]);
    await languageReady('de');
    expect(await search('ziel hinzugefugt')).to.deep.equal(goals);
    expect(await search('goal added')).to.deep.equal(goals);
  });
});
