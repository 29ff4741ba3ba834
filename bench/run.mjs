// npm run bench: what users feel, measured in headless Chromium, printed as one table and
// written to bench/results.json (see bench/README.md).
//
//  - bytes: each dist/cdn bundle and what dist/embed.html loads: minified, gzip, brotli, against
//    the gzip ceilings, with the modules that take the space; and a page with the three bundles
//    of the modular set (cdn/modules/) against one with the all-in-one bundle;
//  - render time (median of RUNS runs after WARMUP): activity-log with 25, 100 and 1,000 entries
//    against a hand-written DOM list; visits-chart with 30, 365 and 3,650 days of 1 and 3 sites (and
//    3,650 days of 3 sites with 50 annotations)
//    against Chart.js on a bare canvas; analytics-settings from connection to an enabled form,
//    and a keystroke in 100,000 characters of its Additional Piwik Sites.
//    The widgets get their data from in-memory sources (their `source` property);
//  - the demo backend over HTTP with 50 ms latency per request: connection to first content,
//    requests and round trips for the first view and for a filter change;
//  - the activity log's export of its 3,000 demo entries against the demo backend with 700 ms
//    latency per request: time from the click to the file, requests and round trips;
//  - memory: JS heap and DOM counters after 500 mount/unmount cycles of each widget, against
//    before (forced garbage collection).
//
// Options: --no-build (use dist/ as it is), --quick (few runs and cycles: a smoke test, results
// not written), --only=render,network,export,memory (some sections; bytes always), --out FILE (default
// bench/results.json). See bench/README.md.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir, platform, release } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from '../scripts/find-browser.mjs';
import { breakdown, dist, kb, measureBundles, measureFloors, modularPage, root } from './size.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const NO_BUILD = args.includes('--no-build');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? null;
// A partial run (--quick, --only) never overwrites the baseline unless --out says where to write.
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : QUICK || ONLY ? null : join(root, 'bench/results.json');

const RUNS = QUICK ? 3 : 21;
const WARMUP = QUICK ? 1 : 5;
const CYCLES = QUICK ? 30 : 500;
const CYCLE_WARMUP = QUICK ? 5 : 25;
const DEMO_RUNS = QUICK ? 3 : 15;
const DEMO_WARMUP = QUICK ? 1 : 3;
const LATENCY_MS = 50;
/** The export is measured against a distant server: every answer waits this long. */
const EXPORT_LATENCY_MS = 700;
const EXPORT_RUNS = QUICK ? 1 : 3;
/** The target for a whole run (with the build) on 2 cores; past HARD_STOP_MS the run stops itself. */
const TARGET_MS = 5 * 60_000;
const HARD_STOP_MS = 10 * 60_000;
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };
const STAGE_WIDTH = 960;
const BROWSER_FLAGS = [
  ...CHROME_FLAGS,
  // gc() in the page, for clean starts between runs and the memory figures.
  '--js-flags=--expose-gc',
  // Animation frames as soon as the page is ready for one, not on a 60 Hz beat: the time to the
  // next frame then measures the page's work instead of where in the beat it ended.
  '--disable-frame-rate-limit',
];

const started = Date.now();
const deadline = setTimeout(() => {
  console.error(`\nThe bench took longer than ${HARD_STOP_MS / 60_000} minutes and was stopped.`);
  process.exit(1);
}, HARD_STOP_MS);
deadline.unref();

