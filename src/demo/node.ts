import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, RequestListener } from 'node:http';
import { join } from 'node:path';
import { createDemoBackend, type DemoBackend, type DemoBackendOptions } from './handler.js';
import type { SettingsStore } from './settings-store.js';

/** Options of `createDemoMiddleware`. */
export interface DemoMiddlewareOptions extends Omit<DemoBackendOptions, 'settings'> {
  /** The project root; saved settings go to `<root>/.demo-data/settings.json`. */
  root: string;
  /** Keep Rocket.Chat settings across restarts (default true). */
  persist?: boolean;
}

/** The parts of a Koa context the middleware uses (so this file needs no Koa types). */
export interface DemoMiddlewareContext {
  method: string;
  path: string;
  href: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

/** A Koa middleware, as @web/dev-server takes it, with the demo backend it serves. */
export type DemoMiddleware = ((ctx: DemoMiddlewareContext, next: () => Promise<unknown>) => Promise<void>) & { backend: DemoBackend };

const DEMO_PATH = /^\/(?:matomo|chat)\//;

/**
 * A Koa middleware for @web/dev-server that serves the demo backend under `/matomo/` and
 * `/chat/` and passes every other request on. With `persist`, Rocket.Chat settings are loaded
 * from and saved to `<root>/.demo-data/settings.json`.
 */
export function createDemoMiddleware(options: DemoMiddlewareOptions): DemoMiddleware {
  const { root, persist = true, ...backendOptions } = options;
  const backend = createDemoBackend({
    ...backendOptions,
    ...(persist ? { settings: fileSettingsStore(join(root, '.demo-data', 'settings.json')) } : {}),
  });

  const middleware = async (ctx: DemoMiddlewareContext, next: () => Promise<unknown>) => {
    if (!DEMO_PATH.test(ctx.path)) {
      await next();
      return;
    }
    const response = await backend.handle(await toRequest(ctx.href, ctx.method, ctx.req), { address: ctx.req.socket?.remoteAddress });
    ctx.status = response.status;
    response.headers.forEach((value, name) => ctx.set(name, value));
    ctx.body = Buffer.from(await response.arrayBuffer());
  };
  return Object.assign(middleware, { backend });
}

/**
 * A Node request listener serving a demo backend under `/matomo/` and `/chat/` (404 elsewhere):
 * for a server of its own, e.g. on a second origin, to see what pages elsewhere get.
 */
export function demoRequestListener(backend: DemoBackend): RequestListener {
  return (req, res) => {
    const href = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`).href;
    if (!DEMO_PATH.test(new URL(href).pathname)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    toRequest(href, req.method ?? 'GET', req)
      .then((request) => backend.handle(request, { address: req.socket.remoteAddress }))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The demo backend failed.'));
  };
}

async function toRequest(href: string, methodName: string, req: IncomingMessage): Promise<Request> {
  const method = methodName.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(href, { method, headers: toHeaders(req.headers), body: hasBody ? await readBody(req) : null });
}

/** A settings store backed by a JSON file (created with its folder on the first save). */
export function fileSettingsStore(file: string): SettingsStore {
  return {
    load() {
      try {
        const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
        return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    },
    save(values) {
      mkdirSync(join(file, '..'), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(values, null, 2)}\n`);
      renameSync(temporary, file);
    },
  };
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || name.startsWith(':')) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function readBody(stream: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}
