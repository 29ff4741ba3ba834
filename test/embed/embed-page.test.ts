import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { STAND_IN_PAGE, loaded, settle, type FixtureWindow } from './helpers.js';

/** Opens the embed page (with stand-in widgets) in an iframe at `fragment`. */
async function openEmbed(fragment: string): Promise<{ frame: HTMLIFrameElement; win: FixtureWindow; doc: Document }> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="embed" src=${`${STAND_IN_PAGE}#${fragment}`}></iframe>`);
  const win = await loaded(frame);
  return { frame, win, doc: frame.contentDocument! };
}

/** Changes the fragment of the embedded page, as a host does by changing the iframe's src. */
async function navigate(frame: HTMLIFrameElement, fragment: string): Promise<void> {
  const changed = new Promise((resolve) => frame.contentWindow!.addEventListener('hashchange', resolve, { once: true }));
  frame.src = `${STAND_IN_PAGE}#${fragment}`;
  await changed;
  await settle(0);
}

const widgetIn = (doc: Document) => doc.querySelector('#widget-root > :not(.embed-message)') as (HTMLElement & { token?: string }) | null;

describe('embed page', () => {
  it('shows the one widget the fragment names, full width, with its attributes and the token as a property', async () => {
    const { doc, win } = await openEmbed('widget=visits-chart&api-base=/matomo/&site-id=1,2&theme=dark&locale=de-CH&token=view-123');
    await waitUntil(() => widgetIn(doc));
    const widget = widgetIn(doc)!;
    expect(widget.localName).to.equal('visits-chart');
    expect(widget.getAttribute('site-id')).to.equal('1,2');
    expect(widget.getAttribute('api-base')).to.equal('/matomo/');
    expect(widget.hasAttribute('token')).to.equal(false);
    expect(widget.token).to.equal('view-123');
    expect(doc.body.innerHTML).not.to.contain('view-123');
    expect(doc.querySelectorAll('#widget-root > *')).to.have.length(1);
    expect(widget.getBoundingClientRect().width).to.equal(doc.documentElement.clientWidth);
    // The page speaks the fragment's language (German, fetched for de-CH).
    expect(doc.title).to.equal('Besuchsdiagramm');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(doc.documentElement.lang).to.equal('de-CH');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('says so, as text, when the fragment names no widget or an unknown one', async () => {
    const { doc, frame } = await openEmbed('');
    await waitUntil(() => doc.querySelector('.embed-message'));
    expect(doc.querySelector('.embed-message')!.getAttribute('role')).to.equal('alert');
    expect(doc.querySelector('.embed-message')!.textContent).to.contain('#widget=activity-log');

    await navigate(frame, `widget=${encodeURIComponent('<img src=x onerror=alert(1)>')}&theme=dark`);
    expect(doc.documentElement.dataset.theme, 'the message does not follow the theme').to.equal('dark');
    const message = doc.querySelector('.embed-message')!;
    expect(message.textContent).to.contain('<img src=x');
    expect(doc.querySelector('img')).to.equal(null);
    expect(widgetIn(doc)).to.equal(null);
  });

  it('follows hashchange: same widget updated in place, dropped attributes removed, new token applied', async () => {
    const { doc, frame, win } = await openEmbed('widget=visits-chart&site-id=1&compare=true&token=a');
    await waitUntil(() => widgetIn(doc));
    const first = widgetIn(doc)!;
    expect(first.hasAttribute('compare')).to.equal(true);
    const marker = win.loadMarker;

    await navigate(frame, 'widget=visits-chart&site-id=1,2,3&token=b');
    expect(widgetIn(doc)).to.equal(first);
    expect(first.getAttribute('site-id')).to.equal('1,2,3');
    expect(first.hasAttribute('compare')).to.equal(false);
    expect(first.token).to.equal('b');

    await navigate(frame, 'widget=activity-log&user=admin');
    const second = widgetIn(doc)!;
    expect(second.localName).to.equal('activity-log');
    expect(second.getAttribute('user')).to.equal('admin');
    expect(first.isConnected).to.equal(false);
    expect(second.token).to.equal('');
    expect((frame.contentWindow as FixtureWindow).loadMarker, 'the page reloaded').to.equal(marker);
  });

  it("never sets an attribute the widget does not accept (handlers, style, another widget's attributes)", async () => {
    const { doc } = await openEmbed('widget=activity-log&onclick=alert(1)&style=display:none&site-id=3&class=x&page-size=10');
    await waitUntil(() => widgetIn(doc));
    const names = widgetIn(doc)!.getAttributeNames().sort();
    expect(names).to.deep.equal(['class', 'page-size']);
    expect(widgetIn(doc)!.className).to.equal('embedded-widget');
  });

  it("explains a widget whose code did not load, instead of a blank frame", async () => {
    const { doc } = await openEmbed('widget=analytics-settings&user-id=u1');
    await waitUntil(() => doc.querySelector('.embed-message'), 'no message', { timeout: 3000 });
    expect(doc.querySelector('.embed-message')!.textContent).to.contain('The code of the widget (Analytics settings) did not load.');
  });
});
