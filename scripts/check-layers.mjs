// npm run check:layers: the layers of src/ import only downwards, type-only and on-demand imports
// included (read by dpdm, the tool `npm run check:cycles` runs):
//
//   i18n  <-  core  <-  api  <-  embed (sharing, framing)  <-  each widget  <-  entries (src/index.ts, src/react/)
//
// - i18n/ (the catalogues and the page's registry of languages) imports nothing of the library;
// - core/ imports i18n/ only (nor api/, nor a widget);
// - api/ imports core/ only;
// - embed/ never imports a widget (a frame or a share panel names a widget by its tag);
// - a widget (activity-log/, visits-chart/, analytics-settings/) imports core/, api/ and embed/
//   (its Share / embed button), never another widget;
// - react/ (the React wrappers, dashboard-widgets/react) is an entry: it imports the widgets' entries;
// - demo/ (the demo backend, used by the dev server, Storybook and the tests, never by an entry)
//   imports core/ at most.
// And a type is never written `import('./x.js').T` or `typeof import('./x.js')`: dpdm does not see
// those (it reads import and export declarations and import() calls), so such a type could hide a
// cycle or an upward import; `import type { T }` or `import type * as X` say the same, visibly.
// Exits 1, naming each import that goes the wrong way.
import { parseDependencyTree } from 'dpdm';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const WIDGETS = ['activity-log', 'visits-chart', 'analytics-settings'];

/** The layer of a file under src/ ('' for anything else: packages, tests). */
function layerOf(file) {
  const parts = relative(root, file).split(/[\\/]/);
  if (parts[0] !== 'src') return '';
  return parts.length === 2 ? 'entry' : parts[1];
}

/** What each layer may import (besides itself and packages). */
const ALLOWED = {
  i18n: [],
  core: ['i18n'],
  api: ['core', 'i18n'],
  embed: ['core', 'api', 'i18n'],
  demo: ['core'],
  ...Object.fromEntries(WIDGETS.map((w) => [w, ['core', 'api', 'embed', 'i18n']])),
  entry: ['core', 'api', 'embed', 'i18n', ...WIDGETS],
  react: ['core', 'api', 'embed', 'i18n', ...WIDGETS],
};

const tree = await parseDependencyTree(['src/**/*.ts'], { context: root, transform: false, skipDynamicImports: false });
const wrong = [];
for (const [file, dependencies] of Object.entries(tree)) {
  const from = layerOf(resolve(root, file));
  if (!from || !dependencies) continue;
  const allowed = ALLOWED[from];
  if (!allowed) {
    wrong.push(`${file}: src/${from}/ is not a known layer (add it to scripts/check-layers.mjs)`);
    continue;
  }
  for (const { id, request, kind } of dependencies) {
    if (!id) continue; // a package (lit, @lit/task, chart.js)
    const to = layerOf(resolve(root, id));
    if (!to || to === from || allowed.includes(to)) continue;
    wrong.push(`${file} -> ${id} (${kind === 'DynamicImport' ? 'import()' : `import '${request}'`}): ${from} may not import ${to}`);
  }
}
for (const file of Object.keys(tree)) {
  const path = resolve(root, file);
  if (!layerOf(path)) continue;
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isImportTypeNode(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      wrong.push(`${file}:${line + 1}: \`${node.getText()}\` is a type the import checks do not see: write \`import type\` instead`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (wrong.length) {
  console.error(`Imports against the layers (i18n <- core <- api <- embed <- widgets <- entries), or not seen by the checks:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}
console.log(`Layers: ${Object.keys(tree).length} modules, every import goes downwards.`);
