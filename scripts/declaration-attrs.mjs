// The built declarations (dist/**/*.d.ts) of each element class get an `@attr` line per attribute
// in its JSDoc, from dist/custom-elements.json. Tools that read an element's attributes from its
// types (lit-analyzer and web-component-analyzer, editors using them) find lit's attributes in
// `static properties` only in source code: in a .d.ts that object is a bare type. Run by the build
// after the manifest; running it again changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function annotateDeclarations(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  let count = 0;
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName || !decl.attributes?.length) continue;
      const file = join(root, mod.path.replace(/\.js$/, '.d.ts'));
      const text = readFileSync(file, 'utf8');
      const at = text.indexOf(`export declare class ${decl.name} `);
      const close = text.lastIndexOf(' */', at);
      const open = text.lastIndexOf('/**', at);
      if (at < 0 || close < 0 || open < 0 || close < open) throw new Error(`${file}: no JSDoc above class ${decl.name}`);
      const documented = new Set([...text.slice(open, close).matchAll(/@attr(?:ibute)? +(?:\{[^}]*\} +)?([\w-]+)/g)].map((m) => m[1]));
      const lines = decl.attributes
        .filter((a) => !documented.has(a.name))
        .map((a) => ` * @attr ${a.type?.text ? `{${a.type.text}} ` : ''}${a.name}${a.description ? ` - ${a.description.replace(/\s+/g, ' ')}` : ''}\n`);
      if (!lines.length) continue;
      writeFileSync(file, text.slice(0, close) + lines.join('') + text.slice(close));
      count += lines.length;
    }
  }
  return count;
}
