import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/visits-chart/define.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { parseEmbedFragment } from '../../src/embed/fragment.js';
import { shareSnippets, widgetConfig, type WidgetConfig } from '../../src/embed/share.js';
import { CHART_PERIODS, RANGE_PRESETS, parseDateSpec, presetDate, rangeText, spanOf, type ChartPeriod } from '../../src/visits-chart/ranges.js';
import { parseCalendarDate } from '../../src/core/dates.js';
import { $, $$, choose, craftedMatomo, day, settled, stubFetch } from '../visits-chart/helpers.js';

// A chart shared with a range preset keeps it relative: the recipient, opening the link on a later
// day, sees that preset for their day, not the days the sharer saw.
const BASE = 'https://matomo.example/';
const SHARED_ON = '2024-03-10';
const OPENED_ON = '2024-05-20';

let stub: ReturnType<typeof stubFetch>;
beforeEach(() => {
  stub = stubFetch(craftedMatomo(() => ({ '2024-03-10': day(3) }), { 1: 'Shop' }));
});
afterEach(() => stub.restore());

/** The recipient's chart: the shared link's fragment applied as the embed page applies it, on another day. */
async function openShared(link: string): Promise<VisitsChart> {
  const request = parseEmbedFragment(new URL(link).hash, undefined, link);
  expect(request.widget).to.equal('visits-chart');
  const el = document.createElement('visits-chart') as VisitsChart;
  for (const [name, value] of Object.entries(request.attributes)) el.setAttribute(name, value);
  el.setAttribute('today', OPENED_ON);
  await fixture(html`<div></div>`).then((parent) => parent.append(el));
  await settled(el);
  return el;
}

const lastDate = () => stub.requests[stub.requests.length - 1]!.subs[0]!.get('date');

/** A `date` as sent when the chart is given its day: Matomo's lastN and previousN as the days they stand for then. */
const asDays = (date: string, today = OPENED_ON) => {
  const day = parseCalendarDate(today)!;
  const spec = parseDateSpec(date, day)!;
  if (spec.kind === 'range') return date;
  const span = spanOf(spec, 'day', day);
  return rangeText(span.from, span.to);
};

describe('relative ranges survive a share round trip', () => {
  for (const period of CHART_PERIODS) {
    for (const preset of RANGE_PRESETS) {
      it(`${preset} by ${period}`, async () => {
        const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" period=${period} date="2023-01-01,2023-01-02" today=${SHARED_ON}></visits-chart>`);
        await settled(el);
        choose(el, 'select[id$="-range"]', preset);
        await waitUntil(() => stub.requests.length === 2);
        const config: WidgetConfig = { ...widgetConfig(el), today: undefined };
        const { link, script } = shareSnippets({ widget: 'visits-chart', config, baseUrl: 'https://widgets.example/' });
        // The shared value is relative: no day of the sharer's calendar in it (last30 by day is
        // the widget's default, left out of the snippets).
        const shared = String(config.date ?? 'last30');
        expect(shared).not.to.match(/\d{4}-\d{2}-\d{2}/);
        if (config.date) expect(script).to.contain(`date="${shared}"`);

        const opened = await openShared(link);
        const expected = asDays(presetDate(preset, period as ChartPeriod, parseCalendarDate(OPENED_ON)!));
        expect(lastDate(), 'the recipient asks for the range of their own day').to.equal(expected);
        // Given a day, the chart asks for the days of that day (Matomo's lastN included), which must
        // be the recipient's, not the sharer's.
        expect(expected).not.to.equal(asDays(presetDate(preset, period as ChartPeriod, parseCalendarDate(SHARED_ON)!), SHARED_ON));
        expect($<HTMLSelectElement>(opened, 'select[id$="-range"]').value, 'and sees the same preset chosen').to.equal(preset);
      });
    }
  }

  for (const date of ['today', 'yesterday', 'last7', 'previous3', 'this-month', 'last-month', 'this-year', 'last-45-days']) {
    it(`the date "${date}" set on the widget is shared as it is and read by the recipient`, async () => {
      const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date=${date} today=${SHARED_ON}></visits-chart>`);
      await settled(el);
      const { link } = shareSnippets({ widget: 'visits-chart', config: { ...widgetConfig(el), today: undefined }, baseUrl: 'https://widgets.example/' });
      expect(new URLSearchParams(new URL(link).hash.slice(1)).get('date')).to.equal(date);
      const opened = await openShared(link);
      expect(opened.date).to.equal(date);
      expect($$(opened, '[part="error"]'), 'no error').to.have.length(0);
    });
  }

  it('asks Matomo for the days a named range stands for on the recipient\'s day', async () => {
    const cases: Array<[string, string]> = [
      ['this-month', '2024-05-01,2024-05-20'],
      ['last-month', '2024-04-01,2024-04-30'],
      ['this-year', '2024-01-01,2024-05-20'],
      ['last-45-days', '2024-04-06,2024-05-20'],
      ['today', '2024-05-20,2024-05-20'],
      ['yesterday', '2024-05-19,2024-05-19'],
      // Given a day, Matomo's relative forms too go as the days they stand for then.
      ['last7', '2024-05-14,2024-05-20'],
      ['previous3', '2024-05-17,2024-05-19'],
    ];
    for (const [date, sent] of cases) {
      const el = await fixture<VisitsChart>(html`<visits-chart api-base=${BASE} site-id="1" date=${date} today=${OPENED_ON}></visits-chart>`);
      await settled(el);
      expect(lastDate(), date).to.equal(sent);
    }
  });
});
