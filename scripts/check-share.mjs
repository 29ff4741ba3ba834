// node scripts/check-share.mjs (after `npm run build`): the share path as a new user takes it, in
// headless Chromium, on loopback servers that stop by themselves:
//  - origin A hosts dist/ at its root (with no CORS header at all) and in a subfolder, /sub/dw/
//    (sending Access-Control-Allow-Origin for cdn/, as docs/embedding.md asks for script tags),
//    beside the demo backend (/matomo/, /chat/); origin B is another site (another port);
//  - for each widget and each place: a page of A loads the widget's bundle, the Share / embed
//    panel is opened, a recipient's token, theme, compact mode and language are chosen in it, and
//    the iframe snippet (and, from the subfolder, the script-tag snippet) is pasted into a page of
//    B; there, the widget must show its data with that configuration, theme, compact mode and
//    language, and the iframe must be as tall as its content (within 3 px);
//  - the same from the `npm start` server (the dev server, with its configuration).
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { createServer } from 'node:http';
import { createServer as netServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from './find-browser.mjs';
import { demoMiddleware } from './demo-middleware.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const DEADLINE_MS = 6 * 60_000;
const WAIT_MS = 20_000;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const SUBFOLDER = '/sub/dw/';

/** How each widget is put on the sharer's page, and what the recipient's copy gets. */
const WIDGETS = {
  'activity-log': {
    sharer: `<activity-log api-base="/matomo/" token="demo-super-user-token" page-size="10"></activity-log>`,
    token: 'demo-view-token',
    hidden: '.header',
  },
  'visits-chart': {
    sharer: `<visits-chart api-base="/matomo/" token="demo-super-user-token" site-id="1" date="last-month"></visits-chart>`,
    token: 'demo-view-token',
    hidden: '.head',
  },
  'analytics-settings': {
    sharer: `<analytics-settings api-base="/chat/" user-id="demo-admin" token="demo-admin-token"></analytics-settings>`,
    token: 'demo-viewer-token',
    userId: 'demo-viewer',
    hidden: '.header',
  },
};
const LOOKS = [
  { theme: 'dark', locale: 'de-DE', compact: true },
  { theme: 'light', locale: 'fr-FR', compact: false },
];

const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push(true);
    console.log(`  ok    ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).replace(/\n/g, '\n        ')}`);
  }
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

