import { formatDay, localDay, partsOfDay, utcDay, weekday } from './calendar.js';
import { createRandom, seedOf } from './random.js';

/** The additive metrics Matomo archives for one day (processed metrics are derived from them). */
export interface DayMetrics {
  nb_uniq_visitors: number;
  nb_users: number;
  nb_visits: number;
  nb_actions: number;
  nb_visits_converted: number;
  bounce_count: number;
  sum_visit_length: number;
  max_actions: number;
}

/** A site as `SitesManager` answers it. */
export interface DemoSite {
  idsite: number;
  name: string;
  main_url: string;
  ts_created: string;
  ecommerce: number;
  sitesearch: number;
  sitesearch_keyword_parameters: string;
  sitesearch_category_parameters: string;
  timezone: string;
  currency: string;
  exclude_unknown_urls: number;
  excluded_ips: string;
  excluded_parameters: string;
  excluded_user_agents: string;
  excluded_referrers: string;
  group: string;
  type: string;
  keep_url_fragment: number;
  /** Who created the site (Matomo shows it to super users only). */
  creator_login: string;
  /** The time zone in words, as Matomo names it ("UTC", "India", "United States - Los Angeles"). */
  timezone_name: string;
  currency_name: string;
}

/** A site with its daily visits. */
export interface SiteHistory {
  site: DemoSite;
  /** The site's current local date (day number): `today` in its time zone. */
  today: number;
  /** First day with data (day number). */
  firstDay: number;
  /** Metrics by day from `firstDay` to `today`; null for a day without data. */
  days: Array<DayMetrics | null>;
  /** Days (day numbers) deliberately left without data. */
  gaps: number[];
}

/** How many days of history each site has, today included. */
export const HISTORY_DAYS = 731;

interface SiteProfile {
  idsite: number;
  name: string;
  main_url: string;
  timezone: string;
  timezone_name: string;
  currency: string;
  currency_name: string;
  ecommerce: number;
  /** Visits on a weekday at the start of the history. */
  base: number;
  /** Traffic at the end of the history relative to its start. */
  growth: number;
  /** Weekend traffic relative to weekdays. */
  weekend: number;
  bounce: number;
  /** Average actions of a visit that does not bounce. */
  depth: number;
  /** Average seconds of a visit that does not bounce. */
  length: number;
  conversion: number;
  loggedIn: number;
  /** A seasonal bump: extra traffic in these months (1–12). */
  peakMonths: readonly number[];
  /** Days without any data (a tracking outage), counted back from the UTC day of `now`. */
  outages: readonly number[];
}

const PROFILES: readonly SiteProfile[] = [
  {
    idsite: 1,
    name: 'Shop',
    main_url: 'https://shop.example.com',
    timezone: 'UTC',
    timezone_name: 'UTC',
    currency: 'EUR',
    currency_name: 'Euro',
    ecommerce: 1,
    base: 420,
    growth: 1.7,
    weekend: 0.62,
    bounce: 0.42,
    depth: 5.2,
    length: 310,
    conversion: 0.031,
    loggedIn: 0.07,
    peakMonths: [11, 12],
    outages: [71, 101, 337, 602],
  },
  {
    idsite: 2,
    name: 'Blog',
    main_url: 'https://blog.example.org',
    timezone: 'America/Los_Angeles',
    timezone_name: 'United States - Los Angeles',
    currency: 'USD',
    currency_name: 'US Dollar',
    ecommerce: 0,
    base: 950,
    growth: 1.4,
    weekend: 0.74,
    bounce: 0.61,
    depth: 2.6,
    length: 185,
    conversion: 0.012,
    loggedIn: 0.01,
    peakMonths: [1],
    outages: [88, 188, 404, 555],
  },
  {
    idsite: 3,
    name: 'Docs',
    main_url: 'https://docs.example.net',
    timezone: 'Asia/Kolkata',
    timezone_name: 'India',
    currency: 'INR',
    currency_name: 'Indian Rupee',
    ecommerce: 0,
    base: 260,
    growth: 2.1,
    weekend: 0.38,
    bounce: 0.35,
    depth: 4.1,
    length: 420,
    conversion: 0.02,
    loggedIn: 0.12,
    peakMonths: [9, 10],
    // A week-long outage ten days back, as on the real server the recordings come from.
    outages: [10, 11, 12, 13, 14, 15, 150, 291, 690],
  },
];

