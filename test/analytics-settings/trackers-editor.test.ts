import { expect } from '@open-wc/testing';
import { rowsFromJson, rowsToJson } from '../../src/analytics-settings/trackers-editor.js';

describe('Additional Piwik Sites rows and JSON text', () => {
  it('reads rows from the JSON text, numbers as typed text', () => {
    expect(rowsFromJson('')).to.deep.equal([]);
    expect(rowsFromJson('[{"trackerURL":"https://a/","siteId":42},{"trackerURL":"https://b/","siteId":"7"}]')).to.deep.equal([
      { trackerURL: 'https://a/', siteId: '42' },
      { trackerURL: 'https://b/', siteId: '7' },
    ]);
    expect(rowsFromJson('[{"siteId":1}]')).to.deep.equal([{ trackerURL: '', siteId: '1' }]);
  });

  it('gives no rows for text the rows cannot show without losing something', () => {
    for (const text of ['[', '{"trackerURL":"https://a/"}', '[1]', '[{"trackerURL":"https://a/","siteId":1,"extra":true}]', '[{"trackerURL":["x"],"siteId":1}]', '[{"trackerURL":"x","siteId":{}}]']) {
      expect(rowsFromJson(text), text).to.equal(null);
    }
  });

  it('writes rows as JSON, one item a line, site ids as numbers when they are, and "" for none', () => {
    const text = rowsToJson([
      { trackerURL: 'https://a/', siteId: '42' },
      { trackerURL: 'https://b/"x', siteId: '4a' },
    ]);
    expect(text).to.equal('[\n  {"trackerURL": "https://a/", "siteId": 42},\n  {"trackerURL": "https://b/\\"x", "siteId": "4a"}\n]');
    expect(JSON.parse(text)).to.deep.equal([
      { trackerURL: 'https://a/', siteId: 42 },
      { trackerURL: 'https://b/"x', siteId: '4a' },
    ]);
    expect(rowsToJson([])).to.equal('');
  });

  it('round-trips: rows -> text -> the same rows', () => {
    const rows = [
      { trackerURL: 'https://a.example/', siteId: '1' },
      { trackerURL: '', siteId: '' },
      { trackerURL: 'https://c.example/m/', siteId: ' 9' },
    ];
    expect(rowsFromJson(rowsToJson(rows))).to.deep.equal(rows);
  });
});
