// The IP filter: an address, a prefix or a CIDR range, compared as bytes so that every way of
// writing an address (IPv6 zero compression, letter case, an IPv4 address mapped into IPv6) is
// the same address. Matomo records the IP of each activity as text; anything that does not read
// as an address matches no range.

/** A range of addresses: the first `bits` bits of `bytes` (4 bytes for IPv4, 16 for IPv6). */
export interface IpRange {
  bytes: number[];
  bits: number;
}

/** The longest text read as an address or a range (the longest IPv6 form is 45 characters, a range 49). */
const MAX_LENGTH = 60;

/**
 * The range `value` names: an address (`203.0.113.7`, `2001:db8::1`), a prefix of whole parts
 * ending in its separator (`203.0.113.`, `2001:db8:`), or a CIDR range (`203.0.113.0/24`,
 * `2001:db8::/48`). Undefined when it names none.
 */
export function parseIpRange(value: string): IpRange | undefined {
  const text = value.trim();
  if (!text || text.length > MAX_LENGTH) return undefined;
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (cidr) {
    const bytes = parseIp(cidr[1]!);
    const bits = Number(cidr[2]);
    return bytes && bits <= bytes.length * 8 ? { bytes, bits } : undefined;
  }
  const v4 = /^(\d{1,3}\.){1,3}$/.test(text) ? text.slice(0, -1).split('.') : undefined;
  if (v4) return v4.every(isByte) ? { bytes: [...v4.map(Number), 0, 0, 0].slice(0, 4), bits: v4.length * 8 } : undefined;
  const v6 = /^([\da-f]{1,4}:){1,7}$/i.test(text) && !text.endsWith('::') ? text.slice(0, -1).split(':') : undefined;
  if (v6) return { bytes: [...v6.flatMap(group), ...new Array<number>(16).fill(0)].slice(0, 16), bits: v6.length * 16 };
  const bytes = parseIp(text);
  return bytes && { bytes, bits: bytes.length * 8 };
}

/** Whether `ip` (an entry's, as the server gave it) is in `range`. */
export function ipInRange(ip: unknown, range: IpRange): boolean {
  const bytes = typeof ip === 'string' && ip.length <= MAX_LENGTH ? parseIp(ip.trim()) : undefined;
  if (!bytes || bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.bits; bit += 8) {
    const mask = 0xff << Math.max(0, bit + 8 - range.bits) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (range.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/**
 * The bytes of an address: 4 for IPv4, 16 for IPv6 (an IPv4 address mapped into IPv6,
 * `::ffff:203.0.113.7`, is the IPv4 address). Undefined when `text` is not an address.
 */
export function parseIp(text: string): number[] | undefined {
  if (!text.includes(':')) return parseV4(text);
  if (!/^[\da-f:.]+$/i.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parts = halves.map((half) => (half ? half.split(':') : []));
  // An IPv4 address may end it (`::ffff:203.0.113.7`): two groups.
  const last = parts.at(-1)!;
  const tail = last.at(-1)?.includes('.') ? parseV4(last.pop()!) : [];
  if (!tail) return undefined;
  const groups = parts.map((list) => list.map((g) => (/^[\da-f]{1,4}$/i.test(g) ? g : '')));
  if (groups.some((list) => list.includes(''))) return undefined;
  const count = groups.flat().length + tail.length / 2;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const zeros = new Array<string>(8 - count).fill('0');
  const bytes = [...groups[0]!, ...(halves.length === 2 ? zeros : []), ...(groups[1] ?? [])].flatMap(group).concat(tail);
  // An IPv4 address mapped into IPv6 is that IPv4 address.
  return bytes.slice(0, 12).join() === '0,0,0,0,0,0,0,0,0,0,255,255' ? bytes.slice(12) : bytes;
}

const parseV4 = (text: string): number[] | undefined => {
  const parts = text.split('.');
  return parts.length === 4 && parts.every(isByte) ? parts.map(Number) : undefined;
};

const isByte = (part: string): boolean => /^\d{1,3}$/.test(part) && Number(part) <= 255;

/** A 16-bit group's two bytes. */
const group = (hex: string): number[] => {
  const n = parseInt(hex, 16);
  return [n >> 8, n & 0xff];
};
