// Byte sizes of what the library ships, shared by bench/run.mjs and bench/check-size.mjs:
// each dist/cdn bundle and what dist/embed.html loads, minified, gzip (level 9) and brotli
// (quality 11), plus the gzip ceilings and, for the bench, which modules take the space.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CEILINGS, buildCdn, firstViewAndLazy, measure, root } from '../scripts/cdn-build.mjs';
import { MODULAR_SET, WIDGETS } from '../scripts/cdn-entries.mjs';

export { CEILINGS, root };
export const dist = join(root, 'dist');

export { CDN_ENTRIES, MODULAR_SET, WIDGETS } from '../scripts/cdn-entries.mjs';

/** Sizes of files under dist/, each compressed on its own (as a server sends them), added up. */
export function measureFiles(files) {
  return measure(files.map((file) => ({ code: readFileSync(join(dist, file)) })));
}

/** The scripts and stylesheets dist/embed.html names (relative to dist/), or null without it. */
export function embedAssets() {
  const page = join(dist, 'embed.html');
  if (!existsSync(page)) return null;
  const html = readFileSync(page, 'utf8');
  const assets = [...new Set(html.match(/(?<=(?:src|href)=")\.\/[^"]+\.(?:js|css)(?=")/g) ?? [])].map((a) => a.slice(2));
  return assets;
}

/** dist/cdn/bundles.json: per bundle, the files of its first view and those it loads on demand. */
export function bundleFiles() {
  const file = join(dist, 'cdn/bundles.json');
  if (!existsSync(file)) throw new Error('dist/cdn/bundles.json is missing: run `npm run build` first.');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * One row per dist/cdn bundle, the self-contained ones first, then the modular set: its first view
 * (the bundle and what it imports statically, what a page fetches before the widget renders) with
 * its ceiling when it has one, and what it loads on demand; then one row per embed.html frame
 * (each loads the self-contained bundle of its widget). Throws when dist/cdn is missing.
 */
export function measureBundles() {
  const bundles = bundleFiles();
  const rows = Object.entries(bundles)
    // The self-contained bundles first, then the modular set.
    .sort(([a], [b]) => Number(MODULAR_SET.includes(a)) - Number(MODULAR_SET.includes(b)) || a.localeCompare(b))
    .map(([name, { firstView, onDemand }]) => {
      const size = measureFiles(firstView.map((f) => `cdn/${f}`));
      const ceiling = CEILINGS[name];
      return {
        bundle: `cdn/${name}.js`,
        name,
        files: firstView.map((f) => `cdn/${f}`),
        ...size,
        onDemand: { files: onDemand.map((f) => `cdn/${f}`), ...measureFiles(onDemand.map((f) => `cdn/${f}`)) },
        ceilingKB: ceiling ?? null,
        over: ceiling !== undefined && size.gzip > ceiling * 1024,
      };
    });
  // What a browser fetches for one iframe: the page's scripts and stylesheet, and the first view
  // of the widget it shows (embed-page.js loads it), unless the page loads every widget itself.
  const assets = embedAssets();
  if (assets) {
    const all = assets.includes('cdn/dashboard-widgets.js');
    const frames = all
      ? [['embed.html (JS + CSS it loads)', assets]]
      : WIDGETS.map((w) => [`embed.html#widget=${w} (JS + CSS)`, [...new Set([...assets, ...(bundles[w]?.firstView ?? [`${w}.js`]).map((f) => `cdn/${f}`)])]]);
    for (const [label, files] of frames) {
      if (files.every((f) => existsSync(join(dist, f)))) rows.push({ bundle: label, name: label, files, ...measureFiles(files), ceilingKB: null, over: false });
    }
  }
  return rows;
}

/** How much more a page with the three bundles of the modular set may fetch than one with the all-in-one bundle. */
export const MODULAR_PAGE_LIMIT = 1.05;

/**
 * What a page that loads the three bundles of the modular set (cdn/modules/<widget>.js) fetches
 * before its widgets show their data (their first views, each shared file once), against the
 * all-in-one bundle's first view. Throws when dist/cdn is missing.
 */
export function modularPage() {
  const bundles = bundleFiles();
  const files = [...new Set(MODULAR_SET.flatMap((name) => bundles[name].firstView))].map((f) => `cdn/${f}`);
  const allInOne = bundles['dashboard-widgets'].firstView.map((f) => `cdn/${f}`);
  const page = measureFiles(files);
  const one = measureFiles(allInOne);
  return { files, ...page, allInOne: { files: allInOne, ...one }, ratio: page.gzip / one.gzip, limit: MODULAR_PAGE_LIMIT, over: page.gzip > one.gzip * MODULAR_PAGE_LIMIT };
}

/** The modular-page figure as one line of text. */
export function modularPageLine(t) {
  const more = `${t.ratio >= 1 ? '+' : '−'}${Math.abs((t.ratio - 1) * 100).toFixed(1)} %`;
  return `a page with the three modular bundles (cdn/modules/): ${kb(t.gzip)} gzip in ${t.files.length} files, against ${kb(t.allInOne.gzip)} for dashboard-widgets.js (${more}; at most +${Math.round((t.limit - 1) * 100)} %)`;
}

/**
 * Floors: stripped-down elements built like the bundles (bench/floors/), each the smallest
 * thing a widget could be with this library's foundation. They show how much of a first view goes
 * before the widget's own features.
 */
export const FLOORS = [
  { name: 'lit-task', entry: 'bench/floors/lit-task.ts', what: 'lit + @lit/task: one element fetching a list' },
  { name: 'activity-client', entry: 'bench/floors/activity-client.ts', what: '+ element base, tokens, errors, Matomo client', against: 'activity-log' },
  { name: 'activity-rows', entry: 'bench/floors/activity-rows.ts', what: '+ the activity rows and their styles', against: 'activity-log' },
  { name: 'settings-form', entry: 'bench/floors/settings-form.ts', what: 'element base, Rocket.Chat client, schema: a plain form', against: 'analytics-settings' },
];

/** The floors' sizes (built in memory), in the order of FLOORS. */
export async function measureFloors() {
  const entries = Object.fromEntries(FLOORS.map((f) => [f.name, f.entry]));
  const built = await buildCdn({ entries, write: false });
  return FLOORS.map((floor, i) => {
    const { firstView } = firstViewAndLazy(built[i].files);
    return { ...floor, ...measure(firstView) };
  });
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The bytes table as text lines. */
export function bytesTable(rows) {
  const head = ['first view of'.padEnd(48), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'gzip ceiling'.padStart(14), 'on demand'.padStart(12), ''].join('');
  const lines = [head];
  for (const r of rows) {
    const ceiling = r.ceilingKB === null ? '' : `${r.ceilingKB.toFixed(1)} KB`;
    const verdict = r.ceilingKB === null ? '' : r.over ? `  over its ceiling by ${kb(r.gzip - r.ceilingKB * 1024)}` : '  ok';
    const later = r.onDemand?.files.length ? `${kb(r.onDemand.gzip)}` : '';
    lines.push([r.bundle.padEnd(48), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10), ceiling.padStart(14), later.padStart(12), verdict].join('').trimEnd());
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
 * What takes the space in each bundle's first view (all its files): the same build as
 * scripts/cdn-build.mjs, in memory; bytes per package or source folder, and the largest modules.
 * Shares are of the bytes each module renders before the whole file is minified; the gzip figures
 * are estimated in proportion (gzip works on the whole file).
 */
export async function breakdown(names = Object.keys(CEILINGS)) {
  const out = {};
  for (const { name, files } of await buildCdn({ names, write: false })) {
    const { firstView } = firstViewAndLazy(files);
    const rendered = firstView.flatMap((f) => Object.entries(f.modules)).filter(([, bytes]) => bytes > 0);
    const total = rendered.reduce((n, [, bytes]) => n + bytes, 0);
    const { raw: minified, gzip: totalGzip } = measure(firstView);
    const groups = new Map();
    const modules = [];
    for (const [path, bytes] of rendered) {
      const module = moduleName(relative(root, path));
      const key = group(module);
      groups.set(key, (groups.get(key) ?? 0) + bytes);
      modules.push({ module, bytes });
    }
    const share = (bytes) => ({ share: +(bytes / total).toFixed(3), minifiedEstimate: Math.round((bytes / total) * minified), gzipEstimate: Math.round((bytes / total) * totalGzip) });
    out[name] = {
      minified,
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
