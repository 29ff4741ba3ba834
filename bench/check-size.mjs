// node bench/check-size.mjs (after `npm run build`): the gzip sizes of the script-tag bundles'
// first views (the bundle file and what it imports statically: dist/cdn/bundles.json).
// Builds nothing. Prints a table, then one verdict per bundle with a ceiling (CEILINGS in
// scripts/cdn-build.mjs: the size reached so far, which only goes down unless an issue allows
// more): passing it fails the check (exit 1), as does a missing bundle; and one for a page with
// the three bundles of the modular set (cdn/modules/), which may fetch at most 5 % more than the
// all-in-one bundle. The modular set's single first views have no ceiling: the table shows them.
// 1 KB = 1024 bytes; each file is compressed on its own (gzip level 9), as a server sends it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CEILINGS, bytesTable, dist, kb, measureBundles, modularPage, modularPageLine } from './size.mjs';

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
// Several widgets on one page: the modular set shares lit and the core (cdn/modules/chunks/), so
// its three bundles may cost at most MODULAR_PAGE_LIMIT times the all-in-one bundle.
const modular = modularPage();
if (modular.over) failed++;
console.log(`${modular.over ? 'FAIL' : 'ok  '}  ${modularPageLine(modular)}`);
console.log(`\nlimits: ${Object.keys(CEILINGS).length + 1 - failed} kept, ${failed} passed`);
process.exit(failed > 0 ? 1 : 0);