const log = (text) => process.stderr.write(`${text}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

// ------------------------------------------------------------------------------------------ dist

/** The newest modification time under `dir` (files whose path passes `keep`). */
function newest(dir, keep = () => true) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, keep));
    else if (keep(path)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist/ when it is missing or older than the sources it is made from (unless --no-build). */
function ensureDist() {
  const cdn = join(dist, 'cdn');
  const bundles = existsSync(cdn) ? readdirSync(cdn).filter((f) => f.endsWith('.js')) : [];
  let reason = '';
  if (bundles.length === 0) reason = 'dist/cdn is missing';
  else {
    const built = Math.min(...bundles.map((f) => statSync(join(cdn, f)).mtimeMs));
    const sources = Math.max(
      newest(join(root, 'src'), (p) => !relative(root, p).startsWith(join('src', 'demo'))),
      ...['embed.html', 'package-lock.json'].filter((f) => existsSync(join(root, f))).map((f) => statSync(join(root, f)).mtimeMs),
    );
    if (sources > built) reason = 'dist/ is older than the sources';
  }
  if (!reason) return { built: false, stale: false };
  if (NO_BUILD) {
    if (bundles.length === 0) throw new Error('dist/cdn is missing and --no-build was given: run `npm run build` first.');
    log(`Note: ${reason}; --no-build given, so the byte figures are those of the dist/ in place.`);
    return { built: false, stale: true };
  }
  log(`${reason}: running npm run build…`);
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    if (bundles.length === 0) throw new Error('npm run build failed, and there is no dist/cdn to measure.');
    log('npm run build failed: the byte figures are those of the dist/ in place.');
    return { built: false, stale: true };
  }
  return { built: true, stale: false };
}

// ------------------------------------------------------------------------------------------ pages

/** Bundles the bench pages (minified, production lit, like the script-tag bundles) and the demo backend for Node. */
async function bundle(outdir) {
  await build({
    entryPoints: { render: join(root, 'bench/pages/render.ts'), demo: join(root, 'bench/pages/demo.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const backendFile = join(outdir, 'demo-backend.mjs');
  await build({
    entryPoints: [join(root, 'src/demo/handler.ts')],
    outfile: backendFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(backendFile).href);
}

const pageHtml = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>` +
  `<style>body{margin:16px;font:14px system-ui,sans-serif}#stage{width:${STAGE_WIDTH}px}</style>` +
  `<script type="module" src="/${script}.js"></script></head><body><main id="stage"></main></body></html>`;

/** The page server: the bench pages, and the demo backend under /matomo/ and /chat/, on 127.0.0.1. */
async function serve(outdir, backend) {
  const requests = [];
  let inflight = 0;
  let lastActivity = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Cross-origin isolation gives performance.now() its fine resolution.
    const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    try {
      if (/^\/(?:matomo|chat)\//.test(url.pathname)) {
        const record = { method: req.method, path: url.pathname + url.search, start: performance.now(), end: 0 };
        requests.push(record);
        inflight++;
        lastActivity = record.start;
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
        const answer = await backend.handle(new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : null }));
        const body = Buffer.from(await answer.arrayBuffer());
        res.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...isolation });
        res.end(body);
        record.end = performance.now();
        record.status = answer.status;
        inflight--;
        lastActivity = record.end;
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, isolation);
        res.end();
        return;
      }
      if (url.pathname === '/render.html' || url.pathname === '/demo.html') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...isolation });
        res.end(pageHtml(url.pathname.slice(1, -5)));
        return;
      }
      const file = join(outdir, url.pathname.replace(/^\/+/, ''));
      if (/^\/[\w-]+\.js$/.test(url.pathname) && existsSync(file)) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...isolation });
        res.end(readFileSync(file));
        return;
      }
      res.writeHead(404, isolation);
      res.end();
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    // Closes the sockets the browser keeps open too: `close` alone waits for them to time out (minutes).
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
    /** Requests answered from now on. */
    track() {
      requests.length = 0;
      return requests;
    },
    /** Resolves once no request is in flight and none came for `quiet` ms (at most `limit` ms). */
    async idle(quiet = 150, limit = 10_000) {
      const until = performance.now() + limit;
      while (performance.now() < until) {
        if (inflight === 0 && performance.now() - lastActivity >= quiet) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('The demo backend did not become idle.');
    },
  };
}

// ------------------------------------------------------------------------------------------ figures

const round = (n, digits = 2) => (n === null || n === undefined || Number.isNaN(n) ? null : +n.toFixed(digits));

function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(quantile(sorted, 0.5)), p25: round(quantile(sorted, 0.25)), p75: round(quantile(sorted, 0.75)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: values.length };
}

/** Stats of the "frame" and "sync" times of a list of samples, with the raw samples. */
function summarise(samples) {
  const firsts = samples.map((s) => s.first).filter((t) => t !== undefined);
  return {
    ...stats(samples.map((s) => s.frame)),
    sync: stats(samples.map((s) => s.sync)),
    ...(firsts.length === samples.length ? { first: stats(firsts) } : {}),
    samples: samples.map((s) => round(s.frame)),
  };
}

