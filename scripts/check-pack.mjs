// node scripts/check-pack.mjs (after `npm run build`): the package as npm publishes it. Packs it
// (`npm pack`, into a temporary folder), prints what it holds, then checks:
//  - LICENSE (MIT) is in it and package.json says so;
//  - every source map in it carries its sources (sourcesContent), and the npm modules ship none
//    (they are readable ES modules; an application's bundler makes its own maps from them);
//  - publint and are-the-types-wrong (ESM-only profile: Node 16+ from ESM and bundlers) find
//    nothing, on the tarball;
//  - an application installs the tarball with only the dependencies it declares (so a module that
//    imported anything else would not build), bundles it with Vite (test/fixtures/npm-app:
//    `import 'dashboard-widgets/visits-chart'`), and gets the trimmed Chart.js of dist/vendor/,
//    not the chart.js package; the code of its first view (its files taken together, compressed
//    as one) may not pass cdn/visits-chart.js's first view by more than 5 %, and what a browser
//    fetches (each file compressed on its own) is printed beside it. The two differ by how the
//    bundler cuts the code into files: Vite 8's bundler (Rolldown) makes a file of its own of a
//    module that the first view and several on-demand parts share, even though the first
//    view has loaded it already (rolldown/rolldown#10731, open), which no library can prevent;
//  - that application's page shows the chart (drawn) against the demo backend in headless
//    Chromium, under a strict Content-Security-Policy, without an error; the German messages are a
//    file of their own outside its first view, fetched when the page turns German, and a language
//    the application registers through dashboard-widgets/i18n shows when the page turns to it.
// Prints one line per check and "N passed, N failed"; exits 1 on any failure. Stops by itself.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from './find-browser.mjs';
import { demoMiddleware } from './demo-middleware.mjs';
import { kindOf, packSummary } from './pack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const DEADLINE_MS = 6 * 60_000;
const WAIT_MS = 20_000;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'";
/** Strings only Chart.js classes the chart does not register carry (their ids): absent when Chart.js is trimmed. */
const UNREGISTERED_CHART_JS = ['doughnut', 'polarArea', 'timeseries', 'logarithmic', 'bubble'];

