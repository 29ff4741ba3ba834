// node bench/check-size.mjs (after `npm run build`): the gzip sizes of the script-tag bundles'
// first views (the bundle file and what it imports statically: dist/cdn/bundles.json).
// Builds nothing. Prints a table, then, per budgeted bundle, two verdicts:
//  - the ceiling (CEILINGS in scripts/cdn-build.mjs): the size reached so far, which may only go
//    down; passing it fails the check (exit 1), as does a missing bundle;
//  - the target (BUDGETS: activity-log 20 KB, analytics-settings 20 KB, visits-chart 70 KB,
//    dashboard-widgets 85 KB), reported as met or not. When every target is met, the ceilings
//    are the targets. A ceiling is never above its target unless the target is not met.
// 1 KB = 1024 bytes; each file is compressed on its own (gzip level 9), as a server sends it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, bytesTable, dist, kb, measureBundles } from './size.mjs';
import { CEILINGS } from '../scripts/cdn-build.mjs';

if (!existsSync(join(dist, 'cdn'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = measureBundles();
console.log('Bundle sizes (dist/), first views, each file compressed on its own:');
for (const line of bytesTable(rows)) console.log(line);

let failed = 0;
let missed = 0;
console.log('');
for (const [name, target] of Object.entries(BUDGETS)) {
  const row = rows.find((r) => r.name === name);
  if (!row) {
    console.error(`FAIL  dist/cdn/${name}.js is missing: it has a budget, so it must be built.`);
    failed++;
    continue;
  }
  const ceiling = CEILINGS[name] ?? target;
  const overCeiling = row.gzip > ceiling * 1024;
  const overTarget = row.gzip > target * 1024;
  if (overCeiling) failed++;
  if (overTarget) missed++;
  console.log(
    `${overCeiling ? 'FAIL' : 'ok  '}  ${name}: ${kb(row.gzip)} gzip, ceiling ${ceiling} KB` +
      `${overCeiling ? ` (over by ${kb(row.gzip - ceiling * 1024)})` : ''}; target ${target} KB ${overTarget ? `not met (${kb(row.gzip - target * 1024)} over)` : 'met'}`,
  );
}
console.log(`\nceilings: ${Object.keys(BUDGETS).length - failed} kept, ${failed} passed; targets: ${Object.keys(BUDGETS).length - missed} met, ${missed} not met`);
process.exit(failed > 0 ? 1 : 0);
