import { expect } from '@open-wc/testing';
import { MatomoClient } from '../../src/api/matomo.js';
import { AuthError, PermissionError, ServerError } from '../../src/api/errors.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { MatomoVisitsSource, toMetrics, toPoints, toSites } from '../../src/api/visits-source.js';
import { setClock } from '../../src/core/clock.js';
import { craftedMatomo, day, dayLabels, json, stubFetch, subRequests } from '../visits-chart/helpers.js';

const source = (token = 'secret-token') => new MatomoVisitsSource(new MatomoClient({ apiBase: 'https://matomo.example/analytics', token }));

/** Days from `from` on, each with `visits(i)` visits (or [] where it gives null). */
const days = (from: string, count: number, visits: (i: number) => number | null = (i) => i + 1) =>
  Object.fromEntries(dayLabels(from, count).map((label, i) => [label, visits(i) === null ? [] : day(visits(i)!)]));

// 05:00 UTC on Sunday 6 December 2026: still the 5th in Los Angeles, the 6th in UTC and in Kolkata.
const MORNING = Date.UTC(2026, 11, 6, 5);
// 19:00 UTC: already the 7th in Kolkata (00:30), the 6th in UTC and in Los Angeles.
const EVENING = Date.UTC(2026, 11, 6, 19);
const ZONES = { 1: 'UTC', 2: 'America/Los_Angeles', 3: 'Asia/Kolkata' };

/** Matomo's answer for the sites of a sub-request: keyed by site for several, the site's own for one. */
const perSite = (sub: URLSearchParams, answer: (id: string) => unknown) => {
  const ids = sub.get('idSite')!.split(',');
  return ids.length === 1 ? answer(ids[0]!) : Object.fromEntries(ids.map((id) => [id, answer(id)]));
};

/** The days of a sub-request's `from,to` date. */
const daysAsked = (sub: URLSearchParams) => {
  const [from, to] = sub.get('date')!.split(',') as [string, string];
  return days(from, dayLabels(from, 400).indexOf(to) + 1);
};
const NAMES = { 1: 'Intranet', 2: 'Shop', 3: 'Docs' };

