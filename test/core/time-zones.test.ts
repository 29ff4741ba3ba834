import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { dayInZone, utcDay } from '../../src/core/time-zones.js';
import { now, setClock } from '../../src/core/clock.js';

const at = (iso: string) => Date.parse(iso);

for (const browser of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
  describe(`a site's day, with the browser in ${browser}`, () => {
    before(() => executeServerCommand('set-timezone', { timezoneId: browser }));
    after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

    it('the browser really is in that zone', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(browser === 'UTC' ? 'UTC' : browser);
    });

    it('is the day of the site’s own time zone, whatever the browser’s', () => {
      // 19:00 UTC: still the 6th in Los Angeles, already the 7th in Kolkata and Tokyo.
      const evening = at('2026-12-06T19:00:00Z');
      expect(dayInZone('UTC', evening)).to.equal('2026-12-06');
      expect(dayInZone('America/Los_Angeles', evening)).to.equal('2026-12-06');
      expect(dayInZone('Asia/Kolkata', evening)).to.equal('2026-12-07');
      expect(dayInZone('Asia/Tokyo', evening)).to.equal('2026-12-07');
      // 05:00 UTC: still the 5th in Los Angeles.
      expect(dayInZone('America/Los_Angeles', at('2026-12-06T05:00:00Z'))).to.equal('2026-12-05');
    });

    it('turns at the site’s midnight, half-hour zones included', () => {
      expect(dayInZone('Asia/Kolkata', at('2026-12-06T18:29:59Z'))).to.equal('2026-12-06');
      expect(dayInZone('Asia/Kolkata', at('2026-12-06T18:30:00Z'))).to.equal('2026-12-07');
      expect(dayInZone('America/Los_Angeles', at('2026-12-07T07:59:59Z'))).to.equal('2026-12-06');
      expect(dayInZone('America/Los_Angeles', at('2026-12-07T08:00:00Z'))).to.equal('2026-12-07');
      // Summer time: Los Angeles is UTC−7, its midnight 07:00 UTC (and a 23-hour day on 10 March 2024).
      expect(dayInZone('America/Los_Angeles', at('2024-07-01T06:59:59Z'))).to.equal('2024-06-30');
      expect(dayInZone('America/Los_Angeles', at('2024-07-01T07:00:00Z'))).to.equal('2024-07-01');
      expect(dayInZone('America/Los_Angeles', at('2024-03-10T10:00:00Z'))).to.equal('2024-03-10');
    });

    it('reads the fixed offsets Matomo stores (UTC+5.5, UTC-3.5, UTC+5.75, UTC+14, UTC-12)', () => {
      const t = at('2026-12-06T19:00:00Z');
      expect(dayInZone('UTC+5.5', t)).to.equal('2026-12-07'); // 00:30
      expect(dayInZone('UTC+5', t)).to.equal('2026-12-07'); // 00:00
      expect(dayInZone('UTC+4.5', t)).to.equal('2026-12-06'); // 23:30
      expect(dayInZone('UTC-3.5', at('2026-12-07T03:29:00Z'))).to.equal('2026-12-06'); // 23:59
      expect(dayInZone('UTC-3.5', at('2026-12-07T03:30:00Z'))).to.equal('2026-12-07');
      expect(dayInZone('UTC+5.75', at('2026-12-06T18:15:00Z'))).to.equal('2026-12-07');
      expect(dayInZone('UTC+14', at('2026-12-06T10:00:00Z'))).to.equal('2026-12-07');
      expect(dayInZone('UTC-12', at('2026-12-06T11:59:00Z'))).to.equal('2026-12-05');
      expect(dayInZone(' UTC ', t)).to.equal('2026-12-06');
    });

    it('reads a zone the browser does not know as UTC, Matomo’s default', () => {
      const t = at('2026-12-06T23:00:00Z');
      expect(dayInZone('Mars/Olympus_Mons', t)).to.equal('2026-12-06');
      expect(dayInZone('', t)).to.equal('2026-12-06');
      expect(utcDay(t)).to.equal('2026-12-06');
    });
  });
}

describe('the widgets’ clock', () => {
  afterEach(() => setClock());

  it('reads the system clock unless told another', () => {
    const before = Date.now();
    expect(now()).to.be.within(before, Date.now());
    setClock(() => Date.UTC(2026, 11, 6, 19));
    expect(now()).to.equal(Date.UTC(2026, 11, 6, 19));
    setClock();
    expect(now()).to.be.at.least(before);
  });
});
