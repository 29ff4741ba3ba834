// The built package as frameworks and their tools use it, after `npm run build`:
//  1. Node: each entry of package.json's `exports` (the modules; `react/*` expanded) imports in a
//     Node process of its own, by the package's name, and leaves no `window` or `document` behind
//     (server rendering imports them so);
//  2. TypeScript: the TSX fixtures of test/fixtures/consumer type-check against the built types,
//     React 19's JSX (dashboard-widgets/jsx) and the React wrappers (dashboard-widgets/react)
//     under @types/react 19, the wrappers under @types/react 18; their @ts-expect-error lines
//     prove the types are not `any`;
//  3. lit-analyzer (strict) finds no problem in a lit application's template using every tag with
//     its attributes, properties and events (test/fixtures/consumer/lit-template.ts), and does flag
//     an unknown attribute in a copy of it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

// 1. Node.
const entries = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js') || key.startsWith('./cdn/')) continue; // the script-tag bundles are for browsers
  if (key.includes('*')) {
    const [dir] = file.split('*');
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.js'))) entries.push(`${pkg.name}/${key.slice(2).replace('*', f.slice(0, -3))}`);
  } else entries.push(key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);
}
const probe = (id) => `await import(${JSON.stringify(id)});
if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('left a window or document behind');`;
for (const id of entries) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe(id)], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) problems.push(`Node: import '${id}' failed:\n${(r.stderr || r.stdout).split('\n').slice(0, 6).join('\n')}`);
}
console.log(`Node: ${entries.length} entries imported, each in a process of its own${problems.length ? ' (with failures)' : ''}.`);

// 2. TypeScript.
for (const config of ['tsconfig.json', 'tsconfig.react18.json']) {
  const path = join(root, 'test/fixtures/consumer', config);
  const r = spawnSync(bin('tsc'), ['-p', path], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) problems.push(`tsc -p test/fixtures/consumer/${config}:\n${r.stdout}${r.stderr}`);
  else console.log(`TypeScript: test/fixtures/consumer/${config} type-checks against the built types.`);
}

// 3. lit-analyzer.
const analyze = (file) => spawnSync(bin('lit-analyzer'), [file, '--strict', '--format', 'list'], { cwd: root, encoding: 'utf8' });
const template = 'test/fixtures/consumer/lit-template.ts';
const clean = analyze(template);
if (clean.status !== 0 || !/Found 0 problems/.test(clean.stdout)) problems.push(`lit-analyzer ${template}:\n${clean.stdout}${clean.stderr}`);
else console.log(`lit-analyzer (strict): ${template} has no problem.`);
const scratch = mkdtempSync(join(root, 'test/fixtures/consumer/.scratch-'));
try {
  const wrong = join(scratch, 'wrong.ts');
  writeFileSync(wrong, readFileSync(join(root, template), 'utf8').replace('<activity-log page-size="50"', '<activity-log page-size="50" bogus-attribute="1"'));
  const flagged = analyze(wrong);
  if (!/Unknown attribute 'bogus-attribute'/.test(flagged.stdout)) problems.push(`lit-analyzer did not flag an unknown attribute:\n${flagged.stdout}${flagged.stderr}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\n${problems.join('\n\n')}`);
  process.exit(1);
}
