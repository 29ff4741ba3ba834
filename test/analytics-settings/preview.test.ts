import { expect, fixture, html } from '@open-wc/testing';
import { TrackingPreview } from '../../src/analytics-settings/preview.js';

// The tracking-code preview on its own: the values and the chat server's address in, what it says out.

TrackingPreview.define();

const MATOMO = { PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://matomo.example.org/', PiwikAnalytics_siteId: '17', Analytics_features_messages: true };

async function preview(values: Record<string, string | boolean>, apiBase = 'https://chat.example.net/') {
  const said: string[] = [];
  const host = await fixture<HTMLElement>(
    html`<div @dw-announce=${(e: Event & { text: string }) => said.push(e.text)}><dw-tracking-preview .values=${values} .apiBase=${apiBase}></dw-tracking-preview></div>`,
  );
  const el = host.querySelector<TrackingPreview>('dw-tracking-preview')!;
  await el.updateComplete;
  return { el, said };
}

const text = (el: Element, selector: string) => el.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<dw-tracking-preview>', () => {
  it('renders in its host, as the preview part', async () => {
    const { el } = await preview(MATOMO);
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('[part="preview"]')).to.exist;
  });

  it("builds the chat server's code and a snippet from the values given, for the host of the chat server's address", async () => {
    const { el } = await preview(MATOMO);
    expect(el.querySelector<HTMLInputElement>('#preview-host')!.value).to.equal('chat.example.net');
    expect(text(el, '#code-chat')).to.contain("_paq.push(['setSiteId', 17]);");
    expect(text(el, '#code-snippet')).to.contain("_paq.push(['disableCookies']);");
    expect(text(el, '[part="notes"]')).to.contain('room');
    el.values = { ...MATOMO, PiwikAnalytics_siteId: '18' };
    await el.updateComplete;
    expect(text(el, '#code-chat')).to.contain("_paq.push(['setSiteId', 18]);");
  });

  it('the host name and the cookieless option are its own', async () => {
    const { el } = await preview({ ...MATOMO, PiwikAnalytics_cookieDomain: true });
    const host = el.querySelector<HTMLInputElement>('#preview-host')!;
    host.value = 'example.com';
    host.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(text(el, '[part="pitfalls"]')).to.contain('two-label host');
    el.querySelector<HTMLInputElement>('#cookieless')!.click();
    await el.updateComplete;
    expect(text(el, '#code-snippet')).not.to.contain('disableCookies');
  });

  it('Copy puts the code on the clipboard and says so; without the clipboard, it selects the code and says how to copy', async () => {
    const { el, said } = await preview(MATOMO);
    const original = navigator.clipboard.writeText;
    let copied = '';
    try {
      navigator.clipboard.writeText = async (value: string) => void (copied = value);
      el.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.contain('_paq');
      expect(said).to.deep.equal(['Copied to the clipboard.']);
      expect(text(el, '[part="copy-button"]')).to.contain('Copied');
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      el.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await new Promise((r) => setTimeout(r));
      expect(said[1]).to.contain('press Ctrl+C');
      expect(window.getSelection()!.toString()).to.contain('_paq');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });
});
