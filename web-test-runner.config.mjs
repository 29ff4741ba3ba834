import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_FLAGS, requireBrowser } from './scripts/find-browser.mjs';
import { demoMiddleware } from './scripts/demo-middleware.mjs';
import { crossOriginDemo } from './scripts/cross-origin-demo.mjs';
import { LOOPBACK_HOST, loopbackOnly } from './scripts/loopback.mjs';
import { rocketChatOriginPlugin } from './scripts/rocketchat-origin.mjs';
import { reactBundle, ssrCommand } from './scripts/framework-fixtures.mjs';
import { redirectMiddleware, hostileOriginCommand } from './test/hardening/hostile-origin.mjs';

const executablePath = requireBrowser();

/** `executeServerCommand('set-timezone', { timezoneId })` from a test; an empty id restores the machine's. */
const timezoneCommand = {
  name: 'set-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-timezone') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateTimezone(payload?.timezoneId || undefined);
    return true;
  },
};

/**
 * `executeServerCommand('dom-counters')`: forces garbage collection, then returns Chromium's
 * counts of live documents, DOM nodes and event listeners, and the JS heap in use (bytes).
 */
const domCountersCommand = {
  name: 'dom-counters',
  async executeCommand({ command, session }) {
    if (command !== 'dom-counters') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const counters = await cdp.send('Memory.getDOMCounters');
      const heap = await cdp.send('Runtime.getHeapUsage');
      return { ...counters, heapUsed: heap.usedSize };
    } finally {
      await cdp.detach();
    }
  },
};

/** `executeServerCommand('hardening-count', { widget, suite, cases })`: tallies the gauntlet's cases. */
const hardeningCases = new Map();
const hardeningCountCommand = {
  name: 'hardening-count',
  async executeCommand({ command, payload }) {
    if (command !== 'hardening-count') return undefined;
    const perWidget = hardeningCases.get(payload.widget) ?? new Map();
    perWidget.set(payload.suite, (perWidget.get(payload.suite) ?? 0) + payload.cases);
    hardeningCases.set(payload.widget, perWidget);
    return true;
  },
};

/** Prints the plain closing line "N passed, N failed, N skipped" that CI reads. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load, or errored outside a test, counts as one failure.
        if (session.errors?.length || (!session.passed && !session.testResults)) failed++;
      }
      if (hardeningCases.size) {
        process.stdout.write('\nHardening gauntlet, cases run per widget:\n');
        for (const [widget, suites] of hardeningCases) {
          const total = [...suites.values()].reduce((a, b) => a + b, 0);
          const detail = [...suites].map(([suite, n]) => `${suite} ${n}`).join(', ');
          process.stdout.write(`  ${widget.padEnd(20)} ${String(total).padStart(4)}  (${detail})\n`);
        }
      }
      process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}

const demo = await demoMiddleware({ persist: false });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  hostname: LOOPBACK_HOST,
  // One page at a time: a background tab gets no animation frames or resize observations.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 600_000,
  // The demo backend over real HTTP on the test server's own origin, persisting nothing; the same
  // backend on a second origin too (crossOriginDemo), for what pages elsewhere get; and an API
  // server that answers every request with a redirect to another loopback origin (hostile-origin).
  // (The demo Rocket.Chat on a second origin, for cross-origin saving, is rocketChatOriginPlugin.)
  middleware: [redirectMiddleware, demo],
  plugins: [
    loopbackOnly(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    timezoneCommand,
    domCountersCommand,
    hardeningCountCommand,
    hostileOriginCommand,
    crossOriginDemo(demo),
    rocketChatOriginPlugin(),
    reactBundle(),
    ssrCommand,
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_FLAGS } })],
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), summaryReporter()],
  filterBrowserLogs: ({ type, args }) =>
    (type === 'error' || type === 'warn') && !String(args?.[0] ?? '').includes('Lit is in dev mode'),
};
