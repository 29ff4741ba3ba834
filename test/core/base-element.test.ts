import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DashboardElement } from '../../src/core/base-element.js';

class ProbeElement extends DashboardElement {
  static override tagName = 'probe-element';
}
ProbeElement.define();

describe('DashboardElement.define', () => {
  it('tolerates registering the same widget twice', () => {
    expect(() => ProbeElement.define()).not.to.throw();
    expect(customElements.get('probe-element')).to.equal(ProbeElement);
  });

  it('registers a second tag name for the same widget', async () => {
    ProbeElement.define('probe-element-two');
    const el = await fixture<ProbeElement>(html`<probe-element-two></probe-element-two>`);
    expect(el).to.be.instanceOf(ProbeElement);
  });

  it('does not replace another element that owns the tag, and does not throw', () => {
    customElements.define('probe-taken', class extends LitElement {});
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => ProbeElement.define('probe-taken')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('probe-taken')).not.to.equal(ProbeElement);
    expect(warnings).to.have.length(1);
  });
});

describe('DashboardElement theme and locale', () => {
  it('resolves auto to the system scheme and explicit values to themselves', async () => {
    const el = await fixture<ProbeElement>(html`<probe-element theme="dark"></probe-element>`);
    expect(el.effectiveTheme).to.equal('dark');
    el.theme = 'light';
    expect(el.effectiveTheme).to.equal('light');
    el.theme = 'auto';
    expect(el.effectiveTheme).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  });

  it('takes the locale from its attribute, else the nearest lang, else the browser', async () => {
    const wrap = await fixture(html`<div lang="de-CH"><probe-element></probe-element><probe-element locale="fr"></probe-element></div>`);
    const [inherited, own] = Array.from(wrap.querySelectorAll('probe-element')) as ProbeElement[];
    expect(inherited!.effectiveLocale).to.equal('de-CH');
    expect(own!.effectiveLocale).to.equal('fr');
  });

  it('finds the nearest lang across shadow roots, and the browser language outside any', async () => {
    const wrap = await fixture(html`<section lang="ja"><div></div></section>`);
    const root = wrap.querySelector('div')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    const nested = inner.attachShadow({ mode: 'open' });
    const el = document.createElement('probe-element') as ProbeElement;
    nested.append(el);
    expect(el.effectiveLocale).to.equal('ja');
    const alone = document.createElement('probe-element') as ProbeElement;
    expect(alone.effectiveLocale).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
    const inFragment = document.createDocumentFragment();
    inFragment.append(alone);
    expect(alone.effectiveLocale).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
  });

  it('ignores an invalid locale instead of throwing', async () => {
    const wrap = await fixture(html`<div lang="pt-br"><probe-element locale="not a locale!!"></probe-element></div>`);
    const el = wrap.querySelector('probe-element') as ProbeElement;
    expect(() => el.effectiveLocale).not.to.throw();
    expect(el.effectiveLocale).to.equal('pt-BR');
    // Asked again (the answers are remembered): the same, and a valid tag in its canonical form.
    expect(el.effectiveLocale).to.equal('pt-BR');
    el.locale = 'DE-at';
    expect(el.effectiveLocale).to.equal('de-AT');
    el.locale = 'not a locale!!';
    expect(el.effectiveLocale).to.equal('pt-BR');
  });
});

describe('DashboardElement has no server connection', () => {
  it('has no api-base, token or timeout: those are the data widgets\' (WidgetElement)', async () => {
    const observed = (ProbeElement as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(observed).to.include.members(['locale', 'theme', 'compact']);
    expect(observed).not.to.include.members(['api-base']);
    expect(observed).not.to.include('token');
    expect(observed).not.to.include('timeout');
    const el = await fixture<ProbeElement>(html`<probe-element token="not-mine"></probe-element>`);
    expect('apiBase' in el).to.equal(false);
    expect(el.getAttribute('token'), 'a token attribute is just an attribute here').to.equal('not-mine');
  });
});