/** Round trips on the critical path: a request started after another ended is one trip further. */
function roundTrips(requests) {
  const depth = [];
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    let d = 1;
    for (let j = 0; j < i; j++) if (sorted[j].end <= sorted[i].start) d = Math.max(d, depth[j] + 1);
    depth.push(d);
  }
  return depth.length ? Math.max(...depth) : 0;
}

const describeRequests = (requests) => requests.map((r) => `${r.method} ${r.path.replace(/token_auth=[^&]*/g, 'token_auth=…')}`);

// ------------------------------------------------------------------------------------------ runs

async function openPage(browser, origin, name) {
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  // No animation in the widgets (the chart animates new data otherwise), as in the baselines.
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => window.bench?.ready === true, { timeout: 20_000 });
  return { page, errors };
}

/** Failures of single measurements (a widget that throws): reported in the table and the results, and the run exits 1. */
const failures = [];

function failed(what, error) {
  const message = String(error?.message ?? error).split('\n').slice(0, 3).join(' ').slice(0, 400);
  failures.push({ what, message });
  log(`  ${what}: FAILED: ${message}`);
  return { error: message };
}

/**
 * Runs measurements on one page, reopened after a failure: `measure(page)` resolves with a figure,
 * or a failure is recorded (an error thrown in the page, or one it reported) and `{ error }` returned.
 */
function pageRunner(browser, origin, name) {
  let tab;
  return {
    async run(what, measure) {
      try {
        tab ??= await openPage(browser, origin, name);
        const result = await measure(tab.page);
        if (tab.errors.length) throw new Error(`the page reported: ${tab.errors.join(' | ')}`);
        return result;
      } catch (error) {
        await tab?.page.close().catch(() => {});
        tab = undefined;
        return failed(what, error);
      }
    },
    async close() {
      await tab?.page.close();
      tab = undefined;
    },
  };
}

async function renderTimes(browser, origin) {
  const out = { activity: [], chart: [], overview: null, settings: null, settingsTyping: [] };
  let runner = pageRunner(browser, origin, 'render');
  for (const n of [25, 100, 1000]) {
    const what = `activity-log ${n} entries`;
    const entry = await runner.run(what, async (page) => {
      const r = await page.evaluate((n, runs, warmup) => window.bench.activity(n, runs, warmup), n, RUNS, WARMUP);
      const widget = summarise(r.widget);
      const baseline = summarise(r.baseline);
      const first = widget.first && r.checks.widgetFirstRows < n ? `; first ${r.checks.widgetFirstRows} rows ${widget.first.median} ms` : '';
      const rows = summarise(r.rows);
      log(`  ${what}: ${widget.median} ms (hand-written list ${baseline.median} ms, the widget's rows alone ${rows.median} ms); sync ${widget.sync.median} / ${baseline.sync.median} ms${first}  [${elapsed()}]`);
      return {
        widget,
        baseline,
        rows,
        ratio: round(widget.median / baseline.median),
        syncRatio: round(widget.sync.median / baseline.sync.median),
        rowsRatio: round(rows.median / baseline.median),
        rowsSyncRatio: round(rows.sync.median / baseline.sync.median),
        checks: r.checks,
      };
    });
    out.activity.push({ entries: n, ...entry });
  }
  await runner.close();
  runner = pageRunner(browser, origin, 'render');
  // The cases: days × sites, and annotations (their markers drawn under the chart) on the largest.
  const chartCases = [30, 365, 3650].flatMap((points) => [1, 3].map((series) => ({ points, series, annotations: 0 })));
  chartCases.push({ points: 3650, series: 3, annotations: 50 });
  for (const { points, series, annotations } of chartCases) {
    const what = `visits-chart ${points} points × ${series}${annotations ? `, ${annotations} annotations` : ''}`;
    const entry = await runner.run(what, async (page) => {
      const r = await page.evaluate((p, s, runs, warmup, a) => window.bench.chart(p, s, runs, warmup, a), points, series, RUNS, WARMUP, annotations);
      const widget = summarise(r.widget);
      const baseline = summarise(r.baseline);
      log(`  ${what}: ${widget.median} ms (bare Chart.js ${baseline.median} ms); sync ${widget.sync.median} / ${baseline.sync.median} ms  [${elapsed()}]`);
      return { widget, baseline, ratio: round(widget.median / baseline.median), syncRatio: round(widget.sync.median / baseline.sync.median), checks: r.checks };
    });
    out.chart.push({ points, series, annotations, ...entry });
  }
  await runner.close();
  runner = pageRunner(browser, origin, 'render');
  out.overview = await runner.run('visits-chart overview of 50 sites', async (page) => {
    const r = await page.evaluate((runs, warmup) => window.bench.overview(50, runs, warmup), RUNS, WARMUP);
    const widget = summarise(r.widget);
    log(`  visits-chart overview of 50 sites: ${widget.median} ms to the next frame; sync ${widget.sync.median} ms; ${r.checks.nodes} nodes  [${elapsed()}]`);
    return { widget, checks: r.checks };
  });
  await runner.close();
  runner = pageRunner(browser, origin, 'render');
  out.settings = await runner.run('analytics-settings mount to interactive', async (page) => {
    const r = await page.evaluate((runs, warmup) => window.bench.settings(runs, warmup), RUNS, WARMUP);
    const widget = summarise(r.widget);
    log(`  analytics-settings mount to interactive: ${widget.median} ms  [${elapsed()}]`);
    return { widget, checks: r.checks };
  });
  await runner.close();
  for (const shape of ['trackers', 'text']) {
    runner = pageRunner(browser, origin, 'render');
    const what = `analytics-settings keystroke in 100,000 characters (${shape})`;
    const entry = await runner.run(what, async (page) => {
      const r = await page.evaluate((shape, runs, warmup) => window.bench.settingsTyping(shape, runs, warmup), shape, RUNS, WARMUP);
      const widget = summarise(r.widget);
      log(`  ${what}: ${widget.median} ms; ${r.checks.rows} rows, ${r.checks.messages} messages, ${r.checks.nodes} nodes  [${elapsed()}]`);
      return { widget, checks: r.checks };
    });
    out.settingsTyping.push({ shape, ...entry });
    await runner.close();
  }
  return out;
}

