import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DashboardElement } from '../../src/core/base-element.js';
import { DashboardConfigElement } from '../../src/core/dashboard-config.js';

class ProbeWidget extends DashboardElement {
  static override tagName = 'probe-widget';
  get matomo() {
    return this.connection('matomo');
  }
  get chat() {
    return this.connection('rocketchat');
  }
}
ProbeWidget.define();
DashboardConfigElement.define();

describe('DashboardElement.define', () => {
  it('tolerates registering the same widget twice', () => {
    expect(() => ProbeWidget.define()).not.to.throw();
    expect(customElements.get('probe-widget')).to.equal(ProbeWidget);
  });

  it('registers a second tag name for the same widget', async () => {
    ProbeWidget.define('probe-widget-two');
    const el = await fixture<ProbeWidget>(html`<probe-widget-two></probe-widget-two>`);
    expect(el).to.be.instanceOf(ProbeWidget);
  });

  it('does not replace another element that owns the tag, and does not throw', () => {
    customElements.define('probe-taken', class extends LitElement {});
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => ProbeWidget.define('probe-taken')).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('probe-taken')).not.to.equal(ProbeWidget);
    expect(warnings).to.have.length(1);
  });
});

describe('DashboardElement configuration', () => {
  it('takes api-base and token from its own attributes, and removes the token attribute from the DOM', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget api-base="https://m.example/" token="secret-1"></probe-widget>`);
    expect(el.matomo).to.deep.equal({ apiBase: 'https://m.example/', token: 'secret-1', userId: '' });
    expect(el.hasAttribute('token')).to.equal(false);
    expect(el.outerHTML).not.to.contain('secret-1');
  });

  it('falls back to an enclosing <dashboard-config>, server-specific before generic', async () => {
    const root = await fixture<DashboardConfigElement>(html`
      <dashboard-config api-base="/both/" token="generic" rocketchat-base="/chat/" rocketchat-user-id="u1" rocketchat-token="chat-secret">
        <probe-widget></probe-widget>
      </dashboard-config>
    `);
    const el = root.querySelector('probe-widget') as ProbeWidget;
    await el.updateComplete;
    expect(el.matomo).to.deep.equal({ apiBase: '/both/', token: 'generic', userId: '' });
    expect(el.chat).to.deep.equal({ apiBase: '/chat/', token: 'chat-secret', userId: 'u1' });
    expect(root.outerHTML).not.to.contain('secret');
  });

  it("lets the widget's own attribute win, and never sends the provider's token to the widget's own server", async () => {
    const root = await fixture<DashboardConfigElement>(html`
      <dashboard-config api-base="/matomo/" token="provider-secret"><probe-widget api-base="https://elsewhere.example/"></probe-widget></dashboard-config>
    `);
    const el = root.querySelector('probe-widget') as ProbeWidget;
    await el.updateComplete;
    expect(el.matomo).to.deep.equal({ apiBase: 'https://elsewhere.example/', token: '', userId: '' });
  });

  it('follows the provider when it changes', async () => {
    const root = await fixture<DashboardConfigElement>(html`<dashboard-config api-base="/a/"><probe-widget></probe-widget></dashboard-config>`);
    const el = root.querySelector('probe-widget') as ProbeWidget;
    root.apiBase = '/b/';
    await root.updateComplete;
    await el.updateComplete;
    expect(el.matomo.apiBase).to.equal('/b/');
  });
});

describe('DashboardElement theme and locale', () => {
  it('resolves auto to the system scheme and explicit values to themselves', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget theme="dark"></probe-widget>`);
    expect(el.effectiveTheme).to.equal('dark');
    el.theme = 'light';
    expect(el.effectiveTheme).to.equal('light');
    el.theme = 'auto';
    expect(el.effectiveTheme).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  });

  it('takes the locale from its attribute, else the nearest lang, else the browser', async () => {
    const wrap = await fixture(html`<div lang="de-CH"><probe-widget></probe-widget><probe-widget locale="fr"></probe-widget></div>`);
    const [inherited, own] = Array.from(wrap.querySelectorAll('probe-widget')) as ProbeWidget[];
    expect(inherited!.effectiveLocale).to.equal('de-CH');
    expect(own!.effectiveLocale).to.equal('fr');
  });

  it('ignores an invalid locale instead of throwing', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget locale="not a locale!!"></probe-widget>`);
    expect(() => el.effectiveLocale).not.to.throw();
  });
});

describe('DashboardElement with a provider registered late', () => {
  it('receives the configuration when <dashboard-config> is defined after the widget connected', async () => {
    const wrap = document.createElement('div');
    wrap.innerHTML = '<late-config api-base="/late/"><probe-widget></probe-widget></late-config>';
    document.body.append(wrap);
    try {
      const el = wrap.querySelector('probe-widget') as ProbeWidget;
      await el.updateComplete;
      expect(el.matomo.apiBase).to.equal('');
      DashboardConfigElement.define('late-config');
      await (wrap.querySelector('late-config') as DashboardConfigElement).updateComplete;
      await el.updateComplete;
      expect(el.matomo.apiBase).to.equal('/late/');
    } finally {
      wrap.remove();
    }
  });
});
