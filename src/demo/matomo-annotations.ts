import { SUPER_USER_LOGIN, VIEWER_LOGIN } from './accounts.js';
import { formatDay, utcDay } from './calendar.js';
import type { DemoDataset } from './dataset.js';
import { missingParameter } from './matomo-error.js';
import { parsePeriod, resolvePeriods, singleDate } from './matomo-periods.js';
import type { MatomoParams, Viewer } from './matomo-viewer.js';
import type { SiteHistory } from './seed-visits.js';

/** An annotation as Matomo keeps it (`<idSite>_annotations`): the note as its API stored it, HTML-escaped. */
interface StoredAnnotation {
  date: string;
  note: string;
  starred: 0 | 1;
  user: string;
}

/** An annotation as `Annotations.getAll` answers it. */
export interface DemoAnnotation extends Partial<Pick<StoredAnnotation, 'user'>> {
  date: string;
  note: string;
  starred: 0 | 1;
  idNote: number;
  canEditOrDelete: boolean;
}

/** What Matomo's API does to a note before storing it (`Common::sanitizeInputValue`: `htmlspecialchars`, quotes too). */
function sanitize(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');
}

/** A seeded note: days before the site's today, the text as typed, its author, whether starred. */
type Seed = [daysAgo: number, note: string, user: string, starred?: boolean];

const LONG_NOTE =
  'Migrated the whole catalogue to the new search engine over the weekend: product pages were re-indexed in three waves (electronics first, then home and garden, then everything else), ' +
  'the sitemap was regenerated twice because the first run dropped the category pages, and the CDN cache was purged at 02:00 UTC, so expect a dip in organic traffic on Monday and a slow recovery ' +
  'through the week while search engines crawl the new URLs again; redirects from the old URLs are in place and monitored.';

/**
 * The demo's annotations per site, by days before the site's today, in the order they were added
 * (which is date order, so each site's list comes back as a list). Some days have several notes;
 * some notes are hostile: markup, a very long note, right-to-left text with an override, and an
 * author whose login is `__proto__`.
 */
const SEEDS: ReadonlyMap<number, readonly Seed[]> = new Map([
  [
    1,
    [
      [640, 'Shop relaunch on the new theme', SUPER_USER_LOGIN, true],
      [400, 'Black Friday campaign starts', 'sophie.martin', true],
      [365, 'Price comparison feed switched off', 'tomasz.nowak'],
      [120, LONG_NOTE, SUPER_USER_LOGIN],
      [60, 'Newsletter: spring sale', 'sophie.martin'],
      [24, '<img src=x onerror="alert(\'annotation\')"><b>Tracking code</b> updated & "checked"', 'tomasz.nowak'],
      [12, 'Payment provider outage (2 h)', SUPER_USER_LOGIN, true],
      [12, 'Checkout fixed, orders recovered', 'tomasz.nowak'],
      [12, 'Refunds sent to affected customers', 'sophie.martin'],
      [5, 'TV spot aired', VIEWER_LOGIN],
      [2, 'Consent banner changed: fewer tracked visits expected', '__proto__'],
    ],
  ],
  [
    2,
    [
      [500, 'Blog moved to its own domain', SUPER_USER_LOGIN, true],
      [200, 'Post went viral on social media', 'james.okafor', true],
      [45, '\u202Eأطلقنا النسخة العربية من المدونة\u202C — Arabic edition launched', 'priya.nair'],
      [20, 'Comment spam filter turned on', 'james.okafor'],
      [20, 'Old category pages redirected', 'james.okafor'],
      [8, 'Guest post by a well-known author', VIEWER_LOGIN],
    ],
  ],
  [
    3,
    [
      [300, 'Docs for version 5 published', 'priya.nair', true],
      [90, 'Search in the docs rebuilt', 'tomasz.nowak'],
      [15, 'Docs site down for maintenance', 'priya.nair'],
      [3, 'API reference split into pages', 'constructor'],
    ],
  ],
]);

/** The stored annotations of a site (the note as Matomo's API stored it). */
function storedFor(site: SiteHistory): StoredAnnotation[] {
  return (SEEDS.get(site.site.idsite) ?? []).map(([ago, note, user, starred]) => ({
    date: formatDay(site.today - ago),
    note: sanitize(note),
    starred: starred ? 1 : 0,
    user,
  }));
}

/**
 * `Annotations.getAll` as Matomo 5 answers it: for each site asked (`1,3`, `all`; view access
 * required), its annotations in the days the `period` and `date` cover, both included, by date
 * (then by id), as `{date, note, starred, user, idNote, canEditOrDelete}` (no `user` for the
 * anonymous user), keyed by site id; a site without any in the range is left out, and an answer
 * without any is `[]`. The days:
 * - `period=range`: `date` as two days, or `lastN` / `previousN` days up to today;
 * - another period with two days `FROM,TO`: those days, as they are;
 * - another period with one day: that period, or with `lastN=N` the N periods up to it;
 * - no `date`: every annotation.
 * `today` and `yesterday` are UTC days (Matomo reads them without a site's time zone here);
 * `lastN` and `previousN` as `date` of a period other than `range` are refused, as Matomo does.
 */
export function annotationsGetAll(params: MatomoParams, viewer: Viewer, dataset: DemoDataset): unknown {
  const idSite = params.get('idSite')?.trim();
  if (!idSite) throw missingParameter('idSite');
  const sites = viewer.sitesFor(idSite, dataset);
  const [from, to] = daysOf(params, utcDay(dataset.now));

  const result = new Map<string, DemoAnnotation[]>();
  for (const site of sites) {
    const id = site.site.idsite;
    const found: DemoAnnotation[] = [];
    storedFor(site).forEach((stored, idNote) => {
      if (stored.date < from || stored.date > to) return;
      const admin = viewer.superUser || (viewer.user !== undefined && Object.hasOwn(viewer.user.access, id) && viewer.user.access[id] === 'admin');
      const { user, ...rest } = stored;
      found.push({ ...rest, ...(viewer.anonymous ? {} : { user }), idNote, canEditOrDelete: admin || (!viewer.anonymous && viewer.login === user) });
    });
    found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.idNote - b.idNote));
    if (found.length) result.set(String(id), found);
  }
  return result.size ? Object.fromEntries(result) : [];
}

/** The first and last day (`YYYY-MM-DD`) a request covers (no `date`: every day). */
function daysOf(params: MatomoParams, today: number): [string, string] {
  const date = params.get('date')?.trim();
  if (!date) return ['', '\uffff'];
  const period = parsePeriod(params.get('period') ?? 'day');
  if (period === 'range' || date.includes(',')) {
    // Two days are taken as they are, whatever the period (Matomo splits them at the comma).
    const span = resolvePeriods('range', date, today).spans[0]!;
    return [formatDay(span.start), formatDay(span.end)];
  }
  // One day (a lastN or previousN is not one: refused), and the period that holds it, or the N up to it.
  const day = singleDate(date, today);
  const lastN = Number(params.get('lastN') ?? '');
  const spans = resolvePeriods(period, `last${Number.isInteger(lastN) && lastN > 0 ? lastN : 1}`, day).spans;
  return [formatDay(spans[0]!.start), formatDay(spans[spans.length - 1]!.end)];
}