async function heap(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapUsed: usedSize, heapTotal: totalSize, documents, nodes, jsEventListeners };
}

async function memory(browser, origin) {
  const out = [];
  for (const kind of ['activity-log', 'visits-chart', 'analytics-settings']) {
    const runner = pageRunner(browser, origin, 'render');
    const entry = await runner.run(`${kind} memory`, async (page) => {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.enable');
      await page.evaluate((kind, n) => window.bench.cycles(kind, n), kind, CYCLE_WARMUP);
      const before = await heap(cdp);
      const t0 = performance.now();
      // Measured halfway too: growth that stops (a cache filled once) is told from growth per cycle (a leak).
      await page.evaluate((kind, n) => window.bench.cycles(kind, n), kind, Math.floor(CYCLES / 2));
      const half = await heap(cdp);
      await page.evaluate((kind, n) => window.bench.cycles(kind, n), kind, CYCLES - Math.floor(CYCLES / 2));
      const seconds = (performance.now() - t0) / 1000;
      const after = await heap(cdp);
      await cdp.detach();
      const growth = {
        heapBytes: after.heapUsed - before.heapUsed,
        nodes: after.nodes - before.nodes,
        jsEventListeners: after.jsEventListeners - before.jsEventListeners,
        documents: after.documents - before.documents,
        /** Bytes per cycle over the second half of the cycles. */
        heapBytesPerCycleSecondHalf: round((after.heapUsed - half.heapUsed) / (CYCLES - Math.floor(CYCLES / 2)), 1),
      };
      log(`  ${kind}: ${CYCLES} cycles, heap ${growth.heapBytes >= 0 ? '+' : ''}${kb(growth.heapBytes)}, nodes ${growth.nodes >= 0 ? '+' : ''}${growth.nodes}  [${elapsed()}]`);
      return { cycles: CYCLES, warmupCycles: CYCLE_WARMUP, before, half, after, growth, seconds: round(seconds, 1) };
    });
    out.push({ widget: kind, ...entry });
    await runner.close();
  }
  return out;
}

