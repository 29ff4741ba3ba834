import { expect } from '@open-wc/testing';
import { countCases, deepElements, deepText, guard, until, type Guard, TOKEN } from './harness.js';
import { HOSTILE, mount, unmountAll, WIDGETS } from './widgets.js';

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

function assertInert(el: Element) {
  expect(window.__canary, 'injected code ran').to.equal(undefined);
  for (const node of deepElements(el.shadowRoot ?? el)) {
    expect(node.tagName, 'an element from the data').not.to.be.oneOf(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED']);
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.startsWith('on'), `event-handler attribute ${attr.name} on <${node.tagName.toLowerCase()}>`).to.equal(false);
      if (URL_ATTRIBUTES.includes(attr.name)) expect(attr.value.trim().toLowerCase(), `${attr.name} on <${node.tagName.toLowerCase()}>`).not.to.match(/^(javascript|data:text\/html|vbscript):/);
      expect(attr.value, 'the token in an attribute').not.to.contain(TOKEN);
    }
  }
}

/** Everything the widget shows a user: its text and the values in its form fields. */
const shown = (el: Element) =>
  deepText(el) + ' ' + deepElements(el.shadowRoot!).map((n) => (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement ? n.value : '')).join(' ');

/** Waits until the hostile answer is on screen (its markup shown as text). */
const hostileShown = (el: Element) => until(() => shown(el).includes('<img src=x'), 'the hostile data on screen', 10_000);

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> with hostile data`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'hostile data', 3));

    it('shows markup, script, URLs and CSS from the server as inert text', async () => {
      g = guard(spec.hostile(HOSTILE));
      const el = await mount(spec, spec.tag === 'activity-log' ? { gravatar: '' } : {});
      await hostileShown(el);
      await new Promise((r) => setTimeout(r, 300));
      assertInert(el);
      const box = el.getBoundingClientRect();
      expect(box.height, 'layout kept').to.be.greaterThan(40);
      expect(getComputedStyle(el).display).not.to.equal('none');
      expect(g.errors).to.deep.equal([]);
    });

    it('keeps its width with 100 KB strings, right-to-left and zero-width characters', async () => {
      g = guard(spec.hostile(HOSTILE));
      const host = document.createElement('div');
      host.className = 'gauntlet-host';
      host.style.width = '600px';
      document.body.append(host);
      const el = await mount(spec, {}, host);
      await hostileShown(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(el.getBoundingClientRect().width).to.be.at.most(601);
      expect(el.scrollWidth, 'no horizontal overflow of the host').to.be.at.most(602);
      expect(g.errors).to.deep.equal([]);
    });

    it('shows hostile text literally where it shows it', async () => {
      g = guard(spec.hostile(HOSTILE));
      const el = await mount(spec);
      await hostileShown(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(shown(el)).to.contain('<script>');
      assertInert(el);
    });
  });
}
