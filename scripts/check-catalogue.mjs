// npm run check:catalogue: every message key a module of src/ uses is registered before it is
// shown. English lives in parts (src/i18n/en/*.ts), each registered with `addEnglish(part)` by the
// code that uses it, so the words of a part loaded on demand stay out of the first view; a key whose
// part no module in the user's static imports registers would show as its key. Checks, reading
// the sources (and the import tree dpdm reads for check:cycles):
// - each key used in a module (`t('area.key')`, `{ key: 'area.key' }`, a key in a table) is in an
//   English part, and a module among that module's static imports (itself included) registers it;
// - every part is joined in src/i18n/en.ts (the types, the catalogue test and the pseudo-locale
//   read that file).
// Exits 1, naming each key and module.
import { parseDependencyTree } from 'dpdm';
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const partsDir = resolve(root, 'src/i18n/en');
const AREA = /^(?:core|api|embed|activityLog|visitsChart|settings)\.[\w.]+$/;

/** The string literals of a module (comments left out). */
function strings(file, text) {
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** key -> part file, from each part's `'key': …` lines. */
const partOf = new Map();
const parts = readdirSync(partsDir).filter((f) => f.endsWith('.ts'));
for (const file of parts) {
  for (const m of readFileSync(resolve(partsDir, file), 'utf8').matchAll(/^\s*'([\w.]+)':/gm)) partOf.set(m[1], file);
}

const problems = [];
const joined = readFileSync(resolve(root, 'src/i18n/en.ts'), 'utf8');
for (const file of parts) if (!joined.includes(`'./en/${file.replace(/\.ts$/, '.js')}'`)) problems.push(`src/i18n/en/${file} is not joined in src/i18n/en.ts`);

const tree = await parseDependencyTree(['src/**/*.ts'], { context: root, transform: false, skipDynamicImports: false });
const modules = Object.keys(tree).filter((file) => file.startsWith('src/') && file.endsWith('.ts'));
const source = (file) => readFileSync(resolve(root, file), 'utf8');

/** The parts a module registers: `addEnglish(x)` where x is imported from an English part. */
const registers = new Map();
for (const file of modules) {
  const text = source(file);
  const imported = new Map([...text.matchAll(/import \{ (\w+) \} from '[./]+\/?i18n\/en\/([\w-]+)\.js'/g)].map((m) => [m[1], `${m[2]}.ts`]));
  const mine = [...text.matchAll(/addEnglish\((\w+)\)/g)].map((m) => imported.get(m[1])).filter(Boolean);
  registers.set(file, new Set(mine));
}

/** A module and every module it imports statically (what has run by the time it shows anything). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const d of tree[file] ?? []) if (d.id && d.kind !== 'DynamicImport') closure(relative(root, resolve(root, d.id)), seen);
  return seen;
}

for (const file of modules) {
  if (file.startsWith('src/i18n/') || file.startsWith('src/demo/')) continue;
  const used = new Set(strings(file, source(file)).filter((text) => AREA.test(text) && partOf.has(text)));
  if (!used.size) continue;
  const registered = new Set([...closure(file)].flatMap((f) => [...(registers.get(f) ?? [])]));
  for (const key of used) {
    if (!registered.has(partOf.get(key))) problems.push(`${file} uses '${key}', but nothing it imports registers src/i18n/en/${partOf.get(key)} (addEnglish)`);
  }
}

if (problems.length) {
  console.error(`Messages that could show as their keys:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Catalogue: ${partOf.size} English messages in ${parts.length} parts, each registered where it is used.`);
