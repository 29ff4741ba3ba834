import type { ActivityEntry } from '../api/activity-source.js';
import type { ActivityTypeInfo } from './activity-types.js';
import { activityType } from './catalogue.js';
import { english, translator, type Translator } from '../core/translate.js';
import { avatarColour, initials, SYSTEM_NOTES } from './avatar.js';
import { describeParameters, type ActivityDetail } from './parameters.js';
import { clip } from './text.js';
import { currentTimeZone, exactTime } from './time.js';

/** An entry prepared for display: everything a row shows, computed once per page shown. */
export interface ActivityRow {
  entry: ActivityEntry;
  key: string;
  /** The login as shown ("unknown user" when the server sent none), cut to 100 characters. */
  who: string;
  /** For Matomo's system performers: what they are ("(system)", "(command line)", "(not signed in)"). */
  whoNote: string;
  type: ActivityTypeInfo;
  /** The type's label and its group's, in the row's language. */
  typeLabel: string;
  groupLabel: string;
  /** What happened, without the actor (the whole text: exports and search use it). */
  description: string;
  /** `description` as the row shows it: one line, at most 500 characters. */
  shownDescription: string;
  /** Whether `description` is the server's (or the type's `describe`), not the type's label from the catalogue. */
  described: boolean;
  details: ActivityDetail[];
  /** `details` as one line of text. */
  detailsText: string;
  /** ISO 8601 instant ('' when the server's datetime was missing or invalid). */
  iso: string;
  /** The exact local date and time ('' when unknown). */
  exact: string;
  initials: string;
  colour: number;
  /** The type's icon as this row shows it (a node of its own for a built-in icon), once rendered. */
  icon?: unknown;
}

/** The most characters a row shows of a login and of a description. */
const MAX_WHO = 100;
const MAX_DESCRIPTION = 500;

/**
 * The row for an entry. Not cached per entry: a cache keyed by entries would keep every row alive
 * as long as anyone (a page keeping load events, an export) holds the entries.
 */
export function toRow(entry: ActivityEntry, locale: string, timeZone: string = currentTimeZone()): ActivityRow {
  const t = translator(locale);
  const type = activityType(entry.type);
  const details = describeParameters(entry.parameters, t);
  const login = entry.userLogin.trim();
  const note = SYSTEM_NOTES.get(login);
  const own = ownDescription(entry, type);
  const description = own || t.text(type.text);
  return {
    entry,
    key: entry.id,
    who: login ? clip(login, MAX_WHO) : t.t('unknown user'),
    // What a system performer is, after its login: "(system)".
    whoNote: note ? t.t('({note})', { note }) : '',
    type,
    typeLabel: t.text(type.text),
    groupLabel: t.text(type.groupText),
    description,
    shownDescription: clip(description, MAX_DESCRIPTION),
    described: own !== '',
    details,
    detailsText: details.map((d) => t.t('{label}: {value}', d)).join('; '),
    iso: entry.datetime ? entry.datetime.toISOString() : '',
    exact: entry.datetime ? exactTime(entry.datetime, locale, timeZone) : '',
    initials: initials(login.slice(0, 200)),
    colour: avatarColour(login),
  };
}

/** The description: the type's own `describe`, else the server's text, else the type's label (in the words of `t`). */
export function describeEntry(entry: ActivityEntry, type: ActivityTypeInfo = activityType(entry.type), t: Translator = english): string {
  return ownDescription(entry, type) || t.text(type.text);
}

/** The type's own `describe`, else the server's text, else ''. */
function ownDescription(entry: ActivityEntry, type: ActivityTypeInfo): string {
  let own: string | undefined;
  try {
    own = type.describe?.(entry);
  } catch {
    own = undefined; // a developer's describe() that throws must not break the list
  }
  return typeof own === 'string' && own.trim() ? own : entry.description.trim();
}
