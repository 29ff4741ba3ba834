import { expect } from '@open-wc/testing';
import { alertText, countCases, guard, until, type Guard, type RoutedCall, type Router } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';

const delayed =
  (router: Router, ms: number): Router =>
  (call) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(router(call)), ms);
      call.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });

/** Requests that carry the widget's data (not look-ups such as "who am I" and the permissions, or analytics-settings' check of the credentials beside its read). */
const isDataCall = (call: RoutedCall) =>
  call.server === 'rocketchat'
    ? call.method === 'GET' && !['settings', 'me', 'permissions.listAll'].includes(call.name)
    : /ActivityLog\.getEntries|VisitsSummary\.get/.test(decodeURIComponent(call.params.toString()));

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> races`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
    });
    after(() => countCases(spec.tag, 'races', 3));

    it('rapid attribute changes: earlier requests are aborted and only the last state shows', async () => {
      g = guard(delayed(spec.happy, 250));
      const el = await mount(spec);
      await until(() => g.calls.some(isDataCall), 'the first request');
      for (const variant of spec.variants) {
        for (const [name, value] of Object.entries(variant)) el.setAttribute(name, value);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 10));
      }
      const lastChange = g.calls.length;
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the last data', 8000);
      const superseded = g.calls.slice(0, lastChange).filter(isDataCall);
      // Every data request that was still in flight when a newer one started has been aborted.
      const stillLive = superseded.slice(0, -1).filter((c) => !c.signal?.aborted);
      expect(stillLive.map((c) => c.url), 'superseded requests not aborted').to.deep.equal([]);
      expect(alertText(el)).to.equal('');
      expect(g.errors).to.deep.equal([]);
    });

    it('removal in mid-request aborts it and raises no error afterwards', async () => {
      g = guard(delayed(spec.happy, 400));
      const el = await mount(spec);
      await until(() => g.calls.length, 'a request');
      el.remove();
      await new Promise((r) => setTimeout(r, 600));
      expect(g.calls.filter((c) => !c.signal?.aborted).length, 'requests left running after removal').to.equal(0);
      expect(g.errors).to.deep.equal([]);
    });

    it('reconnection after removal loads and shows the data again', async () => {
      g = guard(delayed(spec.happy, 100));
      const el = await mount(spec);
      const parent = el.parentElement!;
      await until(() => g.calls.length, 'a request');
      el.remove();
      await new Promise((r) => setTimeout(r, 150));
      parent.append(el);
      await until(() => spec.loadedText.test(el.shadowRoot?.textContent ?? ''), 'the data after reconnection', 8000);
      expect(alertText(el)).to.equal('');
      expect(g.errors).to.deep.equal([]);
    });
  });
}
