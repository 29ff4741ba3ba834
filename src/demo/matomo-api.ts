import type { DemoDataset } from './dataset.js';
import { jsonResponse } from './http.js';
import { activityCount, activityEntries } from './matomo-activity.js';
import { badToken, escapeMessage, MatomoError } from './matomo-error.js';
import { BLOCKED_MESSAGE, UNKNOWN_ADDRESS } from './matomo-sign-ins.js';
import type { MatomoSetup } from './matomo-setup.js';

export type { MatomoSetup } from './matomo-setup.js';
import { siteFromId, sitesWithViewAccess } from './matomo-sites.js';
import { hasSuperUserAccess, users, usersLogin } from './matomo-users.js';
import { Viewer, type MatomoParams } from './matomo-viewer.js';
import { visitsSummary } from './matomo-visits.js';
import { segmentsGetAll } from './matomo-segments.js';
import { multiSitesGetAll } from './matomo-multisites.js';
import { annotationsGetAll } from './matomo-annotations.js';


type Method = (params: MatomoParams, viewer: Viewer, dataset: DemoDataset, setup: MatomoSetup) => unknown;

/** The API methods the demo Matomo offers, by module. */
const MODULES: Record<string, Record<string, Method>> = {
  ActivityLog: { getEntries: activityEntries, getEntryCount: activityCount },
  UsersManager: {
    hasSuperUserAccess: (_p, viewer) => hasSuperUserAccess(viewer),
    getUsersLogin: (_p, viewer) => usersLogin(viewer),
    getUsers: (_p, viewer) => users(viewer),
  },
  SitesManager: {
    getSitesWithAtLeastViewAccess: (_p, viewer, dataset) => sitesWithViewAccess(viewer, dataset),
    getSiteFromId: siteFromId,
  },
  VisitsSummary: { get: visitsSummary },
  SegmentEditor: { getAll: segmentsGetAll },
  MultiSites: { getAll: multiSitesGetAll },
  Annotations: { getAll: annotationsGetAll },
  API: {},
};

/** A request's parameters as Matomo sees them, and where `token_auth` and `urls[]` came from. */
interface ParsedRequest {
  params: Map<string, string>;
  /** Bulk sub-requests (`urls[0]`, `urls[1]`, …), in order. */
  urls: string[];
  /** A token was put in the URL (Matomo 5 refuses it). */
  tokenInUrl: boolean;
  /** The `urls[]` came from the URL, so a token inside them is in the URL too. */
  urlsInUrl: boolean;
}

/**
 * The demo Matomo's `index.php`: the HTTP Reporting API as Matomo 5 answers it, traps included.
 * Parameters come from the query string and an `application/x-www-form-urlencoded` body (the body
 * wins). A refused token (unknown, or sent in the URL) gets a 401 without CORS headers and counts
 * a failed sign-in of the client's `address`; an address with too many is blocked (HTTP 500, no
 * CORS headers) for every API request. Other errors are `{"result":"error"}` with 200, or 401 for
 * access, with CORS headers; messages are HTML-escaped; lists are cut to `filter_limit` (default
 * 100). CORS names allowed origins only, with credentials, never headers or methods, so
 * preflighted requests fail in a browser (a preflight is answered as an anonymous API call: 401).
 */
