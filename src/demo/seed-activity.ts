import { MATOMO_USERS, SUPER_USER_LOGIN, VIEWER_LOGIN, type MatomoUser } from './accounts.js';
import { formatDay, pad2, utcDay } from './calendar.js';
import { createRandom, weightedPicker, type Random } from './random.js';
import { investigationEntries, INVESTIGATION_COUNTRIES, placeOf, type ScriptedEntry } from './seed-investigations.js';
import { SITE_DIRECTORY } from './seed-visits.js';

/** One Activity Log entry, with the fields `ActivityLog.getEntries` answers. */
export interface ActivityEntry {
  /** A number, as the real plugin sends it. */
  id: number;
  user_login: string;
  type: string;
  /** `{items:[{type, data}], ...}`, or `[]` (PHP's empty array) for activities without details. */
  parameters: Record<string, unknown> | [];
  country: string;
  ip: string;
  /** UTC, "YYYY-MM-DD HH:MM:SS", no zone suffix. */
  datetime: string;
  datetime_pretty: string;
  time_relative_pretty: string;
  /** Plain text without the performer, generic as the real plugin's ("added a new goal"): the names are in `parameters`. */
  description: string;
  /** A path relative to the Matomo root (`plugins/ActivityLog/images/avatar15.png`), as Matomo sends it with its Gravatar setting off. */
  avatar: string;
  country_flag: string;
  country_name: string;
}

/** How many entries the demo log holds. */
export const ACTIVITY_COUNT = 3000;

/** How far back the log reaches (about 18 months). */
export const ACTIVITY_DAYS = 548;

/** Every type id of the Activity Log plugin itself. */
export const ACTIVITY_LOG_TYPES = [
  'AnnotationAdded', 'AnnotationChanged', 'AnnotationDeleted', 'ComponentUpdated', 'CustomAlertAdded', 'CustomAlertChanged',
  'CustomAlertDeleted', 'CustomDimensionAdded', 'CustomDimensionChanged', 'GoalAdded', 'GoalChanged', 'GoalDeleted',
  'MeasurableCreated', 'MeasurableChanged', 'MeasurableRemoved', 'MeasurableSettingsUpdated', 'PasswordResetInitiated',
  'PasswordResetConfirmed', 'PasswordResetCancelled', 'PluginInstalled', 'PluginUninstalled', 'PluginActivated',
  'PluginDeactivated', 'PrivacyActivatedDoNotTrack', 'PrivacyDeactivatedDoNotTrack', 'PrivacySetAnonymizeIp',
  'PrivacySetDeleteLogsSettings', 'PrivacySetDeleteReportsSettings', 'PrivacySetScheduleReportDeletionSettings',
  'PrivacyAnonymizedSomeRawData', 'PrivacyDeleteDataSubjects', 'PrivacyExportDataSubjects', 'PrivacyFindDataSubjects',
  'ReportsInvalidated', 'ScheduledReportAdded', 'ScheduledReportChanged', 'ScheduledReportDeleted', 'ScheduledReportSent',
  'ScheduledReportUnsubscribe', 'SegmentAdded', 'SegmentChanged', 'SegmentDeleted', 'SystemSettingsUpdated', 'TwoFactorEnabled',
  'TwoFactorDisabled', 'UserCreated', 'UserChanged', 'UserRemoved', 'UserInvited', 'UserInviteAccepted', 'UserInviteDeclined',
  'UserResendInvite', 'UserSignedIn', 'UserSignInFailed', 'UserSignedOff', 'UserSettingsUpdated', 'UserSetPreference',
  'UserSetSuperUserAccess', 'UserSiteAccessChanged', 'UserCapabilitiesAdded', 'UserCapabilitiesRemoved',
  'UserCreatedAppSpecificTokenAuth', 'UserCountrySetLocationProvider',
].map((name) => `ActivityLog/${name}`);

/** Types other plugins add, which a widget must render generically. */
export const OTHER_PLUGIN_TYPES = [
  'AbTesting/ExperimentAdded',
  'AbTesting/ExperimentStatusChanged',
  'HeatmapSessionRecording/HeatmapAdded',
  'HeatmapSessionRecording/SessionRecordingAdded',
  'CustomReports/ReportAdded',
  'CustomReports/ReportUpdated',
  'FormAnalytics/FormUpdated',
  'FormAnalytics/FormAdded',
  'ReferrersManager/SearchEngineAdded',
];

