// The built package as frameworks and their tools use it, after `npm run build`:
//  1. Node: each entry of package.json's `exports` (the modules; `react/*` expanded) imports in a
//     Node process of its own, by the package's name, and leaves no `window` or `document` behind
//     (server rendering imports them so); no module but dist/react/'s imports React or @lit/react;
//  2. TypeScript: the TSX fixtures of test/fixtures/consumer type-check against the built types,
//     React 19's JSX (dashboard-widgets/jsx) and the React wrappers (dashboard-widgets/react)
//     under @types/react 19, the wrappers under @types/react 18; their @ts-expect-error lines
//     prove the types are not `any`;
//  3. lit-analyzer (strict) finds no problem in a lit application's template using every tag with
//     its attributes, properties and events (test/fixtures/consumer/lit-template.ts), and does flag
//     an unknown attribute in a copy of it;
//  4. docs/frameworks.md: each snippet marked `frameworks:snippet <file>` is an excerpt of that
//     fixture (checked above, or run here: the server-rendering page renders the widget as
//     declarative shadow DOM); in each marked `frameworks:names` (Vue, Svelte, Angular, plain HTML),
//     every tag of the library, attribute, property and event exists in custom-elements.json, bound
//     the way that framework binds it; no code block is unmarked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

// React is an optional peer dependency of dashboard-widgets/react only: no other module imports it.
const modules = (dir) => readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
for (const file of modules('dist')) {
  if (file.startsWith(join('dist', 'react'))) continue;
  if (/(?:from|import)\s*\(?\s*['"](?:react|react-dom|@lit\/react)(?:\/[^'"]*)?['"]/.test(readFileSync(join(root, file), 'utf8'))) problems.push(`${file} imports React (only dist/react/ may)`);
}

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

// 4. docs/frameworks.md.
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]),
);
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'lang', 'hidden', 'title', 'dir']);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The attributes of each of the library's tags in `code`: [tag, name, value] (value '' when bare). */
function bindings(code) {
  const found = [];
  for (const m of code.matchAll(/<([a-z]+-[a-z-]+)(?=[\s>/])/g)) {
    if (!elements.has(m[1])) continue;
    let i = m.index + m[0].length;
    for (;;) {
      while (/\s/.test(code[i])) i++;
      if (code[i] === '>' || code.startsWith('/>', i) || i >= code.length) break;
      const name = /^[^\s=/>]+/.exec(code.slice(i))[0];
      i += name.length;
      let value = '';
      if (code[i] === '=') {
        i++;
        const open = code[i];
        if (open === '"' || open === "'") {
          const end = code.indexOf(open, i + 1);
          value = code.slice(i, end + 1);
          i = end + 1;
        } else if (open === '{') {
          let depth = 0;
          const start = i;
          do {
            if (code[i] === '{') depth++;
            if (code[i] === '}') depth--;
            i++;
          } while (depth > 0 && i < code.length);
          value = code.slice(start, i);
        } else {
          value = /^[^\s>]+/.exec(code.slice(i))[0];
          i += value.length;
        }
      }
      found.push([m[1], name, value]);
    }
  }
  return found;
}

/** What a binding names, by the syntax of Vue, Svelte, Angular, lit and HTML: ['attribute' | 'property' | 'event', name]. */
function meaning(name, value) {
  let m;
  if ((m = /^(?:@|v-on:)([\w-]+)$/.exec(name))) return ['event', m[1]];
  if ((m = /^\(([\w-]+)\)$/.exec(name))) return ['event', m[1]];
  if ((m = /^\[attr\.([\w-]+)\]$/.exec(name))) return ['attribute', m[1]];
  if ((m = /^\[(\w+)\]$/.exec(name))) return ['property', m[1]];
  if ((m = /^(?::|v-bind:|\.)([\w-]+)$/.exec(name))) return ['property', camel(m[1])];
  if ((m = /^\{(\w+)\}$/.exec(name))) return ['property', m[1]];
  if ((m = /^on(dw-[\w-]+)$/.exec(name))) return ['event', m[1]];
  if (value.startsWith('{')) return ['property or attribute', name];
  return ['attribute', name];
}

const guide = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
let snippets = 0;
let named = 0;
for (const block of guide.matchAll(/(?:<!-- frameworks:(snippet|names)(?: ([^ ]+))? -->\n)?```(\w+)\n([\s\S]*?)\n```/g)) {
  const [, kind, file, lang, code] = block;
  if (!kind) {
    problems.push(`docs/frameworks.md: a ${lang} block is marked neither frameworks:snippet nor frameworks:names`);
    continue;
  }
  if (kind === 'snippet') {
    snippets++;
    if (!readFileSync(join(root, file), 'utf8').includes(code)) problems.push(`docs/frameworks.md: the ${lang} snippet is not an excerpt of ${file} (any more)`);
    continue;
  }
  named++;
  for (const [tag, name, value] of bindings(code)) {
    if (GLOBAL_ATTRIBUTES.has(name)) continue;
    const el = elements.get(tag);
    const [what, n] = meaning(name, value);
    const isAttribute = (el.attributes ?? []).some((a) => a.name === n);
    const isProperty = (el.members ?? []).some((p) => p.kind === 'field' && !p.static && p.name === n);
    const isEvent = (el.events ?? []).some((e) => e.name === n);
    const ok = what === 'event' ? isEvent : what === 'property' ? isProperty : what === 'attribute' ? isAttribute : isAttribute || isProperty;
    if (!ok) problems.push(`docs/frameworks.md: <${tag} ${name}>: no ${what} ${n} in custom-elements.json`);
  }
  for (const m of code.matchAll(/addEventListener\('([\w-]+)'/g)) {
    if (m[1].startsWith('dw-') && ![...elements.values()].some((el) => el.events?.some((e) => e.name === m[1]))) problems.push(`docs/frameworks.md: no element fires ${m[1]}`);
  }
}
const { GET } = await import(pathToFileURL(join(root, 'test/fixtures/consumer/ssr-page.mjs')).href);
const page = await (await GET()).text();
for (const [what, pattern] of [
  ['the widget', /<activity-log [^>]*api-base="\/matomo\/"/],
  ['its declarative shadow root', /<template shadowroot="open" shadowrootmode="open">/],
  ['its frame', /part="base"/],
  ['its loading state', /Loading activities/],
]) {
  if (!pattern.test(page)) problems.push(`test/fixtures/consumer/ssr-page.mjs: the page lacks ${what}`);
}
console.log(`docs/frameworks.md: ${snippets} snippets from the fixtures, ${named} checked by name; the server-rendered page holds the widget's shadow DOM.`);

if (problems.length) {
  console.error(`\n${problems.join('\n\n')}`);
  process.exit(1);
}
