// Checks dist/custom-elements.json (and the editors' data made from it) against the package, after
// `npm run build`. For every element a page uses:
//  - each public property and method its types declare (dist/**/*.d.ts, read by TypeScript: no
//    private, protected, #private or @internal member) is listed, and nothing else is;
//  - each attribute it observes at run time (the class imported in Node: lit's reactive
//    properties, the token attributes read once, <widget-frame>'s attributes passed to its widget)
//    is listed;
//  - each event it fires (its folder's `GlobalEventHandlersEventMap`, built) is listed with its
//    detail type (`CustomEvent<Detail>`, Detail being its class's type argument);
//  - each part, slot and element-prefixed custom property written in its sources is listed;
//  - each event has its handler in React 19's JSX types and its prop in the React wrapper;
// and every module path of the manifest is a file of the package (npm pack), no `anonymous_` entry
// is left, and the VS Code custom data and web-types list the same elements and attributes.
// Exits 1 with the list of what is missing or wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { packContents } from './pack.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const read = (f) => readFileSync(join(root, f), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const problems = [];
const fail = (message) => problems.push(message);

/** Each element: its class's module, the sources of its shadow DOM and styles, its events' module. */
const ELEMENTS = {
  'activity-log': { module: 'activity-log/activity-log', sources: ['src/activity-log', 'src/embed/share-toggle.ts', 'src/core/status-message.ts'], events: 'activity-log/events' },
  'visits-chart': { module: 'visits-chart/visits-chart', sources: ['src/visits-chart', 'src/embed/share-toggle.ts', 'src/core/status-message.ts'], events: 'visits-chart/events' },
  'analytics-settings': { module: 'analytics-settings/analytics-settings', sources: ['src/analytics-settings', 'src/embed/share-toggle.ts', 'src/core/status-message.ts'], events: 'analytics-settings/events' },
  'dashboard-config': { module: 'core/dashboard-config', sources: ['src/core/dashboard-config.ts'] },
  'widget-frame': { module: 'embed/widget-frame', sources: ['src/embed/widget-frame.ts'], events: 'embed/events', eventPrefix: 'dw-frame-' },
  'dw-share-panel': { module: 'embed/share-panel', sources: ['src/embed/share-panel.ts', 'src/embed/share-panel.styles.ts'], events: 'embed/events', eventPrefix: 'dw-share-' },
};

const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));

// Module paths: shipped files.
const packed = new Set(packContents().files.map((f) => f.path));
const paths = new Set();
JSON.stringify(manifest, (key, value) => {
  if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
  return value;
});
for (const p of paths) if (!packed.has(p.replace(/^\//, ''))) fail(`module path ${p} is not in the package`);
if (/anonymous_\d/.test(JSON.stringify(manifest))) fail('an anonymous_N entry is listed');

// TypeScript's view of the built declarations: the public instance members of each class.
const program = ts.createProgram(
  Object.values(ELEMENTS).map((e) => join(dist, `${e.module}.d.ts`)),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], skipLibCheck: true },
);
const checker = program.getTypeChecker();
/** HTMLElement's members and the custom element callbacks: the platform's, not the element's API. */
const htmlElementMembers = new Set(['constructor', 'connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback']);
{
  const lib = program.getSourceFiles().find((f) => f.fileName.endsWith('lib.dom.d.ts'));
  const iface = lib?.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'HTMLElement');
  for (const p of checker.getPropertiesOfType(checker.getTypeAtLocation(iface.name))) htmlElementMembers.add(p.name);
}
function publicMembers(tag) {
  const file = program.getSourceFile(join(dist, `${ELEMENTS[tag].module}.d.ts`));
  const decl = file.statements.find((s) => ts.isClassDeclaration(s) && ts.getJSDocTags(s).some((t) => t.tagName.text === 'tag' || t.tagName.text === 'customElement'))
    ?? file.statements.find((s) => ts.isClassDeclaration(s));
  const type = checker.getTypeAtLocation(decl.name);
  const members = new Set();
  for (const symbol of checker.getPropertiesOfType(type)) {
    const d = symbol.declarations?.[0];
    if (!d || d.getSourceFile().fileName.includes('node_modules')) continue; // LitElement, HTMLElement
    if (htmlElementMembers.has(symbol.name) || symbol.name.startsWith('#') || symbol.name.startsWith('_')) continue;
    const flags = ts.getCombinedModifierFlags(d);
    if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
    if (ts.getJSDocTags(d).some((t) => t.tagName.text === 'internal')) continue;
    members.add(symbol.name);
  }
  return members;
}

