import { ACTIVITY_CATEGORIES, catalogueVersion, registered, type ActivityCategory, type ActivityIconName, type ActivityTypeInfo } from './activity-types.js';

// The catalogue of activity types: Matomo's own, with labels, categories and icons, and how any
// type (registered, built in, or unknown) is shown. Loaded with the list.

const CATEGORY_ICONS: Record<ActivityCategory, ActivityIconName> = {
  users: 'user',
  websites: 'site',
  goals: 'goal',
  segments: 'segment',
  reports: 'report',
  privacy: 'privacy',
  system: 'plugin',
  annotations: 'note',
  alerts: 'alert',
  other: 'puzzle',
};

/**
 * Matomo's own activities (plugin "ActivityLog") by category: class names, each followed by
 * `=Label` when its humanized name will not do, and `:icon` when it has its own icon.
 */
const BUILT_IN_LIST: Record<Exclude<ActivityCategory, 'other'>, string[]> = {
  users: [
    'PasswordResetInitiated=Password reset requested:key',
    'PasswordResetConfirmed:key',
    'PasswordResetCancelled:key',
    'TwoFactorEnabled=Two-factor authentication enabled:key',
    'TwoFactorDisabled=Two-factor authentication disabled:key',
    'UserCreated',
    'UserChanged',
    'UserRemoved',
    'UserInvited',
    'UserInviteAccepted=Invitation accepted',
    'UserInviteDeclined=Invitation declined',
    'UserResendInvite=Invitation sent again',
    'UserSignedIn=Signed in:sign-in',
    'UserSignInFailed=Sign-in failed:sign-in',
    'UserSignedOff=Signed out:sign-out',
    'UserSettingsUpdated',
    'UserSetPreference=User preference set',
    'UserSetSuperUserAccess=Super user access changed:key',
    'UserSiteAccessChanged=Website access changed:key',
    'UserCapabilitiesAdded=Capabilities added:key',
    'UserCapabilitiesRemoved=Capabilities removed:key',
    'UserCreatedAppSpecificTokenAuth=Personal access token created:key',
  ],
  websites: ['MeasurableCreated=Website created', 'MeasurableChanged=Website changed', 'MeasurableRemoved=Website removed', 'MeasurableSettingsUpdated=Website settings updated'],
  goals: ['GoalAdded', 'GoalChanged', 'GoalDeleted'],
  segments: ['SegmentAdded=Segment created', 'SegmentChanged=Segment updated', 'SegmentDeleted'],
  reports: [
    'ReportsInvalidated',
    'ScheduledReportAdded=Scheduled report created',
    'ScheduledReportChanged',
    'ScheduledReportDeleted',
    'ScheduledReportSent',
    'ScheduledReportUnsubscribe=Scheduled report unsubscribed',
  ],
  privacy: [
    'PrivacyActivatedDoNotTrack=Do Not Track support enabled',
    'PrivacyDeactivatedDoNotTrack=Do Not Track support disabled',
    'PrivacySetAnonymizeIp=IP anonymisation settings changed',
    'PrivacySetDeleteLogsSettings=Raw data deletion settings changed',
    'PrivacySetDeleteReportsSettings=Report deletion settings changed',
    'PrivacySetScheduleReportDeletionSettings=Scheduled deletion settings changed',
    'PrivacyAnonymizedSomeRawData=Raw data anonymisation triggered',
    'PrivacyDeleteDataSubjects=Data subjects deleted (GDPR)',
    'PrivacyExportDataSubjects=Data subjects exported (GDPR)',
    'PrivacyFindDataSubjects=Data subjects searched (GDPR)',
  ],
  system: [
    'ComponentUpdated=Component updated (Matomo or a plugin)',
    'PluginInstalled',
    'PluginUninstalled',
    'PluginActivated',
    'PluginDeactivated',
    'SystemSettingsUpdated',
    'UserCountrySetLocationProvider=Geolocation provider changed',
  ],
  annotations: ['AnnotationAdded', 'AnnotationChanged', 'AnnotationDeleted'],
  alerts: ['CustomAlertAdded', 'CustomAlertChanged', 'CustomAlertDeleted', 'CustomDimensionAdded=Custom dimension configured', 'CustomDimensionChanged'],
};

