/**
 * LiveController (and the LiveUpdates its code brings, live.ts) on a tiny host: nothing without an
 * interval; the part's loading line while the code loads (the page waits for it); the part's
 * failure with Retry when it does not arrive; then checks that mark new activities, a failed check
 * said with Retry, Pause and Resume, and a stop after a refused token.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { chunks } from '../../src/activity-log/chunks.js';
import { LiveController } from '../../src/activity-log/live-controller.js';
import { QueryController } from '../../src/activity-log/query-controller.js';
import { ServerError } from '../../src/api/errors.js';
import { makeEntries, memorySource } from './fake-matomo.js';

const none = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };
const wakeUp = () => document.dispatchEvent(new Event('visibilitychange'));
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

class LiveHost extends LitElement {
  static override properties = { interval: { type: Number } };
  /** Seconds between checks, handed over before the first page is asked for (as `refresh-interval` is). */
  interval = 0;
  source = memorySource(makeEntries(30, { newest: Date.now() - 3_600_000 }));
  said: string[] = [];
  errors: unknown[] = [];
  calls: string[] = [];
  query = new QueryController(this, {
    filters: () => none,
    pageSize: () => 10,
    scanLimit: () => 5000,
    source: () => this.source,
    withEmails: () => false,
    ready: () => this.live.loading,
    onPage: () => {},
    onCount: () => {},
    onError: () => {},
  });
  live: LiveController = new LiveController(this, this.query, {
    busy: () => false,
    locale: () => 'en',
    announce: (t) => this.said.push(t),
    onError: (e) => this.errors.push(e),
    retrySignIn: () => this.calls.push('retrySignIn'),
    retryLoad: () => this.calls.push('retryLoad'),
    reload: () => this.calls.push('reload'),
  });
  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('interval')) this.live.interval = this.interval;
  }
  override render() {
    return html`${this.live.render()}${this.live.notice()}`;
  }
}
customElements.define('live-host', LiveHost);

async function host(interval: number) {
  const el = await fixture<LiveHost>(html`<live-host .interval=${interval}></live-host>`);
  const $ = (part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
  return { el, $ };
}

describe('LiveController', () => {
  const original = chunks.live;
  afterEach(() => (chunks.live = original));

  it('shows nothing and loads nothing without an interval', async () => {
    let asked = 0;
    chunks.live = () => (asked++, original());
    const { el } = await host(0);
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(el.live.loading).to.equal(undefined);
    expect(asked).to.equal(0);
  });

  it('says its code is loading, the page waiting for it, then when the list was updated', async () => {
    let arrive!: () => void;
    chunks.live = () => new Promise((resolve) => (arrive = () => resolve(original())));
    const { el, $ } = await host(60);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading the live updates…');
    expect($('live-status'), 'no status before the code').to.equal(null);
    expect($('pause-button'), 'no Pause before the code').to.equal(null);
    expect(el.live.loading).to.be.instanceOf(Promise);
    expect(el.query.shown === undefined, 'the page waits for live updates').to.equal(true);
    arrive();
    await waitUntil(() => el.query.shown, 'no page');
    await el.updateComplete;
    expect(text($('live-status'))).to.match(/^Live · updated \d/);
    expect(($('pause-button') as HTMLButtonElement).disabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'the loading line gone').to.equal(null);
  });

  it('says when its code does not arrive, and starts on Retry', async () => {
    let attempts = 0;
    chunks.live = () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original());
    const { el, $ } = await host(60);
    await waitUntil(() => el.errors.length, 'no error');
    await el.updateComplete;
    expect(text($('error'))).to.contain('Could not load the live updates.');
    expect($('live-status'), 'no status before the code').to.equal(null);
    expect(el.errors[0]).to.include({ kind: 'network' });
    $('retry-button')!.click();
    await waitUntil(() => attempts === 2 && el.shadowRoot!.querySelector('[part~="live-status"].live'), 'did not start');
    expect($('error')).to.equal(null);
  });

  it('marks new activities, says how many, and says when a check fails, with Retry', async () => {
    const { el, $ } = await host(60);
    await waitUntil(() => el.query.shown && !el.live.loading, 'not started');
    el.source.prepend(makeEntries(2, { firstId: 500, newest: Date.now() }));
    wakeUp();
    await waitUntil(() => el.said.length, 'nothing said');
    expect(el.said).to.deep.equal(['2 new activities.']);
    expect([...el.query.newIds]).to.deep.equal(['500', '499']);

    const getCount = el.source.getCount;
    el.source.getCount = () => Promise.reject(new ServerError('Matomo answered 502'));
    wakeUp();
    await waitUntil(() => $('notice'), 'no notice');
    expect(text($('notice'))).to.contain('Could not check for new activities.').and.contain('Matomo answered 502').and.contain('The list shows what was loaded at');
    expect(text($('live-status'))).to.equal('Offline: retrying');
    el.source.getCount = getCount;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notice"] button')!.click();
    await waitUntil(() => !$('notice') && text($('live-status')).startsWith('Live'), 'did not recover');
  });

  it('pauses and resumes, and stops after a refused token until the reader resumes', async () => {
    const { el, $ } = await host(60);
    await waitUntil(() => el.query.shown && !el.live.loading, 'not started');
    await el.updateComplete;
    $('pause-button')!.click();
    await el.updateComplete;
    expect(text($('live-status'))).to.equal('Paused');
    $('pause-button')!.click();
    await el.updateComplete;
    expect(text($('live-status'))).to.match(/^Live/);
    el.live.stop();
    await el.updateComplete;
    expect(text($('live-status'))).to.equal('Live updates stopped');
    el.live.resumeStopped();
    await el.updateComplete;
    expect(text($('live-status'))).to.match(/^Live/);
  });
});
