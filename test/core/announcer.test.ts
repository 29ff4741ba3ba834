import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/core/announcer.js';

class AnnouncerHost extends LitElement {
  announcer = new Announcer(this);
  override render() {
    return html`<p>Content</p>${this.announcer.render()}`;
  }
}
customElements.define('announcer-host', AnnouncerHost);

const region = (el: AnnouncerHost) => el.shadowRoot!.querySelector<HTMLElement>('#announcer')!;

describe('Announcer', () => {
  it('renders an empty polite live region, visually hidden', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    const live = region(el);
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.classList.contains('visually-hidden')).to.equal(true);
    expect(live.textContent).to.equal('');
  });

  it('says what it is given, updating the host', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    el.announcer.announce('Saved 3 settings.');
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Saved 3 settings.');
    expect(el.announcer.text).to.equal('Saved 3 settings.');
  });

  it('says the same words twice in a row again: the region text changes', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    el.announcer.announce('Copied.');
    await el.updateComplete;
    const first = region(el).textContent;
    el.announcer.announce('Copied.');
    await el.updateComplete;
    const second = region(el).textContent;
    expect(second).not.to.equal(first);
    expect(second!.trim()).to.equal('Copied.');
    el.announcer.announce('Copied.');
    await el.updateComplete;
    expect(region(el).textContent, 'and a third time').not.to.equal(second);
  });
});
