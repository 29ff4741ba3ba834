// The Chart.js the npm modules import: dist/vendor/chart.js, built from the chart.js package with
// the two trims of the script-tag bundles (the scale, controller and plugin classes a chart does
// not register are dropped; its colour library is replaced by src/visits-chart/chart-color.ts),
// exporting only what the modules import. The modules' `from 'chart.js'` becomes a relative import
// of that file, so an application's bundler, whichever it is, gets the same trimmed Chart.js as
// the script-tag bundle, and `chart.js` is needed only to build the package.
import { rolldown } from 'rolldown';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { chartJsAlias, chartJsPlugin, typescriptPlugin } from './cdn-build.mjs';

/** Where the module goes, under dist/. */
export const CHART_MODULE = 'vendor/chart.js';

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])chart\.js\2/g;
const ANY_CHART_JS = /(['"])chart\.js(?:\/[^'"]*)?\1/;

/** Every .js file under `dir`, as paths. */
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Builds dist/vendor/chart.js and points the npm modules of `dist` (not cdn/) at it. Returns the
 * names it exports and the modules changed. Throws when a module imports chart.js in another way.
 */
export async function vendorChartJs(dist) {
  const modules = jsFiles(dist).filter((f) => !relative(dist, f).startsWith('cdn'));
  const names = new Set();
  const users = [];
  for (const file of modules) {
    const code = readFileSync(file, 'utf8');
    if (!ANY_CHART_JS.test(code)) continue;
    let found = false;
    for (const [, list] of code.matchAll(IMPORT)) {
      found = true;
      for (const name of list.split(',').map((n) => n.trim()).filter(Boolean)) {
        if (/^type\s/.test(name) || /\sas\s/.test(name)) throw new Error(`${relative(dist, file)}: import { ${name} } from 'chart.js' is not handled by scripts/npm-chart.mjs`);
        names.add(name);
      }
    }
    if (!found) throw new Error(`${relative(dist, file)} imports chart.js in a way scripts/npm-chart.mjs does not handle (only import { … } from 'chart.js')`);
    users.push(file);
  }
  if (!names.size) throw new Error('no npm module imports chart.js: scripts/npm-chart.mjs is stale');

  const entry = '\0dashboard-widgets-chart';
  const bundle = await rolldown({
    input: entry,
    plugins: [
      {
        name: 'dashboard-widgets-chart-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `export { ${[...names].sort().join(', ')} } from 'chart.js';\n` : null),
      },
      typescriptPlugin(),
      chartJsPlugin(),
    ],
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] }, alias: chartJsAlias() },
    logLevel: 'warn',
  });
  // Readable (the application's bundler minifies it), under Chart.js's licence banner.
  const chartJs = readFileSync(createRequire(import.meta.url).resolve('chart.js'), 'utf8');
  const licence = /^\/\*![\s\S]*?\*\//.exec(chartJs)?.[0];
  if (!licence?.includes('MIT')) throw new Error("chart.js's licence banner was not found: scripts/npm-chart.mjs is stale");
  const banner =
    `${licence}\n/*\n * Built by dashboard-widgets from chart.js: only ${[...names].sort().join(', ')} and what they need,\n` +
    ' * with its colour library (@kurkle/color) replaced by a smaller one (src/visits-chart/chart-color.ts).\n */';
  await bundle.write({ file: join(dist, CHART_MODULE), format: 'esm', minify: false, sourcemap: false, banner, comments: { legal: true, annotation: true, jsdoc: false } });
  await bundle.close();

  for (const file of users) {
    let target = relative(dirname(file), join(dist, CHART_MODULE)).replace(/\\/g, '/');
    if (!target.startsWith('.')) target = `./${target}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(IMPORT, (m, list, q) => `import {${list}} from ${q}${target}${q}`));
  }
  return { names: [...names].sort(), users: users.map((f) => relative(dist, f)) };
}
