import { expect } from '@open-wc/testing';
import { sha256Hex, sha256HexSync } from '../../src/core/sha256.js';
import { avatarColour, initials, AVATAR_COLOURS } from '../../src/activity-log/avatar.js';
import { avatarServiceUrl, emailHash, httpUrl, serverAvatarUrl } from '../../src/activity-log/gravatar.js';

// Expected digests computed with an independent implementation (Python's hashlib).
const VECTORS: Array<[string, string]> = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ['x'.repeat(55), 'd5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072'],
  ['x'.repeat(56), '04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e'],
  ['x'.repeat(64), '7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c'],
  ['zoë@exämple.org 🎉', 'b56c2cd3faf6c7486cf844274b7b9c834756169a18927f7b28f7db8945d48e93'],
];

describe('SHA-256 without Web Crypto (plain-http pages)', () => {
  for (const [text, digest] of VECTORS) {
    it(`hashes ${text.length > 20 ? `${text.length} characters` : JSON.stringify(text)} right`, () => {
      expect(sha256HexSync(text)).to.equal(digest);
    });
  }

  it('agrees with Web Crypto on random texts of every padding length', async () => {
    for (let n = 0; n < 140; n++) {
      const text = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7 + n) % 90))).join('');
      const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      const web = Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
      expect(sha256HexSync(text), `length ${n}`).to.equal(web);
    }
  });

  it('falls back to the pure implementation when there is no crypto.subtle', async () => {
    expect(await sha256Hex('abc', undefined)).to.equal(VECTORS[1]![1]);
  });

  it('falls back when Web Crypto fails', async () => {
    const broken = { digest: () => Promise.reject(new Error('not allowed')) } as unknown as SubtleCrypto;
    expect(await sha256Hex('abc', broken)).to.equal(VECTORS[1]![1]);
  });
});

describe("the server's own avatars", () => {
  it('resolves a path relative to the Matomo root (as Matomo sends it) against api-base, never against the page', () => {
    const path = 'plugins/ActivityLog/images/avatar15.png';
    expect(serverAvatarUrl(path, 'https://matomo.example/analytics/')).to.equal('https://matomo.example/analytics/plugins/ActivityLog/images/avatar15.png');
    // A missing trailing slash is added, as for requests.
    expect(serverAvatarUrl(path, 'https://matomo.example/analytics')).to.equal('https://matomo.example/analytics/plugins/ActivityLog/images/avatar15.png');
    // A relative api-base is relative to the page, like the requests; the avatar to the api-base.
    expect(serverAvatarUrl(path, '/matomo/')).to.equal(`${location.origin}/matomo/plugins/ActivityLog/images/avatar15.png`);
    // Without an api-base (a source of one's own), a relative path has nothing to resolve against.
    expect(serverAvatarUrl(path, '')).to.equal(undefined);
  });

  it('takes absolute http(s) URLs as they are and nothing else', () => {
    expect(serverAvatarUrl('https://gravatar.com/avatar/abc?d=identicon', 'https://matomo.example/')).to.equal('https://gravatar.com/avatar/abc?d=identicon');
    expect(serverAvatarUrl('//cdn.example/a.png', '')).to.equal('https://cdn.example/a.png'.replace('https:', location.protocol));
    expect(serverAvatarUrl('javascript:alert(1)', 'https://matomo.example/')).to.equal(undefined);
    expect(serverAvatarUrl('data:image/png;base64,AAAA', 'https://matomo.example/')).to.equal(undefined);
    expect(serverAvatarUrl(undefined, 'https://matomo.example/')).to.equal(undefined);
  });
});

describe('Gravatar hashes and URLs', () => {
  it('hashes the trimmed, lower-cased address', async () => {
    expect(await emailHash('  Sophie.Martin@Example.COM ')).to.equal('9bdb5111a39629b9d7a99a864ea2b9906dab3e7f35fbb9b2fa34671c46aad454');
  });

  it('builds {base}{hash}?s=…&d=404 and adds a missing slash', () => {
    expect(avatarServiceUrl('https://gravatar.com/avatar/', 'abc', 64)).to.equal('https://gravatar.com/avatar/abc?s=64&d=404');
    expect(avatarServiceUrl('https://seccdn.libravatar.org/avatar', 'abc', 64)).to.equal('https://seccdn.libravatar.org/avatar/abc?s=64&d=404');
  });

  it('refuses a base that is not http(s)', () => {
    expect(avatarServiceUrl('javascript:alert(1)//', 'abc', 64)).to.equal(undefined);
    expect(avatarServiceUrl('data:text/html,x', 'abc', 64)).to.equal(undefined);
  });

  it('accepts only http(s) URLs from a server, resolving relative ones against the server', () => {
    expect(httpUrl('plugins/ActivityLog/images/avatar3.png', 'https://matomo.example/analytics/')?.href).to.equal('https://matomo.example/analytics/plugins/ActivityLog/images/avatar3.png');
    expect(httpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(httpUrl('data:image/png;base64,AAAA')).to.equal(undefined);
    expect(httpUrl('')).to.equal(undefined);
  });
});

describe('initials and colours', () => {
  it('takes one or two letters from a login', () => {
    expect(initials('sophie.martin')).to.equal('SM');
    expect(initials('admin')).to.equal('AD');
    expect(initials('Matomo System')).to.equal('MS');
    expect(initials('jeanLuc')).to.equal('JL');
    expect(initials('élise_dupont')).to.equal('ÉD');
    expect(initials('')).to.equal('?');
    expect(initials('...')).to.equal('?');
    expect(initials('j@example.com')).to.equal('J');
  });

  it('gives a login always the same colour, and spreads logins over the palette', () => {
    expect(avatarColour('sophie.martin')).to.equal(avatarColour('sophie.martin'));
    const colours = new Set(Array.from({ length: 60 }, (_, i) => avatarColour(`user${i}`)));
    expect(colours.size).to.be.greaterThan(AVATAR_COLOURS / 2);
    for (const c of colours) expect(c).to.be.within(0, AVATAR_COLOURS - 1);
  });
});
