// node scripts/storybook-smoke.mjs (after `npm run build-storybook`): serves storybook-static/ on
// 127.0.0.1, opens every story and docs page listed in its index.json in headless Chromium, and
// fails listing each one that logged a console error, threw a page error, had an axe-core violation,
// showed Storybook's error display, failed to load one of its files, showed a custom element that was never registered, or
// tried to reach an outside address (the static Storybook must stand alone). Then, in every story, it
// changes each control (through Storybook's args, as the Controls panel does) to another valid value
// and fails naming the story and the control when the widget did not change: its rendered output
// (shadow DOM text and attributes, size) must differ, or, for a property of the element, the element
// must hold the new value and have rendered again. Text controls take their values from the stories'
// `controlSamples` parameter. Stops by itself.
//
// Options: --dir <folder> (default storybook-static), --only <text> (entries whose id contains it),
//          --settle <ms> (quiet time after a story renders before it is judged, default 800),
//          --pseudo: every story in the pseudo-locale (en-XA, the toolbar's language), each also
//          failing on any word it shows (text, accessible name, title, placeholder…) that did not
//          come from the catalogue (test/helpers/visible-text.ts: server data marked
//          `translate="no"` and the dates in `<time datetime>` are not ours); docs pages are left
//          out. A story tagged `own-language` (it sets a language of its own) is not run in the
//          pseudo-locale. Controls are not changed again in this pass: whether a control changes
//          the widget does not depend on the language, and the first pass has changed every one.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createRequire } from 'node:module';
import { CHROME_FLAGS, requireBrowser } from './find-browser.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dir = resolve(root, option('dir', 'storybook-static'));
const only = option('only', '');
const SETTLE_MS = Number(option('settle', '800'));
const PSEUDO = process.argv.includes('--pseudo');
/** The collector of words on screen, as a script for the story's page. */
const VISIBLE_TEXT = PSEUDO
  ? (await build({ entryPoints: [join(root, 'test/helpers/visible-text.ts')], bundle: true, write: false, format: 'iife', globalName: 'visibleText', logLevel: 'silent' })).outputFiles[0].text
  : '';
const PAGE_TIMEOUT_MS = 30_000;
const DEADLINE_MS = 20 * 60_000;
const CONCURRENCY = 2;

const indexFile = join(dir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`${indexFile} is missing: run "npm run build-storybook" first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries ?? {})
  .filter((e) => (PSEUDO ? e.type === 'story' && !e.tags?.includes('own-language') : e.type === 'story' || e.type === 'docs') && e.id.includes(only))
  .sort((a, b) => a.id.localeCompare(b.id));
if (entries.length === 0) {
  console.error(`No stories in ${indexFile}${only ? ` matching "${only}"` : ''}.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
};

/** A static file server for the built Storybook, on 127.0.0.1 only. */
async function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it by themselves; Storybook ships an SVG one
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

/**
 * Opens one story or docs page and returns what went wrong (empty when nothing did), and, in the
 * pseudo-locale, the words that bypassed the catalogue.
 */
