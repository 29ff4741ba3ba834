// node scripts/size-report.mjs [bundle …]: builds the script-tag bundles in memory (nothing is
// written) and prints, per bundle, the bytes of its first view (the file a page loads and what it
// imports statically) against its gzip budget, and each file loaded on demand.
// Exits 1 when a first view is over its budget.
import { BUDGETS, buildCdn, firstViewAndLazy, measure } from './cdn-build.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results = await buildCdn({ names: names.length ? names : Object.keys(BUDGETS), write: false });
let over = 0;
for (const { name, files } of results) {
  const { firstView, lazy } = firstViewAndLazy(files);
  const size = measure(firstView);
  const budget = BUDGETS[name];
  const verdict = budget === undefined ? '' : size.gzip > budget * 1024 ? `OVER budget ${budget} KB by ${kb(size.gzip - budget * 1024)}` : `within budget ${budget} KB`;
  if (budget !== undefined && size.gzip > budget * 1024) over++;
  console.log(`${name}: first view ${kb(size.raw)} min, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (${firstView.length} file${firstView.length === 1 ? '' : 's'}) ${verdict}`);
  for (const f of lazy) {
    const s = measure([f]);
    console.log(`    on demand: ${f.fileName.padEnd(56)} ${kb(s.raw).padStart(9)} min ${kb(s.gzip).padStart(9)} gzip`);
  }
}
process.exit(over ? 1 : 0);
