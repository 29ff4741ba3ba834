/**
 * The recordings of a real Matomo 5.1.2 (Activity Log plugin 5.0.2) in test/fixtures/real-matomo/,
 * read for contract tests: what the widgets sent and what the server answered.
 */

/** One recorded request and its answer. */
export interface RecordedExchange {
  method: string;
  url: string;
  /** The form-encoded body, tokens redacted (`<SUPER>`, `<VIEW>`, `<VIEW_SECURE>`); absent when the request failed. */
  body?: string;
  status?: number;
  /** `Access-Control-Allow-Origin` of the answer, when it had one. */
  acao?: string;
  acac?: string;
  ctype?: string;
  /** The answer's text (cut at 3,000 characters when it was longer). */
  response?: string;
  /** Set when the browser could not read an answer (a CORS-less 401 looks like a network failure). */
  failed?: string;
}

export interface Recording {
  name: string;
  tag: string;
  attrs: Record<string, string>;
  tz: string;
  requests: RecordedExchange[];
  text: string;
}

/** Reads a recording (served by the test server from the repository). */
export async function recording(name: string): Promise<Recording> {
  const response = await fetch(new URL(`../../test/fixtures/real-matomo/${name}.json`, import.meta.url));
  if (!response.ok) throw new Error(`no recording ${name}`);
  return (await response.json()) as Recording;
}

/** The page origin of the recordings (listed in that Matomo's cors_domains). */
export const RECORDED_PAGE_ORIGIN = 'http://127.0.0.1:41081';

/**
 * A recorded answer as JSON. Answers longer than 3,000 characters were cut when recorded: such a
 * text is read up to its last complete element of a list, with the brackets it needs closed, so
 * the entries it holds whole are kept (and no half entry). `complete` says whether it was whole.
 */
export function answerOf(text: string): { data: unknown; complete: boolean } {
  try {
    return { data: JSON.parse(text), complete: true };
  } catch {
    // Cut: find, from the end, a comma between elements of the outermost list cut, and close what is open there.
  }
  const stack: string[] = [];
  const cuts: Array<{ at: number; closing: string; depth: number }> = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
    else if (c === ',' && stack[stack.length - 1] === '[') {
      cuts.push({ at: i, closing: stack.map((s) => (s === '[' ? ']' : '}')).reverse().join(''), depth: stack.length });
    }
  }
  // The outermost list that was cut: a cut deeper down would keep a half element of it.
  const depth = Math.min(...cuts.map((c) => c.depth));
  for (const { at, closing } of cuts.filter((c) => c.depth === depth).reverse()) {
    try {
      return { data: JSON.parse(text.slice(0, at) + closing), complete: false };
    } catch {
      // an earlier cut
    }
  }
  throw new Error('a recorded answer that cannot be read');
}

/** The calls a recorded request made: its method, or each `urls[i]` of a bulk request, with their parameters. */
export function callsOf(exchange: Pick<RecordedExchange, 'url' | 'body'>): Array<{ method: string; params: URLSearchParams }> {
  const url = new URL(exchange.url);
  const method = url.searchParams.get('method') ?? '';
  if (method !== 'API.getBulkRequest') {
    const params = new URLSearchParams(url.search);
    for (const key of ['module', 'method', 'format']) params.delete(key);
    return [{ method, params }];
  }
  const body = bodyFields(exchange.body ?? '');
  const calls: Array<{ method: string; params: URLSearchParams }> = [];
  for (let i = 0; body.has(`urls[${i}]`); i++) {
    const params = new URLSearchParams(body.get(`urls[${i}]`)!);
    const sub = params.get('method') ?? '';
    params.delete('method');
    calls.push({ method: sub, params });
  }
  return calls;
}

/**
 * The fields of a form body. The recordings keep bodies as the browser's tools show them, decoded
 * (`urls[0]=method=A&x=1&urls[1]=…`): a field starts at `token_auth=` or `urls[N]=`. A body
 * that is form-encoded (as the client sends it) reads as usual.
 */
export function bodyFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!/(?:^|&)urls\[\d+\]=method=/.test(body)) {
    for (const [key, value] of new URLSearchParams(body)) fields.set(key, value);
    return fields;
  }
  const starts = [...body.matchAll(/(?:^|&)(token_auth|urls\[\d+\])=/g)];
  starts.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index! : body.length;
    fields.set(m[1]!, body.slice(from, to));
  });
  return fields;
}

/** Parameters as sorted `key=value` texts, to compare requests whatever their order. */
export const sortedParams = (params: URLSearchParams): string[] => [...params].map(([k, v]) => `${k}=${v}`).sort();

/**
 * The shape of a JSON value, to compare two servers' answers whose data differ: types, object keys
 * (period labels and site ids stand for any label or id), list elements merged; Activity Log
 * `parameters` (an object, or PHP's empty array) are one shape, and so are periods with and
 * without data.
 */
export function shapeOf(value: unknown, key = ''): string {
  if (key === 'parameters') return 'parameters';
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${[...new Set(value.map((v) => shapeOf(v)))].sort().join('|')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const label = (k: string) => (/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:,\d{4}-\d{2}-\d{2})?$/.test(k) ? '<period>' : /^\d+$/.test(k) ? '<id>' : k);
    const byKey = new Map<string, Set<string>>();
    for (const [k, v] of entries) {
      const name = label(k);
      if (!byKey.has(name)) byKey.set(name, new Set());
      byKey.get(name)!.add(shapeOf(v, k));
    }
    // A period without data is `[]` (a gap), on any server: beside periods with data, it adds no shape.
    const periodShapes = byKey.get('<period>');
    if (periodShapes && periodShapes.size > 1) periodShapes.delete('[]');
    return `{${[...byKey].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, shapes]) => `${k}:${[...shapes].sort().join('|')}`).join(',')}}`;
  }
  return typeof value;
}