async function visit(browser, origin, entry) {
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}${PSEUDO ? '&globals=locale:en-XA' : ''}`;
  const tab = await browser.newPage();
  const problems = [];
  const controls = { count: 0, propertyOnly: [] };
  try {
    await tab.setViewport({ width: 1200, height: 900 });
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const target = request.url();
      if (target.startsWith(origin) || /^(data|blob|about):/.test(target)) request.continue();
      else {
        problems.push(`tried to reach an outside address: ${target}`);
        request.abort('blockedbyclient');
      }
    });
    tab.on('response', (response) => {
      if (response.status() >= 400 && response.url().startsWith(origin)) problems.push(`HTTP ${response.status()} for ${response.url().slice(origin.length)}`);
    });
    tab.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // The failed request itself is already listed above with its address.
      if (/^Failed to load resource/.test(text)) return;
      problems.push(`console error: ${text}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    await tab.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    // Storybook marks the body when a story or docs page has rendered, or failed to.
    await tab.waitForFunction(
      () => {
        const c = document.body.classList;
        return !c.contains('sb-show-preparing-story') && !c.contains('sb-show-preparing-docs') && (c.contains('sb-show-main') || c.contains('sb-show-errordisplay') || c.contains('sb-show-nopreview'));
      },
      { timeout: PAGE_TIMEOUT_MS },
    );
    await new Promise((ok) => setTimeout(ok, SETTLE_MS));
    const readState = () =>
      tab.evaluate(() => {
        // Custom elements in the story or docs page that were never registered (an entry import dropped).
        const undefinedTags = new Set();
        // The activity log's filter bar registers itself when its code arrives, right after the first
        // rows (or error) show: while the list is still loading (the Loading story), it is not there yet.
        const awaited = (el, root) =>
          el.localName === 'dw-activity-filter-bar' && root.querySelector('.filters-pending') && root.querySelector('ol[part="list"][aria-busy="true"]');
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName.includes('-') && !customElements.get(el.localName) && !awaited(el, root)) undefinedTags.add(el.localName);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        for (const root of document.querySelectorAll('#storybook-root, #storybook-docs')) walk(root);
        return {
          error: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message, .sb-errordisplay')?.textContent?.trim() || 'error display shown' : '',
          nopreview: document.body.classList.contains('sb-show-nopreview'),
          undefinedTags: [...undefinedTags],
        };
      });
    // Some parts register their element when their code arrives, after the element is on the page
    // (the activity log's filter bar once the first rows show, the chart's annotations once they are
    // on): while that code is on its way (a docs page with many widgets, on a busy machine), give
    // each unregistered element up to 5 s to be registered and look again. One never registered
    // still fails.
    let state = await readState();
    if (state.undefinedTags.length) {
      await tab.evaluate(
        (tags) => Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), new Promise((ok) => setTimeout(ok, 5000))]),
        state.undefinedTags,
      );
      state = await readState();
    }
    if (state.error) problems.push(`Storybook error display: ${state.error.slice(0, 300)}`);
    if (state.nopreview) problems.push('Storybook shows "no preview"');
    for (const tag of state.undefinedTags) problems.push(`<${tag}> is on the page but was never registered`);
    if (PSEUDO && entry.type === 'story' && !state.error) {
      // The pseudo-locale has arrived and the elements have shown it.
      const loaded = await tab
        .waitForFunction(() => globalThis[Symbol.for('dashboard-widgets.i18n')]?.loaded?.has('en-XA'), { timeout: PAGE_TIMEOUT_MS })
        .then(() => true, () => false);
      if (!loaded) problems.push('the pseudo-locale did not load');
      await new Promise((ok) => setTimeout(ok, 300));
      await tab.addScriptTag({ content: VISIBLE_TEXT });
      const bypassing = await tab.evaluate(() => window.visibleText.bypasses(document.querySelector('#storybook-root')).map((b) => `${b.where}: "${b.text.slice(0, 120)}"`));
      for (const b of bypassing) problems.push(`bypasses the catalogue: ${b}`);
    }
    if (entry.type === 'story' && !state.error) {
      // axe-core on the rendered story, shadow roots included: zero violations allowed.
      await tab.addScriptTag({ path: AXE_PATH });
      const violations = await tab.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' ; ')})`);
      });
      for (const v of violations) problems.push(`axe: ${v}`);
    }
    if (entry.type === 'story' && !state.error && !PSEUDO) {
      const result = await tab.evaluate(changeEveryControl, entry.id);
      controls.count = result.count;
      controls.propertyOnly = result.propertyOnly;
      for (const p of result.problems) problems.push(p);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  } finally {
    await tab.close().catch(() => {});
  }
  return { problems, controls };
}

/**
 * Runs in the story's page: changes each control of the story in turn (from the story's own args) and
 * checks that the widget changed. Returns the number of controls, those that changed only a property
 * (no visible difference, e.g. a timeout), and the problems.
 */
async function changeEveryControl(storyId) {
  const WAIT_MS = 4000;
  const QUIET_MS = 120;
  const GRACE_MS = 300;
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  const preview = window.__STORYBOOK_PREVIEW__;
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const story = await preview.storyStoreValue.loadStory({ storyId });
  const tag = story.component;
  const samples = story.parameters.controlSamples ?? {};
  const problems = [];
  const propertyOnly = [];
  const find = () => document.querySelector(`#storybook-root ${tag}`);
  if (typeof tag !== 'string' || !find()) return { count: 0, propertyOnly, problems: [`controls: no <${tag}> in the story`] };

  /** What the reader sees of the widget: its shadow DOM's elements, attributes, text and field values, and its size. */
  const snapshot = (el) => {
    const out = [[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const text = child.data.trim();
          if (text) out.push(text);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          out.push(`<${child.localName} ${[...child.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
          if ((child.localName === 'input' || child.localName === 'select' || child.localName === 'textarea') && typeof child.value === 'string') out.push(`value=${child.value}`);
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    walk(el);
    const box = el.getBoundingClientRect();
    out.push(`${Math.round(box.width)}x${Math.round(box.height)}`);
    return out.join('\n');
  };
  /** Resolves on the story's next render (or after WAIT_MS, with false). */
  const rendered = () =>
    new Promise((ok) => {
      const done = (value) => {
        channel.off('storyRendered', onRendered);
        channel.off('storyErrored', onFailed);
        channel.off('storyThrewException', onFailed);
        clearTimeout(timer);
        ok(value);
      };
      const onRendered = (id) => (id === undefined || id === storyId) && done(true);
      const onFailed = () => done(false);
      const timer = setTimeout(() => done(false), WAIT_MS);
      channel.on('storyRendered', onRendered);
      channel.on('storyErrored', onFailed);
      channel.on('storyThrewException', onFailed);
    });
  /** Waits until the widget has finished its update and its output stays the same for QUIET_MS (at most WAIT_MS). */
  const settle = async () => {
    const end = Date.now() + WAIT_MS;
    let last = '';
    let since = Date.now();
    while (Date.now() < end) {
      const el = find();
      if (el) {
        await el.updateComplete;
        const now = snapshot(el);
        if (now !== last) [last, since] = [now, Date.now()];
        else if (Date.now() - since >= QUIET_MS) return;
      }
      await sleep(40);
    }
  };
  const same = (a, b) => (typeof a === 'object' && a !== null ? JSON.stringify(a) === JSON.stringify(b) : String(a ?? '') === String(b ?? ''));
  /** Another valid value for the control, or undefined. */
  const otherValue = (name, argType, current) => {
    const control = argType.control;
    if (control.type === 'boolean') return !current;
    if (Array.isArray(argType.options)) return argType.options.find((o) => !same(o, current));
    if (control.type === 'number' || control.type === 'range') {
      const step = control.step ?? 1;
      const from = typeof current === 'number' ? current : (control.min ?? 0);
      const up = from + step;
      return control.max === undefined || up <= control.max ? up : from - step;
    }
    return (samples[name] ?? []).find((v) => !same(v, current));
  };

  const names = Object.entries(story.argTypes)
    .filter(([, a]) => a.control && !a.control.disable && !a.table?.disable)
    .map(([name]) => name);
  for (const name of names) {
    const argType = story.argTypes[name];
    const current = preview.storyStoreValue.args.get(storyId)[name];
    const value = otherValue(name, argType, current);
    if (value === undefined) {
      problems.push(`control "${name}" (${argType.control.type}): no other value to try (give text controls values in the stories' controlSamples parameter)`);
      continue;
    }
    await settle();
    const el = find();
    const isProperty = argType.table?.category === 'properties';
    const before = snapshot(el);
    let renders = 0;
    const update = el.update;
    el.update = function (changed) {
      renders++;
      return update.call(this, changed);
    };
    const wasRendered = rendered();
    channel.emit('updateStoryArgs', { storyId, updatedArgs: { [name]: value } });
    await wasRendered;
    let verdict = '';
    const end = Date.now() + WAIT_MS;
    let propertySince = 0;
    while (Date.now() < end) {
      const now = find();
      if (now !== el) {
        verdict = 'replaced';
        break;
      }
      await el.updateComplete;
      const holds = !isProperty || same(el[name], value);
      if (holds && snapshot(el) !== before) {
        verdict = 'visible';
        break;
      }
      if (isProperty && holds && renders > 0) {
        propertySince ||= Date.now();
        if (Date.now() - propertySince >= GRACE_MS) {
          verdict = 'property';
          break;
        }
      }
      await sleep(40);
    }
    delete el.update;
    const shown = JSON.stringify(value);
    if (verdict === 'property') propertyOnly.push(name);
    else if (verdict === 'replaced') problems.push(`control "${name}" set to ${shown}: the story put a new <${tag}> in place of the old one`);
    else if (!verdict) {
      const why = isProperty && !same(el[name], value) ? `the element's ${name} is ${JSON.stringify(el[name])}` : 'the widget did not change';
      problems.push(`control "${name}" set to ${shown}: ${why}`);
    }
    const wasReset = rendered();
    channel.emit('resetStoryArgs', { storyId, argNames: [name] });
    await wasReset;
  }
  return { count: names.length, propertyOnly, problems };
}

const deadline = setTimeout(() => {
  console.error(`storybook-smoke: still running after ${DEADLINE_MS / 60_000} minutes; giving up.`);
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: requireBrowser(), headless: true, args: CHROME_FLAGS });
console.log(`Opening ${entries.length} Storybook entries from ${origin}`);

const failures = [];
const started = Date.now();
let controlCount = 0;
let propertyOnlyCount = 0;
let next = 0;
try {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < entries.length) {
        const entry = entries[next++];
        const { problems, controls } = await visit(browser, origin, entry);
        const label = `${entry.title} / ${entry.name} (${entry.id})`;
        controlCount += controls.count;
        propertyOnlyCount += controls.propertyOnly.length;
        const changed = entry.type === 'story' && !PSEUDO ? ` [${controls.count} controls${controls.propertyOnly.length ? `; property only: ${controls.propertyOnly.join(', ')}` : ''}]` : '';
        if (problems.length) {
          failures.push({ label, problems });
          console.log(`  FAIL  ${label}${changed}`);
        } else console.log(`  ok    ${label}${changed}`);
      }
    }),
  );
} finally {
  await browser.close();
  await new Promise((ok) => server.close(ok));
}

if (failures.length) {
  console.log('\nStories with errors:');
  for (const { label, problems } of failures) {
    console.log(`\n  ${label}`);
    for (const p of [...new Set(problems)]) console.log(`    - ${p}`);
  }
}
const changes = PSEUDO ? 'controls are changed in the first pass' : `${controlCount} controls changed (${propertyOnlyCount} of them without a visible difference)`;
console.log(`\n${entries.length - failures.length} passed, ${failures.length} failed${PSEUDO ? ' (in the pseudo-locale)' : ''}; ${changes}, in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failures.length ? 1 : 0);
