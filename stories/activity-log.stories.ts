import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/activity-log/define.js';
import { registerActivityType, type ActivityLog } from '../src/activity-log/define.js';
import { toEntries, type ActivityEntry, type ActivitySource } from '../src/api/activity-source.js';
import { AuthError, NetworkError, ServerError } from '../src/api/errors.js';
import { refusal, unreachable } from '../src/api/matomo-failure.js';
import { toCalendarString } from '../src/core/dates.js';
import { DEMO_TOKENS } from '../src/demo/handler.js';

interface Args {
  apiBase: string;
  token: string;
  pageSize: number;
  user: string;
  activityType: string;
  dateFrom: string;
  dateTo: string;
  search: string;
  site: string;
  ip: string;
  object: string;
  overwriteWindow: number;
  gravatar: boolean;
  avatarBase: string;
  refreshInterval: number;
  scanLimit: number;
  hideTitle: boolean;
  compact: boolean;
  timeout: number;
  theme: 'auto' | 'light' | 'dark';
  locale: string;
  width?: string;
  /** Keeps the story's own theme (the toolbar's theme picker leaves it alone). */
  fixedTheme?: boolean;
  source?: ActivitySource;
  /** Listed for its table row only: the filter controls set the same properties. */
  filters?: never;
}

/** The local day `n` days before today, `YYYY-MM-DD`. */
const daysAgo = (n: number) => toCalendarString(new Date(Date.now() - n * 86_400_000));
const utc = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const minutes = (n: number) => n * 60_000;

/** A few entries as Matomo sends them, relative to now. */
function sample(now = Date.now()): ActivityEntry[] {
  return toEntries([
    { id: '10', user_login: 'reader', type: 'ActivityLog/AnnotationAdded', datetime: utc(now - minutes(2)), description: 'added a new annotation', parameters: { items: [{ type: 'annotation', data: { id: 37, text: 'Newsletter sent: expect a spike tomorrow', date: utc(now).slice(0, 10) } }, { type: 'measurable', data: { id: 1, type: 'website', name: 'Shop', urls: ['https://shop.example.com'] } }] } },
    { id: '9', user_login: 'sophie.martin', type: 'ActivityLog/GoalAdded', datetime: utc(now - minutes(4)), description: 'added the goal "Newsletter signup" to website "Shop"', parameters: { items: [{ type: 'goal', data: { id: 4, name: 'Newsletter signup' } }, { type: 'measurable', data: { id: 1, name: 'Shop', urls: ['https://shop.example.com'] } }] } },
    { id: '8', user_login: 'admin', type: 'ActivityLog/UserSiteAccessChanged', datetime: utc(now - minutes(50)), description: 'gave "reader" view access to website "Docs"', parameters: { items: [{ type: 'user', data: { login: 'reader' } }, { type: 'measurable', data: { id: 3, name: 'Docs' } }, { type: 'access', data: { access: 'view' } }] } },
    { id: '7', user_login: 'Matomo System', type: 'ActivityLog/ScheduledReportSent', datetime: utc(now - minutes(180)), description: 'sent the scheduled report "Weekly overview"', parameters: { items: [{ type: 'scheduledreport', data: { id: 1, description: 'Weekly overview' } }] } },
    { id: '6', user_login: 'anonymous', type: 'ActivityLog/UserSignInFailed', datetime: utc(now - minutes(600)), description: 'failed to sign in as "root"', parameters: { login: 'root' } },
    { id: '5', user_login: 'Console Command', type: 'ActivityLog/ComponentUpdated', datetime: utc(now - minutes(1500)), description: 'updated Matomo from version 5.2.0 to 5.2.1', parameters: { version_old: '5.2.0', version_new: '5.2.1', items: [{ type: 'component', data: { name: 'core', version: '5.2.1' } }] } },
    { id: '4', user_login: 'james.okafor', type: 'AbTesting/ExperimentStatusChanged', datetime: utc(now - minutes(3000)), description: 'started the A/B test "Pricing page headline"', parameters: { status: 'running', items: [{ type: 'experiment', data: { id: 2, name: 'Pricing page headline' } }] } },
    { id: '3', user_login: 'reader', type: 'ActivityLog/SegmentAdded', datetime: utc(now - minutes(9000)), description: 'created the segment "Mobile visitors"', parameters: { items: [{ type: 'segment', data: { name: 'Mobile visitors', definition: 'deviceType==smartphone' } }] } },
  ]);
}

