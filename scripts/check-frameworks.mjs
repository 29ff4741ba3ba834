// The built package as frameworks and their tools use it, after `npm run build`:
//  1. Node: each entry of package.json's `exports` (the modules; `react/*` expanded) imports in a
//     Node process of its own, by the package's name, and leaves no `window` or `document` behind
//     (server rendering imports them so); no module but dist/react/'s imports React or @lit/react;
//  2. TypeScript: the TSX fixtures of test/fixtures/consumer type-check against the built types,
//     React 19's JSX (dashboard-widgets/jsx) and the React wrappers (dashboard-widgets/react)
//     under @types/react 19, the wrappers under @types/react 18; their @ts-expect-error lines
//     prove the types are not `any`;
//  3. lit-analyzer (strict) finds no problem in a lit application's template using every tag with
//     its attributes, properties and events (test/fixtures/consumer/lit-template.ts), and does flag
//     an unknown attribute in a copy of it;
//  4. docs/frameworks.md: each snippet marked `frameworks:snippet <file>` is an excerpt of that
//     fixture (checked above or below, or run here: the server-rendering page renders the widget as
//     declarative shadow DOM); in each marked `frameworks:names` (plain HTML), every tag of the
//     library, attribute, property and event exists in custom-elements.json, bound the way HTML
//     binds it; no code block is unmarked;
//  5. a Vue 3, a Svelte 5 and an Angular application (test/fixtures/consumer/vue/, svelte/,
//     angular/), each built by its framework's own compiler (Vite with @vitejs/plugin-vue and the
//     fixture's vite.config.js; svelte/compiler; ngc with strict templates, then Angular's linker)
//     against the built package, by its name, run in headless Chromium beside the demo backend on
//     127.0.0.1: the <activity-log> each renders has the number and the object bound as properties
//     and the attribute, the demo Matomo is asked accordingly, and the application's handler of
//     dw-activity-load writes the event's total into the page (see runApps below); `npm pack`
//     does not ship these fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

// 1. Node.
const entries = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js') || key.startsWith('./cdn/')) continue; // the script-tag bundles are for browsers
  if (key.includes('*')) {
    const [dir] = file.split('*');
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.js'))) entries.push(`${pkg.name}/${key.slice(2).replace('*', f.slice(0, -3))}`);
  } else entries.push(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
}
const probe = (id) => `await import(${JSON.stringify(id)});
if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('left a window or document behind');`;
for (const id of entries) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe(id)], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) problems.push(`Node: import '${id}' failed:\n${(r.stderr || r.stdout).split('\n').slice(0, 6).join('\n')}`);
}
console.log(`Node: ${entries.length} entries imported, each in a process of its own${problems.length ? ' (with failures)' : ''}.`);

