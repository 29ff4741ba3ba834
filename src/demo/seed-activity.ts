import { MATOMO_USERS, SUPER_USER_LOGIN, VIEWER_LOGIN, type MatomoUser } from './accounts.js';
import { formatDay, pad2, utcDay } from './calendar.js';
import { md5 } from './md5.js';
import { createRandom, weightedPicker, type Random } from './random.js';
import { SITE_DIRECTORY } from './seed-visits.js';

/** One Activity Log entry, with the fields `ActivityLog.getEntries` answers. */
export interface ActivityEntry {
  id: string;
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
  /** Plain text without the performer, e.g. "added a new goal". */
  description: string;
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
type Made = { description: string; parameters: Record<string, unknown> | [] };
type Performer = 'people' | 'managers' | 'super' | 'system' | 'console' | 'anonymous' | 'installer';

interface Kind {
  type: string;
  /** Relative frequency. */
  weight: number;
  who: Performer;
  /** `at`: the entry's instant (ms). */
  make(r: Random, login: string, at: number): Made;
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
const quoted = (text: string) => `"${text}"`;

function goal(r: Random) {
  const s = site(r);
  const names = GOALS[s.idsite]!;
  const index = r.int(0, names.length - 1);
  return { s, item: named('goal', index + 1, names[index]!) };
}

function siteScoped(type: string, names: readonly string[], verb: string, noun: string): (r: Random) => Made {
  return (r) => {
    const s = site(r);
    const index = r.int(0, names.length - 1);
    return { description: `${verb} the ${noun} ${quoted(names[index]!)} for website ${quoted(s.name)}`, parameters: items(named(type, index + 1, names[index]!), siteItem(s)) };
  };
}

const KINDS: Kind[] = (
  [
  { type: 'AnnotationAdded', weight: 40, who: 'people', make: (r) => annotation(r, 'added an annotation') },
  { type: 'AnnotationChanged', weight: 12, who: 'people', make: (r) => annotation(r, 'changed an annotation') },
  { type: 'AnnotationDeleted', weight: 6, who: 'people', make: (r) => annotation(r, 'deleted an annotation') },
  {
    type: 'ComponentUpdated',
    weight: 14,
    who: 'console',
    make: (r) => {
      const i = r.int(0, VERSIONS.length - 2);
      const [from, to] = [VERSIONS[i]!, VERSIONS[i + 1]!];
      return { description: `updated Matomo from version ${from} to ${to}`, parameters: { component: 'core', version_old: from, version_new: to, items: [{ type: 'component', data: { name: 'core', version: to } }] } };
    },
  },
  { type: 'CustomAlertAdded', weight: 6, who: 'managers', make: siteScoped('customalert', ALERTS, 'created', 'alert') },
  { type: 'CustomAlertChanged', weight: 5, who: 'managers', make: siteScoped('customalert', ALERTS, 'changed', 'alert') },
  { type: 'CustomAlertDeleted', weight: 3, who: 'managers', make: siteScoped('customalert', ALERTS, 'deleted', 'alert') },
  { type: 'CustomDimensionAdded', weight: 4, who: 'managers', make: siteScoped('customdimension', DIMENSIONS, 'configured', 'custom dimension') },
  { type: 'CustomDimensionChanged', weight: 4, who: 'managers', make: siteScoped('customdimension', DIMENSIONS, 'changed', 'custom dimension') },
  { type: 'GoalAdded', weight: 12, who: 'managers', make: (r) => goalMade(r, 'added a new goal') },
  { type: 'GoalChanged', weight: 18, who: 'managers', make: (r) => goalMade(r, 'changed the goal') },
  { type: 'GoalDeleted', weight: 4, who: 'managers', make: (r) => goalMade(r, 'deleted the goal') },
  { type: 'MeasurableCreated', weight: 2, who: 'super', make: (r) => siteMade(r, 'created the website') },
  { type: 'MeasurableChanged', weight: 8, who: 'managers', make: (r) => siteMade(r, 'changed the website') },
  { type: 'MeasurableRemoved', weight: 1, who: 'super', make: () => ({ description: 'removed the website "Old campaign site"', parameters: items({ type: 'measurable', data: { id: 4, type: 'website', name: 'Old campaign site', urls: ['https://campaign.example.com'] } }) }) },
  { type: 'MeasurableSettingsUpdated', weight: 6, who: 'managers', make: (r) => siteMade(r, 'updated the settings of the website') },
  { type: 'PasswordResetInitiated', weight: 8, who: 'anonymous', make: (r) => { const u = r.pick(MATOMO_USERS); return { description: 'requested a password reset', parameters: items(userItem(u)) }; } },
  { type: 'PasswordResetConfirmed', weight: 6, who: 'people', make: () => ({ description: 'confirmed a password reset', parameters: [] }) },
  { type: 'PasswordResetCancelled', weight: 2, who: 'people', make: () => ({ description: 'cancelled a password reset', parameters: [] }) },
  { type: 'PluginInstalled', weight: 4, who: 'installer', make: (r) => pluginMade(r, 'installed the plugin') },
  { type: 'PluginUninstalled', weight: 1, who: 'installer', make: (r) => pluginMade(r, 'uninstalled the plugin') },
  { type: 'PluginActivated', weight: 5, who: 'installer', make: (r) => pluginMade(r, 'activated the plugin') },
  { type: 'PluginDeactivated', weight: 2, who: 'installer', make: (r) => pluginMade(r, 'deactivated the plugin') },
  { type: 'PrivacyActivatedDoNotTrack', weight: 1, who: 'super', make: () => ({ description: 'enabled support for Do Not Track', parameters: [] }) },
  { type: 'PrivacyDeactivatedDoNotTrack', weight: 1, who: 'super', make: () => ({ description: 'disabled support for Do Not Track', parameters: [] }) },
  { type: 'PrivacySetAnonymizeIp', weight: 2, who: 'super', make: (r) => { const bytes = r.int(1, 3); return { description: `set IP anonymization to ${bytes} byte${bytes > 1 ? 's' : ''}`, parameters: { enabled: true, items: [{ type: 'setting', data: { name: 'ip_address_mask_length', value: bytes } }] } }; } },
  { type: 'PrivacySetDeleteLogsSettings', weight: 2, who: 'super', make: (r) => { const days = r.pick([180, 365, 730]); return { description: `set raw data to be deleted after ${days} days`, parameters: { enable: true, items: [{ type: 'setting', data: { name: 'delete_logs_older_than', value: days } }] } }; } },
  { type: 'PrivacySetDeleteReportsSettings', weight: 1, who: 'super', make: () => ({ description: 'changed the settings for deleting old reports', parameters: { enable: false } }) },
  { type: 'PrivacySetScheduleReportDeletionSettings', weight: 1, who: 'super', make: () => ({ description: 'scheduled old data deletion to run weekly', parameters: { items: [{ type: 'setting', data: { name: 'delete_logs_schedule_lowest_interval', value: 7 } }] } }) },
  { type: 'PrivacyAnonymizedSomeRawData', weight: 2, who: 'super', make: (r) => { const s = site(r); return { description: `anonymized raw data of website ${quoted(s.name)}`, parameters: items(siteItem(s)) }; } },
  { type: 'PrivacyDeleteDataSubjects', weight: 2, who: 'super', make: (r) => { const n = r.int(1, 4); return { description: `deleted the data of ${n} data subject${n > 1 ? 's' : ''}`, parameters: { count: n } }; } },
  { type: 'PrivacyExportDataSubjects', weight: 2, who: 'super', make: (r) => { const n = r.int(1, 3); return { description: `exported the data of ${n} data subject${n > 1 ? 's' : ''}`, parameters: { count: n } }; } },
  { type: 'PrivacyFindDataSubjects', weight: 3, who: 'super', make: () => ({ description: 'searched for data subjects', parameters: { segment: 'userId==customer-1042' } }) },
  { type: 'ReportsInvalidated', weight: 60, who: 'console', make: (r, _login, at) => { const s = site(r); const d = formatDay(utcDay(at) - r.int(1, 30)); return { description: `invalidated the reports of ${d} for website ${quoted(s.name)}`, parameters: { dates: [d], period: 'day', items: [siteItem(s)] } }; } },
  { type: 'ScheduledReportAdded', weight: 6, who: 'people', make: (r) => reportMade(r, 'created the scheduled report') },
  { type: 'ScheduledReportChanged', weight: 5, who: 'people', make: (r) => reportMade(r, 'changed the scheduled report') },
  { type: 'ScheduledReportDeleted', weight: 2, who: 'people', make: (r) => reportMade(r, 'deleted the scheduled report') },
  { type: 'ScheduledReportSent', weight: 290, who: 'system', make: (r) => reportMade(r, 'sent the scheduled report') },
  { type: 'ScheduledReportUnsubscribe', weight: 3, who: 'anonymous', make: (r) => { const made = reportMade(r, 'unsubscribed from the scheduled report'); return { ...made, parameters: { email: 'subscriber@example.com', ...(made.parameters as object) } }; } },
  { type: 'SegmentAdded', weight: 30, who: 'people', make: (r) => segmentMade(r, 'created the segment') },
  { type: 'SegmentChanged', weight: 30, who: 'people', make: (r) => segmentMade(r, 'changed the segment') },
  { type: 'SegmentDeleted', weight: 8, who: 'people', make: (r) => segmentMade(r, 'deleted the segment') },
  { type: 'SystemSettingsUpdated', weight: 6, who: 'super', make: (r) => { const plugin = r.pick(['CoreAdminHome', 'Login', 'PrivacyManager', 'ActivityLog']); return { description: `updated the system settings of ${plugin}`, parameters: { plugin, items: [{ type: 'plugin', data: { name: plugin } }] } }; } },
  { type: 'TwoFactorEnabled', weight: 3, who: 'people', make: () => ({ description: 'enabled two-factor authentication', parameters: [] }) },
  { type: 'TwoFactorDisabled', weight: 1, who: 'people', make: () => ({ description: 'disabled two-factor authentication', parameters: [] }) },
  { type: 'UserCreated', weight: 4, who: 'super', make: (r, login) => userMade(r, login, 'created the user') },
  { type: 'UserChanged', weight: 5, who: 'super', make: (r, login) => userMade(r, login, 'changed the user') },
  { type: 'UserRemoved', weight: 1, who: 'super', make: () => ({ description: 'removed the user "intern2022"', parameters: items({ type: 'user', data: { login: 'intern2022', email: 'intern2022@example.com' } }) }) },
  { type: 'UserInvited', weight: 3, who: 'super', make: (r, login) => userMade(r, login, 'invited the user') },
  { type: 'UserInviteAccepted', weight: 2, who: 'people', make: () => ({ description: 'accepted the invitation', parameters: [] }) },
  { type: 'UserInviteDeclined', weight: 1, who: 'anonymous', make: () => ({ description: 'declined the invitation of "guest.analyst"', parameters: items({ type: 'user', data: { login: 'guest.analyst', email: 'guest.analyst@example.net' } }) }) },
  { type: 'UserResendInvite', weight: 1, who: 'super', make: (r, login) => userMade(r, login, 'resent the invitation to') },
  { type: 'UserSignedIn', weight: 900, who: 'people', make: () => ({ description: 'signed in', parameters: [] }) },
  { type: 'UserSignInFailed', weight: 150, who: 'anonymous', make: (r) => { const attempted = r.pick(['admin', 'administrator', 'root', 'reader', 'sophie.martin', 'test']); return { description: `failed to sign in as "${attempted}"`, parameters: { login: attempted } }; } },
  { type: 'UserSignedOff', weight: 230, who: 'people', make: () => ({ description: 'signed out', parameters: [] }) },
  { type: 'UserSettingsUpdated', weight: 14, who: 'people', make: (r) => { const field = r.pick(['language', 'timeformat', 'email']); return { description: `updated their personal settings (${field})`, parameters: { items: [{ type: 'setting', data: { name: field } }] } }; } },
  { type: 'UserSetPreference', weight: 150, who: 'people', make: (r) => { const name = r.pick(PREFERENCES); return { description: `set the preference ${quoted(name)}`, parameters: { items: [{ type: 'setting', data: { name, value: name === 'defaultReportDate' ? 'yesterday' : '1' } }] } }; } },
  { type: 'UserSetSuperUserAccess', weight: 1, who: 'super', make: (r, login) => { const made = userMade(r, login, 'gave super user access to'); return { ...made, parameters: { has_access: true, ...(made.parameters as object) } }; } },
  { type: 'UserSiteAccessChanged', weight: 8, who: 'super', make: (r, login) => { const u = otherUser(r, login); const s = site(r); const access = r.pick(['view', 'write', 'admin']); return { description: `gave "${access}" access to website ${quoted(s.name)} to the user ${quoted(u.login)}`, parameters: { access, items: [userItem(u), siteItem(s)] } }; } },
  { type: 'UserCapabilitiesAdded', weight: 2, who: 'super', make: (r, login) => capabilityMade(r, login, 'added') },
  { type: 'UserCapabilitiesRemoved', weight: 1, who: 'super', make: (r, login) => capabilityMade(r, login, 'removed') },
  { type: 'UserCreatedAppSpecificTokenAuth', weight: 5, who: 'people', make: (r) => { const description = r.pick(['Dashboard widgets', 'Reporting script', 'Looker Studio']); return { description: `created the personal access token ${quoted(description)}`, parameters: { description } }; } },
  { type: 'UserCountrySetLocationProvider', weight: 1, who: 'super', make: () => ({ description: 'set the geolocation provider to "DBIP / GeoIP 2 (PHP)"', parameters: { provider: 'geoip2php' } }) },
  { type: 'AbTesting/ExperimentAdded', weight: 3, who: 'managers', make: siteScoped('experiment', EXPERIMENTS, 'created', 'A/B test') },
  { type: 'AbTesting/ExperimentStatusChanged', weight: 3, who: 'managers', make: (r) => { const m = siteScoped('experiment', EXPERIMENTS, 'changed the status of', 'A/B test')(r); return { ...m, parameters: { status: r.pick(['running', 'finished', 'archived']), ...(m.parameters as object) } }; } },
  { type: 'HeatmapSessionRecording/HeatmapAdded', weight: 3, who: 'managers', make: siteScoped('heatmap', HEATMAPS, 'created', 'heatmap') },
  { type: 'HeatmapSessionRecording/SessionRecordingAdded', weight: 2, who: 'managers', make: siteScoped('sessionrecording', ['Checkout flow'], 'created', 'session recording') },
  { type: 'CustomReports/ReportAdded', weight: 3, who: 'managers', make: siteScoped('customreport', CUSTOM_REPORTS, 'created', 'custom report') },
  { type: 'CustomReports/ReportUpdated', weight: 4, who: 'managers', make: siteScoped('customreport', CUSTOM_REPORTS, 'updated', 'custom report') },
  { type: 'FormAnalytics/FormUpdated', weight: 3, who: 'managers', make: siteScoped('form', FORMS, 'updated', 'form') },
  { type: 'FormAnalytics/FormAdded', weight: 2, who: 'managers', make: siteScoped('form', FORMS, 'created', 'form') },
  { type: 'ReferrersManager/SearchEngineAdded', weight: 1, who: 'super', make: () => ({ description: 'added the search engine "Ecosia"', parameters: { items: [{ type: 'searchengine', data: { name: 'Ecosia', url: 'ecosia.org' } }] } }) },
  ] satisfies Kind[]
).map((kind) => ({ ...kind, type: kind.type.includes('/') ? kind.type : `ActivityLog/${kind.type}` }));

function annotation(r: Random, verb: string): Made {
  const s = site(r);
  const note = r.pick(NOTES);
  return { description: `${verb} ${quoted(note)} for website ${quoted(s.name)}`, parameters: items({ type: 'annotation', data: { id: r.int(1, 60), note, starred: r.chance(0.2) } }, siteItem(s)) };
}

function goalMade(r: Random, verb: string): Made {
  const { s, item } = goal(r);
  return { description: `${verb} ${quoted(String(item.data.name))} for website ${quoted(s.name)}`, parameters: items(item, siteItem(s)) };
}

function siteMade(r: Random, verb: string): Made {
  const s = site(r);
  return { description: `${verb} ${quoted(s.name)}`, parameters: items(siteItem(s)) };
}

function pluginMade(r: Random, verb: string): Made {
  const name = r.pick(PLUGINS);
  const version = `${r.int(4, 5)}.${r.int(0, 9)}.${r.int(0, 9)}`;
  return { description: `${verb} ${quoted(name)}`, parameters: items({ type: 'plugin', data: { name, version } }) };
}

function reportMade(r: Random, verb: string): Made {
  const s = site(r);
  const index = r.int(0, REPORTS.length - 1);
  const name = REPORTS[index]!;
  const period = name.startsWith('Weekly') ? 'week' : name.startsWith('Monthly') ? 'month' : 'day';
  return {
    description: `${verb} ${quoted(name)} for website ${quoted(s.name)}`,
    parameters: items({ type: 'scheduledreport', data: { id: index + 1, description: name, period, hour: 6, type: 'email', format: r.pick(['pdf', 'html', 'csv']) } }, siteItem(s)),
  };
}

function segmentMade(r: Random, verb: string): Made {
  const index = r.int(0, SEGMENTS.length - 1);
  const segment = SEGMENTS[index]!;
  const s = r.chance(0.3) ? undefined : site(r);
  const segmentItem: Item = { type: 'segment', data: { id: index + 1, name: segment.name, definition: segment.definition } };
  return { description: `${verb} ${quoted(segment.name)}${s ? ` for website ${quoted(s.name)}` : ' for all websites'}`, parameters: s ? items(segmentItem, siteItem(s)) : items(segmentItem) };
}

function userMade(r: Random, login: string, verb: string): Made {
  const u = otherUser(r, login);
  return { description: `${verb} ${quoted(u.login)}`, parameters: items(userItem(u)) };
}

function capabilityMade(r: Random, login: string, verb: 'added' | 'removed'): Made {
  const u = otherUser(r, login);
  const s = site(r);
  const capability = r.pick(CAPABILITIES);
  return { description: `${verb} the capability ${quoted(capability)} ${verb === 'added' ? 'to' : 'from'} ${quoted(u.login)} for website ${quoted(s.name)}`, parameters: { capabilities: [capability], items: [userItem(u), siteItem(s)] } };
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
  }
}

const USERS_BY_LOGIN = new Map(MATOMO_USERS.map((u) => [u.login, u]));

const COUNTRY_NAMES: Record<string, string> = {
  de: 'Germany', fr: 'France', gb: 'United Kingdom', in: 'India', pl: 'Poland', us: 'United States', br: 'Brazil', nl: 'Netherlands', vn: 'Vietnam', cn: 'China',
};
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
 * performed by the demo users and by "Matomo System", "Console Command" and "anonymous".
 */
export function seedActivity(now: number): ActivityEntry[] {
  const r = createRandom(0x5eed_ac71);
  const dayStart = utcDay(now) * 86_400_000;
  const pickKind = weightedPicker(KINDS, KINDS.map((k) => k.weight));
  // Every type at least once, at random places; the rest by frequency.
  const chosen: Kind[] = Array.from({ length: ACTIVITY_COUNT }, () => pickKind(r));
  KINDS.forEach((kind, i) => {
    chosen[(i * 41 + r.int(0, 40)) % ACTIVITY_COUNT] = kind;
  });

  // Types are drawn independently of times, so sorting the times alone keeps both random.
  const stamps = new Float64Array(ACTIVITY_COUNT);
  for (let i = 0; i < ACTIVITY_COUNT; i++) {
    const daysAgo = r.int(1, ACTIVITY_DAYS);
    stamps[i] = dayStart - daysAgo * 86_400_000 + (pickHour(r) * 3600 + r.int(0, 3599)) * 1000;
  }
  stamps.sort();

  const avatars = new Map<string, string>();
  const avatarOf = (login: string) => {
    let url = avatars.get(login);
    if (!url) {
      const email = MATOMO_USERS.find((u) => u.login === login)?.email ?? login;
      url = `https://www.gravatar.com/avatar/${md5(email)}?d=identicon&s=40`;
      avatars.set(login, url);
    }
    return url;
  };

  return chosen.map((kind, position) => {
    const ms = stamps[position]!;
    const login = performer(r, kind.who);
    const made = kind.make(r, login, ms);
    const user = USERS_BY_LOGIN.get(login);
    const place = user ? { country: user.country, ip: user.ip } : login === 'anonymous' ? r.pick(STRANGERS) : { country: '', ip: '127.0.0.1' };
    return {
      id: String(position + 1),
      user_login: login,
      type: kind.type,
      parameters: made.parameters,
      country: place.country,
      ip: place.ip,
      datetime: utcDateTime(ms),
      datetime_pretty: prettyDateTime(ms),
      time_relative_pretty: relativeTime((now - ms) / 1000),
      description: made.description,
      avatar: avatarOf(login),
      country_flag: `plugins/Morpheus/icons/dist/flags/${place.country || 'unk'}.png`,
      country_name: COUNTRY_NAMES[place.country] ?? 'Unknown',
    };
  });
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

/** Matomo's short English date and time, e.g. "Mar 10, 2024, 2:05:11 PM" (UTC). */
function prettyDateTime(ms: number): string {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${hours % 12 || 12}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
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
