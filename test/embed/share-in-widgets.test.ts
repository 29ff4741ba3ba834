import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { guard, TOKEN, until, type Guard } from '../hardening/harness.js';
import { mount, unmountAll, WIDGETS } from '../hardening/widgets.js';
import { ShareToggle } from '../../src/embed/share-toggle.js';

const shareButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share-button"]');
const panel = (el: Element) => el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('dw-share-panel');
const snippets = (p: Element) => [...p.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('[part~="snippet"]')].map((t) => t.value);

for (const spec of WIDGETS) {
  describe(`<${spec.tag}> Share / embed`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });

    it('opens a panel with the iframe and script-tag snippets for its configuration, without its token', async () => {
      g = guard(spec.happy);
      const el = await mount(spec);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
      const button = await until(() => shareButton(el), 'the Share / embed button');
      expect(shareButton(el)!.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      const p = await until(() => panel(el), 'the share panel');
      await p.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const all = snippets(p).join('\n');
      expect(all).to.contain(`widget=${spec.tag}`);
      expect(all).to.contain(`<${spec.tag}`);
      expect(all).not.to.contain(TOKEN);
      expect(p.shadowRoot!.textContent, 'the warning about shared tokens').to.match(/view-only|without administration rights/i);
    });

    it('says so when the panel cannot be loaded, keeps the widget as it was, and loads it on Retry', async () => {
      g = guard(spec.happy);
      const el = await mount(spec);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
      const shown = el.shadowRoot!.textContent;
      const load = ShareToggle.load;
      let attempts = 0;
      ShareToggle.load = () => {
        attempts++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      };
      try {
        const button = await until(() => shareButton(el), 'the Share / embed button');
        button.click();
        const alert = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="share-panel"][role="alert"]'), 'the failure message');
        expect(alert.textContent).to.contain('Could not load the Share / embed panel');
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(spec.loadedText.test(el.shadowRoot!.textContent ?? ''), 'the data is still shown').to.equal(true);
        expect(el.shadowRoot!.textContent).to.contain(shown!.trim().slice(0, 40));
        ShareToggle.load = load;
        [...alert.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Retry')!.click();
        const p = await until(() => panel(el), 'the share panel after Retry');
        await p.updateComplete;
        expect(snippets(p).join('\n')).to.contain(`<${spec.tag}`);
        expect(attempts).to.equal(1);
      } finally {
        ShareToggle.load = load;
      }
    });

    it('closes from the panel and gives focus back to the button', async () => {
      g = guard(spec.happy);
      const el = await mount(spec);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
      const button = await until(() => shareButton(el), 'the Share / embed button');
      button.click();
      const p = await until(() => panel(el), 'the share panel');
      await p.updateComplete;
      p.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await until(() => !panel(el), 'the panel to close');
      await el.updateComplete;
      await until(() => el.shadowRoot!.activeElement === shareButton(el), 'focus back on the button');
    });

    it('closes on Escape from inside the panel and gives focus back to the button', async () => {
      g = guard(spec.happy);
      const el = await mount(spec);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
      const button = await until(() => shareButton(el), 'the Share / embed button');
      button.click();
      const p = await until(() => panel(el), 'the share panel');
      await p.updateComplete;
      const input = p.shadowRoot!.querySelector<HTMLInputElement>('[part~="token-input"]')!;
      input.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !panel(el), 'the panel to close on Escape');
      await until(() => el.shadowRoot!.activeElement === shareButton(el), 'focus back on the button');
      expect(shareButton(el)!.getAttribute('aria-expanded')).to.equal('false');
    });
  });
}