function listen(handler) {
  const server = createServer(async (req, res) => {
    try {
      await handler(req, res, new URL(req.url ?? '/', 'http://127.0.0.1'));
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The demo backend of origin A (its Matomo's cors_domains are set once origin B is known). */
let hostDemo;

/** Origin A: dist/ at / (no CORS header) and at /sub/dw/ (CORS for cdn/), the demo backend, and the sharers' pages. */
async function startHost() {
  const demo = await demoMiddleware({ persist: false });
  hostDemo = demo;
  return listen(async (req, res, url) => {
    const ctx = { method: req.method ?? 'GET', path: url.pathname, href: `http://${req.headers.host}${req.url}`, req, status: 404, body: '', headers: {} };
    ctx.set = (name, value) => (ctx.headers[name] = value);
    let passed = false;
    await demo(ctx, async () => {
      passed = true;
    });
    if (!passed) {
      res.writeHead(ctx.status, ctx.headers);
      res.end(ctx.body);
      return;
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const sharer = /^\/sharer\/([a-z-]+)\.html$/.exec(url.pathname);
    if (sharer && WIDGETS[sharer[1]]) {
      const base = url.searchParams.get('base') === 'sub' ? SUBFOLDER : '/';
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sharer</title><script type="module" src="${base}cdn/${sharer[1]}.js"></script></head><body>${WIDGETS[sharer[1]].sharer}</body></html>`);
      return;
    }
    const inSub = url.pathname.startsWith(SUBFOLDER);
    const file = normalize(join(dist, decodeURIComponent(inSub ? url.pathname.slice(SUBFOLDER.length - 1) : url.pathname)));
    if (!file.startsWith(dist + sep) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (inSub && url.pathname.startsWith(`${SUBFOLDER}cdn/`)) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
}

/** Origin B: another site, whose pages are what gets pasted (kept in memory by id). */
async function startOtherSite() {
  const pages = new Map();
  const server = await listen(async (_req, res, url) => {
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages.get(url.pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
    res.end(html ?? 'not found');
  });
  server.pages = pages;
  return server;
}

/** Opens the Share / embed panel of the widget on a sharer's page, chooses the recipient's copy, returns the snippets. */
async function snippetsFrom(browser, url, tag, look, attributes = {}) {
  const tab = await browser.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    // What the sharer changes on the widget before sharing.
    await tab.evaluate((tag, attributes) => Object.entries(attributes).forEach(([n, v]) => document.querySelector(tag)?.setAttribute(n, v)), tag, attributes);
    const spec = WIDGETS[tag];
    await tab.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="share-button"]'), { timeout: WAIT_MS }, tag);
    await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="share-button"]').click(), tag);
    await tab.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector('dw-share-panel')?.shadowRoot?.querySelector('[part~="snippet"]'), { timeout: WAIT_MS }, tag);
    return await tab.evaluate(
      async (tag, spec, look) => {
        const panel = document.querySelector(tag).shadowRoot.querySelector('dw-share-panel');
        const $ = (s) => panel.shadowRoot.querySelector(s);
        const set = (el, value, type) => {
          el.value = value;
          el.dispatchEvent(new Event(type));
        };
        set($('[part~="token-input"]'), spec.token, 'input');
        if (spec.userId) set($('[part~="user-id-input"]'), spec.userId, 'input');
        set($('select[id$="-theme"]'), look.theme, 'change');
        set($('input[id$="-locale"]'), look.locale, 'change');
        const compact = [...panel.shadowRoot.querySelectorAll('.options > label.check input')][0];
        if (compact.checked !== look.compact) compact.click();
        await panel.updateComplete;
        const out = {};
        for (const area of panel.shadowRoot.querySelectorAll('[part~="snippet"]')) out[area.dataset.format] = area.value;
        return out;
      },
      tag,
      spec,
      look,
    );
  } finally {
    await tab.close();
  }
}

/** What the widget of a frame (or the page) shows: its configuration, theme, language, compact header, and heights. */
const inspect = (tag, hidden) => {
  const el = document.querySelector(tag);
  if (!el || !customElements.get(tag)) return null;
  const text = el.shadowRoot?.textContent ?? '';
  const header = el.shadowRoot?.querySelector(hidden);
  return {
    ready: text.replace(/\s+/g, ' ').length > 60 && !/Loading/.test(el.shadowRoot.querySelector('[role="status"]')?.textContent ?? '') && !el.shadowRoot.querySelector('.skeleton-row, .loading'),
    error: !!el.shadowRoot?.querySelector('[part~="error"]'),
    theme: el.effectiveTheme,
    locale: el.effectiveLocale,
    compact: el.hasAttribute('compact'),
    headerShown: !!header && getComputedStyle(header).display !== 'none',
    background: getComputedStyle(el).backgroundColor,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  };
};

async function pasteAndCheck(browser, site, snippet, tag, look, form) {
  const path = `/paste-${site.pages.size + 1}.html`;
  site.pages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A client's page</title></head><body><h1>Our numbers</h1>\n${snippet}\n</body></html>`);
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  tab.on('request', (r) => !r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:') && problems.push(`request outside loopback: ${r.url()}`));
  try {
    await tab.setViewport({ width: 1000, height: 800 });
    await tab.goto(`http://127.0.0.1:${site.address().port}${path}`, { waitUntil: 'load' });
    const spec = WIDGETS[tag];
    let seen;
    if (form === 'iframe') {
      const end = Date.now() + WAIT_MS;
      for (;;) {
        const frame = tab.frames().find((f) => f !== tab.mainFrame());
        seen = frame ? await frame.evaluate(inspect, tag, spec.hidden).catch(() => null) : null;
        const outer = await tab.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? -1);
        if (seen?.ready && Math.abs(outer - seen.height) <= 3) {
          seen.outer = outer;
          break;
        }
        if (Date.now() > end) throw new Error(`the iframe did not show its widget at its height: ${JSON.stringify({ ...seen, outer })}`);
        await new Promise((r) => setTimeout(r, 150));
      }
      assert(seen.outer > 150, `the iframe is ${seen.outer}px tall`);
    } else {
      await tab.waitForFunction((tag, hidden, inspectSource) => new Function(`return (${inspectSource})`)()(tag, hidden)?.ready, { timeout: WAIT_MS }, tag, spec.hidden, inspect.toString()).catch(() => {});
      seen = await tab.evaluate(inspect, tag, spec.hidden);
      assert(seen?.ready, `the pasted script tag did not show the widget: ${JSON.stringify(seen)}`);
    }
    assert(!seen.error, 'the widget shows an error');
    assert(seen.theme === look.theme, `theme ${seen.theme}, expected ${look.theme}`);
    assert(seen.locale === look.locale, `locale ${seen.locale}, expected ${look.locale}`);
    assert(seen.compact === look.compact && seen.headerShown === !look.compact, `compact ${seen.compact}, header shown ${seen.headerShown}`);
    const dark = /rgb\((\d+), (\d+), (\d+)/.exec(seen.background)?.slice(1).map(Number).reduce((a, b) => a + b, 0) < 200;
    assert(dark === (look.theme === 'dark'), `background ${seen.background} for the ${look.theme} theme`);
    assert(problems.length === 0, problems.join('\n'));
    return seen;
  } finally {
    await tab.close();
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = netServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function main() {
  for (const file of ['embed.html', 'embed.css', 'cdn/embed-host.js', 'cdn/embed-page.js', 'cdn/visits-chart.js']) {
    if (!existsSync(join(dist, file))) {
      console.error(`dist/${file} is missing: run "npm run build" first.`);
      process.exit(1);
    }
  }
  const host = await startHost();
  const site = await startOtherSite();
  // A script-tag snippet runs the widget in the client's page, so Matomo must list that page's
  // origin in cors_domains (the Share panel says so beside the snippet), as an admin would.
  const siteOrigin = `http://127.0.0.1:${site.address().port}`;
  hostDemo.backend.configure({ corsOrigins: [siteOrigin] });
  const a = `http://127.0.0.1:${host.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
  console.log(`Sharing from ${a} (dist/ at / and ${SUBFOLDER}) into pages of http://127.0.0.1:${site.address().port}`);
  let devServer;
  try {
    for (const [place, query, forms] of [
      ['the root of a static host (no CORS headers)', '', ['iframe']],
      [`a subfolder (${SUBFOLDER}, CORS for cdn/)`, '?base=sub', ['iframe', 'script']],
    ]) {
      for (const tag of Object.keys(WIDGETS)) {
        for (const [i, look] of LOOKS.entries()) {
          const form = forms[i % forms.length];
          await check(`<${tag}> shared from ${place}: the ${form} snippet in another site's page (${look.theme}, ${look.locale}${look.compact ? ', compact' : ''})`, async () => {
            const snippets = await snippetsFrom(browser, `${a}/sharer/${tag}.html${query}`, tag, look);
            const base = query ? `${a}${SUBFOLDER}` : `${a}/`;
            assert(snippets.link.startsWith(`${base}embed.html#`), `the link points at ${snippets.link.split('#')[0]}, not ${base}embed.html`);
            assert(!/demo-super-user-token|demo-admin-token|user-id=demo-admin\b/.test(Object.values(snippets).join('\n')), "the sharer's token or user id is in a snippet");
            await pasteAndCheck(browser, site, snippets[form], tag, look, form);
          });
        }
      }
    }

    // The same from `npm start`: the dev server serves the sources, and what snippets reference.
    process.env.PORT = String(await freePort());
    process.env.DEMO_CORS_ORIGINS = siteOrigin;
    const { startDevServer } = await import('@web/dev-server');
    const { default: config } = await import('../web-dev-server.config.mjs');
    devServer = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
    const demo = `http://127.0.0.1:${process.env.PORT}/`;
    for (const tag of Object.keys(WIDGETS)) {
      for (const [i, look] of LOOKS.entries()) {
        const form = ['iframe', 'script'][i];
        await check(`<${tag}> shared from the npm start demo: the ${form} snippet in another site's page (${look.theme}${look.compact ? ', compact' : ''})`, async () => {
          // The demo chart shows sites 1 to 3; the view-only user may view 1 and 2 (the preview would say so).
          const snippets = await snippetsFrom(browser, demo, tag, look, tag === 'visits-chart' ? { 'site-id': '1,2' } : {});
          assert(snippets.link.startsWith(`${demo}embed.html#`), `the link points at ${snippets.link.split('#')[0]}`);
          await pasteAndCheck(browser, site, snippets[form], tag, look, form);
        });
      }
    }
  } finally {
    await browser.close();
    await devServer?.stop();
    await new Promise((resolve) => host.close(resolve));
    await new Promise((resolve) => site.close(resolve));
  }
}

const deadline = setTimeout(() => {
  console.error(`check-share: still running after ${DEADLINE_MS / 1000} s; giving up.`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

await main();
const failed = results.filter((ok) => !ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
