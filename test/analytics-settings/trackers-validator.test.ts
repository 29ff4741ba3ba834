import { expect } from '@open-wc/testing';
import { parseJsonAt } from '../../src/analytics-settings/json-at.js';
import { validateAdditionalTrackers } from '../../src/analytics-settings/trackers-validator.js';
import { NOT_JSON } from '../../src/analytics-settings/validators.js';


describe('validateAdditionalTrackers', () => {
  it('accepts an empty value, an empty list, and a list of {trackerURL, siteId}', () => {
    expect(validateAdditionalTrackers('').errors).to.deep.equal([]);
    expect(validateAdditionalTrackers('  \n').errors).to.deep.equal([]);
    expect(validateAdditionalTrackers('[]').errors).to.deep.equal([]);
    const ok = validateAdditionalTrackers('[{"trackerURL":"https://my.piwik.domain2/","siteId":42},{"trackerURL":"https://my.piwik.domain3/","siteId":15}]');
    expect(ok.errors).to.deep.equal([]);
    expect(ok.trackers).to.have.length(2);
  });

  it('reports a syntax error with its line and column, given parseJsonAt to find them', () => {
    const check = validateAdditionalTrackers('[\n  {"trackerURL": "https://a/", "siteId": 42,}\n]', parseJsonAt);
    expect(check.errors).to.have.length(1);
    expect(check.errors[0]).to.include({ line: 2, column: 44 });
    expect(check.errors[0]!.message).to.equal('Line 2, column 44: remove the comma before }.');
  });

  it('without parseJsonAt, says the text is not JSON (and blocks it all the same)', () => {
    const check = validateAdditionalTrackers('[\n  {"trackerURL": "https://a/", "siteId": 42,}\n]');
    expect(check.errors.map((e) => e.message)).to.deep.equal([NOT_JSON]);
    expect(check.errors[0]).not.to.have.property('line');
    expect(check.trackers).to.equal(undefined);
  });

  it('reads what JSON.parse reads, as Rocket.Chat does: a locator is never asked about valid JSON', () => {
    const asked: string[] = [];
    const locate = (text: string) => (asked.push(text), parseJsonAt(text));
    const text = '[{"trackerURL": "https://a/\\u00e9/", "siteId": 42, "__proto__": {"x": 1}}]';
    const check = validateAdditionalTrackers(text, locate);
    expect(check.errors).to.deep.equal([]);
    expect(check.warnings.map((w) => w.message)).to.deep.equal(['Item 1: the key "__proto__" is not used: the chat server reads only "trackerURL" and "siteId".']);
    expect(asked).to.deep.equal([]);
  });

  it('reports shape errors by item and key', () => {
    const check = validateAdditionalTrackers(
      JSON.stringify([
        { trackerURL: 'https://ok.example/', siteId: 1 },
        { trackerURL: 'https://no-slash.example', siteId: 2 },
        { trackerURL: 'https://ok.example/', siteID: 3 },
        { trackerURL: 42, siteId: 'seven' },
        { siteId: 0 },
        'https://x/',
      ]),
    );
    const by = check.errors.map((e) => [e.item, e.key ?? null]);
    expect(by).to.deep.equal([
      [1, 'trackerURL'],
      [2, 'siteId'],
      [3, 'trackerURL'],
      [3, 'siteId'],
      [4, 'trackerURL'],
      [4, 'siteId'],
      [5, null],
    ]);
    const text = check.errors.map((e) => e.message);
    expect(text[0]).to.equal('Item 2, "trackerURL": add the trailing slash (https://no-slash.example/): "js/" is appended to it.');
    expect(text[1]).to.equal('Item 3: the key "siteId" is missing.');
    expect(text[3]).to.equal('Item 4, "siteId": must be a positive whole number, such as 42.');
    expect(text[4]).to.equal('Item 5: the key "trackerURL" is missing.');
    expect(text[6]).to.equal('Item 6 must be an object {"trackerURL": …, "siteId": …}, not text.');
    // A misspelt key is not used: a warning that names the right one.
    expect(check.warnings.map((w) => w.message)).to.deep.equal(['Item 3: the key "siteID" is not used (did you mean "siteId"?).']);
  });

  it('takes what works in Rocket.Chat and Matomo as warnings, not errors: a site id in quotes, other keys, a protocol-relative URL', () => {
    const check = validateAdditionalTrackers('[{"trackerURL": "//stats.example.net/", "siteId": "42", "name": "shop"}]');
    expect(check.errors).to.deep.equal([]);
    expect(check.warnings.map((w) => w.message)).to.deep.equal([
      'Item 1: the key "name" is not used: the chat server reads only "trackerURL" and "siteId".',
      'Item 1, "siteId": "42" in quotes works; a number without quotes (42) is usual.',
    ]);
  });

  it('names at most 12 problems, then counts the others, however long the list', () => {
    const list = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ trackerURL: `https://s${i}.example`, siteId: i + 1 })));
    const check = validateAdditionalTrackers(list);
    expect(check.errors).to.have.length(13);
    expect(check.errors[12]!.message).to.equal('… and 4,988 more problems in other items.');
  });

  it('wants a list, not an object, and warns of a repeated tracker', () => {
    expect(validateAdditionalTrackers('{"trackerURL":"https://a/","siteId":1}').errors[0]!.message).to.contain('not an object');
    const twice = validateAdditionalTrackers('[{"trackerURL":"https://a/","siteId":1},{"trackerURL":"https://a/","siteId":1}]');
    expect(twice.errors).to.deep.equal([]);
    expect(twice.warnings[0]!.message).to.contain('Item 2 repeats item 1');
  });
});
