/**
 * LazyPart on a tiny host: the status a widget renders, one load shared by every caller, a
 * failure said in the library's one sentence with a Retry that fetches again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { ChunkLoadError, LazyPart, loadPart } from '../../src/core/lazy-part.js';
import { english } from '../../src/core/translate.js';
import { DashboardError } from '../../src/core/errors.js';

/** Why a part is missing, as every such failure says it (in English). */
const PART_FAILED = english.t('Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).');

/** A loader whose answers the test gives: each call waits for `arrive()` or `fail()`. */
function controlledLoader<T>(code: T) {
  let calls = 0;
  let settle: { arrive(): void; fail(): void } | undefined;
  const loader = () => {
    calls++;
    return new Promise<T>((resolve, reject) => {
      settle = { arrive: () => resolve(code), fail: () => reject(new TypeError('Failed to fetch dynamically imported module')) };
    });
  };
  return { loader, calls: () => calls, arrive: () => settle!.arrive(), fail: () => settle!.fail() };
}

class PartHost extends LitElement {
  updates = 0;
  override update(changed: Map<PropertyKey, unknown>) {
    this.updates++;
    super.update(changed);
  }
}
customElements.define('part-host', PartHost);

const flush = () => new Promise((r) => setTimeout(r));

describe('loadPart', () => {
  it('gives the code when it arrives, and a retryable ChunkLoadError of kind network when it does not', async () => {
    expect(await loadPart(() => Promise.resolve(42))).to.equal(42);
    const cause = new TypeError('offline');
    const error = await loadPart(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ChunkLoadError).and.instanceOf(DashboardError);
    expect(error).to.include({ kind: 'network', retryable: true });
    expect((error as Error).message).to.equal(`A part of this widget could not be loaded. ${PART_FAILED}`);
    expect((error as Error).cause).to.equal(cause);
  });
});

describe('LazyPart', () => {
  it('goes idle, loading, ready, updating the host at each step, and calls onReady once with the code', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const code = { name: 'table' };
    const load = controlledLoader(code);
    const ready: unknown[] = [];
    const part = new LazyPart(host, load.loader, { onReady: (c) => ready.push(c) });
    expect(part.status).to.equal('idle');
    expect(part.value).to.equal(undefined);

    const before = host.updates;
    const first = part.load();
    const second = part.load();
    expect(part.status).to.equal('loading');
    await host.updateComplete;
    expect(host.updates, 'loading updates the host').to.equal(before + 1);
    load.arrive();
    expect(await first).to.equal(code);
    expect(await second).to.equal(code);
    expect(load.calls(), 'one load for every caller').to.equal(1);
    expect(part.status).to.equal('ready');
    expect(part.value).to.equal(code);
    expect(ready).to.deep.equal([code]);
    await host.updateComplete;
    expect(host.updates, 'ready updates the host').to.equal(before + 2);

    expect(await part.load()).to.equal(code);
    expect(load.calls(), 'once there, the code is not fetched again').to.equal(1);
  });

  it('fails with a ChunkLoadError, keeps no failed load, and fetches again on the next load', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const load = controlledLoader('code');
    const part = new LazyPart(host, load.loader);
    const failing = part.load();
    load.fail();
    const error = await failing.catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ChunkLoadError);
    expect(part.status).to.equal('failed');

    const need = part.need();
    expect(part.status).to.equal('loading');
    load.arrive();
    expect(await need).to.equal('code');
    expect(load.calls()).to.equal(2);
    expect(part.status).to.equal('ready');
  });

  it('need() resolves undefined when the part does not arrive', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const part = new LazyPart(host, () => Promise.reject(new TypeError('offline')));
    expect(await part.need()).to.equal(undefined);
    expect(part.status).to.equal('failed');
  });

  it('calls the loader it was given at each load (a test may replace what it calls)', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const chunks = { table: () => Promise.reject(new TypeError('offline')) as Promise<string> };
    const part = new LazyPart(host, () => chunks.table());
    await part.need();
    chunks.table = () => Promise.resolve('arrived');
    expect(await part.need()).to.equal('arrived');
  });

  it('renders a status line while loading, the failure with Retry, and nothing when idle or ready', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const load = controlledLoader('code');
    const part = new LazyPart(host, load.loader);
    const box = document.createElement('div');
    const show = (options = {}) => {
      render(part.render('the table', options), box);
      return box;
    };
    expect(show().textContent!.trim()).to.equal('');

    const loading = part.need();
    expect(show().querySelector('[role="status"]')!.textContent).to.equal('Loading the table…');
    load.fail();
    await loading;
    const failure = show().querySelector<HTMLElement>('[role="alert"]')!;
    expect(failure.getAttribute('part')).to.equal('error');
    expect(failure.querySelector('strong')!.textContent).to.equal('Could not load the table.');
    expect(failure.querySelector('p')!.textContent).to.equal(PART_FAILED);

    // Retry (by default) loads again.
    failure.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    expect(part.status).to.equal('loading');
    load.arrive();
    await part.load();
    expect(show().textContent!.trim()).to.equal('');
  });

  it('takes a retry of its own, a part name for both boxes and extra actions; reset() forgets a failure', async () => {
    const host = await fixture<PartHost>(html`<part-host></part-host>`);
    const part = new LazyPart(host, () => Promise.reject(new TypeError('offline')));
    await part.need();
    let retried = 0;
    let closed = 0;
    const box = document.createElement('div');
    render(part.render('the panel', { retry: () => retried++, part: 'share-panel', actions: html`<button class="close" @click=${() => closed++}>Close</button>` }), box);
    expect(box.querySelector('[role="alert"]')!.getAttribute('part')).to.equal('share-panel');
    box.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    box.querySelector<HTMLButtonElement>('.close')!.click();
    expect([retried, closed]).to.deep.equal([1, 1]);
    expect(part.status, 'its own retry replaces the load').to.equal('failed');
    part.reset();
    expect(part.status).to.equal('idle');
    await flush();
  });
});
