import type { Text } from '../i18n/types.js';
import { ACTIVITY_CATEGORIES, CATEGORY_TEXTS, catalogueVersion, registered, type ActivityCategory, type ActivityIconName, type ActivityTypeInfo } from './activity-types.js';

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

type Item = Text | [className: string, label: Text];

/**
 * Matomo's own activities (plugin "ActivityLog") by category: each type's label, with its class name
 * before it when that is not the label in camel case ("Goal added" is GoalAdded).
 */
const BUILT_IN_LIST: Record<Exclude<ActivityCategory, 'other'>, Item[]> = {
  users: [
    ['PasswordResetInitiated', { key: 'Password reset requested' }],
    { key: 'Password reset confirmed' },
    { key: 'Password reset cancelled' },
    ['TwoFactorEnabled', { key: 'Two-factor authentication enabled' }],
    ['TwoFactorDisabled', { key: 'Two-factor authentication disabled' }],
    { key: 'User created' },
    { key: 'User changed' },
    { key: 'User removed' },
    { key: 'User invited' },
    ['UserInviteAccepted', { key: 'Invitation accepted' }],
    ['UserInviteDeclined', { key: 'Invitation declined' }],
    ['UserResendInvite', { key: 'Invitation sent again' }],
    ['UserSignedIn', { key: 'Signed in' }],
    ['UserSignInFailed', { key: 'Sign-in failed' }],
    ['UserSignedOff', { key: 'Signed out' }],
    { key: 'User settings updated' },
    ['UserSetPreference', { key: 'User preference set' }],
    ['UserSetSuperUserAccess', { key: 'Super user access changed' }],
    ['UserSiteAccessChanged', { key: 'Website access changed' }],
    ['UserCapabilitiesAdded', { key: 'Capabilities added' }],
    ['UserCapabilitiesRemoved', { key: 'Capabilities removed' }],
    ['UserCreatedAppSpecificTokenAuth', { key: 'Personal access token created' }],
  ],
  websites: [
    ['MeasurableCreated', { key: 'Website created' }],
    ['MeasurableChanged', { key: 'Website changed' }],
    ['MeasurableRemoved', { key: 'Website removed' }],
    ['MeasurableSettingsUpdated', { key: 'Website settings updated' }],
  ],
  goals: [{ key: 'Goal added' }, { key: 'Goal changed' }, { key: 'Goal deleted' }],
  segments: [['SegmentAdded', { key: 'Segment created' }], ['SegmentChanged', { key: 'Segment updated' }], { key: 'Segment deleted' }],
  reports: [
    { key: 'Reports invalidated' },
    ['ScheduledReportAdded', { key: 'Scheduled report created' }],
    { key: 'Scheduled report changed' },
    { key: 'Scheduled report deleted' },
    { key: 'Scheduled report sent' },
    ['ScheduledReportUnsubscribe', { key: 'Scheduled report unsubscribed' }],
  ],
  privacy: [
    ['PrivacyActivatedDoNotTrack', { key: 'Do Not Track support enabled' }],
    ['PrivacyDeactivatedDoNotTrack', { key: 'Do Not Track support disabled' }],
    ['PrivacySetAnonymizeIp', { key: 'IP anonymisation settings changed' }],
    ['PrivacySetDeleteLogsSettings', { key: 'Raw data deletion settings changed' }],
    ['PrivacySetDeleteReportsSettings', { key: 'Report deletion settings changed' }],
    ['PrivacySetScheduleReportDeletionSettings', { key: 'Scheduled deletion settings changed' }],
    ['PrivacyAnonymizedSomeRawData', { key: 'Raw data anonymisation triggered' }],
    ['PrivacyDeleteDataSubjects', { key: 'Data subjects deleted (GDPR)' }],
    ['PrivacyExportDataSubjects', { key: 'Data subjects exported (GDPR)' }],
    ['PrivacyFindDataSubjects', { key: 'Data subjects searched (GDPR)' }],
  ],
  system: [
    ['ComponentUpdated', { key: 'Component updated (Matomo or a plugin)' }],
    { key: 'Plugin installed' },
    { key: 'Plugin uninstalled' },
    { key: 'Plugin activated' },
    { key: 'Plugin deactivated' },
    { key: 'System settings updated' },
    ['UserCountrySetLocationProvider', { key: 'Geolocation provider changed' }],
  ],
  annotations: [{ key: 'Annotation added' }, { key: 'Annotation changed' }, { key: 'Annotation deleted' }],
  alerts: [
    { key: 'Custom alert added' },
    { key: 'Custom alert changed' },
    { key: 'Custom alert deleted' },
    ['CustomDimensionAdded', { key: 'Custom dimension configured' }],
    { key: 'Custom dimension changed' },
  ],
};

/** A user activity's icon: a key for credentials and access, a door for signing in and out. */
const userIcon = (name: string): ActivityIconName =>
  /SignedOff/.test(name) ? 'sign-out' : /SignIn|SignedIn/.test(name) ? 'sign-in' : /Password|TwoFactor|Access|Capabilit|Token/.test(name) ? 'key' : 'user';

/** The list above by class name: [category, label, icon]. */
const BUILT_IN = new Map<string, [ActivityCategory, Text, ActivityIconName]>();
for (const [category, items] of Object.entries(BUILT_IN_LIST) as Array<[ActivityCategory, Item[]]>) {
  for (const item of items) {
    const [name, label] = Array.isArray(item) ? item : [item.key.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()), item];
    BUILT_IN.set(name, [category, label, category === 'users' ? userIcon(name) : CATEGORY_ICONS[category]]);
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
    const [group, groupLabel, groupText] = groupOf(own.category);
    const fallbackIcon = Object.hasOwn(CATEGORY_ICONS, group) ? CATEGORY_ICONS[group as ActivityCategory] : 'puzzle';
    return { id, label: own.label, text: own.label, group, groupLabel, groupText, icon: own.icon ?? fallbackIcon, plugin, known: true, describe: own.describe };
  }
  const builtIn = plugin === 'ActivityLog' ? BUILT_IN.get(name) : undefined;
  if (builtIn) {
    const [category, text, icon] = builtIn;
    return { id, label: text.key, text, group: category, groupLabel: ACTIVITY_CATEGORIES[category], groupText: CATEGORY_TEXTS[category], icon, plugin, known: true };
  }
  // An unknown type's label is made of its id (server data): it has no message.
  const label = humanize(name);
  const other = CATEGORY_TEXTS.other;
  return { id, label: label || 'Unknown activity', text: label || { key: 'Unknown activity' }, group: 'other', groupLabel: other.key, groupText: other, icon: 'puzzle', plugin, known: false };
}

/** A registered type's group: [key, English label, label as shown]; a category's key or English label, or a group of the page's own. */
function groupOf(category: string): [string, string, Text | string] {
  if (Object.hasOwn(CATEGORY_TEXTS, category)) return [category, ACTIVITY_CATEGORIES[category as ActivityCategory], CATEGORY_TEXTS[category as ActivityCategory]];
  for (const [key, text] of Object.entries(CATEGORY_TEXTS)) {
    if (text.key.toLowerCase() === category.trim().toLowerCase()) return [key, text.key, text];
  }
  const name = category.trim() || ACTIVITY_CATEGORIES.other;
  return [`custom:${name}`, name, category.trim() || CATEGORY_TEXTS.other];
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
