import { expect, fixture, html } from '@open-wc/testing';
import type { EditorContext } from '../../src/analytics-settings/editor.js';
import { render, rowsFromJson, rowsToJson, validate } from '../../src/analytics-settings/trackers-editor.js';
import { NOT_JSON } from '../../src/analytics-settings/validators.js';

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

describe("the row editor of Additional Piwik Sites, as that setting's own editor", () => {
  async function rows(value: string, extra: Partial<EditorContext> = {}) {
    const changes: Array<[string, string]> = [];
    const context: EditorContext = { value, readOnly: false, issues: [], change: (text, focus) => changes.push([text, focus]), ...extra };
    const el = await fixture<HTMLElement>(html`<div>${render(context)}</div>`);
    return { el, changes };
  }

  it('shows a row per tracker and gives the text of the rows edited, with the control to focus', async () => {
    const { el, changes } = await rows('[{"trackerURL":"https://a/","siteId":1}]');
    expect(el.querySelectorAll('[part="tracker-row"]')).to.have.length(1);
    const site = el.querySelector<HTMLInputElement>('#tracker-site-0')!;
    site.value = '2';
    site.dispatchEvent(new InputEvent('input'));
    el.querySelector<HTMLButtonElement>('#tracker-add')!.click();
    el.querySelector<HTMLButtonElement>('#tracker-remove-0')!.click();
    expect(changes).to.deep.equal([
      ['[\n  {"trackerURL": "https://a/", "siteId": 2}\n]', 'tracker-site-0'],
      ['[\n  {"trackerURL": "https://a/", "siteId": 1},\n  {"trackerURL": "", "siteId": ""}\n]', 'tracker-url-1'],
      ['', 'tracker-add'],
    ]);
  });

  it('puts the shape errors on their rows; read-only, it offers no change', async () => {
    const { el } = await rows('[{"trackerURL":"https://a","siteId":1}]', { readOnly: true, issues: [{ message: 'Add the slash.', item: 0, key: 'trackerURL' }] });
    expect(el.querySelector('#tracker-url-0-error')!.textContent).to.equal('Add the slash.');
    expect(el.querySelector<HTMLInputElement>('#tracker-url-0')!.readOnly).to.equal(true);
    expect(el.querySelectorAll('button')).to.have.length(0);
  });

  it('brings the full check of the setting: JSON first, then the shape', () => {
    expect(validate('[', false).errors.map((e) => e.message)).to.deep.equal([NOT_JSON]);
    expect(validate('[{"siteId": 1}]', false).errors.map((e) => e.message)).to.deep.equal(['Item 1: the key "trackerURL" is missing.']);
  });
});
