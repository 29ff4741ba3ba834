// node scripts/check-dist.mjs (after `npm run build`): checks what `dist/` ships, in headless
// Chromium, on pages served from 127.0.0.1 under a strict Content-Security-Policy, with the demo
// backend answering /matomo/ and /chat/:
//  - the two layouts of the widgets (cdn/<widget>.js and cdn/dashboard-widgets.js, self-contained;
//    cdn/modules/<widget>.js, the modular set) share no file, and each self-contained first view
//    is one file;
//  - each script-tag bundle of both layouts on a blank page registers and renders its widget(s)
//    (the chart draws), fetching exactly the files dist/cdn/bundles.json counts as its first view
//    before its widgets show their data, and after that only files it counts as on demand (every
//    other file of cdn/ is held back until the data is shown, so none can be one the data waits for);
//  - what a bundle of either layout loads on demand (the Share / embed panel) comes from its
//    chunks/ folder and works, its snippets pointing at embed.html and the self-contained bundle;
//  - each bundle of the modular set imports every shared file of its first view itself, so the
//    browser fetches them in parallel once it has read the bundle (no deeper waterfall);
//  - the three bundles of the modular set on one page share one copy of lit: under Trusted Types
//    with lit's policy and no 'allow-duplicates', every widget renders, the activity log's rows
//    included, and each shared file is fetched once; the three self-contained bundles (three copies
//    of lit) do the same under lit's policy with 'allow-duplicates';
//  - several copies of the library on one page (self-contained bundles and the all-in-one bundle), and
//    one bundle loaded twice, work;
//  - dist/embed.html in a <widget-frame> (dist/cdn/embed-host.js) resizes as its widget grows and
//    shrinks, and a plain iframe marked data-dashboard-widgets is sized too; each frame loads its
//    widget's self-contained bundle;
//  - no Content-Security-Policy violation, console error or page error anywhere (frames included);
//  - no request URL or Referer ever holds a token, and nothing leaves 127.0.0.1;
//  - Chart.js is only in the bundles that draw a chart, and the npm class modules register nothing;
//  - no entry of the library (npm modules and script-tag bundles) reaches the demo backend
//    (dist/demo/, src/demo/), which only dashboard-widgets/demo-backend exports;
//  - every file package.json exports is in dist/, and the settings helpers run without a DOM;
//  - a language is one file per self-contained bundle and one for the modular set, never part of a
//    first view; a German page with two self-contained bundles, or the three modular ones, fetches
//    one, and its widgets and Share panel speak German; an English page fetches none, nor the code
//    for languages other than English.
// Prints one line per check and "N passed, N failed"; exits 1 on any failure. Stops by itself.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from './find-browser.mjs';
import { demoMiddleware } from './demo-middleware.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const DEADLINE_MS = 5 * 60_000;
const WIDGET_WAIT_MS = 20_000;

const TOKENS = {
  matomo: 'demo-super-user-token',
  matomoViewer: 'demo-view-token',
  chatUser: 'demo-admin',
  chat: 'demo-admin-token',
};
const SECRET_TOKENS = [TOKENS.matomo, TOKENS.matomoViewer, TOKENS.chat];
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'";
/** The strict policy with Trusted Types enforced: only lit's policy, created once (one copy of lit on the page: the modular set). */
const TRUSTED_TYPES_CSP = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
/** The same, where each of several self-contained bundles brings its copy of lit, which creates lit's policy again. */
const TRUSTED_TYPES_DUPLICATES_CSP = `${TRUSTED_TYPES_CSP} 'allow-duplicates'`;
const TRUSTED_TYPES_PAGE = '/check/trusted-types-modules.html';
const TRUSTED_TYPES_DUPLICATES_PAGE = '/check/trusted-types-self-contained.html';
/** The policy each page is served with. */
const POLICIES = { [TRUSTED_TYPES_PAGE]: TRUSTED_TYPES_CSP, [TRUSTED_TYPES_DUPLICATES_PAGE]: TRUSTED_TYPES_DUPLICATES_CSP };

const WIDGET_HTML = {
  'activity-log': `<activity-log api-base="/matomo/" token="${TOKENS.matomo}" page-size="10"></activity-log>`,
  'visits-chart': `<visits-chart api-base="/matomo/" token="${TOKENS.matomoViewer}" site-id="1,2" compare></visits-chart>`,
  'analytics-settings': `<analytics-settings api-base="/chat/" user-id="${TOKENS.chatUser}" token="${TOKENS.chat}"></analytics-settings>`,
};
const ALL = Object.keys(WIDGET_HTML);
/** The bundles of the modular set, by widget. */
const MODULAR = Object.fromEntries(ALL.map((tag) => [tag, `modules/${tag}`]));

