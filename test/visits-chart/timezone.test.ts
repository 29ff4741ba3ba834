import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { installDemoBackend } from '../../src/demo/browser.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import { $$, captureDownloads, chartOf, craftedMatomo, day, hover, parseCsv, settled, showTable, stubFetch, text } from './helpers.js';
import { parseCalendarDate } from '../../src/core/dates.js';
import { presetDate, previousRange, parseDateSpec } from '../../src/visits-chart/ranges.js';

// 2024-03-10 is the day US clocks go forward: a 23-hour day in Los Angeles.
const BY_PERIOD = {
  day: { date: '2024-03-09,2024-03-11', labels: ['2024-03-09', '2024-03-10', '2024-03-11'] },
  week: { date: '2024-03-04,2024-03-17', labels: ['2024-03-04,2024-03-10', '2024-03-11,2024-03-17'] },
  month: { date: '2024-01-01,2024-03-31', labels: ['2024-01', '2024-02', '2024-03'] },
  year: { date: '2023-01-01,2024-12-31', labels: ['2023', '2024'] },
} as const;

const EXPECTED = {
  day: { rows: ['Sat, Mar 9, 2024', 'Sun, Mar 10, 2024', 'Mon, Mar 11, 2024'], ticks: ['Mar 9', 'Mar 10', 'Mar 11'] },
  week: { rows: ['Mar 4 – 10, 2024', 'Mar 11 – 17, 2024'], ticks: ['Mar 4', 'Mar 11'] },
  month: { rows: ['January 2024', 'February 2024', 'March 2024'], ticks: ['Jan 2024', 'Feb 2024', 'Mar 2024'] },
  year: { rows: ['2023', '2024'], ticks: ['2023', '2024'] },
};

for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  describe(`<visits-chart> in a browser in ${zone}`, () => {
    before(() => executeServerCommand('set-timezone', { timezoneId: zone }));
    after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

    it('the browser really is in that zone', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      const offset = new Date(2024, 2, 10).getTimezoneOffset();
      expect(zone === 'America/Los_Angeles' ? offset > 0 : offset < 0).to.equal(true);
    });

    for (const period of ['day', 'week', 'month', 'year'] as const) {
      it(`shows ${period} labels as the same calendar days (table, ticks, tooltip, CSV)`, async () => {
        const { date, labels } = BY_PERIOD[period];
        const stub = stubFetch(
          craftedMatomo((sub) => (sub.get('date') === date ? Object.fromEntries(labels.map((l, i) => [l, day(10 * (i + 1))])) : {}), { 1: 'Shop' }),
        );
        const downloads = captureDownloads();
        try {
          const el = await fixture<VisitsChart>(html`<visits-chart api-base="https://m.example/" site-id="1" period=${period} date=${date} locale="en-US"></visits-chart>`);
          await settled(el);
          const chart = chartOf(el);
          expect(chart.scales.x!.ticks.map((t) => t.label)).to.deep.equal(EXPECTED[period].ticks);
          expect((await hover(el, labels.length - 1))[0]).to.equal(EXPECTED[period].rows.at(-1));

          const exported = oneEvent(el, 'dw-visits-export');
          $$<HTMLButtonElement>(el, '.actions button')[1]!.click();
          await exported;
          const csv = parseCsv(await downloads.files[0]!.blob.text());
          expect(csv.slice(1).map((row) => row[2])).to.deep.equal([...labels]);
          expect(csv.slice(1).map((row) => `${row[3]}..${row[4]}`)).to.deep.equal(
            labels.map((label) => {
              const [a, b] = label.split(',');
              if (period === 'day') return `${a}..${a}`;
              if (period === 'week') return `${a}..${b}`;
              if (period === 'month') return `${label}-01..${label}-${label.endsWith('02') ? '29' : '31'}`;
              return `${label}-01-01..${label}-12-31`;
            }),
          );

          await showTable(el);
          expect($$(el, 'tbody th').map((th) => text(th))).to.deep.equal(EXPECTED[period].rows);
        } finally {
          downloads.restore();
          stub.restore();
        }
      });
    }

    it('counts ranges and presets in calendar days across the clock change', () => {
      const today = parseCalendarDate('2024-03-12')!;
      expect(presetDate('last7', 'week', today)).to.equal('2024-03-06,2024-03-12');
      expect(previousRange(parseDateSpec('last3', today)!, 'day', today)).to.equal('2024-03-07,2024-03-09');
      expect(previousRange(parseDateSpec('2024-03-10,2024-03-11', today)!, 'day', today)).to.equal('2024-03-08,2024-03-09');
    });

    it('shows the demo backend’s days as they are in the site’s zone', async () => {
      const demo = installDemoBackend({ now: Date.UTC(2024, 2, 10, 12) });
      try {
        const el = document.createElement('visits-chart');
        el.setAttribute('api-base', '/matomo/');
        el.setAttribute('site-id', '1');
        el.setAttribute('date', 'last3');
        el.setAttribute('today', '2024-03-10');
        el.token = DEMO_TOKENS.matomoSuperUser;
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        wrap.append(el);
        await settled(el);
        await showTable(el);
        // Shop is on UTC, where it is noon on 10 March.
        expect($$(el, 'tbody th').map((th) => text(th))).to.deep.equal(['Fri, Mar 8, 2024', 'Sat, Mar 9, 2024', 'Sun, Mar 10, 2024']);
      } finally {
        demo.uninstall();
      }
    });
  });
}