/** The list above by class name: [category, label, icon]. */
const BUILT_IN = new Map<string, [ActivityCategory, string, ActivityIconName]>();
for (const [category, items] of Object.entries(BUILT_IN_LIST) as Array<[ActivityCategory, string[]]>) {
  for (const item of items) {
    const [, name, label, icon] = /^(\w+)(?:=([^:]+))?(?::(.+))?$/.exec(item)!;
    BUILT_IN.set(name!, [category, label ?? humanize(name!), (icon as ActivityIconName | undefined) ?? CATEGORY_ICONS[category]]);
  }
}

const resolved = new Map<string, ActivityTypeInfo>();
let resolvedVersion = 0;

/** The ids of every type the catalogue knows: Matomo's own, then registered ones. */
export function knownActivityTypes(): string[] {
  const ids = [...BUILT_IN.keys()].map((name) => `ActivityLog/${name}`);
  for (const id of registered.keys()) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** How a type is shown: label, group and icon; unknown types get a readable label from their id. */
export function activityType(id: string): ActivityTypeInfo {
  if (resolvedVersion !== catalogueVersion()) {
    resolved.clear();
    resolvedVersion = catalogueVersion();
  }
  let info = resolved.get(id);
  if (!info) {
    info = resolve(id);
    // Ids come from the server: the cache is bounded, whatever it sends.
    if (resolved.size >= 500) resolved.clear();
    resolved.set(id, info);
  }
  return info;
}

function resolve(id: string): ActivityTypeInfo {
  const slash = id.indexOf('/');
  const plugin = slash > 0 ? id.slice(0, slash) : '';
  const name = slash >= 0 ? id.slice(slash + 1) : id;
  const own = registered.get(id);
  if (own) {
    const [group, groupLabel] = groupOf(own.category);
    const fallbackIcon = Object.hasOwn(CATEGORY_ICONS, group) ? CATEGORY_ICONS[group as ActivityCategory] : 'puzzle';
    return { id, label: own.label, group, groupLabel, icon: own.icon ?? fallbackIcon, plugin, known: true, describe: own.describe };
  }
  const builtIn = plugin === 'ActivityLog' ? BUILT_IN.get(name) : undefined;
  if (builtIn) {
    const [category, label, icon] = builtIn;
    return { id, label, group: category, groupLabel: ACTIVITY_CATEGORIES[category], icon, plugin, known: true };
  }
  return { id, label: humanize(name) || 'Unknown activity', group: 'other', groupLabel: ACTIVITY_CATEGORIES.other, icon: 'puzzle', plugin, known: false };
}

function groupOf(category: string): [string, string] {
  if (Object.hasOwn(ACTIVITY_CATEGORIES, category)) return [category, ACTIVITY_CATEGORIES[category as ActivityCategory]];
  for (const [key, label] of Object.entries(ACTIVITY_CATEGORIES)) {
    if (label.toLowerCase() === category.trim().toLowerCase()) return [key, label];
  }
  const name = category.trim() || ACTIVITY_CATEGORIES.other;
  return [`custom:${name}`, name];
}

/**
 * "ExperimentStatusChanged" → "Experiment status changed"; "ABTest_created" → "AB test created".
 * Linear in its input (no backtracking pattern), which is cut to 200 characters: ids come from the server.
 */
export function humanize(name: string): string {
  const words = name
    .slice(0, 200)
    .replace(/[_\-.]+/g, ' ')
    .replace(/([a-z\d])(?=[A-Z])/g, '$1 ')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : /^[A-Z]+$/.test(word) && word.length > 1 ? word : word.toLowerCase())).join(' ');
}
