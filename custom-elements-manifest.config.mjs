// The custom elements manifest (dist/custom-elements.json, `npm run manifest`) as tools read it
// from the package: module paths name the shipped files (dist/**/*.js, not src/**/*.ts), each event
// carries its detail type (`CustomEvent<Detail>`, the event's class in `eventClass`), only the
// public API is listed (no private, protected, #private or @internal member), and the anonymous
// subclass core/define.ts registers for a second tag is not an element of its own.
// Then scripts/editor-data.mjs writes the VS Code custom data and JetBrains web-types from it.

import { posix } from 'node:path';

/** Event class name -> the type argument of its `extends DashboardEvent<...>` / `CustomEvent<...>`. */
const eventDetails = new Map();
/** Class name -> names of its members marked @internal. */
const internal = new Map();
/** What <widget-frame> passes to its widget (embed/catalog.ts): attribute -> tags of the widgets taking it. */
const passedOn = new Map();

/** Reads COMMON_ATTRIBUTES and each WIDGETS entry's `attributes` from embed/catalog.ts. */
function readCatalog(ts, node) {
  if (!ts.isVariableStatement(node)) return;
  for (const d of node.declarationList.declarations) {
    const name = d.name.getText();
    const strings = (array) => (array && ts.isArrayLiteralExpression(array) ? array.elements.filter(ts.isStringLiteral).map((e) => e.text) : []);
    const unwrap = (e) => (e && (ts.isAsExpression(e) || ts.isParenthesizedExpression(e)) ? unwrap(e.expression) : e);
    if (name === 'COMMON_ATTRIBUTES') {
      for (const a of strings(unwrap(d.initializer))) passedOn.set(a, ['every widget']);
    }
    if (name === 'WIDGETS') {
      const call = unwrap(d.initializer);
      const object = call && ts.isCallExpression(call) ? call.arguments[0] : call;
      for (const widget of object?.properties ?? []) {
        const tag = widget.name.text;
        const attrs = widget.initializer.properties.find((p) => p.name.getText() === 'attributes');
        for (const a of strings(unwrap(attrs?.initializer))) {
          const tags = passedOn.get(a) ?? [];
          if (!tags.includes('every widget')) passedOn.set(a, [...tags, `<${tag}>`]);
        }
      }
    }
  }
}

function detailTypes() {
  return {
    name: 'dashboard-widgets:public-api',
    analyzePhase({ ts, node }) {
      if (node.getSourceFile().fileName.endsWith('embed/catalog.ts')) readCatalog(ts, node);
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          const base = type.expression.getText();
          if ((base === 'DashboardEvent' || base === 'CustomEvent') && type.typeArguments?.length === 1) {
            eventDetails.set(node.name.getText(), type.typeArguments[0].getText());
          }
        }
      }
      const hidden = new Set();
      for (const member of node.members) {
        const tags = ts.getJSDocTags(member);
        if (member.name && tags.some((t) => t.tagName.getText() === 'internal')) hidden.add(member.name.getText());
      }
      if (hidden.size) internal.set(node.name.getText(), hidden);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        mod.exports = (mod.exports ?? []).filter((e) => !/^anonymous_\d+$/.test(e.declaration?.name ?? ''));
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' && decl.kind !== 'mixin') continue;
          const publicMember = (m) => {
            if (m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')) return false;
            const owner = m.inheritedFrom?.name ?? decl.name;
            return !internal.get(owner)?.has(m.name) && !internal.get(decl.name)?.has(m.name);
          };
          if (decl.members) decl.members = decl.members.filter(publicMember);
          const fields = new Set((decl.members ?? []).map((m) => m.name));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
          if (decl.tagName === 'widget-frame') {
            for (const [name, tags] of passedOn) {
              if (decl.attributes.some((a) => a.name === name)) continue;
              decl.attributes.push({ name, type: { text: 'string' }, description: `Passed to the widget shown (${tags.join(', ')}).` });
            }
          }
          // An attribute documented with @attr names the property it sets (token -> token, matomo-token -> matomoToken).
          for (const a of decl.attributes ?? []) {
            const field = a.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
            if (!a.fieldName && fields.has(field)) a.fieldName = field;
          }
          for (const event of decl.events ?? []) {
            const eventClass = event.type?.text;
            const detail = eventDetails.get(eventClass);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
            if (eventClass) event.eventClass = eventClass;
          }
        }
      }
      // Last: every path names the shipped module (a re-export's module, written relative to its
      // own module, too).
      const paths = (value, from) => {
        if (Array.isArray(value)) return value.forEach((v) => paths(v, from));
        if (!value || typeof value !== 'object') return;
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = shipped(v.startsWith('.') ? posix.join(posix.dirname(from), v) : v);
          else paths(v, from);
        }
      };
      for (const mod of manifest.modules) paths(mod, mod.path);
    },
  };
}

/** `src/a/b.ts` (or `.js`, as imports name it) -> `dist/a/b.js`, with or without a leading slash. */
function shipped(path) {
  const m = /^\/?src\/(.+)\.[jt]s$/.exec(path);
  return m ? `dist/${m[1]}.js` : path;
}

export default {
  plugins: [detailTypes()],
};
