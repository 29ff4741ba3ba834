// npm start: the demo page (index.html) with all three widgets, served with the demo backend
// (Matomo at /matomo/, Rocket.Chat at /chat/) on 127.0.0.1. Settings saved in the demo persist
// in .demo-data/ (git-ignored). What share snippets reference (embed.html, embed.css, cdn/*.js)
// is served too, so a snippet copied from the demo works in a page of another origin.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cdnMiddleware } from './scripts/cdn-middleware.mjs';
import { demoMiddleware } from './scripts/demo-middleware.mjs';
import { LOOPBACK_HOST, loopbackOnly } from './scripts/loopback.mjs';

const port = Number(process.env.PORT) || 8000;

/** @type {import('@web/dev-server').DevServerConfig} */
export default {
  rootDir: '.',
  hostname: LOOPBACK_HOST,
  port,
  nodeResolve: { exportConditions: ['development'] },
  appIndex: 'index.html',
  watch: false,
  middleware: [await demoMiddleware({ persist: true }), cdnMiddleware()],
  plugins: [loopbackOnly(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
