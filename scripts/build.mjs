// npm run build: dist/ with
//  - ES modules and .d.ts for every entry (tsc), custom-elements.json (the analyzer),
//  - self-contained, minified bundles for script tags in dist/cdn/ (esbuild),
// and prints each bundle's size (raw, gzip, brotli).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'manifest']);

/** Script-tag bundles: name -> entry. */
export const CDN_ENTRIES = {
  'dashboard-widgets': 'src/index.ts',
  'activity-log': 'src/activity-log/define.ts',
  'visits-chart': 'src/visits-chart/define.ts',
  'analytics-settings': 'src/analytics-settings/define.ts',
  'embed-host': 'src/embed/host.ts',
};

const entries = Object.entries(CDN_ENTRIES).filter(([, entry]) => existsSync(join(root, entry)));
await build({
  entryPoints: Object.fromEntries(entries.map(([name, entry]) => [name, join(root, entry)])),
  outdir: join(root, 'dist/cdn'),
  bundle: true,
  splitting: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  sourcemap: 'linked',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const rows = entries.map(([name]) => {
  const bytes = readFileSync(join(root, 'dist/cdn', `${name}.js`));
  return {
    bundle: `dist/cdn/${name}.js`,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (minified):');
console.log(['bundle'.padEnd(40), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10)].join(''));
for (const r of rows) console.log([r.bundle.padEnd(40), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10)].join(''));