/**
 * An ActivitySource in memory, for states the demo server does not produce on its own: slow,
 * failing, empty, growing, or holding odd data.
 */
function memorySource(options: { entries?: () => ActivityEntry[]; fail?: (call: number) => Error | undefined; wait?: (call: number) => Promise<void> | void; superUser?: boolean } = {}): ActivitySource {
  let calls = 0;
  const all = options.entries ?? (() => sample());
  const step = async () => {
    const call = ++calls;
    await options.wait?.(call);
    const error = options.fail?.(call);
    if (error) throw error;
  };
  const matching = (q: { user?: string | undefined; type?: string | undefined }) => all().filter((e) => (!q.user || e.userLogin === q.user) && (!q.type || e.type === q.type));
  return {
    async getEntries(query) {
      await step();
      return matching(query).slice(query.offset, query.offset + query.limit);
    },
    async getCount(query) {
      await step();
      return matching(query).length;
    },
    async getViewer() {
      return { superUser: options.superUser ?? true, logins: ['admin', 'james.okafor', 'reader', 'sophie.martin'], emails: {} };
    },
  };
}

const never = () => new Promise<void>(() => undefined);

/** Waits for the first rows (or an error/empty state), then lets a story act like a user. */
async function ready(canvas: HTMLElement): Promise<ActivityLog> {
  const el = canvas.querySelector('activity-log')!;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('li.row:not(.skeleton-row), [part="empty"], [part="error"]'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Activity Log',
  component: 'activity-log',
  tags: ['autodocs'],
  args: {
    apiBase: '/matomo/',
    token: DEMO_TOKENS.matomoSuperUser,
    pageSize: 10,
    user: '',
    activityType: '',
    dateFrom: '',
    dateTo: '',
    search: '',
    site: '',
    ip: '',
    object: '',
    overwriteWindow: 60,
    gravatar: false,
    // The pictures of the demo users, served with the stories: the static Storybook reaches no outside address.
    avatarBase: '/avatars/',
    refreshInterval: 0,
    scanLimit: 5000,
    hideTitle: false,
    compact: false,
    timeout: 15,
    theme: 'auto',
    locale: '',
  },
  argTypes: {
    apiBase: { control: 'text', description: 'Matomo root (`api-base`).' },
    token: { control: 'select', options: [DEMO_TOKENS.matomoSuperUser, DEMO_TOKENS.matomoViewer, '', 'not-a-valid-token'], description: '`token_auth`, sent in the POST body only.' },
    pageSize: { control: 'select', options: [10, 25, 50, 100], description: 'The sizes the widget offers (any from 1 to 1000 is accepted).' },
    user: { control: 'text' },
    activityType: { control: 'text', description: 'A type id, e.g. `ActivityLog/GoalAdded`, or several and sets of them, comma-separated (`sign-ins,security,goals`).' },
    dateFrom: { control: 'text', description: '`YYYY-MM-DD`, local day.' },
    dateTo: { control: 'text', description: '`YYYY-MM-DD`, local day (inclusive).' },
    search: { control: 'text' },
    gravatar: { control: 'boolean', description: 'Off: no request to any avatar service.' },
    avatarBase: { control: 'text' },
    refreshInterval: { control: { type: 'number', min: 0, max: 86_400, step: 5 }, description: 'Seconds, 5 to 86,400; 0 is off.' },
    scanLimit: { control: { type: 'number', min: 100, max: 100_000, step: 100 } },
    hideTitle: { control: 'boolean' },
    compact: { control: 'boolean' },
    timeout: { control: { type: 'number', min: 1, max: 600, step: 1 }, description: 'Request timeout in seconds, 1 to 600.' },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
    locale: { control: 'text' },
    source: { control: false },
    filters: { control: false, description: 'The filters as one object; the filter controls above set the same properties.' },
    width: { control: 'text', description: 'Width of the story frame (e.g. `320px`).' },
    fixedTheme: { control: false, table: { disable: true } },
  },
  parameters: {
    // Values the Storybook smoke check types into the text controls (scripts/storybook-smoke.mjs).
    controlSamples: {
      apiBase: ['', '/matomo/'],
      user: ['admin', 'reader'],
      activityType: ['ActivityLog/UserSignedIn', 'ActivityLog/GoalAdded'],
      dateFrom: [daysAgo(7), daysAgo(30)],
      dateTo: [daysAgo(7), daysAgo(30)],
      search: ['newsletter', 'campaign'],
      site: ['3', '1'],
      ip: ['203.0.113.7', '198.51.100.0/24'],
      object: ['goal:1@3', 'website:2'],
      avatarBase: ['/avatars/', './avatars/'],
      locale: ['de-DE', 'en-US'],
      width: ['320px', '600px'],
    },
    docs: {
      description: {
        component:
          "Matomo's Activity Log as an embeddable widget. The stories talk to the demo Matomo at `/matomo/` (tokens: `demo-super-user-token` for the super user `admin`, `demo-view-token` for the view-only `reader`); states that need a slow, failing, growing or odd server use a `source` object.",
      },
    },
  },
  render: (args) => html`<div style=${styleMap({ maxWidth: args.width ?? 'none' })}>
    <activity-log
      api-base=${args.apiBase}
      .token=${args.token}
      page-size=${args.pageSize}
      user=${args.user}
      activity-type=${args.activityType}
      date-from=${args.dateFrom}
      date-to=${args.dateTo}
      search=${args.search}
      site=${args.site}
      ip=${args.ip}
      object=${args.object}
      overwrite-window=${args.overwriteWindow}
      ?gravatar=${args.gravatar}
      avatar-base=${args.avatarBase}
      refresh-interval=${args.refreshInterval}
      scan-limit=${args.scanLimit}
      ?hide-title=${args.hideTitle}
      ?compact=${args.compact}
      timeout=${args.timeout}
      theme=${args.theme}
      ?data-story-theme-fixed=${args.fixedTheme ?? false}
      locale=${ifDefined(args.locale || undefined)}
      .source=${args.source}
    ></activity-log>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A super user: everyone's activities, with the user filter. */
export const SuperUser: Story = {};

/** A view-only user: their own activities, no user filter, and a note saying so. */
export const ViewOnlyUser: Story = { args: { token: DEMO_TOKENS.matomoViewer } };

/** Filtered by user and type (Matomo filters these itself). */
export const UserAndType: Story = { args: { user: 'sophie.martin', activityType: 'ActivityLog/UserSignedIn' } };

/** A date range: Matomo has no date filter; the widget finds both ends in the newest-first list. */
export const DateRange: Story = {
  args: {
    dateFrom: new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10),
    dateTo: new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10),
  },
};

/** A text search: read chunk by chunk, only as far as the page needs, then counted. */
export const TextSearch: Story = { args: { search: 'newsletter' } };

/** Every filter at once. */
export const AllFilters: Story = {
  args: { user: 'admin', activityType: 'ActivityLog/AnnotationAdded', dateFrom: new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10), search: 'campaign' },
};

/** A very large text search stops at its bound (`scan-limit`) and offers to search further. */
export const BoundedSearch: Story = { args: { search: 'Black Friday', scanLimit: 300 } };

/** 100 rows a page; Next pages past Matomo's 100-row cap. */
export const HundredPerPage: Story = { args: { pageSize: 100 } };

/** Nothing matches: says so per filter, with a way to clear them. */
export const NoMatch: Story = { args: { search: 'no such thing anywhere' } };

/** The log is empty. */
export const Empty: Story = { args: { source: memorySource({ entries: () => [] }) } };

/** Loading: a skeleton the size of the rows, so nothing jumps. */
export const Loading: Story = { args: { source: memorySource({ wait: never }) } };

/** The token is refused (the demo server is on this page's origin, so its 401 can be read): the API layer's message; no automatic retries. */
export const BadToken: Story = { args: { token: 'not-a-valid-token' } };

const MATOMO = 'https://matomo.example.com/index.php';

/**
 * The token is refused by a server on another origin: its 401 has no CORS headers, so only a
 * request without the token (answered) tells it apart from a server out of reach.
 */
export const RefusedTokenElsewhere: Story = { args: { source: memorySource({ fail: () => refusal(MATOMO, 'token') }) } };

/** The server does not answer this page (not in its cors_domains), or cannot be reached at all. */
export const NotAllowedFromThisPage: Story = { args: { source: memorySource({ fail: () => unreachable(MATOMO) }) } };

/** The server blocks this network after too many failed sign-ins (HTTP 500 "too many failed logins"). */
export const LockedOut: Story = { args: { source: memorySource({ fail: () => refusal(MATOMO, 'lockout', 500) }) } };

/** The server failed: its message and Retry. */
export const ServerFailure: Story = {
  // Made as the Matomo client makes it (matomo-failure.ts): a message, the status as its param.
  args: { source: memorySource({ fail: () => new ServerError({ key: 'The server failed (HTTP {status}). Try again later.', params: { status: '503 Service Unavailable' } }, { status: 503 }) }) },
};

/** The server could not be reached. */
export const Offline: Story = { args: { source: memorySource({ fail: () => new NetworkError('https://matomo.example.com/index.php') }) } };

/** No server configured. */
export const NotConfigured: Story = { args: { apiBase: '' } };

/** Live: new activities appear at the top every few seconds, marked as new. */
export const Live: Story = {
  args: (() => {
    const start = Date.now();
    return {
      refreshInterval: 5,
      source: memorySource({
        entries: () => {
          const extra = Math.floor((Date.now() - start) / 6000);
          const fresh = toEntries(
            Array.from({ length: extra }, (_, i) => ({ id: `live-${extra - i}`, user_login: 'sophie.martin', type: 'ActivityLog/UserSignedIn', datetime: utc(start + (extra - i) * 6000), description: 'signed in', parameters: [] })),
          );
          return [...fresh, ...sample(start)];
        },
      }),
    };
  })(),
};

/** Live, but refreshing failed: the list stays, the failure and the offline state show. */
export const StaleAfterFailedRefresh: Story = {
  args: { refreshInterval: 5, source: memorySource({ fail: (call) => (call > 2 ? new NetworkError('https://matomo.example.com/index.php') : undefined) }) },
};

/** Live updates stop (visibly) when the token is refused, rather than retrying. */
export const LiveStopped: Story = {
  args: { refreshInterval: 5, source: memorySource({ fail: (call) => (call > 2 ? new AuthError() : undefined) }) },
};

/** Live updates paused by the reader. */
export const Paused: Story = {
  args: { refreshInterval: 30 },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="pause-button"]')!.click();
  },
};

/** An export in progress (a slow server), with Cancel. */
export const Exporting: Story = {
  args: { source: memorySource({ entries: () => Array.from({ length: 40 }, () => sample()).flat().map((e, i) => ({ ...e, id: String(i) })), wait: (call) => (call > 3 ? new Promise((r) => setTimeout(r, 1500)) : undefined) }) },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    void el.exportEntries('csv');
  },
};

/** Types the catalogue does not know render generically, under "Other plugins", and can be chosen. */
export const UnknownTypes: Story = { args: { source: memorySource() } };

/** A developer's own types, registered with a label, a category and an icon. */
export const RegisteredTypes: Story = {
  args: {
    source: memorySource({
      entries: () => [
        ...toEntries([{ id: '10', user_login: 'james.okafor', type: 'Heatmaps/HeatmapStopped', datetime: utc(Date.now() - minutes(2)), description: '', parameters: { items: [{ type: 'heatmap', data: { id: 5, name: 'Home page' } }] } }]),
        ...sample(),
      ],
    }),
  },
  loaders: [
    async () => {
      registerActivityType('Heatmaps/HeatmapStopped', { label: 'Heatmap stopped', category: 'Heatmaps', icon: '🔥', describe: (e) => `stopped heatmap #${e.id}` });
      return {};
    },
  ],
};

