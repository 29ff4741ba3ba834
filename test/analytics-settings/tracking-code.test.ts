import { expect } from '@open-wc/testing';
import {
  chatAdditionalTrackers,
  chatCookieDomain,
  chatTrackingCode,
  jsLiteral,
  matomoConfig,
  matomoSnippet,
  trackingNotes,
  trackingPitfalls,
  type MatomoConfig,
} from '../../src/analytics-settings/tracking-code.js';

const base: MatomoConfig = {
  enabled: true,
  url: 'https://matomo.example.org/',
  siteId: '17',
  additionalTrackers: '',
  prependDomain: false,
  cookieDomain: false,
  domains: '',
};

/** The `_paq.push` calls of a code, in order, as their first argument (the method). */
function pushes(code: string): string[] {
  return [...code.matchAll(/_paq\.push\(\[\s*'([A-Za-z]+)'/g)].map((m) => m[1]!);
}

/** Runs the `_paq` part of a code and returns what it pushed. */
function run(code: string): unknown[][] {
  const body = code.replace(/\(function \(\) \{[\s\S]*\}\)\(\);/, '').replace(/^var _paq = .*$/m, '');
  const _paq: unknown[][] = [];
  new Function('_paq', 'location', 'document', body)(_paq, { hostname: 'chat.example.com' }, { title: 'Home', domain: 'chat.example.com' });
  return _paq;
}

describe("Rocket.Chat's injected tracking code", () => {
  it('is nothing while Matomo is off or has no URL', () => {
    expect(chatTrackingCode({ ...base, enabled: false }, 'chat.example.com')).to.equal(null);
    expect(chatTrackingCode({ ...base, url: '' }, 'chat.example.com')).to.equal(null);
  });

  it("pushes in Rocket.Chat's order: trackPageView first, options, trackers, then tracker URL and site id", () => {
    const code = chatTrackingCode(
      {
        ...base,
        prependDomain: true,
        cookieDomain: true,
        domains: 'alias.example.org\n\n  other.example  \n',
        additionalTrackers: '[{"trackerURL":"https://stats.example.net/","siteId":42}]',
      },
      'chat.example.com',
    )!;
    expect(pushes(code)).to.deep.equal(['trackPageView', 'enableLinkTracking', 'setDocumentTitle', 'setCookieDomain', 'setDomains', 'addTracker', 'setTrackerUrl', 'setSiteId']);
    expect(run(code)).to.deep.equal([
      ['trackPageView'],
      ['enableLinkTracking'],
      ['setDocumentTitle', 'chat.example.com/Home'],
      ['setCookieDomain', '*.example.com'],
      ['setDomains', ['*.alias.example.org', '*.other.example']],
      ['addTracker', 'https://stats.example.net/js/', 42],
      ['setTrackerUrl', 'https://matomo.example.org/js/'],
      ['setSiteId', 17],
    ]);
    expect(code).to.contain("g.src = 'https://matomo.example.org/js/'");
  });

  it('shows the known traps as the chat server would produce them', () => {
    const code = chatTrackingCode({ ...base, url: 'https://matomo.example.org', siteId: 'abc', cookieDomain: true }, 'example.com')!;
    expect(run(code)).to.deep.include.members([
      ['setCookieDomain', '*.com'],
      ['setTrackerUrl', 'https://matomo.example.orgjs/'],
      ['setSiteId', NaN],
    ]);
    const broken = chatTrackingCode({ ...base, additionalTrackers: '[{"trackerURL": "https://a/", }]' }, 'chat.example.com')!;
    expect(pushes(broken)).not.to.include('addTracker');
    expect(broken).to.contain('Additional Piwik Sites: not valid JSON');
  });

  it('reads Additional Piwik Sites like the client does, stopping at an empty item', () => {
    expect(chatAdditionalTrackers('[{"trackerURL":"https://a/","siteId":1},null,{"trackerURL":"https://b/","siteId":2}]')).to.deep.equal({
      trackers: [{ url: 'https://a/js/', siteId: 1 }],
      count: 1,
      noSlash: [],
      error: 'item 2 is empty',
      empty: 2,
    });
    expect(chatAdditionalTrackers('{"trackerURL":"https://a/"}')).to.deep.equal({ trackers: [], count: 0, noSlash: [] });
  });

  it('keeps the first 20 trackers and counts the rest, even of a value that claims a huge length', () => {
    const many = chatAdditionalTrackers(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ trackerURL: `https://s${i}.example/`, siteId: i }))));
    expect(many.trackers).to.have.length(20);
    expect(many.count).to.equal(500);
    const letters = chatAdditionalTrackers(JSON.stringify('x'.repeat(100_000)));
    expect([letters.trackers.length, letters.count, letters.noSlash.length]).to.deep.equal([20, 100_000, 100_000]);
    expect(chatAdditionalTrackers('{"length": 1e12, "0": {"trackerURL": "https://a/"}}').error).to.equal('item 2 is empty');
    const code = chatTrackingCode({ ...base, additionalTrackers: JSON.stringify('x'.repeat(100_000)) }, 'chat.example.com')!;
    expect(pushes(code).filter((m) => m === 'addTracker')).to.have.length(20);
    expect(code).to.contain('// … and 99980 more addTracker calls, one per item of Additional Piwik Sites.');
    expect(code.length).to.be.below(4000);
  });

  it('uses a protocol-relative URL as it is, and says the browser picks the scheme', () => {
    const code = chatTrackingCode({ ...base, url: '//piwik.rocket.chat/' }, 'chat.example.com')!;
    expect(run(code)).to.deep.include(['setTrackerUrl', '//piwik.rocket.chat/js/']);
    expect(code).to.contain("g.src = '//piwik.rocket.chat/js/'");
    expect(code).to.contain("// No scheme: the URL is loaded over the chat page's own (https: on an https server).");
    expect(trackingPitfalls({ ...base, url: '//piwik.rocket.chat/' }, 'chat.example.com')).to.deep.equal([]);
  });

  it('computes the cookie domain from the host name without its first label', () => {
    expect(chatCookieDomain('chat.example.com')).to.equal('*.example.com');
    expect(chatCookieDomain('example.com')).to.equal('*.com');
    expect(chatCookieDomain('localhost')).to.equal('*.');
  });
});

