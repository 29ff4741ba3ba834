import { expect } from '@open-wc/testing';
import { parseJsonAt } from '../../src/analytics-settings/json-at.js';
import { clip } from '../../src/analytics-settings/words.js';
import { validateAdditionalTrackers } from '../../src/analytics-settings/trackers-validator.js';
import {
  cleanDomains,
  NOT_JSON,
  validateDomains,
  validateJson,
  validateSiteId,
  validateTrackingId,
  validateUrl,
  type FieldCheck,
} from '../../src/analytics-settings/validators.js';

const messages = (check: FieldCheck) => check.errors.map((e) => e.message);

describe('validateTrackingId', () => {
  it('accepts G- plus capitals and digits, and UA-digits-digits (with a warning that UA is retired)', () => {
    expect(validateTrackingId('G-4XK2M9QZ7P').errors).to.deep.equal([]);
    expect(validateTrackingId('G-1').errors).to.deep.equal([]);
    const ua = validateTrackingId('UA-12345-1');
    expect(ua.errors).to.deep.equal([]);
    expect(ua.warnings[0]!.message).to.equal('Google has shut down Universal Analytics (UA-) properties: this one records nothing.');
  });

  it('rejects other shapes, and says what a tracking ID looks like', () => {
    for (const bad of ['G-', 'G-AB_12', 'UA-123', 'UA-12-ab', 'GA-1234', '12345', 'G-ABC 12', 'UA-1-2-3']) {
      const check = validateTrackingId(bad);
      expect(check.errors, bad).to.have.length(1);
      expect(check.errors[0]!.message, bad).to.match(/not a tracking ID|spaces|capitals/);
    }
    expect(messages(validateTrackingId('G-'))[0]).to.contain('G- followed by letters and digits');
  });

  it('offers to write lower-case IDs in capitals and to strip surrounding spaces', () => {
    expect(validateTrackingId('g-abc123').fix).to.deep.include({ label: 'Use G-ABC123', value: 'G-ABC123' });
    expect(validateTrackingId(' G-ABC123 ').fix).to.deep.include({ label: 'Remove the spaces', value: 'G-ABC123' });
  });

  it('needs a value while enabled, and none otherwise', () => {
    expect(messages(validateTrackingId('', true))[0]).to.contain('Enter the tracking ID');
    expect(validateTrackingId('', false).errors).to.deep.equal([]);
  });
});

describe('validateUrl', () => {
  it('accepts absolute http(s) URLs with a trailing slash, in a sub-directory too', () => {
    for (const good of ['https://matomo.example.org/', 'https://example.org/matomo/', 'http://localhost:8080/', 'https://[2001:db8::1]/']) {
      expect(validateUrl(good).errors, good).to.deep.equal([]);
    }
  });

  it('offers to add a missing trailing slash, saying why', () => {
    const check = validateUrl('https://matomo.example.org');
    expect(check.errors[0]!.message).to.contain('https://matomo.example.orgjs/');
    expect(check.fix).to.deep.include({ label: 'Add the trailing slash', value: 'https://matomo.example.org/' });
    expect(validateUrl('https://example.org/matomo').fix?.value).to.equal('https://example.org/matomo/');
  });

  it('accepts a protocol-relative URL (the seed\'s own example, Matomo\'s snippet form), offering only its missing slash', () => {
    expect(validateUrl('//piwik.rocket.chat/')).to.deep.equal({ errors: [], warnings: [] });
    expect(validateUrl('//example.org/matomo/').errors).to.deep.equal([]);
    expect(validateUrl('//piwik.rocket.chat').fix).to.deep.include({ label: 'Add the trailing slash', value: '//piwik.rocket.chat/' });
    expect(messages(validateUrl('//'))[0]).to.contain('not a web address');
  });

  it('rejects relative and non-http addresses, credentials, queries and fragments', () => {
    expect(messages(validateUrl('/matomo/'))[0]).to.contain('not a web address');
    expect(validateUrl('matomo.example.org').fix?.value).to.equal('https://matomo.example.org/');
    expect(messages(validateUrl('ftp://matomo.example.org/'))[0]).to.contain('https://');
    expect(messages(validateUrl('javascript:alert(1)//'))[0]).to.contain('https://');
    expect(messages(validateUrl('https://user:pw@matomo.example.org/'))[0]).to.contain('user name and password');
    expect(messages(validateUrl('https://matomo.example.org/?a=1'))[0]).to.contain('?query');
    expect(messages(validateUrl('https://matomo.example.org/#x'))[0]).to.contain('#fragment');
    expect(validateUrl(' https://m.example.org/').fix?.value).to.equal('https://m.example.org/');
  });

  it('warns (without blocking) of http:// on a public host, and needs a value while enabled', () => {
    const http = validateUrl('http://matomo.example.org/');
    expect(http.errors).to.deep.equal([]);
    expect(http.warnings[0]!.message).to.contain('mixed content');
    expect(validateUrl('http://127.0.0.1:8080/').warnings).to.deep.equal([]);
    expect(messages(validateUrl(''))[0]).to.contain('Enter the address');
    expect(validateUrl('', false).errors).to.deep.equal([]);
  });
});

