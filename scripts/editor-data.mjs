// Writes, from dist/custom-elements.json (run by `npm run manifest`, after the analyzer), what
// editors read to complete and document the library's tags in HTML:
//  - dist/vscode.html-custom-data.json: VS Code's HTML custom data (the `html.customData` setting);
//  - dist/web-types.json: JetBrains web-types (package.json's `web-types` field points at it).
// Only the elements a page uses are listed (those with a tag; not the Share panel, which the
// widgets open themselves).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const TAGS = ['activity-log', 'visits-chart', 'analytics-settings', 'dashboard-config', 'widget-frame'];

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && TAGS.includes(d.tagName))
  .sort((a, b) => TAGS.indexOf(a.tagName) - TAGS.indexOf(b.tagName));

/** `'light' | 'dark' | 'auto'` -> ['light', 'dark', 'auto']; anything else -> []. */
function literals(type) {
  const parts = String(type ?? '').split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}
const typeOf = (a) => a.type?.text ?? 'string';
const description = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: description(el),
    attributes: (el.attributes ?? []).map((a) => {
      const values = literals(typeOf(a));
      return {
        name: a.name,
        description: a.description ?? '',
        ...(typeOf(a) === 'boolean' ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: description(el),
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          value: { type: typeOf(a), ...(a.default !== undefined ? { default: a.default } : {}), ...(typeOf(a) === 'boolean' ? { required: false } : {}) },
        })),
        slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        js: {
          properties: (el.members ?? [])
            .filter((m) => m.kind === 'field' && !m.static)
            .map((m) => ({ name: m.name, description: m.description ?? '', value: { type: m.type?.text ?? 'unknown' } })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', value: { type: e.type?.text ?? 'Event' } })),
        },
        css: {
          parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
};

writeFileSync(join(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(join(root, 'dist/web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`Editor data: ${elements.length} elements (dist/vscode.html-custom-data.json, dist/web-types.json).`);
