import { expect } from '@open-wc/testing';
import { ACTIVITY_CATEGORIES, registerActivityType } from '../../src/activity-log/activity-types.js';
import { activityType, humanize, knownActivityTypes } from '../../src/activity-log/catalogue.js';

/** The details as label and value (the text searches and exports read). */
const labelled = (parameters: unknown) => described(parameters).map(({ label, value }) => ({ label, value }));
import { describeParameters as described } from '../../src/activity-log/parameters.js';

// Every type id PROTOCOLS.md lists as seen on the wire.
const WIRE_TYPES = `AnnotationAdded AnnotationChanged AnnotationDeleted ComponentUpdated CustomAlertAdded CustomAlertChanged
CustomAlertDeleted CustomDimensionAdded CustomDimensionChanged GoalAdded GoalChanged GoalDeleted MeasurableCreated
MeasurableChanged MeasurableRemoved MeasurableSettingsUpdated PasswordResetInitiated PasswordResetConfirmed
PasswordResetCancelled PluginInstalled PluginUninstalled PluginActivated PluginDeactivated PrivacyActivatedDoNotTrack
PrivacyDeactivatedDoNotTrack PrivacySetAnonymizeIp PrivacySetDeleteLogsSettings PrivacySetDeleteReportsSettings
PrivacySetScheduleReportDeletionSettings PrivacyAnonymizedSomeRawData PrivacyDeleteDataSubjects PrivacyExportDataSubjects
PrivacyFindDataSubjects ReportsInvalidated ScheduledReportAdded ScheduledReportChanged ScheduledReportDeleted
ScheduledReportSent ScheduledReportUnsubscribe SegmentAdded SegmentChanged SegmentDeleted SystemSettingsUpdated
TwoFactorEnabled TwoFactorDisabled UserCreated UserChanged UserRemoved UserInvited UserInviteAccepted UserInviteDeclined
UserResendInvite UserSignedIn UserSignInFailed UserSignedOff UserSettingsUpdated UserSetPreference UserSetSuperUserAccess
UserSiteAccessChanged UserCapabilitiesAdded UserCapabilitiesRemoved UserCreatedAppSpecificTokenAuth
UserCountrySetLocationProvider`
  .split(/\s+/)
  .map((name) => `ActivityLog/${name}`);

describe('the activity-type catalogue', () => {
  it('has a human label and one of the ten categories for every type id on the wire', () => {
    expect(WIRE_TYPES).to.have.length(63);
    const categories = new Set(Object.keys(ACTIVITY_CATEGORIES));
    for (const id of WIRE_TYPES) {
      const info = activityType(id);
      expect(info.known, id).to.equal(true);
      expect(categories.has(info.group), id).to.equal(true);
      expect(info.group, id).not.to.equal('other');
      expect(info.label, id).to.match(/^[A-Z][^/]+$/);
    }
    expect(knownActivityTypes()).to.include.members(WIRE_TYPES);
  });

  it('sorts types into the categories a reader expects', () => {
    expect(activityType('ActivityLog/GoalAdded')).to.include({ label: 'Goal added', groupLabel: 'Goals' });
    expect(activityType('ActivityLog/MeasurableCreated')).to.include({ label: 'Website created', groupLabel: 'Websites' });
    expect(activityType('ActivityLog/UserSignInFailed')).to.include({ label: 'Sign-in failed', groupLabel: 'Users & access' });
    expect(activityType('ActivityLog/PrivacySetAnonymizeIp').groupLabel).to.equal('Privacy');
    expect(activityType('ActivityLog/PluginActivated').groupLabel).to.equal('Plugins & system');
    expect(activityType('ActivityLog/CustomDimensionAdded').groupLabel).to.equal('Alerts & dimensions');
    expect(activityType('ActivityLog/AnnotationDeleted').groupLabel).to.equal('Annotations');
    expect(activityType('ActivityLog/ScheduledReportSent').groupLabel).to.equal('Reports');
    expect(activityType('ActivityLog/SegmentChanged').groupLabel).to.equal('Segments');
  });

  it('renders unknown types generically, from their id', () => {
    expect(activityType('AbTesting/ExperimentStatusChanged')).to.include({ label: 'Experiment status changed', group: 'other', groupLabel: 'Other plugins', plugin: 'AbTesting', known: false });
    expect(activityType('ActivityLog/SomethingNew')).to.include({ label: 'Something new', known: false });
    expect(activityType('')).to.include({ label: 'Unknown activity', known: false });
    expect(activityType('<img src=x onerror=alert(1)>').label).to.be.a('string');
  });

  it("gives a developer's own types a label, a category, an icon and a description", () => {
    registerActivityType('Heatmaps/HeatmapStopped', { label: 'Heatmap stopped', category: 'Reports', icon: '🔥', describe: (e) => `stopped heatmap #${e.id}` });
    const info = activityType('Heatmaps/HeatmapStopped');
    expect(info).to.include({ label: 'Heatmap stopped', group: 'reports', groupLabel: 'Reports', icon: '🔥', known: true });
    expect(info.describe!({ id: '7' } as never)).to.equal('stopped heatmap #7');
    registerActivityType('Forms/FormArchived', { label: 'Form archived', category: 'Forms' });
    expect(activityType('Forms/FormArchived')).to.include({ group: 'custom:Forms', groupLabel: 'Forms', icon: 'puzzle' });
    registerActivityType('CustomReports/ReportAdded', { label: 'Custom report created', category: 'reports' });
    expect(activityType('CustomReports/ReportAdded')).to.include({ groupLabel: 'Reports', icon: 'report' });
    expect(knownActivityTypes()).to.include('Forms/FormArchived');
  });

  it('refuses a registration without id or label', () => {
    expect(() => registerActivityType('', { label: 'x', category: 'other' })).to.throw(TypeError);
    expect(() => registerActivityType('A/B', { label: ' ', category: 'other' })).to.throw(TypeError);
  });

  it('humanizes class names', () => {
    expect(humanize('ExperimentStatusChanged')).to.equal('Experiment status changed');
    expect(humanize('ABTest_created')).to.equal('AB test created');
    expect(humanize('version_old')).to.equal('Version old');
  });
});

