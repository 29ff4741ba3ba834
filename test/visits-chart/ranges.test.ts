import { expect } from '@open-wc/testing';
import { parseCalendarDate, toCalendarString } from '../../src/core/dates.js';
import {
  addPeriods,
  countPeriods,
  detectPreset,
  parseDateSpec,
  presetDate,
  previousRange,
  requestDate,
  spanOf,
  startOfPeriod,
  type ChartPeriod,
  type DateSpec,
} from '../../src/visits-chart/ranges.js';

const day = (text: string) => parseCalendarDate(text)!;
const today = day('2024-03-10'); // a Sunday
const spec = (date: string) => parseDateSpec(date, today)!;
const span = (date: string, period: ChartPeriod) => {
  const s = spanOf(spec(date), period, today);
  return `${toCalendarString(s.from)}..${toCalendarString(s.to)} (${s.count})`;
};

describe('visits-chart ranges: reading Matomo date forms', () => {
  it('reads lastN, previousN, single days, today/yesterday and from,to', () => {
    expect(spec('last30')).to.deep.equal({ kind: 'last', n: 30 });
    expect(spec('previous7')).to.deep.equal({ kind: 'previous', n: 7 });
    const one = spec('2024-02-29') as Extract<DateSpec, { kind: 'range' }>;
    expect(toCalendarString(one.from)).to.equal('2024-02-29');
    expect(toCalendarString(one.to)).to.equal('2024-02-29');
    expect(requestDate(spec('yesterday'))).to.equal('2024-03-09,2024-03-09');
    expect(requestDate(spec('today'))).to.equal('2024-03-10,2024-03-10');
    expect(requestDate(spec('2024-01-01,today'))).to.equal('2024-01-01,2024-03-10');
    expect(requestDate(spec('last30'))).to.equal('last30');
  });

  it('refuses what Matomo would refuse, instead of guessing', () => {
    for (const bad of ['', 'last0', 'lastweek', '2024-02-30', '2024-03-10,2024-03-01', '2024-03-10,2024-03-11,2024-03-12', 'last99999']) {
      expect(parseDateSpec(bad, today), bad).to.equal(null);
    }
  });
});

describe('visits-chart ranges: the periods a range covers', () => {
  it('counts lastN and previousN back from the period containing today, for every period kind', () => {
    expect(span('last7', 'day')).to.equal('2024-03-04..2024-03-10 (7)');
    expect(span('previous7', 'day')).to.equal('2024-03-03..2024-03-09 (7)');
    // Matomo weeks run Monday to Sunday: 2024-03-10 is in the week of Monday 2024-03-04.
    expect(span('last4', 'week')).to.equal('2024-02-12..2024-03-10 (4)');
    expect(span('previous2', 'week')).to.equal('2024-02-19..2024-03-03 (2)');
    expect(span('last3', 'month')).to.equal('2024-01-01..2024-03-31 (3)');
    expect(span('last2', 'year')).to.equal('2023-01-01..2024-12-31 (2)');
  });

  it('snaps fixed days to whole periods', () => {
    expect(span('2024-01-10,2024-01-20', 'day')).to.equal('2024-01-10..2024-01-20 (11)');
    expect(span('2024-01-03,2024-01-20', 'week')).to.equal('2024-01-01..2024-01-21 (3)');
    expect(span('2024-01-15,2024-03-02', 'month')).to.equal('2024-01-01..2024-03-31 (3)');
    expect(span('2024-02-10,2024-02-10', 'month')).to.equal('2024-02-01..2024-02-29 (1)');
  });

  it('counts weeks across a year boundary and days across a daylight-saving change', () => {
    expect(countPeriods(day('2024-12-25'), day('2025-01-06'), 'week')).to.equal(3);
    expect(countPeriods(day('2024-03-30'), day('2024-04-01'), 'day')).to.equal(3);
    expect(countPeriods(day('2024-10-26'), day('2024-10-28'), 'day')).to.equal(3);
  });
});

