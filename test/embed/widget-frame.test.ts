import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import { autoSizeFrames } from '../../src/embed/auto-size.js';
import { parseEmbedFragment } from '../../src/embed/fragment.js';
import { STAND_IN_PAGE, frameWindow, heightOf, loaded, nextResize, settle } from './helpers.js';

WidgetFrame.define();

const ROW = 40;

describe('<widget-frame>', () => {
  it('builds a lazy, sandboxed, no-referrer iframe whose address carries everything in its fragment', async () => {
    const frame = await fixture<WidgetFrame>(
      html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE} api-base="/matomo/" site-id="1,2" compare token="secret-view-token" onclick="x"></widget-frame>`,
    );
    await loaded(frame.iframe);
    const iframe = frame.iframe;
    expect(iframe.title).to.equal('Visits chart');
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(iframe.getAttribute('sandbox')!.split(' ')).to.include.members(['allow-scripts', 'allow-same-origin', 'allow-downloads', 'allow-popups']);
    expect(iframe.getAttribute('sandbox')).not.to.contain('allow-top-navigation');

    const src = new URL(iframe.src);
    expect(src.origin + src.pathname).to.equal(STAND_IN_PAGE);
    expect(src.search).to.equal('');
    const request = parseEmbedFragment(src.hash);
    expect(request.widget).to.equal('visits-chart');
    expect(request.attributes).to.deep.equal({ 'api-base': `${location.origin}/matomo/`, 'site-id': '1,2', compare: '' });
    expect(request.token).to.equal('secret-view-token');
    expect(request.frameId).to.equal(frame.frameId);
    expect(request.parentOrigin).to.equal(location.origin);

    // The token is read once and leaves the DOM of the host page.
    expect(frame.hasAttribute('token')).to.equal(false);
    expect(frame.outerHTML).not.to.contain('secret-view-token');
    expect(frame.token).to.equal('secret-view-token');
  });

  it('names the frame after the widget, or after frame-title', async () => {
    const frame = await fixture<WidgetFrame>(html`<widget-frame widget="activity-log" src=${STAND_IN_PAGE} frame-title="Who changed what"></widget-frame>`);
    await settle(0);
    expect(frame.iframe.title).to.equal('Who changed what');
    frame.removeAttribute('frame-title');
    await settle(0);
    expect(frame.iframe.title).to.equal('Activity log');
  });

  it('loads nothing for a widget that cannot be embedded', async () => {
    const frame = await fixture<WidgetFrame>(html`<widget-frame widget="script" src=${STAND_IN_PAGE}></widget-frame>`);
    await settle(0);
    expect(frame.iframe.hasAttribute('src')).to.equal(false);
  });

  it('grows and shrinks with the embedded content, without reloading it', async () => {
    const frame = await fixture<WidgetFrame>(html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE} site-id="1"></widget-frame>`);
    const win = await loaded(frame.iframe);
    await waitUntil(() => heightOf(frame.iframe) === ROW, `expected ${ROW}px, got ${heightOf(frame.iframe)}`);
    const marker = win.loadMarker;

    expect(await nextResize(frame, () => frame.setAttribute('site-id', '1,2,3,4,5'))).to.equal(5 * ROW);
    expect(heightOf(frame.iframe)).to.equal(5 * ROW);
    expect(heightOf(frame)).to.equal(5 * ROW);

    expect(await nextResize(frame, () => frame.setAttribute('site-id', '1,2'))).to.equal(2 * ROW);
    expect(heightOf(frame.iframe)).to.equal(2 * ROW);

    expect(frameWindow(frame.iframe).loadMarker, 'the frame reloaded').to.equal(marker);
    // And nothing scrolls inside: the frame is exactly as tall as its document.
    const doc = frame.iframe.contentDocument!;
    expect(doc.documentElement.scrollHeight).to.equal(doc.documentElement.clientHeight);
  });

  it('gives the widget its token as a property, never as an attribute, and only the accepted attributes', async () => {
    const frame = await fixture<WidgetFrame>(
      html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE} site-id="4" theme="dark" token="tok-1" user="ignored-here"></widget-frame>`,
    );
    const win = await loaded(frame.iframe);
    await waitUntil(() => win.embedPage.element !== null);
    const widget = win.embedPage.element as HTMLElement & { token: string };
    expect(widget.localName).to.equal('visits-chart');
    expect(widget.token).to.equal('tok-1');
    expect(widget.getAttributeNames().filter((n) => n !== 'class').sort()).to.deep.equal(['site-id', 'theme']);
    expect(widget.outerHTML).not.to.contain('tok-1');
    frame.token = 'tok-2';
    await waitUntil(() => widget.token === 'tok-2', 'the new token did not arrive');
  });

  it('ignores resize messages from other windows, of another shape, or for another frame', async () => {
    const frame = await fixture<WidgetFrame>(html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE} site-id="1,2"></widget-frame>`);
    const win = await loaded(frame.iframe);
    await waitUntil(() => heightOf(frame.iframe) === 2 * ROW);
    const id = frame.frameId;
    const good = { type: 'dashboard-widgets:resize', version: 1, id, height: 777 };
    const resizes: number[] = [];
    frame.addEventListener('dw-frame-resize', (e) => resizes.push(e.detail.height));

    // The host page itself, and another frame on the page, posting a perfect message.
    window.postMessage(good, '*');
    const other = document.createElement('iframe');
    other.src = STAND_IN_PAGE;
    document.body.append(other);
    try {
      const otherWin = await loaded(other);
      otherWin.postToParent(good);
      // The frame itself, with messages that are not quite right.
      for (const bad of [
        { ...good, id: 'someone-else' },
        { ...good, type: 'iframe-resizer' },
        { ...good, version: 2 },
        { ...good, height: '777' },
        { ...good, height: -5 },
        { ...good, height: 5_000_000 },
        JSON.stringify(good),
        [good],
      ]) {
        win.postToParent(bad);
      }
      await settle();
      expect(resizes).to.deep.equal([]);
      expect(heightOf(frame.iframe)).to.equal(2 * ROW);

      // The same message from the frame itself is believed: the channel works.
      win.postToParent(good);
      await waitUntil(() => heightOf(frame.iframe) === 777);
      expect(resizes).to.deep.equal([777]);
    } finally {
      other.remove();
    }
  });

  it('stops listening to messages when removed', async () => {
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
      if (type === 'message') added.push(listener);
      return add.call(this, type, listener as EventListener, ...(rest as []));
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
      if (type === 'message') removed.push(listener);
      return remove.call(this, type, listener as EventListener, ...(rest as []));
    } as typeof window.removeEventListener;
    try {
      const frame = await fixture<WidgetFrame>(html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE}></widget-frame>`);
      expect(added).to.have.length(1);
      frame.remove();
      expect(removed).to.deep.equal(added);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });
});

describe('autoSizeFrames()', () => {
  it('sizes marked iframes that show the embed page, and leaves others alone', async () => {
    const stop = autoSizeFrames();
    try {
      const root = await fixture<HTMLDivElement>(html`<div>
        <iframe data-dashboard-widgets title="marked" src=${`${STAND_IN_PAGE}#widget=visits-chart&site-id=1,2,3`}></iframe>
        <iframe title="unmarked" src=${`${STAND_IN_PAGE}#widget=visits-chart&site-id=1,2,3,4,5,6,7`}></iframe>
      </div>`);
      const [marked, unmarked] = [...root.querySelectorAll('iframe')] as [HTMLIFrameElement, HTMLIFrameElement];
      await loaded(marked);
      await loaded(unmarked);
      await waitUntil(() => marked.clientHeight === 3 * ROW, `marked frame is ${marked.clientHeight}px`);
      await settle();
      expect(unmarked.clientHeight).to.equal(150); // the browser's default iframe height

      // It follows the content (a new fragment) and checks the frame id when the address has one.
      marked.src = `${STAND_IN_PAGE}#widget=visits-chart&site-id=1&frame-id=mine`;
      await waitUntil(() => marked.clientHeight === ROW, `marked frame is ${marked.clientHeight}px`);
      frameWindow(marked).postToParent({ type: 'dashboard-widgets:resize', version: 1, id: 'not-mine', height: 600 });
      await settle();
      expect(marked.clientHeight).to.equal(ROW);
    } finally {
      stop();
    }
  });

  it('also sizes, without the marker, an iframe that shows an embed.html#widget= address', async () => {
    const stop = autoSizeFrames();
    try {
      const page = new URL('./fixtures/embed.html', import.meta.url).href;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="unmarked embed" src=${`${page}#widget=visits-chart&site-id=1,2,3,4`}></iframe>`);
      await loaded(frame);
      await waitUntil(() => frame.clientHeight === 4 * ROW, `frame is ${frame.clientHeight}px`);
    } finally {
      stop();
    }
  });

  it('does nothing once stopped', async () => {
    const stop = autoSizeFrames();
    stop();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe data-dashboard-widgets src=${`${STAND_IN_PAGE}#widget=visits-chart&site-id=1,2,3`}></iframe>`);
    await loaded(frame);
    await settle(300);
    expect(frame.clientHeight).to.equal(150);
  });
});
