import { expect } from '@open-wc/testing';
import { formatDay, weekday } from '../../src/demo/calendar.js';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { matomo, NOW } from './helpers.js';

const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
type Metrics = Record<string, number | string>;
type ByLabel = Record<string, Metrics | []>;

describe('demo Matomo: VisitsSummary.get', () => {
  const backend = createDemoBackend({ now: NOW });
  const visits = <T = ByLabel>(query: Record<string, string>) =>
    matomo<T>(backend, { method: 'VisitsSummary.get', idSite: '1', ...query }, superUser).then((a) => a.data);

  it('labels days YYYY-MM-DD, up to the site’s own today', async () => {
    const data = await visits({ period: 'day', date: 'last7' });
    expect(Object.keys(data)).to.deep.equal(['2025-03-09', '2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15']);
  });

  it('resolves today in each site’s time zone for one site (Los Angeles is still on the 14th)', async () => {
    const losAngeles = await visits({ idSite: '2', period: 'day', date: 'last2' });
    expect(Object.keys(losAngeles)).to.deep.equal(['2025-03-13', '2025-03-14']);
    const kolkata = await visits({ idSite: '3', period: 'day', date: 'last1' });
    expect(Object.keys(kolkata)).to.deep.equal(['2025-03-15']);
  });

  it('leaves out today with previousN', async () => {
    const data = await visits({ period: 'day', date: 'previous3' });
    expect(Object.keys(data)).to.deep.equal(['2025-03-12', '2025-03-13', '2025-03-14']);
  });

  it('labels weeks Monday to Sunday', async () => {
    const data = await visits({ period: 'week', date: '2024-01-03,2024-01-20' });
    expect(Object.keys(data)).to.deep.equal(['2024-01-01,2024-01-07', '2024-01-08,2024-01-14', '2024-01-15,2024-01-21']);
    const current = await visits({ period: 'week', date: 'last1' });
    expect(Object.keys(current)).to.deep.equal(['2025-03-10,2025-03-16']);
  });

  it('labels months YYYY-MM and years YYYY', async () => {
    expect(Object.keys(await visits({ period: 'month', date: 'last3' }))).to.deep.equal(['2025-01', '2025-02', '2025-03']);
    expect(Object.keys(await visits({ period: 'year', date: 'last2' }))).to.deep.equal(['2024', '2025']);
  });

  it('answers one period, or a range, with a flat object', async () => {
    const day = await visits<Metrics>({ period: 'day', date: '2025-03-10' });
    expect(day).to.have.property('nb_visits').that.is.a('number');
    const month = await visits<Metrics>({ period: 'month', date: 'today' });
    expect(month).to.have.property('nb_visits');
    const range = await visits<Metrics>({ period: 'range', date: '2025-02-01,2025-02-28' });
    expect(range).to.have.property('nb_visits');
    const last = await visits<Metrics>({ period: 'range', date: 'last30' });
    expect(last).to.have.property('nb_visits');
  });

  it('leaves out unique visitors and users for years and ranges', async () => {
    const years = (await visits({ period: 'year', date: 'last2' })) as Record<string, Metrics>;
    for (const year of Object.values(years)) {
      expect(year).to.have.property('nb_visits');
      expect(year).not.to.have.property('nb_uniq_visitors');
      expect(year).not.to.have.property('nb_users');
    }
    const range = await visits<Metrics>({ period: 'range', date: '2025-01-01,2025-01-31' });
    expect(range).not.to.have.property('nb_uniq_visitors');
    expect(range).not.to.have.property('nb_users');
    const month = await visits<Metrics>({ period: 'month', date: '2025-01-15' });
    expect(month).to.have.property('nb_uniq_visitors');
    expect(month).to.have.property('nb_users');
  });

  it('answers [] for a day without data, in a list and alone', async () => {
    const site = backend.state.matomo.sites[0]!;
    const gap = formatDay(site.gaps[0]!);
    const around = await visits({ period: 'day', date: `${formatDay(site.gaps[0]! - 1)},${formatDay(site.gaps[0]! + 1)}` });
    expect(around[gap]).to.deep.equal([]);
    expect(Object.values(around).filter((v) => Array.isArray(v))).to.have.length(1);
    expect(await visits({ period: 'day', date: gap })).to.deep.equal([]);
    expect(await visits({ period: 'day', date: '2019-06-01' })).to.deep.equal([]);
  });

  it('computes the rates from the sums of the period', async () => {
    const week = await visits<Metrics>({ period: 'week', date: '2025-02-12', format_metrics: '0' });
    const v = week.nb_visits as number;
    expect(week.bounce_rate).to.equal(Math.round(((week.bounce_count as number) / v) * 100) / 100);
    expect(week.nb_actions_per_visit).to.equal(Math.round(((week.nb_actions as number) / v) * 10) / 10);
    expect(week.avg_time_on_site).to.equal(Math.round((week.sum_visit_length as number) / v));
    const days = (await visits({ period: 'day', date: '2025-02-10,2025-02-16', format_metrics: '0' })) as Record<string, Metrics>;
    const sum = (name: string) => Object.values(days).reduce((total, d) => total + (d[name] as number), 0);
    expect(week.nb_visits).to.equal(sum('nb_visits'));
    expect(week.bounce_count).to.equal(sum('bounce_count'));
    expect(week.sum_visit_length).to.equal(sum('sum_visit_length'));
    expect(week.max_actions).to.equal(Math.max(...Object.values(days).map((d) => d.max_actions as number)));
    expect(week.nb_uniq_visitors as number).to.be.below(sum('nb_uniq_visitors'));
  });

  it('formats bounce_rate as "56%" by default and keeps avg_time_on_site in whole seconds', async () => {
    const raw = await visits<Metrics>({ period: 'month', date: '2025-02-01', format_metrics: '0' });
    const bc = await visits<Metrics>({ period: 'month', date: '2025-02-01' });
    expect(raw.bounce_rate).to.be.a('number');
    expect(bc.bounce_rate).to.equal(`${Math.round((raw.bounce_rate as number) * 100)}%`);
    expect(bc.avg_time_on_site).to.equal(raw.avg_time_on_site);
    expect(Number.isInteger(bc.avg_time_on_site)).to.equal(true);
    expect(bc.nb_visits).to.equal(raw.nb_visits);
  });

  it('keys several sites by idSite, and `all` by the sites the token may view', async () => {
    const two = await matomo<Record<string, ByLabel>>(backend, { method: 'VisitsSummary.get', idSite: '1,3', period: 'day', date: 'last2' }, superUser);
    expect(Object.keys(two.data)).to.deep.equal(['1', '3']);
    expect(Object.keys(two.data['3']!)).to.deep.equal(['2025-03-14', '2025-03-15']);
    const single = await matomo<Record<string, Metrics>>(backend, { method: 'VisitsSummary.get', idSite: 'all', period: 'month', date: '2025-02-01' }, { token_auth: DEMO_TOKENS.matomoViewer });
    expect(Object.keys(single.data)).to.deep.equal(['1', '2']);
    expect(single.data['2']).to.have.property('nb_visits');
  });

  it('works lastN out in UTC when several sites are asked, as Matomo does: a site west of UTC gets [] for a day it has not begun', async () => {
    // 00:00 UTC on the 15th: the 14th in Los Angeles (site 2).
    const both = await matomo<Record<string, ByLabel>>(backend, { method: 'VisitsSummary.get', idSite: '1,2', period: 'day', date: 'last2', format_metrics: '0' }, superUser);
    expect(Object.keys(both.data['2']!)).to.deep.equal(['2025-03-14', '2025-03-15']);
    expect(both.data['2']!['2025-03-15']).to.deep.equal([]);
    expect(both.data['2']!['2025-03-14']).to.have.property('nb_visits').that.is.above(0);
    // Alone, the site answers its own last two days.
    expect(Object.keys(await visits({ idSite: '2', period: 'day', date: 'last2' }))).to.deep.equal(['2025-03-13', '2025-03-14']);
  });

  it('leaves out the today of a site east of UTC after its midnight when several sites are asked', async () => {
    // 20:00 UTC on the 14th: already 01:30 on the 15th in Kolkata (site 3).
    const evening = createDemoBackend({ now: Date.UTC(2025, 2, 14, 20) });
    const both = await matomo<Record<string, ByLabel>>(evening, { method: 'VisitsSummary.get', idSite: '1,3', period: 'day', date: 'last2' }, superUser);
    expect(Object.keys(both.data['3']!)).to.deep.equal(['2025-03-13', '2025-03-14']);
    const alone = await matomo<ByLabel>(evening, { method: 'VisitsSummary.get', idSite: '3', period: 'day', date: 'last2' }, superUser);
    expect(Object.keys(alone.data)).to.deep.equal(['2025-03-14', '2025-03-15']);
    const explicit = await matomo<Record<string, ByLabel>>(evening, { method: 'VisitsSummary.get', idSite: '1,3', period: 'day', date: '2025-03-14,2025-03-15' }, superUser);
    expect(explicit.data['1']!['2025-03-15'], 'not begun in UTC').to.deep.equal([]);
    expect(Object.keys(explicit.data['3']!)).to.deep.equal(['2025-03-14', '2025-03-15']);
  });

  it('answers a single day that has not begun with zeros (bounce rate "0%"), and a list of days with []', async () => {
    const bc = await visits<Metrics>({ period: 'day', date: '2025-03-16' });
    expect(bc).to.deep.equal({
      nb_uniq_visitors: 0,
      nb_users: 0,
      nb_visits: 0,
      nb_actions: 0,
      nb_visits_converted: 0,
      bounce_count: 0,
      sum_visit_length: 0,
      max_actions: 0,
      bounce_rate: '0%',
      nb_actions_per_visit: 0,
      avg_time_on_site: 0,
    });
    expect((await visits<Metrics>({ period: 'day', date: '2025-03-16', format_metrics: '0' })).bounce_rate).to.equal(0);
    expect(await visits<Metrics>({ period: 'year', date: '2026-06-01' })).not.to.have.property('nb_uniq_visitors');
    expect((await visits({ period: 'day', date: '2025-03-15,2025-03-16' }))['2025-03-16']).to.deep.equal([]);
  });

  it('explains a bad period or date', async () => {
    const period = await matomo<{ message: string }>(backend, { method: 'VisitsSummary.get', idSite: '1', period: 'decade', date: 'today' }, superUser);
    expect(period.data.message).to.contain("The period 'decade' is not supported");
    const date = await matomo<{ message: string }>(backend, { method: 'VisitsSummary.get', idSite: '1', period: 'day', date: 'soon' }, superUser);
    expect(date.data.message).to.contain('Date format must be');
    const range = await matomo<{ message: string }>(backend, { method: 'VisitsSummary.get', idSite: '1', period: 'range', date: '2025-01-01' }, superUser);
    expect(range.data.message).to.contain('is not a correct date range');
    const missing = await matomo<{ message: string }>(backend, { method: 'VisitsSummary.get', idSite: '1', period: 'day' }, superUser);
    expect(missing.data.message).to.equal("Please specify a value for 'date'.");
  });
});

