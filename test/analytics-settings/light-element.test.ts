import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { AnnounceEvent, LightElement } from '../../src/analytics-settings/light-element.js';

// The base of the form's sub-elements, on a tiny one inside a tiny host with a shadow root.

const extra = css`
  .said {
    color: rgb(1, 2, 3);
  }
`;

class LightPart extends LightElement {
  static override tagName = 'light-part';
  override render() {
    return html`<p class="said" id="inside">Inside</p>`;
  }
  say(text: string) {
    this.announce(text);
  }
  bring() {
    this.adopt(extra);
  }
}
LightPart.define();

class LightHost extends LitElement {
  heard: string[] = [];
  override render() {
    return html`<div @dw-announce=${(e: AnnounceEvent) => this.heard.push(e.text)}><light-part></light-part></div>`;
  }
}
customElements.define('light-host', LightHost);

describe('LightElement', () => {
  it("renders in its host's shadow root: its ids are the host's", async () => {
    const host = await fixture<LightHost>(html`<light-host></light-host>`);
    const part = host.shadowRoot!.querySelector<LightPart>('light-part')!;
    await part.updateComplete;
    expect(part.shadowRoot).to.equal(null);
    expect(host.shadowRoot!.getElementById('inside')!.textContent).to.equal('Inside');
  });

  it('adds the styles it brings to that shadow root, once', async () => {
    const host = await fixture<LightHost>(html`<light-host></light-host>`);
    const part = host.shadowRoot!.querySelector<LightPart>('light-part')!;
    await part.updateComplete;
    const before = host.shadowRoot!.adoptedStyleSheets.length;
    part.bring();
    part.bring();
    expect(host.shadowRoot!.adoptedStyleSheets.length).to.equal(before + 1);
    expect(getComputedStyle(host.shadowRoot!.getElementById('inside')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('what it announces bubbles to its host, never out of the shadow root', async () => {
    const host = await fixture<LightHost>(html`<light-host></light-host>`);
    let outside = 0;
    document.addEventListener(AnnounceEvent.type, () => outside++);
    host.shadowRoot!.querySelector<LightPart>('light-part')!.say('Copied.');
    expect(host.heard).to.deep.equal(['Copied.']);
    expect(outside).to.equal(0);
  });

  it('registers tolerantly: twice is nothing', () => {
    LightPart.define();
    expect(customElements.get('light-part')).to.equal(LightPart);
  });
});
