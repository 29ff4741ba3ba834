// node scripts/check-demo.mjs: what `npm start` serves, checked in headless Chromium. Starts the dev
// server on a free 127.0.0.1 port, opens the demo page, and fails when the page logs a console error
// or throws, or when a widget shows an error instead of its data. Stops by itself.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, requireBrowser } from './find-browser.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

process.env.PORT = String(await freePort());
const { default: config } = await import('../web-dev-server.config.mjs');
const server = await startDevServer({ config: { ...config, middleware: config.middleware }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const url = `http://127.0.0.1:${process.env.PORT}/`;
const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
const problems = [];
let passed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else problems.push(what);
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${what}`);
};

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()} ${m.location()?.url ?? ''}`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });

  const shows = (tag, selector) =>
    page
      .waitForFunction(
        (t, s) => {
          const root = document.querySelector(t)?.shadowRoot;
          return !!root && !!root.querySelector(s) && !root.querySelector('[role="alert"]');
        },
        { timeout: 30_000 },
        tag,
        selector,
      )
      .then(() => true, () => false);

  check(await shows('visits-chart', 'canvas'), 'the demo page shows <visits-chart> with its chart');
  check(await shows('activity-log', 'li.row:not(.skeleton-row)'), 'the demo page shows <activity-log> with entries');
  check(await shows('analytics-settings', 'input[type="checkbox"]'), 'the demo page shows <analytics-settings> with its form');
  await new Promise((r) => setTimeout(r, 500));
  check(errors.length === 0, `no console error, page error or failed request${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
  await server.stop();
}
console.log(`\n${passed} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
