import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import type AxeCore from 'axe-core';
import { property } from 'lit/decorators.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { SharePanel } from '../../src/embed/share-panel.define.js';

class StandInLog extends WidgetElement {
  static override tagName = 'activity-log';
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;
  @property() user = '';
}
StandInLog.define();

// axe-core is a script that sets `window.axe` (it has no ES module export).
const axe = (window as unknown as { axe: typeof AxeCore }).axe;

const BASE = 'https://cdn.example/dw/';

const $ = <T extends Element = HTMLElement>(panel: SharePanel, selector: string) => panel.shadowRoot!.querySelector<T>(selector)!;
const snippet = (panel: SharePanel, format: string) => $<HTMLTextAreaElement>(panel, `textarea[data-format="${format}"]`).value;
const copyButton = (panel: SharePanel, format: string) => $<HTMLButtonElement>(panel, `button[data-format="${format}"]`);

async function typeToken(panel: SharePanel, token: string) {
  const input = $<HTMLInputElement>(panel, 'input[part="token-input"]');
  input.value = token;
  input.dispatchEvent(new Event('input'));
  await panel.updateComplete;
}

/** Replaces navigator.clipboard for one test. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });
  return () => Object.defineProperty(Navigator.prototype, 'clipboard', descriptor);
}

async function sharedLog(): Promise<{ panel: SharePanel; widget: StandInLog }> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <activity-log api-base="/matomo/" page-size="50" user="admin" token="super-user-secret" theme="dark"></activity-log>
    <dw-share-panel base-url=${BASE}></dw-share-panel>
  </div>`);
  const widget = root.querySelector('activity-log') as unknown as StandInLog;
  const panel = root.querySelector('dw-share-panel')!;
  panel.target = widget;
  await panel.updateComplete;
  return { panel, widget };
}

describe('<dw-share-panel>', () => {
  it("shows the three snippets of the widget's current configuration, never the widget's own token", async () => {
    const { panel, widget } = await sharedLog();
    expect($(panel, 'h2').textContent).to.equal('Share / embed');
    expect(snippet(panel, 'link')).to.equal(`${BASE}embed.html#widget=activity-log&api-base=${location.origin}/matomo/&theme=dark&page-size=50&user=admin`);
    expect(snippet(panel, 'iframe')).to.contain('<iframe src=');
    expect(snippet(panel, 'script')).to.contain(`<script type="module" src="${BASE}cdn/activity-log.js"></script>`);
    expect(panel.shadowRoot!.textContent + snippet(panel, 'link') + snippet(panel, 'iframe') + snippet(panel, 'script')).not.to.contain('super-user-secret');

    // A change made in the widget shows the next time the panel renders.
    widget.pageSize = 10;
    panel.requestUpdate();
    await panel.updateComplete;
    expect(snippet(panel, 'link')).to.contain('page-size=10');
  });

  it('warns that shared copies need a view-only token, and puts the typed token in the snippets', async () => {
    const { panel } = await sharedLog();
    const warning = $(panel, '[part="warning"]');
    expect(warning.textContent).to.match(/view-only token/);
    expect(warning.textContent).to.match(/anonymous/);
    await typeToken(panel, 'view-only-42');
    expect(snippet(panel, 'link')).to.match(/&token=view-only-42$/);
    expect(snippet(panel, 'script')).to.contain('token="view-only-42"');
    expect(warning.textContent).not.to.match(/anonymous/);
    expect(warning.textContent).to.match(/view-only token/);
  });

  it('copies with the clipboard API and says so', async () => {
    const { panel } = await sharedLog();
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => {
      copied.push(text);
    });
    try {
      const event = oneEvent(panel, 'dw-share-copy');
      copyButton(panel, 'iframe').click();
      const { detail } = (await event) as CustomEvent<{ format: string; copied: boolean }>;
      expect(detail).to.deep.equal({ format: 'iframe', copied: true });
      expect(copied).to.deep.equal([snippet(panel, 'iframe')]);
      await panel.updateComplete;
      expect($(panel, '[role="status"]').textContent).to.equal('Copied the iframe.');
    } finally {
      restore();
    }
  });

  it('falls back to selecting the text when the clipboard is not available, and tells the reader to press Ctrl+C', async () => {
    const { panel } = await sharedLog();
    const restore = stubClipboard(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      expect(await panel.copy('script')).to.equal(false);
      await panel.updateComplete;
      const area = $<HTMLTextAreaElement>(panel, 'textarea[data-format="script"]');
      expect(panel.shadowRoot!.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect($(panel, '[role="status"]').textContent).to.match(/selected: press Ctrl\+C/);
    } finally {
      document.execCommand = execCommand;
      restore();
    }
  });

  it('is usable with the keyboard: Tab reaches the token field and the copy buttons, Enter copies', async () => {
    const { panel } = await sharedLog();
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => {
      copied.push(text);
    });
    try {
      $<HTMLInputElement>(panel, 'input[part="token-input"]').focus();
      await sendKeys({ type: 'kbd-token' });
      const reached: string[] = [];
      for (let i = 0; i < 12 && !reached.includes('copy link'); i++) {
        await sendKeys({ press: 'Tab' });
        const active = panel.shadowRoot!.activeElement as HTMLElement | null;
        reached.push(active?.textContent?.trim().toLowerCase() || active?.localName || '');
      }
      expect(reached).to.include('copy link');
      await sendKeys({ press: 'Enter' });
      await panel.updateComplete;
      expect(copied).to.have.length(1);
      expect(copied[0]).to.match(/token=kbd-token$/);
    } finally {
      restore();
    }
  });

  it('shares a settings form read-only unless asked otherwise, and says what that means', async () => {
    const panel = await fixture<SharePanel>(html`<dw-share-panel widget="analytics-settings" base-url=${BASE}></dw-share-panel>`);
    panel.configuration = { 'api-base': 'https://chat.example/', 'user-id': 'viewer' };
    await panel.updateComplete;
    expect(snippet(panel, 'script')).to.contain(' readonly');
    const box = $<HTMLInputElement>(panel, 'input[type="checkbox"]');
    box.click();
    await panel.updateComplete;
    expect(snippet(panel, 'script')).not.to.contain('readonly');
    expect($(panel, '[part="warning"]').textContent).to.match(/can change settings/);
    expect($(panel, '[part="warning"]').textContent).to.match(/without administration rights/);
  });

  it('says when the element cannot be shared', async () => {
    const panel = await fixture<SharePanel>(html`<dw-share-panel widget="marquee"></dw-share-panel>`);
    expect($(panel, '[role="alert"]').textContent).to.contain('cannot be shared');
  });

  it('fires dw-share-close from its Close button when closable', async () => {
    const panel = await fixture<SharePanel>(html`<dw-share-panel widget="visits-chart" closable></dw-share-panel>`);
    const event = oneEvent(panel, 'dw-share-close');
    $<HTMLButtonElement>(panel, 'button[part="close-button"]').click();
    await event;
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no accessibility violations (${theme})`, async () => {
      const { panel } = await sharedLog();
      panel.theme = theme;
      panel.target = undefined;
      panel.widget = 'activity-log';
      await panel.updateComplete;
      const result = await axe.run(panel);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).to.deep.equal([]);
    });
  }

  describe('preview and token check', () => {
    let calls: Array<{ method: string; token: string | null }>;
    let original: typeof fetch;
    /** A stand-in Matomo: `answer` decides the reply to the request with the token. */
    function stubMatomo(answer: (token: string) => Response | Promise<Response>, reachable = true) {
      original = window.fetch;
      calls = [];
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input));
        if (url.pathname.endsWith('/embed.html')) return original(input, init);
        const token = new URLSearchParams(String(init?.body ?? '')).get('token_auth');
        calls.push({ method: url.searchParams.get('method') ?? '', token });
        if (!reachable) throw new TypeError('Failed to fetch');
        if (!token) return new Response(JSON.stringify({ result: 'error', message: "You can't access this resource as it requires 'view' access." }), { status: 401 });
        return answer(token);
      };
    }
    afterEach(() => {
      if (original) window.fetch = original;
    });
    const previewButton = (panel: SharePanel) => $<HTMLButtonElement>(panel, '[part="preview-button"]');
    const verdict = async (panel: SharePanel) => {
      await waitUntil(() => panel.shadowRoot!.querySelector('[part="token-check"]') && !/Checking/.test($(panel, '[part="token-check"]').textContent!));
      return $(panel, '[part="token-check"]').textContent!.replace(/\s+/g, ' ').trim();
    };

    it('says what a view-only token shows in the activity log, and checks nothing while the token is typed', async () => {
      stubMatomo(() => new Response(JSON.stringify({ value: false })));
      const { panel } = await sharedLog();
      expect($(panel, '[part="warning"]').textContent).to.match(/only the activities of its own user/);
      await typeToken(panel, 'a');
      await typeToken(panel, 'ab');
      expect(calls, 'no request while typing').to.deep.equal([]);
      expect(panel.shadowRoot!.querySelector('iframe')).to.equal(null);
    });

    it('warns when the token is a super user\'s, after one tokenless request and one with the token', async () => {
      stubMatomo(() => new Response(JSON.stringify({ value: true })));
      const { panel } = await sharedLog();
      await typeToken(panel, 'super-token');
      previewButton(panel).click();
      expect(await verdict(panel)).to.match(/Super user token/);
      expect(calls).to.deep.equal([
        { method: 'API.getMatomoVersion', token: null },
        { method: 'UsersManager.hasSuperUserAccess', token: 'super-token' },
      ]);
      const frame = $<HTMLIFrameElement>(panel, 'iframe[part="preview"]');
      expect(frame.src).to.equal(snippet(panel, 'link'));
      expect(frame.title).to.match(/as the recipient sees it/);
    });

    it('spends one failed attempt at most on a refused token (a 401 without CORS looks like a network failure), and never retries it', async () => {
      stubMatomo(() => Promise.reject(new TypeError('Failed to fetch')));
      const { panel } = await sharedLog();
      await typeToken(panel, 'wrong-token');
      previewButton(panel).click();
      expect(await verdict(panel)).to.match(/refused this token/);
      expect(calls.filter((c) => c.token)).to.have.length(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(calls.filter((c) => c.token), 'no retry').to.have.length(1);
      expect(panel.shadowRoot!.querySelector('iframe'), 'no preview with a refused token').to.equal(null);
    });

    it('does not send the token when the server does not answer without it', async () => {
      stubMatomo(() => new Response('{}'), false);
      const { panel } = await sharedLog();
      await typeToken(panel, 'some-token');
      previewButton(panel).click();
      expect(await verdict(panel)).to.match(/did not answer, so the token was not sent/);
      expect(calls).to.deep.equal([{ method: 'API.getMatomoVersion', token: null }]);
    });

    it('shows the preview of an accepted token, follows the look chosen, and asks again when the token changes', async () => {
      stubMatomo(() => new Response(JSON.stringify({ value: false })));
      const { panel } = await sharedLog();
      await typeToken(panel, 'view-token');
      previewButton(panel).click();
      expect(await verdict(panel)).to.match(/accepted and is not a super user/);
      const theme = $<HTMLSelectElement>(panel, 'select[id$="-theme"]');
      theme.value = 'light';
      theme.dispatchEvent(new Event('change'));
      const compact = [...panel.shadowRoot!.querySelectorAll<HTMLInputElement>('.options input[type="checkbox"]')][0]!;
      compact.click();
      await panel.updateComplete;
      expect(snippet(panel, 'link')).to.contain('theme=light').and.to.contain('compact=true');
      expect($<HTMLIFrameElement>(panel, 'iframe[part="preview"]').src).to.equal(snippet(panel, 'link'));
      await typeToken(panel, 'view-token-2');
      expect(panel.shadowRoot!.querySelector('iframe'), 'no preview with a token not checked').to.equal(null);
      expect(calls.filter((c) => c.token)).to.have.length(1);
    });
  });
});

describe('<dw-share-panel> is not a data widget', () => {
  it('has no api-base, token or timeout of its own', () => {
    const observed = (SharePanel as unknown as { observedAttributes: string[] }).observedAttributes;
    for (const name of ['api-base', 'token', 'timeout']) expect(observed, name).not.to.include(name);
    const panel = document.createElement('dw-share-panel') as SharePanel;
    for (const name of ['apiBase', 'token', 'timeout']) expect(name in panel, name).to.equal(false);
  });
});
