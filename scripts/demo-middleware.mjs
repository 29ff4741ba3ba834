// Bundles the demo backend (TypeScript) for Node and returns a Koa middleware that serves it
// under /matomo/ and /chat/. Used by the dev server (npm start) and the test runner.
//
// The demo Matomo's setup can be chosen with environment variables (npm start):
//   DEMO_ACTIVITY_LOG=5.1          the Activity Log plugin's 5.1 behaviour (period/date); default 5.0
//   DEMO_CORS_ORIGINS=https://a,…  origins its CORS answers name (cors_domains); default none but its own
//   DEMO_LATENCY=700               milliseconds every answer waits, as a distant server's would; default 0
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The middleware (with `.backend`, the demo backend it serves, and `.listener()`, a Node request
 * listener serving that same backend, for a server of its own).
 */
export async function demoMiddleware(options = {}) {
  const outdir = join(root, 'node_modules', '.cache', 'dashboard-widgets');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `demo-node-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'src/demo/node.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    packages: 'external',
  });
  const mod = await import(pathToFileURL(outfile).href);
  const fromEnv = {};
  if (process.env.DEMO_ACTIVITY_LOG) fromEnv.activityLog = process.env.DEMO_ACTIVITY_LOG;
  if (Number(process.env.DEMO_LATENCY) > 0) fromEnv.latency = Number(process.env.DEMO_LATENCY);
  if (process.env.DEMO_CORS_ORIGINS) fromEnv.corsOrigins = process.env.DEMO_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  const middleware = mod.createDemoMiddleware({ root, ...fromEnv, ...options });
  middleware.listener = () => mod.demoRequestListener(middleware.backend);
  return middleware;
}