const results = [];
const check = async (name, fn) => {
  try {
    const detail = await fn();
    results.push(true);
    console.log(`  ok    ${name}${detail ? `\n        ${detail.replace(/\n/g, '\n        ')}` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).replace(/\n/g, '\n        ')}`);
  }
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Runs a tool; its output, or an error holding it. */
function tool(name, args) {
  try {
    return execFileSync(bin(name), args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  } catch (error) {
    throw new Error(`${name} ${args.join(' ')} failed:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.trim()}`);
  }
}

/**
 * Installs what the package declares it needs into `modules` (node_modules of the application),
 * as links to this project's copies: its dependencies and theirs, nothing else.
 */
function installDependencies(pkg, modules) {
  const queue = Object.keys(pkg.dependencies ?? {});
  const done = new Set();
  while (queue.length) {
    const name = queue.shift();
    if (done.has(name)) continue;
    done.add(name);
    const from = join(root, 'node_modules', name);
    if (!existsSync(from)) throw new Error(`${name} is a dependency but is not installed here`);
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(from, join(modules, name), 'dir');
    queue.push(...Object.keys(JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).dependencies ?? {}));
  }
  return [...done];
}

/** A first view of a bundler's output: the entry chunk and what it imports statically. */
function firstView(output) {
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    for (const dep of c.imports) visit(byName.get(dep));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  return [...seen];
}

/** Serves `folder` with the demo backend beside it (/matomo/, /chat/), under the strict policy. */
async function serve(folder) {
  const demo = await demoMiddleware({ persist: false });
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ctx = { method: req.method ?? 'GET', path: url.pathname, href: `http://${req.headers.host}${req.url}`, req, status: 404, body: '', headers: {} };
    ctx.set = (name, value) => (ctx.headers[name] = value);
    let passed = false;
    await demo(ctx, async () => {
      passed = true;
    });
    if (!passed) return void res.writeHead(ctx.status, ctx.headers).end(ctx.body);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(folder, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(folder + sep) || !existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function main() {
  if (!existsSync(join(dist, 'cdn/bundles.json'))) {
    console.error('dist/ is missing: run "npm run build" first.');
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'dashboard-widgets-pack-'));
  try {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    console.log(packSummary(pack));
    const tarball = join(work, pack.filename);
    const app = join(work, 'app');
    const installed = join(app, 'node_modules', 'dashboard-widgets');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const paths = pack.files.map((f) => f.path);
    console.log(`Checking ${pack.filename}`);

    await check('LICENSE (MIT) is in the package, and package.json says MIT', () => {
      assert(paths.includes('LICENSE'), 'LICENSE is not in the package');
      const text = readFileSync(join(installed, 'LICENSE'), 'utf8');
      assert(/^MIT License/.test(text) && /Copyright \(c\) \d{4} dashboard-widgets contributors/.test(text), 'LICENSE is not the MIT licence of dashboard-widgets contributors');
      assert(pkg.license === 'MIT', `package.json: license is ${JSON.stringify(pkg.license)}`);
    });

    await check('every source map carries its sources (sourcesContent); the npm modules ship none', () => {
      const maps = paths.filter((p) => p.endsWith('.map'));
      const outside = maps.filter((p) => !p.startsWith('dist/cdn/'));
      assert(outside.length === 0, `source maps outside dist/cdn/: ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ', …' : ''}`);
      for (const p of maps) {
        const map = JSON.parse(readFileSync(join(installed, p), 'utf8'));
        const missing = map.sources.filter((_, i) => typeof map.sourcesContent?.[i] !== 'string');
        assert(missing.length === 0, `${p}: no content for ${missing.slice(0, 3).join(', ')}`);
      }
      const bundles = paths.filter((p) => p.startsWith('dist/cdn/') && p.endsWith('.js'));
      const unmapped = bundles.filter((p) => !paths.includes(`${p}.map`));
      assert(unmapped.length === 0, `bundles without a map: ${unmapped.join(', ')}`);
      return `${maps.length} maps (dist/cdn/), ${kb(pack.files.filter((f) => kindOf(f.path) === 'source maps').reduce((n, f) => n + f.size, 0))} of the ${kb(pack.unpackedSize)} unpacked`;
    });

    await check('publint finds nothing (strict)', () => {
      const out = tool('publint', [tarball, '--strict']);
      assert(/All good!/.test(out), out);
    });

    await check('are-the-types-wrong finds nothing (ESM-only profile: Node 16+ from ESM, bundlers)', () => {
      // attw exits non-zero on any problem the profile does not ignore (tool() then throws with its report).
      // The package has its own types: no @types package is looked up (no request leaves the machine).
      const out = tool('attw', [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--exclude-entrypoints', './embed.css', './embed.html', '--format', 'ascii']);
      const entries = [...out.matchAll(/^"(dashboard-widgets[^"]*)"$/gm)].map((m) => m[1]);
      return `${entries.length} entry points resolve with types`;
    });

    let built;
    let germanFile;
    await check('an application bundled with Vite from the tarball gets the trimmed Chart.js of dist/vendor/, and the German messages in a file outside its first view', async () => {
      installDependencies(pkg, join(app, 'node_modules'));
      cpSync(join(root, 'test/fixtures/npm-app'), app, { recursive: true, filter: (f) => !f.endsWith('.md') });
      const { build } = await import('vite');
      const out = await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: join(app, 'dist'), emptyOutDir: true, reportCompressedSize: false } });
      const output = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
      const ids = output.filter((o) => o.type === 'chunk').flatMap((c) => c.moduleIds);
      assert(ids.some((id) => id.replace(/\\/g, '/').includes('dashboard-widgets/dist/vendor/chart.js')), 'the application does not contain dist/vendor/chart.js');
      const untrimmed = ids.filter((id) => /node_modules[\\/](chart\.js|@kurkle)[\\/]/.test(id));
      assert(untrimmed.length === 0, `the application contains the chart.js package: ${untrimmed[0]}`);
      const first = firstView(output);
      const code = first.map((c) => c.code).join('\n');
      const found = UNREGISTERED_CHART_JS.filter((s) => code.includes(`"${s}"`) || code.includes(`'${s}'`) || code.includes(`\`${s}\``));
      assert(found.length === 0, `Chart.js classes the chart does not register are in the application (${found.join(', ')})`);
      const german = output.filter((o) => o.type === 'chunk' && o.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith('dashboard-widgets/dist/i18n/locales/de.js')));
      assert(german.length === 1 && !first.includes(german[0]), `the German messages are in ${german.length} files${german.some((c) => first.includes(c)) ? ', one in the first view' : ''} (one file loaded on demand expected)`);
      germanFile = german[0].fileName;
      const fetched = first.reduce((n, c) => n + gzip(c.code), 0);
      const appCode = gzip(code);
      const { firstView: cdnFiles } = JSON.parse(readFileSync(join(dist, 'cdn/bundles.json'), 'utf8'))['visits-chart'];
      const cdnBytes = cdnFiles.reduce((n, f) => n + gzip(readFileSync(join(dist, 'cdn', f))), 0);
      assert(appCode <= cdnBytes * 1.05, `the code of the application's first view (${kb(appCode)} gzip) passes cdn/visits-chart.js's (${kb(cdnBytes)}) by more than 5 %`);
      built = join(app, 'dist');
      return `first view of the Vite application (import 'dashboard-widgets/visits-chart'): its code ${kb(appCode)} gzip, fetched as ${first.length} file${first.length === 1 ? '' : 's'} of ${kb(fetched)} gzip; cdn/visits-chart.js: ${kb(cdnBytes)} gzip in ${cdnFiles.length}`;
    });

    await check("that application's page shows the chart against the demo backend, under a strict policy, in German (fetched then) and in a language it registers", async () => {
      assert(built, 'the application was not built');
      const server = await serve(built);
      const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
      try {
        const tab = await browser.newPage();
        const problems = [];
        tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
        tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        const fetched = [];
        tab.on('request', (r) => {
          if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) problems.push(`request outside loopback: ${r.url()}`);
          else fetched.push(new URL(r.url()).pathname);
        });
        await tab.evaluateOnNewDocument(() => {
          window.__seen = { violations: [], loaded: false };
          document.addEventListener('securitypolicyviolation', (e) => window.__seen.violations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
          document.addEventListener('dw-visits-load', () => (window.__seen.loaded = true), true);
        });
        await tab.setViewport({ width: 1100, height: 900 });
        await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
        await tab.waitForFunction(() => window.__seen.loaded, { timeout: WAIT_MS });
        await new Promise((r) => setTimeout(r, 300));
        const seen = await tab.evaluate(() => {
          const canvas = document.querySelector('visits-chart')?.shadowRoot?.querySelector('canvas');
          let painted = 0;
          if (canvas?.width && canvas.height) {
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
          }
          return { painted, violations: window.__seen.violations, error: !!document.querySelector('visits-chart').shadowRoot.querySelector('[part~="error"]') };
        });
        assert(seen.painted > 500 && !seen.error, `the chart drew ${seen.painted} pixels${seen.error ? ' and shows an error' : ''}`);
        // The page turns German: the language's file is fetched then, and the widget speaks it; then
        // Swedish, which only the application's registerTranslation (dashboard-widgets/i18n) gives.
        const shareButton = (text) =>
          tab.waitForFunction((text) => document.querySelector('visits-chart').shadowRoot.querySelector('[part~="share-button"]')?.textContent.trim() === text, { timeout: WAIT_MS }, text);
        await shareButton('Share / embed');
        assert(!fetched.some((path) => path.endsWith(germanFile)), `the English page fetched ${germanFile}`);
        await tab.evaluate(() => (document.documentElement.lang = 'de'));
        await shareButton('Teilen / Einbetten');
        assert(fetched.some((path) => path.endsWith(germanFile)), `the page speaks German without having fetched ${germanFile}`);
        await tab.evaluate(() => (document.documentElement.lang = 'sv'));
        await shareButton('Dela / bädda in');
        const violations = await tab.evaluate(() => window.__seen.violations);
        assert(violations.length === 0, `Content-Security-Policy violations: ${violations.join(', ')}`);
        assert(problems.length === 0, problems.join('\n'));
      } finally {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const deadline = setTimeout(() => {
  console.error(`check-pack: still running after ${DEADLINE_MS / 1000} s; giving up.`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

await main();
const failed = results.filter((ok) => !ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
