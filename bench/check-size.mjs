// node bench/check-size.mjs (after `npm run build`): the gzip budgets of the script-tag bundles.
// Builds nothing: reads dist/cdn/*.js, compresses each (gzip level 9), prints a table and exits
// 1 when a bundle is over its budget (activity-log 20 KB, analytics-settings 20 KB,
// visits-chart 70 KB, dashboard-widgets 85 KB; 1 KB = 1024 bytes), or when one is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, bytesTable, dist, measureBundles } from './size.mjs';

if (!existsSync(join(dist, 'cdn'))) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

const rows = measureBundles();
console.log('Bundle sizes (dist/), each file compressed on its own:');
for (const line of bytesTable(rows)) console.log(line);

const missing = Object.keys(BUDGETS).filter((name) => !rows.some((r) => r.name === name));
const over = rows.filter((r) => r.over);
for (const name of missing) console.error(`dist/cdn/${name}.js is missing: it has a budget, so it must be built.`);
const checked = Object.keys(BUDGETS).length;
console.log(`\nbudgets: ${checked - over.length - missing.length} passed, ${over.length + missing.length} failed`);
process.exit(over.length + missing.length > 0 ? 1 : 0);
