import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DashboardEvent, errorDetail } from '../../src/core/events.js';
import { ChunkLoadError } from '../../src/core/lazy-part.js';
import { AuthError, TimeoutError } from '../../src/api/errors.js';

class ProbeEvent extends DashboardEvent<{ n: number }> {
  constructor(n: number) {
    super('dw-probe', { n });
  }
}

describe('DashboardEvent', () => {
  it('bubbles out of shadow roots to the page, with its detail', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    const heard = oneEvent(outer, 'dw-probe');
    inner.dispatchEvent(new ProbeEvent(3));
    const event = (await heard) as ProbeEvent;
    expect(event).to.be.instanceOf(CustomEvent).and.instanceOf(DashboardEvent);
    expect(event.detail).to.deep.equal({ n: 3 });
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
  });
});

describe('errorDetail', () => {
  it('reads the kind and message of the library errors, api layer and lazy parts alike', () => {
    const auth = new AuthError();
    expect(errorDetail(auth, 'load')).to.deep.equal({ error: auth, kind: 'auth', message: auth.message, during: 'load' });
    const timeout = new TimeoutError(15);
    expect(errorDetail(timeout, 'save')).to.include({ kind: 'timeout', message: 'The server did not answer within 15 seconds.', during: 'save' });
    const chunk = new ChunkLoadError(new TypeError('offline'));
    expect(errorDetail(chunk, 'export')).to.include({ kind: 'network', message: chunk.message });
  });

  it('says `unknown` and a generic sentence for anything else (a programming error is not for users)', () => {
    const bug = new TypeError('x is undefined');
    expect(errorDetail(bug, 'refresh')).to.deep.equal({ error: bug, kind: 'unknown', message: 'Something went wrong while loading the data.', during: 'refresh' });
  });
});
