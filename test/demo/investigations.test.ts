import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { ACTIVITY_COUNT } from '../../src/demo/seed-activity.js';
import { BREAK_IN_IP, BURST_IP, SLOW_RUN_IP } from '../../src/demo/seed-investigations.js';
import { matomo, NOW } from './helpers.js';

interface Entry {
  id: number;
  user_login: string;
  type: string;
  parameters: { items?: Array<{ type: string; data: Record<string, unknown> }> } | [];
  ip: string;
  country: string;
  country_name: string;
  datetime: string;
}

const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
const at = (e: Entry) => Date.parse(`${e.datetime.replace(' ', 'T')}Z`);
const item = (e: Entry, type: string) => (Array.isArray(e.parameters) ? undefined : e.parameters.items?.find((i) => i.type === type)?.data);

/** Every entry of a type, newest first, as the demo Matomo answers (asked for in one page). */
async function entries(backend: ReturnType<typeof createDemoBackend>, type: string): Promise<Entry[]> {
  const { data } = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', filterByActivityType: type, limit: String(ACTIVITY_COUNT) }, superUser);
  return data;
}

describe('demo backend: the investigations in the Activity Log', () => {
  const backend = createDemoBackend({ now: NOW });

  it('keeps the total of 3,000 entries, ids ascending with time', async () => {
    const { data } = await matomo<{ value: number }>(backend, { method: 'ActivityLog.getEntryCount' }, superUser);
    expect(data.value).to.equal(3000);
    const { data: all } = await matomo<Entry[]>(backend, { method: 'ActivityLog.getEntries', limit: '3000' }, superUser);
    for (let i = 1; i < all.length; i++) {
      expect(all[i - 1]!.id, `entry ${i}`).to.be.greaterThan(all[i]!.id);
      expect(at(all[i - 1]!), `entry ${i}`).to.be.at.least(at(all[i]!));
    }
  });

  it('holds a brute-force burst: 14 failed sign-ins for admin from one IP within 4 minutes, then a sign-in from another IP', async () => {
    const failed = await entries(backend, 'ActivityLog/UserSignInFailed');
    const burst = failed.filter((e) => e.ip === BURST_IP);
    expect(burst).to.have.length(14);
    expect(new Set(burst.map((e) => e.user_login))).to.deep.equal(new Set(['admin']));
    const times = burst.map(at);
    expect(Math.max(...times) - Math.min(...times)).to.be.below(4 * 60_000);
    // What the plugin records for a sign-in: no parameters, the IP and its country.
    for (const e of burst) expect(e).to.include({ country: 'sg', country_name: 'Singapore' }).and.to.have.property('parameters').that.deep.equals([]);

    const signIns = await entries(backend, 'ActivityLog/UserSignedIn');
    const next = signIns.filter((e) => e.user_login === 'admin' && at(e) > Math.max(...times)).at(-1)!;
    expect(next.ip).to.equal(BREAK_IN_IP);
    expect(at(next) - Math.max(...times)).to.be.below(5 * 60_000);
  });

  it('holds a slower run against several logins from another IP', async () => {
    const run = (await entries(backend, 'ActivityLog/UserSignInFailed')).filter((e) => e.ip === SLOW_RUN_IP);
    expect(run.length).to.be.at.least(8);
    expect(new Set(run.map((e) => e.user_login)).size).to.be.at.least(6);
    const times = run.map(at).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).to.be.within(10 * 60_000, 17 * 60_000);
  });

  it('holds overwrites between admins: a goal changed 6 minutes after another admin changed it, a website’s settings twice within an hour', async () => {
    const goal = (await entries(backend, 'ActivityLog/GoalChanged')).filter((e) => item(e, 'goal')?.name === 'PDF download' && item(e, 'measurable')?.id === 3);
    const [later, earlier] = goal;
    expect(later!.user_login).to.not.equal(earlier!.user_login);
    expect(at(later!) - at(earlier!)).to.be.within(5 * 60_000, 7 * 60_000);

    const settings = (await entries(backend, 'ActivityLog/MeasurableSettingsUpdated')).filter((e) => item(e, 'measurable')?.id === 1);
    const pairs = settings.slice(1).map((e, i) => [settings[i]!, e] as const);
    expect(pairs.some(([a, b]) => a.user_login !== b.user_login && at(a) - at(b) < 60 * 60_000)).to.equal(true);
  });

  it('holds objects with long histories: a goal, a website and a segment each changed 10 times or more over months', async () => {
    const goal = (await entries(backend, 'ActivityLog/GoalChanged')).filter((e) => item(e, 'goal')?.name === 'PDF download' && item(e, 'measurable')?.id === 3);
    const site = [...(await entries(backend, 'ActivityLog/MeasurableChanged')), ...(await entries(backend, 'ActivityLog/MeasurableSettingsUpdated'))].filter((e) => item(e, 'measurable')?.id === 2);
    const segment = (await entries(backend, 'ActivityLog/SegmentChanged')).filter((e) => item(e, 'segment')?.name === 'Returning customers');
    for (const [name, history] of [['goal', goal], ['site', site], ['segment', segment]] as const) {
      expect(history.length, name).to.be.at.least(10);
      const times = history.map(at);
      expect(Math.max(...times) - Math.min(...times), name).to.be.above(180 * 86_400_000);
    }
  });

  it('is the same for the same clock', async () => {
    const other = createDemoBackend({ now: NOW });
    expect(await entries(other, 'ActivityLog/UserSignInFailed')).to.deep.equal(await entries(backend, 'ActivityLog/UserSignInFailed'));
  });
});
