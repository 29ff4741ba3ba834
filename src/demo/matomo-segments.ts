import { SUPER_USER_LOGIN, VIEWER_LOGIN } from './accounts.js';
import type { DemoDataset } from './dataset.js';
import { MatomoError, needsSomeAccess } from './matomo-error.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { DayMetrics } from './seed-visits.js';

/** A stored segment as Matomo's `segment` table holds it (and `SegmentEditor.getAll` answers it: every column a string). */
export interface DemoSegment {
  idsegment: string;
  name: string;
  definition: string;
  hash: string;
  login: string;
  enable_all_users: '0' | '1';
  /** `0`: every site. */
  enable_only_idsite: string;
  auto_archive: '0' | '1';
  ts_created: string;
  ts_last_edit: string;
  deleted: '0';
}

const row = (id: number, name: string, definition: string, login: string, allUsers: boolean, idSite: number, created: string): DemoSegment => ({
  idsegment: String(id),
  name,
  definition,
  hash: demoHash(definition),
  login,
  enable_all_users: allUsers ? '1' : '0',
  enable_only_idsite: String(idSite),
  auto_archive: '0',
  ts_created: created,
  ts_last_edit: created,
  deleted: '0',
});

/**
 * The demo Matomo's stored segments: shared ones, one restricted to the Shop, private ones of
 * `admin` and `reader`, and one whose name is hostile markup with a right-to-left override
 * (segment names are free text).
 */
export const DEMO_SEGMENTS: readonly DemoSegment[] = Object.freeze([
  row(1, 'Returning visitors', 'visitorType==returning', SUPER_USER_LOGIN, true, 0, '2023-02-14 09:12:44'),
  row(2, 'Mobile', 'deviceType==smartphone,deviceType==tablet', SUPER_USER_LOGIN, true, 0, '2023-02-14 09:15:02'),
  row(3, 'Sale landing page', 'entryPageUrl=^https%3A%2F%2Fshop.example.com%2Fsale', SUPER_USER_LOGIN, true, 1, '2023-11-20 16:40:11'),
  row(4, 'From search engines', 'referrerType==search', 'sophie.martin', true, 0, '2023-06-05 11:02:37'),
  row(5, 'Germany (mine)', 'countryCode==de', SUPER_USER_LOGIN, false, 0, '2024-01-09 08:30:00'),
  row(6, '<img src=x onerror="alert(\'segment\')"><b>Newsletter</b> \u202Ereaders', 'referrerName=@newsletter', VIEWER_LOGIN, false, 0, '2024-02-01 14:22:09'),
  row(7, 'Converted visits', 'visitConverted==1', VIEWER_LOGIN, false, 2, '2024-02-02 10:00:00'),
]);

/**
 * `SegmentEditor.getAll` as Matomo 5 answers it: with `idSite`, the segments of that site and of
 * every site (view access to it required); without, those of every site the viewer may view.
 * Super users get every user's segments; others their own and those shared with all users. The
 * viewer's own come first, then the super users' shared ones, then the others, each by name.
 */
export function segmentsGetAll(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): DemoSegment[] {
  const idSite = params.get('idSite')?.trim();
  if (idSite) viewer.site(idSite, dataset);
  else if (viewer.viewableSites(dataset).length === 0) throw needsSomeAccess('view');
  const visible = DEMO_SEGMENTS.filter((s) => {
    const site = Number(s.enable_only_idsite);
    if (idSite ? site !== 0 && String(site) !== idSite : site !== 0 && !viewer.canView(site)) return false;
    return viewer.superUser || s.enable_all_users === '1' || s.login === viewer.login;
  });
  const rank = (s: DemoSegment) => (s.login === viewer.login ? 0 : s.login === SUPER_USER_LOGIN && s.enable_all_users === '1' ? 1 : 2);
  return [...visible].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Segment names the demo knows (a few of Matomo's). */
const DIMENSIONS = new Set([
  'visitorType', 'deviceType', 'referrerType', 'referrerName', 'countryCode', 'browserCode', 'entryPageUrl', 'pageUrl',
  'visitConverted', 'actions', 'visitCount', 'userId', 'operatingSystemCode', 'visitDuration',
]);

const CONDITION = /^([A-Za-z0-9_.]+)(==|!=|<=|>=|=@|!@|=\^|=\$|<|>)(.*)$/;

/**
 * Checks a `segment` parameter as Matomo does (conditions joined by `;` and `,`, each a known
 * segment name, an operator and a value) and returns the share of the visits it keeps: a number
 * from 0.12 to 0.62 that depends on the definition only, so that every segment has its own,
 * stable figures. Empty: all visits (1).
 */
export function segmentShare(segment: string | undefined): number {
  const definition = (segment ?? '').trim();
  if (!definition) return 1;
  for (const condition of definition.split(/[;,]/)) {
    const match = CONDITION.exec(condition);
    if (!match) throw new MatomoError(`The segment condition '${condition}' is not valid.`);
    if (!DIMENSIONS.has(match[1]!)) throw new MatomoError(`Segment '${match[1]}' is not a supported segment.`);
  }
  return 0.12 + (hashOf(definition) % 1000) / 2000;
}

/** A day's metrics within a segment keeping `share` of the visits (counts rounded; the day's own mix of bounces varies with it). */
export function segmentDay(metrics: DayMetrics, share: number, day: number): DayMetrics {
  if (share === 1) return metrics;
  const wobble = 0.85 + ((day * 37 + Math.round(share * 1000)) % 31) / 100;
  const visits = Math.round(metrics.nb_visits * share * wobble);
  const ratio = metrics.nb_visits ? visits / metrics.nb_visits : 0;
  const bounceRatio = Math.min(1, ratio * (0.6 + share));
  return {
    nb_uniq_visitors: Math.min(visits, Math.round(metrics.nb_uniq_visitors * ratio)),
    nb_users: Math.round(metrics.nb_users * ratio),
    nb_visits: visits,
    nb_actions: Math.max(visits, Math.round(metrics.nb_actions * ratio * (1.4 - share))),
    nb_visits_converted: Math.round(metrics.nb_visits_converted * ratio),
    bounce_count: Math.min(visits, Math.round(metrics.bounce_count * bounceRatio)),
    sum_visit_length: Math.round(metrics.sum_visit_length * ratio),
    max_actions: visits ? metrics.max_actions : 0,
  };
}

/** A 32-character hex stand-in for Matomo's `md5(definition)` column. */
function demoHash(text: string): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += (hashOf(`${i}:${text}`) >>> 0).toString(16).padStart(8, '0');
  return out;
}

/** FNV-1a of a string. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
