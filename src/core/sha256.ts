/**
 * SHA-256, for the activity log's Gravatar hashes and the password that confirms a settings save
 * (Rocket.Chat's two-factor `password` method). Uses Web Crypto where it exists; plain-http pages
 * (an intranet dashboard) have no `crypto.subtle`, so a small pure implementation (FIPS 180-4)
 * takes over.
 */

let K: Uint32Array | undefined;
let H0: Uint32Array | undefined;

/** The first 32 bits of the fractional parts of the square (H0) and cube (K) roots of the first primes. */
function constants(): [Uint32Array, Uint32Array] {
  if (!K || !H0) {
    const primes: number[] = [];
    for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
    const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
    K = Uint32Array.from(primes, (p) => frac(Math.cbrt(p)));
    H0 = Uint32Array.from(primes.slice(0, 8), (p) => frac(Math.sqrt(p)));
  }
  return [K, H0];
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits, without Web Crypto. */
export function sha256HexSync(text: string): string {
  const [k, h0] = constants();
  const bytes = new TextEncoder().encode(text);
  const blocks = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  blocks.set(bytes);
  blocks[bytes.length] = 0x80;
  const view = new DataView(blocks.buffer);
  const bits = bytes.length * 8;
  view.setUint32(blocks.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(blocks.length - 4, bits >>> 0);
  const h = Uint32Array.from(h0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < blocks.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      w[i] = w[i - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[i - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0]! += a;
    h[1]! += b;
    h[2]! += c;
    h[3]! += d;
    h[4]! += e;
    h[5]! += f;
    h[6]! += g;
    h[7]! += hh;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}

/**
 * SHA-256 of `text` as hex: Web Crypto when available (`subtle` may be passed in for tests),
 * the pure implementation otherwise or when Web Crypto fails.
 */
export async function sha256Hex(text: string, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<string> {
  if (subtle) {
    try {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
      return Array.from(new Uint8Array(digest), (x) => x.toString(16).padStart(2, '0')).join('');
    } catch {
      // fall through to the pure implementation
    }
  }
  return sha256HexSync(text);
}