async function network(browser, server) {
  const out = [];
  for (const kind of ['activity-log', 'visits-chart', 'analytics-settings']) {
    const runner = pageRunner(browser, server.origin, 'demo');
    const entry = await runner.run(`${kind} against the demo backend`, async (page) => {
      const first = [];
      const change = [];
      let firstRequests = [];
      let changeRequests = [];
      const counts = { first: new Set(), change: new Set() };
      let action = '';
      for (let i = 0; i < DEMO_WARMUP + DEMO_RUNS; i++) {
        const keep = i >= DEMO_WARMUP;
        let requests = server.track();
        const ms = await page.evaluate((kind) => window.bench.firstView(kind), kind);
        await server.idle();
        if (keep) first.push(ms);
        firstRequests = requests.map((r) => ({ ...r }));
        counts.first.add(requests.length);
        requests = server.track();
        const changed = await page.evaluate((kind) => window.bench.change(kind), kind);
        await server.idle();
        if (keep) change.push(changed.ms);
        action = changed.action;
        changeRequests = requests.map((r) => ({ ...r }));
        counts.change.add(requests.length);
        await page.evaluate(() => window.bench.clear());
      }
      const describe = (requests, seen) => ({
        requests: requests.length,
        /** Every request count seen over the runs (one value when the widget is consistent). */
        requestCountsSeen: [...seen].sort((a, b) => a - b),
        roundTrips: roundTrips(requests),
        failed: requests.filter((r) => r.status >= 400).length,
        list: describeRequests(requests),
      });
      const result = {
        latencyMs: LATENCY_MS,
        firstView: { ...stats(first), ...describe(firstRequests, counts.first) },
        change: { action, ...stats(change), ...describe(changeRequests, counts.change) },
      };
      log(`  ${kind}: first view ${result.firstView.median} ms, ${result.firstView.requests} requests in ${result.firstView.roundTrips} round trips; ${action}: ${result.change.requests} in ${result.change.roundTrips}  [${elapsed()}]`);
      return result;
    });
    out.push({ widget: kind, latencyMs: LATENCY_MS, ...entry });
    await runner.close();
  }
  return out;
}

/**
 * The activity log's CSV export of every demo entry (3,000), from the click to the file, against a
 * demo backend of its own whose answers each wait EXPORT_LATENCY_MS: the requests and round trips
 * it takes, and the time.
 */
async function exportTimes(browser, outdir, createDemoBackend) {
  const server = await serve(outdir, createDemoBackend({ latency: EXPORT_LATENCY_MS }));
  const runner = pageRunner(browser, server.origin, 'demo');
  try {
    const entry = await runner.run('activity-log export', async (page) => {
      const times = [];
      let last;
      for (let i = 0; i < EXPORT_RUNS; i++) {
        await page.evaluate(() => window.bench.firstView('activity-log'));
        await server.idle();
        const requests = server.track();
        const result = await page.evaluate(() => window.bench.exportAll());
        await server.idle();
        times.push(result.ms);
        last = { entries: result.count, bytes: result.bytes, requests: requests.length, roundTrips: roundTrips(requests), list: describeRequests(requests) };
        await page.evaluate(() => window.bench.clear());
      }
      const out = { latencyMs: EXPORT_LATENCY_MS, ...stats(times), ...last };
      log(`  activity-log export of ${out.entries.toLocaleString('en')} entries: ${out.median} ms, ${out.requests} requests in ${out.roundTrips} round trips  [${elapsed()}]`);
      return out;
    });
    return [{ widget: 'activity-log', ...entry }];
  } finally {
    await runner.close();
    await server.close();
  }
}

// ------------------------------------------------------------------------------------------ report

function machine(browserVersion, loadBefore) {
  const cpu = cpus();
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    // Not a git checkout: no commit to name.
  }
  return {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    browser: browserVersion,
    commit,
    uncommittedChanges: dirty,
    /** One-minute load average when the bench started and ended: above the core count, other work competed for the CPU. */
    load: { start: round(loadBefore), end: round(loadavg()[0]) },
  };
}

const ms = (n) => (n === null || n === undefined ? '' : `${n.toFixed(n < 10 ? 2 : 1)} ms`);
const times = (n) => (n === null || n === undefined ? '' : `${n.toFixed(2)}×`);
/** A render figure: to the next frame / synchronous (to forced layout). */
const pair = (s) => `${s.median.toFixed(1)} / ${s.sync.median.toFixed(1)} ms`;
const verdict = (ok) => (ok === null ? '' : ok ? 'met' : 'MISSED');

