import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseCalendarDate, toCalendarString } from '../../src/core/dates.js';
import { parseUtcDateTime } from '../../src/api/matomo.js';

describe('dates in a browser west of UTC (America/Los_Angeles)', () => {
  before(() => executeServerCommand('set-timezone', { timezoneId: 'America/Los_Angeles' }));
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  it('the browser really is in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });

  it('reads a calendar label as that day, not the day before', () => {
    const day = parseCalendarDate('2024-03-10')!;
    expect(day.getDate()).to.equal(10);
    expect(day.getMonth()).to.equal(2);
    expect(toCalendarString(day)).to.equal('2024-03-10');
    // The trap the helper avoids: ISO date-only strings are UTC midnight, i.e. the 9th here.
    expect(new Date('2024-03-10').getDate()).to.equal(9);
  });

  it('reads Matomo UTC datetimes as instants', () => {
    const instant = parseUtcDateTime('2024-03-10 02:30:00')!;
    expect(instant.toISOString()).to.equal('2024-03-10T02:30:00.000Z');
    expect(instant.getDate()).to.equal(9); // 18:30 on the 9th in Los Angeles
  });

  it('rejects text that is not a date', () => {
    expect(parseUtcDateTime('yesterday')).to.equal(null);
    expect(parseUtcDateTime('2024-02-31 10:00:00')).to.equal(null);
    expect(parseUtcDateTime(undefined)).to.equal(null);
    expect(parseCalendarDate('2024-13-01')).to.equal(null);
  });
});
