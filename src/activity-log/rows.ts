import type { ActivityEntry } from '../api/activity-source.js';
import { activityType, catalogueVersion, type ActivityTypeInfo } from './activity-types.js';
import { avatarColour, initials, SYSTEM_USERS } from './avatar.js';
import { describeParameters, type ActivityDetail } from './parameters.js';
import { currentTimeZone, exactTime } from './time.js';

/** An entry prepared for display: everything a row shows, computed once per entry. */
export interface ActivityRow {
  entry: ActivityEntry;
  key: string;
  /** The login as shown ("unknown user" when the server sent none). */
  who: string;
  /** For Matomo's system performers: what they are ("system", "command line", "not signed in"). */
  whoNote: string;
  type: ActivityTypeInfo;
  /** What happened, without the actor. */
  description: string;
  details: ActivityDetail[];
  /** `details` as one line of text. */
  detailsText: string;
  /** ISO 8601 instant ('' when the server's datetime was missing or invalid). */
  iso: string;
  /** The exact local date and time ('' when unknown). */
  exact: string;
  initials: string;
  colour: number;
}

const rows = new WeakMap<ActivityEntry, { stamp: string; row: ActivityRow }>();

/** The row for an entry (cached per entry, locale, time zone and catalogue version). */
export function toRow(entry: ActivityEntry, locale: string, timeZone: string = currentTimeZone()): ActivityRow {
  const stamp = `${locale}|${timeZone}|${catalogueVersion()}`;
  const cached = rows.get(entry);
  if (cached && cached.stamp === stamp) return cached.row;
  const type = activityType(entry.type);
  const details = describeParameters(entry.parameters);
  const login = entry.userLogin.trim();
  const row: ActivityRow = {
    entry,
    key: entry.id,
    who: login || 'unknown user',
    whoNote: SYSTEM_USERS[login] ?? '',
    type,
    description: describeEntry(entry, type),
    details,
    detailsText: details.map((d) => `${d.label}: ${d.value}`).join('; '),
    iso: entry.datetime ? entry.datetime.toISOString() : '',
    exact: entry.datetime ? exactTime(entry.datetime, locale, timeZone) : '',
    initials: initials(login),
    colour: avatarColour(login),
  };
  rows.set(entry, { stamp, row });
  return row;
}

/** The description: the type's own `describe`, else the server's text, else the type's label. */
export function describeEntry(entry: ActivityEntry, type: ActivityTypeInfo = activityType(entry.type)): string {
  let own: string | undefined;
  try {
    own = type.describe?.(entry);
  } catch {
    own = undefined; // a developer's describe() that throws must not break the list
  }
  const text = typeof own === 'string' && own.trim() ? own : entry.description.trim();
  return text || type.label;
}