/** The files of `sources` (folders: their .ts files). */
const sourceText = (sources) =>
  sources
    .flatMap((s) => (statSync(join(root, s)).isDirectory() ? readdirSync(join(root, s)).filter((f) => f.endsWith('.ts')).map((f) => join(s, f)) : [s]))
    .map(read)
    .join('\n');

for (const [tag, spec] of Object.entries(ELEMENTS)) {
  const el = declarations.find((d) => d.customElement && d.tagName === tag);
  if (!el) {
    fail(`<${tag}> is not in the manifest`);
    continue;
  }
  const named = (list) => new Set((list ?? []).map((x) => x.name));
  const listedMembers = named(el.members?.filter((m) => !m.static));
  const attributes = named(el.attributes);

  // Properties and methods: what the types make public, exactly.
  const expected = publicMembers(tag);
  for (const m of expected) if (!listedMembers.has(m)) fail(`<${tag}>: public member ${m} is not listed`);
  for (const m of listedMembers) if (!expected.has(m)) fail(`<${tag}>: ${m} is listed but is not public`);
  for (const m of el.members ?? []) if (m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')) fail(`<${tag}>: ${m.name} is listed as ${m.privacy ?? 'private'}`);

  // Attributes: what the class observes.
  const module = await import(pathToFileURL(join(dist, `${spec.module}.js`)).href);
  const cls = Object.values(module).find((v) => typeof v === 'function' && v.tagName === tag);
  if (!cls) {
    fail(`<${tag}>: no class with that tagName exported by dist/${spec.module}.js`);
    continue;
  }
  const observed = new Set(cls.observedAttributes ?? []);
  for (const [name, options] of cls.elementProperties ?? []) {
    if (options.state) continue;
    if (!listedMembers.has(name) && expected.has(name)) fail(`<${tag}>: reactive property ${name} is not listed`);
    if (options.attribute !== false) observed.add(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
  }
  for (const a of observed) if (!attributes.has(a)) fail(`<${tag}>: attribute ${a} is not listed`);

  // Events, with their detail types.
  if (spec.events) {
    const dts = readFileSync(join(dist, `${spec.events}.d.ts`), 'utf8');
    const map = /interface GlobalEventHandlersEventMap \{([^}]*)\}/.exec(dts)?.[1] ?? '';
    const fired = [...map.matchAll(/'([\w-]+)': (\w+);/g)].filter(([, name]) => !spec.eventPrefix || name.startsWith(spec.eventPrefix));
    if (!fired.length) fail(`<${tag}>: no events found in dist/${spec.events}.d.ts`);
    for (const [, name, eventClass] of fired) {
      const detail = new RegExp(`class ${eventClass} extends (?:DashboardEvent|CustomEvent)<(.+)> \\{`).exec(dts)?.[1];
      const listed = el.events?.find((e) => e.name === name);
      if (!listed) fail(`<${tag}>: event ${name} is not listed`);
      else if (listed.type?.text !== `CustomEvent<${detail}>`) fail(`<${tag}>: event ${name} has type ${listed.type?.text}, not CustomEvent<${detail}>`);
    }
  }

  // Parts, slots and custom properties written in its sources.
  const text = sourceText(spec.sources);
  const parts = new Set([...text.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1].trim().split(/\s+/)));
  for (const p of parts) if (!named(el.cssParts).has(p)) fail(`<${tag}>: part ${p} is not listed`);
  for (const m of text.matchAll(/<slot(?: name="([^"]*)")?/g)) if (!named(el.slots).has(m[1] ?? '')) fail(`<${tag}>: slot "${m[1] ?? ''}" is not listed`);
  const prefix = `--${tag.replace(/^dw-/, '')}-`;
  for (const m of text.matchAll(/var\((--[a-z0-9-]+)/g)) if (m[1].startsWith(prefix) && !named(el.cssProperties).has(m[1])) fail(`<${tag}>: custom property ${m[1]} is not listed`);
}

// The React entries know every event: React 19's JSX (dist/jsx.d.ts, an interface of events per
// element) and the wrappers (dist/react/<element>.d.ts, an on<Event> prop per event).
const jsx = readFileSync(join(dist, 'jsx.d.ts'), 'utf8');
const REACT = { 'activity-log': 'ActivityLogEvents', 'visits-chart': 'VisitsChartEvents', 'analytics-settings': 'AnalyticsSettingsEvents', 'widget-frame': 'WidgetFrameEvents' };
for (const [tag, name] of Object.entries(REACT)) {
  const events = (declarations.find((d) => d.tagName === tag)?.events ?? []).map((e) => e.name).sort();
  const inJsx = [...(new RegExp(`interface ${name} \\{([^}]*)\\}`).exec(jsx)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((m) => m[1]).sort();
  if (inJsx.join() !== events.join()) fail(`dist/jsx.d.ts: ${name} has ${inJsx.join(', ') || 'nothing'}, the manifest ${events.join(', ')}`);
  const wrapper = readFileSync(join(dist, `react/${tag}.d.ts`), 'utf8');
  const props = [...wrapper.matchAll(/(on[A-Z]\w*): EventName</g)].map((m) => m[1]).sort();
  const expectedProps = events.map((e) => `on${e.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`).sort();
  if (props.join() !== expectedProps.join()) fail(`dist/react/${tag}.d.ts: event props ${props.join(', ') || 'none'}, expected ${expectedProps.join(', ')}`);
}

// The editors' data lists what the manifest lists.
for (const [file, list] of [
  ['dist/vscode.html-custom-data.json', (d) => d.tags.map((t) => [t.name, t.attributes.map((a) => a.name)])],
  ['dist/web-types.json', (d) => d.contributions.html.elements.map((e) => [e.name, e.attributes.map((a) => a.name)])],
]) {
  if (!existsSync(join(root, file)) || !packed.has(file)) {
    fail(`${file} is missing from the package`);
    continue;
  }
  for (const [name, attrs] of list(JSON.parse(read(file)))) {
    const el = declarations.find((d) => d.tagName === name);
    const want = (el?.attributes ?? []).map((a) => a.name);
    if (want.join() !== attrs.join()) fail(`${file}: <${name}>'s attributes differ from the manifest's`);
  }
}
const pkg = JSON.parse(read('package.json'));
if (pkg['web-types'] !== './dist/web-types.json') fail('package.json does not point web-types at dist/web-types.json');
if (pkg.customElements !== 'dist/custom-elements.json') fail('package.json does not point customElements at dist/custom-elements.json');

if (problems.length) {
  console.error(`custom-elements.json: ${problems.length} problems\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const count = (key) => Object.keys(ELEMENTS).reduce((n, tag) => n + (declarations.find((d) => d.tagName === tag)?.[key]?.length ?? 0), 0);
console.log(
  `custom-elements.json: ${Object.keys(ELEMENTS).length} elements, ${count('members')} public members, ${count('attributes')} attributes, ${count('events')} events with detail types, ` +
    `${count('cssParts')} parts, ${count('slots')} slots, ${count('cssProperties')} custom properties; ${paths.size} module paths, all in the package.`,
);
