import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DashboardElement } from '../../src/core/base-element.js';
import { DashboardConfigElement } from '../../src/core/dashboard-config.js';
import { dashboardConfigContext } from '../../src/core/config-context.js';
import { ContextConsumer, ContextProvider } from '@lit/context';

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
    const wrap = await fixture(html`<div lang="pt-br"><probe-widget locale="not a locale!!"></probe-widget></div>`);
    const el = wrap.querySelector('probe-widget') as ProbeWidget;
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

describe('DashboardElement and @lit/context (the same community protocol)', () => {
  class LitConfigProvider extends LitElement {
    provider = new ContextProvider(this, { context: dashboardConfigContext, initialValue: { apiBase: '/from-lit/', token: 'lit-secret' } });
    override render() {
      return html`<slot></slot>`;
    }
  }
  customElements.define('lit-config-provider', LitConfigProvider);

  class LitConfigReader extends LitElement {
    consumer = new ContextConsumer(this, { context: dashboardConfigContext, subscribe: true });
  }
  customElements.define('lit-config-reader', LitConfigReader);

  it('takes its defaults from a provider written with @lit/context, and follows its changes', async () => {
    const root = await fixture<LitConfigProvider>(html`<lit-config-provider><probe-widget></probe-widget></lit-config-provider>`);
    const el = root.querySelector('probe-widget') as ProbeWidget;
    await el.updateComplete;
    expect(el.matomo).to.deep.equal({ apiBase: '/from-lit/', token: 'lit-secret', userId: '' });
    root.provider.setValue({ apiBase: '/changed/' });
    await el.updateComplete;
    expect(el.matomo.apiBase).to.equal('/changed/');
  });

  it('gives <dashboard-config> values to a consumer written with @lit/context', async () => {
    const root = await fixture<DashboardConfigElement>(html`<dashboard-config api-base="/both/" locale="fr"><lit-config-reader></lit-config-reader></dashboard-config>`);
    const reader = root.querySelector('lit-config-reader') as LitConfigReader;
    expect(reader.consumer.value).to.include({ apiBase: '/both/', locale: 'fr' });
    root.apiBase = '/next/';
    await root.updateComplete;
    expect(reader.consumer.value?.apiBase).to.equal('/next/');
  });

  it('stops following the provider once removed', async () => {
    const root = await fixture<DashboardConfigElement>(html`<dashboard-config api-base="/a/"><probe-widget></probe-widget></dashboard-config>`);
    const el = root.querySelector('probe-widget') as ProbeWidget;
    await el.updateComplete;
    el.remove();
    root.apiBase = '/b/';
    await root.updateComplete;
    expect(el.matomo.apiBase, 'a removed widget keeps its last defaults').to.equal('/a/');
    root.append(el);
    await el.updateComplete;
    expect(el.matomo.apiBase, 'and follows again once back').to.equal('/b/');
  });
});
