// npm test: finds a browser (or explains how to get one), then runs web-test-runner headless.
import { spawn } from 'node:child_process';
import { requireBrowser } from './find-browser.mjs';

const browser = requireBrowser();
const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
