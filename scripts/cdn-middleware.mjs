// The files a share snippet references, for the demo server (npm start): the dev server serves
// the sources, while snippets point at the layout of dist/ (embed.html beside embed.css and cdn/).
// This middleware builds the script-tag bundles of cdn/ on first request, in memory, exactly as
// `npm run build` does (scripts/cdn-build.mjs), rebuilds one when a source changed, and serves
// src/embed/embed.css as /embed.css. Bundles are sent with `Access-Control-Allow-Origin: *`, so
// a script-tag snippet pasted into a page of another origin loads them (module scripts need it).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCdn, root } from './cdn-build.mjs';
import { CDN_ENTRIES, MODULAR_DIR, MODULAR_SET } from './cdn-entries.mjs';

/** The newest modification time of the files under `src/` (a cheap walk of a small tree). */
function newestSource(dir = join(root, 'src')) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The bundle (or the modular set) a path of /cdn/ belongs to, or '':
 *  - a self-contained bundle: `/cdn/<name>.js`, `/cdn/chunks/<name>.<part>-<hash>.js` -> its name;
 *  - the modular set, built together: `/cdn/modules/<widget>.js`, `/cdn/modules/chunks/<file>.js`
 *    -> the first name of MODULAR_SET (its files are served from that one build).
 */
export function bundleOf(path) {
  if (new RegExp(`^/cdn/${MODULAR_DIR}/(?:chunks/)?[\\w-]+\\.js$`).test(path)) return MODULAR_SET[0];
  const match = /^\/cdn\/(?:chunks\/)?([a-z-]+)(?:\.[\w-]+)?\.js$/.exec(path);
  return match && Object.hasOwn(CDN_ENTRIES, match[1]) ? match[1] : '';
}

/** A Koa middleware for @web/dev-server. */
export function cdnMiddleware() {
  /** first name of a build -> { at: newest source time when built, files: Promise<Map<fileName, code>> } */
  const built = new Map();
  const filesOf = (name) => {
    // The modular set is built together, and its files served from that one build.
    const names = MODULAR_SET.includes(name) ? MODULAR_SET : [name];
    const at = newestSource();
    const cached = built.get(names[0]);
    if (cached && cached.at >= at) return cached.files;
    const files = buildCdn({ names, write: false }).then((results) => new Map(results.flatMap((r) => r.files).map((f) => [f.fileName, f.code])));
    built.set(names[0], { at, files });
    files.catch(() => built.delete(names[0]));
    return files;
  };

  return async function serveCdn(ctx, next) {
    const path = ctx.path;
    if (path === '/embed.css') {
      ctx.type = 'text/css';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = readFileSync(join(root, 'src/embed/embed.css'), 'utf8');
      return;
    }
    const name = bundleOf(path);
    if (!name) return next();
    const code = (await filesOf(name)).get(path.slice('/cdn/'.length));
    if (code === undefined) {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = `${path}: no such file in the ${MODULAR_SET.includes(name) ? 'modular set' : `${name} bundle`}.`;
      return;
    }
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = code;
  };
}
