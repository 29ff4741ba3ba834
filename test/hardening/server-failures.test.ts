import { expect } from '@open-wc/testing';
import { alertText, countCases, guard, hang, json, retryButtons, until, type Guard, type Router, TOKEN } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

interface FailureCase {
  name: string;
  router: Router;
  /** Widget timeout attribute (seconds), for the slow-server case. */
  timeout?: string;
  /** Whether the user should be offered Retry. */
  retry: boolean;
}

const html502 = '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
const bigBody = () => `[${'"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",'.repeat(105_000)}"end"]`;

/** "Wrong shape" answers, per server: objects for arrays, strings for numbers, nulls everywhere. */
const wrongShape = (kind: 'object-for-array' | 'strings' | 'nulls'): Router => (call) => {
  if (call.server === 'rocketchat') {
    if (kind === 'object-for-array') return json({ settings: { a: 1 }, total: 1, success: true, _id: 'x' });
    if (kind === 'strings') return json({ settings: '12', total: 'many', count: 'x', success: 'true' });
    return json({ settings: null, total: null, _id: null, value: null, success: null });
  }
  const subs = call.name === 'API.getBulkRequest' ? [...call.params.keys()].filter((k) => k.startsWith('urls[')).length : 0;
  const one = kind === 'object-for-array' ? { unexpected: 'object' } : kind === 'strings' ? '12' : null;
  return json(subs ? Array.from({ length: subs }, () => one) : one);
};

const FAILURES: FailureCase[] = [
  { name: 'connection refused', router: () => Promise.reject(new TypeError('Failed to fetch')), retry: true },
  { name: 'slower than the timeout', router: hang, timeout: '1', retry: true },
  {
    name: '401 (bad token)',
    router: (c) =>
      c.server === 'matomo'
        ? json({ result: 'error', message: 'Unable to authenticate with the provided token. It is either invalid, expired or is required to be sent as a POST parameter.' }, 401)
        : json({ success: false, error: 'You must be logged in to do this.' }, 401),
    retry: true,
  },
  {
    name: '403',
    router: (c) => (c.server === 'matomo' ? new Response('Forbidden', { status: 403 }) : json({ success: false, error: 'User does not have the permissions required for this action [error-unauthorized]', errorType: 'error-unauthorized' }, 403)),
    retry: false,
  },
  { name: '404', router: () => new Response('<h1>Not Found</h1>', { status: 404 }), retry: true },
  { name: '500', router: () => new Response('Internal Server Error', { status: 500 }), retry: true },
  { name: '502 with an HTML body', router: () => new Response(html502, { status: 502, headers: { 'Content-Type': 'text/html' } }), retry: true },
  {
    name: '200 with an error body',
    router: (c) => (c.server === 'matomo' ? json({ result: 'error', message: 'Mysql error: table gone' }) : json({ success: false, error: 'Something broke' })),
    retry: true,
  },
  { name: 'truncated JSON', router: () => new Response('{"settings":[{"_id":"x","val', { status: 200 }), retry: true },
  { name: 'an empty body', router: () => new Response('', { status: 200 }), retry: true },
  { name: 'an object where a list belongs', router: wrongShape('object-for-array'), retry: true },
  { name: 'strings where numbers belong', router: wrongShape('strings'), retry: true },
  { name: 'nulls everywhere', router: wrongShape('nulls'), retry: true },
  { name: 'a 10 MB body', router: () => new Response(bigBody(), { status: 200 }), retry: true },
];

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> against a failing server`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'server failures', FAILURES.length));

    for (const failure of FAILURES) {
      it(`${failure.name}: shows a clear message${failure.retry ? ' with Retry' : ''}, keeps its layout, throws nothing`, async () => {
        g = guard(failure.router);
        const el = await mount(spec, failure.timeout ? { timeout: failure.timeout } : {});
        const message = await until(() => alertText(el), 'an error message', failure.timeout ? 8000 : 6000);
        expect(message.length, 'message length').to.be.greaterThan(15);
        expect(message).not.to.match(/undefined|null|\[object|NaN|TypeError|SyntaxError|Unexpected token/);
        expect(message).not.to.contain(TOKEN);
        if (failure.retry) expect(retryButtons(el), 'a Retry button').to.have.length.greaterThan(0);
        const box = el.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(200);
        expect(box.height).to.be.greaterThan(40);
        await new Promise((r) => setTimeout(r, 50));
        expect(g.errors).to.deep.equal([]);
      });
    }

    it('Retry after a failure loads the data once the server is back', async () => {
      let failing = true;
      g = guard((call) => (failing ? new Response('<h1>503</h1>', { status: 503 }) : spec.happy(call)));
      const el = await mount(spec);
      await until(() => retryButtons(el).length, 'a Retry button');
      failing = false;
      retryButtons(el)[0]!.click();
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? '') && !alertText(el), 'the data after Retry');
      expect(g.errors).to.deep.equal([]);
    });

    it('does not retry an authentication failure by itself', async () => {
      g = guard(FAILURES[2]!.router);
      const el = await mount(spec);
      await until(() => alertText(el), 'an error message');
      const sent = g.calls.length;
      await new Promise((r) => setTimeout(r, 1200));
      expect(g.calls.length).to.equal(sent);
    });
  });
}
