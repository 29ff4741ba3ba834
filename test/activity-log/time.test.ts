import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { currentTimeZone, relativeTime } from '../../src/activity-log/time.js';

const now = Date.UTC(2024, 5, 30, 12, 0, 0);
const ago = (minutes: number, locale = 'en-US') => relativeTime(new Date(now - minutes * 60_000), now, locale);

describe('relativeTime', () => {
  it('says "just now" under a minute, and for a server clock slightly ahead', () => {
    expect(ago(0.5)).to.equal('just now');
    expect(ago(-4)).to.equal('just now');
  });

  it('rounds down in the largest whole unit', () => {
    expect(ago(1)).to.equal('1 minute ago');
    expect(ago(59.9)).to.equal('59 minutes ago');
    expect(ago(60)).to.equal('1 hour ago');
    expect(ago(1439)).to.equal('23 hours ago');
    expect(ago(2 * 1440 + 5)).to.equal('2 days ago');
    expect(ago(45 * 1440)).to.equal('1 month ago');
    expect(ago(362 * 1440)).to.equal('1 year ago');
    expect(ago(3 * 525_600)).to.equal('3 years ago');
  });

  it('speaks of the future too, and in the reader’s language', () => {
    expect(ago(-120)).to.equal('in 2 hours');
    expect(ago(180, 'fr-CH')).to.equal('il y a 3 heures');
    expect(ago(2 * 1440, 'de')).to.equal('vor 2 Tagen');
  });
});

describe('currentTimeZone', () => {
  after(() => executeServerCommand('set-timezone', { timezoneId: '' }));

  it('follows the browser when its time zone changes', async () => {
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney']) {
      await executeServerCommand('set-timezone', { timezoneId: zone });
      expect(currentTimeZone()).to.equal(zone);
      expect(currentTimeZone()).to.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    }
  });
});
