import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WidgetElement } from '../../src/core/widget-element.js';
import { DashboardConfigElement } from '../../src/core/dashboard-config.js';
import { dashboardConfigContext } from '../../src/core/config-context.js';
import { ContextConsumer, ContextProvider } from '@lit/context';

class ProbeWidget extends WidgetElement {
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

describe('WidgetElement configuration', () => {
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

describe('WidgetElement with a provider registered late', () => {
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

describe('WidgetElement and @lit/context (the same community protocol)', () => {
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
