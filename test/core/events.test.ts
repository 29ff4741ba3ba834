import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DashboardEvent } from '../../src/core/events.js';

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