describe('demo Matomo: seeded visits', () => {
  const { sites } = createDemoBackend({ now: NOW }).state.matomo;

  it('has three sites with two years of days, a few without data', () => {
    expect(sites.map((s) => s.site.idsite)).to.deep.equal([1, 2, 3]);
    for (const site of sites) {
      expect(site.today - site.firstDay).to.be.at.least(729);
      const empty = site.days.filter((d) => d === null).length;
      expect(empty, site.site.name).to.be.within(3, 10);
    }
  });

  it('keeps every metric consistent', () => {
    for (const site of sites) {
      for (const day of site.days) {
        if (!day) continue;
        expect(day.bounce_count).to.be.at.most(day.nb_visits);
        expect(day.nb_uniq_visitors).to.be.at.most(day.nb_visits);
        expect(day.nb_users).to.be.at.most(day.nb_visits);
        expect(day.nb_visits_converted).to.be.at.most(day.nb_visits);
        expect(day.nb_actions).to.be.at.least(day.nb_visits);
        expect(day.max_actions).to.be.at.least(Math.ceil(day.nb_actions / day.nb_visits));
        expect(day.sum_visit_length).to.be.at.least(0);
      }
    }
  });

  it('has fewer visits on weekends than on weekdays', () => {
    for (const site of sites) {
      const weekend: number[] = [];
      const weekdays: number[] = [];
      site.days.slice(0, -1).forEach((d, i) => {
        if (d) (weekday(site.firstDay + i) >= 5 ? weekend : weekdays).push(d.nb_visits);
      });
      const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
      expect(mean(weekend), site.site.name).to.be.below(mean(weekdays) * 0.9);
    }
  });

  it('grows over the two years', () => {
    for (const site of sites) {
      const total = (list: typeof site.days) => list.reduce((sum, d) => sum + (d?.nb_visits ?? 0), 0);
      expect(total(site.days.slice(-91, -1)), site.site.name).to.be.above(total(site.days.slice(0, 90)) * 1.2);
    }
  });
});