const page = (title, scripts, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  scripts.map((src) => `<script type="module" src="${src}"></script>`).join('') +
  `</head><body>${body}</body></html>`;

/** Virtual pages and scripts, served with the strict policy as an HTTP header. */
const PAGES = {
  '/check/activity-log.html': page('activity-log.js', ['/dist/cdn/activity-log.js'], WIDGET_HTML['activity-log']),
  '/check/visits-chart.html': page('visits-chart.js', ['/dist/cdn/visits-chart.js'], WIDGET_HTML['visits-chart']),
  '/check/analytics-settings.html': page('analytics-settings.js', ['/dist/cdn/analytics-settings.js'], WIDGET_HTML['analytics-settings']),
  ...Object.fromEntries(ALL.map((tag) => [`/check/${MODULAR[tag]}.html`, page(`${MODULAR[tag]}.js`, [`/dist/cdn/${MODULAR[tag]}.js`], WIDGET_HTML[tag])])),
  '/check/dashboard-widgets.html': page('dashboard-widgets.js', ['/dist/cdn/dashboard-widgets.js'], ALL.map((t) => WIDGET_HTML[t]).join('')),
  '/check/two-bundles.html': page(
    'two bundles',
    ['/dist/cdn/activity-log.js', '/dist/cdn/visits-chart.js', '/dist/cdn/dashboard-widgets.js'],
    ALL.map((t) => WIDGET_HTML[t]).join(''),
  ),
  [TRUSTED_TYPES_PAGE]: page(
    'Trusted Types, the three modular bundles',
    ALL.map((tag) => `/dist/cdn/${MODULAR[tag]}.js`),
    ALL.map((t) => WIDGET_HTML[t]).join(''),
  ),
  [TRUSTED_TYPES_DUPLICATES_PAGE]: page(
    'Trusted Types, three self-contained bundles',
    ALL.map((tag) => `/dist/cdn/${tag}.js`),
    ALL.map((t) => WIDGET_HTML[t]).join(''),
  ),
  '/check/twice.html': page('one bundle twice', ['/dist/cdn/activity-log.js', '/dist/cdn/activity-log.js?copy=2'], WIDGET_HTML['activity-log']),
  '/check/embed.html': page(
    'embed',
    ['/dist/cdn/embed-host.js'],
    `<widget-frame id="framed" widget="activity-log" src="/dist/embed.html" api-base="/matomo/" page-size="10" token="${TOKENS.matomo}"></widget-frame>` +
      `<iframe id="plain" title="Visits" data-dashboard-widgets src="/dist/embed.html#widget=visits-chart&amp;api-base=/matomo/&amp;site-id=1&amp;token=${TOKENS.matomoViewer}"></iframe>`,
  ),
  '/check/class-modules.html': page('class modules', ['/check/class-modules.js'], ''),
  '/check/german.html': page(
    'German, two self-contained bundles',
    ['/dist/cdn/activity-log.js', '/dist/cdn/visits-chart.js'],
    WIDGET_HTML['activity-log'] + WIDGET_HTML['visits-chart'],
  ).replace('<html lang="en">', '<html lang="de">'),
  '/check/german-modules.html': page(
    'German, the three modular bundles',
    ALL.map((tag) => `/dist/cdn/${MODULAR[tag]}.js`),
    ALL.map((t) => WIDGET_HTML[t]).join(''),
  ).replace('<html lang="en">', '<html lang="de">'),
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

async function classModulesScript() {
  // The npm class modules (no define.js): bundling them must register nothing.
  const modules = ['activity-log/activity-log.js', 'visits-chart/visits-chart.js', 'analytics-settings/analytics-settings.js', 'analytics-settings/helpers.js', 'embed/widget-frame.js', 'embed/share-panel.js'];
  const contents =
    modules.map((m, i) => `import * as m${i} from ${JSON.stringify(join(dist, m))};`).join('\n') +
    `\nwindow.classModules = [${modules.map((_, i) => `m${i}`).join(', ')}].map((m) => Object.keys(m).length);` +
    `\nwindow.registered = ['activity-log', 'visits-chart', 'analytics-settings', 'widget-frame', 'dw-share-panel'].filter((t) => customElements.get(t));`;
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'js' }, bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  return result.outputFiles[0].text;
}

async function startServer() {
  const demo = await demoMiddleware({ persist: false });
  const classModules = await classModulesScript();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
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
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (PAGES[url.pathname]) {
        const policy = POLICIES[url.pathname] ?? CSP;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
        res.end(PAGES[url.pathname]);
        return;
      }
      if (url.pathname === '/check/class-modules.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        res.end(classModules);
        return;
      }
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(dist + sep) || !existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(readFileSync(file));
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// In every frame, before any script: record CSP violations and the widgets' load/error events.
const RECORDER = () => {
  window.__check = { violations: [], events: [] };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.__check.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
  // With the moment (the page's clock, as Resource Timing's): a widget renders the data it
  // announces in the same task (lit renders in a microtask), so a fetch that starts later is not
  // one the data waited for.
  for (const type of ['dw-activity-load', 'dw-visits-load', 'dw-settings-load', 'dw-activity-error', 'dw-visits-error']) {
    document.addEventListener(type, (e) => window.__check.events.push({ type, tag: e.target.localName, at: performance.now() }), true);
  }
};

const results = [];
const check = async (name, fn) => {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok    ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).replace(/\n/g, '\n        ')}`);
  }
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

/**
 * Opens `path` in a new tab that records its requests and problems. `hold(url)`: requests to
 * hold back (unanswered) until `release()` is called.
 */
async function openPage(browser, origin, path, { hold = () => false } = {}) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  let held = [];
  const release = () => {
    for (const request of held) request.continue();
    held = null;
  };
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = request.url();
    requests.push({ url, referer: request.headers().referer ?? '' });
    if (held && url.startsWith(origin) && hold(url)) held.push(request);
    else if (url.startsWith(origin) || url.startsWith('data:') || url === 'about:blank') request.continue();
    else {
      problems.push(`request to an outside address blocked: ${url}`);
      request.abort();
    }
  });
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()} ${m.location()?.url ?? ''}`.trim()));
  tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await tab.evaluateOnNewDocument(RECORDER);
  await tab.setViewport({ width: 1100, height: 900 });
  await tab.goto(origin + path, { waitUntil: 'load' });
  return { tab, problems, requests, release };
}

