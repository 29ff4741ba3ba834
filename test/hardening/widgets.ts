/**
 * The three widgets as the gauntlet drives them: how to mount each against a routed server, a
 * faithful-but-small happy answer, a hostile answer built from a payload, and attribute changes
 * that make it fetch again.
 */
import { json, matomoRouter, TOKEN, type Router } from './harness.js';

export interface Hostile {
  /** Markup and script that must be shown as text, never run. */
  html: string;
  /** A URL that must never be followed or loaded. */
  url: string;
  /** A CSS injection attempt. */
  css: string;
  /** Right-to-left override and zero-width characters. */
  bidi: string;
  /** 100 KB of text. */
  huge: string;
  emoji: string;
}

export const HOSTILE: Hostile = {
  html: `<img src=x onerror="window.__canary='img'"><script>window.__canary='script'</script><b onclick="window.__canary='b'">bold</b>`,
  url: `javascript:window.__canary='url'`,
  css: `red;}:host{display:none!important}*{background:url(javascript:window.__canary='css')}`,
  bidi: '\u202Egnp.exe\u200B\u200D\uFEFF admin\u2066',
  huge: 'A'.repeat(100_000),
  emoji: '👩🏽‍💻🏳️‍🌈🇨🇭',
};

export interface WidgetSpec {
  tag: string;
  server: 'matomo' | 'rocketchat';
  /** Loads the registering module. */
  define(): Promise<unknown>;
  attrs: Record<string, string>;
  /** A small, well-formed answer to every request the widget makes. */
  happy: Router;
  /** Answers with hostile values in every field shown or used as a URL. */
  hostile(h: Hostile): Router;
  /** Attribute sets that each make the widget fetch again (for races). */
  variants: Array<Record<string, string>>;
  /** Text the widget shows once the happy answer is rendered. */
  loadedText: RegExp;
}

const now = new Date();
const utc = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

function entry(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const when = new Date(now.getTime() - i * 3_600_000);
  return {
    id: String(1000 - i),
    user_login: i % 2 ? 'admin' : 'reader',
    type: i % 3 ? 'ActivityLog/GoalAdded' : 'ActivityLog/UserSignedIn',
    parameters: { items: [{ type: 'website', data: { id: 1, name: 'Shop' } }, { type: 'goal', data: { id: 3, name: 'Newsletter' } }] },
    datetime: utc(when),
    datetime_pretty: when.toUTCString(),
    time_relative_pretty: `${i} hours ago`,
    description: i % 3 ? 'added a new goal' : 'signed in',
    avatar: 'https://gravatar.com/avatar/00000000000000000000000000000000?s=64',
    country: 'ch',
    country_name: 'Switzerland',
    ip: '192.0.2.1',
    ...overrides,
  };
}

const activityAnswer = (entries: () => unknown[], logins: unknown[] = ['admin', 'reader']) =>
  matomoRouter((method) => {
    switch (method) {
      case 'ActivityLog.getEntries':
        return entries();
      case 'ActivityLog.getEntryCount':
        return { value: String(entries().length) };
      case 'UsersManager.hasSuperUserAccess':
        return { value: true };
      case 'UsersManager.getUsersLogin':
        return logins;
      case 'UsersManager.getUsers':
        return logins.map((login) => ({ login, email: `${String(login).slice(0, 40)}@example.com` }));
      default:
        return { result: 'error', message: `Unknown method ${method}` };
    }
  });

function days(n: number, metrics: (i: number) => Record<string, unknown> | unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i);
    const label = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    out[label] = metrics(i);
  }
  return out;
}

const visitsMetrics = (v: number) => ({
  nb_visits: v,
  nb_uniq_visitors: Math.round(v * 0.8),
  nb_actions: v * 3,
  nb_visits_converted: Math.round(v / 10),
  bounce_count: Math.round(v / 2),
  sum_visit_length: v * 120,
  max_actions: 20,
  bounce_rate: 0.5,
  nb_actions_per_visit: 3,
  avg_time_on_site: 120,
});

