import { expect } from '@open-wc/testing';
import { MatomoClient } from '../../src/api/matomo.js';
import { AuthError, PermissionError, ServerError } from '../../src/api/errors.js';
import { MatomoVisitsSource, toMetrics, toPoints } from '../../src/api/visits-source.js';
import { craftedMatomo, day, json, stubFetch } from './helpers.js';

const source = (token = 'secret-token') => new MatomoVisitsSource(new MatomoClient({ apiBase: 'https://matomo.example/analytics', token }));

describe('MatomoVisitsSource on the wire', () => {
  it('sends one POST API.getBulkRequest for all sites, the comparison and the names; the token only in the body', async () => {
    const stub = stubFetch(
      craftedMatomo(
        (sub) => (sub.get('date') === 'last2' ? { 1: { '2024-03-09': day(5), '2024-03-10': [] }, 3: { '2024-03-09': day(7), '2024-03-10': day(8) } } : { 1: {}, 3: {} }),
        { 1: 'Shop', 3: 'Docs' },
      ),
    );
    try {
      const result = await source().getVisits({ siteIds: ['1', '3'], period: 'day', date: 'last2', compareDate: '2024-03-07,2024-03-08' });
      expect(stub.requests).to.have.length(1);
      const [request] = stub.requests;
      expect(request!.method).to.equal('POST');
      expect(`${request!.url.origin}${request!.url.pathname}`).to.equal('https://matomo.example/analytics/index.php');
      expect(request!.url.searchParams.get('method')).to.equal('API.getBulkRequest');
      expect(request!.url.searchParams.get('format')).to.equal('JSON');
      expect(request!.url.href).not.to.contain('secret-token');
      expect(request!.form.get('token_auth')).to.equal('secret-token');
      expect(request!.subs.map((s) => Object.fromEntries(s))).to.deep.equal([
        { method: 'VisitsSummary.get', idSite: '1,3', period: 'day', date: 'last2', filter_limit: '-1', format_metrics: '0' },
        { method: 'VisitsSummary.get', idSite: '1,3', period: 'day', date: '2024-03-07,2024-03-08', filter_limit: '-1', format_metrics: '0' },
        { method: 'SitesManager.getSiteFromId', idSite: '1', filter_limit: '-1', format_metrics: '0' },
        { method: 'SitesManager.getSiteFromId', idSite: '3', filter_limit: '-1', format_metrics: '0' },
      ]);
      expect(result.current.map((s) => [s.idSite, s.name, s.points.map((p) => [p.label, p.metrics?.nb_visits ?? null])])).to.deep.equal([
        ['1', 'Shop', [['2024-03-09', 5], ['2024-03-10', null]]],
        ['3', 'Docs', [['2024-03-09', 7], ['2024-03-10', 8]]],
      ]);
    } finally {
      stub.restore();
    }
  });

  it('reads a one-site answer keyed by period, and names a site whose name it may not read "Site N"', async () => {
    const stub = stubFetch(craftedMatomo(() => ({ '2024-01': day(10), '2024-02': [] }), {}));
    try {
      const result = await source().getVisits({ siteIds: ['4'], period: 'month', date: '2024-01-01,2024-02-29' });
      expect(result.current).to.deep.equal([
        { idSite: '4', name: 'Site 4', points: [{ label: '2024-01', metrics: toMetrics(day(10)) }, { label: '2024-02', metrics: null }] },
      ]);
      expect(result.previous).to.equal(undefined);
    } finally {
      stub.restore();
    }
  });

  it('asks for every site with idSite=all and lists them by id', async () => {
    const stub = stubFetch(craftedMatomo(() => ({ 7: { 2024: { nb_visits: 7 } }, 2: { 2024: { nb_visits: 2 } } }), { 2: 'Two', 7: 'Seven' }));
    try {
      const result = await source().getVisits({ siteIds: ['all'], period: 'year', date: 'last1' });
      expect(stub.requests[0]!.subs[0]!.get('idSite')).to.equal('all');
      expect(stub.requests[0]!.subs[1]!.get('method')).to.equal('SitesManager.getSitesWithAtLeastViewAccess');
      expect(result.current.map((s) => `${s.idSite}:${s.name}:${s.points[0]!.metrics!.nb_visits}`)).to.deep.equal(['2:Two:2', '7:Seven:7']);
    } finally {
      stub.restore();
    }
  });

  it('rejects with the typed error of a failed VisitsSummary sub-request', async () => {
    const stub = stubFetch(() =>
      json([{ result: 'error', message: "You can't access this resource as it requires 'view' access for the website id = 3." }, { idsite: 3, name: 'x' }]),
    );
    try {
      const error = await source().getVisits({ siteIds: ['3'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(PermissionError);
      expect((error as Error).message).to.contain('website id = 3');
    } finally {
      stub.restore();
    }
  });

  it('keeps the range when only the comparison fails, and says why it is missing', async () => {
    const stub = stubFetch(craftedMatomo((sub) => (sub.get('date') === 'last1' ? { '2024-03-10': day(1) } : { result: 'error', message: 'Archiving is disabled for that range.' }), { 1: 'Shop' }));
    try {
      const result = await source().getVisits({ siteIds: ['1'], period: 'day', date: 'last1', compareDate: '2024-03-09,2024-03-09' });
      expect(result.current[0]!.points).to.have.length(1);
      expect(result.previous).to.equal(undefined);
      expect(result.previousError).to.be.instanceOf(ServerError);
      expect(result.previousError!.message).to.equal('Archiving is disabled for that range.');
    } finally {
      stub.restore();
    }
  });

  it('turns a rejected token (Matomo 5 answers 401) into an AuthError without the token in its message', async () => {
    const stub = stubFetch(() =>
      json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter. secret-token' }, 401),
    );
    try {
      const error = await source().getVisits({ siteIds: ['1'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(AuthError);
      expect((error as Error).message).not.to.contain('secret-token');
    } finally {
      stub.restore();
    }
  });

  it('refuses a query without a valid site id before sending anything', async () => {
    const stub = stubFetch(() => json([]));
    try {
      const error = await source().getVisits({ siteIds: ['abc'], period: 'day', date: 'last7' }).catch((e: unknown) => e);
      expect((error as Error).name).to.equal('ConfigError');
      expect(stub.requests).to.have.length(0);
    } finally {
      stub.restore();
    }
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
});
