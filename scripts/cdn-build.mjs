// The script-tag bundles of dist/cdn/, shared by `npm run build`, the size check and the bench.
//
// Each bundle is built on its own (self-contained: a page needs nothing else), with Rolldown:
//  - TypeScript goes through esbuild (the same transform as the dev server and the tests:
//    experimental decorators, no define semantics for class fields);
//  - css`` literals are minified with esbuild's CSS minifier, and line breaks with their
//    indentation in html``/svg`` literals become one space (what the HTML parser would keep);
//  - Chart.js's scale, controller and plugin classes that a chart does not register are dropped
//    (its single-file build declares them as `class X extends Y`, which bundlers must keep), and
//    its colour library is replaced by src/visits-chart/chart-color.ts (the colour forms the chart
//    hands it, in a quarter of the bytes);
//  - what a widget only needs on demand (`import()`: the Share panel, exports, …) goes to its own
//    file under cdn/chunks/, and imports what it shares with the bundle from the bundle itself,
//    so the first view is one file and one request;
//  - the bundles of CLASSIC_ENTRIES (the host helper) are classic scripts: one IIFE file, where
//    `import.meta.url` becomes the address of the script element that runs it.
import { rolldown } from 'rolldown';
import { parseSync, Visitor } from 'rolldown/utils';
import { transform } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDN_ENTRIES, CLASSIC_ENTRIES } from './cdn-entries.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What each script-tag bundle's first view may weigh, gzip, in KB (1 KB = 1024 bytes): the size
 * reached so far, rounded up to the next half KB. A ceiling only goes down (lower it when a change
 * makes its bundle smaller); it goes up only by what an issue allows, said in the commit.
 * `bench/check-size.mjs` (in CI) fails when a first view passes its ceiling.
 */
export const CEILINGS = {
  'activity-log': 28,
  'analytics-settings': 22,
  'visits-chart': 67,
  'dashboard-widgets': 96,
};

const TS_OPTIONS = {
  loader: 'ts',
  target: 'es2022',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
};

/** Minifies the CSS of a css`` literal body; `${…}` parts are kept where they were. */
async function minifyCssBody(body) {
  const parts = [];
  const marked = body.replace(/\$\{[^}]*\}/g, (expr) => {
    parts.push(expr);
    return `--dw-part-${parts.length - 1}:0;`;
  });
  const { code } = await transform(marked, { loader: 'css', minify: true });
  // The line breaks go to the end, so the lines after the literal keep their numbers (source maps).
  return code.trim().replace(/--dw-part-(\d+):0;?/g, (_, n) => parts[Number(n)]) + '\n'.repeat(body.split('\n').length - 1);
}

/** css`…` and html`…`/svg`…` literals of our own sources, made smaller without changing what they render. */
export async function minifyLiterals(source) {
  const bodies = [];
  let out = source.replace(/\bcss`([^`]*)`/g, (_, body) => {
    bodies.push(body);
    return `css\`\u0000${bodies.length - 1}\u0000\``;
  });
  const minified = await Promise.all(bodies.map(minifyCssBody));
  out = out.replace(/\u0000(\d+)\u0000/g, (_, n) => minified[Number(n)]);
  return collapseMarkupWhitespace(out);
}

/**
 * In the text of html`…`/svg`…` literals, nested ones included, a line break with its indentation
 * becomes the line break alone: one character, which the HTML parser reads as one space, and the
 * lines keep their numbers (source maps). Found in the syntax tree, so code, comments and other
 * template literals are never touched; text on one line, line continuations (a backslash before
 * the line break) and what is inside <pre> and <textarea> are left as they are.
 */
function collapseMarkupWhitespace(source) {
  const { program, errors } = parseSync('source.ts', source, { lang: 'ts' });
  if (errors.length) throw new Error(`minifyLiterals: ${errors[0].message}`);
  const cuts = [];
  // Where <pre> or <textarea> content runs, as source offsets; literals nested there are kept too.
  const kept = [];
  const isKept = (at) => kept.some(([from, to]) => at >= from && at < to);
  new Visitor({
    TaggedTemplateExpression({ tag, quasi }) {
      if (tag.type !== 'Identifier' || (tag.name !== 'html' && tag.name !== 'svg')) return;
      let startTag = false; // in the start tag of a <pre> or <textarea>
      let open = -1; // where the content of that <pre> or <textarea> begins
      for (const { start, end } of quasi.quasis) {
        for (const m of source.slice(start, end).matchAll(/<(\/?)(?:pre|textarea)\b|>|(?<!\\)[ \t]*\n[ \t\n]*/gi)) {
          const at = start + m.index;
          if (m[0][0] !== '<' && m[0] !== '>') {
            if (open < 0 && !isKept(at)) cuts.push([at, at + m[0].length, m[0].replace(/[^\n]/g, '')]);
          } else if (m[0] === '>') {
            if (startTag) {
              startTag = false;
              open = at + 1;
            }
          } else if (!m[1]) {
            if (open < 0) startTag = true;
          } else if (open >= 0) {
            kept.push([open, at]);
            open = -1;
          }
        }
      }
      if (open >= 0) kept.push([open, quasi.end]);
    },
  }).visit(program);
  let out = '';
  let from = 0;
  for (const [start, end, text] of cuts.sort((a, b) => a[0] - b[0])) {
    out += source.slice(from, start) + text;
    from = end;
  }
  return out + source.slice(from);
}

