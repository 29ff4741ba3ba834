import { expect } from '@open-wc/testing';
import { toCalendarString } from '../../src/core/dates.js';
import { formatPeriodLabel, parsePeriodLabel } from '../../src/visits-chart/period-labels.js';

const span = (label: string, period: 'day' | 'week' | 'month' | 'year') => {
  const s = parsePeriodLabel(label, period);
  return s ? `${toCalendarString(s.start)}..${toCalendarString(s.end)}` : null;
};

describe('visits-chart period labels', () => {
  it("reads every kind of Matomo label as the calendar days it covers", () => {
    expect(span('2024-03-10', 'day')).to.equal('2024-03-10..2024-03-10');
    expect(span('2024-03-04,2024-03-10', 'week')).to.equal('2024-03-04..2024-03-10');
    expect(span('2024-02', 'month')).to.equal('2024-02-01..2024-02-29');
    expect(span('2023-02', 'month')).to.equal('2023-02-01..2023-02-28');
    expect(span('2024', 'year')).to.equal('2024-01-01..2024-12-31');
    expect(span('2024-01-01,2024-03-31', 'day')).to.equal('2024-01-01..2024-03-31');
  });

  it('refuses labels that are not dates', () => {
    for (const bad of ['', 'yesterday', '2024-13', '2024-02-30', '2024-03-10,2024-03-01', '<b>2024</b>']) {
      expect(parsePeriodLabel(bad, 'day'), bad).to.equal(null);
    }
  });

  it('formats ticks and tooltips for every period kind (English)', () => {
    expect(formatPeriodLabel('2024-03-10', 'day', 'en-US', 'full')).to.equal('Sun, Mar 10, 2024');
    expect(formatPeriodLabel('2024-03-10', 'day', 'en-US', 'tick')).to.equal('Mar 10');
    expect(formatPeriodLabel('2024-03-10', 'day', 'en-US', 'tick-long')).to.equal('Mar 2024');
    expect(formatPeriodLabel('2024-03-04,2024-03-10', 'week', 'en-US', 'full')).to.equal('Mar 4 – 10, 2024');
    expect(formatPeriodLabel('2024-03-04,2024-03-10', 'week', 'en-US', 'tick')).to.equal('Mar 4');
    expect(formatPeriodLabel('2024-02', 'month', 'en-US', 'full')).to.equal('February 2024');
    expect(formatPeriodLabel('2024-02', 'month', 'en-US', 'tick')).to.equal('Feb 2024');
    expect(formatPeriodLabel('2024', 'year', 'en-US', 'full')).to.equal('2024');
    expect(formatPeriodLabel('2024', 'year', 'en-US', 'tick')).to.equal('2024');
  });

  it('formats in any locale the browser knows, day before month where the locale puts it', () => {
    expect(formatPeriodLabel('2024-03-10', 'day', 'de-DE', 'full')).to.equal('So., 10. März 2024');
    expect(formatPeriodLabel('2024-03-10', 'day', 'de-DE', 'tick')).to.match(/^10\. ?März$|^10 März$/);
    expect(formatPeriodLabel('2024-03', 'month', 'de', 'full')).to.equal('März 2024');
  });

  it('shows an unreadable label as it came, as text', () => {
    expect(formatPeriodLabel('<img src=x>', 'day', 'en-US', 'full')).to.equal('<img src=x>');
  });
});