/** One row per figure: what, result, floor, ratio, target, met/missed. */
function tableRows(results) {
  const rows = [];
  const add = (section, what, result, floor = '', ratio = '', target = '', ok = null) => rows.push({ section, what, result, floor, ratio, target, status: verdict(ok) });
  /** A measurement that failed: its message instead of a figure. */
  const failedRow = (section, what, entry) => {
    if (!entry?.error) return false;
    rows.push({ section, what, result: `failed: ${entry.error.slice(0, 70)}${entry.error.length > 70 ? '…' : ''}`, floor: '', ratio: '', target: '', status: 'FAILED' });
    return true;
  };

  for (const b of results.bytes.bundles) {
    const later = b.onDemand?.files.length ? ` (+ ${kb(b.onDemand.gzip)} gz on demand)` : '';
    add('bytes', `${b.bundle}${b.onDemand ? ' first view' : ''}`, `${kb(b.raw)} min · ${kb(b.gzip)} gz · ${kb(b.brotli)} br${later}`, '', '', b.ceilingKB === null ? '' : `ceiling ${b.ceilingKB} KB`, b.ceilingKB === null ? null : !b.over);
  }
  const three = results.bytes.modularPage;
  if (three) {
    add(
      'bytes',
      'page with the three modular bundles (cdn/modules/, shared files once)',
      `${kb(three.raw)} min · ${kb(three.gzip)} gz · ${kb(three.brotli)} br (${three.files.length} files)`,
      `all-in-one: ${kb(three.allInOne.gzip)} gz`,
      `${three.ratio.toFixed(3)}×`,
      `<= ${three.limit}× the all-in-one`,
      !three.over,
    );
  }
  // Not limits: how much of a widget's first view the library's foundation takes before its features.
  for (const f of results.bytes.floors ?? []) {
    const widget = f.against && results.bytes.bundles.find((b) => b.name === f.against);
    const share = widget ? `${Math.round((f.gzip / widget.gzip) * 100)}% of ${f.against}` : '';
    add('bytes', `  floor: ${f.what}`, `${kb(f.raw)} min · ${kb(f.gzip)} gz · ${kb(f.brotli)} br`, '', share);
  }
  for (const a of results.render.activity) {
    if (failedRow('render', `activity-log, ${a.entries.toLocaleString('en')} entries`, a)) continue;
    let target = '';
    let ok = null;
    if (a.entries === 100) {
      target = '<= 1.5× and < 16 ms';
      ok = a.ratio <= 1.5 && a.widget.median < 16;
    } else if (a.entries === 1000) {
      // Judged on every row in the DOM: the widget shows a first screen of rows sooner (the line
      // below) and adds the rest in slices, but it does not virtualise (all rows end in the DOM).
      target = '< 50 ms or virtualised';
      ok = a.widget.median < 50;
    }
    add('render', `activity-log, ${a.entries.toLocaleString('en')} entries`, pair(a.widget), `${pair(a.baseline)} list`, `${times(a.ratio)} / ${times(a.syncRatio)}`, target, ok);
    if (a.widget.first && a.checks.widgetFirstRows < a.entries) {
      add('render', `  first ${a.checks.widgetFirstRows} rows shown (the rest in slices)`, ms(a.widget.first.median), '', `${times(round(a.widget.first.median / a.baseline.median))}`, '', null);
    }
    // Not a target: the same rows without the widget around them (header, filters, pager, lit).
    if (a.rows) add('render', '  its rows alone, without the widget around them', pair(a.rows), '', `${times(a.rowsRatio)} / ${times(a.rowsSyncRatio)}`, '', null);
  }
  for (const c of results.render.chart) {
    const what = `visits-chart, ${c.points.toLocaleString('en')} points × ${c.series}${c.annotations ? `, ${c.annotations} annotations` : ''}`;
    if (failedRow('render', what, c)) continue;
    const big = c.points === 3650 && c.series === 3;
    // With annotations (issue 22): within 1.15× bare Chart.js.
    const limit = c.annotations ? 1.15 : 1.3;
    add('render', what, pair(c.widget), `${pair(c.baseline)} Chart.js`, `${times(c.ratio)} / ${times(c.syncRatio)}`, big ? `<= ${limit}× bare Chart.js` : '', big ? c.ratio <= limit : null);
  }
  // One frame at 60 Hz: the table is there, laid out, by the frame after the click.
  const overview = results.render.overview;
  if (overview && !failedRow('render', 'visits-chart, overview of 50 sites (click to the next frame)', overview)) {
    add('render', 'visits-chart, overview of 50 sites (click to the next frame)', pair(overview.widget), '', '', '< 16.7 ms (one frame)', overview.widget.median < 16.7);
  }
  const settings = results.render.settings;
  if (settings && !failedRow('render', 'analytics-settings, mount to interactive', settings)) add('render', 'analytics-settings, mount to interactive', pair(settings.widget));
  for (const t of results.render.settingsTyping ?? []) {
    const what = `analytics-settings, a keystroke in 100,000 characters of Additional Piwik Sites (${t.shape === 'text' ? 'text read letter by letter' : 'a list of trackers'})`;
    if (failedRow('render', what, t)) continue;
    add('render', what, `${pair(t.widget)} · ${t.checks.nodes} nodes`, '', '', '< 50 ms', t.widget.median < 50);
  }
  for (const n of results.network) {
    if (failedRow('network', `${n.widget}, first view (${n.latencyMs} ms latency)`, n)) continue;
    const f = n.firstView;
    add('network', `${n.widget}, first view (${n.latencyMs} ms latency)`, ms(f.median), '', '', '1 round trip', f.roundTrips <= 1);
    rows[rows.length - 1].result += ` · ${f.requests} req, ${f.roundTrips} trip${f.roundTrips === 1 ? '' : 's'}`;
    add('network', `${n.widget}, ${n.change.action}`, `${ms(n.change.median)} · ${n.change.requests} req, ${n.change.roundTrips} trip${n.change.roundTrips === 1 ? '' : 's'}`);
  }
  for (const x of results.export ?? []) {
    const what = `${x.widget}, CSV export of every entry (${x.latencyMs ?? EXPORT_LATENCY_MS} ms latency)`;
    if (failedRow('network', what, x)) continue;
    add('network', what, `${ms(x.median)} · ${x.entries.toLocaleString('en')} entries · ${x.requests} req, ${x.roundTrips} trip${x.roundTrips === 1 ? '' : 's'}`, '', '', '< 4 s for 3,000', x.median < 4000);
  }
  for (const m of results.memory) {
    if (failedRow('memory', `${m.widget}, ${CYCLES} mount/unmount cycles`, m)) continue;
    const g = m.growth;
    const sign = (n) => (n >= 0 ? `+${n}` : `${n}`);
    add(
      'memory',
      `${m.widget}, ${m.cycles} mount/unmount cycles`,
      `heap ${g.heapBytes >= 0 ? '+' : '−'}${kb(Math.abs(g.heapBytes))} (${sign(Math.round(g.heapBytesPerCycleSecondHalf))} B/cycle late) · nodes ${sign(g.nodes)} · listeners ${sign(g.jsEventListeners)}`,
      '',
      '',
      'heap growth < 1 MB',
      g.heapBytes < 1024 * 1024,
    );
  }
  return rows;
}