export async function handleMatomo(request: Request, dataset: DemoDataset, setup: MatomoSetup, address = UNKNOWN_ADDRESS): Promise<Response> {
  const cors = corsHeaders(request, setup.corsOrigins);
  if (request.method === 'OPTIONS') return new Response(null, { status: 401, headers: cors });

  const parsed = await parseRequest(request);
  const { params } = parsed;
  const format = (params.get('format') ?? 'xml').toLowerCase();
  if ((params.get('module') ?? '') !== 'API') {
    return new Response('<!DOCTYPE html><html><head><title>Sign in - Matomo</title></head><body><p>Sign in</p></body></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  // Blocked addresses are refused before anything else, with or without a token.
  if (setup.signIns.blocked(address)) return errorResponse(new MatomoError(BLOCKED_MESSAGE), format, new Headers(), 500);

  let result: unknown;
  try {
    if (parsed.tokenInUrl) throw badToken(true);
    const viewer = Viewer.fromToken(params.get('token_auth'));
    if (format !== 'json') throw new MatomoError(`The demo backend answers format=JSON only, not format=${params.get('format') ?? 'xml'}.`);
    const method = required(params, 'method');
    result = method === 'API.getBulkRequest' ? bulk(parsed, viewer, dataset, setup, address) : call(method, params, viewer, dataset, setup);
  } catch (error) {
    if (!(error instanceof MatomoError)) throw error;
    if (!error.refusedToken) return errorResponse(error, format, cors);
    setup.signIns.fail(address);
    return errorResponse(error, format, new Headers());
  }
  return jsonResponse(result, 200, cors);
}

/** Runs one API method and applies `filter_limit` / `filter_offset` to a list answer. */
function call(method: string, params: MatomoParams, viewer: Viewer, dataset: DemoDataset, setup: MatomoSetup): unknown {
  const parts = method.split('.');
  if (parts.length !== 2) throw new MatomoError("The method name is invalid. Expected 'module.methodName'");
  const [module, action] = parts as [string, string];
  const methods = MODULES[module];
  if (!methods) throw new MatomoError(`The plugin ${module} is not enabled. You can activate the plugin on Settings > Plugins page in Matomo.`);
  const run = Object.hasOwn(methods, action) ? methods[action] : undefined;
  if (!run) throw new MatomoError(`The method '${action}' does not exist or is not available in the module '\\Piwik\\Plugins\\${module}\\API'.`);
  return limitList(run(params, viewer, dataset, setup), params);
}

/**
 * `API.getBulkRequest`: every `urls[i]` is a query string; the outer parameters (the token among
 * them) fill in what it lacks. A failing sub-request is its own error element of a 200 answer; a
 * sub-request's own refused token counts one failed sign-in for the whole request.
 */
function bulk(parsed: ParsedRequest, outerViewer: Viewer, dataset: DemoDataset, setup: MatomoSetup, address: string): unknown[] {
  let refused = false;
  const answers = parsed.urls.map((url) => {
    const own = new URLSearchParams(url);
    const params = new Map(parsed.params);
    params.delete('method');
    for (const [key, value] of own) params.set(key, value);
    try {
      if (own.has('token_auth') && parsed.urlsInUrl) throw badToken(true);
      const viewer = own.has('token_auth') ? Viewer.fromToken(own.get('token_auth') ?? '') : outerViewer;
      const method = required(params, 'method');
      if (method === 'API.getBulkRequest') throw new MatomoError('A bulk request cannot contain another bulk request.');
      return call(method, params, viewer, dataset, setup);
    } catch (error) {
      if (!(error instanceof MatomoError)) throw error;
      refused ||= error.refusedToken;
      return errorBody(error);
    }
  });
  if (refused) setup.signIns.fail(address);
  return answers;
}

/** Cuts list answers to `filter_limit` (default 100 over HTTP; -1 for all) after `filter_offset`. */
function limitList(result: unknown, params: MatomoParams): unknown {
  if (!Array.isArray(result)) return result;
  const limit = integerParam(params.get('filter_limit'), 100);
  const offset = Math.max(0, integerParam(params.get('filter_offset'), 0));
  if (limit === -1) return offset ? result.slice(offset) : result;
  return result.slice(offset, offset + Math.max(0, limit));
}

async function parseRequest(request: Request): Promise<ParsedRequest> {
  const url = new URL(request.url);
  const params = new Map<string, string>();
  const urls: Array<[index: number, value: string]> = [];
  let urlsInUrl = false;
  const take = (source: URLSearchParams, fromUrl: boolean) => {
    for (const [key, value] of source) {
      const item = /^urls\[(\d*)\]$/.exec(key);
      if (item) {
        urls.push([item[1] === '' ? Number.MAX_SAFE_INTEGER : Number(item[1]), value]);
        urlsInUrl ||= fromUrl;
      } else {
        params.set(key, value.trim());
      }
    }
  };
  take(url.searchParams, true);
  const tokenInUrl = (url.searchParams.get('token_auth') ?? '') !== '';
  const type = request.headers.get('content-type') ?? '';
  if (request.method === 'POST' && /application\/x-www-form-urlencoded/i.test(type)) {
    take(new URLSearchParams(await request.text()), false);
  }
  return { params, urls: urls.sort((a, b) => a[0] - b[0]).map(([, value]) => value), tokenInUrl, urlsInUrl };
}

function required(params: MatomoParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new MatomoError(`The parameter '${name}' isn't set in the Request, and a default value wasn't provided.`);
  return value;
}

function integerParam(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) ? n : fallback;
}

function errorBody(error: MatomoError): { result: 'error'; message: string } {
  return { result: 'error', message: escapeMessage(error.message) };
}

function errorResponse(error: MatomoError, format: string, headers: Headers, status: number = error.status): Response {
  if (format === 'json') return jsonResponse(errorBody(error), status, headers);
  const message = error.message.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const all = new Headers(headers);
  all.set('Content-Type', 'text/xml; charset=utf-8');
  return new Response(`<?xml version="1.0" encoding="utf-8" ?>\n<result>\n\t<error message="${message}" />\n</result>`, { status, headers: all });
}

/**
 * Matomo's CORS answer: the Origin echoed with credentials when `cors_domains` lists it (or is
 * `*`), or when it is the server's own; nothing for other origins, or without an Origin.
 */
function corsHeaders(request: Request, allowed: readonly string[] | '*'): Headers {
  const headers = new Headers();
  const origin = request.headers.get('origin');
  if (!origin) return headers;
  headers.set('Vary', 'Origin');
  if (allowed === '*' || allowed.includes(origin) || origin === new URL(request.url).origin) {
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Allow-Origin', origin);
  }
  return headers;
}