// React is an optional peer dependency of dashboard-widgets/react only: no other module imports it.
const modules = (dir) => readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
for (const file of modules('dist')) {
  if (file.startsWith(join('dist', 'react'))) continue;
  if (/(?:from|import)\s*\(?\s*['"](?:react|react-dom|@lit\/react)(?:\/[^'"]*)?['"]/.test(readFileSync(join(root, file), 'utf8'))) problems.push(`${file} imports React (only dist/react/ may)`);
}

// 2. TypeScript.
for (const config of ['tsconfig.json', 'tsconfig.react18.json']) {
  const path = join(root, 'test/fixtures/consumer', config);
  const r = spawnSync(bin('tsc'), ['-p', path], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) problems.push(`tsc -p test/fixtures/consumer/${config}:\n${r.stdout}${r.stderr}`);
  else console.log(`TypeScript: test/fixtures/consumer/${config} type-checks against the built types.`);
}

// 3. lit-analyzer.
const analyze = (file) => spawnSync(bin('lit-analyzer'), [file, '--strict', '--format', 'list'], { cwd: root, encoding: 'utf8' });
const template = 'test/fixtures/consumer/lit-template.ts';
const clean = analyze(template);
if (clean.status !== 0 || !/Found 0 problems/.test(clean.stdout)) problems.push(`lit-analyzer ${template}:\n${clean.stdout}${clean.stderr}`);
else console.log(`lit-analyzer (strict): ${template} has no problem.`);
const scratch = mkdtempSync(join(root, 'test/fixtures/consumer/.scratch-'));
try {
  const wrong = join(scratch, 'wrong.ts');
  writeFileSync(wrong, readFileSync(join(root, template), 'utf8').replace('<activity-log page-size="50"', '<activity-log page-size="50" bogus-attribute="1"'));
  const flagged = analyze(wrong);
  if (!/Unknown attribute 'bogus-attribute'/.test(flagged.stdout)) problems.push(`lit-analyzer did not flag an unknown attribute:\n${flagged.stdout}${flagged.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 4. docs/frameworks.md.
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]),
);
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'lang', 'hidden', 'title', 'dir']);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The attributes of each of the library's tags in `code`: [tag, name, value] (value '' when bare). */
function bindings(code) {
  const found = [];
  for (const m of code.matchAll(/<([a-z]+-[a-z-]+)(?=[\s>/])/g)) {
    if (!elements.has(m[1])) continue;
    let i = m.index + m[0].length;
    for (;;) {
      while (/\s/.test(code[i])) i++;
      if (code[i] === '>' || code.startsWith('/>', i) || i >= code.length) break;
      const name = /^[^\s=/>]+/.exec(code.slice(i))[0];
      i += name.length;
      let value = '';
      if (code[i] === '=') {
        i++;
        const open = code[i];
        if (open === '"' || open === "'") {
          const end = code.indexOf(open, i + 1);
          value = code.slice(i, end + 1);
          i = end + 1;
        } else if (open === '{') {
          let depth = 0;
          const start = i;
          do {
            if (code[i] === '{') depth++;
            if (code[i] === '}') depth--;
            i++;
          } while (depth > 0 && i < code.length);
          value = code.slice(start, i);
        } else {
          value = /^[^\s>]+/.exec(code.slice(i))[0];
          i += value.length;
        }
      }
      found.push([m[1], name, value]);
    }
  }
  return found;
}

/** What a binding names, by the syntax of Vue, Svelte, Angular, lit and HTML: ['attribute' | 'property' | 'event', name]. */
function meaning(name, value) {
  let m;
  if ((m = /^(?:@|v-on:)([\w-]+)$/.exec(name))) return ['event', m[1]];
  if ((m = /^\(([\w-]+)\)$/.exec(name))) return ['event', m[1]];
  if ((m = /^\[attr\.([\w-]+)\]$/.exec(name))) return ['attribute', m[1]];
  if ((m = /^\[(\w+)\]$/.exec(name))) return ['property', m[1]];
  if ((m = /^(?::|v-bind:|\.)([\w-]+)$/.exec(name))) return ['property', camel(m[1])];
  if ((m = /^\{(\w+)\}$/.exec(name))) return ['property', m[1]];
  if ((m = /^on(dw-[\w-]+)$/.exec(name))) return ['event', m[1]];
  if (value.startsWith('{')) return ['property or attribute', name];
  return ['attribute', name];
}

const guide = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
let snippets = 0;
let named = 0;
for (const block of guide.matchAll(/(?:<!-- frameworks:(snippet|names)(?: ([^ ]+))? -->\n)?```(\w+)\n([\s\S]*?)\n```/g)) {
  const [, kind, file, lang, code] = block;
  if (!kind) {
    problems.push(`docs/frameworks.md: a ${lang} block is marked neither frameworks:snippet nor frameworks:names`);
    continue;
  }
  if (kind === 'snippet') {
    snippets++;
    if (!readFileSync(join(root, file), 'utf8').includes(code)) problems.push(`docs/frameworks.md: the ${lang} snippet is not an excerpt of ${file} (any more)`);
    continue;
  }
  named++;
  for (const [tag, name, value] of bindings(code)) {
    if (GLOBAL_ATTRIBUTES.has(name)) continue;
    const el = elements.get(tag);
    const [what, n] = meaning(name, value);
    const isAttribute = (el.attributes ?? []).some((a) => a.name === n);
    const isProperty = (el.members ?? []).some((p) => p.kind === 'field' && !p.static && p.name === n);
    const isEvent = (el.events ?? []).some((e) => e.name === n);
    const ok = what === 'event' ? isEvent : what === 'property' ? isProperty : what === 'attribute' ? isAttribute : isAttribute || isProperty;
    if (!ok) problems.push(`docs/frameworks.md: <${tag} ${name}>: no ${what} ${n} in custom-elements.json`);
  }
  for (const m of code.matchAll(/addEventListener\('([\w-]+)'/g)) {
    if (m[1].startsWith('dw-') && ![...elements.values()].some((el) => el.events?.some((e) => e.name === m[1]))) problems.push(`docs/frameworks.md: no element fires ${m[1]}`);
  }
}
const { GET } = await import(pathToFileURL(join(root, 'test/fixtures/consumer/ssr-page.mjs')).href);
const page = await (await GET()).text();
for (const [what, pattern] of [
  ['the widget', /<activity-log [^>]*api-base="\/matomo\/"/],
  ['its declarative shadow root', /<template shadowroot="open" shadowrootmode="open">/],
  ['its frame', /part="base"/],
  ['its loading state', /Loading activities/],
]) {
  if (!pattern.test(page)) problems.push(`test/fixtures/consumer/ssr-page.mjs: the page lacks ${what}`);
}
console.log(`docs/frameworks.md: ${snippets} snippets from the fixtures, ${named} checked by name; the server-rendered page holds the widget's shadow DOM.`);

const fixtures = join(root, 'test/fixtures/consumer');

/** Builds the application of test/fixtures/consumer/<name>/ into `out` (index.html and its scripts). */
async function buildApp(name, out) {
  const dir = join(fixtures, name);
  if (name === 'vue') {
    // As a Vue application builds: Vite with the fixture's own vite.config.js (the guide's). A
    // development build, so that Vue warns (in the console) about a tag it takes for a component.
    const { build } = await import('vite');
    await build({
      root: dir,
      configFile: join(dir, 'vite.config.js'),
      mode: 'development',
      define: { 'process.env.NODE_ENV': '"development"' },
      cacheDir: join(out, '..', '.vite'),
      logLevel: 'error',
      base: './',
      build: { outDir: out, emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
    return;
  }
  const esbuild = await import('esbuild');
  const plugins = [];
  let entry = join(dir, 'main.js');
  let scratch;
  if (name === 'svelte') {
    // A .svelte file, compiled by Svelte's own compiler into a JavaScript module.
    const { compile } = await import('svelte/compiler');
    plugins.push({
      name: 'svelte',
      setup(b) {
        b.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
          const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client', dev: true });
          return { contents: js.code, loader: 'js', warnings: warnings.map((w) => ({ text: `${w.code}: ${w.message}` })) };
        });
      },
    });
  }
  if (name === 'angular') {
    // Ahead of time, as the Angular CLI compiles: ngc checks the templates (strictTemplates: an
    // unknown element or property is an error without CUSTOM_ELEMENTS_SCHEMA) and emits the
    // components compiled. Its output stays in the repository (a .scratch- folder beside the
    // fixtures, ignored by git), so that packages resolve from it as from the fixture.
    scratch = mkdtempSync(join(fixtures, '.scratch-angular-'));
    const r = spawnSync(bin('ngc'), ['-p', join(dir, 'tsconfig.json'), '--outDir', scratch], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) {
      rmSync(scratch, { recursive: true, force: true });
      throw new Error(`ngc -p test/fixtures/consumer/angular/tsconfig.json:\n${`${r.stdout}${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '')}`);
    }
    entry = join(scratch, 'main.js');
    // Angular's packages ship partially compiled: the linker completes them (as the CLI's build does).
    // (Babel: the copy @angular/compiler-cli depends on.)
    const { transformAsync } = createRequire(join(root, 'node_modules/@angular/compiler-cli/package.json'))('@babel/core');
    const { default: linker } = await import('@angular/compiler-cli/linker/babel');
    plugins.push({
      name: 'angular-linker',
      setup(b) {
        b.onLoad({ filter: /[\\/]node_modules[\\/]@angular[\\/].+\.m?js$/ }, async ({ path }) => {
          const code = readFileSync(path, 'utf8');
          if (!code.includes('ɵɵngDeclare')) return undefined;
          const linked = await transformAsync(code, { filename: path, configFile: false, babelrc: false, compact: false, sourceMaps: false, plugins: [[linker, { linkerJitMode: false, sourceMapping: false }]] });
          return { contents: linked.code, loader: 'js' };
        });
      },
    });
  }
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      outfile: join(out, 'main.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: name === 'svelte' ? ['svelte'] : [],
      plugins,
      logLevel: 'silent',
    });
    if (result.warnings.length) throw new Error(result.warnings.map((w) => w.text).join('\n'));
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  cpSync(join(dir, 'index.html'), join(out, 'index.html'));
}

/**
 * Serves each built application (/<name>/) beside the demo backend (/matomo/) on 127.0.0.1, opens
 * it in headless Chromium and returns what is wrong: the <activity-log> the application renders
 * (its server and token from the page's <dashboard-config>) must hold the number (pageSize 50) and
 * the object (filters, user admin) the fixture binds as properties and its refresh-interval
 * attribute, the demo Matomo must have been asked for that page size and that user, and the
 * application's handler of dw-activity-load must have written the event's total into the page; no
 * error or warning in the console, no request off loopback.
 */
async function runApps(folder, names) {
  const [{ default: puppeteer }, { CHROME_FLAGS, requireBrowser }, { demoMiddleware }] = await Promise.all([
    import('puppeteer-core'),
    import('./find-browser.mjs'),
    import('./demo-middleware.mjs'),
  ]);
  const found = [];
  const demo = await demoMiddleware({ persist: false });
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ctx = { method: req.method ?? 'GET', path: url.pathname, href: `http://${req.headers.host}${req.url}`, req, status: 404, body: '', headers: {} };
    ctx.set = (header, value) => (ctx.headers[header] = value);
    let passed = false;
    await demo(ctx, async () => {
      passed = true;
    });
    if (!passed) return void res.writeHead(ctx.status, ctx.headers).end(ctx.body);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(folder, decodeURIComponent(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname)));
    if (!file.startsWith(folder + sep) || !existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
  try {
    for (const name of names) {
      const where = `${APPS[name]}, test/fixtures/consumer/${name}/`;
      const tab = await browser.newPage();
      const noise = [];
      const calls = [];
      tab.on('console', (m) => ['error', 'warn'].includes(m.type()) && noise.push(`console ${m.type()}: ${m.text()}`));
      tab.on('pageerror', (e) => noise.push(`page error: ${e.message}`));
      tab.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') noise.push(`request outside loopback: ${r.url()}`);
        if (!url.pathname.startsWith('/matomo/')) return;
        // One Matomo call in the query string, or several (urls[i]) in a bulk request's body.
        const body = new URLSearchParams(r.postData() ?? '');
        const bulk = [...body.entries()].filter(([key]) => /^urls\[\d+\]$/.test(key));
        calls.push(...(bulk.length ? bulk.map(([, query]) => new URLSearchParams(query)) : [url.searchParams]));
      });
      await tab.evaluateOnNewDocument(() => {
        window.__loads = [];
        document.addEventListener('dw-activity-load', (e) => window.__loads.push({ total: e.detail.total, pageSize: e.detail.pageSize, users: e.detail.entries.map((entry) => entry.userLogin) }), true);
      });
      try {
        await tab.goto(`http://127.0.0.1:${server.address().port}/${name}/`, { waitUntil: 'load' });
        await tab.waitForFunction(() => window.__loads.length > 0 && document.querySelector('p')?.textContent.trim() === `${window.__loads.at(-1).total} activities`, { timeout: 20_000 });
      } catch (error) {
        const text = await tab.evaluate(() => document.querySelector('p')?.textContent.trim()).catch(() => undefined);
        found.push(`${where}: the application's handler did not show the loaded total (the page says ${JSON.stringify(text)}): ${error.message}${noise.length ? `\n${noise.join('\n')}` : ''}`);
        await tab.close();
        continue;
      }
      const seen = await tab.evaluate(() => {
        const log = document.querySelector('activity-log');
        return {
          pageSize: log.pageSize,
          filters: typeof log.filters === 'object' ? { ...log.filters } : log.filters,
          refreshAttribute: log.getAttribute('refresh-interval'),
          refreshInterval: log.refreshInterval,
          attributes: log.getAttributeNames(),
          load: window.__loads.at(-1),
        };
      });
      const entries = calls.filter((call) => call.get('method') === 'ActivityLog.getEntries');
      const wrong = [];
      if (seen.pageSize !== 50) wrong.push(`pageSize is ${JSON.stringify(seen.pageSize)}, not the number 50`);
      if (seen.filters?.user !== 'admin') wrong.push(`filters is ${JSON.stringify(seen.filters)}, not the object with user admin`);
      if (seen.refreshAttribute !== '60' || seen.refreshInterval !== 60) wrong.push(`the refresh-interval attribute is ${JSON.stringify(seen.refreshAttribute)} (refreshInterval ${JSON.stringify(seen.refreshInterval)}), not "60" (60)`);
      if (seen.load.total <= 0 || seen.load.pageSize !== 50 || !seen.load.users.length || seen.load.users.some((u) => u !== 'admin'))
        wrong.push(`dw-activity-load's detail: ${JSON.stringify({ ...seen.load, users: [...new Set(seen.load.users)] })} (expected admin's entries, 50 a page)`);
      if (!entries.length || entries.some((call) => call.get('filterByUserLogin') !== 'admin') || !entries.some((call) => call.get('filter_limit') === '50'))
        wrong.push(`the demo Matomo was asked for ${entries.map((call) => call.toString()).join(' and ') || 'no entries'} (expected admin's, 50 at a time)`);
      wrong.push(...noise);
      if (wrong.length) found.push(`${where} (attributes of <activity-log>: ${seen.attributes.join(' ')}):\n  ${wrong.join('\n  ')}`);
      await tab.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return found;
}

// 5. Vue, Svelte and Angular applications in Chromium.
const APPS = {
  vue: 'Vue 3 (Vite with @vitejs/plugin-vue and the fixture\'s vite.config.js)',
  svelte: 'Svelte 5 (svelte/compiler, bundled by esbuild)',
  angular: 'Angular (ngc ahead of time, bundled by esbuild with the linker)',
};
const work = mkdtempSync(join(tmpdir(), 'dashboard-widgets-frameworks-'));
try {
  const started = Date.now();
  for (const name of Object.keys(APPS)) {
    try {
      await buildApp(name, join(work, name));
    } catch (error) {
      problems.push(`${APPS[name]}: test/fixtures/consumer/${name}/ does not build:\n${error?.message ?? error}`);
    }
  }
  const built = Object.keys(APPS).filter((name) => existsSync(join(work, name, 'index.html')));
  if (built.length) {
    for (const problem of await runApps(work, built)) problems.push(problem);
    console.log(`Frameworks: ${built.map((name) => APPS[name]).join('; ')}: built and run in Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The applications are the project's tests, not the package's: npm does not ship them.
const [packed] = JSON.parse(spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }).stdout || '[{"files":[]}]');
const shipped = packed.files.map((f) => f.path).filter((path) => path.startsWith('test/') || path.includes('fixtures'));
if (!packed.files.length) problems.push('npm pack --dry-run listed no files');
else if (shipped.length) problems.push(`npm pack ships the fixtures: ${shipped.slice(0, 5).join(', ')}`);
else console.log(`npm pack --dry-run: ${packed.files.length} files, no fixture among them.`);

if (problems.length) {
  console.error(`\n${problems.join('\n\n')}`);
  process.exit(1);
}
