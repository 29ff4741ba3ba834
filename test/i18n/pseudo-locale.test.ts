import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { errorBox } from '../../src/core/status-message.js';
import { errorDetail } from '../../src/core/error-detail.js';
import { ChunkLoadError, LazyPart } from '../../src/core/lazy-part.js';
import { Localize } from '../../src/core/localize.js';
import { translator } from '../../src/core/translate.js';
import { AuthError, ConfigError, NetworkError, PermissionError, ServerError, TimeoutError } from '../../src/api/errors.js';
import { errorOf, refusal, unreachable } from '../../src/api/matomo-failure.js';
import { expectArray } from '../../src/api/matomo.js';
import { parseJson } from '../../src/api/answer-body.js';
import { joinUrl } from '../../src/api/request.js';
import { RocketChatClient } from '../../src/api/rocketchat.js';
import { TwoFactorError } from '../../src/api/two-factor-error.js';
import '../../src/api/settings-save.js';
// The Matomo sources register their own words (what their answers were expected to be, a site-id missing).
import '../../src/api/activity-source.js';
import { NO_SITE, unreadableDate } from '../../src/api/visits-source.js';
import { toAnnotations } from '../../src/api/annotations.js';
import { toSiteTotals } from '../../src/api/multisites.js';
import { ShareToggle } from '../../src/embed/share-toggle.js';
import { SharePanel } from '../../src/embed/share-panel.define.js';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import { PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import { bypasses, expectNoBypass, languageReady, pseudoFixture, seenTexts, unmarked } from '../helpers/pseudo-locale.js';
import { STAND_IN_PAGE, loaded } from '../embed/helpers.js';

WidgetFrame.define();

/** Stand-ins for the widgets the panel shares (their tags and attributes), with the Share / embed button. */
class StandInLog extends WidgetElement {
  static override tagName = 'activity-log';
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;
  share = new ShareToggle(this);
  protected override render() {
    return html`${this.share.button()} ${this.share.panel()}`;
  }
}
StandInLog.define();
class StandInChart extends WidgetElement {
  static override tagName = 'visits-chart';
  @property({ attribute: 'site-id' }) siteId = '1';
}
StandInChart.define();
class StandInSettings extends WidgetElement {
  static override tagName = 'analytics-settings';
}
StandInSettings.define();

/** A lit element with the controller, to render the core's boxes in its language. */
class BoxHost extends LitElement {
  localize = new Localize(this);
  pending = new LazyPart(this, () => new Promise<never>(() => undefined));
  content: () => unknown = () => '';
  protected override render() {
    return html`${this.content()}`;
  }
}
customElements.define('box-host', BoxHost);

const XA = translator(PSEUDO_LOCALE);

describe('The pseudo-locale check', () => {
  it('finds words outside the markers, in text and in accessible names, and lets named server data pass', async () => {
    const el = await fixture(html`<div>
      <p>⟦Ŕéétŕý⟧</p>
      <button aria-label="Close">⟦x⟧</button>
      <p>⟦Ţĥéé šéŕvéŕ šááíð: ⟦íñ⟧⟧ Not Found</p>
      <input placeholder="e.g. de" /><img alt="⟦ok⟧" src="data:," />
      <textarea>code is not words</textarea>
      <p>12:30 · 3,000</p>
    </div>`);
    expect(unmarked('a⟦b⟦c⟧d⟧e')).to.equal('ae');
    expect(bypasses(el).map((b) => b.text)).to.deep.equal(['Close', '⟦Ţĥéé šéŕvéŕ šááíð: ⟦íñ⟧⟧ Not Found', 'e.g. de']);
    expect(bypasses(el, ['Not Found', 'Close', /e\.g\. \w+/]).map((b) => b.text)).to.deep.equal([]);
    expect(seenTexts(el).some((s) => s.text.includes('code is not words'))).to.equal(false);
  });

  it('leaves out what is marked translate="no" (text and translatable attributes, down to translate="yes") and the text of <time datetime>, nothing else', async () => {
    const el = await fixture(html`<div>
      <span translate="no" title="sophie.martin">sophie.martin <b>admin</b></span>
      <span translate="no"><i>Shop</i> <span translate="yes">Heatmaps</span></span>
      <span translate="yes" aria-label="Label">⟦ok⟧</span>
      <time datetime="2026-12-06">Sunday, December 6, 2026</time>
      <time datetime="PT183S">3 min 3 s</time>
      <time>time unknown</time>
      <time datetime="2026-12-06" title="Sunday">⟦ok⟧</time>
      <p>2 days ago</p>
    </div>`);
    const host = await fixture(html`<p translate="no"><span></span></p>`);
    host.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<b>in a shadow root</b><i translate="yes">Translated</i>';
    expect(bypasses(el).map((b) => b.text)).to.deep.equal(['Heatmaps', 'Label', 'time unknown', 'Sunday', '2 days ago']);
    expect(bypasses(host).map((b) => b.text)).to.deep.equal(['Translated']);
    expect(bypasses(host.firstElementChild!).map((b) => b.text)).to.deep.equal(['Translated']);
  });
});

describe('In the pseudo-locale, nothing bypasses the catalogue', () => {
  before(() => languageReady(PSEUDO_LOCALE));

  it('the error box, for every error of the api and core layers, with its hint and Retry', async () => {
    const errors: Array<[unknown, string[]]> = [
      [new NetworkError('https://matomo.example/index.php'), ['https://matomo.example']],
      [new NetworkError('http://[bad'), []],
      [new TimeoutError(15), []],
      [new TimeoutError(1), []],
      [new AuthError(), []],
      [new PermissionError(), []],
      [refusal('https://matomo.example/index.php', 'token'), ['https://matomo.example']],
      [refusal('https://matomo.example/index.php', 'lockout', 500), ['https://matomo.example']],
      [unreachable('https://matomo.example/index.php'), ['https://matomo.example', location.origin]],
      [await rejection(() => joinUrl('', 'index.php')), []],
      [await rejection(() => parseJson('<html>', new Response('<html>', { status: 503, statusText: 'Service Unavailable' }))), ['Service Unavailable']],
      [await rejection(() => parseJson('', new Response(''))), []],
      [await rejection(() => parseJson('{"a":', new Response('{"a":'))), []],
      [await rejection(() => expectArray({ a: 1 }, { key: 'a list of activities' })), []],
      [await rejection(() => expectArray('nope', { key: 'a list of logins' })), ['nope']],
      [errorOf({ result: 'error', message: 'You must be logged in to access this functionality.' }, 401), ['You must be logged in to access this functionality.']],
      [errorOf({ result: 'error', message: "You can't access this resource as it requires 'view' access." }, 401), ["You can't access this resource as it requires 'view' access."]],
      [errorOf({ result: 'error' }, 403), []],
      [new ServerError('The Activity Log plugin is not active.'), ['The Activity Log plugin is not active.']],
      [new ConfigError(NO_SITE), []],
      [new ConfigError(unreadableDate('the day after')), ['the day after']],
      [await rejection(() => toAnnotations('nope', ['1'])), ['nope']],
      [await rejection(() => toAnnotations({ 1: 'many' }, ['1'])), ['many']],
      [await rejection(() => toSiteTotals({ websites: 2 })), []],
      [new ChunkLoadError(new Error('offline')), []],
      [new TwoFactorError('totp', 'invalid'), []],
      [new Error('a programming error'), []],
    ];
    const host = await pseudoFixture<BoxHost>(html`<box-host></box-host>`);
    for (const [error, serverData] of errors) {
      host.content = () => errorBox(error, () => undefined, undefined, host.localize);
      host.requestUpdate();
      await host.updateComplete;
      expectNoBypass(host, serverData);
      expect(host.shadowRoot!.textContent).to.match(/⟦/);
      // The error event's message too.
      let message = unmarked(errorDetail(error, 'load', XA).message);
      for (const data of serverData) message = message.split(data).join('');
      expect(message, String(error)).not.to.match(/\p{L}/u);
    }
  });

  it('a Rocket.Chat refusal and its saving errors', async () => {
    const chat = new RocketChatClient({
      apiBase: 'https://chat.example/',
      userId: 'u',
      token: 't',
      fetch: (async () => new Response(JSON.stringify({ success: false, error: 'You must be logged in' }), { status: 401 })) as typeof fetch,
    });
    const error = await chat.send('me').catch((e: unknown) => e);
    const host = await pseudoFixture<BoxHost>(html`<box-host></box-host>`);
    host.content = () => errorBox(error, undefined, undefined, host.localize);
    host.requestUpdate();
    await host.updateComplete;
    expectNoBypass(host, ['You must be logged in']);
  });

  it('the status lines of a part loaded on demand: loading, and not arrived with Retry', async () => {
    const host = await pseudoFixture<BoxHost>(html`<box-host></box-host>`);
    host.content = () => host.pending.render(host.localize.t('the Share / embed panel'));
    void host.pending.need();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[role="status"]')).to.exist;
    expectNoBypass(host);
    const failing = new LazyPart(host, () => Promise.reject(new TypeError('offline')));
    host.content = () => failing.render(host.localize.t('the Share / embed panel'));
    await failing.need();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
    expectNoBypass(host);
  });

  it('the Share / embed button, and the panel it opens, in every state: warnings, token check, preview, copy', async () => {
    const log = await pseudoFixture<StandInLog>(html`<activity-log api-base="https://matomo.example/"></activity-log>`);
    expectNoBypass(log);
    log.shadowRoot!.querySelector<HTMLButtonElement>('[part="share-button"]')!.click();
    const panel = await waitUntil(() => log.shadowRoot!.querySelector('dw-share-panel'), 'the panel did not open').then(() => log.shadowRoot!.querySelector('dw-share-panel') as SharePanel);
    await panel.updateComplete;
    const origin = ['https://matomo.example/', location.origin, '/'];
    expectNoBypass(log, origin);

    // The token check's verdicts, with a stand-in Matomo.
    const real = window.fetch;
    const answers: Record<string, () => Promise<Response>> = {
      'super-user': async () => new Response('{"value":true}'),
      limited: async () => new Response('{"value":false}'),
      refused: async () => new Response('{"result":"error","message":"x"}', { status: 401 }),
    };
    try {
      for (const [token, answer] of Object.entries(answers)) {
        window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
          new URLSearchParams(String(init?.body ?? '')).get('token_auth') ? answer() : String(input).includes('embed.html') ? real(input, init) : new Response('{"value":"5.1.2"}')) as typeof fetch;
        const input = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="token-input"]')!;
        input.value = `${token}-token`;
        input.dispatchEvent(new Event('input'));
        await panel.updateComplete;
        expectNoBypass(log, origin);
        await panel.preview();
        await panel.updateComplete;
        expect(panel.shadowRoot!.querySelector('[part="token-check"]'), token).to.exist;
        expectNoBypass(log, origin);
      }
      window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
      await panel.preview();
      await panel.updateComplete;
      expectNoBypass(log, origin);
      // A token changed after the preview.
      const input = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="token-input"]')!;
      window.fetch = answers.limited as unknown as typeof fetch;
      input.value = 'another';
      input.dispatchEvent(new Event('input'));
      await panel.updateComplete;
      expectNoBypass(log, origin);
    } finally {
      window.fetch = real;
    }
    // Copying (by selection here: the clipboard is not granted to the test page).
    await panel.copy('iframe');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('.status')!.textContent).to.match(/⟦/);
    expectNoBypass(log, origin);
    // The iframe snippet's title and comment are in the panel's language too.
    const iframe = panel.snippets!.iframe;
    expect(iframe).to.match(/title="⟦/);
    expect(iframe).to.match(/<!-- ⟦/);
  });

  it('the panel for the chart (its controls) and for the settings (read-only, user id), and for what cannot be shared', async () => {
    for (const [tag, template] of [
      ['visits-chart', html`<visits-chart api-base="/matomo/" site-id="all" today="2024-03-10"></visits-chart>`],
      ['analytics-settings', html`<analytics-settings api-base="http://chat.example/"></analytics-settings>`],
    ] as const) {
      const wrap = await pseudoFixture<HTMLDivElement>(html`<div>${template}<dw-share-panel base-url="https://cdn.example/dw/"></dw-share-panel></div>`);
      const panel = wrap.querySelector('dw-share-panel') as SharePanel;
      panel.target = wrap.querySelector(tag) as HTMLElement;
      await panel.updateComplete;
      const token = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="token-input"]')!;
      token.value = 'a-token';
      token.dispatchEvent(new Event('input'));
      const background = panel.shadowRoot!.querySelectorAll('select')[1] as HTMLSelectElement;
      background.value = 'colour';
      background.dispatchEvent(new Event('change'));
      await panel.updateComplete;
      expectNoBypass(panel, ['2024-03-10']);
    }
    const lone = await pseudoFixture<SharePanel>(html`<dw-share-panel widget="not-a-widget" closable></dw-share-panel>`);
    expectNoBypass(lone);
    // Where the files are hosted, when it cannot be found out (a bundle of one's own).
    const undetected = await pseudoFixture<SharePanel>(html`<dw-share-panel widget="activity-log"></dw-share-panel>`);
    expectNoBypass(undetected, [location.origin]);
  });

  it('a <widget-frame>’s title, once its language is on the page', async () => {
    const frame = await pseudoFixture<WidgetFrame>(html`<widget-frame widget="visits-chart" src=${STAND_IN_PAGE}></widget-frame>`);
    await waitUntil(() => frame.iframe.title.startsWith('⟦'), `title "${frame.iframe.title}"`);
    expectNoBypass(frame);
  });

  it('the embed page’s messages and title', async () => {
    for (const fragment of ['', 'widget=nope', 'widget=analytics-settings']) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="embed" src=${`${STAND_IN_PAGE}#locale=${PSEUDO_LOCALE}&${fragment}`}></iframe>`);
      await loaded(frame);
      const doc = frame.contentDocument!;
      await waitUntil(() => doc.querySelector('.embed-message'), 'no message', { timeout: 3000 });
      expect(doc.documentElement.lang).to.equal(PSEUDO_LOCALE);
      expectNoBypass(doc.body, ['activity-log', 'visits-chart', 'analytics-settings', 'nope']);
      expect(unmarked(doc.title)).not.to.match(/\p{L}/u);
    }
  });
});

async function rejection(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}