/** `class X extends Y {…}` at the top level of Chart.js becomes a pure expression, so unused ones go. */
export function pureTopLevelClasses(code) {
  const out = [];
  let open = false;
  for (const line of code.split('\n')) {
    const m = !open && /^class (\w+) extends (\w+) \{$/.exec(line);
    if (m) {
      open = true;
      out.push(`const ${m[1]} = /* @__PURE__ */ (() => class ${m[1]} extends ${m[2]} {`);
    } else if (open && line === '}') {
      open = false;
      out.push('})();');
    } else out.push(line);
  }
  return out.join('\n');
}

const plugins = () => [
  {
    name: 'dashboard-widgets-typescript',
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const { code: js, map } = await transform(await minifyLiterals(code), { ...TS_OPTIONS, sourcefile: id, sourcemap: 'external', sourcesContent: false });
      return { code: js, map };
    },
  },
  {
    name: 'dashboard-widgets-chartjs-classes',
    transform(code, id) {
      // Line for line, so Chart.js's own source map still applies.
      return /chart\.js[\\/]dist[\\/]chart\.js$/.test(id) ? { code: pureTopLevelClasses(code), map: null } : null;
    },
  },
];

/**
 * Builds the named bundles (default: all) of `entries` (name -> source, default: the script-tag
 * bundles). Returns, per bundle, the files written (or, with write: false, kept in memory):
 * `{ name, files: [{ fileName, code, imports, dynamicImports, isEntry, modules }] }`.
 */
export async function buildCdn({ entries = CDN_ENTRIES, names = Object.keys(entries), write = true, outDir = join(root, 'dist/cdn') } = {}) {
  const results = [];
  for (const name of names) {
    const classic = Object.hasOwn(CLASSIC_ENTRIES, name);
    const bundle = await rolldown({
      input: { [name]: join(root, entries[name]) },
      cwd: root,
      // Lets the bundle itself export what its on-demand chunks share with it (lit, the core), so
      // the first view stays one file.
      preserveEntrySignatures: 'allow-extension',
      plugins: plugins(),
      resolve: {
        extensionAlias: { '.js': ['.ts', '.js'] },
        // Chart.js's colour library reads every CSS colour form; the chart hands Chart.js only the
        // forms computed styles give, which src/visits-chart/chart-color.ts reads in a quarter of the bytes.
        alias: { '@kurkle/color': join(root, 'src/visits-chart/chart-color.ts') },
      },
      transform: {
        define: {
          'process.env.NODE_ENV': '"production"',
          // A classic script has no import.meta; while it runs, document.currentScript is its element.
          ...(classic ? { 'import.meta.url': '(document.currentScript||{}).src' } : {}),
        },
      },
      logLevel: 'warn',
    });
    const options = {
      dir: outDir,
      format: classic ? 'iife' : 'esm',
      ...(classic ? { name: CLASSIC_ENTRIES[name] } : {}),
      minify: true,
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: `chunks/${name}.[name]-[hash].js`,
      comments: { legal: false },
    };
    const { output } = write ? await bundle.write(options) : await bundle.generate(options);
    await bundle.close();
    results.push({
      name,
      files: output
        .filter((o) => o.type === 'chunk')
        .map((o) => ({
          fileName: o.fileName,
          code: o.code,
          imports: o.imports,
          dynamicImports: o.dynamicImports,
          isEntry: o.isEntry,
          facade: o.facadeModuleId ? relative(root, o.facadeModuleId).replace(/\\/g, '/') : null,
          // Bytes each source module takes in the file (before minification of the whole file).
          modules: Object.fromEntries(Object.entries(o.modules).map(([id, m]) => [id, m.renderedLength])),
        })),
    });
  }
  return results;
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Minified, gzip and brotli bytes of some files, each compressed on its own (as a server sends it). */
export function measure(files) {
  return files.reduce((s, f) => ({ raw: s.raw + Buffer.byteLength(f.code), gzip: s.gzip + gzip(f.code), brotli: s.brotli + brotli(f.code) }), { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Splits a built bundle into its first view (the entry and what it imports statically: what a page
 * fetches before the widget shows its data) and what loads on demand (every dynamic import). No
 * widget asks for a part with `import()` before its data shows; `scripts/check-dist.mjs` checks in
 * a browser that each first view fetches exactly the files counted here, so one that did would fail.
 */
export function firstViewAndLazy(files) {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const first = new Set();
  const visit = (f) => {
    if (!f || first.has(f)) return;
    first.add(f);
    for (const dep of f.imports) visit(byName.get(dep));
  };
  for (const f of files) if (f.isEntry) visit(f);
  return { firstView: [...first], lazy: files.filter((f) => !first.has(f)) };
}
