// node scripts/size-report.mjs [bundle …]: builds the script-tag bundles in memory (nothing is
// written) and prints, per bundle, the bytes of its first view (the file a page loads and what it
// imports statically: for the modular set, cdn/modules/<widget>.js, the shared files of
// cdn/modules/chunks/ too) against its ceiling, and each file loaded on demand; then, with every
// bundle, what a page with the three bundles of the modular set fetches against the all-in-one bundle.
// By default: the bundles with a ceiling (the self-contained ones) and the modular set.
// Exits 1 when a first view is over its ceiling, or that page over its limit.
import { CEILINGS, buildCdn, firstViewAndLazy, measure } from './cdn-build.mjs';
import { MODULAR_SET } from './cdn-entries.mjs';

const MODULAR_PAGE_LIMIT = 1.05; // as bench/size.mjs

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results = await buildCdn({ names: names.length ? names : [...Object.keys(CEILINGS), ...MODULAR_SET], write: false });
let over = 0;
for (const { name, files } of results) {
  const { firstView, lazy } = firstViewAndLazy(files);
  const size = measure(firstView);
  const ceiling = CEILINGS[name];
  const passed = ceiling !== undefined && size.gzip > ceiling * 1024;
  if (passed) over++;
  const verdict = ceiling === undefined ? '(no ceiling)' : passed ? `OVER its ceiling of ${ceiling} KB by ${kb(size.gzip - ceiling * 1024)}` : `${kb(ceiling * 1024 - size.gzip)} below its ceiling of ${ceiling} KB`;
  console.log(`${name}: first view ${kb(size.raw)} min, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (${firstView.length} file${firstView.length === 1 ? '' : 's'}) ${verdict}`);
  for (const f of firstView.slice(1)) {
    const s = measure([f]);
    console.log(`    shared:    ${f.fileName.padEnd(56)} ${kb(s.raw).padStart(9)} min ${kb(s.gzip).padStart(9)} gzip`);
  }
  for (const f of lazy) {
    const s = measure([f]);
    console.log(`    on demand: ${f.fileName.padEnd(56)} ${kb(s.raw).padStart(9)} min ${kb(s.gzip).padStart(9)} gzip`);
  }
}
const firstViewOf = (name) => firstViewAndLazy(results.find((r) => r.name === name)?.files ?? []).firstView;
if ([...MODULAR_SET, 'dashboard-widgets'].every((name) => firstViewOf(name).length)) {
  const page = new Map(MODULAR_SET.flatMap((name) => firstViewOf(name).map((f) => [f.fileName, f])));
  const three = measure([...page.values()]).gzip;
  const one = measure(firstViewOf('dashboard-widgets')).gzip;
  const passed = three > one * MODULAR_PAGE_LIMIT;
  if (passed) over++;
  console.log(
    `the three modular bundles on one page: ${kb(three)} gzip in ${page.size} files, ${((three / one - 1) * 100).toFixed(1)} % more than dashboard-widgets.js (${kb(one)}; at most ${Math.round((MODULAR_PAGE_LIMIT - 1) * 100)} %)${passed ? ': OVER' : ''}`,
  );
}
process.exit(over ? 1 : 0);
