import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { DashboardConfigElement } from '../../src/core/dashboard-config.js';
import { distFolderOf, embedBase, embedBaseUrl, escapeAttribute, setEmbedBaseUrl, shareSnippets, widgetConfig } from '../../src/embed/share.js';
import { parseEmbedFragment } from '../../src/embed/fragment.js';

// Stand-ins with the real widgets' tag names and attribute names.
class StandInChart extends WidgetElement {
  static override tagName = 'visits-chart';
  @property({ attribute: 'site-id' }) siteId = '';
  @property() period = 'day';
  @property() date = 'last30';
  @property({ type: Boolean }) compare = false;
  @property({ attribute: false }) metrics: string[] = ['nb_visits'];
}
class StandInSettings extends WidgetElement {
  static override tagName = 'analytics-settings';
  @property({ attribute: 'user-id' }) userId = '';
  @property({ type: Boolean, attribute: 'readonly' }) readOnly = false;
}
StandInChart.define();
StandInSettings.define();
DashboardConfigElement.define();

const BASE = 'https://cdn.example/dashboard-widgets@1/dist/';

describe('share snippets', () => {
  it('gives the link, the iframe and the script tag for a configuration, the token only where it is used', () => {
    const s = shareSnippets({
      widget: 'visits-chart',
      config: { 'api-base': 'https://matomo.example/', 'site-id': '1,2', period: 'week', compare: true, theme: 'dark', token: 'widget-own-token' },
      token: 'view-only-1',
      baseUrl: BASE,
    });
    expect(s.link).to.equal(
      `${BASE}embed.html#widget=visits-chart&api-base=https://matomo.example/&theme=dark&site-id=1,2&period=week&compare=true&token=view-only-1`,
    );
    expect(s.iframe).to.contain(`<iframe src="${escapeAttribute(s.link)}" title="Visits chart (Matomo, sites 1,2)"`);
    expect(s.iframe, 'no border by default').to.contain(' frameborder="0" ');
    expect(escapeAttribute(s.link)).to.contain('&amp;site-id=1,2&amp;');
    expect(s.iframe).to.contain('loading="lazy" referrerpolicy="no-referrer" sandbox="allow-scripts allow-same-origin');
    expect(s.iframe).to.contain('data-dashboard-widgets></iframe>');
    // A classic script: it loads from another origin without CORS headers (a module script would not).
    expect(s.iframe).to.contain(`<script async src="${BASE}cdn/embed-host.js"></script>`);
    expect(s.iframe).not.to.contain('type="module"');
    expect(s.script).to.equal(
      `<script type="module" src="${BASE}cdn/visits-chart.js"></script>\n` +
        '<visits-chart api-base="https://matomo.example/" theme="dark" site-id="1,2" period="week" compare token="view-only-1"></visits-chart>',
    );
    for (const text of [s.link, s.iframe, s.script]) expect(text).not.to.contain('widget-own-token');
    // No inline script or style: the snippets work on a strict-CSP page.
    expect(s.iframe + s.script).not.to.match(/style=|<script(?![^>]*\bsrc=)|on\w+=/);
  });

  it('gives the look chosen: background in the fragment and as --dw-background, compact and controls as attributes', () => {
    const s = shareSnippets({ widget: 'visits-chart', config: { 'site-id': '1', compact: true, controls: 'range', theme: 'dark', locale: 'de' }, background: '#102030', baseUrl: BASE });
    expect(s.link).to.equal(`${BASE}embed.html#widget=visits-chart&locale=de&theme=dark&site-id=1&compact=true&controls=range&background=%23102030`);
    expect(s.script).to.contain('<visits-chart locale="de" theme="dark" site-id="1" compact controls="range" style="--dw-background: #102030"></visits-chart>');
    const back = parseEmbedFragment(new URL(s.link).hash, undefined, BASE);
    expect(back.background).to.equal('#102030');
    expect(back.attributes).to.deep.equal({ locale: 'de', theme: 'dark', 'site-id': '1', compact: '', controls: 'range' });
    // Anything but transparent or a hex colour is left out, never written into a snippet.
    const hostile = shareSnippets({ widget: 'visits-chart', config: {}, background: 'red" onload="x', baseUrl: BASE });
    expect(hostile.script + hostile.link).not.to.match(/onload|style=/);
  });

  it("shares a Rocket.Chat token with its own user's id, never the sharer's", () => {
    const s = shareSnippets({ widget: 'analytics-settings', config: { 'user-id': 'sharer-id', readonly: true }, token: 'their-token', userId: 'their-id', baseUrl: BASE });
    expect(s.link).to.contain('user-id=their-id').and.not.to.contain('sharer-id');
    expect(s.script).to.contain('user-id="their-id"').and.not.to.contain('sharer-id');
    const missing = shareSnippets({ widget: 'analytics-settings', config: { 'user-id': 'sharer-id' }, token: 'their-token', baseUrl: BASE });
    expect(missing.link).not.to.contain('user-id');
    expect(missing.warnings.join(' ')).to.match(/user id that goes with the token/);
  });

  it('reads back, from the link, exactly the configuration shared', () => {
    const config = { 'api-base': 'https://matomo.example/', 'site-id': '3', metrics: 'nb_visits,bounce_rate', date: '2024-01-01,2024-01-31' };
    const s = shareSnippets({ widget: 'visits-chart', config, token: 't', baseUrl: BASE });
    const back = parseEmbedFragment(new URL(s.link).hash, undefined, BASE);
    expect(back.attributes).to.deep.equal(config);
    expect(back.token).to.equal('t');
  });

  it('makes a relative server address absolute, so the copy reaches the same server from anywhere', () => {
    const s = shareSnippets({ widget: 'activity-log', config: { 'api-base': '/matomo/' }, baseUrl: BASE });
    expect(s.link).to.contain(`api-base=${location.origin}/matomo/`);
    expect(s.script).to.contain(`api-base="${location.origin}/matomo/"`);
  });

  it('escapes attribute values, so a value cannot break out of the snippet', () => {
    const s = shareSnippets({ widget: 'activity-log', config: { user: '"><script>alert(1)</script>' }, token: 'a"b', baseUrl: BASE });
    expect(s.script).to.contain('user="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(s.script).to.contain('token="a&quot;b"');
    expect(s.script.match(/<script/g)).to.have.length(1);
    expect(s.iframe).not.to.contain('"><script>');
    expect(escapeAttribute('a&b')).to.equal('a&amp;b');
  });

  it('leaves out attributes the widget does not accept, empty values and booleans that are off', () => {
    const s = shareSnippets({ widget: 'visits-chart', config: { onclick: 'x', user: 'admin', compare: false, period: '', locale: 'fr' }, baseUrl: BASE });
    expect(s.script).to.match(/<visits-chart locale="fr"><\/visits-chart>$/);
    expect(s.link).to.match(/#widget=visits-chart&locale=fr$/);
  });

  it('always warns that a shared copy needs a view-only token, and more when it matters', () => {
    const matomo = shareSnippets({ widget: 'activity-log', config: { 'api-base': 'https://m.example/' }, token: 'x', baseUrl: BASE });
    expect(matomo.warnings).to.have.length(1);
    expect(matomo.warnings[0]).to.match(/view-only token/);
    const anonymous = shareSnippets({ widget: 'activity-log', config: { 'api-base': 'http://m.example/' }, baseUrl: BASE });
    expect(anonymous.warnings.join(' ')).to.match(/anonymous/).and.not.to.match(/plain http/);
    const overHttp = shareSnippets({ widget: 'activity-log', config: { 'api-base': 'http://m.example/' }, token: 'x', baseUrl: BASE });
    expect(overHttp.warnings.join(' ')).to.match(/plain http/);
    const settings = shareSnippets({ widget: 'analytics-settings', config: { 'user-id': 'u' }, token: 'x', baseUrl: BASE });
    expect(settings.warnings.join(' ')).to.match(/without administration rights/).and.to.match(/read-only/);
    const readOnly = shareSnippets({ widget: 'analytics-settings', config: { 'user-id': 'u', readonly: true }, token: 'x', baseUrl: BASE });
    expect(readOnly.warnings.join(' ')).not.to.match(/Embed it read-only/);
    expect(readOnly.script).to.contain(' readonly ');
  });

  it('refuses an element that cannot be shared', () => {
    expect(() => shareSnippets({ widget: 'div', config: {} })).to.throw(/cannot be shared/);
  });
});

describe('where snippets point', () => {
  afterEach(() => {
    setEmbedBaseUrl('');
    document.querySelector('meta[name="dashboard-widgets-base"]')?.remove();
  });

  it('finds the dist folder from the address of the bundle, of a chunk it loads on demand, of the modular set, or of an npm module', () => {
    for (const [url, dist] of [
      ['https://www.example/cdn/activity-log.js', 'https://www.example/'],
      ['https://www.example/static/dw/cdn/activity-log.js', 'https://www.example/static/dw/'],
      ['https://www.example/static/dw/cdn/chunks/activity-log.share-panel-CPUEYWkl.js', 'https://www.example/static/dw/'],
      ['https://cdn.example/npm/dashboard-widgets@0.1.0/dist/cdn/chunks/dashboard-widgets.share-panel-x.js?v=2', 'https://cdn.example/npm/dashboard-widgets@0.1.0/dist/'],
      ['https://www.example/static/dw/cdn/modules/activity-log.js', 'https://www.example/static/dw/'],
      ['https://www.example/static/dw/cdn/modules/chunks/share-panel-v90VCE6g.js', 'https://www.example/static/dw/'],
      ['https://www.example/static/dw/cdn/modules/chunks/shared-BgXL9QZm.js?v=2', 'https://www.example/static/dw/'],
      ['http://127.0.0.1:8117/node_modules/dashboard-widgets/dist/embed/share.js', 'http://127.0.0.1:8117/node_modules/dashboard-widgets/dist/'],
      ['https://app.example/assets/index-3f2a1b.js', ''],
      ['http://127.0.0.1:8117/src/embed/share.ts', ''],
    ]) {
      expect(distFolderOf(url), url).to.equal(dist);
    }
  });

  it('takes the address from <meta name="dashboard-widgets-base"> when the code was bundled into an application', () => {
    expect(embedBase()).to.deep.equal({ url: `${location.origin}/`, detected: false });
    const meta = Object.assign(document.createElement('meta'), { name: 'dashboard-widgets-base', content: '/static/widgets' });
    document.head.append(meta);
    expect(embedBase()).to.deep.equal({ url: `${location.origin}/static/widgets/`, detected: true });
  });

  it("uses the page's origin when the library is not served from its dist folder, or the address set for the page", () => {
    expect(embedBaseUrl()).to.equal(`${location.origin}/`);
    setEmbedBaseUrl('https://static.intranet.example/widgets');
    expect(embedBaseUrl()).to.equal('https://static.intranet.example/widgets/');
    expect(shareSnippets({ widget: 'activity-log', config: {} }).link).to.match(/^https:\/\/static\.intranet\.example\/widgets\/embed\.html#/);
  });
});

describe('shareSnippets() with a comparison a year before', () => {
  it('keeps compare="previous-year" in the link and the script tag', () => {
    const s = shareSnippets({ widget: 'visits-chart', config: { 'site-id': '1', compare: 'previous-year' }, baseUrl: BASE });
    expect(s.link).to.contain('&compare=previous-year');
    expect(s.script).to.contain(' compare="previous-year"');
    expect(shareSnippets({ widget: 'visits-chart', config: { compare: true }, baseUrl: BASE }).script).to.match(/ compare[ >]/);
  });
});

describe('widgetConfig()', () => {
  it("reads a widget's current properties (choices made inside it count), never its token", async () => {
    const el = await fixture<StandInChart>(html`<visits-chart api-base="/matomo/" site-id="1" token="secret" theme="dark"></visits-chart>`);
    el.period = 'month';
    el.compare = true;
    el.metrics = ['nb_visits', 'nb_actions'];
    const config = widgetConfig(el);
    expect(config).to.deep.include({ 'api-base': '/matomo/', 'site-id': '1', period: 'month', compare: true, theme: 'dark', metrics: 'nb_visits,nb_actions' });
    expect(JSON.stringify(config)).not.to.contain('secret');
    // What the widget has anyway (date last30, no locale) is left out.
    expect(config).not.to.have.any.keys('date', 'locale', 'timeout');
  });

  it('takes the server from an enclosing <dashboard-config> when the widget names none', async () => {
    const root = await fixture(html`<dashboard-config matomo-base="/matomo/" matomo-token="secret" rocketchat-base="/chat/" rocketchat-user-id="u9">
      <visits-chart></visits-chart><analytics-settings readonly></analytics-settings>
    </dashboard-config>`);
    const chart = root.querySelector('visits-chart') as unknown as StandInChart;
    const settings = root.querySelector('analytics-settings') as unknown as StandInSettings;
    await chart.updateComplete;
    await settings.updateComplete;
    expect(widgetConfig(chart)['api-base']).to.equal('/matomo/');
    expect(widgetConfig(settings)).to.deep.include({ 'api-base': '/chat/', readonly: true });
    expect(widgetConfig(settings), "the sharer's user id goes with the sharer's token: never shared").not.to.have.property('user-id');
    expect(JSON.stringify(widgetConfig(chart))).not.to.contain('secret');
  });

  it('gives nothing for an element that cannot be shared', () => {
    expect(widgetConfig(document.createElement('div'))).to.deep.equal({});
  });
});