function printTable(rows) {
  const columns = [
    ['section', 'section'],
    ['what', 'measure'],
    ['result', 'result'],
    ['floor', 'baseline'],
    ['ratio', 'ratio'],
    ['target', 'target'],
    ['status', ''],
  ];
  const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((r) => String(r[key]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(columns.map(([, title]) => title)));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  let section = '';
  for (const r of rows) {
    if (section && r.section !== section) console.log('');
    console.log(line(columns.map(([key]) => (key === 'section' && r.section === section ? '' : r[key]))));
    section = r.section;
  }
}

// ------------------------------------------------------------------------------------------ main

async function main() {
  const loadBefore = loadavg()[0];
  const dists = ensureDist();
  log(`Bytes…  [${elapsed()}]`);
  const bundles = measureBundles();
  const modular = modularPage();
  const composition = await breakdown();
  const floors = await measureFloors();

  const outdir = mkdtempSync(join(tmpdir(), 'dw-bench-'));
  let server;
  let browser;
  try {
    const { createDemoBackend } = await bundle(outdir);
    // Rocket.Chat 8.6, with its bulk settings route (on 7.x the widget's first save on the server's
    // origin meets a 405 there, which the browser logs as an error), and without its rate limits:
    // the runs load the same page dozens of times a minute, which a real server would refuse after
    // ten (the widget then reads page by page: not a first view).
    const backend = createDemoBackend({ latency: LATENCY_MS, rocketChat: { version: '8.6', rateLimit: false } });
    server = await serve(outdir, backend);
    browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: BROWSER_FLAGS });
    const browserVersion = await browser.version();
    log(`${browserVersion} on ${server.origin}${QUICK ? ' (quick: few runs)' : ''}`);

    const want = (part) => !ONLY || ONLY.includes(part);
    log(`Render times (median of ${RUNS} after ${WARMUP} warm-up runs)…`);
    const render = want('render') ? await renderTimes(browser, server.origin) : { activity: [], chart: [], overview: null, settings: null, settingsTyping: [] };
    log(`Demo backend, ${LATENCY_MS} ms latency (median of ${DEMO_RUNS})…`);
    const net = want('network') ? await network(browser, server) : [];
    log(`Export against the demo backend, ${EXPORT_LATENCY_MS} ms latency (median of ${EXPORT_RUNS})…`);
    const exported = want('export') ? await exportTimes(browser, outdir, createDemoBackend) : [];
    log(`Memory (${CYCLES} cycles)…`);
    const mem = want('memory') ? await memory(browser, server.origin) : [];

    const results = {
      machine: machine(browserVersion, loadBefore),
      config: {
        runs: RUNS,
        warmup: WARMUP,
        demoRuns: DEMO_RUNS,
        cycles: CYCLES,
        latencyMs: LATENCY_MS,
        exportLatencyMs: EXPORT_LATENCY_MS,
        exportRuns: EXPORT_RUNS,
        viewport: VIEWPORT,
        stageWidth: STAGE_WIDTH,
        browserFlags: BROWSER_FLAGS,
        timing: 'ms from connecting the element (or starting the baseline) to its content laid out in the next animation frame; `sync` stops after forced layout instead',
        distRebuilt: dists.built,
        distStale: dists.stale,
      },
      bytes: { bundles, modularPage: modular, floors, composition },
      render,
      network: net,
      export: exported,
      memory: mem,
      failures,
      seconds: round((Date.now() - started) / 1000, 1),
    };
    console.log(`\ndashboard-widgets bench · ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB · Node ${process.version} · ${browserVersion}\n`);
    printTable(tableRows(results));
    const { load, cores } = results.machine;
    if (Math.max(load.start, load.end) > cores) {
      console.log(`\nThe machine was busy (load ${load.start} at the start, ${load.end} at the end, on ${cores} cores): times are slower and noisier than on a quiet machine.`);
    }
    console.log(
      `\nRender: median of ${RUNS} runs after ${WARMUP} warm-up runs, from connecting the element to its content laid out at the next frame` +
        ` (in-memory data; no animation); each render figure is "to the next frame / synchronous, to forced layout", and ratios are widget ÷ baseline in the same order.` +
        ` Network: the demo backend over HTTP on 127.0.0.1 with ${LATENCY_MS} ms per request (the export: ${EXPORT_LATENCY_MS} ms, median of ${EXPORT_RUNS}).` +
        ` Memory: after forced GC, before and after the cycles. Bytes: each file compressed on its own.`,
    );
    if (Date.now() - started > TARGET_MS) console.log(`The run took longer than its ${TARGET_MS / 60_000}-minute target.`);
    if (OUT) {
      writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
      console.log(`Written to ${relative(process.cwd(), OUT) || OUT} in ${results.seconds} s.`);
    } else console.log(`Done in ${results.seconds} s (partial run: nothing written; --out FILE writes it).`);
    if (failures.length) {
      console.log(`\n${failures.length} measurement${failures.length === 1 ? '' : 's'} failed:`);
      for (const f of failures) console.log(`  ${f.what}: ${f.message}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`\nThe bench failed: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
