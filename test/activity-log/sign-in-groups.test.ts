/** sign-in-groups.ts: failed sign-ins read across a page into groups, and the sign-in that followed each. */
import { expect } from '@open-wc/testing';
import { signInGroups, entryIp, type SignInGroup } from '../../src/activity-log/sign-in-groups.js';
import { toEntries, type ActivityEntry } from '../../src/api/activity-source.js';
import { utc } from './fake-matomo.js';

const T0 = Date.UTC(2026, 11, 5, 2, 0, 0);
const MIN = 60_000;

interface Row {
  login: string;
  ip?: unknown;
  /** Minutes after T0; null for no datetime. */
  at: number | null;
  ok?: boolean;
  type?: string;
}

/** A page, newest first, from rows given newest first; ids count down from 100. */
function page(rows: Row[]): ActivityEntry[] {
  return toEntries(
    rows.map((r, i) => ({
      id: String(100 - i),
      user_login: r.login,
      type: r.type ?? (r.ok ? 'ActivityLog/UserSignedIn' : 'ActivityLog/UserSignInFailed'),
      parameters: [],
      datetime: r.at === null ? null : utc(T0 + r.at * MIN),
      description: r.ok ? 'logged in' : 'failed to log in',
      ip: r.ip,
    })),
  );
}

/** The groups of a page, each as its ids, newest first. */
function groups(entries: ActivityEntry[]): SignInGroup[] {
  const found = new Set<SignInGroup>();
  for (const place of signInGroups(entries).values()) found.add(place.group);
  return [...found];
}
const ids = (g: SignInGroup) => g.entries.map((e) => e.id);

describe('sign-in-groups.ts', () => {
  it('groups consecutive failures of one login from one address, with the sign-in that followed from elsewhere (suspicious)', () => {
    const entries = page([
      { login: 'admin', ip: '192.0.2.66', at: 10, ok: true },
      ...Array.from({ length: 6 }, (_, i) => ({ login: 'admin', ip: '203.0.113.7', at: 6 - i })),
    ]);
    const [g, ...more] = groups(entries);
    expect(more).to.deep.equal([]);
    expect(ids(g!)).to.deep.equal(['99', '98', '97', '96', '95', '94']);
    expect(g!.key).to.equal('94');
    expect(g!.logins).to.deep.equal(['admin']);
    expect(g!.ips).to.deep.equal(['203.0.113.7']);
    expect(g!.oldest!.getTime()).to.equal(T0 + MIN);
    expect(g!.newest!.getTime()).to.equal(T0 + 6 * MIN);
    expect(g!.then?.id).to.equal('100');
    expect(g!.suspicious).to.equal('other-address');
    expect(signInGroups(entries).get('99')!.head).to.equal(true);
    expect(signInGroups(entries).get('94')!.head).to.equal(false);
    // Once per page array.
    expect(signInGroups(entries)).to.equal(signInGroups(entries));
  });

  it('groups by login across addresses, or by address across logins; a run that shares neither splits', () => {
    const entries = page([
      { login: 'root', ip: '198.51.100.144', at: 50 },
      { login: 'test', ip: '198.51.100.144', at: 40 },
      { login: 'admin', ip: '198.51.100.144', at: 30 },
      { login: 'admin', ip: '192.0.2.1', at: 20 },
      { login: 'admin', ip: '192.0.2.2', at: 10 },
      { login: 'admin', ip: '192.0.2.3', at: 0 },
    ]);
    const found = groups(entries);
    expect(found.map(ids)).to.deep.equal([
      ['100', '99', '98'],
      ['97', '96', '95'],
    ]);
    expect(found[0]!.logins).to.deep.equal(['root', 'test', 'admin']);
    expect(found[1]!.ips).to.deep.equal(['192.0.2.1', '192.0.2.2', '192.0.2.3']);
  });

  it('ends a group at another activity, or at a gap of more than an hour; a single failure is no group', () => {
    const entries = page([
      { login: 'admin', ip: '192.0.2.1', at: 200 },
      { login: 'admin', ip: '192.0.2.1', at: 199 },
      { login: 'admin', ip: '192.0.2.1', at: 100 },
      { login: 'admin', ip: '192.0.2.1', at: 99 },
      { login: 'admin', ip: '192.0.2.1', at: 98, type: 'ActivityLog/UserSignedOff' },
      { login: 'admin', ip: '192.0.2.1', at: 97 },
    ]);
    expect(groups(entries).map(ids)).to.deep.equal([
      ['100', '99'],
      ['98', '97'],
    ]);
    expect(signInGroups(entries).has('95')).to.equal(false);
    expect(signInGroups(entries).has('96')).to.equal(false);
  });

  it('takes a sign-in from the same address after a few failures as ordinary, after a burst as suspicious, and none hours later', () => {
    const few = page([{ login: 'sophie', ip: '192.0.2.9', at: 3, ok: true }, { login: 'sophie', ip: '192.0.2.9', at: 1 }, { login: 'sophie', ip: '192.0.2.9', at: 0 }]);
    expect(groups(few)[0]!.then?.id).to.equal('100');
    expect(groups(few)[0]!.suspicious).to.equal(undefined);
    const burst = page([{ login: 'sophie', ip: '192.0.2.9', at: 9, ok: true }, ...Array.from({ length: 5 }, (_, i) => ({ login: 'sophie', ip: '192.0.2.9', at: 4 - i }))]);
    expect(groups(burst)[0]!.suspicious).to.equal('after-burst');
    const later = page([{ login: 'sophie', ip: '192.0.2.9', at: 4 * 60, ok: true }, { login: 'sophie', ip: '192.0.2.9', at: 1 }, { login: 'sophie', ip: '192.0.2.9', at: 0 }]);
    expect(groups(later)[0]!.then).to.equal(undefined);
  });

  it('follows an address trying many logins only with a sign-in from that address', () => {
    const elsewhere = page([{ login: 'root', ip: '192.0.2.50', at: 5, ok: true }, { login: 'root', ip: '198.51.100.144', at: 1 }, { login: 'test', ip: '198.51.100.144', at: 0 }]);
    expect(groups(elsewhere)[0]!.then).to.equal(undefined);
    const same = page([{ login: 'test', ip: '198.51.100.144', at: 5, ok: true }, { login: 'root', ip: '198.51.100.144', at: 1 }, { login: 'test', ip: '198.51.100.144', at: 0 }]);
    expect(groups(same)[0]!.then?.userLogin).to.equal('test');
  });

  it('copes with hostile and missing values: __proto__ logins, odd addresses, no datetimes', () => {
    const entries = page([
      { login: '__proto__', ip: '<img src=x onerror=alert(1)>', at: null },
      { login: '__proto__', ip: 12345, at: null },
      { login: 'constructor', at: 3 },
      { login: 'constructor', ip: '0.0.0.0', at: 2 },
    ]);
    const found = groups(entries);
    expect(found.map(ids)).to.deep.equal([
      ['100', '99'],
      ['98', '97'],
    ]);
    expect(found[0]!.ips).to.deep.equal(['<img src=x onerror=alert(1)>', '12345']);
    expect(found[0]!.newest).to.equal(null);
    expect(found[1]!.ips).to.deep.equal(['']);
    expect(entryIp(entries[3]!)).to.equal('');
  });
});
