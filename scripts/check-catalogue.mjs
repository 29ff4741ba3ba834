// The catalogue of the library's messages, extracted from the sources. A message is identified by
// its English text, written as a literal where it is shown (as gettext and lit-localize do):
//   t('Page {page} of {pages}', { page, pages })          a message
//   tc('verb', 'Open')                                    a message with a context: id 'Open@verb'
//   plural(count, { one: '{count} row', other: '{count} rows' })   a plural message: id its `other`
//   { key: 'Site {id}', params: { id } }                  a Text (a message shown later: errors)
//   { key: '… {count} seconds.', one: '… {count} second.', params: { count } }   a plural Text
// (`t`, `tc` and `plural` called on any translator: `this.localize.t`, `t.t`, `english.t`.)
// This script reads every module of src/ with the TypeScript compiler API, fails on a message that
// is not a literal (a conditional between literals is fine) and on one id used two ways, and
//   node scripts/check-catalogue.mjs           checks that src/i18n/messages.generated.ts is current
//                                              (CI, npm test: `npm run check:catalogue`);
//   node scripts/check-catalogue.mjs --write   writes it (`npm run messages`).
// The generated file lists every id with its English and where it is used: the types of language
// files and of registerTranslation (`Messages`, `MessageId`, `Text`), and the catalogue test, read
// it. It is never imported by a widget: no English table ships in any bundle.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const OUT = 'src/i18n/messages.generated.ts';
const write = process.argv.includes('--write');

/** The modules to read: src/ without the language files and the generated list. */
function modules(dir = resolve(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith('src/i18n/locales') ? [] : modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && relative(root, path) !== OUT ? [path] : [];
  });
}

const problems = [];
/** id -> { english, one?, text?, context?, files } in order of first use. */
const found = new Map();

function add(id, entry, where) {
  const known = found.get(id);
  if (!known) return void found.set(id, { ...entry, files: new Set([where.file]) });
  known.files.add(where.file);
  if (known.one !== entry.one || known.context !== entry.context) problems.push(`${where.at}: '${id}' is used as ${describe(entry)} here and as ${describe(known)} elsewhere`);
}
const describe = (entry) => (entry.one !== undefined ? 'a plural message' : entry.context !== undefined ? `a message of context '${entry.context}'` : 'a plain message');

/** The literal texts an expression can be: a literal, or a conditional between literals; undefined for anything else. */
function literals(node) {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) node = node.expression;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    const a = literals(node.whenTrue);
    const b = literals(node.whenFalse);
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

const TEXT_PROPERTIES = new Set(['key', 'params', 'one', 'context']);
const propertyName = (p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined);

for (const path of modules()) {
  const file = relative(root, path);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const at = (node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const texts = (node, what) => {
    const list = node && literals(node);
    if (!list) problems.push(`${at(node ?? source)}: ${what} is not a literal: write the English text itself (or a conditional between texts)`);
    return list ?? [];
  };
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const where = { file, at: at(node) };
      if (name === 't') for (const text of texts(node.arguments[0], 'the message')) add(text, { english: text }, where);
      if (name === 'tc') {
        const [context] = texts(node.arguments[0], 'the context');
        for (const text of texts(node.arguments[1], 'the message')) add(`${text}@${context}`, { english: text, text, context }, where);
      }
      if (name === 'plural' && ts.isPropertyAccessExpression(callee)) {
        const forms = node.arguments[1];
        if (!forms || !ts.isObjectLiteralExpression(forms)) problems.push(`${at(node)}: the plural forms are not an object literal ({ one: '…', other: '…' })`);
        else {
          const form = (name) => forms.properties.find((p) => propertyName(p) === name);
          const [one] = texts(form('one')?.initializer, "the 'one' form");
          const [other] = texts(form('other')?.initializer, "the 'other' form");
          if (one !== undefined && other !== undefined) add(other, { english: other, one }, where);
        }
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map(propertyName);
      if (names.includes('key') && names.every((n) => n !== undefined && TEXT_PROPERTIES.has(n))) {
        const prop = (name) => node.properties.find((p) => propertyName(p) === name);
        const key = prop('key');
        const where = { file, at: at(node) };
        const keys = texts(ts.isPropertyAssignment(key) ? key.initializer : undefined, "a Text's key");
        const one = prop('one') && texts(ts.isPropertyAssignment(prop('one')) ? prop('one').initializer : undefined, "a Text's 'one' form")[0];
        const context = prop('context') && texts(ts.isPropertyAssignment(prop('context')) ? prop('context').initializer : undefined, "a Text's context")[0];
        for (const text of keys) {
          if (one !== undefined) add(text, { english: text, one }, where);
          else if (context !== undefined) add(`${text}@${context}`, { english: text, text, context }, where);
          else add(text, { english: text }, where);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// Each English text: placeholders are names; a plural message counts ({count}).
for (const [id, entry] of found) {
  for (const text of [entry.english, entry.one].filter((t) => t !== undefined)) {
    if (/\{(?!\w+\})/.test(text) || /(?<!\{\w+)\}/.test(text)) problems.push(`'${id}': a brace that is not a {placeholder}`);
  }
  if (entry.one !== undefined && !`${entry.one} ${entry.english}`.includes('{count}')) problems.push(`'${id}': a plural message without {count}`);
  if (!entry.english.trim()) problems.push(`${[...entry.files][0]}: an empty message`);
}

const quote = (s) => (s.includes("'") && !s.includes('"') ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`);

const lines = [];
let group = '';
for (const [id, entry] of found) {
  const [first, ...others] = [...entry.files];
  if (first !== group) lines.push(`  // ${(group = first)}`);
  const value = entry.one !== undefined ? `{ one: ${quote(entry.one)}, other: ${quote(entry.english)} }` : entry.context !== undefined ? `{ text: ${quote(entry.text)}, context: ${quote(entry.context)} }` : '{}';
  lines.push(`  ${quote(id)}: ${value},${others.length ? ` // also ${others.join(', ')}` : ''}`);
}
const generated = `// Generated by scripts/check-catalogue.mjs (npm run messages) from the sources: do not edit.
// Every message of the library by id: its English text ({}); a plural message, its English forms
// (its id is the \`other\` form); a message with a context, its text and context (its id
// \`text@context\`). Grouped by the module that uses it first. Read by the types
// (src/i18n/types.ts) and the catalogue test; no bundle imports it.
export const messages = {
${lines.join('\n')}
} as const;
`;

if (problems.length) {
  console.error(`Messages the catalogue cannot list:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const current = (() => {
  try {
    return readFileSync(resolve(root, OUT), 'utf8');
  } catch {
    return '';
  }
})();
if (write) {
  if (current !== generated) writeFileSync(resolve(root, OUT), generated);
  console.log(`Catalogue: ${found.size} messages written to ${OUT}.`);
} else if (current !== generated) {
  console.error(`${OUT} is not current: run \`npm run messages\` and commit it.`);
  process.exit(1);
} else console.log(`Catalogue: ${found.size} messages, ${OUT} is current.`);
