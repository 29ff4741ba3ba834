import { expect } from '@open-wc/testing';
import { MATOMO_USERS } from '../../src/demo/accounts.js';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { ACTIVITY_LOG_TYPES, OTHER_PLUGIN_TYPES } from '../../src/demo/seed-activity.js';
import { CHAT_URL, MATOMO_URL, matomo, NOW } from './helpers.js';

const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };

describe('demo backend: routing', () => {
  const backend = createDemoBackend({ now: NOW });

  it('serves Matomo at any path ending in /index.php and Rocket.Chat at any path containing /api/v1/', async () => {
    for (const url of ['https://a.example/index.php', 'https://a.example/deep/matomo/index.php', MATOMO_URL]) {
      const response = await backend.handle(new Request(`${url}?module=API&method=SitesManager.getSiteFromId&idSite=1&format=JSON`));
      expect(((await response.json()) as { name: string }).name, url).to.equal('Shop');
    }
    for (const url of ['https://c.example/api/v1/settings.public', `${CHAT_URL}settings.public`]) {
      const response = await backend.handle(new Request(`${url}?_id=Site_Name`));
      expect(((await response.json()) as { success: boolean }).success, url).to.equal(true);
    }
  });

  it('answers 404 for anything else', async () => {
    const response = await backend.handle(new Request('https://a.example/matomo/'));
    expect(response.status).to.equal(404);
    const other = await backend.handle(new Request('https://a.example/chat/api/v2/settings'));
    expect(other.status).to.equal(404);
  });
});

describe('demo backend: time and determinism', () => {
  it('gives the same data for the same now', async () => {
    const a = createDemoBackend({ now: NOW });
    const b = createDemoBackend({ now: new Date(NOW) });
    const query = { method: 'VisitsSummary.get', idSite: 'all', period: 'week', date: 'last10' };
    expect((await matomo(a, query, superUser)).data).to.deep.equal((await matomo(b, query, superUser)).data);
    const entries = { method: 'ActivityLog.getEntries', limit: '50' };
    expect((await matomo(a, entries, superUser)).data).to.deep.equal((await matomo(b, entries, superUser)).data);
  });

  it('gives other data for another now, relative to it', () => {
    const later = createDemoBackend({ now: NOW + 30 * 86_400_000 });
    const first = createDemoBackend({ now: NOW }).state.matomo.activity[0]!;
    expect(later.state.matomo.activity[0]!.datetime).not.to.equal(first.datetime);
    expect(later.state.matomo.activity[0]!.datetime < '2025-04-14').to.equal(true);
  });

  it('defaults now to the instant it is made, as a real server’s clock', () => {
    const before = Date.now();
    const backend = createDemoBackend();
    expect(backend.state.now.getTime()).to.be.within(before, Date.now());
  });

  it('builds the data in well under 100 ms', () => {
    createDemoBackend({ now: NOW - 86_400_000 * 3 }); // warms up the code paths and the time zone formats
    const times = [1, 2, 3].map((i) => {
      const start = performance.now();
      createDemoBackend({ now: NOW + i * 86_400_000 * 7 });
      return performance.now() - start;
    });
    expect(Math.min(...times)).to.be.below(100);
  });
});