type Item = { type: string; data: Record<string, unknown> };
type Parameters = Record<string, unknown> | [];
type Performer = 'people' | 'managers' | 'super' | 'system' | 'console' | 'anonymous' | 'installer' | 'attempted';

interface Kind {
  type: string;
  /** Relative frequency. */
  weight: number;
  who: Performer;
  /** The entry's description: generic, as the real plugin writes it (the names are in the parameters). */
  says: string;
  /** The entry's parameters; `at`: the entry's instant (ms). A description of its own, where the plugin writes one. */
  make(r: Random, login: string, at: number): Parameters | { parameters: Parameters; description: string };
}

const SITES = SITE_DIRECTORY.map((s) => ({ ...s, urls: [s.main_url] }));
const GOALS: Record<number, string[]> = { 1: ['Purchase', 'Newsletter signup', 'Account created'], 2: ['Newsletter', 'Comment posted'], 3: ['PDF download', 'Feedback sent'] };
const SEGMENTS = [
  { name: 'Returning customers', definition: 'visitorType==returningCustomer' },
  { name: 'Mobile visitors', definition: 'deviceType==smartphone' },
  { name: 'From the newsletter', definition: 'referrerName==newsletter' },
  { name: 'Visitors from Germany', definition: 'countryCode==de' },
];
const NOTES = ['Newsletter sent', 'Spring sale started', 'New landing page live', 'Tracking code updated', 'Server migration', 'Black Friday campaign', 'Docs 4.2 published'];
const PLUGINS = ['MarketingCampaignsReporting', 'SearchEngineKeywordsPerformance', 'UsersFlow', 'QueuedTracking', 'LoginLdap', 'TagManager', 'Funnels', 'MediaAnalytics'];
const VERSIONS = ['5.0.3', '5.1.0', '5.1.2', '5.2.0', '5.2.1', '5.3.0', '5.3.2'];
const REPORTS = ['Weekly overview', 'Monthly e-commerce report', 'Daily visits'];
const ALERTS = ['Traffic drop', 'Conversion spike', 'No visits in 6 hours'];
const DIMENSIONS = ['Customer type', 'Page author', 'Docs version'];
const EXPERIMENTS = ['Checkout button colour', 'Pricing page headline'];
const HEATMAPS = ['Home page', 'Product page'];
const CUSTOM_REPORTS = ['Revenue by campaign', 'Top docs pages by search'];
const FORMS = ['Contact form', 'Checkout address form'];
const PREFERENCES = ['defaultReport', 'defaultReportDate', 'hideFutureDates', 'isLDAPUser'];
const CAPABILITIES = ['tagmanager_write', 'tagmanager_publish_live_container', 'write'];

const site = (r: Random) => r.pick(SITES);
const siteItem = (s: (typeof SITES)[number]): Item => ({ type: 'measurable', data: { id: s.idsite, type: 'website', name: s.name, urls: s.urls } });
const userItem = (u: MatomoUser): Item => ({ type: 'user', data: { login: u.login, email: u.email } });
const items = (...list: Item[]) => ({ items: list });
const otherUser = (r: Random, login: string) => r.pick(MATOMO_USERS.filter((u) => u.login !== login));
const named = (type: string, id: number, name: string): Item => ({ type, data: { id, name } });

function siteScoped(type: string, names: readonly string[]): (r: Random) => Parameters {
  return (r) => {
    const index = r.int(0, names.length - 1);
    return items(named(type, index + 1, names[index]!), siteItem(site(r)));
  };
}

