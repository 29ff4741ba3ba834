// npm start: serves the demo page and prints its address.
// The port: `npm start -- --port 8123` (or `--port=8123`), else the PORT variable, else 8000.
import { startDevServer } from '@web/dev-server';
import { exec } from 'node:child_process';

/** The port asked for with --port N / --port=N, '' when none, or an Error for an unusable one. */
export function portArgument(argv) {
  const at = argv.findIndex((a) => a === '--port' || a === '-p' || a.startsWith('--port='));
  if (at < 0) return '';
  const value = argv[at].startsWith('--port=') ? argv[at].slice('--port='.length) : argv[at + 1] ?? '';
  const port = Number(value);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? String(port) : new Error(`--port needs a number from 1 to 65535, not "${value}".`);
}

const port = portArgument(process.argv.slice(2));
if (port instanceof Error) {
  process.stderr.write(`npm start: ${port.message}\n`);
  process.exit(2);
}
if (port) process.env.PORT = port;
// The configuration reads PORT when it is loaded.
const { default: config } = await import('../web-dev-server.config.mjs');

const server = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const url = `http://127.0.0.1:${server.config.port}/`;
process.stdout.write(
  `\ndashboard-widgets demo: ${url}\n` +
    `  Matomo (demo) at ${url}matomo/   Rocket.Chat (demo) at ${url}chat/\n` +
    `  Share snippets point here: ${url}embed.html, ${url}cdn/ (built on first request).\n` +
    '  The page lists the demo tokens to try. Press Ctrl+C to stop.\n\n',
);
const canOpen = !process.env.CI && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (canOpen && !process.argv.includes('--no-open')) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start ""' : 'xdg-open';
  exec(`${opener} ${url}`, () => {});
}
