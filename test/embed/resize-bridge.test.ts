import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { startResizeBridge } from '../../src/embed/resize-bridge.js';
import { isResizeMessage } from '../../src/embed/messages.js';

interface Posted {
  message: unknown;
  origin: string;
}

function fakeParent(): { target: Window; posted: Posted[] } {
  const posted: Posted[] = [];
  const target = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) } as unknown as Window;
  return { target, posted };
}

describe('resize bridge', () => {
  it('posts the height, the frame id and nothing else, to "*" when no parent origin is known', async () => {
    const box = await fixture<HTMLDivElement>(html`<div class="box" style="height: 123px"></div>`);
    const { target, posted } = fakeParent();
    const bridge = startResizeBridge({ target, element: box, frameId: 'frame-7' });
    try {
      expect(posted).to.have.length(1);
      expect(posted[0]!.origin).to.equal('*');
      expect(posted[0]!.message).to.deep.equal({ type: 'dashboard-widgets:resize', version: 1, id: 'frame-7', height: 123 });
      expect(isResizeMessage(posted[0]!.message)).to.equal(true);
    } finally {
      bridge.stop();
    }
  });

  it('posts to the given parent origin only', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height: 10px"></div>`);
    const { target, posted } = fakeParent();
    const bridge = startResizeBridge({ target, element: box, targetOrigin: 'https://intranet.example' });
    bridge.stop();
    expect(posted.map((p) => p.origin)).to.deep.equal(['https://intranet.example']);
  });

  it('posts again when the content grows or shrinks, and not while the height stays the same', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height: 50px"></div>`);
    const { target, posted } = fakeParent();
    const bridge = startResizeBridge({ target, element: box });
    try {
      const heights = () => posted.map((p) => (p.message as { height: number }).height);
      await nextFrame();
      await nextFrame();
      expect(heights()).to.deep.equal([50]);
      box.style.height = '300px';
      await waitUntil(() => heights().length === 2, 'no message after growing');
      box.style.width = '50%';
      await nextFrame();
      await nextFrame();
      box.style.height = '80px';
      await waitUntil(() => heights().length === 3, 'no message after shrinking');
      expect(heights()).to.deep.equal([50, 300, 80]);
    } finally {
      bridge.stop();
    }
  });

  it('follows a new frame id and origin, and stops when asked', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height: 40px"></div>`);
    const { target, posted } = fakeParent();
    const bridge = startResizeBridge({ target, element: box, frameId: 'a' });
    bridge.configure({ frameId: 'b', targetOrigin: 'https://x.example' });
    expect(posted.at(-1)).to.deep.equal({ message: { type: 'dashboard-widgets:resize', version: 1, id: 'b', height: 40 }, origin: 'https://x.example' });
    bridge.stop();
    const count = posted.length;
    box.style.height = '400px';
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(posted).to.have.length(count);
  });

  it('posts nothing in a top-level window', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="height: 40px"></div>`);
    const calls: unknown[] = [];
    const original = window.postMessage;
    window.postMessage = ((...args: unknown[]) => calls.push(args)) as typeof window.postMessage;
    try {
      const bridge = startResizeBridge({ target: window, element: box });
      bridge.report();
      bridge.stop();
    } finally {
      window.postMessage = original;
    }
    expect(calls).to.deep.equal([]);
  });
});

describe('resize message shape', () => {
  const good = { type: 'dashboard-widgets:resize', version: 1, id: '', height: 10 };
  it('accepts exactly the documented shape', () => {
    expect(isResizeMessage(good)).to.equal(true);
    for (const bad of [
      null,
      'dashboard-widgets:resize',
      [good],
      { ...good, type: 'iframe-resizer' },
      { ...good, version: 2 },
      { ...good, id: 3 },
      { ...good, height: '100' },
      { ...good, height: -1 },
      { ...good, height: Number.NaN },
      { ...good, height: Infinity },
      { ...good, height: 1e9 },
    ]) {
      expect(isResizeMessage(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});
