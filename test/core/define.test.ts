import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../../src/core/define.js';

/** Collects console.warn calls while `run` runs. */
function warnings(run: () => void): unknown[][] {
  const warn = console.warn;
  const said: unknown[][] = [];
  console.warn = (...args: unknown[]) => said.push(args);
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return said;
}

class PlainProbe extends HTMLElement {
  static tagName = 'plain-probe';
}

describe('define()', () => {
  it('registers an element, and does nothing (no warning) when the same class asks again', () => {
    define('plain-probe', PlainProbe);
    expect(customElements.get('plain-probe')).to.equal(PlainProbe);
    expect(warnings(() => define('plain-probe', PlainProbe))).to.deep.equal([]);
  });

  it('accepts another copy of the same element (two bundles on one page) without a warning', () => {
    class Copy extends HTMLElement {
      static tagName = 'plain-probe';
    }
    expect(warnings(() => define('plain-probe', Copy))).to.deep.equal([]);
    expect(customElements.get('plain-probe')).to.equal(PlainProbe);
  });

  it('warns, without throwing, when another element owns the tag, and leaves it in place', () => {
    class Owner extends HTMLElement {}
    customElements.define('owned-probe', Owner);
    class Other extends HTMLElement {
      static tagName = 'other-probe';
    }
    const said = warnings(() => expect(() => define('owned-probe', Other)).not.to.throw());
    expect(said).to.have.length(1);
    expect(String(said[0]![0])).to.contain('<owned-probe> is already defined by another element');
    expect(customElements.get('owned-probe')).to.equal(Owner);
  });

  it('registers a subclass when the class is already registered under another tag', async () => {
    define('plain-probe-two', PlainProbe);
    const registered = customElements.get('plain-probe-two')!;
    expect(registered).not.to.equal(PlainProbe);
    const el = await fixture(html`<plain-probe-two></plain-probe-two>`);
    expect(el).to.be.instanceOf(PlainProbe);
    expect(warnings(() => define('plain-probe-two', PlainProbe)), 'asking again is fine').to.deep.equal([]);
  });

  it('needs a tag name', () => {
    expect(() => define('', PlainProbe)).to.throw(/needs a tag name/);
  });
});
