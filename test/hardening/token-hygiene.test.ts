import { expect } from '@open-wc/testing';
import { countCases, deepElements, deepText, guard, json, matomoRouter, until, type Guard, type Router, TOKEN } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

/** A Matomo that answers every method with the token where a number, a flag, a list or a period belongs. */
const matomoEcho = (shape: 'text' | 'value' | 'key'): Router =>
  matomoRouter((method) => {
    if (shape === 'key') return method === 'VisitsSummary.get' ? { [TOKEN]: TOKEN } : method === 'ActivityLog.getEntries' ? [{ id: TOKEN, type: TOKEN }] : { value: TOKEN };
    return shape === 'value' ? { value: TOKEN } : TOKEN;
  });

/** Servers that repeat the token where the widget turns their text into a message. */
const ECHOES: Array<[string, Router]> = [
  ['as text where a number or a list belongs', (c) => (c.server === 'matomo' ? matomoEcho('text')(c) : json({ success: true, settings: TOKEN, total: TOKEN, _id: TOKEN, value: TOKEN }))],
  ['as a scalar value', (c) => (c.server === 'matomo' ? matomoEcho('value')(c) : json({ success: false, error: TOKEN, errorType: TOKEN }, 400))],
  ['as a key or an id', (c) => (c.server === 'matomo' ? matomoEcho('key')(c) : json({ success: false, message: `Invalid request for ${TOKEN}`, details: { method: TOKEN } }, 500))],
];

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> token hygiene`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'token hygiene', 2 + ECHOES.length));

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

    for (const [name, router] of ECHOES) {
      it(`the token stays out of everything when the server echoes it ${name}`, async () => {
        g = guard(router);
        const el = await mount(spec);
        await until(() => el.shadowRoot?.querySelector('[role="alert"]') || /•••/.test(deepText(el)), 'the answer shown');
        await new Promise((r) => setTimeout(r, 200));
        check(el);
        for (const input of el.shadowRoot!.querySelectorAll('input, textarea')) expect((input as HTMLInputElement).value, 'a field').not.to.contain(TOKEN);
      });
    }
  });
}
