import type { ActivityEntry } from '../api/activity-source.js';

// Failed sign-ins read across a page, the way an investigator reads them: a burst against one
// account, or one address trying many logins, is one story, told on its newest row. No words
// here: sign-in-marks.ts says it in the reader's language.

/** The types of rows about signing in (their marks say where they came from). */
export const SIGN_IN_TYPES: ReadonlySet<string> = new Set(
  ['UserSignedIn', 'UserSignInFailed', 'UserSignedOff', 'PasswordResetInitiated', 'PasswordResetConfirmed', 'PasswordResetCancelled'].map((name) => `ActivityLog/${name}`),
);

const FAILED = 'ActivityLog/UserSignInFailed';
const SIGNED_IN = 'ActivityLog/UserSignedIn';

/** Two failures further apart than this are two stories, even with nothing between them on the page. */
export const GROUP_GAP_MS = 60 * 60_000;
/** How long after the last failure a sign-in still "followed" it. */
export const FOLLOW_MS = 3 * 60 * 60_000;
/** From this many failures on, a sign-in from the same address right after them is suspicious too (a guessed password). */
export const BURST = 5;

/** Failed sign-ins told as one story. */
export interface SignInGroup {
  /** Its key: the id of its oldest failure (it stays while newer failures join on a live page). */
  key: string;
  /** Its failures, newest first, as on the page. */
  entries: readonly ActivityEntry[];
  /** The logins tried, each once, newest first. */
  logins: readonly string[];
  /** The addresses tried from, each once, newest first ('' for an entry without one). */
  ips: readonly string[];
  /** The instants of its newest and oldest failure, when both have one. */
  newest: Date | null;
  oldest: Date | null;
  /** The sign-in that followed (the nearest newer one of a login tried, from any address for an account's failures, from the same address otherwise), if any. */
  then?: ActivityEntry | undefined;
  /** Why that sign-in is suspicious: from an address none of the failures came from, or from the same one after a burst. */
  suspicious?: 'other-address' | 'after-burst' | undefined;
}

/** A row's place in the page's groups. */
export interface GroupPlace {
  group: SignInGroup;
  /** Whether the row carries the group's story (its newest failure): the others fold into it. */
  head: boolean;
}

const pages = new WeakMap<readonly ActivityEntry[], Map<string, GroupPlace>>();

/** The place in a group of each failed sign-in of `page` that is in a group of two or more, by entry id (computed once per page array). */
export function signInGroups(page: readonly ActivityEntry[]): ReadonlyMap<string, GroupPlace> {
  let places = pages.get(page);
  if (!places) {
    places = new Map();
    for (const group of findGroups(page)) group.entries.forEach((entry, i) => places!.set(entry.id, { group, head: i === 0 }));
    pages.set(page, places);
  }
  return places;
}

/** The address an entry came from, or '' (Matomo records 0.0.0.0 where it has none). */
export function entryIp(entry: ActivityEntry): string {
  const ip = typeof entry.ip === 'string' ? entry.ip.trim() : '';
  return ip === '0.0.0.0' ? '' : ip;
}

function findGroups(page: readonly ActivityEntry[]): SignInGroup[] {
  const groups: SignInGroup[] = [];
  let run: ActivityEntry[] = [];
  let start = 0;
  const close = () => {
    if (run.length > 1) groups.push(toGroup(run, page, start));
    run = [];
  };
  page.forEach((entry, i) => {
    if (entry.type !== FAILED) return close();
    if (run.length && !joins(run, entry)) close();
    if (!run.length) start = i;
    run.push(entry);
  });
  close();
  return groups;
}

/** Whether `entry` (the next older failure) continues `run`: close in time, and the same login for all, or the same address for all. */
function joins(run: readonly ActivityEntry[], entry: ActivityEntry): boolean {
  const last = run[run.length - 1]!;
  if (last.datetime && entry.datetime && last.datetime.getTime() - entry.datetime.getTime() > GROUP_GAP_MS) return false;
  const first = run[0]!;
  const sameLogin = run.every((e) => e.userLogin === first.userLogin) && entry.userLogin === first.userLogin;
  const ip = entryIp(first);
  const sameIp = ip !== '' && run.every((e) => entryIp(e) === ip) && entryIp(entry) === ip;
  return sameLogin || sameIp;
}

function toGroup(entries: ActivityEntry[], page: readonly ActivityEntry[], start: number): SignInGroup {
  const logins = [...new Set(entries.map((e) => e.userLogin))];
  const ips = [...new Set(entries.map(entryIp))];
  const newest = entries[0]!.datetime;
  const oldest = entries[entries.length - 1]!.datetime;
  const group: SignInGroup = { key: entries[entries.length - 1]!.id, entries, logins, ips, newest: newest && oldest ? newest : null, oldest: newest && oldest ? oldest : null };
  if (!newest) return group;
  // The nearest newer sign-in: walk up the page from the group's newest row.
  const accountOnly = logins.length === 1;
  for (let i = start - 1; i >= 0; i--) {
    const e = page[i]!;
    if (!e.datetime || e.datetime.getTime() - newest.getTime() > FOLLOW_MS) {
      if (e.datetime) break;
      continue;
    }
    if (e.type !== SIGNED_IN || !logins.includes(e.userLogin)) continue;
    if (!accountOnly && !ips.includes(entryIp(e))) continue;
    group.then = e;
    const ip = entryIp(e);
    group.suspicious = ip && !ips.includes(ip) ? 'other-address' : entries.length >= BURST ? 'after-burst' : undefined;
    break;
  }
  return group;
}
