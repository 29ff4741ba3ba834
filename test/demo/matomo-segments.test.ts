import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { matomo, NOW } from './helpers.js';

const superUser = { token_auth: DEMO_TOKENS.matomoSuperUser };
const viewer = { token_auth: DEMO_TOKENS.matomoViewer };

type Row = Record<string, string>;
type ErrorBody = { result: string; message: string };
type Day = Record<string, number>;

describe('demo Matomo: stored segments (SegmentEditor.getAll)', () => {
  const backend = createDemoBackend({ now: NOW });

  it("answers rows as Matomo's segment table holds them: every column a string", async () => {
    const { data } = await matomo<Row[]>(backend, { method: 'SegmentEditor.getAll', idSite: '1' }, superUser);
    expect(data.length).to.be.greaterThan(3);
    for (const row of data) {
      expect(Object.keys(row).sort()).to.deep.equal(
        ['auto_archive', 'definition', 'deleted', 'enable_all_users', 'enable_only_idsite', 'hash', 'idsegment', 'login', 'name', 'ts_created', 'ts_last_edit'],
      );
      for (const value of Object.values(row)) expect(value).to.be.a('string');
      expect(row.hash).to.match(/^[0-9a-f]{32}$/);
    }
  });

  it("lists a site's segments and those of every site; super users see every user's, their own first", async () => {
    const { data } = await matomo<Row[]>(backend, { method: 'SegmentEditor.getAll', idSite: '2' }, superUser);
    const names = data.map((r) => r.name);
    // admin's own (by name), then the others'; the Shop's segment (site 1) is not listed for site 2.
    expect(names.slice(0, 3)).to.deep.equal(['Germany (mine)', 'Mobile', 'Returning visitors']);
    expect(names).to.include('Converted visits');
    expect(names).not.to.include('Sale landing page');
  });

  it("gives a view-only user the shared segments and their own, never another user's private one", async () => {
    const { data } = await matomo<Row[]>(backend, { method: 'SegmentEditor.getAll', idSite: '1' }, viewer);
    const names = data.map((r) => r.name);
    expect(names).not.to.include('Germany (mine)');
    expect(names).to.include('Returning visitors');
    expect(names).to.include('Sale landing page');
    // reader's own come first.
    expect(data[0]!.login).to.equal('reader');
  });

  it('refuses a site the token may not view, with Matomo’s 401', async () => {
    const { response, data } = await matomo<ErrorBody>(backend, { method: 'SegmentEditor.getAll', idSite: '3' }, viewer);
    expect(response.status).to.equal(401);
    expect(data.message).to.equal("You can't access this resource as it requires 'view' access for the website id = 3.");
  });

  it('without a site, lists the segments of the sites the viewer may view', async () => {
    const { data } = await matomo<Row[]>(backend, { method: 'SegmentEditor.getAll' }, viewer);
    expect(data.map((r) => r.enable_only_idsite).every((id) => ['0', '1', '2'].includes(id))).to.equal(true);
  });

  it('keeps hostile segment names as they were saved (the widget shows them as text)', async () => {
    const { data } = await matomo<Row[]>(backend, { method: 'SegmentEditor.getAll', idSite: '1' }, viewer);
    expect(data.some((r) => r.name.includes('<img') && r.name.includes('\u202E'))).to.equal(true);
  });
});

describe('demo Matomo: VisitsSummary.get with a segment', () => {
  const backend = createDemoBackend({ now: NOW });
  const visits = (segment?: string) =>
    matomo<Record<string, Day | []>>(
      backend,
      { method: 'VisitsSummary.get', idSite: '1', period: 'day', date: 'last14', format_metrics: '0', ...(segment === undefined ? {} : { segment }) },
      superUser,
    );

  it('answers each segment its own share of the visits, the same every time', async () => {
    const all = (await visits()).data;
    const returning = (await visits('visitorType==returning')).data;
    const mobile = (await visits('deviceType==smartphone,deviceType==tablet')).data;
    expect((await visits('visitorType==returning')).data).to.deep.equal(returning);
    let fewer = 0;
    for (const [label, day] of Object.entries(all)) {
      if (Array.isArray(day)) {
        expect(returning[label]).to.deep.equal([]);
        continue;
      }
      const r = returning[label] as Day;
      expect(r.nb_visits).to.be.at.most(day.nb_visits!);
      expect(r.bounce_count).to.be.at.most(r.nb_visits!);
      if (r.nb_visits! < day.nb_visits!) fewer++;
      expect(r).not.to.deep.equal(mobile[label]);
    }
    expect(fewer).to.be.greaterThan(5);
  });

  it('refuses an unknown segment and a malformed condition with Matomo’s messages', async () => {
    const unknown = await visits('favouriteColour==blue');
    expect((unknown.data as unknown as ErrorBody).message).to.equal("Segment 'favouriteColour' is not a supported segment.");
    const malformed = await visits('visitorType');
    expect((malformed.data as unknown as ErrorBody).message).to.equal("The segment condition 'visitorType' is not valid.");
  });
});
