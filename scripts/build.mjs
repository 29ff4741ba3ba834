// npm run build: dist/ with
//  - ES modules and .d.ts for every entry (tsc), custom-elements.json (the analyzer),
//  - self-contained, minified bundles for script tags in dist/cdn/ (esbuild),
//  - the iframe embed page dist/embed.html with its stylesheet dist/embed.css,
// and prints each bundle's size (raw, gzip, brotli), and what embed.html loads in total.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_ENTRIES } from './cdn-entries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'manifest']);


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

// The iframe embed page: static, beside cdn/ (it loads ./cdn/embed-page.js, which loads the one widget's bundle).
copyFileSync(join(root, 'embed.html'), join(root, 'dist/embed.html'));
copyFileSync(join(root, 'src/embed/embed.css'), join(root, 'dist/embed.css'));

const measure = (label, files) => {
  const bytes = Buffer.concat(files.map((file) => readFileSync(join(root, 'dist', file))));
  return {
    bundle: label,
    raw: bytes.length,
    gzip: files.reduce((n, file) => n + gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length, 0),
    brotli: files.reduce(
      (n, file) => n + brotliCompressSync(readFileSync(join(root, 'dist', file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  };
};
const rows = entries.map(([name]) => measure(`dist/cdn/${name}.js`, [`cdn/${name}.js`]));
// What a browser fetches for one iframe: the page's script and stylesheet, then the one widget's bundle.
const embedAssets = [...new Set(readFileSync(join(root, 'embed.html'), 'utf8').match(/(?<=(?:src|href)=")\.\/[^"]+\.(?:js|css)(?=")/g) ?? [])];
const embedFiles = embedAssets.map((asset) => asset.slice(2));
for (const widget of ['activity-log', 'visits-chart', 'analytics-settings']) {
  const files = [...embedFiles, `cdn/${widget}.js`];
  if (files.every((file) => existsSync(join(root, 'dist', file)))) rows.push(measure(`dist/embed.html#widget=${widget} (JS + CSS)`, files));
  else console.warn(`dist/embed.html: missing ${files.filter((file) => !existsSync(join(root, 'dist', file))).join(', ')}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBundle sizes (minified):');
console.log(['bundle'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10)].join(''));
for (const r of rows) console.log([r.bundle.padEnd(52), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10)].join(''));