const KINDS: Kind[] = (
  [
  { type: 'AnnotationAdded', weight: 40, who: 'people', says: 'added a new annotation', make: (r, _l, at) => annotation(r, at) },
  { type: 'AnnotationChanged', weight: 12, who: 'people', says: 'changed an annotation', make: (r, _l, at) => annotation(r, at) },
  { type: 'AnnotationDeleted', weight: 6, who: 'people', says: 'deleted an annotation', make: (r, _l, at) => annotation(r, at) },
  {
    type: 'ComponentUpdated',
    weight: 14,
    who: 'console',
    says: 'updated a component',
    make: (r) => {
      const i = r.int(0, VERSIONS.length - 2);
      const [from, to] = [VERSIONS[i]!, VERSIONS[i + 1]!];
      return { component: 'core', version_old: from, version_new: to, items: [{ type: 'component', data: { name: 'core', version: to } }] };
    },
  },
  { type: 'CustomAlertAdded', weight: 6, who: 'managers', says: 'added a new custom alert', make: siteScoped('customalert', ALERTS) },
  { type: 'CustomAlertChanged', weight: 5, who: 'managers', says: 'changed a custom alert', make: siteScoped('customalert', ALERTS) },
  { type: 'CustomAlertDeleted', weight: 3, who: 'managers', says: 'deleted a custom alert', make: siteScoped('customalert', ALERTS) },
  { type: 'CustomDimensionAdded', weight: 4, who: 'managers', says: 'configured a new custom dimension', make: siteScoped('customdimension', DIMENSIONS) },
  { type: 'CustomDimensionChanged', weight: 4, who: 'managers', says: 'changed a custom dimension', make: siteScoped('customdimension', DIMENSIONS) },
  { type: 'GoalAdded', weight: 12, who: 'managers', says: 'added a new goal', make: (r) => goalMade(r) },
  { type: 'GoalChanged', weight: 18, who: 'managers', says: 'changed a goal', make: (r) => goalMade(r) },
  { type: 'GoalDeleted', weight: 4, who: 'managers', says: 'deleted a goal', make: (r) => goalMade(r) },
  { type: 'MeasurableCreated', weight: 2, who: 'super', says: 'created a new measurable', make: (r) => items(siteItem(site(r))) },
  { type: 'MeasurableChanged', weight: 8, who: 'managers', says: 'changed a measurable', make: (r) => items(siteItem(site(r))) },
  { type: 'MeasurableRemoved', weight: 1, who: 'super', says: 'removed a measurable', make: () => items({ type: 'measurable', data: { id: '4', type: 'website', name: 'Old campaign site', urls: ['https://campaign.example.com'] } }) },
  { type: 'MeasurableSettingsUpdated', weight: 6, who: 'managers', says: 'updated the settings of a measurable', make: (r) => items(siteItem(site(r))) },
  { type: 'PasswordResetInitiated', weight: 8, who: 'anonymous', says: 'requested a password reset', make: (r) => items(userItem(r.pick(MATOMO_USERS))) },
  { type: 'PasswordResetConfirmed', weight: 6, who: 'people', says: 'confirmed a password reset', make: () => [] },
  { type: 'PasswordResetCancelled', weight: 2, who: 'people', says: 'cancelled a password reset', make: () => [] },
  { type: 'PluginInstalled', weight: 4, who: 'installer', says: 'installed a plugin', make: (r) => items({ type: 'plugin', data: { name: r.pick(PLUGINS), version: version(r) } }) },
  { type: 'PluginUninstalled', weight: 1, who: 'installer', says: 'uninstalled a plugin', make: (r) => items({ type: 'plugin', data: { name: r.pick(PLUGINS) } }) },
  { type: 'PluginActivated', weight: 5, who: 'installer', says: 'activated a plugin', make: (r) => items({ type: 'plugin', data: { name: r.pick(PLUGINS), active: true } }) },
  { type: 'PluginDeactivated', weight: 2, who: 'installer', says: 'deactivated a plugin', make: (r) => items({ type: 'plugin', data: { name: r.pick(PLUGINS), active: false } }) },
  { type: 'PrivacyActivatedDoNotTrack', weight: 1, who: 'super', says: 'enabled support for Do Not Track', make: () => [] },
  { type: 'PrivacyDeactivatedDoNotTrack', weight: 1, who: 'super', says: 'disabled support for Do Not Track', make: () => [] },
  { type: 'PrivacySetAnonymizeIp', weight: 2, who: 'super', says: 'changed the IP anonymization settings', make: (r) => ({ enabled: true, items: [{ type: 'setting', data: { name: 'ip_address_mask_length', value: r.int(1, 3) } }] }) },
  { type: 'PrivacySetDeleteLogsSettings', weight: 2, who: 'super', says: 'changed the settings for deleting old raw data', make: (r) => ({ enable: true, items: [{ type: 'setting', data: { name: 'delete_logs_older_than', value: r.pick([180, 365, 730]) } }] }) },
  { type: 'PrivacySetDeleteReportsSettings', weight: 1, who: 'super', says: 'changed the settings for deleting old reports', make: () => ({ enable: false }) },
  { type: 'PrivacySetScheduleReportDeletionSettings', weight: 1, who: 'super', says: 'changed the schedule for deleting old data', make: () => ({ items: [{ type: 'setting', data: { name: 'delete_logs_schedule_lowest_interval', value: 7 } }] }) },
  { type: 'PrivacyAnonymizedSomeRawData', weight: 2, who: 'super', says: 'anonymized some raw data', make: (r) => items(siteItem(site(r))) },
  { type: 'PrivacyDeleteDataSubjects', weight: 2, who: 'super', says: 'deleted the data of data subjects', make: (r) => ({ count: r.int(1, 4) }) },
  { type: 'PrivacyExportDataSubjects', weight: 2, who: 'super', says: 'exported the data of data subjects', make: (r) => ({ count: r.int(1, 3) }) },
  { type: 'PrivacyFindDataSubjects', weight: 3, who: 'super', says: 'searched for data subjects', make: () => ({ segment: 'userId==customer-1042' }) },
  { type: 'ReportsInvalidated', weight: 60, who: 'console', says: 'invalidated reports', make: (r, _login, at) => ({ dates: [formatDay(utcDay(at) - r.int(1, 30))], period: 'day', items: [siteItem(site(r))] }) },
  { type: 'ScheduledReportAdded', weight: 6, who: 'people', says: 'added a new scheduled report', make: (r) => reportMade(r) },
  { type: 'ScheduledReportChanged', weight: 5, who: 'people', says: 'changed a scheduled report', make: (r) => reportMade(r) },
  { type: 'ScheduledReportDeleted', weight: 2, who: 'people', says: 'deleted a scheduled report', make: (r) => reportMade(r) },
  { type: 'ScheduledReportSent', weight: 290, who: 'system', says: 'sent a scheduled report', make: (r) => reportMade(r) },
  { type: 'ScheduledReportUnsubscribe', weight: 3, who: 'anonymous', says: 'unsubscribed from a scheduled report', make: (r) => ({ email: 'subscriber@example.com', ...reportMade(r) }) },
  { type: 'SegmentAdded', weight: 30, who: 'people', says: 'added a new segment', make: (r) => segmentMade(r) },
  { type: 'SegmentChanged', weight: 30, who: 'people', says: 'changed a segment', make: (r) => segmentMade(r) },
  { type: 'SegmentDeleted', weight: 8, who: 'people', says: 'deleted a segment', make: (r) => segmentMade(r) },
  { type: 'SystemSettingsUpdated', weight: 6, who: 'super', says: 'updated system settings', make: (r) => { const plugin = r.pick(['CoreAdminHome', 'Login', 'PrivacyManager', 'ActivityLog']); return { plugin, items: [{ type: 'plugin', data: { name: plugin } }] }; } },
  { type: 'TwoFactorEnabled', weight: 3, who: 'people', says: 'enabled two-factor authentication', make: () => [] },
  { type: 'TwoFactorDisabled', weight: 1, who: 'people', says: 'disabled two-factor authentication', make: () => [] },
  { type: 'UserCreated', weight: 4, who: 'super', says: 'added a new user', make: (r, login) => items(userItem(otherUser(r, login))) },
  { type: 'UserChanged', weight: 5, who: 'super', says: 'changed a user', make: (r, login) => items(userItem(otherUser(r, login))) },
  { type: 'UserRemoved', weight: 1, who: 'super', says: 'removed a user', make: () => items({ type: 'user', data: { login: 'intern2022', email: 'intern2022@example.com' } }) },
  { type: 'UserInvited', weight: 3, who: 'super', says: 'invited a new user', make: (r, login) => items(userItem(otherUser(r, login))) },
  { type: 'UserInviteAccepted', weight: 2, who: 'people', says: 'accepted an invitation', make: () => [] },
  { type: 'UserInviteDeclined', weight: 1, who: 'anonymous', says: 'declined an invitation', make: () => items({ type: 'user', data: { login: 'guest.analyst', email: 'guest.analyst@example.net' } }) },
  { type: 'UserResendInvite', weight: 1, who: 'super', says: 'resent an invitation', make: (r, login) => items(userItem(otherUser(r, login))) },
  { type: 'UserSignedIn', weight: 900, who: 'people', says: 'logged in', make: () => [] },
  // The plugin records a failed sign-in under the login that was tried, without parameters.
  { type: 'UserSignInFailed', weight: 150, who: 'attempted', says: 'failed to log in', make: () => [] },
  { type: 'UserSignedOff', weight: 230, who: 'people', says: 'logged out', make: () => [] },
  { type: 'UserSettingsUpdated', weight: 14, who: 'people', says: 'updated personal settings', make: (r) => ({ items: [{ type: 'setting', data: { name: r.pick(['language', 'timeformat', 'email']) } }] }) },
  { type: 'UserSetPreference', weight: 150, who: 'people', says: 'changed a preference', make: (r) => { const name = r.pick(PREFERENCES); return { items: [{ type: 'setting', data: { name, value: name === 'defaultReportDate' ? 'yesterday' : '1' } }] }; } },
  { type: 'UserSetSuperUserAccess', weight: 1, who: 'super', says: 'changed the super user access of a user', make: (r, login) => ({ has_access: true, ...items(userItem(otherUser(r, login))) }) },
  // Recorded as the real plugin does: the access given is an item of its own, after the user and the website.
  {
    type: 'UserSiteAccessChanged',
    weight: 8,
    who: 'super',
    says: 'changed access for measurables',
    make: (r, login) => {
      const access = r.pick(['view', 'write', 'admin']);
      return items(userItem(otherUser(r, login)), siteItem(site(r)), { type: 'access', data: { access } });
    },
  },
  { type: 'UserCapabilitiesAdded', weight: 2, who: 'super', says: 'added capabilities to a user', make: (r, login) => ({ capabilities: [r.pick(CAPABILITIES)], items: [userItem(otherUser(r, login)), siteItem(site(r))] }) },
  { type: 'UserCapabilitiesRemoved', weight: 1, who: 'super', says: 'removed capabilities from a user', make: (r, login) => ({ capabilities: [r.pick(CAPABILITIES)], items: [userItem(otherUser(r, login)), siteItem(site(r))] }) },
  {
    type: 'UserCreatedAppSpecificTokenAuth',
    weight: 5,
    who: 'people',
    says: 'created a new app specific token auth',
    make: (r, login) => {
      const description = r.pick(['Dashboard widgets', 'Reporting script', 'Looker Studio']);
      const user = MATOMO_USERS.find((u) => u.login === login);
      return { parameters: { description, items: user ? [userItem(user)] : [] }, description: `created a new app specific token auth "${description}"` };
    },
  },
  { type: 'UserCountrySetLocationProvider', weight: 1, who: 'super', says: 'changed the geolocation provider', make: () => ({ provider: 'geoip2php' }) },
  { type: 'AbTesting/ExperimentAdded', weight: 3, who: 'managers', says: 'created a new A/B test', make: siteScoped('experiment', EXPERIMENTS) },
  { type: 'AbTesting/ExperimentStatusChanged', weight: 3, who: 'managers', says: 'changed the status of an A/B test', make: (r) => ({ status: r.pick(['running', 'finished', 'archived']), ...(siteScoped('experiment', EXPERIMENTS)(r) as object) }) },
  { type: 'HeatmapSessionRecording/HeatmapAdded', weight: 3, who: 'managers', says: 'created a new heatmap', make: siteScoped('heatmap', HEATMAPS) },
  { type: 'HeatmapSessionRecording/SessionRecordingAdded', weight: 2, who: 'managers', says: 'created a new session recording', make: siteScoped('sessionrecording', ['Checkout flow']) },
  { type: 'CustomReports/ReportAdded', weight: 3, who: 'managers', says: 'created a new custom report', make: siteScoped('customreport', CUSTOM_REPORTS) },
  { type: 'CustomReports/ReportUpdated', weight: 4, who: 'managers', says: 'updated a custom report', make: siteScoped('customreport', CUSTOM_REPORTS) },
  { type: 'FormAnalytics/FormUpdated', weight: 3, who: 'managers', says: 'updated a form', make: siteScoped('form', FORMS) },
  { type: 'FormAnalytics/FormAdded', weight: 2, who: 'managers', says: 'created a new form', make: siteScoped('form', FORMS) },
  { type: 'ReferrersManager/SearchEngineAdded', weight: 1, who: 'super', says: 'added a new search engine', make: () => ({ items: [{ type: 'searchengine', data: { name: 'Ecosia', url: 'ecosia.org' } }] }) },
  ] satisfies Kind[]
).map((kind) => ({ ...kind, type: kind.type.includes('/') ? kind.type : `ActivityLog/${kind.type}` }));

