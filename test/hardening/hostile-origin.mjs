// A hostile origin for the redirect cases of the gauntlet (loaded by web-test-runner.config.mjs).
//
// - `redirectMiddleware`: on the test server's own origin, `/redirecting/<status>/<path>` answers
//   every request with a redirect (`<status>`: 302, 307, …) to `<path>` on the hostile origin, as a
//   misconfigured or compromised API server would.
// - The hostile origin: a second tiny server on 127.0.0.1 (another port, so another origin) that
//   allows every cross-origin request, records what it receives (method, path, body, the auth
//   headers) and answers with plausible data of its own, marked HOSTILE-ANSWER. It is started on
//   the first redirect, and closes by itself after a minute without requests (and never keeps the
//   test run alive).
// - `executeServerCommand('hostile-origin', { action: 'received' | 'reset' })` from a test: what the
//   hostile origin received since the last reset.
import { createServer } from 'node:http';

export const MARK = 'HOSTILE-ANSWER';
const IDLE_MS = 60_000;

let server;
let origin = '';
let idle;
const received = [];
/** Redirects the test server has answered since the last reset. */
let redirects = 0;

function bumpIdle() {
  clearTimeout(idle);
  idle = setTimeout(() => {
    server?.close();
    server = undefined;
    origin = '';
  }, IDLE_MS);
  idle.unref();
}

const SETTING_IDS = [
  'GoogleAnalytics_enabled',
  'GoogleAnalytics_ID',
  'Analytics_features_messages',
  'Analytics_features_rooms',
  'Analytics_features_users',
  'PiwikAnalytics_enabled',
  'PiwikAnalytics_url',
  'PiwikAnalytics_siteId',
  'PiwikAdditionalTrackers',
  'PiwikAnalytics_prependDomain',
  'PiwikAnalytics_cookieDomain',
  'PiwikAnalytics_domains',
];

/** What the hostile origin answers: data shaped like the real thing, holding its mark. */
function answer(path, query) {
  if (path.includes('/api/v1/')) {
    const settings = SETTING_IDS.map((_id) => ({ _id, value: _id === 'PiwikAnalytics_url' ? `https://${MARK.toLowerCase()}.example/` : _id.endsWith('_ID') ? MARK : _id.endsWith('enabled') }));
    return { settings, count: settings.length, offset: 0, total: settings.length, success: true };
  }
  const today = new Date().toISOString().slice(0, 10);
  const one = (method) =>
    method === 'ActivityLog.getEntries'
      ? [{ id: '1', user_login: MARK, type: 'ActivityLog/UserSignedIn', description: MARK, datetime: '2024-01-01 00:00:00', parameters: {} }]
      : method === 'VisitsSummary.get'
        ? { [today]: { nb_visits: 666 } }
        : method.startsWith('SitesManager.')
          ? { idsite: 1, name: MARK }
          : { value: 1 };
  // A redirected POST that became a GET has lost its body (and with it the sub-calls): the hostile
  // origin guesses the chart's request (visits, then what it asks about the site).
  if (query.get('method') === 'API.getBulkRequest') return [one('VisitsSummary.get'), one('SitesManager.getSiteFromId'), one('SitesManager.getSiteFromId')];
  return one(query.get('method') ?? '');
}

function start() {
  return new Promise((resolve) => {
    server = createServer((req, res) => {
      bumpIdle();
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const cors = {
          'Access-Control-Allow-Origin': req.headers.origin || '*',
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
          'Access-Control-Allow-Private-Network': 'true',
        };
        if (req.method === 'OPTIONS') {
          res.writeHead(204, cors);
          res.end();
          return;
        }
        received.push({
          method: req.method,
          path: url.pathname + url.search,
          body,
          authToken: req.headers['x-auth-token'] ?? '',
          userId: req.headers['x-user-id'] ?? '',
        });
        res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer(url.pathname, url.searchParams)));
      });
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${server.address().port}`;
      bumpIdle();
      resolve(origin);
    });
  });
}

/** Koa middleware: `/redirecting/<status>/<path>` redirects to `<path>` on the hostile origin. */
export async function redirectMiddleware(ctx, next) {
  const m = /^\/redirecting\/(\d{3})(\/.*)$/.exec(ctx.path);
  if (!m) return next();
  const target = origin || (await start());
  bumpIdle();
  redirects++;
  ctx.status = Number(m[1]);
  ctx.set('Location', `${target}${m[2]}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = '';
}

/** `executeServerCommand('hostile-origin', { action })`: `received` (what arrived since the last reset) or `reset`. */
export const hostileOriginCommand = {
  name: 'hostile-origin',
  async executeCommand({ command, payload }) {
    if (command !== 'hostile-origin') return undefined;
    if (payload?.action === 'reset') {
      received.length = 0;
      redirects = 0;
    }
    return { origin, received: [...received], redirects };
  },
};