const visitsAnswer = (perSite: (idSite: string, params: URLSearchParams) => unknown, sites: unknown[]) =>
  matomoRouter((method, params) => {
    if (method === 'VisitsSummary.get') return perSite(params.get('idSite') ?? '', params);
    if (method === 'SitesManager.getSitesWithAtLeastViewAccess') return sites;
    if (method === 'SitesManager.getSiteFromId') return sites[0];
    return { result: 'error', message: `Unknown method ${method}` };
  });

export const ANALYTICS_IDS = [
  'GoogleAnalytics_enabled',
  'GoogleAnalytics_ID',
  'Analytics_features_messages',
  'Analytics_features_rooms',
  'Analytics_features_users',
  'PiwikAnalytics_enabled',
  'PiwikAnalytics_url',
  'PiwikAnalytics_siteId',
  'PiwikAdditionalTrackers',
  'PiwikAnalytics_prependDomain',
  'PiwikAnalytics_cookieDomain',
  'PiwikAnalytics_domains',
] as const;

const DEFAULTS: Record<string, unknown> = {
  GoogleAnalytics_enabled: false,
  GoogleAnalytics_ID: '',
  Analytics_features_messages: true,
  Analytics_features_rooms: true,
  Analytics_features_users: true,
  PiwikAnalytics_enabled: false,
  PiwikAnalytics_url: '',
  PiwikAnalytics_siteId: '',
  PiwikAdditionalTrackers: '',
  PiwikAnalytics_prependDomain: false,
  PiwikAnalytics_cookieDomain: false,
  PiwikAnalytics_domains: '',
};

/**
 * Who the user is and what each role may do, as `GET me` and `GET permissions.listAll` answer:
 * by default an admin who may change every setting.
 */
interface Rights {
  roles: unknown;
  permissions: unknown[];
}

const ADMIN: Rights = {
  roles: ['admin'],
  permissions: [
    { _id: 'edit-privileged-setting', roles: ['admin'] },
    { _id: 'manage-selected-settings', roles: ['admin'] },
    { _id: 'view-privileged-setting', roles: ['admin'] },
  ],
};

function settingsRouter(values: Record<string, unknown>, rights: Rights = ADMIN): Router {
  return (call) => {
    if (call.server !== 'rocketchat') return json({ success: false, error: 'not routed' }, 404);
    if (call.method === 'POST') return json({ success: true });
    if (call.name === 'me') return json({ _id: 'demo-admin', username: 'admin', roles: rights.roles, success: true });
    if (call.name === 'permissions.listAll') return json({ update: rights.permissions, remove: [], success: true });
    if (call.name === 'settings.public') return json({ settings: ANALYTICS_IDS.map((_id) => ({ _id, value: (_id in values ? values[_id] : DEFAULTS[_id]) })), success: true });
    if (call.name === 'settings') {
      const settings = ANALYTICS_IDS.map((id) => ({ _id: id, value: id in values ? values[id] : DEFAULTS[id], packageValue: DEFAULTS[id] }));
      return json({ settings, count: settings.length, offset: 0, total: settings.length, success: true });
    }
    const id = decodeURIComponent(call.name.replace(/^settings\/?/, ''));
    if (id) return json({ _id: id, value: id in values ? values[id] : DEFAULTS[id], success: true });
    return json({ settings: ANALYTICS_IDS.map((_id) => ({ _id, value: values[_id] ?? DEFAULTS[_id] })), success: true });
  };
}