/** Text from the server is text: HTML and script in every field show literally. */
export const HostileStrings: Story = {
  args: {
    source: memorySource({
      entries: () =>
        toEntries([
          {
            id: '1',
            user_login: '<img src=x onerror=alert(1)>',
            type: 'Evil/<b>Bold</b>',
            datetime: utc(Date.now() - minutes(5)),
            description: '<script>alert("x")</script> renamed the site to <i>Shop</i>',
            parameters: { items: [{ type: 'measurable', data: { id: 1, name: '<svg onload=alert(1)>', urls: ['javascript:alert(1)'] } }] },
            avatar: 'javascript:alert(1)',
          },
        ]),
    }),
  },
};

/** Avatars on (with a service that has no picture for these addresses: initials remain, never a broken image). */
export const AvatarsOn: Story = { args: { gravatar: true, user: 'sophie.martin' } };

/** 320 px wide. */
export const Narrow: Story = { args: { width: '320px' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', fixedTheme: true } };

/** Light theme. */
export const Light: Story = { args: { theme: 'light', fixedTheme: true } };

/** With the heading hidden, for a page whose card has its own. */
export const HiddenTitle: Story = { args: { hideTitle: true } };

/**
 * Investigate: failed sign-ins. The days of the demo's brute-force burst (14 failures for `admin`
 * from 203.0.113.7, then a sign-in from 192.0.2.66) and of its slower run from 198.51.100.144
 * against several logins: each told as one story on its newest row, the others folded into it.
 */
export const InvestigateFailedSignIns: Story = {
  name: 'Investigate: failed sign-ins',
  args: { dateFrom: daysAgo(6), dateTo: daysAgo(1), pageSize: 50 },
};

/**
 * Investigate: who overwrote the goal. The history of goal "PDF download" of website 3 (`object="goal:1@3"`,
 * as its "History:" button on any of its rows sets it): tomasz.nowak changed it 6 minutes after
 * priya.nair, marked on both rows, each mark a link to the other row; the banner's field sets
 * `overwrite-window`.
 */
export const InvestigateWhoOverwroteTheGoal: Story = {
  name: 'Investigate: who overwrote the goal',
  args: { pageSize: 25, object: 'goal:1@3', overwriteWindow: 60 },
};

/**
 * Investigate: website 3's goals and website changes made from addresses in 203.0.113.0/24 (several
 * types and a range: searched for in the browser, the server asked for pages without a type).
 * "Choose several" opens the panel of activities.
 */
export const InvestigateSiteTypesIp: Story = {
  name: 'Investigate: one website, several types, an IP',
  args: { site: '3', activityType: 'goals,websites', ip: '203.0.113.0/24', scanLimit: 100000 },
};

/**
 * Investigate: a long trail. Ten entries a page of the demo's 3,000: First and Last, and *Go to…* a page
 * or a date (the newest-first search finds the day's first entry).
 */
export const InvestigateLongTrail: Story = {
  name: 'Investigate: a long trail',
  args: { pageSize: 10 },
};

/**
 * Investigate: the security-relevant changes, exported (CSV and JSON read ten pages per round trip, with
 * progress and Cancel) or printed as an audit report (*Print report*: absolute times with their time
 * zone, the filters in words, the server and the time of the report).
 */
export const InvestigateAuditReport: Story = {
  name: 'Investigate: export and print the security changes',
  args: { activityType: 'security' },
};
