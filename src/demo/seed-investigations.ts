import { MATOMO_USERS, SUPER_USER_LOGIN } from './accounts.js';
import { SITE_DIRECTORY } from './seed-visits.js';

/**
 * The demo trail's investigations: fixed stories told among the random entries, so that what an
 * investigator looks for is there in `npm start` and Storybook. Each is placed at a fixed time of
 * a day counted back from the demo's clock (UTC), so the same `now` gives the same trail:
 *
 * - a brute-force burst: 14 failed sign-ins for `admin` from 203.0.113.7 in under 4 minutes, two
 *   days ago from 02:11, then a successful sign-in for `admin` from another address (192.0.2.66);
 * - a slower run against several logins from 198.51.100.144, five days ago, one try every 11 to 16 minutes;
 * - overwrites: tomasz.nowak changes the goal "PDF download" (site 3) 6 minutes after priya.nair
 *   did, nine days ago; admin updates the settings of site 1 42 minutes after sophie.martin did,
 *   four days ago;
 * - long histories: that goal changed 12 times over about ten months, site 2 changed 11 times over
 *   about 16 months, the segment "Returning customers" changed 11 times over about 14 months.
 *
 * Sign-in rows carry what the Activity Log plugin records for them (recorded against a real
 * Matomo 5.1.2): no parameters (`[]`), the login that was tried as `user_login`, the IP and its
 * country.
 */
export interface ScriptedEntry {
  /** The instant (ms since the epoch). */
  at: number;
  user_login: string;
  /** The full type id (`ActivityLog/UserSignInFailed`). */
  type: string;
  parameters: Record<string, unknown> | [];
  description: string;
  /** Where it came from; a demo user's own place when not given. */
  place?: { country: string; ip: string };
}

/** The burst's address, the address the account was then entered from, and the slower run's. */
export const BURST_IP = '203.0.113.7';
export const BREAK_IN_IP = '192.0.2.66';
export const SLOW_RUN_IP = '198.51.100.144';
/** Their countries (as the plugin's geolocation would give them). */
export const INVESTIGATION_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['sg', 'Singapore'],
  ['ro', 'Romania'],
  ['ca', 'Canada'],
]);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const site = (id: number) => {
  const s = SITE_DIRECTORY.find((x) => x.idsite === id)!;
  return { type: 'measurable', data: { id: s.idsite, type: 'website', name: s.name, urls: [s.main_url] } };
};

/** The goal with a long history and an overwrite: "PDF download" of site 3, goal 1. */
const goal = (revenue: number | false) => ({ items: [{ type: 'goal', data: { id: 1, name: 'PDF download', revenue } }, site(3)] });

/** The segment with a long history: its definition refined over the months. */
const SEGMENT_DEFINITIONS = [
  'visitorType==returningCustomer',
  'visitorType==returningCustomer;visitCount>=2',
  'visitorType==returningCustomer;visitCount>=3',
  'visitorType==returningCustomer;visitCount>=3;deviceType!=bot',
];
const segment = (definition: string) => ({ items: [{ type: 'segment', data: { id: 1, name: 'Returning customers', definition } }] });

const signIn = (at: number, login: string, failed: boolean, place: { country: string; ip: string }): ScriptedEntry => ({
  at,
  user_login: login,
  type: failed ? 'ActivityLog/UserSignInFailed' : 'ActivityLog/UserSignedIn',
  parameters: [],
  description: failed ? 'failed to log in' : 'logged in',
  place,
});

