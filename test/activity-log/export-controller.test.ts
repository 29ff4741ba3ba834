/**
 * ExportController (and the export code it loads, export.ts) on a tiny host: the CSV, JSON and
 * report buttons, an export that reads every entry of the view and saves the file, one export at a time,
 * its progress and Cancel, a failure said with Retry (a part that did not arrive, a server that
 * failed), and removal cancelling an export under way.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { chunks } from '../../src/activity-log/chunks.js';
import { ExportController } from '../../src/activity-log/export-controller.js';
import type { ActivityExportDetail } from '../../src/activity-log/events.js';
import { FilterScan } from '../../src/activity-log/filter-scan.js';
import type { ActivityFilters } from '../../src/activity-log/filters.js';
import { ServerError } from '../../src/api/errors.js';
import { captureDownloads, parseCsv } from './element-helpers.js';
import { makeEntries, memorySource } from './fake-matomo.js';

const none: ActivityFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

class ExportHost extends LitElement {
  source = memorySource(makeEntries(130));
  filters = none;
  said: string[] = [];
  saved: ActivityExportDetail[] = [];
  errors: unknown[] = [];
  signIns = 0;
  exports = new ExportController(this, {
    scan: async () => new FilterScan(this.source, this.filters),
    locale: () => 'en',
    server: () => '',
    announce: (t) => this.said.push(t),
    onSaved: (detail) => this.saved.push(detail),
    onError: (error) => this.errors.push(error),
    retrySignIn: () => this.signIns++,
  });
  override render() {
    return html`${this.exports.buttons(true)}${this.exports.render()}`;
  }
}
customElements.define('export-host', ExportHost);

async function host() {
  const el = await fixture<ExportHost>(html`<export-host></export-host>`);
  const $ = (part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
  return { el, $ };
}

describe('ExportController', () => {
  const original = chunks.export;
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => {
    chunks.export = original;
    downloads.stop();
  });

  it('offers CSV, JSON and the report, labelled for assistive technologies, disabled with nothing to export', async () => {
    const { el, $ } = await host();
    // Each shows its format; its accessible name says what it does.
    expect([text($('export-csv')), $('export-csv')!.getAttribute('aria-label')]).to.deep.equal(['CSV', 'Export as CSV']);
    expect([text($('export-json')), $('export-json')!.getAttribute('aria-label')]).to.deep.equal(['JSON', 'Export as JSON']);
    expect(($('export-csv') as HTMLButtonElement).disabled).to.equal(false);
    expect(text($('report-button'))).to.equal('Print report');
    const box = document.createElement('div');
    render(el.exports.buttons(false), box);
    expect([...box.querySelectorAll('button')].every((b) => b.disabled)).to.equal(true);
  });

  it('saves every entry of the view (not only a page) and says so', async () => {
    const { el, $ } = await host();
    $('export-csv')!.click();
    await waitUntil(() => el.saved.length, 'not saved');
    expect(el.saved[0]).to.deep.equal({ format: 'csv', count: 130, fileName: 'activity-log_all_130-entries.csv' });
    expect(downloads.files.map((f) => f.name)).to.deep.equal(['activity-log_all_130-entries.csv']);
    expect(parseCsv(await downloads.files[0]!.content)).to.have.length(131);
    expect(el.said).to.deep.equal(['Saved 130 activities to activity-log_all_130-entries.csv.']);
    expect(el.exports.running).to.equal(false);
    el.filters = { ...none, user: 'admin' };
    const detail = await el.exports.start('json');
    expect(detail).to.deep.include({ format: 'json', fileName: 'activity-log_user-admin_33-entries.json' });
    const json = JSON.parse(await downloads.files[1]!.content) as { entries: Array<{ user: string }> };
    expect(json.entries.every((e) => e.user === 'admin')).to.equal(true);
  });

  it('runs one export at a time, shows its progress, and Cancel stops it without a file', async () => {
    const { el, $ } = await host();
    el.source = memorySource(makeEntries(400), { delay: 30 });
    const first = el.exports.start('csv');
    expect(await el.exports.start('json'), 'a second export while one runs').to.equal(undefined);
    await el.updateComplete;
    expect(($('export-csv') as HTMLButtonElement).disabled).to.equal(true);
    expect(($('report-button') as HTMLButtonElement).disabled, 'no report while an export runs').to.equal(true);
    await waitUntil(() => /^Exporting CSV… \d+ of 400 checked/.test(text($('export-progress'))), 'no progress');
    expect($('export-progress')!.querySelector('progress')!.max).to.equal(400);
    $('export-progress')!.querySelector('button')!.click();
    expect(await first).to.equal(undefined);
    expect(el.said.at(-1)).to.equal('Export cancelled.');
    expect(downloads.files).to.have.length(0);
    expect(el.errors).to.deep.equal([]);
  });

  it('says when its code does not arrive, and exports on Retry', async () => {
    let attempts = 0;
    chunks.export = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
    const { el, $ } = await host();
    $('export-json')!.click();
    await waitUntil(() => el.errors.length, 'no error');
    await el.updateComplete;
    expect(text($('error'))).to.contain('Could not load the export.').and.contain('Its code did not arrive');
    expect(el.errors[0]).to.include({ kind: 'network' });
    $('retry-button')!.click();
    await waitUntil(() => el.saved.length, 'not saved on Retry');
    expect(attempts).to.equal(2);
    expect(el.signIns, 'Retry lets a refused token be tried once more').to.equal(1);
    expect(el.saved[0]!.format, 'Retry repeats the format that failed').to.equal('json');
    await el.updateComplete;
    expect($('error')).to.equal(null);
  });

  it('says when the server fails while reading, and keeps nothing half-written', async () => {
    const { el, $ } = await host();
    el.source.getEntries = () => Promise.reject(new ServerError('Matomo answered 500'));
    $('export-csv')!.click();
    await waitUntil(() => el.errors.length, 'no error');
    await el.updateComplete;
    expect(text($('error'))).to.contain('Could not export the activities').and.contain('Matomo answered 500');
    expect($('retry-button')).to.not.equal(null);
    expect(downloads.files).to.have.length(0);
  });

  it('cancels an export under way when its host is removed', async () => {
    const { el } = await host();
    el.source = memorySource(makeEntries(400), { delay: 30 });
    const run = el.exports.start('csv');
    await new Promise((r) => setTimeout(r, 50));
    el.remove();
    expect(await run).to.equal(undefined);
    expect(downloads.files).to.have.length(0);
  });
});
