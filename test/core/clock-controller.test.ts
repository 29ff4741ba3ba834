import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClockController } from '../../src/core/clock-controller.js';
import { setClock } from '../../src/core/clock.js';

class ClockHost extends LitElement {
  clock = new ClockController(this, 40);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.clock.now}`;
  }
}
customElements.define('clock-host', ClockHost);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ClockController', () => {
  let at = Date.UTC(2026, 0, 5, 12);
  beforeEach(() => {
    at = Date.UTC(2026, 0, 5, 12);
    setClock(() => at);
  });
  afterEach(() => setClock());

  it("reads the widgets' clock (core/clock.ts), so a test sets it", async () => {
    const el = await fixture<ClockHost>(html`<clock-host></clock-host>`);
    expect(el.clock.now).to.equal(Date.UTC(2026, 0, 5, 12));
    expect(el.shadowRoot!.textContent).to.equal(String(Date.UTC(2026, 0, 5, 12)));
  });

  it('keeps its time between ticks, and ticks (updating the host) while connected', async () => {
    const el = await fixture<ClockHost>(html`<clock-host></clock-host>`);
    at += 1000;
    expect(el.clock.now, 'no change between ticks').to.equal(Date.UTC(2026, 0, 5, 12));
    await wait(70);
    await el.updateComplete;
    expect(el.clock.now).to.equal(Date.UTC(2026, 0, 5, 12) + 1000);
    expect(el.shadowRoot!.textContent).to.equal(String(Date.UTC(2026, 0, 5, 12) + 1000));
  });

  it('stops ticking when removed, and reads the time again when back', async () => {
    const el = await fixture<ClockHost>(html`<clock-host></clock-host>`);
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    const renders = el.renders;
    at += 5000;
    await wait(120);
    expect(el.clock.now, 'no tick while away').to.equal(Date.UTC(2026, 0, 5, 12));
    expect(el.renders).to.equal(renders);
    parent.append(el);
    expect(el.clock.now, 'the time now, at once').to.equal(Date.UTC(2026, 0, 5, 12) + 5000);
  });
});