describe('visits-chart ranges: the comparison range', () => {
  it('is as many periods, right before the range, for every period kind', () => {
    expect(previousRange(spec('last7'), 'day', today)).to.equal('2024-02-26,2024-03-03');
    expect(previousRange(spec('previous7'), 'day', today)).to.equal('2024-02-25,2024-03-02');
    expect(previousRange(spec('last4'), 'week', today)).to.equal('2024-01-15,2024-02-11');
    expect(previousRange(spec('last3'), 'month', today)).to.equal('2023-10-01,2023-12-31');
    expect(previousRange(spec('last2'), 'year', today)).to.equal('2021-01-01,2022-12-31');
    expect(previousRange(spec('2024-01-10,2024-01-20'), 'day', today)).to.equal('2023-12-30,2024-01-09');
    expect(previousRange(spec('2024-01-03,2024-01-20'), 'week', today)).to.equal('2023-12-11,2023-12-31');
  });

  it('of a 3,650-day range is the 3,650 days before it', () => {
    const previous = previousRange(spec('last3650'), 'day', today);
    const [from, to] = previous.split(',').map(day) as [Date, Date];
    expect(countPeriods(from, to, 'day')).to.equal(3650);
    const start = spanOf(spec('last3650'), 'day', today).from;
    expect(toCalendarString(start)).to.equal('2014-03-14');
    expect(toCalendarString(to)).to.equal('2014-03-13');
  });
});

describe('visits-chart ranges: presets', () => {
  it('turn into Matomo dates, lastN by day and the same days by longer periods', () => {
    expect(presetDate('last7', 'day', today)).to.equal('last7');
    expect(presetDate('last7', 'week', today)).to.equal('2024-03-04,2024-03-10');
    expect(presetDate('last365', 'month', today)).to.equal('2023-03-12,2024-03-10');
    expect(presetDate('this-month', 'day', today)).to.equal('2024-03-01,2024-03-10');
    expect(presetDate('last-month', 'day', today)).to.equal('2024-02-01,2024-02-29');
    expect(presetDate('this-year', 'month', today)).to.equal('2024-01-01,2024-03-10');
  });

  it('are recognised back from a date, so the control shows them', () => {
    expect(detectPreset('last30', 'day', today)).to.equal('last30');
    expect(detectPreset('2024-02-01,2024-02-29', 'day', today)).to.equal('last-month');
    expect(detectPreset('last30', 'week', today)).to.equal(null);
    expect(detectPreset('2024-02-02,2024-02-29', 'day', today)).to.equal(null);
  });
});

describe('visits-chart calendar arithmetic', () => {
  const cal = (d: Date) => toCalendarString(d);

  it('moves by months and years to the month’s last day when the day does not exist there', () => {
    expect(cal(addPeriods(day('2024-01-31'), 'month', 1))).to.equal('2024-02-29');
    expect(cal(addPeriods(day('2023-01-31'), 'month', 1))).to.equal('2023-02-28');
    expect(cal(addPeriods(day('2024-03-31'), 'month', -1))).to.equal('2024-02-29');
    expect(cal(addPeriods(day('2024-02-29'), 'year', 1))).to.equal('2025-02-28');
    expect(cal(addPeriods(day('2024-12-15'), 'month', 2))).to.equal('2025-02-15');
    expect(cal(addPeriods(day('2024-03-10'), 'week', -2))).to.equal('2024-02-25');
  });

  it('starts weeks on Monday, months on the 1st and years on 1 January', () => {
    expect(cal(startOfPeriod(day('2024-03-10'), 'week'))).to.equal('2024-03-04'); // a Sunday
    expect(cal(startOfPeriod(day('2024-03-04'), 'week'))).to.equal('2024-03-04'); // a Monday
    expect(cal(startOfPeriod(day('2024-01-03'), 'week'))).to.equal('2024-01-01');
    expect(cal(startOfPeriod(day('2021-01-01'), 'week'))).to.equal('2020-12-28');
    expect(cal(startOfPeriod(day('2024-03-10'), 'month'))).to.equal('2024-03-01');
    expect(cal(startOfPeriod(day('2024-03-10'), 'year'))).to.equal('2024-01-01');
  });

  it('counts periods across years, leap days and daylight-saving changes', () => {
    expect(countPeriods(day('2014-03-14'), day('2024-03-10'), 'day')).to.equal(3650);
    expect(countPeriods(day('2024-03-09'), day('2024-03-11'), 'day')).to.equal(3);
    expect(countPeriods(day('2024-03-10'), day('2024-11-03'), 'week')).to.equal(35);
    expect(countPeriods(day('2023-12-31'), day('2024-01-01'), 'month')).to.equal(2);
    expect(countPeriods(day('2014-06-01'), day('2024-01-01'), 'year')).to.equal(11);
  });
});