/** Id, name and URL of each demo site (for other seeds that mention sites). */
export const SITE_DIRECTORY: ReadonlyArray<{ idsite: number; name: string; main_url: string }> = PROFILES.map(({ idsite, name, main_url }) => ({
  idsite,
  name,
  main_url,
}));

/**
 * Daily visits of the three demo sites (UTC, Los Angeles, Kolkata: one on, one west, one east of
 * UTC) for the two years before `now`, each in its own time zone: weekday/weekend rhythm, a growth
 * trend, a seasonal bump, noise, a few days without data, and today's visits so far (none at the
 * site's local midnight). Every metric is consistent: bounces, unique visitors and conversions
 * never exceed visits, and a visit has at least one action.
 */
export function seedVisits(now: number): SiteHistory[] {
  return PROFILES.map((profile) => {
    const { day: today, elapsed } = localDay(now, profile.timezone);
    const firstDay = today - HISTORY_DAYS + 1;
    const gaps = profile.outages.map((ago) => utcDay(now) - ago);
    const days: Array<DayMetrics | null> = [];
    for (let day = firstDay; day <= today; day++) {
      if (gaps.includes(day)) {
        days.push(null);
        continue;
      }
      const progress = (day - firstDay) / (HISTORY_DAYS - 1);
      days.push(dayMetrics(profile, day, progress, day === today ? elapsed : 1));
    }
    return { site: siteOf(profile, firstDay), today, firstDay, days, gaps };
  });
}

function dayMetrics(profile: SiteProfile, day: number, progress: number, share: number): DayMetrics | null {
  // One generator per site and date: a date's noise does not depend on when the history starts.
  const random = createRandom(seedOf('visits', profile.idsite, day));
  const trend = profile.base * (1 + (profile.growth - 1) * progress);
  const weekly = weekday(day) >= 5 ? profile.weekend : 1 + (weekday(day) === 1 ? 0.06 : 0);
  const seasonal = profile.peakMonths.includes(partsOfDay(day).month) ? 1.22 : 1;
  const noise = Math.exp((random.next() + random.next() + random.next() - 1.5) * 0.22);
  const visits = Math.round(trend * weekly * seasonal * noise * share);
  if (visits <= 0) return null;

  const bounces = Math.min(visits, Math.round(visits * clamp(profile.bounce + random.between(-0.05, 0.05), 0.05, 0.95)));
  const engaged = visits - bounces;
  const actions = bounces + Math.max(engaged * 2, Math.round(engaged * random.between(profile.depth - 0.6, profile.depth + 0.6)));
  return {
    nb_uniq_visitors: Math.max(1, Math.round(visits * random.between(0.8, 0.9))),
    nb_users: Math.round(visits * profile.loggedIn * random.between(0.8, 1.2)),
    nb_visits: visits,
    nb_actions: actions,
    nb_visits_converted: Math.min(visits, Math.round(visits * profile.conversion * random.between(0.6, 1.4))),
    bounce_count: bounces,
    sum_visit_length: Math.round(engaged * profile.length * random.between(0.85, 1.15)),
    max_actions: Math.max(Math.ceil(actions / visits), engaged > 0 ? random.int(12, 48) : 1),
  };
}

function siteOf(profile: SiteProfile, firstDay: number): DemoSite {
  return {
    idsite: profile.idsite,
    name: profile.name,
    main_url: profile.main_url,
    ts_created: `${formatDay(firstDay)} 00:00:00`,
    ecommerce: profile.ecommerce,
    sitesearch: 1,
    sitesearch_keyword_parameters: '',
    sitesearch_category_parameters: '',
    timezone: profile.timezone,
    currency: profile.currency,
    exclude_unknown_urls: 0,
    excluded_ips: '',
    excluded_parameters: '',
    excluded_user_agents: '',
    excluded_referrers: '',
    group: '',
    type: 'website',
    keep_url_fragment: 0,
    creator_login: 'admin',
    timezone_name: profile.timezone_name,
    currency_name: profile.currency_name,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
