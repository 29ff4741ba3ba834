// A second origin for the tests of <analytics-settings>: a web-test-runner plugin that serves the
// demo Rocket.Chat over real HTTP on 127.0.0.1 at a port of its own, so the browser treats it as
// another origin than the test page (CORS preflights and all). Tests drive it with
// `executeServerCommand('rocketchat-origin', payload)`:
//   { action: 'start', version?: '7.x' | '8.6', rateLimit?: boolean } -> { origin }  (a fresh server state)
//   { action: 'values', ids: string[] } -> { [id]: value }                         (what the server holds)
//   { action: 'write', id, value } -> true                       (another administrator saves a setting)
// The server listens only while tests run, and stops with the test runner.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadDemo() {
  const outdir = join(root, 'node_modules', '.cache', 'dashboard-widgets');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `rocketchat-origin-${process.pid}.mjs`);
  await build({ entryPoints: [join(root, 'src/demo/handler.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', packages: 'external' });
  return import(pathToFileURL(outfile).href);
}

export function rocketChatOriginPlugin() {
  let demo;
  let backend;
  let server;
  let origin = '';

  async function listen() {
    if (server) return;
    demo ??= await loadDemo();
    server = createServer(async (req, res) => {
      try {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const method = (req.method ?? 'GET').toUpperCase();
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        const request = new Request(new URL(req.url ?? '/', origin), { method, headers, body: method === 'GET' || method === 'HEAD' ? null : Buffer.concat(chunks) });
        const response = await backend.handle(request);
        const out = {};
        response.headers.forEach((value, name) => (out[name] = value));
        res.writeHead(response.status, out);
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    server.unref();
    origin = `http://127.0.0.1:${server.address().port}`;
  }

  return {
    name: 'rocketchat-origin',
    async executeCommand({ command, payload }) {
      if (command !== 'rocketchat-origin') return undefined;
      const p = payload ?? {};
      if (p.action === 'start') {
        await listen();
        backend = demo.createDemoBackend({ rocketChat: { version: p.version ?? '7.x', rateLimit: p.rateLimit ?? false } });
        return { origin };
      }
      if (!backend) throw new Error('rocketchat-origin: start it first');
      if (p.action === 'values') {
        return Object.fromEntries(p.ids.map((id) => [id, backend.state.settings.find((s) => s._id === id)?.value]));
      }
      if (p.action === 'write') {
        const response = await backend.handle(
          new Request(`${origin}/chat/api/v1/settings/${encodeURIComponent(p.id)}`, {
            method: 'POST',
            headers: { 'X-User-Id': demo.DEMO_TOKENS.chatUserId, 'X-Auth-Token': demo.DEMO_TOKENS.chatNoTwoFactorToken, 'Content-Type': 'application/json' },
            body: JSON.stringify({ value: p.value }),
          }),
        );
        if (!response.ok) throw new Error(`rocketchat-origin: writing ${p.id} failed with HTTP ${response.status}`);
        return true;
      }
      throw new Error(`rocketchat-origin: unknown action ${p.action}`);
    },
    async serverStop() {
      if (server) await new Promise((resolve) => server.close(resolve));
    },
  };
}
