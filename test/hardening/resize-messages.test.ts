// Resize messages: the host believes only the exact shape the docs promise (docs/embedding.md,
// "The resize message"): four keys, no other.
import { expect } from '@open-wc/testing';
import { countCases, until } from './harness.js';
import { isResizeMessage, RESIZE_MESSAGE_TYPE, RESIZE_MESSAGE_VERSION } from '../../src/embed/messages.js';
import { WidgetFrame } from '../../src/embed/widget-frame.js';

const valid = (id = '') => ({ type: RESIZE_MESSAGE_TYPE, version: RESIZE_MESSAGE_VERSION, id, height: 321 });
const EXTRAS: Array<[string, Record<string, unknown>]> = [
  ['an extra key', { extra: 'x' }],
  ['a token', { token: 'tok' }],
  ['a style', { style: 'position:fixed' }],
  ['an extra height', { minHeight: 5 }],
];

describe('gauntlet: resize messages with extra keys', () => {
  afterEach(() => document.querySelectorAll('.gauntlet-host').forEach((f) => f.remove()));
  after(() => countCases('embed page', 'resize messages', 2));

  it('isResizeMessage accepts the exact shape only', () => {
    expect(isResizeMessage(valid())).to.equal(true);
    for (const [name, extra] of EXTRAS) expect(isResizeMessage({ ...valid(), ...extra }), name).to.equal(false);
    expect(isResizeMessage(JSON.parse('{"type":"dashboard-widgets:resize","version":1,"id":"","height":3,"__proto__":{}}')), 'a __proto__ key').to.equal(false);
  });

  it('<widget-frame> ignores a message from its own iframe that carries an extra key, and follows the exact one', async () => {
    WidgetFrame.define();
    const frame = document.createElement('widget-frame') as WidgetFrame;
    frame.className = 'gauntlet-host';
    frame.setAttribute('widget', 'visits-chart');
    frame.setAttribute('src', '/test/embed/fixtures/stand-in.html');
    document.body.append(frame);
    const win = await until(() => frame.iframe.contentWindow, 'the frame');
    const post = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { data, source: win, origin: location.origin }));
    for (const [, extra] of EXTRAS) post({ ...valid(frame.frameId), height: 777, ...extra });
    await new Promise((r) => setTimeout(r, 50));
    expect(frame.iframe.style.height, 'after messages with extra keys').not.to.equal('777px');
    post(valid(frame.frameId));
    await until(() => frame.iframe.style.height === '321px', 'the exact message followed');
  });
});
