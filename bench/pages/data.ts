// Deterministic data for the bench pages, built before any timing starts.
import { toEntries, type ActivityEntry } from '../../src/api/activity-source.js';
import type { Annotation, SiteVisits, VisitsMetrics, VisitsResult } from '../../src/api/visits-source.js';
import type { SettingValue } from '../../src/api/settings-source.js';
import { demoDataset } from '../../src/demo/dataset.js';
import { MATOMO_USERS } from '../../src/demo/accounts.js';
import { ANALYTICS_SETTINGS } from '../../src/analytics-settings/schema.js';

/** The instant every generated date is relative to (a fixed day, so every run sees the same data). */
export const NOW = Date.UTC(2025, 5, 30);
/** The same day as a calendar string, for `<visits-chart today=...>`. */
export const TODAY = '2025-06-30';

/** The demo backend's seeded Activity Log (3,000 entries, as Matomo answers them). */
const rawActivity = () => demoDataset(NOW).activity as unknown[];

/**
 * `n` Activity Log entries, newest first, as fresh objects: the widget caches a row per entry
 * object, so each timed run gets entries it has never seen (a first render, not a re-render).
 */
export function activityEntries(n: number): ActivityEntry[] {
  const raw = rawActivity();
  if (n > raw.length) throw new Error(`The seeded log has ${raw.length} entries; ${n} were asked for.`);
  return toEntries(raw.slice(0, n));
}

export const ACTIVITY_TOTAL = 3000;

export const LOGINS = MATOMO_USERS.map((u) => u.login).sort((a, b) => a.localeCompare(b));

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayLabel = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Daily labels of the `points` days ending on TODAY, oldest first (Matomo's `lastN` by day). */
export function dayLabels(points: number): string[] {
  return Array.from({ length: points }, (_, i) => dayLabel(NOW - (points - 1 - i) * 86_400_000));
}

/** Metrics of one day, as the Matomo source normalises them (numbers; `format_metrics=0`). */
function dayMetrics(next: () => number, base: number, i: number): VisitsMetrics {
  const weekly = i % 7 >= 5 ? 0.7 : 1;
  const visits = Math.max(1, Math.round(base * weekly * (0.8 + next() * 0.4)));
  const uniq = Math.round(visits * 0.82);
  const actions = Math.round(visits * (2 + next() * 2));
  const bounces = Math.round(visits * (0.35 + next() * 0.2));
  const length = Math.round(visits * (90 + next() * 120));
  return {
    nb_visits: visits,
    nb_uniq_visitors: uniq,
    nb_users: Math.round(uniq * 0.1),
    nb_actions: actions,
    nb_visits_converted: Math.round(visits * 0.03),
    bounce_count: bounces,
    sum_visit_length: length,
    max_actions: 20 + Math.round(next() * 40),
    bounce_rate: bounces / visits,
    nb_actions_per_visit: actions / visits,
    avg_time_on_site: length / visits,
  };
}

/** `series` sites with `points` days each, as a VisitsSource answers (fresh objects each call). */
export function visitsResult(points: number, series: number): VisitsResult {
  const labels = dayLabels(points);
  const current: SiteVisits[] = [];
  for (let s = 0; s < series; s++) {
    const next = random(1000 + s);
    const base = [1200, 540, 90][s % 3]!;
    current.push({ idSite: String(s + 1), name: `Site ${s + 1}`, points: labels.map((label, i) => ({ label, metrics: dayMetrics(next, base, i) })) });
  }
  return { current };
}

/** `count` annotations spread over the days of `result`'s sites (one in four starred, a few on the same day). */
export function annotationsFor(result: VisitsResult, count: number): Annotation[] {
  const labels = result.current[0]!.points.map((p) => p.label);
  return Array.from({ length: count }, (_, i) => {
    const site = result.current[i % result.current.length]!;
    const label = labels[Math.floor(((i - (i % 3 === 2 ? 1 : 0)) * (labels.length - 1)) / Math.max(1, count - 1))]!;
    return { idSite: site.idSite, id: String(i), date: label, note: `Note ${i} on ${label}`, user: 'admin', starred: i % 4 === 0 };
  });
}

/** The Analytics settings a Rocket.Chat server would answer, with defaults and a configured Matomo tracker. */
export function settingValues(): SettingValue[] {
  const set: Record<string, unknown> = {
    PiwikAnalytics_enabled: true,
    PiwikAnalytics_url: 'https://matomo.example.com/',
    PiwikAnalytics_siteId: '7',
    PiwikAnalytics_domains: 'example.com\nwww.example.com',
  };
  return ANALYTICS_SETTINGS.map((def) => ({ id: def.id, value: def.id in set ? set[def.id] : def.default, packageValue: def.default }));
}
