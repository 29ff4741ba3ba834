// Exports of hostile data: a CSV cell never becomes a live formula in a spreadsheet (LibreOffice
// trims spaces before evaluating), and a JSON export of deep data is written, saying what it cut.
import { expect } from '@open-wc/testing';
import { alertText, captureFiles, countCases, deepElements, deepText, guard, json, matomoRouter, parseCsv, retryButtons, until, type Guard } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

/** Formulas behind what a spreadsheet skips or reads as = + - @. */
const FORMULAS = [
  ' =1+1',
  '\u00a0=1+1',
  '\t=1+1',
  '\r\n=1+1',
  '\n+1+1',
  '\u200b=1+1',
  '\ufeff=1+1',
  '\u200b\u00a0 @SUM(A1)',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(A1)',
  ' -1+1',
  '=HYPERLINK("http://127.0.0.1/")',
];
/** Plain numbers stay numbers. */
const NUMBERS = ['-5', '-3.25', '42'];

const spec = (tag: string) => WIDGETS.find((w) => w.tag === tag)!;
const button = (el: Element, match: (b: HTMLButtonElement) => boolean) =>
  deepElements(el.shadowRoot!).find((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && match(e))!;

function assertDefused(cells: string[], payloads: readonly string[]) {
  for (const payload of payloads) {
    // (A description is shown, and exported, trimmed.)
    const cell = cells.find((c) => [payload, payload.trim()].includes(c.replace(/^'/, '')));
    expect(cell, `a cell holding ${JSON.stringify(payload)}`).not.to.equal(undefined);
    expect(cell!.startsWith("'"), `the cell ${JSON.stringify(cell)} is defused`).to.equal(true);
  }
}

describe('gauntlet: <activity-log> exports of hostile data', () => {
  let g: Guard;
  let capture: ReturnType<typeof captureFiles>;
  afterEach(() => {
    g?.restore();
    capture?.restore();
    unmountAll();
  });
  after(() => countCases('activity-log', 'exports', 2));

  it('CSV: logins, ids, descriptions, IP addresses and countries that hide a formula are defused; plain numbers stay numbers', async () => {
    const entries = [...FORMULAS, ...NUMBERS].map((p, i) => ({
      id: p,
      user_login: p,
      type: 'ActivityLog/UserSignedIn',
      description: p,
      datetime: new Date(Date.now() - i * 60_000).toISOString().slice(0, 19).replace('T', ' '),
      parameters: {},
      ip: p,
      country: 'ch',
      country_name: p,
    }));
    g = guard(matomoRouter((method) => (method === 'ActivityLog.getEntries' ? entries : method === 'ActivityLog.getEntryCount' ? { value: entries.length } : method === 'UsersManager.hasSuperUserAccess' ? { value: false } : [])));
    capture = captureFiles();
    const el = await mount(spec('activity-log'), { 'page-size': '50' });
    await until(() => el.shadowRoot!.querySelectorAll('li.row').length === entries.length, 'the rows');
    button(el, (b) => b.getAttribute('part') === 'export-csv').click();
    await until(() => capture.files.length, 'the CSV file');
    const rows = parseCsv((await capture.files[0]!.blob.text()).replace(/^\ufeff/, ''));
    const header = rows[0]!;
    for (const column of ['ID', 'User', 'Description', 'IP address', 'Country']) {
      const k = header.indexOf(column);
      const cells = rows.slice(1).map((r) => r[k]!);
      assertDefused(cells, FORMULAS);
      for (const n of NUMBERS) expect(cells, `the number ${n} in ${column}`).to.include(n);
    }
  });

  it('JSON: parameters nested 20,000 deep are exported, cut at a depth that says so; no load error, no Retry', async () => {
    const depth = 20_000;
    const deep = `${'{"a":['.repeat(depth)}"bottom"${']}'.repeat(depth)}`;
    const entry = (id: string, parameters: string) =>
      `{"id": "${id}", "user_login": "admin", "type": "ActivityLog/GoalAdded", "description": "added a new goal", "datetime": "2024-03-10 14:05:00", "parameters": ${parameters}}`;
    const body = `[${entry('deep', deep)}, ${entry('plain', '{"items": [{"type": "goal", "data": {"id": 3, "name": "Newsletter"}}]}')}]`;
    g = guard((call) => {
      const bulk = call.name === 'API.getBulkRequest';
      const methods = bulk ? [...call.params.keys()].filter((k) => k.startsWith('urls[')).map((k) => new URLSearchParams(call.params.get(k)!).get('method')) : [call.name];
      const answers = methods.map((m) => (m === 'ActivityLog.getEntries' ? body : m === 'ActivityLog.getEntryCount' ? '{"value": 2}' : m === 'UsersManager.hasSuperUserAccess' ? '{"value": false}' : '[]'));
      return call.server === 'matomo' ? new Response(bulk ? `[${answers.join(',')}]` : answers[0], { headers: { 'Content-Type': 'application/json' } }) : json({});
    });
    capture = captureFiles();
    const el = await mount(spec('activity-log'));
    await until(() => deepText(el).includes('Newsletter'), 'the rows');
    button(el, (b) => b.getAttribute('part') === 'export-json').click();
    await until(() => capture.files.length || alertText(el), 'the JSON file or a message', 8000);
    expect(alertText(el), 'a message instead of the file').to.equal('');
    expect(retryButtons(el)).to.deep.equal([]);
    const file = JSON.parse(await capture.files[0]!.blob.text()) as { count: number; entries: Array<{ id: string; parameters: unknown }> };
    expect(file.count).to.equal(2);
    expect(file.entries.map((e) => e.id)).to.deep.equal(['deep', 'plain']);
    expect(JSON.stringify(file.entries[0]!.parameters)).to.match(/not exported: nested deeper than \d+ levels/);
    expect(file.entries[1]!.parameters).to.deep.equal({ items: [{ type: 'goal', data: { id: 3, name: 'Newsletter' } }] });
    expect(deepText(el)).to.match(/nested deeper than \d+ levels are replaced by a note/);
    expect(g.errors).to.deep.equal([]);
  });
});

describe('gauntlet: <visits-chart> CSV export of hostile data', () => {
  let g: Guard;
  let capture: ReturnType<typeof captureFiles>;
  afterEach(() => {
    g?.restore();
    capture?.restore();
    unmountAll();
  });
  after(() => countCases('visits-chart', 'exports', 1));

  it('site names that hide a formula are defused', async () => {
    // Site names are trimmed when read; what survives trimming must still be defused.
    const names = FORMULAS.filter((f) => !/^\s/.test(f));
    const ids = names.map((_, i) => String(i + 1));
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    g = guard(
      matomoRouter((method, params) => {
        if (method === 'VisitsSummary.get') return Object.fromEntries(ids.map((id) => [id, { [day]: { nb_visits: 5 } }]));
        if (method === 'SitesManager.getSiteFromId') return { idsite: params.get('idSite'), name: names[Number(params.get('idSite')) - 1] };
        return { result: 'error', message: `Unknown method ${method}` };
      }),
    );
    capture = captureFiles();
    const el = await mount(spec('visits-chart'), { 'site-id': ids.join(','), date: 'last3' });
    const download = () => button(el, (b) => b.textContent === 'Download CSV');
    await until(() => download() && !download().disabled, 'the chart');
    download().click();
    await until(() => capture.files.length, 'the CSV file');
    const rows = parseCsv((await capture.files[0]!.blob.text()).replace(/^\ufeff/, ''));
    assertDefused(rows.slice(1).map((r) => r[rows[0]!.indexOf('Site')]!), names);
  });
});
