// npm start: serves the demo page and prints its address.
import { startDevServer } from '@web/dev-server';
import { exec } from 'node:child_process';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const url = `http://127.0.0.1:${server.config.port}/`;
process.stdout.write(
  `\ndashboard-widgets demo: ${url}\n` +
    `  Matomo (demo) at ${url}matomo/   Rocket.Chat (demo) at ${url}chat/\n` +
    '  The page lists the demo tokens to try. Press Ctrl+C to stop.\n\n',
);
const canOpen = !process.env.CI && (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (canOpen && !process.argv.includes('--no-open')) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start ""' : 'xdg-open';
  exec(`${opener} ${url}`, () => {});
}
