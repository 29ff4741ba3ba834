// Bundles the demo backend (TypeScript) for Node and returns a Koa middleware that serves it
// under /matomo/ and /chat/. Used by the dev server (npm start) and the test runner.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  return mod.createDemoMiddleware({ root, ...options });
}