/** The files under cdn/ a bundle's code imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to cdn/. */
function staticImports(code) {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1].slice(2));
}

/** The inputs (paths from the project root) of dist/<entry> bundled with everything it imports statically. */
async function bundledInputs(entry) {
  const { metafile } = await build({ entryPoints: [join(dist, entry)], bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return Object.keys(metafile.inputs).map((input) => input.replace(/\\/g, '/'));
}

const CDN = '/dist/cdn/';
const isCdnScript = (url) => new URL(url).pathname.startsWith(CDN) && url.endsWith('.js');
/** Whether `url` is a script of cdn/ that is not in `firstView` (a file loaded on demand, or another bundle's). */
const notInFirstView = (firstView) => (url) => isCdnScript(url) && !firstView.includes(new URL(url).pathname.slice(CDN.length));

/**
 * The script files of dist/cdn/ the page fetched (names relative to cdn/), split at the moment the
 * first of `tags` showed its data: `before` (the fetch started earlier) and `after`. Waits until
 * every file requested has arrived, so Resource Timing knows when each fetch started.
 */
async function cdnFetchesAroundData(tab, requests, tags) {
  const urls = [...new Set(requests.map((r) => r.url).filter(isCdnScript))];
  await tab.waitForFunction((urls) => urls.every((u) => performance.getEntriesByName(u).length > 0), { timeout: WIDGET_WAIT_MS }, urls);
  const { shownAt, starts } = await tab.evaluate(
    (urls, tags) => ({
      shownAt: Math.min(...window.__check.events.filter((e) => tags.includes(e.tag)).map((e) => e.at)),
      starts: urls.map((u) => Math.min(...performance.getEntriesByName(u).map((e) => e.startTime))),
    }),
    urls,
    tags,
  );
  const name = (url) => new URL(url).pathname.slice(CDN.length);
  return {
    before: urls.filter((_, i) => starts[i] < shownAt).map(name).sort(),
    after: urls.filter((_, i) => starts[i] >= shownAt).map(name).sort(),
  };
}

/** Waits until every widget on the page has loaded, then checks it shows something and no error. */
async function widgetsRender(frame, tags) {
  await frame.waitForFunction(
    (tags) => tags.every((tag) => window.__check.events.some((e) => e.tag === tag)),
    { timeout: WIDGET_WAIT_MS },
    tags,
  );
  await new Promise((r) => setTimeout(r, 300));
  const report = await frame.evaluate(
    (tags) =>
      tags.map((tag) => {
        const el = document.querySelector(tag);
        return {
          tag,
          defined: !!customElements.get(tag),
          text: el?.shadowRoot?.textContent?.trim().length ?? 0,
          error: !!el?.shadowRoot?.querySelector('[part~="error"]'),
          errorEvents: window.__check.events.filter((e) => e.tag === tag && e.type.endsWith('-error')).length,
          canvas: !!el?.shadowRoot?.querySelector('canvas'),
          // Something drawn on the chart (the build trims Chart.js: this shows it still draws).
          drawn: (() => {
            const canvas = el?.shadowRoot?.querySelector('canvas');
            if (!canvas || !canvas.width || !canvas.height) return false;
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
            return painted > 500;
          })(),
        };
      }),
    tags,
  );
  for (const r of report) {
    assert(r.defined, `<${r.tag}> is not registered`);
    assert(r.text > 20 && !r.error && r.errorEvents === 0, `<${r.tag}> did not render its data (text ${r.text} chars, error shown: ${r.error})`);
    if (r.tag === 'visits-chart') assert(r.canvas && r.drawn, `<visits-chart> ${r.canvas ? 'drew nothing on its canvas' : 'has no chart canvas'}`);
  }
}

async function clean(tab, problems, requests) {
  const violations = [];
  for (const frame of tab.frames()) violations.push(...(await frame.evaluate(() => window.__check?.violations ?? []).catch(() => [])));
  assert(violations.length === 0, `Content-Security-Policy violations:\n${violations.join('\n')}`);
  assert(problems.length === 0, problems.join('\n'));
  // What reaches a server: the URL without its fragment (the browser never sends that), and the Referer.
  const leaks = requests.filter((r) => SECRET_TOKENS.some((t) => r.referer.includes(t) || r.url.split('#')[0].includes(t)));
  assert(leaks.length === 0, `a token in a request URL or Referer:\n${leaks.map((r) => `${r.url} (referer ${r.referer})`).join('\n')}`);
}

async function main() {
  for (const file of ['cdn/dashboard-widgets.js', 'cdn/activity-log.js', 'cdn/visits-chart.js', 'cdn/analytics-settings.js', ...ALL.map((tag) => `cdn/${MODULAR[tag]}.js`), 'cdn/embed-host.js', 'cdn/embed-page.js', 'embed.html', 'embed.css']) {
    if (!existsSync(join(dist, file))) {
      console.error(`dist/${file} is missing: run "npm run build" first.`);
      process.exit(1);
    }
  }
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
  console.log(`Checking dist/ on ${origin}`);
  try {
    const bundles = JSON.parse(readFileSync(join(dist, 'cdn/bundles.json'), 'utf8'));

    const selfContained = [...ALL, 'dashboard-widgets'];
    const modular = ALL.map((tag) => MODULAR[tag]);

    await check('bundles.json: each self-contained first view is one file; the two layouts share no file (the modular set is all in cdn/modules/)', () => {
      for (const name of [...selfContained, ...modular]) assert(bundles[name], `bundles.json lists no ${name}`);
      for (const name of selfContained) {
        const { firstView, onDemand } = bundles[name];
        assert(firstView.length === 1 && firstView[0] === `${name}.js`, `the first view of ${name}.js is ${firstView.join(', ')} (one file, ${name}.js, expected)`);
        const outside = onDemand.filter((f) => !f.startsWith(`chunks/${name}.`));
        assert(outside.length === 0, `${name}.js loads ${outside.join(', ')} on demand: not a file of its own (cdn/chunks/${name}.*)`);
      }
      for (const name of modular) {
        const outside = [...bundles[name].firstView, ...bundles[name].onDemand].filter((f) => !f.startsWith('modules/'));
        assert(outside.length === 0, `${name}.js reaches ${outside.join(', ')}, outside cdn/modules/`);
      }
    });

    await check('each bundle of the modular set imports the shared files of its first view itself (fetched in parallel once it is read)', () => {
      for (const name of modular) {
        const [entry, ...shared] = bundles[name].firstView;
        assert(entry === `${name}.js`, `bundles.json: the first view of ${name} does not start with ${name}.js`);
        assert(shared.length > 0, `bundles.json lists no shared file in the first view of ${name} (the check is stale)`);
        // Imports are relative to the importing file (cdn/modules/).
        const imported = staticImports(readFileSync(join(dist, 'cdn', entry), 'utf8')).map((f) => `modules/${f}`);
        const deeper = shared.filter((f) => !imported.includes(f));
        assert(deeper.length === 0, `${entry} does not import ${deeper.join(', ')} itself: the browser finds them only after another file (a deeper waterfall)`);
      }
    });

    for (const name of [...selfContained, ...modular]) {
      const tags = name === 'dashboard-widgets' ? ALL : [name.replace(/^modules\//, '')];
      await check(`dist/cdn/${name}.js on a blank strict-CSP page renders ${name === 'dashboard-widgets' ? 'every widget' : `<${tags[0]}>`}, fetching only its first-view files`, async () => {
        // Every other file of cdn/ is held back until the widgets have shown their data: a widget
        // whose data needed one would not show it (and this check would fail).
        const { tab, problems, requests, release } = await openPage(browser, origin, `/check/${name}.html`, { hold: notInFirstView(bundles[name].firstView) });
        try {
          await widgetsRender(tab.mainFrame(), tags);
          release();
          // The sizes and ceilings are of the first view (bundles.json): nothing else may be
          // fetched before the widgets show their data, or they would not count what a reader
          // pays; what is fetched after (a preview, an editor) must be a file counted as on demand.
          const { before, after } = await cdnFetchesAroundData(tab, requests, tags);
          const expected = [...bundles[name].firstView].sort();
          assert(JSON.stringify(before) === JSON.stringify(expected), `before the data was shown, the page fetched ${before.join(', ')}; bundles.json counts ${expected.join(', ')} as the first view (a file loaded on demand was fetched before the first content)`);
          const unknown = after.filter((f) => !bundles[name].onDemand.includes(f));
          assert(unknown.length === 0, `after the data was shown, the page fetched ${unknown.join(', ')}, which bundles.json does not count as on demand`);
          await clean(tab, problems, requests);
        } finally {
          await tab.close();
        }
      });
    }

    await check('what a bundle of either layout loads on demand (the Share / embed panel) arrives from its chunks/ folder under the strict policy; its snippets point at embed.html and the self-contained bundle', async () => {
      for (const name of [...ALL, ...modular]) {
        const tag = name.replace(/^modules\//, '');
        const chunksFolder = `${CDN}${name.startsWith('modules/') ? 'modules/' : ''}chunks/`;
        const { tab, problems, requests } = await openPage(browser, origin, `/check/${name}.html`);
        try {
          await widgetsRender(tab.mainFrame(), [tag]);
          const before = requests.length;
          await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="share-button"]').click(), tag);
          await tab.waitForFunction(
            (tag) =>
              [...(document.querySelector(tag).shadowRoot.querySelector('dw-share-panel')?.shadowRoot?.querySelectorAll('[part~="snippet"]') ?? [])].some((t) =>
                t.value.includes(`<${tag}`),
              ),
            { timeout: WIDGET_WAIT_MS },
            tag,
          );
          const chunks = requests.slice(before).filter((r) => new URL(r.url).pathname.startsWith(chunksFolder));
          assert(chunks.length > 0, `${name}: the panel showed, but no file was fetched from ${chunksFolder}`);
          const snippets = await tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('dw-share-panel').snippets, tag);
          assert(snippets.iframe.includes(`${origin}/dist/embed.html#`), `${name}: the iframe snippet does not point at ${origin}/dist/embed.html:\n${snippets.iframe}`);
          assert(snippets.script.includes(`src="${origin}/dist/cdn/${tag}.js"`), `${name}: the script-tag snippet does not load ${origin}/dist/cdn/${tag}.js:\n${snippets.script}`);
          await clean(tab, problems, requests);
        } finally {
          await tab.close();
        }
      }
    });

    await check('several copies of the library on one page (activity-log.js and visits-chart.js, and dashboard-widgets.js) work together', async () => {
      const { tab, problems, requests } = await openPage(browser, origin, '/check/two-bundles.html');
      try {
        await widgetsRender(tab.mainFrame(), ALL);
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check("the three bundles of the modular set share one lit: under Trusted Types (trusted-types lit-html, no 'allow-duplicates') every widget renders, rows included, each shared file fetched once", async () => {
      const { tab, problems, requests } = await openPage(browser, origin, TRUSTED_TYPES_PAGE);
      try {
        await widgetsRender(tab.mainFrame(), ALL);
        const rows = await tab.evaluate(() => document.querySelector('activity-log').shadowRoot.querySelectorAll('li.row').length);
        assert(rows === 10, `<activity-log> shows ${rows} rows under Trusted Types (10 expected)`);
        const shared = [...new Set(modular.flatMap((name) => bundles[name].firstView.slice(1)))];
        assert(shared.length > 0, 'bundles.json lists no shared file for the modular set (the check is stale)');
        for (const file of shared) {
          const times = requests.filter((r) => new URL(r.url).pathname === `${CDN}${file}`).length;
          assert(times === 1, `${file} was fetched ${times} times`);
        }
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check("the three self-contained bundles (a copy of lit each) under Trusted Types with 'allow-duplicates' (trusted-types lit-html 'allow-duplicates') render every widget, rows included", async () => {
      const { tab, problems, requests } = await openPage(browser, origin, TRUSTED_TYPES_DUPLICATES_PAGE);
      try {
        await widgetsRender(tab.mainFrame(), ALL);
        const rows = await tab.evaluate(() => document.querySelector('activity-log').shadowRoot.querySelectorAll('li.row').length);
        assert(rows === 10, `<activity-log> shows ${rows} rows under Trusted Types (10 expected)`);
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check('one bundle loaded twice works', async () => {
      const { tab, problems, requests } = await openPage(browser, origin, '/check/twice.html');
      try {
        await widgetsRender(tab.mainFrame(), ['activity-log']);
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check('dist/embed.html in a <widget-frame> resizes as its widget grows and shrinks; a marked plain iframe is sized too', async () => {
      const { tab, problems, requests } = await openPage(browser, origin, '/check/embed.html');
      try {
        const frameHeight = (id) =>
          tab.evaluate((id) => {
            const el = document.getElementById(id);
            const iframe = el.localName === 'widget-frame' ? el.shadowRoot.querySelector('iframe') : el;
            return iframe.clientHeight;
          }, id);
        const contentHeight = async (id) => {
          const frame = tab.frames().find((f) => f.url().includes('/dist/embed.html') && f.url().includes(id === 'framed' ? 'activity-log' : 'visits-chart'));
          return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        };
        const waitFit = async (id, test, what) => {
          const end = Date.now() + WIDGET_WAIT_MS;
          for (;;) {
            const [outer, inner] = [await frameHeight(id), await contentHeight(id).catch(() => -1)];
            if (Math.abs(outer - inner) <= 1 && test(outer)) return outer;
            if (Date.now() > end) throw new Error(`${what}: frame ${outer}px, content ${inner}px`);
            await new Promise((r) => setTimeout(r, 100));
          }
        };
        const small = await waitFit('framed', (h) => h > 300, 'the activity log frame did not fit its first page');
        await tab.evaluate(() => document.getElementById('framed').setAttribute('page-size', '50'));
        const large = await waitFit('framed', (h) => h > small + 300, 'the frame did not grow with 50 rows');
        await tab.evaluate(() => document.getElementById('framed').setAttribute('page-size', '10'));
        await waitFit('framed', (h) => h < large - 300, 'the frame did not shrink back to 10 rows');
        await waitFit('plain', (h) => h > 200 && h !== 150, 'the plain iframe was not sized');
        // Each frame shows one widget: it loads that widget's self-contained bundle (one file), never the modular set.
        const scripts = requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith(CDN));
        for (const tag of ['activity-log', 'visits-chart']) assert(scripts.includes(`${CDN}${tag}.js`), `embed.html did not load cdn/${tag}.js for its <${tag}>`);
        const modularFiles = scripts.filter((p) => p.startsWith(`${CDN}modules/`));
        assert(modularFiles.length === 0, `embed.html loaded files of the modular set: ${modularFiles.join(', ')}`);
        const fragments = requests.filter((r) => r.url.includes('/dist/embed.html#')).map((r) => r.url.split('#')[1]);
        assert(fragments.some((f) => f.includes(`token=${TOKENS.matomo}`)), 'the token did not travel in the embed fragment');
        for (const frame of tab.frames().filter((f) => f.url().includes('/dist/embed.html'))) {
          await widgetsRender(frame, [frame.url().includes('visits-chart') ? 'visits-chart' : 'activity-log']);
        }
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check('Chart.js is only in the bundles that draw a chart', async () => {
      const marker = 'Canvas is already in use';
      const filesOf = (name) => [...bundles[name].firstView, ...bundles[name].onDemand];
      for (const name of ['activity-log', 'analytics-settings', 'modules/activity-log', 'modules/analytics-settings', 'embed-host', 'embed-page']) {
        for (const file of filesOf(name)) assert(!readFileSync(join(dist, 'cdn', file), 'utf8').includes(marker), `dist/cdn/${file} (${name}) contains Chart.js`);
      }
      for (const name of ['visits-chart', 'modules/visits-chart']) {
        assert(bundles[name].firstView.some((file) => readFileSync(join(dist, 'cdn', file), 'utf8').includes(marker)), `the Chart.js marker was not found in the first view of ${name}.js (the check is stale)`);
      }
      for (const entry of ['activity-log/define.js', 'analytics-settings/define.js', 'embed/host.js']) {
        const chart = (await bundledInputs(entry)).filter((input) => input.includes('node_modules/chart.js') || input.includes('vendor/chart.js'));
        assert(chart.length === 0, `dashboard-widgets/${entry} pulls in Chart.js`);
      }
      assert((await bundledInputs('visits-chart/define.js')).some((input) => input.endsWith('dist/vendor/chart.js')), 'dashboard-widgets/visits-chart does not import the trimmed Chart.js of dist/vendor/');
    });

    await check("the settings' validators are in no first view: a file of their own, fetched once the form shows", () => {
      // A message only validators.ts says.
      const marker = 'Remove the leading zeros.';
      const holds = (file) => readFileSync(join(dist, 'cdn', file), 'utf8').includes(marker);
      for (const name of ['analytics-settings', 'modules/analytics-settings', 'dashboard-widgets']) {
        const first = bundles[name].firstView.filter(holds);
        assert(first.length === 0, `the validators are in the first view of ${name}.js: ${first.join(', ')}`);
        assert(bundles[name].onDemand.some(holds), `no on-demand file of ${name}.js holds the validators (the check is stale)`);
      }
    });

    await check('no entry of the library reaches the demo backend (only dashboard-widgets/demo-backend exports it)', async () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const library = Object.entries(pkg.exports)
        .filter(([path]) => path !== './demo-backend')
        .flatMap(([, t]) => (typeof t === 'string' ? [t] : [t.default]))
        .filter((t) => t.endsWith('.js') && !t.includes('*'))
        .map((t) => t.replace(/^\.\/dist\//, ''));
      assert(library.length > 10, `only ${library.length} entries found in package.json (the check is stale)`);
      for (const entry of library) {
        const demo = (await bundledInputs(entry)).filter((input) => input.startsWith('dist/demo/') || input.includes('src/demo/'));
        assert(demo.length === 0, `dashboard-widgets (${entry}) imports the demo backend: ${demo[0]}`);
      }
      const demoEntry = pkg.exports['./demo-backend']?.default;
      assert(demoEntry && (await bundledInputs(demoEntry.replace(/^\.\/dist\//, ''))).some((input) => input.includes('dist/demo/handler.js')), 'dashboard-widgets/demo-backend does not export the demo backend (the check is stale)');
      // The script-tag bundles: every source their maps name.
      for (const file of readdirSync(join(dist, 'cdn'), { recursive: true }).filter((f) => String(f).endsWith('.js.map'))) {
        const { sources } = JSON.parse(readFileSync(join(dist, 'cdn', String(file)), 'utf8'));
        const demo = sources.filter((source) => source.includes('src/demo/'));
        assert(demo.length === 0, `dist/cdn/${file} holds the demo backend: ${demo[0]}`);
      }
    });

    await check('the npm class modules (and the settings helpers) register nothing', async () => {
      const { tab, problems, requests } = await openPage(browser, origin, '/check/class-modules.html');
      try {
        await tab.waitForFunction(() => Array.isArray(window.classModules), { timeout: 10_000 });
        const { registered, exported } = await tab.evaluate(() => ({ registered: window.registered, exported: window.classModules }));
        assert(exported.every((n) => n > 0), 'a class module exports nothing');
        assert(registered.length === 0, `importing a class module registered ${registered.join(', ')}`);
        await clean(tab, problems, requests);
      } finally {
        await tab.close();
      }
    });

    await check('a language is one file per bundle (self-contained: cdn/chunks/<bundle>.*; the modular set: one of cdn/modules/chunks/ for the three), in no first view', () => {
      for (const name of selfContained) {
        const file = bundles[name].languages?.de;
        assert(file && file.startsWith(`chunks/${name}.`) && bundles[name].onDemand.includes(file), `bundles.json names no German file of its own for ${name}`);
      }
      const modularGerman = new Set(modular.map((name) => bundles[name].languages?.de));
      const [file] = modularGerman;
      assert(modularGerman.size === 1 && file?.startsWith('modules/chunks/'), `the modular set's German files are ${[...modularGerman].join(', ')} (one file of cdn/modules/chunks/ expected)`);
      for (const name of modular) assert(bundles[name].onDemand.includes(file), `bundles.json does not count ${file} as on demand for ${name}`);
      for (const name of [...selfContained, ...modular]) {
        const languages = Object.values(bundles[name].languages ?? {});
        const inFirstView = bundles[name].firstView.filter((f) => languages.includes(f));
        assert(inFirstView.length === 0, `a language file is in the first view of ${name}: ${inFirstView.join(', ')}`);
      }
    });

    const languageFiles = new Set(Object.values(bundles).flatMap((b) => Object.values(b.languages ?? {})));
    const SHARE_DE = 'Teilen / Einbetten';
    for (const [path, tags] of [
      ['/check/german.html', ['activity-log', 'visits-chart']],
      ['/check/german-modules.html', ALL],
    ]) {
      await check(`a German page with ${path === '/check/german.html' ? 'two self-contained bundles' : 'the three modular bundles'} fetches one language file, and speaks German`, async () => {
        const { tab, problems, requests } = await openPage(browser, origin, path);
        try {
          await widgetsRender(tab.mainFrame(), tags);
          const shareButton = (tag) => tab.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelector('[part~="share-button"]')?.textContent.trim(), tag);
          await tab.waitForFunction(
            (tag, text) => document.querySelector(tag).shadowRoot.querySelector('[part~="share-button"]')?.textContent.trim() === text,
            { timeout: WIDGET_WAIT_MS },
            tags[0],
            SHARE_DE,
          );
          for (const tag of tags.slice(1)) assert((await shareButton(tag)) === SHARE_DE, `the Share button of <${tag}> reads "${await shareButton(tag)}"`);
          await tab.evaluate(() => document.querySelector('visits-chart').shadowRoot.querySelector('[part~="share-button"]').click());
          await tab.waitForFunction(
            (text) => document.querySelector('visits-chart').shadowRoot.querySelector('dw-share-panel')?.shadowRoot?.querySelector('h2')?.textContent === text,
            { timeout: WIDGET_WAIT_MS },
            SHARE_DE,
          );
          const fetched = requests.map((r) => new URL(r.url).pathname.replace(CDN, '')).filter((p) => languageFiles.has(p));
          assert(fetched.length === 1, `the German page fetched ${fetched.length} language files: ${fetched.join(', ')}`);
          await clean(tab, problems, requests);
        } finally {
          await tab.close();
        }
      });
    }

    const translationsFiles = new Set(Object.values(bundles).map((b) => b.translations).filter(Boolean));
    await check('the code for languages other than English is a file of its own, on demand, for every bundle of the widgets', () => {
      for (const name of [...selfContained, ...modular]) {
        const file = bundles[name].translations;
        assert(file && bundles[name].onDemand.includes(file) && !bundles[name].firstView.includes(file), `bundles.json names no on-demand file of the code for other languages for ${name}`);
      }
    });

    await check('an English page of either layout fetches no language file, nor the code for other languages, its Share panel included', async () => {
      for (const name of ['activity-log', MODULAR['activity-log']]) {
        const english = await openPage(browser, origin, `/check/${name}.html`);
        try {
          await widgetsRender(english.tab.mainFrame(), ['activity-log']);
          await english.tab.evaluate(() => document.querySelector('activity-log').shadowRoot.querySelector('[part~="share-button"]').click());
          await english.tab.waitForFunction(() => document.querySelector('activity-log').shadowRoot.querySelector('dw-share-panel')?.shadowRoot?.querySelector('h2'), { timeout: WIDGET_WAIT_MS });
          const fetched = english.requests.map((r) => new URL(r.url).pathname.replace(CDN, '')).filter((p) => languageFiles.has(p) || translationsFiles.has(p));
          assert(fetched.length === 0, `${name}.js: the English page fetched ${fetched.join(', ')}`);
        } finally {
          await english.tab.close();
        }
      }
    });

    await check('every file package.json exports is in dist/; the settings helpers run without a DOM', async () => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
      const missing = targets.filter((t) => !t.includes('*') && !existsSync(join(root, t)));
      assert(missing.length === 0, `package.json exports files that are not built: ${missing.join(', ')}`);
      assert(pkg.exports['./analytics-settings/helpers'], 'package.json does not export ./analytics-settings/helpers');
      const helpers = await import(pathToFileURL(join(root, pkg.exports['./analytics-settings/helpers'].default)).href);
      const check = helpers.validateAdditionalTrackers('[{"trackerURL": "https://a.example/", "siteId": 1,}]', helpers.parseJsonAt);
      assert(check.errors[0]?.message === 'Line 1, column 50: remove the comma before }.', `the helpers in Node: ${JSON.stringify(check.errors)}`);
      assert(helpers.chatTrackingCode(helpers.matomoConfig({ PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://m.example/' }), 'chat.example.com')?.includes('setTrackerUrl'), 'the helpers in Node: no tracking code');
    });
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

const deadline = setTimeout(() => {
  console.error(`check-dist: still running after ${DEADLINE_MS / 1000} s; giving up.`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

await main();
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