describe('demo Matomo: sites in three time zones', () => {
  const backend = createDemoBackend({ now: NOW });
  type Site = Record<string, unknown>;

  it('has one site on UTC, one west of it and one east of it (+05:30), with their zones as Matomo names them', async () => {
    const { data } = await matomo<Site[]>(backend, { method: 'SitesManager.getSitesWithAtLeastViewAccess' }, superUser);
    expect(data.map((s) => [s.idsite, s.timezone, s.timezone_name])).to.deep.equal([
      [1, 'UTC', 'UTC'],
      [2, 'America/Los_Angeles', 'United States - Los Angeles'],
      [3, 'Asia/Kolkata', 'India'],
    ]);
  });

  it('shows who created a site to super users only', async () => {
    const admin = await matomo<Site>(backend, { method: 'SitesManager.getSiteFromId', idSite: '1' }, superUser);
    expect(admin.data).to.have.property('creator_login');
    const reader = await matomo<Site>(backend, { method: 'SitesManager.getSiteFromId', idSite: '1' }, { token_auth: DEMO_TOKENS.matomoViewer });
    expect(reader.data).not.to.have.property('creator_login');
    expect(Object.keys(reader.data)).to.include.members(['idsite', 'name', 'timezone', 'timezone_name', 'currency_name']);
  });
});
