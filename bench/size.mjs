// Byte sizes of what the library ships, shared by bench/run.mjs and bench/check-size.mjs:
// each dist/cdn bundle and what dist/embed.html loads, minified, gzip (level 9) and brotli
// (quality 11), plus the gzip budgets and, for the bench, which modules take the space.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist');

/** gzip budgets in KB (1 KB = 1024 bytes) of the self-contained script-tag bundles. */
export const BUDGETS = {
  'activity-log': 20,
  'analytics-settings': 20,
  'visits-chart': 70,
  'dashboard-widgets': 85,
};

export const WIDGETS = ['activity-log', 'visits-chart', 'analytics-settings'];

export { CDN_ENTRIES } from '../scripts/cdn-entries.mjs';
import { CDN_ENTRIES } from '../scripts/cdn-entries.mjs';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Sizes of files under dist/, each compressed on its own (as a server sends them), added up. */
export function measureFiles(files) {
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gz += gzip(bytes);
    br += brotli(bytes);
  }
  return { raw, gzip: gz, brotli: br };
}

/** The scripts and stylesheets dist/embed.html names (relative to dist/), or null without it. */
export function embedAssets() {
  const page = join(dist, 'embed.html');
  if (!existsSync(page)) return null;
  const html = readFileSync(page, 'utf8');
  const assets = [...new Set(html.match(/(?<=(?:src|href)=")\.\/[^"]+\.(?:js|css)(?=")/g) ?? [])].map((a) => a.slice(2));
  return assets;
}

/**
 * One row per dist/cdn bundle (and one for embed.html's JS + CSS), with its budget when it has
 * one. Throws when dist/cdn is missing.
 */
export function measureBundles() {
  const cdn = join(dist, 'cdn');
  if (!existsSync(cdn)) throw new Error('dist/cdn is missing: run `npm run build` first.');
  const rows = readdirSync(cdn)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const size = measureFiles([`cdn/${file}`]);
      const budget = BUDGETS[name];
      return { bundle: `cdn/${file}`, name, ...size, budgetKB: budget ?? null, over: budget !== undefined && size.gzip > budget * 1024 };
    });
  // What a browser fetches for one iframe: the page's scripts and stylesheet, and the bundle of
  // the widget it shows (embed-page.js loads it), unless the page loads every widget itself.
  const assets = embedAssets();
  if (assets) {
    const all = assets.includes('cdn/dashboard-widgets.js');
    const frames = all ? [['embed.html (JS + CSS it loads)', assets]] : WIDGETS.map((w) => [`embed.html#widget=${w} (JS + CSS)`, [...new Set([...assets, `cdn/${w}.js`])]]);
    for (const [label, files] of frames) {
      if (files.every((f) => existsSync(join(dist, f)))) rows.push({ bundle: label, name: label, files, ...measureFiles(files), budgetKB: null, over: false });
    }
  }
  return rows;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The bytes table as text lines. */
export function bytesTable(rows) {
  const head = ['bundle'.padEnd(48), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'gzip budget'.padStart(13), ''].join('');
  const lines = [head];
  for (const r of rows) {
    const budget = r.budgetKB === null ? '' : `${r.budgetKB.toFixed(1)} KB`;
    const verdict = r.budgetKB === null ? '' : r.over ? `  OVER by ${kb(r.gzip - r.budgetKB * 1024)}` : '  ok';
    lines.push([r.bundle.padEnd(48), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10), budget.padStart(13), verdict].join('').trimEnd());
  }
  return lines;
}

/** An input of the metafile as a stable name: `node_modules/<package>/...`, or a path from the project root. */
function moduleName(path) {
  const p = relative(root, join(root, path)).replace(/\\/g, '/');
  const nm = p.lastIndexOf('node_modules/');
  return nm >= 0 ? p.slice(nm) : p;
}

/** Groups a module name: the package for node_modules, else the source folder (src/activity-log). */
function group(p) {
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = p.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : p;
}

/**
 * What takes the space in each budgeted bundle: an in-memory esbuild bundle with the options of
 * scripts/build.mjs and a metafile; minified bytes per package or source folder, and the largest
 * modules. gzip shares are estimated from minified shares (gzip works on the whole file).
 */
export async function breakdown(names = Object.keys(BUDGETS)) {
  const { build } = await import('esbuild');
  const out = {};
  for (const name of names) {
    const entry = join(root, CDN_ENTRIES[name]);
    if (!existsSync(entry)) continue;
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      outdir: join(root, 'node_modules/.cache/dashboard-widgets-bench'),
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
    const file = result.outputFiles.find((f) => f.path.endsWith('.js'));
    const total = output.bytes;
    const totalGzip = gzip(Buffer.from(file.contents));
    const groups = new Map();
    const modules = [];
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      const module = moduleName(path);
      const key = group(module);
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
      modules.push({ module, bytes: bytesInOutput });
    }
    const share = (bytes) => ({ bytes, share: +(bytes / total).toFixed(3), gzipEstimate: Math.round((bytes / total) * totalGzip) });
    out[name] = {
      minified: total,
      gzip: totalGzip,
      groups: [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([g, bytes]) => ({ group: g, ...share(bytes) })),
      largestModules: modules
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 12)
        .map((m) => ({ module: m.module, ...share(m.bytes) })),
    };
  }
  return out;
}
