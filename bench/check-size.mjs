// node bench/check-size.mjs (after `npm run build`): the gzip sizes of the script-tag bundles'
// first views (the bundle file and what it imports statically: dist/cdn/bundles.json).
// Builds nothing. Prints a table, then one verdict per bundle with a ceiling (CEILINGS in
// scripts/cdn-build.mjs: the size reached so far, which only goes down unless an issue allows
// more): passing it fails the check (exit 1), as does a missing bundle; and one for a page with
// the three single-widget bundles, which may fetch at most 5 % more than the all-in-one bundle.
// 1 KB = 1024 bytes; each file is compressed on its own (gzip level 9), as a server sends it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CEILINGS, bytesTable, dist, kb, measureBundles, threeBundlesLine, threeBundlesPage } from './size.mjs';

if (!existsSync(join(dist, 'cdn'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = measureBundles();
console.log('Bundle sizes (dist/), first views, each file compressed on its own:');
for (const line of bytesTable(rows)) console.log(line);

let failed = 0;
console.log('');
for (const [name, ceiling] of Object.entries(CEILINGS)) {
  const row = rows.find((r) => r.name === name);
  if (!row) {
    console.error(`FAIL  dist/cdn/${name}.js is missing: it has a ceiling, so it must be built.`);
    failed++;
    continue;
  }
  const over = row.gzip > ceiling * 1024;
  if (over) failed++;
  const margin = over ? `over by ${kb(row.gzip - ceiling * 1024)}` : `${kb(ceiling * 1024 - row.gzip)} below`;
  console.log(`${over ? 'FAIL' : 'ok  '}  ${name}: ${kb(row.gzip)} gzip, ceiling ${ceiling} KB (${margin})`);
}
// Several widgets on one page share lit and the core (cdn/chunks/shared-*.js): three single-widget
// bundles may cost at most THREE_BUNDLES_LIMIT times the all-in-one bundle.
const three = threeBundlesPage();
if (three.over) failed++;
console.log(`${three.over ? 'FAIL' : 'ok  '}  ${threeBundlesLine(three)}`);
console.log(`\nlimits: ${Object.keys(CEILINGS).length + 1 - failed} kept, ${failed} passed`);
process.exit(failed > 0 ? 1 : 0);
