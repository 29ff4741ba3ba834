import { expect } from '@open-wc/testing';
import { countCases, deepElements, guard, json, until, type Guard, TOKEN } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> token hygiene`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'token hygiene', 2));

    const check = (el: Element) => {
      expect(g.calls.length, 'requests were made').to.be.greaterThan(0);
      for (const call of g.calls) expect(call.url, 'a request URL').not.to.contain(TOKEN);
      for (const line of g.consoleText) expect(line, 'a console message').not.to.contain(TOKEN);
      for (const event of g.events) expect(JSON.stringify(event.detail) ?? '', `the detail of ${event.type}`).not.to.contain(TOKEN);
      expect(el.outerHTML, 'the light DOM').not.to.contain(TOKEN);
      for (const node of deepElements(el.shadowRoot!)) {
        for (const attr of Array.from(node.attributes)) expect(attr.value, `attribute ${attr.name}`).not.to.contain(TOKEN);
      }
      expect(el.shadowRoot!.textContent ?? '').not.to.contain(TOKEN);
    };

    it('the token stays out of URLs, console, events and the DOM when loading works', async () => {
      g = guard(spec.happy);
      const el = await mount(spec);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data');
      // The token does travel, but only where the protocol puts it.
      const carried = g.calls.some((c) => c.body.includes(TOKEN) || c.headers.get('x-auth-token') === TOKEN);
      expect(carried, 'the token is sent in the body or auth header').to.equal(true);
      check(el);
    });

    it('the token stays out of everything when the server rejects it and echoes it back', async () => {
      g = guard((c) =>
        c.server === 'matomo'
          ? json({ result: 'error', message: `Unable to authenticate with the provided token ${TOKEN}.` }, 401)
          : json({ success: false, error: `You must be logged in to do this. (${TOKEN})` }, 401),
      );
      const el = await mount(spec);
      await until(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the error');
      check(el);
    });
  });
}