/** An annotation: its note (`text`) and the day it is about (`date`), as the plugin records them, and its site. */
function annotation(r: Random, at: number): Parameters {
  const note = r.pick(NOTES);
  const day = formatDay(utcDay(at) - r.int(0, 20));
  return items({ type: 'annotation', data: { id: r.int(1, 60), text: note, date: day } }, siteItem(site(r)));
}

function goalMade(r: Random): Parameters {
  const s = site(r);
  const names = GOALS[s.idsite]!;
  const index = r.int(0, names.length - 1);
  return items({ type: 'goal', data: { id: index + 1, name: names[index]!, revenue: r.chance(0.3) ? r.pick([5, 10, 49.9]) : false } }, siteItem(s));
}

const version = (r: Random) => `${r.int(4, 5)}.${r.int(0, 9)}.${r.int(0, 9)}`;

function reportMade(r: Random): Parameters {
  const index = r.int(0, REPORTS.length - 1);
  const name = REPORTS[index]!;
  const period = name.startsWith('Weekly') ? 'week' : name.startsWith('Monthly') ? 'month' : 'day';
  // The hour comes as a string, as measured.
  return items({ type: 'scheduledreport', data: { id: index + 1, description: name, period, hour: '6', type: 'email', format: r.pick(['pdf', 'html', 'csv']) } }, siteItem(site(r)));
}