describe('The standalone Matomo snippet', () => {
  it('puts options before trackPageView, and disableCookies first when cookieless', () => {
    const config = { ...base, prependDomain: true, cookieDomain: true, domains: 'alias.example.org' };
    const cookieless = matomoSnippet(config, 'www.example.com', { cookieless: true })!;
    expect(pushes(cookieless)).to.deep.equal(['disableCookies', 'setDocumentTitle', 'setDomains', 'trackPageView', 'enableLinkTracking', 'setTrackerUrl', 'setSiteId']);
    expect(cookieless).not.to.contain('setCookieDomain');
    const withCookies = matomoSnippet(config, 'www.example.com', { cookieless: false })!;
    expect(pushes(withCookies)).to.deep.equal(['setDocumentTitle', 'setCookieDomain', 'setDomains', 'trackPageView', 'enableLinkTracking', 'setTrackerUrl', 'setSiteId']);
    expect(withCookies).to.contain("_paq.push(['setCookieDomain', '*.example.com']);");
    expect(withCookies).to.contain('var u=\'https://matomo.example.org/\';');
    expect(withCookies).to.contain("g.src=u+'matomo.js'");
    expect(withCookies.startsWith('<!-- Matomo -->\n<script>')).to.equal(true);
  });

  it('adds the additional trackers with matomo.php after the site id, and needs a URL', () => {
    const snippet = matomoSnippet({ ...base, additionalTrackers: '[{"trackerURL":"https://stats.example.net/","siteId":42}]' }, 'example.com', { cookieless: true })!;
    expect(snippet).to.contain("_paq.push(['addTracker', 'https://stats.example.net/matomo.php', 42]);");
    expect(snippet.indexOf('addTracker')).to.be.greaterThan(snippet.indexOf('setSiteId'));
    expect(matomoSnippet({ ...base, url: '' }, 'example.com', { cookieless: true })).to.equal(null);
  });

  it('cannot be broken out of by the values it quotes', () => {
    const snippet = matomoSnippet({ ...base, url: "https://x.example/'</script><script>alert(1)//", domains: "a.com'\n" }, 'example.com', { cookieless: true })!;
    expect(snippet).not.to.contain('</script><script>');
    expect(snippet).to.contain("\\'\\x3C/script>");
    expect(jsLiteral('a\u2028b')).to.equal("'a\\u2028b'");
  });
});

