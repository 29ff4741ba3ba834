/**
 * A JSON parser whose syntax errors say where they are (line and column) and what was expected,
 * in the same words in every browser. `<analytics-settings>` loads it on demand (chunks.ts): when
 * Additional Piwik Sites is edited, or holds a stored value that is not valid JSON; valid JSON is
 * read with `JSON.parse`, as Rocket.Chat reads it.
 */

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number; index: number };

/**
 * Parses JSON like `JSON.parse`, but a syntax error says where (1-based line and column) and
 * what was expected, in the same words in every browser.
 */
export function parseJsonAt(text: string): JsonParse {
  let i = 0;
  class Stop extends Error {
    constructor(
      message: string,
      readonly at: number,
    ) {
      super(message);
    }
  }
  const found = (): string => {
    if (i >= text.length) return 'but the text ends';
    const c = text[i]!;
    return c === '\n' ? 'found a line break' : `found "${c}"`;
  };
  const stop = (expected: string): never => {
    throw new Stop(`expected ${expected}, ${found()}`, i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") throw new Stop('use double quotes (") around text, not single quotes', i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (c !== undefined && /[A-Za-z_]/.test(c)) throw new Stop('text must be in double quotes', i);
    return stop('a value');
  };
  const object = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text[i] === '}') throw new Stop('remove the comma before }', lastComma);
      if (text[i] === "'") throw new Stop('use double quotes (") around keys, not single quotes', i);
      if (text[i] !== '"') {
        if (text[i] !== undefined && /[A-Za-z_$]/.test(text[i]!)) throw new Stop('put the key in double quotes', i);
        stop('a key in double quotes');
      }
      const key = string();
      ws();
      if (text[i] !== ':') stop('":" after the key');
      i++;
      Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
      ws();
      if (text[i] === ',') {
        lastComma = i;
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      stop('"," or "}"');
    }
  };
  let lastComma = 0;
  const array = (): unknown[] => {
    const out: unknown[] = [];
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text[i] === ']' && out.length > 0) throw new Stop('remove the comma before ]', lastComma);
      out.push(value());
      ws();
      if (text[i] === ',') {
        lastComma = i;
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      stop('"," or "]"');
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in map) {
          out += map[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Stop('a valid escape such as \\" or \\n after the backslash', i);
      }
      if (c < ' ') throw new Stop(c === '\n' ? 'the closing " before the end of the line' : 'no control characters inside text', i);
      out += c;
      i++;
    }
    throw new Stop('the closing " of the text that starts here', start);
  };
  const number = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) stop('a number');
    i += m![0].length;
    if (i < text.length && /[0-9A-Za-z.]/.test(text[i]!)) stop('a number');
    return Number(m![0]);
  };

  try {
    const result = value();
    ws();
    if (i < text.length) throw new Stop('nothing after the end of the list: remove it, or join it to the list with a comma', i);
    return { ok: true, value: result };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const { line, column } = position(text, error.at);
    return { ok: false, message: error.message, line, column, index: error.at };
  }
}

/** 1-based line and column of a character index. */
export function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