function segmentMade(r: Random): Parameters {
  const index = r.int(0, SEGMENTS.length - 1);
  const segment = SEGMENTS[index]!;
  const segmentItem: Item = { type: 'segment', data: { id: index + 1, name: segment.name, definition: segment.definition } };
  return r.chance(0.3) ? items(segmentItem) : items(segmentItem, siteItem(site(r)));
}

const pickPerson = weightedPicker(
  MATOMO_USERS.map((u) => u.login),
  MATOMO_USERS.map((u) => (u.login === SUPER_USER_LOGIN ? 3 : u.login === VIEWER_LOGIN ? 2 : u.login === 'sophie.martin' ? 2 : 1.2)),
);
const MANAGERS = MATOMO_USERS.filter((u) => u.superuser_access || Object.values(u.access).some((a) => a !== 'view')).map((u) => u.login);

function performer(r: Random, who: Performer): string {
  switch (who) {
    case 'people':
      return pickPerson(r);
    case 'managers':
      return r.chance(0.4) ? SUPER_USER_LOGIN : r.pick(MANAGERS);
    case 'super':
      return SUPER_USER_LOGIN;
    case 'system':
      return 'Matomo System';
    case 'console':
      return r.chance(0.8) ? 'Console Command' : 'Matomo System';
    case 'installer':
      return r.chance(0.5) ? 'Console Command' : SUPER_USER_LOGIN;
    case 'anonymous':
      return 'anonymous';
    case 'attempted':
      return r.pick(['admin', 'administrator', 'root', 'reader', 'sophie.martin', 'test']);
  }
}