describe('validateSiteId', () => {
  it('accepts positive whole numbers', () => {
    for (const good of ['1', '17', '123456']) expect(validateSiteId(good).errors, good).to.deep.equal([]);
  });

  it('rejects zero, negatives, decimals, words and spaces; offers fixes for leading zeros and spaces', () => {
    for (const bad of ['0', '-3', '1.5', '17a', 'seventeen', '1e3']) expect(validateSiteId(bad).errors, bad).to.have.length(1);
    expect(validateSiteId('017').fix).to.deep.include({ label: 'Use 17', value: '17' });
    expect(validateSiteId(' 17').fix?.value).to.equal('17');
    expect(messages(validateSiteId(''))[0]).to.contain('Enter the site id');
    expect(validateSiteId('', false).errors).to.deep.equal([]);
  });
});

describe('parseJsonAt', () => {
  it('parses what JSON.parse parses', () => {
    const text = '[{"trackerURL": "https://a/\\u00e9", "siteId": 42, "x": [true, false, null, -1.5e2]}]';
    const result = parseJsonAt(text);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.deep.equal(JSON.parse(text));
  });

  it('says where a syntax error is (line and column) and what was expected', () => {
    const text = '[\n  {"trackerURL": "https://a/", "siteId": 42}\n  {"trackerURL": "https://b/", "siteId": 7}\n]';
    const result = parseJsonAt(text);
    expect(result).to.include({ ok: false, line: 3, column: 3 });
    expect(!result.ok && result.message).to.equal('expected "," or "]", found "{"');
  });

  it('names the usual mistakes: single quotes, unquoted keys, trailing commas, unclosed text, trailing text', () => {
    const cases: Array<[string, number, number, string]> = [
      ["[{'trackerURL': 1}]", 1, 3, 'double quotes'],
      ['[{trackerURL: 1}]', 1, 3, 'put the key in double quotes'],
      ['[{"a": 1},\n]', 1, 10, 'remove the comma before ]'],
      ['[{"a": 1,}]', 1, 9, 'remove the comma before }'],
      ['[{"a": "x}]', 1, 8, 'closing "'],
      ['[1] [2]', 1, 5, 'nothing after the end'],
      ['[{"a" 1}]', 1, 7, 'expected ":" after the key'],
      ['[', 1, 2, 'but the text ends'],
    ];
    for (const [text, line, column, words] of cases) {
      const result = parseJsonAt(text);
      expect(result.ok, text).to.equal(false);
      if (result.ok) continue;
      expect([result.line, result.column], text).to.deep.equal([line, column]);
      expect(result.message, text).to.contain(words);
    }
  });
});

describe('validateJson (the quick check of Additional Piwik Sites, until its full validator arrives)', () => {
  it('accepts an empty value and any valid JSON, as JSON.parse reads it', () => {
    for (const value of ['', '  ', '[]', '{"a": 1}', '"text"', '[{"trackerURL": "https://a/", "siteId": 42}]']) {
      expect(validateJson(value).errors, value).to.deep.equal([]);
    }
  });

  it('says the text is not JSON, or where it stops being JSON given parseJsonAt, and asks the locator about nothing else', () => {
    expect(messages(validateJson('[{"a": 1},]'))).to.deep.equal([NOT_JSON]);
    expect(messages(validateJson('[{"a": 1},]', parseJsonAt))).to.deep.equal(['Line 1, column 10: remove the comma before ].']);
    let asked = 0;
    validateJson('[1, 2]', (text) => (asked++, parseJsonAt(text)));
    expect(asked).to.equal(0);
  });
});