describe('demo backend: latency', () => {
  it('waits before answering', async () => {
    const backend = createDemoBackend({ now: NOW, latency: 120 });
    const start = performance.now();
    await backend.handle(new Request(`${CHAT_URL}settings.public`));
    expect(performance.now() - start).to.be.at.least(110);
  });

  it('rejects with an AbortError as soon as the request is aborted', async () => {
    const backend = createDemoBackend({ now: NOW, latency: 5_000 });
    const controller = new AbortController();
    const start = performance.now();
    const answer = backend.handle(new Request(`${CHAT_URL}settings.public`, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const error = await answer.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).name).to.equal('AbortError');
    expect(performance.now() - start).to.be.below(1_000);
  });

  it('rejects a request that was aborted before it arrived', async () => {
    const backend = createDemoBackend({ now: NOW });
    const controller = new AbortController();
    controller.abort();
    const error = await backend.handle(new Request(`${CHAT_URL}settings.public`, { signal: controller.signal })).catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('demo backend: seeded Activity Log', () => {
  const { activity } = createDemoBackend({ now: NOW }).state.matomo;

  it('has 3,000 entries over the 18 months before now, newest first', () => {
    expect(activity).to.have.length(3000);
    const newest = activity[0]!.datetime;
    const oldest = activity[activity.length - 1]!.datetime;
    expect(newest < '2025-03-15 00:00:00').to.equal(true);
    expect(oldest >= '2023-09-14').to.equal(true);
    expect(oldest < '2023-10-15').to.equal(true);
    for (let i = 1; i < activity.length; i++) expect(activity[i - 1]!.datetime >= activity[i]!.datetime).to.equal(true);
  });

  it('covers every Activity Log type and other plugins’ types', () => {
    const types = new Set(activity.map((e) => e.type));
    for (const type of ACTIVITY_LOG_TYPES) expect(types.has(type), type).to.equal(true);
    expect(ACTIVITY_LOG_TYPES).to.have.length(63);
    const others = [...types].filter((t) => !t.startsWith('ActivityLog/'));
    expect(others.length).to.be.at.least(4);
    expect(others).to.include.members(OTHER_PLUGIN_TYPES);
  });

  it('has entries by people, by the system users and by reader', () => {
    const logins = new Set(activity.map((e) => e.user_login));
    for (const login of ['Matomo System', 'Console Command', 'anonymous', 'reader', 'admin']) expect(logins.has(login), login).to.equal(true);
    expect(MATOMO_USERS.length).to.be.at.least(5);
  });

  it('fills every field the way Matomo does', () => {
    for (const entry of activity) {
      expect(entry.id).to.be.a('number');
      expect(entry.type).to.match(/^[A-Za-z]+\/[A-Za-z]+$/);
      expect(entry.datetime).to.match(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(entry.datetime_pretty).to.be.a('string').and.not.empty;
      expect(entry.time_relative_pretty).to.match(/ ago$/);
      expect(entry.description).to.be.a('string').and.not.empty;
      expect(entry.description.startsWith(entry.user_login), entry.description).to.equal(false);
      // Relative to the Matomo root, as Matomo sends it with its Gravatar setting off (measured).
      expect(entry.avatar).to.match(/^plugins\/ActivityLog\/images\/avatar\d+\.png$/);
      expect(entry).to.have.property('country');
      expect(entry).to.have.property('country_name');
      expect(entry).to.have.property('ip');
      expect(typeof entry.parameters === 'object').to.equal(true);
    }
    const goal = activity.find((e) => e.type === 'ActivityLog/GoalAdded')!;
    const items = (goal.parameters as { items: Array<{ type: string; data: Record<string, unknown> }> }).items;
    expect(items.map((i) => i.type)).to.deep.equal(['goal', 'measurable']);
    expect(items[1]!.data).to.include.keys('id', 'name');
    expect(activity.some((e) => Array.isArray(e.parameters))).to.equal(true);
  });

  it('describes activities generically, as the plugin does, with the names in the parameters (measured)', () => {
    const says = (type: string) => activity.find((e) => e.type === `ActivityLog/${type}`)!.description;
    expect(says('GoalAdded')).to.equal('added a new goal');
    expect(says('MeasurableChanged')).to.equal('changed a measurable');
    expect(says('UserSignedIn')).to.equal('logged in');
    expect(says('UserCreatedAppSpecificTokenAuth')).to.match(/^created a new app specific token auth ".+"$/);
    const failed = activity.find((e) => e.type === 'ActivityLog/UserSignInFailed')!;
    expect(failed.parameters).to.deep.equal([]);
  });

  it('keeps an annotation\'s note in `text` and its day in `date` (measured)', () => {
    const notes = activity.filter((e) => e.type.startsWith('ActivityLog/Annotation'));
    expect(notes.length).to.be.above(10);
    for (const entry of notes) {
      const [annotation] = (entry.parameters as { items: Array<{ type: string; data: Record<string, unknown> }> }).items;
      expect(annotation!.type).to.equal('annotation');
      expect(annotation!.data).to.have.keys('id', 'text', 'date');
      expect(annotation!.data.text).to.be.a('string').and.not.empty;
      expect(annotation!.data.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives each user one of the plugin\'s own pictures, and serves them', async () => {
    const reader = activity.filter((e) => e.user_login === 'reader').map((e) => e.avatar);
    expect(new Set(reader).size).to.equal(1);
    const response = await createDemoBackend({ now: NOW }).handle(new Request(`https://analytics.example.test/matomo/${reader[0]}`));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('image/svg+xml');
  });
});