const USERS_BY_LOGIN = new Map(MATOMO_USERS.map((u) => [u.login, u]));

const COUNTRY_NAMES = new Map(Object.entries({
  de: 'Germany', fr: 'France', gb: 'United Kingdom', in: 'India', pl: 'Poland', us: 'United States', br: 'Brazil', nl: 'Netherlands', vn: 'Vietnam', cn: 'China',
}));
const STRANGERS = [
  { country: 'us', ip: '198.51.100.201' },
  { country: 'br', ip: '203.0.113.199' },
  { country: 'nl', ip: '192.0.2.222' },
  { country: 'vn', ip: '2001:db8::7a3' },
  { country: 'cn', ip: '203.0.113.5' },
];

/**
 * The Activity Log: `ACTIVITY_COUNT` entries over the `ACTIVITY_DAYS` days before `now`, oldest
 * first (ids ascending with time). Covers every Activity Log type and a few of other plugins,
 * performed by the demo users and by "Matomo System", "Console Command" and "anonymous"; among
 * them, the investigations of seed-investigations.ts (a brute-force burst, overwrites between
 * admins, objects with long histories).
 */
export function seedActivity(now: number): ActivityEntry[] {
  const r = createRandom(0x5eed_ac71);
  const dayStart = utcDay(now) * 86_400_000;
  const scripted = investigationEntries(now);
  const count = ACTIVITY_COUNT - scripted.length;
  const pickKind = weightedPicker(KINDS, KINDS.map((k) => k.weight));
  // Every type at least once, at random places; the rest by frequency.
  const chosen: Kind[] = Array.from({ length: count }, () => pickKind(r));
  KINDS.forEach((kind, i) => {
    chosen[(i * 41 + r.int(0, 40)) % count] = kind;
  });

  // Types are drawn independently of times, so sorting the times alone keeps both random.
  const stamps = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const daysAgo = r.int(1, ACTIVITY_DAYS);
    stamps[i] = dayStart - daysAgo * 86_400_000 + (pickHour(r) * 3600 + r.int(0, 3599)) * 1000;
  }
  stamps.sort();

  const drawn: ScriptedEntry[] = chosen.map((kind, position) => {
    const at = stamps[position]!;
    const login = performer(r, kind.who);
    const made = kind.make(r, login, at);
    const own = !Array.isArray(made) && 'description' in made && typeof made.description === 'string' ? (made as { parameters: Parameters; description: string }) : undefined;
    const place = USERS_BY_LOGIN.has(login) ? undefined : login === 'anonymous' || kind.who === 'attempted' ? r.pick(STRANGERS) : { country: 'xx', ip: '0.0.0.0' };
    return { at, user_login: login, type: kind.type, parameters: own ? own.parameters : (made as Parameters), description: own ? own.description : kind.says, place };
  });
  // The investigations' stories among the random entries, in time order (ids ascending with time).
  const all = [...drawn, ...scripted].sort((a, b) => a.at - b.at);

  return all.map((e, position) => {
    const ms = e.at;
    const place = e.place ?? placeOf(e.user_login) ?? { country: 'xx', ip: '0.0.0.0' };
    return {
      id: position + 1,
      user_login: e.user_login,
      type: e.type,
      parameters: e.parameters,
      country: place.country,
      ip: place.ip,
      datetime: utcDateTime(ms),
      datetime_pretty: prettyDateTime(ms),
      time_relative_pretty: relativeTime((now - ms) / 1000),
      description: e.description,
      avatar: avatarPath(e.user_login),
      country_flag: `plugins/Morpheus/icons/dist/flags/${place.country || 'xx'}.png`,
      country_name: COUNTRY_NAMES.get(place.country) ?? INVESTIGATION_COUNTRIES.get(place.country) ?? 'Unknown',
    };
  });
}

