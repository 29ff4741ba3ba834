// npm run build: dist/ with
//  - ES modules and .d.ts for every entry (tsc), custom-elements.json (the analyzer),
//  - self-contained, minified bundles for script tags in dist/cdn/ (scripts/cdn-build.mjs), with
//    what they load on demand in dist/cdn/chunks/ and dist/cdn/bundles.json saying which is which
//    (and which file holds each language),
//  - the iframe embed page dist/embed.html with its stylesheet dist/embed.css,
// and prints each bundle's size (raw, gzip, brotli), and what embed.html loads in total.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn, firstViewAndLazy } from './cdn-build.mjs';
import { bytesTable, measureBundles } from '../bench/size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'manifest']);

const built = await buildCdn();
const manifest = Object.fromEntries(
  built.map(({ name, files }) => {
    const { firstView, lazy } = firstViewAndLazy(files);
    // Each language is one file of its own, fetched on demand (src/i18n/locales/<tag>.ts).
    const languages = {};
    for (const f of lazy) {
      const tag = /^src\/i18n\/locales\/(.+)\.ts$/.exec(f.facade ?? '')?.[1];
      if (tag) languages[tag] = f.fileName;
    }
    return [name, { firstView: firstView.map((f) => f.fileName), onDemand: lazy.map((f) => f.fileName), languages }];
  }),
);
writeFileSync(join(root, 'dist/cdn/bundles.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// The iframe embed page: static, beside cdn/ (it loads ./cdn/embed-page.js, which loads the one widget's bundle).
copyFileSync(join(root, 'embed.html'), join(root, 'dist/embed.html'));
copyFileSync(join(root, 'src/embed/embed.css'), join(root, 'dist/embed.css'));

console.log('\nBundle sizes (minified; a first view is all a page fetches before the widget shows its data, see bench/README.md):');
for (const line of bytesTable(measureBundles())) console.log(line);
