/** ip-match.ts: the IP filter's addresses, prefixes and ranges, compared as bytes. */
import { expect } from '@open-wc/testing';
import { ipInRange, parseIp, parseIpRange } from '../../src/activity-log/ip-match.js';

const matches = (filter: string, ip: unknown) => {
  const range = parseIpRange(filter);
  expect(range, filter).to.not.equal(undefined);
  return ipInRange(ip, range!);
};

describe('ip-match.ts', () => {
  it('reads IPv4 and IPv6 addresses, zero compression, case and mapped IPv4 alike', () => {
    expect(parseIp('203.0.113.7')).to.deep.equal([203, 0, 113, 7]);
    expect(parseIp('2001:DB8::1')).to.deep.equal(parseIp('2001:0db8:0000:0000:0000:0000:0000:0001'));
    expect(parseIp('::')).to.deep.equal(new Array(16).fill(0));
    expect(parseIp('::ffff:203.0.113.7')).to.deep.equal([203, 0, 113, 7]);
    for (const wrong of ['256.1.1.1', '1.2.3', '1.2.3.4.5', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%eth0', 'g::1', '', '::ffff:1.2.3']) {
      expect(parseIp(wrong), wrong).to.equal(undefined);
    }
  });

  it('matches an exact address, written any way', () => {
    expect(matches('203.0.113.7', '203.0.113.7')).to.equal(true);
    expect(matches('203.0.113.7', ' 203.0.113.7 ')).to.equal(true);
    expect(matches('203.0.113.7', '203.0.113.70')).to.equal(false);
    expect(matches('2001:db8::1', '2001:0DB8:0:0:0:0:0:1')).to.equal(true);
    expect(matches('2001:db8::1', '2001:db8::2')).to.equal(false);
    expect(matches('203.0.113.7', '::ffff:203.0.113.7')).to.equal(true);
  });

  it('matches a prefix of whole parts, and CIDR ranges of any length', () => {
    expect(matches('203.0.113.', '203.0.113.250')).to.equal(true);
    expect(matches('203.0.113.', '203.0.114.1')).to.equal(false);
    expect(matches('203.', '203.9.9.9')).to.equal(true);
    expect(matches('203.0.113.0/24', '203.0.113.7')).to.equal(true);
    expect(matches('203.0.113.0/24', '203.0.112.7')).to.equal(false);
    expect(matches('203.0.113.128/25', '203.0.113.127')).to.equal(false);
    expect(matches('203.0.113.128/25', '203.0.113.129')).to.equal(true);
    expect(matches('10.0.0.0/7', '11.255.0.1')).to.equal(true);
    expect(matches('10.0.0.0/7', '12.0.0.1')).to.equal(false);
    expect(matches('0.0.0.0/0', '198.51.100.1')).to.equal(true);
    expect(matches('2001:db8:abcd::/48', '2001:db8:abcd:12::1')).to.equal(true);
    expect(matches('2001:db8:abcd::/48', '2001:db8:abce::1')).to.equal(false);
    expect(matches('2001:db8:', '2001:db8:ffff::1')).to.equal(true);
    // An IPv4 range never matches an IPv6 address, nor the other way round.
    expect(matches('0.0.0.0/0', '2001:db8::1')).to.equal(false);
    expect(matches('::/0', '203.0.113.7')).to.equal(false);
  });

  it('names no range for what is not one, and matches no hostile value', () => {
    for (const wrong of ['abc', '203.0.113', '203.0.113.0/33', '2001:db8::/129', '1.2.3.4/', '/24', '<img src=x>', '__proto__', '1'.repeat(10_000), '203.0.113.7\u202e', '203.0.113.0/24/8']) {
      expect(parseIpRange(wrong), wrong.slice(0, 20)).to.equal(undefined);
    }
    const range = parseIpRange('0.0.0.0/0')!;
    for (const hostile of ['<img src=x>', '__proto__', 'constructor', 203, null, undefined, { toString: () => '1.2.3.4' }, '1.2.3.4'.repeat(2000), '\u202e1.2.3.4']) {
      expect(ipInRange(hostile, range), String(hostile).slice(0, 20)).to.equal(false);
    }
  });
});