describe('the details in parameters', () => {
  it('names the goal and the website concerned', () => {
    const details = labelled({
      items: [
        { type: 'goal', data: { id: 3, name: 'Newsletter sign-up', revenue: 0 } },
        { type: 'measurable', data: { id: 1, type: 'website', name: 'Shop', urls: ['https://shop.example.com'] } },
      ],
    });
    expect(details).to.deep.equal([
      { label: 'Goal', value: 'Newsletter sign-up (id 3)' },
      { label: 'Website', value: 'Shop (id 1) – https://shop.example.com' },
    ]);
  });

  it('reads users, access, plugins, settings and segments', () => {
    expect(labelled({ items: [{ type: 'user', data: { login: 'reader', email: 'r@example.com' } }, { type: 'access', data: { access: 'view' } }] })).to.deep.equal([
      { label: 'User', value: 'reader (r@example.com)' },
      { label: 'Access', value: 'view' },
    ]);
    expect(labelled({ items: [{ type: 'plugin', data: { name: 'Heatmaps', version: '5.1.0' } }] })).to.deep.equal([{ label: 'Plugin', value: 'Heatmaps 5.1.0' }]);
    expect(labelled({ items: [{ type: 'setting', data: { name: 'Enable Gravatar', value: true } }] })).to.deep.equal([{ label: 'Enable Gravatar', value: 'Yes' }]);
    expect(labelled({ items: [{ type: 'setting', data: { name: 'Site search', value: '' } }] })).to.deep.equal([{ label: 'Site search', value: 'No value set' }]);
    expect(labelled({ items: [{ type: 'segment', data: { definition: 'browserCode==FF' } }] })).to.deep.equal([{ label: 'Segment', value: 'browserCode==FF' }]);
  });

  it('renders unknown item types and top-level values generically, without repeating them', () => {
    expect(labelled({ items: [{ type: 'widgetThing', data: { title: 'Blue widget' } }] })).to.deep.equal([{ label: 'Widget thing', value: 'Blue widget' }]);
    expect(labelled({ component: 'core', version_old: '5.2.0', version_new: '5.2.1', items: [{ type: 'component', data: { name: 'core', version: '5.2.1' } }] })).to.deep.equal([
      { label: 'Component', value: 'core 5.2.1' },
      { label: 'From version', value: '5.2.0' },
      { label: 'To version', value: '5.2.1' },
    ]);
  });

  it('gives every item type a real Matomo sent (recorded) its meaning, losing nothing it said', () => {
    // Each item as recorded from a real Matomo 5.1.2 with the Activity Log plugin 5.0.2.
    const recorded: Array<[unknown, string, string]> = [
      [{ type: 'annotation', data: { id: 1, text: 'Viewer note: spike?', date: '2026-11-25' } }, 'Annotation', 'Viewer note: spike? (2026-11-25)'],
      [{ type: 'goal', data: { id: 1, name: 'Contact form sent', revenue: false } }, 'Goal', 'Contact form sent (id 1)'],
      [{ type: 'measurable', data: { id: '4', type: 'website', name: 'Temp site', urls: ['https://temp.example.com'] } }, 'Website', 'Temp site (id 4) – https://temp.example.com'],
      [{ type: 'measurable', data: { id: 2, type: 'website', name: 'Shop (Los Angeles) <b>&</b>', urls: ['https://shop.example.com'] } }, 'Website', 'Shop (Los Angeles) <b>&</b> (id 2) – https://shop.example.com'],
      [{ type: 'plugin', data: { name: 'Feedback', active: false } }, 'Plugin', 'Feedback (inactive)'],
      [{ type: 'plugin', data: { name: 'Feedback', active: true } }, 'Plugin', 'Feedback (active)'],
      [{ type: 'scheduledreport', data: { id: 1, description: 'Weekly visits', period: 'week', hour: '6', type: 'email', format: 'html' } }, 'Report', 'Weekly visits (id 1) – every week at 6:00, email, html'],
      [{ type: 'user', data: { login: 'admin', email: 'admin@example.com' } }, 'User', 'admin (admin@example.com)'],
    ];
    for (const [item, label, value] of recorded) expect(labelled({ items: [item] }), JSON.stringify(item)).to.deep.equal([{ label, value }]);
    // A top-level value next to the items (UserCreatedAppSpecificTokenAuth).
    expect(labelled({ description: 'extra token', items: [{ type: 'user', data: { login: 'admin', email: 'admin@example.com' } }] })).to.deep.equal([
      { label: 'User', value: 'admin (admin@example.com)' },
      { label: 'Description', value: 'extra token' },
    ]);
    // A goal with a revenue says it; an annotation of older plugins (`note`) still shows.
    expect(labelled({ items: [{ type: 'goal', data: { id: 2, name: 'Order', revenue: 49.9 } }] })).to.deep.equal([{ label: 'Goal', value: 'Order (id 2), revenue 49.9' }]);
    expect(labelled({ items: [{ type: 'annotation', data: { id: 5, note: 'Old form' } }] })).to.deep.equal([{ label: 'Annotation', value: 'Old form' }]);
  });

  it('reads the items of the plugin\'s other activities, and of other plugins', () => {
    const cases: Array<[unknown, string, string]> = [
      [{ type: 'segment', data: { id: 1, name: 'Mobile visitors', definition: 'deviceType==smartphone' } }, 'Segment', 'Mobile visitors (id 1) – deviceType==smartphone'],
      [{ type: 'component', data: { name: 'core', version: '5.2.0' } }, 'Component', 'core 5.2.0'],
      [{ type: 'customalert', data: { id: 2, name: 'Traffic drop' } }, 'Alert', 'Traffic drop (id 2)'],
      [{ type: 'customdimension', data: { id: 3, name: 'Page author', scope: 'action' } }, 'Custom dimension', 'Page author (action) (id 3)'],
      [{ type: 'measurable', data: { id: 7, type: 'mobileapp', name: 'Shop app' } }, 'App', 'Shop app (id 7)'],
      [{ type: 'experiment', data: { id: 1, name: 'Checkout button colour' } }, 'A/B test', 'Checkout button colour (id 1)'],
      [{ type: 'searchengine', data: { name: 'Ecosia', url: 'ecosia.org' } }, 'Search engine', 'Ecosia'],
      [{ type: 'capability', data: { name: 'tagmanager_write' } }, 'Capability', 'tagmanager_write'],
      // Unknown types: every scalar field, nothing lost; server keys are never object lookups.
      [{ type: 'datasubjects', data: { count: 3, segment: 'userId==42' } }, 'Datasubjects', 'Count 3, Segment userId==42'],
      [{ type: 'constructor', data: { name: 'x' } }, 'Constructor', 'x'],
      [{ type: '__proto__', data: { toString: 'y' } }, 'Proto', 'To string y'],
    ];
    for (const [item, label, value] of cases) expect(labelled({ items: [item] }), JSON.stringify(item)).to.deep.equal([{ label, value }]);
    expect(labelled({ has_access: true, access: 'admin', constructor: 'z' })).to.deep.equal([
      { label: 'Super user access', value: 'yes' },
      { label: 'Access', value: 'admin' },
      { label: 'Constructor', value: 'z' },
    ]);
  });

  it('survives odd shapes: PHP empty arrays, nulls, nested objects, huge values', () => {
    expect(labelled([])).to.deep.equal([]);
    expect(labelled(null)).to.deep.equal([]);
    expect(labelled({ items: 'nope' })).to.deep.equal([]);
    expect(labelled({ items: [null, 3, { type: 'goal' }, { type: 'goal', data: [] }] })).to.deep.equal([]);
    expect(labelled({ nested: { deep: 1 } })).to.deep.equal([]);
    const [long] = labelled({ items: [{ type: 'goal', data: { name: 'x'.repeat(500) } }] });
    expect(long!.value.length).to.be.at.most(160);
    expect(labelled({ items: Array.from({ length: 30 }, (_, i) => ({ type: 'goal', data: { name: `g${i}` } })) })).to.have.length(8);
  });
});
