// Finds a Chromium-family browser for tests, screenshots and benchmarks:
// CHROME_PATH, then /usr/bin/chromium, then chromium, google-chrome (and a few usual names) on PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a browser, or undefined. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  if (process.platform === 'darwin') {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    if (executable(mac)) return mac;
  }
  return undefined;
}

/** The same, or a clear paragraph on stderr and exit code 1. */
export function requireBrowser(env = process.env) {
  const path = findBrowser(env);
  if (path) return path;
  const tried = env.CHROME_PATH ? `CHROME_PATH (${env.CHROME_PATH}) is not an executable file.` : `No browser was found: CHROME_PATH is not set, and neither /usr/bin/chromium nor ${NAMES.join(', ')} is on the PATH.`;
  process.stderr.write(
    `\n${tried} The tests run in a real, headless Chromium. Install one and run the command again: ` +
      `on Debian or Ubuntu, "sudo apt-get update && sudo apt-get install -y chromium"; on other systems, ` +
      `install Chromium or Google Chrome and set CHROME_PATH to its executable.\n\n`,
  );
  process.exit(1);
}

/** Flags for headless Chromium on CI machines and containers. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Several test pages run at once: keep background tabs running timers and animation frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

// `node scripts/find-browser.mjs`: prints the browser's path, or exits 1 when there is none.
import { pathToFileURL } from 'node:url';
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = findBrowser();
  if (path) process.stdout.write(`${path}\n`);
  process.exit(path ? 0 : 1);
}
