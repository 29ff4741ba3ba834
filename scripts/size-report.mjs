// node scripts/size-report.mjs [bundle …]: builds the script-tag bundles in memory (nothing is
// written) and prints, per bundle, the bytes of its first view (the file a page loads and what it
// imports statically, the shared files of cdn/chunks/ included) against its ceiling, and each file
// loaded on demand; then, with every bundle, what a page with the three single-widget bundles
// fetches against the all-in-one bundle.
// Exits 1 when a first view is over its ceiling.
import { CEILINGS, buildCdn, firstViewAndLazy, measure } from './cdn-build.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const results = await buildCdn({ names: names.length ? names : Object.keys(CEILINGS), write: false });
let over = 0;
for (const { name, files } of results) {
  const { firstView, lazy } = firstViewAndLazy(files);
  const size = measure(firstView);
  const ceiling = CEILINGS[name];
  const passed = ceiling !== undefined && size.gzip > ceiling * 1024;
  if (passed) over++;
  const verdict = ceiling === undefined ? '' : passed ? `OVER its ceiling of ${ceiling} KB by ${kb(size.gzip - ceiling * 1024)}` : `${kb(ceiling * 1024 - size.gzip)} below its ceiling of ${ceiling} KB`;
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
if (['activity-log', 'visits-chart', 'analytics-settings', 'dashboard-widgets'].every((name) => firstViewOf(name).length)) {
  const page = new Map(['activity-log', 'visits-chart', 'analytics-settings'].flatMap((name) => firstViewOf(name).map((f) => [f.fileName, f])));
  const three = measure([...page.values()]).gzip;
  const one = measure(firstViewOf('dashboard-widgets')).gzip;
  console.log(`three single-widget bundles on one page: ${kb(three)} gzip in ${page.size} files, ${((three / one - 1) * 100).toFixed(1)} % more than dashboard-widgets.js (${kb(one)}; at most 5 %)`);
}
process.exit(over ? 1 : 0);