/** Matomo's own picture for a login (its Gravatar setting off): one of its numbered avatars, relative to the Matomo root. */
function avatarPath(login: string): string {
  let hash = 7;
  for (const c of login) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return `plugins/ActivityLog/images/avatar${(hash % 24) + 1}.png`;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Most activity happens in working hours (UTC). */
const pickHour = weightedPicker(HOURS, HOURS.map((h) => (h >= 7 && h <= 17 ? 10 : h >= 5 && h <= 21 ? 3 : 1)));

/** "YYYY-MM-DD HH:MM:SS" in UTC. */
export function utcDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Matomo's short English date and time, e.g. "Dec 6, 2026 18:24:58" (UTC), as measured. */
function prettyDateTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** Matomo's "time as a sentence" plus " ago": "1 years 20 days ago", "3 days 4 hours ago", "5 hours 12 min ago". */
function relativeTime(seconds: number): string {
  if (seconds <= 0) return '';
  const year = 86_400 * 365.25;
  const years = Math.floor(seconds / year);
  const days = Math.floor((seconds - years * year) / 86_400);
  const afterDays = seconds - days * 86_400;
  const hours = Math.floor(afterDays / 3600);
  const minutes = Math.floor((afterDays - hours * 3600) / 60);
  const rest = Math.round(afterDays - hours * 3600 - minutes * 60);
  let text: string;
  if (years > 0) text = `${years} years ${days} days`;
  else if (days > 0) text = `${days} days ${hours} hours`;
  else if (hours > 0) text = `${hours} hours ${minutes} min`;
  else if (minutes > 0) text = `${minutes} min ${rest}s`;
  else text = `${rest}s`;
  return `${text} ago`;
}