/** Every scripted entry for the demo clock `now`, in no particular order. */
export function investigationEntries(now: number): ScriptedEntry[] {
  const day = (daysAgo: number, hours: number, minutes: number, seconds = 0) =>
    Math.floor(now / DAY) * DAY - daysAgo * DAY + hours * HOUR + minutes * MINUTE + seconds * 1000;
  const entries: ScriptedEntry[] = [];

  // The burst: 14 failures in 3 min 45 s, then the account entered from elsewhere.
  const burst = { country: 'sg', ip: BURST_IP };
  for (let i = 0; i < 14; i++) entries.push(signIn(day(2, 2, 11, 5 + i * 17), SUPER_USER_LOGIN, true, burst));
  entries.push(signIn(day(2, 2, 15, 31), SUPER_USER_LOGIN, false, { country: 'ro', ip: BREAK_IN_IP }));

  // The slower run: common logins, one try every 11 to 16 minutes.
  const slow = { country: 'ca', ip: SLOW_RUN_IP };
  const tried = ['admin', 'administrator', 'root', 'sophie.martin', 'test', 'reader', 'matomo', 'webmaster', 'admin'];
  let next = day(5, 22, 40, 12);
  for (const [i, login] of tried.entries()) {
    entries.push(signIn(next, login, true, slow));
    next += (11 + ((i * 3) % 5)) * MINUTE + 7000 * (i % 3);
  }

  // The goal's long history, ending with the overwrite.
  const goalChanges: Array<[number, string, number | false]> = [
    [301, 'priya.nair', false], [277, 'tomasz.nowak', 5], [246, 'priya.nair', 5], [218, SUPER_USER_LOGIN, 10],
    [190, 'priya.nair', 10], [163, 'tomasz.nowak', false], [128, 'priya.nair', 49.9], [97, SUPER_USER_LOGIN, 49.9],
    [61, 'tomasz.nowak', 10], [33, 'priya.nair', 10],
  ];
  entries.push({ at: day(320, 9, 12, 44), user_login: 'priya.nair', type: 'ActivityLog/GoalAdded', parameters: goal(false), description: 'added a new goal' });
  goalChanges.forEach(([ago, login, revenue], i) =>
    entries.push({ at: day(ago, 9 + (i % 7), (i * 13) % 60, 20), user_login: login, type: 'ActivityLog/GoalChanged', parameters: goal(revenue), description: 'changed a goal' }),
  );
  entries.push({ at: day(9, 10, 2, 14), user_login: 'priya.nair', type: 'ActivityLog/GoalChanged', parameters: goal(5), description: 'changed a goal' });
  entries.push({ at: day(9, 10, 8, 40), user_login: 'tomasz.nowak', type: 'ActivityLog/GoalChanged', parameters: goal(10), description: 'changed a goal' });

  // Two admins on the same website's settings within the hour.
  entries.push({ at: day(4, 14, 20, 3), user_login: 'sophie.martin', type: 'ActivityLog/MeasurableSettingsUpdated', parameters: { items: [site(1)] }, description: 'updated the settings of a measurable' });
  entries.push({ at: day(4, 15, 2, 47), user_login: SUPER_USER_LOGIN, type: 'ActivityLog/MeasurableSettingsUpdated', parameters: { items: [site(1)] }, description: 'updated the settings of a measurable' });

  // The website's long history.
  [489, 431, 377, 330, 282, 229, 171, 118, 83, 41, 12].forEach((ago, i) => {
    const settings = i % 3 === 1;
    entries.push({
      at: day(ago, 8 + (i % 9), (i * 17) % 60, 9),
      user_login: i % 4 === 3 ? SUPER_USER_LOGIN : 'priya.nair',
      type: settings ? 'ActivityLog/MeasurableSettingsUpdated' : 'ActivityLog/MeasurableChanged',
      parameters: { items: [site(2)] },
      description: settings ? 'updated the settings of a measurable' : 'changed a measurable',
    });
  });

  // The segment's long history.
  entries.push({ at: day(430, 11, 5, 51), user_login: 'sophie.martin', type: 'ActivityLog/SegmentAdded', parameters: segment(SEGMENT_DEFINITIONS[0]!), description: 'added a new segment' });
  [402, 366, 321, 288, 240, 199, 152, 110, 69, 26, 6].forEach((ago, i) =>
    entries.push({
      at: day(ago, 10 + (i % 6), (i * 23) % 60, 37),
      user_login: i % 3 === 2 ? SUPER_USER_LOGIN : 'sophie.martin',
      type: 'ActivityLog/SegmentChanged',
      parameters: segment(SEGMENT_DEFINITIONS[Math.min(SEGMENT_DEFINITIONS.length - 1, Math.floor(i / 3))]!),
      description: 'changed a segment',
    }),
  );
  return entries;
}

/** Where a demo user usually works from. */
export const placeOf = (login: string) => {
  const user = MATOMO_USERS.find((u) => u.login === login);
  return user ? { country: user.country, ip: user.ip } : undefined;
};
