// What `npm pack` would publish, for the end of `npm run build` and for scripts/check-pack.mjs:
// the files (`npm pack --dry-run --json`), grouped by what they are, with the packed and unpacked size.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `{ filename, size, unpackedSize, entryCount, files: [{ path, size }] }` of the package as it is now. */
export function packContents() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out)[0];
}

/** What a packed file is, for the summary. */
export function kindOf(path) {
  if (path.endsWith('.map')) return 'source maps';
  if (path.startsWith('dist/cdn/')) return 'script-tag bundles (dist/cdn/)';
  if (path.startsWith('dist/demo/')) return 'demo backend (dist/demo/)';
  if (path.startsWith('dist/vendor/')) return 'trimmed Chart.js (dist/vendor/)';
  if (path.endsWith('.d.ts')) return 'type declarations';
  if (path.startsWith('dist/') && path.endsWith('.js')) return 'ES modules';
  return 'other (manifest, embed page, package.json, docs)';
}

const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);

/** The summary as text: one line with the totals, then one per kind of file. */
export function packSummary(pack) {
  const kinds = new Map();
  for (const f of pack.files) {
    const k = kindOf(f.path);
    const s = kinds.get(k) ?? { files: 0, bytes: 0 };
    s.files++;
    s.bytes += f.size;
    kinds.set(k, s);
  }
  const lines = [`npm pack: ${pack.entryCount} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked (${pack.filename})`];
  for (const [k, s] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) {
    lines.push(`  ${k.padEnd(50)} ${String(s.files).padStart(4)} files ${kb(s.bytes).padStart(10)}`);
  }
  return lines.join('\n');
}
