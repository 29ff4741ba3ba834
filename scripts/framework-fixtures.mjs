// What the test runner adds for the framework tests (test/react/, test/ssr/):
//  - reactBundle(): serves test/react/react18-app.ts as /test/react/react18-app.bundle.js, bundled
//    by esbuild with React 18 from npm (CommonJS, which the test runner does not serve as modules);
//  - ssrCommand: `executeServerCommand('ssr-render', { entry, html })` renders `html` (markup
//    with the library's tags) in Node with @lit-labs/ssr, after importing `entry` (a file of src/,
//    e.g. 'src/activity-log/define.ts', bundled for Node with lit left to node_modules, so the
//    elements and @lit-labs/ssr share one lit) and returns the HTML with declarative shadow DOM.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

export function reactBundle() {
  const path = '/test/react/react18-app.bundle.js';
  let code;
  return {
    name: 'react18-bundle',
    async serve(context) {
      if (context.path !== path) return undefined;
      code ??= build({
        entryPoints: [join(root, 'test/react/react18-app.ts')],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'warning',
      }).then((r) => r.outputFiles[0].text);
      return { body: await code, type: 'js' };
    },
  };
}

const nodeEntries = new Map();
function nodeEntry(entry) {
  if (!nodeEntries.has(entry)) {
    const outdir = join(root, 'node_modules', '.cache', 'dashboard-widgets');
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, `ssr-${entry.replace(/[^a-z0-9]+/gi, '-')}-${process.pid}.mjs`);
    nodeEntries.set(
      entry,
      build({
        entryPoints: [join(root, entry)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        packages: 'external',
        logLevel: 'warning',
      }).then(() => import(pathToFileURL(outfile).href)),
    );
  }
  return nodeEntries.get(entry);
}

export const ssrCommand = {
  name: 'ssr-render',
  async executeCommand({ command, payload }) {
    if (command !== 'ssr-render') return undefined;
    if (!/^src\/[\w/.-]+\.ts$/.test(payload.entry)) throw new Error(`ssr-render: not a file of src/: ${payload.entry}`);
    await nodeEntry(payload.entry);
    const { render, LitElementRenderer } = await import('@lit-labs/ssr');
    // As docs/frameworks.md tells a server to: the widgets' light-DOM parts are left to the browser.
    const { ssrRenderOptions } = await nodeEntry('src/ssr.ts');
    if (!LitElementRenderer.renderOptions.includes(ssrRenderOptions)) LitElementRenderer.renderOptions.push(ssrRenderOptions);
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    // The test's own fixed markup (the tag and its attributes): parsed by @lit-labs/ssr as a template.
    const strings = Object.assign([payload.html], { raw: [payload.html] });
    return collectResult(render(html(strings)));
  },
};