describe('validateDomains', () => {
  it('accepts one domain a line, blank lines and international names', () => {
    expect(validateDomains('').errors).to.deep.equal([]);
    expect(validateDomains('example.com\n\n  alias.example.org  \nbücher.example\nlocalhost').errors).to.deep.equal([]);
  });

  it('accepts a path after the domain (Matomo\'s setDomains takes host/path)', () => {
    expect(validateDomains('example.com/shop\nalias.example.org/docs/').errors).to.deep.equal([]);
  });

  it('flags separators, schemes, queries, ports, a leading "*." and non-domains, by line', () => {
    const check = validateDomains('good.example\na.com, b.com\nhttps://c.com\nd.com/path?q=1\ne.com:8080\n*.f.com\nbad_domain!\ng.com h.com\nbad!/path');
    expect(check.errors.map((e) => e.line)).to.deep.equal([2, 3, 4, 5, 6, 7, 8, 9]);
    const text = check.errors.map((e) => e.message);
    expect(text[0]).to.contain('Line 2: one domain a line, without separators');
    expect(text[1]).to.equal('Line 3: remove "https://": write the domain only.');
    expect(text[2]).to.equal('Line 4: remove "?q=1": Matomo compares the host and the path only.');
    expect(text[3]).to.equal('Line 5: remove the port ":8080".');
    expect(text[4]).to.contain('Line 6: remove "*."');
    expect(text[5]).to.equal('Line 7: "bad_domain!" is not a domain name.');
    expect(text[6]).to.contain('Line 8: one domain a line');
    expect(text[7]).to.equal('Line 9: "bad!" is not a domain name.');
  });

  it('offers a cleaned-up list, paths kept', () => {
    expect(validateDomains('a.com, b.com\nhttps://C.com/x').fix).to.deep.include({ label: 'Clean up the list', value: 'a.com\nb.com\nc.com/x' });
    expect(cleanDomains('*.a.com; a.com | b.com:443\n\nhttp://d.org/path?q')).to.equal('a.com\nb.com\nd.org/path');
  });

  it('names at most 12 lines, then counts the others', () => {
    const check = validateDomains(Array.from({ length: 1000 }, (_, i) => `https://s${i}.example`).join('\n'));
    expect(check.errors).to.have.length(13);
    expect(check.errors[12]!.message).to.equal('… and 988 more lines to fix.');
  });
});

describe('values quoted in messages', () => {
  const huge = 'a'.repeat(100_000);

  it('are cut to 80 characters with an ellipsis, never in the middle of a character', () => {
    expect(clip('short')).to.equal('short');
    expect(clip(huge)).to.equal(`${'a'.repeat(79)}…`);
    expect(clip(`${'a'.repeat(78)}👩🏽‍💻`)).to.equal(`${'a'.repeat(78)}…`);
  });

  it('keep every message short when the value is 100 KB, while a fix still carries the whole value', () => {
    const checks = [
      validateDomains(`ok.example\n${huge}.com/path\n${huge}`),
      validateUrl(`https://${huge}.example`),
      validateTrackingId(`g-${huge}`),
      validateAdditionalTrackers(JSON.stringify([{ trackerURL: `https://${huge}`, siteId: `${'1'.repeat(1000)}` }, { [huge]: 1 }])),
    ];
    for (const check of checks) {
      expect(check.errors.length).to.be.greaterThan(0);
      for (const e of check.errors) expect(e.message.length, e.message.slice(0, 40)).to.be.below(400);
      if (check.fix) expect(check.fix.label.length).to.be.below(100);
    }
    expect(validateUrl(`https://${huge}.example`).fix!.value).to.equal(`https://${huge}.example/`);
  });
});
