import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MediaQuery, PREFERS_DARK, PREFERS_REDUCED_MOTION } from '../../src/core/media-query.js';

/** A MediaQueryList the test switches, in place of the browser's. */
class FakeList extends EventTarget {
  constructor(
    readonly media: string,
    public matches: boolean,
  ) {
    super();
  }
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners--;
    super.removeEventListener(...args);
  }
  set(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

let lists: FakeList[] = [];
const realMatchMedia = window.matchMedia;
function fakeMatchMedia(initial: boolean) {
  window.matchMedia = ((query: string) => {
    const list = new FakeList(query, initial);
    lists.push(list);
    return list as unknown as MediaQueryList;
  }) as typeof window.matchMedia;
}

class MediaHost extends LitElement {
  motion = new MediaQuery(this, PREFERS_REDUCED_MOTION);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.motion.matches ? 'still' : 'moving'}`;
  }
}
customElements.define('media-host', MediaHost);

describe('MediaQuery', () => {
  afterEach(() => {
    window.matchMedia = realMatchMedia;
    lists = [];
  });

  it('reads the query, and updates the host when it changes', async () => {
    fakeMatchMedia(false);
    const el = await fixture<MediaHost>(html`<media-host></media-host>`);
    expect(lists.map((l) => l.media)).to.deep.equal([PREFERS_REDUCED_MOTION]);
    expect(el.motion.matches).to.equal(false);
    expect(el.shadowRoot!.textContent).to.equal('moving');
    lists[0]!.set(true);
    await el.updateComplete;
    expect(el.motion.matches).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('still');
  });

  it('listens only while the host is connected', async () => {
    fakeMatchMedia(false);
    const el = await fixture<MediaHost>(html`<media-host></media-host>`);
    const list = lists[0]!;
    expect(list.listeners).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(list.listeners).to.equal(0);
    const renders = el.renders;
    list.set(true);
    await el.updateComplete;
    expect(el.renders, 'no update while away').to.equal(renders);
    parent.append(el);
    expect(list.listeners).to.equal(1);
    expect(el.motion.matches, 'the current answer once back').to.equal(true);
  });

  it("follows the browser's own answer", async () => {
    const el = await fixture<MediaHost>(html`<media-host></media-host>`);
    expect(el.motion.matches).to.equal(matchMedia(PREFERS_REDUCED_MOTION).matches);
    const dark = new MediaQuery(el, PREFERS_DARK);
    expect(dark.matches).to.equal(matchMedia(PREFERS_DARK).matches);
  });
});