describe('MatomoVisitsSource on the wire', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    stub?.restore();
    setClock();
    forgetSites();
  });

  it('asks for one site’s range and comparison in one POST API.getBulkRequest (last2N: the server counts from the site’s today), the token only in the body', async () => {
    setClock(() => EVENING);
    stub = stubFetch(craftedMatomo((sub) => (sub.get('date') === 'last4' ? days('2026-12-04', 4) : { result: 'error', message: 'unexpected' }), NAMES, ZONES));
    const result = await source().getVisits({ siteIds: ['3'], period: 'day', date: 'last2', compareDate: '2026-12-03,2026-12-04' });
    expect(stub.requests).to.have.length(1);
    const [request] = stub.requests;
    expect(request!.method).to.equal('POST');
    expect(`${request!.url.origin}${request!.url.pathname}`).to.equal('https://matomo.example/analytics/index.php');
    expect(request!.url.searchParams.get('method')).to.equal('API.getBulkRequest');
    expect(request!.url.href).not.to.contain('secret-token');
    expect(request!.form.get('token_auth')).to.equal('secret-token');
    expect(request!.subs.map((s) => Object.fromEntries(s))).to.deep.equal([
      { method: 'VisitsSummary.get', idSite: '3', period: 'day', date: 'last4', filter_limit: '-1', format_metrics: '0' },
      { method: 'SitesManager.getSiteFromId', idSite: '3', filter_limit: '-1', format_metrics: '0' },
    ]);
    // The comparison is the two days right before the range, never overlapping it.
    expect(result.current.map((s) => [s.name, s.today, s.points.map((p) => p.label)])).to.deep.equal([['Docs', '2026-12-07', ['2026-12-06', '2026-12-07']]]);
    expect(result.previous!.map((s) => s.points.map((p) => p.label))).to.deep.equal([['2026-12-04', '2026-12-05']]);
  });

  it('asks for several sites in the days of their own time zones: their zones first, then one sub-request per day they are on', async () => {
    setClock(() => MORNING);
    stub = stubFetch(
      craftedMatomo((sub) => perSite(sub, () => daysAsked(sub)), NAMES, ZONES),
    );
    const result = await source().getVisits({ siteIds: ['2', '1', '3'], period: 'day', date: 'last3', compareDate: 'ignored' });
    expect(stub.requests.map(subRequests)).to.deep.equal([
      ['SitesManager.getSiteFromId 2', 'SitesManager.getSiteFromId 1', 'SitesManager.getSiteFromId 3'],
      [
        // Los Angeles is still on the 5th
        'VisitsSummary.get 2 day 2026-12-03,2026-12-05',
        'VisitsSummary.get 2 day 2026-11-30,2026-12-02',
        // UTC and Kolkata are on the 6th
        'VisitsSummary.get 1,3 day 2026-12-04,2026-12-06',
        'VisitsSummary.get 1,3 day 2026-12-01,2026-12-03',
      ],
    ]);
    expect(result.current.map((s) => [s.idSite, s.today, s.points.at(-1)!.label])).to.deep.equal([
      ['2', '2026-12-05', '2026-12-05'],
      ['1', '2026-12-06', '2026-12-06'],
      ['3', '2026-12-06', '2026-12-06'],
    ]);
    expect(result.previous!.map((s) => s.points[0]!.label)).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-01']);

    // The zones are remembered for the page's life: the next load is one round trip, names and zones read again with it.
    await source().getVisits({ siteIds: ['1', '2'], period: 'day', date: 'last3', compareDate: 'ignored' });
    expect(stub.requests).to.have.length(3);
    expect(subRequests(stub.requests[2]!)).to.deep.equal([
      'VisitsSummary.get 1 day 2026-12-04,2026-12-06',
      'VisitsSummary.get 1 day 2026-12-01,2026-12-03',
      'VisitsSummary.get 2 day 2026-12-03,2026-12-05',
      'VisitsSummary.get 2 day 2026-11-30,2026-12-02',
      'SitesManager.getSiteFromId 1',
      'SitesManager.getSiteFromId 2',
    ]);
  });

  it('asks again, once, when a remembered time zone has changed on the server', async () => {
    setClock(() => MORNING);
    const zones: Record<string, string> = { 1: 'UTC', 2: 'UTC' };
    stub = stubFetch((request) => craftedMatomo((sub) => perSite(sub, () => daysAsked(sub)), NAMES, zones)(request));
    await source().getVisits({ siteIds: ['1', '2'], period: 'day', date: 'last2' });
    zones[2] = 'America/Los_Angeles';
    const result = await source().getVisits({ siteIds: ['1', '2'], period: 'day', date: 'last2' });
    expect(stub.requests.map((r) => subRequests(r).filter((s) => s.startsWith('Visits')))).to.deep.equal([
      [],
      ['VisitsSummary.get 1,2 day 2026-12-05,2026-12-06'],
      ['VisitsSummary.get 1,2 day 2026-12-05,2026-12-06'],
      ['VisitsSummary.get 1 day 2026-12-05,2026-12-06', 'VisitsSummary.get 2 day 2026-12-04,2026-12-05'],
    ]);
    expect(result.current.map((s) => s.today)).to.deep.equal(['2026-12-06', '2026-12-05']);
  });

  it('counts every site from the day it is given (the widget’s today), in one round trip', async () => {
    stub = stubFetch(craftedMatomo(() => ({ 1: days('2024-03-09', 2), 2: days('2024-03-09', 2) }), NAMES, ZONES));
    const result = await source().getVisits({ siteIds: ['1', '2'], period: 'day', date: 'last2', compareDate: 'x', today: '2024-03-10' });
    expect(stub.requests.map(subRequests)).to.deep.equal([
      ['VisitsSummary.get 1,2 day 2024-03-09,2024-03-10', 'VisitsSummary.get 1,2 day 2024-03-07,2024-03-08', 'SitesManager.getSiteFromId 1', 'SitesManager.getSiteFromId 2'],
    ]);
    expect(result.current.map((s) => s.today)).to.deep.equal(['2024-03-10', '2024-03-10']);
  });

  it('reads a one-site answer keyed by period, and names a site whose name it may not read "Site N"', async () => {
    stub = stubFetch(craftedMatomo(() => ({ '2024-01': day(10), '2024-02': [] }), {}));
    const result = await source().getVisits({ siteIds: ['4'], period: 'month', date: '2024-01-01,2024-02-29' });
    expect(result.current).to.deep.equal([
      { idSite: '4', name: 'Site 4', nameText: { key: 'Site {id}', params: { id: '4' } }, today: undefined, points: [{ label: '2024-01', metrics: toMetrics(day(10)) }, { label: '2024-02', metrics: null }] },
    ]);
    expect(result.previous).to.equal(undefined);
  });

  it('asks for every site with idSite=all and lists them by id', async () => {
    stub = stubFetch(craftedMatomo(() => ({ 7: { 2024: { nb_visits: 7 } }, 2: { 2024: { nb_visits: 2 } } }), { 2: 'Two', 7: 'Seven' }));
    const result = await source().getVisits({ siteIds: ['all'], period: 'year', date: '2024-01-01,2024-12-31' });
    expect(subRequests(stub.requests[0]!)).to.deep.equal(['VisitsSummary.get all year 2024-01-01,2024-12-31', 'SitesManager.getSitesWithAtLeastViewAccess']);
    expect(result.current.map((s) => `${s.idSite}:${s.name}:${s.points[0]!.metrics!.nb_visits}`)).to.deep.equal(['2:Two:2', '7:Seven:7']);
  });

  it('lists the sites of `all` first for lastN (their zones decide their days), and remembers the list', async () => {
    setClock(() => MORNING);
    stub = stubFetch(craftedMatomo(() => ({ 1: days('2026-12-06', 1), 3: days('2026-12-06', 1) }), { 1: 'Intranet', 3: 'Docs' }, ZONES));
    const chart = source();
    await chart.getVisits({ siteIds: ['all'], period: 'day', date: 'last1' });
    await chart.getVisits({ siteIds: ['all'], period: 'day', date: 'last1' });
    expect(stub.requests.map(subRequests)).to.deep.equal([
      ['SitesManager.getSitesWithAtLeastViewAccess'],
      ['VisitsSummary.get 1,3 day 2026-12-06,2026-12-06'],
      ['VisitsSummary.get 1,3 day 2026-12-06,2026-12-06', 'SitesManager.getSitesWithAtLeastViewAccess'],
    ]);
  });

  it('rejects with the typed error of a failed VisitsSummary sub-request', async () => {
    stub = stubFetch(() =>
      json([{ result: 'error', message: "You can't access this resource as it requires 'view' access for the website id = 3." }, { idsite: 3, name: 'x' }]),
    );
    const error = await source().getVisits({ siteIds: ['3'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PermissionError);
    expect((error as Error).message).to.contain('website id = 3');
  });

  it('rejects with the typed error of a site it may not read while it learns the sites’ zones', async () => {
    stub = stubFetch(craftedMatomo(() => ({}), { 1: 'Intranet' }, ZONES));
    const error = await source().getVisits({ siteIds: ['1', '3'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PermissionError);
    expect((error as Error).message).to.contain('website id = 3');
    expect(stub.requests).to.have.length(1);
  });

  it('keeps the range when only the comparison fails, and says why it is missing', async () => {
    stub = stubFetch(
      craftedMatomo((sub) => (sub.get('date') === '2024-03-10,2024-03-10' ? { '2024-03-10': day(1) } : { result: 'error', message: 'Archiving is disabled for that range.' }), {
        1: 'Shop',
      }),
    );
    const result = await source().getVisits({ siteIds: ['1'], period: 'day', date: '2024-03-10,2024-03-10', compareDate: '2024-03-09,2024-03-09' });
    expect(result.current[0]!.points).to.have.length(1);
    expect(result.previous).to.equal(undefined);
    expect(result.previousError).to.be.instanceOf(ServerError);
    expect(result.previousError!.message).to.equal('Archiving is disabled for that range.');
  });

  it('turns a rejected token (Matomo 5 answers 401) into an AuthError without the token in its message', async () => {
    stub = stubFetch(() =>
      json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter. secret-token' }, 401),
    );
    const error = await source().getVisits({ siteIds: ['1'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AuthError);
    expect((error as Error).message).not.to.contain('secret-token');
  });

  it('refuses a query without a valid site id, or with a range it does not read, before sending anything', async () => {
    stub = stubFetch(() => json([]));
    const noSite = await source().getVisits({ siteIds: ['abc'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
    expect((noSite as Error).name).to.equal('ConfigError');
    const noDate = await source().getVisits({ siteIds: ['1'], period: 'day', date: 'soon' }).catch((e: unknown) => e);
    expect((noDate as Error).name).to.equal('ConfigError');
    expect(stub.requests).to.have.length(0);
  });
});

describe('VisitsSummary answers', () => {
  it('reads formatted metrics too (format_metrics=bc): "56%" and "00:03:12"', () => {
    expect(toMetrics({ nb_visits: '1234', bounce_rate: '56%', avg_time_on_site: '00:03:12', nb_actions: 'n/a' })).to.deep.equal({
      nb_visits: 1234,
      bounce_rate: 0.56,
      avg_time_on_site: 192,
    });
  });

  it('sorts periods chronologically and reads a single flat period', () => {
    expect(toPoints({ '2024-03-10': [], '2024-03-09': { nb_visits: 1 } }).map((p) => p.label)).to.deep.equal(['2024-03-09', '2024-03-10']);
    expect(toPoints({ nb_visits: 3 }, '2024-03-10')).to.deep.equal([{ label: '2024-03-10', metrics: { nb_visits: 3 } }]);
    expect(() => toPoints({ '2024-03-10': 'oops' })).to.throw(/no metrics for the period 2024-03-10/);
  });

  it('reads the sites’ time zones in every form Matomo stores', () => {
    const sites = toSites([
      { idsite: 1, name: 'A', timezone: 'UTC' },
      { idsite: '2', name: 'B', timezone: 'UTC+5.5' },
      { idsite: 3, name: ' ', timezone: 'America/Los_Angeles' },
      { idsite: 4, name: 'D' },
      { idsite: 'x', name: 'not a site' },
    ]);
    expect(sites).to.deep.equal([
      { idSite: '1', name: 'A', timezone: 'UTC' },
      { idSite: '2', name: 'B', timezone: 'UTC+5.5' },
      { idSite: '3', name: 'Site 3', nameText: { key: 'Site {id}', params: { id: '3' } }, timezone: 'America/Los_Angeles' },
      { idSite: '4', name: 'D', timezone: undefined },
    ]);
  });
});
