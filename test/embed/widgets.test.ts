// The embedding machinery with the real widgets and the demo servers (over HTTP, on the test
// server's origin).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import { WIDGETS, allowedAttributes } from '../../src/embed/catalog.js';
import { DEMO_TOKENS } from '../../src/demo/accounts.js';
import { loaded, heightOf, type FixtureWindow } from './helpers.js';
import '../../src/activity-log/define.js';
import '../../src/visits-chart/define.js';
import '../../src/analytics-settings/define.js';

WidgetFrame.define();

const CSP_PAGE = new URL('./fixtures/widgets-csp.html', import.meta.url).href;
const EMBED_PAGE = new URL('./fixtures/embed-real.html', import.meta.url).href;
const TOKENS = [DEMO_TOKENS.matomoSuperUser, DEMO_TOKENS.matomoViewer, DEMO_TOKENS.chatToken];

type WidgetsWindow = FixtureWindow & { widgetEvents: Array<{ type: string; tag: string }> };

/** Every URL the frame's document requested (documents, scripts, API calls, images). */
function requestedUrls(win: Window): string[] {
  return [win.location.href, ...win.performance.getEntriesByType('resource').map((e) => e.name)];
}

describe('embedding the real widgets', () => {
  it('runs every widget on a strict-CSP page with zero securitypolicyviolation events, and no request URL holds a token', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict CSP page" src=${CSP_PAGE}></iframe>`);
    const win = (await loaded(frame)) as WidgetsWindow;
    await waitUntil(
      () => ['activity-log', 'visits-chart', 'analytics-settings'].every((tag) => win.widgetEvents.some((e) => e.tag === tag)),
      'not every widget finished loading',
      { timeout: 15_000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(win.widgetEvents.filter((e) => e.type.endsWith('-error'))).to.deep.equal([]);
    expect(win.widgetEvents.map((e) => e.type).sort()).to.include.members(['dw-activity-load', 'dw-settings-load', 'dw-visits-load']);

    const doc = frame.contentDocument!;
    for (const tag of ['activity-log', 'visits-chart', 'analytics-settings']) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.textContent!.trim().length, `${tag} shows nothing`).to.be.greaterThan(20);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} shows an error`).to.equal(null);
    }
    const chart = doc.querySelector('visits-chart')!.shadowRoot!;
    expect(chart.querySelector('canvas'), 'no chart canvas').not.to.equal(null);
    // The annotations' markers, drawn under their periods, the active one's button placed through the CSSOM (no style attribute).
    await waitUntil(() => chart.querySelector('.ann-row button'), 'no annotation marker', { timeout: 10_000 });
    // Drawn on the chart's canvas, in the band under its x axis: a line through the pills' middles, 12 px under the row's top.
    const canvas = chart.querySelector<HTMLCanvasElement>('.chart-box canvas')!;
    const box = canvas.getBoundingClientRect();
    const middle = chart.querySelector('.ann-row')!.getBoundingClientRect().top + 12 - box.top;
    const line = canvas.getContext('2d')!.getImageData(0, Math.round(middle * (canvas.width / box.width)), canvas.width, 1).data;
    let pills = 0;
    for (let x = 0, inked = false; x < canvas.width; x++) {
      const ink = line[x * 4 + 3]! > 0;
      if (ink && !inked) pills++;
      inked = ink;
    }
    expect(pills, 'the markers are not spread under their periods').to.be.greaterThan(1);
    expect(win.cspViolations).to.deep.equal([]);

    const urls = requestedUrls(win);
    expect(urls.some((u) => u.includes('/matomo/')), 'no Matomo request was seen').to.equal(true);
    expect(urls.some((u) => u.includes('/chat/')), 'no Rocket.Chat request was seen').to.equal(true);
    for (const url of urls) for (const token of TOKENS) expect(url, 'a token in a URL').not.to.contain(token);
    // Nor in the page: the attributes the page set were read and removed.
    for (const token of TOKENS) expect(doc.documentElement.outerHTML).not.to.contain(token);
  });

  it('resizes the parent as the embedded activity log grows and shrinks, and keeps the token out of every URL the frame requests', async () => {
    const frame = await fixture<WidgetFrame>(
      html`<widget-frame widget="activity-log" src=${EMBED_PAGE} api-base="/matomo/" page-size="10" token=${DEMO_TOKENS.matomoSuperUser}></widget-frame>`,
    );
    const win = await loaded(frame.iframe);
    const doc = frame.iframe.contentDocument!;
    const contentHeight = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    const rows = () => doc.querySelector('activity-log')?.shadowRoot?.querySelectorAll('li, tr').length ?? 0;
    const fits = () => contentHeight() > 200 && Math.abs(heightOf(frame.iframe) - contentHeight()) <= 1;

    // The rows' marks (where each sign-in came from) arrive in a part of their own and make the
    // rows taller: the first height is the one with them.
    const marked = () => !!doc.querySelector('activity-log')?.shadowRoot?.querySelector('[part~="sign-in-place"]');
    await waitUntil(() => rows() >= 10 && marked() && fits(), `frame ${heightOf(frame.iframe)}px, content ${contentHeight()}px`, { timeout: 15_000 });
    const small = heightOf(frame.iframe);

    frame.setAttribute('page-size', '50');
    await waitUntil(() => rows() >= 50 && fits() && heightOf(frame.iframe) > small + 200, `did not grow: ${heightOf(frame.iframe)}px`, { timeout: 15_000 });
    const large = heightOf(frame.iframe);

    frame.setAttribute('page-size', '10');
    await waitUntil(() => fits() && heightOf(frame.iframe) < large - 200, `did not shrink: ${heightOf(frame.iframe)}px`, { timeout: 15_000 });
    expect(Math.abs(heightOf(frame.iframe) - small)).to.be.at.most(2);

    expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight + 1);
    expect(win.cspViolations).to.deep.equal([]);
    for (const url of requestedUrls(win).filter((u) => !u.startsWith(EMBED_PAGE))) expect(url).not.to.contain(DEMO_TOKENS.matomoSuperUser);
  });

  it('lists only attributes the real widgets observe, and every common one', () => {
    for (const tag of Object.keys(WIDGETS)) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(observed, tag).to.include.members(allowedAttributes(tag));
      expect(observed, tag).to.include('token');
    }
  });
});
