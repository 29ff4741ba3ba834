import { parseCalendarDate } from '../core/dates.js';
import { BadResponseError, isApiError } from './errors.js';
import { describe, type MatomoClient } from './matomo.js';
import { unescapeEntities } from './matomo-text.js';
import type { RequestOptions } from './request.js';

/*
 * Matomo's annotations (`Annotations.getAll`): the notes people attach to days of a site, which
 * Matomo draws under its evolution graph. Loaded on demand (the chart's annotations are a part of
 * their own).
 */

/** One annotation, as a chart shows it. */
export interface Annotation {
  /** The site it belongs to. */
  idSite: string;
  /** Matomo's `idNote` (unique within the site). */
  id: string;
  /** The day it is attached to, `YYYY-MM-DD` (a calendar day of the site). */
  date: string;
  /** The note (server text: show it as text). */
  note: string;
  /** Who wrote it (empty when the server does not say: Matomo leaves it out for the anonymous user). */
  user: string;
  starred: boolean;
}

/** What annotations to ask for: the sites and the days, both included. */
export interface AnnotationsQuery {
  /** Site ids (`["1", "3"]`). */
  siteIds: readonly string[];
  /** The first day, `YYYY-MM-DD`. */
  from: string;
  /** The last day, `YYYY-MM-DD`. */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The annotations of `Annotations.getAll&idSite=1,3&period=range&date=FROM,TO`: one request for
 * every site and the whole range (Matomo reads `period=range` as those days, both included).
 */
export async function readAnnotations(client: MatomoClient, query: AnnotationsQuery, options?: RequestOptions): Promise<Annotation[]> {
  const answer = await client.call('Annotations.getAll', { idSite: query.siteIds.join(','), period: 'range', date: `${query.from},${query.to}` }, options);
  return toAnnotations(answer, query.siteIds);
}

/**
 * Reads an `Annotations.getAll` answer: an object keyed by site id, each holding that site's
 * annotations (`{date, note, starred, user, idNote, canEditOrDelete}`), by date. Matomo leaves out
 * the sites without any in the range (`[]` when none has one), and sorts a site's list keeping
 * PHP's keys, so a list may come as an object keyed by position: both are read. Only the sites
 * asked for are read (own properties only: ids are server data). Notes come HTML-escaped, as
 * Matomo stores them; they are read back to the text that was typed. An entry without a calendar
 * day or a note is left out; an answer of another shape is a `BadResponseError`.
 */
export function toAnnotations(answer: unknown, siteIds: readonly string[]): Annotation[] {
  if (Array.isArray(answer) && answer.length === 0) return [];
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    // {found}: what came, in words (describe: "a list", "the text \"…\"").
    throw new BadResponseError({ key: 'The server sent {found} where the annotations of each site were expected.', params: { found: describe(answer) } });
  }
  const annotations: Annotation[] = [];
  for (const idSite of siteIds) {
    if (!Object.hasOwn(answer, idSite)) continue;
    const list: unknown = (answer as Record<string, unknown>)[idSite];
    if (typeof list !== 'object' || list === null) {
      // {found}: what came, in words; {site}: the site's id ("3").
      throw new BadResponseError({ key: 'The server sent {found} where the annotations of site {site} were expected.', params: { found: describe(list), site: idSite } });
    }
    for (const raw of Object.values(list)) {
      const entry = read(raw, idSite);
      if (entry) annotations.push(entry);
    }
  }
  return annotations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function read(raw: unknown, idSite: string): Annotation | null {
  if (isApiError(raw) || typeof raw !== 'object' || raw === null) return null;
  const r = raw as { date?: unknown; note?: unknown; user?: unknown; starred?: unknown; idNote?: unknown; id?: unknown };
  const date = typeof r.date === 'string' ? r.date.trim().slice(0, 10) : '';
  const note = typeof r.note === 'string' ? unescapeEntities(r.note) : '';
  if (!DAY.test(date) || !parseCalendarDate(date) || !note.trim()) return null;
  const id = r.idNote ?? r.id;
  return {
    idSite,
    id: typeof id === 'number' || typeof id === 'string' ? String(id) : '',
    date,
    note,
    user: typeof r.user === 'string' ? r.user : '',
    starred: r.starred === true || r.starred === 1 || r.starred === '1',
  };
}