export const WIDGETS: WidgetSpec[] = [
  {
    tag: 'activity-log',
    server: 'matomo',
    define: () => import('../../src/activity-log/define.js'),
    attrs: { 'api-base': '/matomo/', 'page-size': '10' },
    happy: activityAnswer(() => Array.from({ length: 12 }, (_, i) => entry(i))),
    hostile: (h) =>
      activityAnswer(
        () => [
          entry(0, { user_login: h.html, description: h.html, type: h.html, avatar: h.url, country: h.css, country_name: h.bidi, ip: h.html }),
          entry(1, { user_login: h.bidi, description: h.huge, parameters: { items: [{ type: 'website', data: { id: h.url, name: h.html, url: h.url } }] } }),
          entry(2, { user_login: h.emoji, description: h.emoji, datetime: '0001-01-01 00:00:00' }),
          entry(3, { datetime: '9999-12-31 23:59:59', id: '7' }),
          entry(4, { datetime: 'not a date', id: '7' }),
          entry(5, { datetime: null, user_login: null, description: 42, parameters: 'nope', id: null }),
          entry(6, { id: '7', type: 'SomePlugin/Unknown', parameters: { items: [{ type: h.css, data: { name: h.css } }] } }),
        ],
        [h.html, h.bidi, h.emoji, 'admin'],
      ),
    variants: [{ 'activity-type': 'ActivityLog/GoalAdded' }, { 'activity-type': 'ActivityLog/UserSignedIn' }, { 'page-size': '25' }, { 'activity-type': '' }],
    loadedText: /added a new goal/,
  },
  {
    tag: 'visits-chart',
    server: 'matomo',
    define: () => import('../../src/visits-chart/define.js'),
    attrs: { 'api-base': '/matomo/', 'site-id': '1', period: 'day', date: 'last7' },
    happy: visitsAnswer(
      () => days(7, (i) => visitsMetrics(100 + i)),
      [{ idsite: 1, name: 'Shop', main_url: 'https://shop.example' }],
    ),
    hostile: (h) =>
      visitsAnswer(
        () => ({
          ...days(5, (i) => (i === 2 ? [] : { ...visitsMetrics(50), nb_visits: i === 0 ? -5 : i === 1 ? 'NaN' : 1e308, bounce_rate: h.css, avg_time_on_site: 'x' })),
          [h.html]: visitsMetrics(3),
          '9999-12-31': visitsMetrics(1),
        }),
        [{ idsite: 1, name: `${h.html}${h.bidi}${h.emoji}`, main_url: h.url }],
      ),
    variants: [{ period: 'week' }, { period: 'month' }, { date: 'last30' }, { period: 'day' }],
    loadedText: /Shop/,
  },
  {
    tag: 'analytics-settings',
    server: 'rocketchat',
    define: () => import('../../src/analytics-settings/define.js'),
    attrs: { 'api-base': '/chat/', 'user-id': 'demo-admin' },
    happy: settingsRouter({ PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://matomo.example/', PiwikAnalytics_siteId: '17' }),
    hostile: (h) =>
      settingsRouter({
        GoogleAnalytics_enabled: 'yes',
        GoogleAnalytics_ID: h.html,
        PiwikAnalytics_enabled: true,
        PiwikAnalytics_url: h.url,
        PiwikAnalytics_siteId: h.css,
        PiwikAdditionalTrackers: JSON.stringify([{ trackerURL: h.url, siteId: -1 }, { trackerURL: h.html, siteId: 'NaN' }]),
        PiwikAnalytics_domains: `${h.bidi}\n${h.emoji}\n${h.huge}`,
        PiwikAnalytics_prependDomain: null,
        Analytics_features_users: { nested: h.html },
      }, {
        // Role and permission names that are markup, prototype members or not text at all: the
        // user's one real right (edit-privileged-setting through the hostile role) still counts.
        roles: [h.html, '__proto__', 'constructor', 42, null],
        permissions: [
          { _id: 'edit-privileged-setting', roles: [h.html, { toString: 'admin' }] },
          { _id: '__proto__', roles: ['__proto__'] },
          { _id: h.html, roles: h.html },
          { roles: ['admin'] },
          null,
          'edit-privileged-setting',
        ],
      }),
    variants: [{ 'api-base': '/chat/' }, { 'user-id': 'demo-viewer' }, { 'user-id': 'demo-admin' }],
    loadedText: /Matomo|Piwik/,
  },
];

/** Mounts a widget (token given as an attribute, as a plain-HTML page would) in a sized container. */
export async function mount(spec: WidgetSpec, extra: Record<string, string> = {}, container?: HTMLElement): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await spec.define();
  const host = container ?? document.createElement('div');
  if (!container) {
    host.className = 'gauntlet-host';
    host.style.width = '900px';
    document.body.append(host);
  }
  const el = document.createElement(spec.tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries({ ...spec.attrs, ...extra })) el.setAttribute(name, value);
  el.setAttribute('token', TOKEN);
  host.append(el);
  await el.updateComplete;
  return el;
}

export function unmountAll(): void {
  for (const host of document.querySelectorAll('.gauntlet-host')) host.remove();
}
