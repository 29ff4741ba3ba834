// Numeric attributes with hostile values (a shared embed link can carry any): each is clamped to
// its documented range, so no timer delay passes 2³¹−1 ms (a larger one fires at once).
import { expect } from '@open-wc/testing';
import { alertText, countCases, deepText, guard, until, type Guard, type Router } from './harness.js';
import { mount, unmountAll, WIDGETS } from './widgets.js';
import { parseEmbedFragment } from '../../src/embed/fragment.js';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import '../../src/core/dashboard-config.define.js';

const HUGE = ['2147484', '1e12', 'Infinity'];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Answers after 30 ms, as a server over a network does (a timer that fires at once beats it). */
const soon =
  (router: Router): Router =>
  async (call) => {
    await pause(30);
    return router(call);
  };

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> with out-of-range numbers`, () => {
    let g: Guard;
    afterEach(() => {
      g?.restore();
      unmountAll();
      document.querySelectorAll('dashboard-config').forEach((c) => c.remove());
    });
    after(() => countCases(spec.tag, 'numeric ranges', HUGE.length * 2 + 1));

    for (const value of HUGE) {
      it(`timeout="${value}": requests wait (the longest timeout), they do not fail at once`, async () => {
        g = guard(soon(spec.happy));
        const el = await mount(spec, { timeout: value });
        await until(() => spec.loadedText.test(deepText(el)) || alertText(el), 'the data or an error');
        await pause(300);
        expect(alertText(el)).to.equal('');
        expect(g.errors).to.deep.equal([]);
      });

      it(`<dashboard-config timeout="${value}">: the same for the widgets inside`, async () => {
        g = guard(soon(spec.happy));
        const config = document.createElement('dashboard-config');
        config.setAttribute('timeout', value);
        config.className = 'gauntlet-host';
        document.body.append(config);
        const el = await mount(spec, {}, config);
        await until(() => spec.loadedText.test(deepText(el)) || alertText(el), 'the data or an error');
        await pause(300);
        expect(alertText(el)).to.equal('');
      });
    }

    it('timeout="-5" or "abc": requests still get a timeout of their own (1 s, or the default)', async () => {
      g = guard(spec.happy);
      const a = await mount(spec, { timeout: '-5' });
      const b = await mount(spec, { timeout: 'abc' });
      await until(() => spec.loadedText.test(deepText(a)) && spec.loadedText.test(deepText(b)), 'the data');
      expect(alertText(a) + alertText(b)).to.equal('');
    });
  });
}

describe('gauntlet: <activity-log> live updates and pages with out-of-range numbers', () => {
  const spec = WIDGETS.find((w) => w.tag === 'activity-log')!;
  let g: Guard;
  afterEach(() => {
    g?.restore();
    unmountAll();
  });
  after(() => countCases('activity-log', 'numeric ranges', HUGE.length + 3));

  for (const value of HUGE) {
    it(`refresh-interval="${value}": no burst of requests (at most one check a day)`, async () => {
      g = guard(spec.happy);
      const el = await mount(spec, { 'refresh-interval': value });
      await until(() => spec.loadedText.test(deepText(el)), 'the data');
      await pause(300);
      const sent = g.calls.length;
      await pause(1500);
      expect(g.calls.length - sent, 'requests in 1.5 s').to.equal(0);
      expect(alertText(el)).to.equal('');
    });
  }

  it('page-size="1e12" asks for 1000 entries a page; "-5" and "abc" for the default 25', async () => {
    for (const [value, limit] of [['1e12', '1000'], ['-5', '25'], ['abc', '25']] as const) {
      g?.restore();
      g = guard(spec.happy);
      const el = await mount(spec, { 'page-size': value });
      await until(() => spec.loadedText.test(deepText(el)), 'the data');
      const asked = g.calls.flatMap((c) => [...c.params.entries()]).map(([, v]) => new URLSearchParams(v)).filter((p) => p.get('method') === 'ActivityLog.getEntries');
      expect(asked.map((p) => p.get('limit')), `page-size="${value}"`).to.include(limit);
      el.remove();
    }
  });

  for (const value of ['1e12', 'abc']) {
    it(`scan-limit="${value}": a text search still finds and shows its matches`, async () => {
      g = guard(spec.happy);
      const el = await mount(spec, { 'scan-limit': value, search: 'goal' });
      await until(() => deepText(el).includes('added a new goal') || alertText(el), 'the matches', 8000);
      expect(alertText(el)).to.equal('');
      expect(deepText(el)).not.to.match(/NaN|Infinity/);
      expect(g.errors).to.deep.equal([]);
    });
  }
});

describe('gauntlet: an embed link with out-of-range numbers', () => {
  after(() => countCases('embed page', 'numeric ranges', 2));

  it('the fragment clamps each number to its range and leaves out what is not a number', () => {
    const request = parseEmbedFragment('#widget=activity-log&timeout=2147484&refresh-interval=1e12&page-size=-5&scan-limit=abc', undefined, 'http://127.0.0.1/');
    expect(request.attributes).to.deep.equal({ timeout: '600', 'refresh-interval': '86400', 'page-size': '1' });
    expect(request.ignored).to.deep.equal(['scan-limit']);
    const small = parseEmbedFragment('#widget=visits-chart&timeout=0.001', undefined, 'http://127.0.0.1/');
    expect(small.attributes).to.deep.equal({ timeout: '1' });
  });

  it('<widget-frame> with hostile numbers: the embedded page reads them clamped', () => {
    WidgetFrame.define();
    const frame = document.createElement('widget-frame') as WidgetFrame;
    frame.setAttribute('widget', 'activity-log');
    frame.setAttribute('refresh-interval', '2147484');
    frame.setAttribute('timeout', '1e12');
    const request = parseEmbedFragment(new URL(frame.embedUrl).hash);
    expect(request.attributes['refresh-interval']).to.equal('86400');
    expect(request.attributes.timeout).to.equal('600');
  });
});