describe('What the tracking sends', () => {
  it('says Messages sends room names and ids, and that Matomo gets the user id even with Users off', () => {
    expect(trackingNotes({})).to.deep.equal([]);
    const matomo = trackingNotes({ PiwikAnalytics_enabled: true, Analytics_features_messages: true, Analytics_features_users: false });
    expect(matomo).to.have.length(2);
    expect(matomo[0]).to.contain('room’s name and id');
    expect(matomo[1]).to.contain('setUserId');
    expect(trackingNotes({ GoogleAnalytics_enabled: true, Analytics_features_messages: true })).to.deep.equal([
      'Messages is on: each message sent is reported with its room’s name and id.',
    ]);
    expect(trackingNotes({ PiwikAnalytics_enabled: true, Analytics_features_messages: false })).to.have.length(1);
  });
});

describe('Tracking pitfalls', () => {
  it('warns of All Subdomains on a two-label host ("*.com"), by IP, and not on a subdomain', () => {
    const on = { ...base, cookieDomain: true };
    expect(trackingPitfalls(on, 'example.com').join(' ')).to.contain('"*.com"');
    expect(trackingPitfalls(on, '127.0.0.1').join(' ')).to.contain('IP address');
    expect(trackingPitfalls(on, 'chat.example.com')).to.deep.equal([]);
  });

  it('warns of a URL or an additional tracker without trailing slash, a bad site id, broken JSON, and odd domains', () => {
    const all = trackingPitfalls(
      { ...base, url: 'https://m.example.org', siteId: 'x', additionalTrackers: '[{"trackerURL":"https://b.example","siteId":1}]', domains: '*.a.com\nhttps://b.com' },
      'chat.example.com',
    ).join('\n');
    expect(all).to.contain('would load https://m.example.orgjs/');
    expect(all).to.contain('setSiteId NaN');
    expect(all).to.contain('Additional tracker 1 has no trailing slash: its requests would go to https://b.examplejs/');
    expect(all).to.contain('"*.*.a.com"');
    expect(all).to.contain('"*.https://b.com"');
    expect(trackingPitfalls({ ...base, additionalTrackers: '[oops' }, 'chat.example.com')[0]).to.contain('not valid JSON');
    expect(trackingPitfalls({ ...base, url: '' }, 'chat.example.com')[0]).to.contain('URL is empty');
    expect(trackingPitfalls({ ...base, enabled: false, url: 'x' }, 'chat.example.com')).to.deep.equal([]);
  });

  it('quotes at most 80 characters of a value, so a 100 KB value gives a short warning', () => {
    const huge = 'x'.repeat(100_000);
    const all = trackingPitfalls(
      { ...base, cookieDomain: true, url: `https://${huge}`, siteId: huge, additionalTrackers: JSON.stringify([{ trackerURL: huge, siteId: 1 }]), domains: `*.${huge}` },
      `${huge}.com`,
    );
    expect(all.length).to.be.greaterThan(3);
    for (const pitfall of all) expect(pitfall.length, pitfall.slice(0, 40)).to.be.below(400);
  });

  it('names a few of each kind, then counts the rest', () => {
    const all = trackingPitfalls(
      { ...base, additionalTrackers: JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ trackerURL: `https://s${i}.example`, siteId: 1 }))), domains: Array.from({ length: 50 }, (_, i) => `*.d${i}.com`).join('\n') },
      'chat.example.com',
    );
    expect(all).to.have.length(8);
    expect(all[3]).to.equal('… and 297 more additional trackers without a trailing slash.');
    expect(all[7]).to.equal('… and 47 more Hide Outgoing Links patterns that match no link.');
    expect(trackingPitfalls({ ...base, domains: 'example.com/shop' }, 'chat.example.com')).to.deep.equal([]);
  });

  it('reads the configuration from setting values', () => {
    expect(matomoConfig({ PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://m/', PiwikAnalytics_siteId: 3, PiwikAnalytics_cookieDomain: true })).to.deep.equal({
      enabled: true,
      url: 'https://m/',
      siteId: '3',
      additionalTrackers: '',
      prependDomain: false,
      cookieDomain: true,
      domains: '',
    });
  });
});
