// Trusted Types: a page that enforces them (`require-trusted-types-for 'script'`) allows no HTML
// string into the DOM except through a policy it names. Each widget runs in a fresh frame whose
// policy allows lit's own ('lit-html', with 'allow-duplicates': a second bundle carries lit again)
// and nothing else, against the demo servers on this origin. The built bundles meet the same
// policy in scripts/check-dist.mjs.
import { expect } from '@open-wc/testing';
import { countCases, until } from './harness.js';
import { DEMO_TOKENS } from '../../src/demo/accounts.js';

const POLICY = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const WIDGETS: Array<{ tag: string; module: string; attrs: Record<string, string>; loaded: (text: string) => boolean }> = [
  {
    tag: 'activity-log',
    module: '/src/activity-log/define.ts',
    attrs: { 'api-base': '/matomo/', token: DEMO_TOKENS.matomoSuperUser, 'page-size': '10' },
    loaded: (text) => /Page 1|Showing|of \d/.test(text) && !/Loading activities/.test(text),
  },
  { tag: 'visits-chart', module: '/src/visits-chart/define.ts', attrs: { 'api-base': '/matomo/', token: DEMO_TOKENS.matomoViewer, 'site-id': '1' }, loaded: (text) => /Visits/.test(text) && !/Loading visits/.test(text) },
  {
    tag: 'analytics-settings',
    module: '/src/analytics-settings/define.ts',
    attrs: { 'api-base': '/chat/', 'user-id': DEMO_TOKENS.chatUserId, token: DEMO_TOKENS.chatToken },
    // The form and the tracking-code preview (its code comes right after the form).
    loaded: (text) => /Cancel/.test(text) && /Injected by the chat server/.test(text),
  },
];

/** The text of a widget in the frame (its shadow root; the harness's helpers expect this page's elements). */
const shownText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

interface FrameWindow extends Window {
  violations: string[];
  failures: string[];
}

/** A fresh document under the Trusted Types policy that loads `modules` and shows `body`. */
async function frameUnderPolicy(modules: string[], body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.className = 'gauntlet-host';
  frame.style.width = '1000px';
  frame.style.height = '900px';
  frame.srcdoc =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<script>window.violations = []; window.failures = [];` +
    `document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + (e.sample || e.blockedURI)));` +
    `addEventListener('error', (e) => failures.push(String(e.message)));` +
    `addEventListener('unhandledrejection', (e) => failures.push(String(e.reason && e.reason.message || e.reason)));</script>` +
    modules.map((m) => `<script type="module" src="${m}"></script>`).join('') +
    `</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('gauntlet: Trusted Types enforced', () => {
  afterEach(() => document.querySelectorAll('.gauntlet-host').forEach((f) => f.remove()));

  for (const widget of WIDGETS) {
    after(() => countCases(widget.tag, 'trusted types', 1));

    it(`<${widget.tag}> renders its data with no violation, next to a second copy of lit`, async () => {
      const attrs = Object.entries(widget.attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      // A second copy of lit on the page, as a second bundle brings: it asks for the same policy name.
      const frame = await frameUnderPolicy([widget.module, '/node_modules/lit-html/lit-html.js?second-copy'], `<${widget.tag} ${attrs}></${widget.tag}>`);
      const win = frame.contentWindow as FrameWindow;
      const el = () => frame.contentDocument!.querySelector(widget.tag)!;
      await until(() => el().shadowRoot && widget.loaded(shownText(el())), `<${widget.tag}> with its data`, 15_000).catch((error: Error) => {
        throw new Error(`${error.message}; it shows "${el().shadowRoot ? shownText(el()).slice(0, 300) : '(not defined)'}"; violations ${win.violations.join(', ')}; errors ${win.failures.join(', ')}`);
      });
      if (widget.tag === 'activity-log') expect(el().shadowRoot!.querySelectorAll('li.row').length, 'rows').to.equal(10);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.violations, 'Trusted Types violations').to.deep.equal([]);
      expect(win.failures, 'errors in the frame').to.deep.equal([]);
    });
  }
});
