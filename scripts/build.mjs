// npm run build: dist/ with
//  - ES modules and .d.ts for every entry (tsc, each element's attributes added to its JSDoc:
//    scripts/declaration-attrs.mjs), custom-elements.json (the analyzer), editors' data (VS Code
//    custom data, web-types: scripts/editor-data.mjs), and the
//    trimmed Chart.js the chart's modules import (dist/vendor/chart.js, scripts/npm-chart.mjs),
//  - minified bundles for script tags in dist/cdn/ (scripts/cdn-build.mjs): the self-contained
//    ones (cdn/<widget>.js, cdn/dashboard-widgets.js) with what they load on demand in
//    dist/cdn/chunks/, and the modular set (cdn/modules/<widget>.js) with the files its bundles
//    share and load on demand in dist/cdn/modules/chunks/; dist/cdn/bundles.json saying which file
//    is whose (and which files hold each language), and the licences of the packages bundled in them,
//  - the iframe embed page dist/embed.html with its stylesheet dist/embed.css,
// and prints each bundle's size (raw, gzip, brotli), what embed.html loads in total, and last what
// `npm pack` would publish (files, packed and unpacked size).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, firstViewAndLazy } from './cdn-build.mjs';
import { vendorChartJs } from './npm-chart.mjs';
import { annotateDeclarations } from './declaration-attrs.mjs';
import { packContents, packSummary } from './pack.mjs';
import { bytesTable, measureBundles } from '../bench/size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'manifest']);
annotateDeclarations(root);
await vendorChartJs(join(root, 'dist'));

const built = await buildCdn();
const manifest = Object.fromEntries(
  built.map(({ name, files }) => {
    const { firstView, lazy } = firstViewAndLazy(files);
    // Each language is one file of its own, fetched on demand (src/i18n/locales/<tag>.ts), after
    // the code for languages other than English (src/i18n/translations.ts), also on demand.
    const languages = {};
    for (const f of lazy) {
      const tag = /^src\/i18n\/locales\/(.+)\.ts$/.exec(f.facade ?? '')?.[1];
      if (tag) languages[tag] = f.fileName;
    }
    const translations = lazy.find((f) => f.facade === 'src/i18n/translations.ts')?.fileName;
    return [name, { firstView: firstView.map((f) => f.fileName), onDemand: lazy.map((f) => f.fileName), languages, ...(translations ? { translations } : {}) }];
  }),
);
writeFileSync(join(root, 'dist/cdn/bundles.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(root, 'dist/cdn/THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(built));

// The iframe embed page: static, beside cdn/ (it loads ./cdn/embed-page.js, which loads the
// self-contained bundle of the one widget it shows: one file for its first view).
copyFileSync(join(root, 'embed.html'), join(root, 'dist/embed.html'));
copyFileSync(join(root, 'src/embed/embed.css'), join(root, 'dist/embed.css'));

console.log('\nBundle sizes (minified; a first view is all a page fetches before the widget shows its data, see bench/README.md):');
for (const line of bytesTable(measureBundles())) console.log(line);
console.log(`\n${packSummary(packContents())}`);

/**
 * The licences of the packages whose code is in the bundles (their minified files keep no
 * comments): name, version and licence text of each, from node_modules.
 */
function thirdPartyLicenses(results) {
  const packages = new Set();
  for (const { files } of results) {
    for (const file of files) {
      for (const id of Object.keys(file.modules)) {
        const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
        if (m) packages.add(m[1].replace(/\\/g, '/'));
      }
    }
  }
  const texts = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
    if (!file) throw new Error(`${name} has no LICENSE file: its licence cannot be shipped with the bundles`);
    return `${name} ${version} (${license})\n\n${readFileSync(file, 'utf8').trim()}\n`;
  });
  return (
    'The script-tag bundles of dashboard-widgets (this folder) contain code of the packages below,\n' +
    'under their own licences. dashboard-widgets itself is under the MIT licence (LICENSE, at the\n' +
    "package's root).\n\n" +
    texts.join(`\n${'-'.repeat(72)}\n\n`)
  );
}
