import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart, VisitsLoadDetail } from '../../src/visits-chart/visits-chart.js';
import { forgetSites } from '../../src/api/site-directory.js';
import { setClock } from '../../src/core/clock.js';
import { installDemoBackend, type InstalledDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { $, $$, chartOf, choose, craftedMatomo, day, dayLabels, hover, kpiTexts, settled, showTable, stubFetch, subRequests, text } from './helpers.js';

/*
 * <visits-chart> in the sites' calendars, with the browser in UTC, Tokyo and Los Angeles and sites
 * in Los Angeles (UTC−8 in December) and Kolkata (UTC+5:30), on a fixed clock:
 * - 05:00 UTC on Sunday 6 December 2026: still the 5th in Los Angeles, the 6th in Kolkata;
 * - 19:00 UTC: the 6th in Los Angeles, already the 7th in Kolkata (00:30) and in Tokyo.
 * Whatever the browser's zone, every figure is the same.
 */
const MORNING = Date.UTC(2026, 11, 6, 5);
const EVENING = Date.UTC(2026, 11, 6, 19);

const rows = (el: VisitsChart) => $$(el, 'tbody tr').map((tr) => Array.from(tr.children, (cell) => text(cell)));

for (const browser of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
  describe(`<visits-chart> in the sites' calendars, the browser in ${browser}`, () => {
    let demo: InstalledDemoBackend | undefined;
    let stub: ReturnType<typeof stubFetch> | undefined;
    before(() => executeServerCommand('set-timezone', { timezoneId: browser }));
    after(() => executeServerCommand('set-timezone', { timezoneId: '' }));
    beforeEach(() => forgetSites());
    afterEach(() => {
      demo?.uninstall();
      stub?.restore();
      demo = undefined;
      stub = undefined;
      setClock();
      forgetSites();
    });

    /** A chart of the demo Matomo (the super user's token) at `instant`, on the widgets' clock too. */
    async function mount(instant: number, attributes: Record<string, string>, into?: HTMLElement): Promise<VisitsChart> {
      setClock(() => instant);
      demo ??= installDemoBackend({ now: instant });
      const el = document.createElement('visits-chart');
      el.setAttribute('api-base', '/matomo/');
      el.setAttribute('locale', 'en-US');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.token = DEMO_TOKENS.matomoSuperUser;
      const wrap = into ?? (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`));
      wrap.append(el);
      await settled(el);
      return el;
    }

    /** The demo Matomo's own answer for one site and one day, asked for directly. */
    async function visitsOn(idSite: string, date: string): Promise<number | null> {
      const url = `/matomo/index.php?module=API&method=VisitsSummary.get&format=JSON&idSite=${idSite}&period=day&date=${date},${date}&format_metrics=0`;
      const body = new URLSearchParams({ token_auth: DEMO_TOKENS.matomoSuperUser });
      const answer = (await (await fetch(url, { method: 'POST', body })).json()) as Record<string, { nb_visits: number } | []>;
      const metrics = answer[date]!;
      return Array.isArray(metrics) ? null : metrics.nb_visits;
    }

    it('the browser really is in that zone', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(browser);
    });

    it('compares a Kolkata site after its midnight with the seven days right before its own last seven (the recorded +136.8% was a window a day off; the true change is +73.1%)', async () => {
      setClock(() => EVENING);
      // The recorded numbers (test/fixtures/real-matomo/vc-s3-kolkata-after-midnight.json and vc-s3-kolkata-day-tzUTC.json).
      const visits: Record<string, number | null> = {
        '2026-11-24': null, '2026-11-25': null, '2026-11-26': null, '2026-11-27': 6, '2026-11-28': 10, '2026-11-29': 3, '2026-11-30': 7,
        '2026-12-01': 2, '2026-12-02': 12, '2026-12-03': 9, '2026-12-04': 12, '2026-12-05': 7, '2026-12-06': 3, '2026-12-07': null,
      };
      const answer = (labels: string[]) => Object.fromEntries(labels.map((d) => [d, visits[d] == null ? [] : day(visits[d]!)]));
      stub = stubFetch(
        craftedMatomo(
          (sub) => {
            const date = sub.get('date')!;
            if (date === 'last14') return answer(dayLabels('2026-11-24', 14));
            const [from, to] = date.split(',') as [string, string];
            return answer(dayLabels(from, dayLabels(from, 30).indexOf(to) + 1));
          },
          { 3: 'Docs (Kolkata)' },
          { 3: 'Asia/Kolkata' },
        ),
      );
      const loads: VisitsLoadDetail[] = [];
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px" @dw-visits-load=${(e: CustomEvent<VisitsLoadDetail>) => loads.push(e.detail)}></div>`);
      const first = document.createElement('visits-chart');
      Object.entries({ 'api-base': 'https://matomo.example/', 'site-id': '3', date: 'last7', compare: '', locale: 'en-US' }).forEach(([k, v]) => first.setAttribute(k, v));
      wrap.append(first);
      await settled(first);

      // One round trip: the server counts last14 from the site's own today (the 7th).
      expect(stub.requests.map(subRequests)).to.deep.equal([['VisitsSummary.get 3 day last14', 'SitesManager.getSiteFromId 3']]);
      expect(loads[0]!.compareDate).to.equal('2026-11-24,2026-11-30');
      expect(kpiTexts(first)).to.deep.equal(['Visits 45 ▲ +73.1% vs previous period']);
      await showTable(first);
      expect(rows(first)[0]).to.deep.equal(['Tue, Dec 1, 2026', '2', 'no data (Tue, Nov 24, 2026)']);
      expect(rows(first).at(-1)).to.deep.equal(['Mon, Dec 7, 2026', 'no data (so far)', '7 (Mon, Nov 30, 2026)']);

      // Its zone is known now: another chart of the same server asks for the exact days, in one round trip.
      const second = document.createElement('visits-chart');
      Object.entries({ 'api-base': 'https://matomo.example/', 'site-id': '3', date: 'last7', locale: 'en-US' }).forEach(([k, v]) => second.setAttribute(k, v));
      wrap.append(second);
      await settled(second);
      expect(stub.requests.map(subRequests)[1]).to.deep.equal([
        'VisitsSummary.get 3 day 2026-12-01,2026-12-07',
        'VisitsSummary.get 3 day 2026-11-24,2026-11-30',
        'SitesManager.getSiteFromId 3',
      ]);
      expect(kpiTexts(second)).to.deep.equal(['Visits 45 ▲ +73.1% vs previous period']);
    });

    it('compares a UTC site with the days right before its range, never overlapping it (read from Tokyo, the recording overlapped by one day)', async () => {
      const loaded = new Promise<VisitsLoadDetail>((resolve) => document.addEventListener('dw-visits-load', (e) => resolve(e.detail), { once: true }));
      const el = await mount(EVENING, { 'site-id': '1', date: 'last7', compare: '' });
      expect((await loaded).compareDate).to.equal('2026-11-23,2026-11-29');
      await showTable(el);
      expect(rows(el).map((r) => r[0])).to.deep.equal([
        'Mon, Nov 30, 2026',
        'Tue, Dec 1, 2026',
        'Wed, Dec 2, 2026',
        'Thu, Dec 3, 2026',
        'Fri, Dec 4, 2026',
        'Sat, Dec 5, 2026',
        'Sun, Dec 6, 2026',
      ]);
      expect(rows(el)[0]![2]).to.match(/\(Mon, Nov 23, 2026\)$/);
      expect(rows(el).at(-1)![2]).to.match(/\(Sun, Nov 29, 2026\)$/);
    });

    for (const [when, instant, days] of [
      ['morning', MORNING, { 2: '2026-12-05', 3: '2026-12-06' }],
      ['evening', EVENING, { 2: '2026-12-06', 3: '2026-12-07' }],
    ] as const) {
      it(`shows today's value of every site of a multi-site chart, each in its own day (UTC ${when})`, async () => {
        const el = await mount(instant, { 'site-id': '2,3', date: 'last7', compare: '' });
        // The zones first, then each site's own seven days and the seven before, asked for by date.
        const range = (to: string, back: number) => `${shift(to, back - 6)},${shift(to, back)}`;
        expect(demo!.requests).to.have.length(2);
        const subs = await Promise.all(demo!.requests.map(async (r) => new URLSearchParams(await r.clone().text())));
        const wire = subs.map((form) => [...form.entries()].filter(([k]) => k.startsWith('urls')).map(([, v]) => new URLSearchParams(v)));
        expect(wire[0]!.map((s) => `${s.get('method')} ${s.get('idSite')}`)).to.deep.equal(['SitesManager.getSiteFromId 2', 'SitesManager.getSiteFromId 3']);
        expect(wire[1]!.map((s) => `${s.get('idSite')} ${s.get('date')}`)).to.deep.equal([
          `2 ${range(days[2], 0)}`,
          `2 ${range(days[2], -7)}`,
          `3 ${range(days[3], 0)}`,
          `3 ${range(days[3], -7)}`,
        ]);
        const model = chartOf(el);
        const labels = (model.data.datasets[0]!.data as unknown as Array<{ i: number }>).length;
        expect(labels, 'the union of both sites’ days').to.equal(8);
        for (const [id, name, index] of [
          ['2', 'Blog', 6],
          ['3', 'Docs', 7],
        ] as const) {
          const today = days[id];
          const expected = await visitsOn(id, today);
          expect(expected, `${name} has visits on its today`).to.be.above(0);
          const tip = await hover(el, index);
          expect(tip).to.include(`${name}: ${new Intl.NumberFormat('en-US').format(expected!)} (so far)`);
        }
        // Los Angeles has not begun the day Kolkata is on: not asked, not 0, and nothing to compare.
        expect(await hover(el, 7)).to.include('Blog: –');
        expect((await hover(el, 7)).filter((line) => line.startsWith('Blog, previous'))).to.deep.equal([]);
        expect(text($(el, '.note'))).to.equal('Each site’s current day is in progress (in the site’s own time zone): its figures so far are compared with a whole day.');
      });
    }

    it('draws the days a site has no data for (answered []) as gaps, “no data” in the tooltip and the table, never as 0', async () => {
      // Docs (Kolkata) had a week-long outage: 21 to 26 November.
      const el = await mount(MORNING, { 'site-id': '3', date: '2026-11-15,2026-11-30' });
      const gap = 6; // 2026-11-21
      expect(await hover(el, gap)).to.deep.equal(['Sat, Nov 21, 2026', 'Docs: no data']);
      expect((chartOf(el).data.datasets[0]!.data as unknown as Array<{ y: number | null }>).slice(gap, gap + 6).map((p) => p.y)).to.deep.equal([null, null, null, null, null, null]);
      expect(text($(el, '.summary'))).to.contain('no data for 6 days');
      expect(text($(el, '.summary'))).not.to.match(/\(0\)/);
      await showTable(el);
      expect(rows(el).slice(gap, gap + 2)).to.deep.equal([
        ['Sat, Nov 21, 2026', 'no data'],
        ['Sun, Nov 22, 2026', 'no data'],
      ]);
    });

    it('marks the month in progress where it is drawn, tabled and summed, and says what it is compared with', async () => {
      // Los Angeles is on 5 December in the morning (UTC), Kolkata on the 7th in the evening.
      for (const [instant, id, name, days] of [
        [MORNING, '2', 'Blog', 5],
        [EVENING, '3', 'Docs', 7],
      ] as const) {
        demo?.uninstall();
        demo = undefined;
        const el = await mount(instant, { 'site-id': id, period: 'month', date: 'last3', compare: '' });
        expect(text($(el, '.note'))).to.equal(`December 2026 is in progress (${days} of 31 days): its figures so far are compared with a whole month.`);
        expect(text($(el, '.summary'))).to.contain(`; December 2026 is in progress (${days} of 31 days)`);
        expect(text($(el, '.summary'))).not.to.contain('lowest December 2026');
        expect((await hover(el, 2))[1]).to.match(new RegExp(`^${name}: [\\d,]+ \\(so far: ${days} of 31 days\\)$`));
        expect($$(el, '.legend-note').map((n) => text(n))).to.include('Dotted, hollow point: in progress');
        await showTable(el);
        expect(rows(el).map((r) => r[0])).to.deep.equal(['October 2026', 'November 2026', 'December 2026']);
        expect(rows(el)[2]![1]).to.match(new RegExp(`^[\\d,]+ \\(so far: ${days} of 31 days\\)$`));
        el.remove();
      }
    });

    it('says the month is in progress for sites whose days differ, without a count of days that would be one site’s only', async () => {
      const el = await mount(EVENING, { 'site-id': '1,3', period: 'month', date: 'last2' });
      expect(text($(el, '.note'))).to.equal('December 2026 is in progress: its figures so far are compared with a whole month.');
      const [, shop, docs] = await hover(el, 1);
      expect(shop).to.match(/^Shop: [\d,]+ \(so far: 6 of 31 days\)$/);
      expect(docs).to.match(/^Docs: [\d,]+ \(so far: 7 of 31 days\)$/);
    });

    it('reads unique visitors by year as “not available” (KPIs, table, tooltip), not 0', async () => {
      const el = await mount(MORNING, { 'site-id': '2', period: 'year', date: 'last2', metrics: 'nb_visits,nb_uniq_visitors' });
      expect(kpiTexts(el)[1]).to.match(/^Unique visitors \(average per year\) not available/);
      choose(el, 'select[id$="-metric"]', 'nb_uniq_visitors');
      await el.updateComplete;
      expect(text($(el, '.overlay.empty'))).to.contain('The server does not report “Unique visitors” by year');
      await showTable(el);
      expect(rows(el)).to.deep.equal([
        ['2025', 'not available'],
        ['2026', 'not available'],
      ]);
    });
  });
}

/** `day` (YYYY-MM-DD) moved by `n` days. */
function shift(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
