/**
 * Server rendering: each widget rendered in Node by @lit-labs/ssr (the test runner's `ssr-render`
 * command, scripts/framework-fixtures.mjs) comes as declarative shadow DOM holding its frame and
 * its loading state, then hydrates in Chromium with @lit-labs/ssr-client: the server's nodes are
 * kept (not rendered again), and the widget loads its data from the demo backend and shows it.
 */
// Before lit: hydration support hooks into LitElement as it is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DEMO_TOKENS } from '../../src/demo/accounts.js';
import '../../src/activity-log/define.js';
import '../../src/visits-chart/define.js';
import '../../src/analytics-settings/define.js';

interface Case {
  tag: string;
  entry: string;
  markup: string;
  /** The loading state as the server renders it (and the text it says). */
  loading: string;
  loadingText?: string;
  loadEvent: string;
  /** What shows once the data is there. */
  loaded: string;
}

const CASES: Case[] = [
  {
    tag: 'activity-log',
    entry: 'src/activity-log/define.ts',
    markup: `<activity-log api-base="/matomo/" token="${DEMO_TOKENS.matomoSuperUser}" page-size="5"></activity-log>`,
    loading: '[part~="summary"]',
    loadingText: 'Loading activities',
    loadEvent: 'dw-activity-load',
    loaded: '[part~="row"]',
  },
  {
    tag: 'visits-chart',
    entry: 'src/visits-chart/define.ts',
    markup: `<visits-chart api-base="/matomo/" token="${DEMO_TOKENS.matomoSuperUser}" site-id="1"></visits-chart>`,
    loading: '[part~="base"][aria-busy="true"]',
    loadEvent: 'dw-visits-load',
    loaded: 'canvas',
  },
  {
    tag: 'analytics-settings',
    entry: 'src/analytics-settings/define.ts',
    markup: `<analytics-settings api-base="/chat/" user-id="${DEMO_TOKENS.chatUserId}" token="${DEMO_TOKENS.chatToken}"></analytics-settings>`,
    loading: '[aria-busy="true"]',
    loadEvent: 'dw-settings-load',
    loaded: 'form input',
  },
];

describe('server rendering (@lit-labs/ssr) and hydration', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  for (const c of CASES) {
    it(`<${c.tag}>: renders its frame and loading state on the server, then hydrates and loads`, async () => {
      errors.length = 0;
      const served = (await executeServerCommand('ssr-render', { entry: c.entry, html: c.markup })) as string;
      expect(served).to.contain('shadowrootmode="open"');

      // The markup as the browser parses it, inert until moved into the page (a template's content
      // upgrades nothing): declarative shadow DOM, lit's comment markers kept.
      const parsed = document.createElement('template');
      parsed.setHTMLUnsafe(served);
      const serverEl = parsed.content.querySelector(c.tag)!;
      const root = serverEl.shadowRoot!;
      expect(root, 'a shadow root from the server').to.exist;
      const frame = root.querySelector('[part~="base"]');
      expect(frame, 'the frame').to.exist;
      expect(root.querySelector(c.loading), 'the loading state').to.exist;
      if (c.loadingText) expect(root.querySelector(c.loading)!.textContent).to.contain(c.loadingText);
      expect(root.querySelector('style'), 'its styles').to.exist;

      const loads: Event[] = [];
      const record = (e: Event) => loads.push(e);
      document.addEventListener(c.loadEvent, record);
      try {
        const el = document.adoptNode(serverEl) as HTMLElement & { updateComplete: Promise<boolean> };
        document.body.append(el);
        await el.updateComplete;
        expect(el.shadowRoot, 'the same shadow root').to.equal(root);
        expect(root.querySelector('[part~="base"]'), 'the server-rendered frame is kept (hydrated, not rendered again)').to.equal(frame);
        expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);

        await waitUntil(() => loads.length > 0, `${c.loadEvent} after hydration`, { timeout: 15_000 });
        await el.updateComplete;
        await waitUntil(() => root.querySelector(c.loaded), 'the data is shown', { timeout: 5_000 });
        // Shown, not hidden behind a shadow root the server gave one of the widget's parts.
        expect(root.querySelector(c.loaded)!.checkVisibility(), `${c.loaded} is visible`).to.be.true;
        for (const part of root.querySelectorAll('[part]')) {
          if (part.closest('[hidden]') || getComputedStyle(part).display === 'none') continue;
          let host = part.parentNode;
          while (host && host !== root) {
            expect((host as Element).shadowRoot ?? null, `no shadow root above [part="${part.getAttribute('part')}"] inside the widget`).to.equal(null);
            host = host.parentNode;
          }
        }
        expect(root.querySelectorAll('[part~="base"]').length, 'one frame: nothing of the server left over').to.equal(1);
        expect(errors, 'no errors (a hydration mismatch throws)').to.deep.equal([]);
        el.remove();
      } finally {
        document.removeEventListener(c.loadEvent, record);
      }
    });
  }
});
