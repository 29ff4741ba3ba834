/**
 * Reads JSON text that may be cut short (the recordings keep the first 3,000 characters of an
 * answer): everything complete is kept, a value cut in the middle is left out, and every array
 * or object left open is returned as far as it got and listed in `incomplete`.
 */
export function parseTruncatedJson(text: string): { value: unknown; incomplete: Set<object> } {
  const incomplete = new Set<object>();
  let i = 0;

  /** The end of the text was reached inside a value; `partial` is what there was of it, if worth keeping. */
  class Cut {
    constructor(readonly partial: object | undefined) {}
  }

  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const more = () => {
    space();
    if (i >= text.length) throw new Cut(undefined);
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at ${i}: ${text.slice(i, i + 20)}`);
  };

  const string = (): string => {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    if (j >= text.length) throw new Cut(undefined);
    const value = JSON.parse(text.slice(i, j + 1)) as string;
    i = j + 1;
    return value;
  };

  const literal = (): unknown => {
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!match) fail('unexpected text');
    // A literal that runs to the end may have been cut (1234 of 12345): it is not kept.
    if (i + match![0].length >= text.length) throw new Cut(undefined);
    i += match![0].length;
    return JSON.parse(match![0]);
  };

  /** Parses the members of an array or object, keeping what there is when the text ends. */
  const container = <T extends object>(out: T, close: string, member: () => void): T => {
    i++;
    try {
      more();
      if (text[i] === close) {
        i++;
        return out;
      }
      for (;;) {
        member();
        more();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return out;
        }
        fail('expected , or ' + close);
      }
    } catch (error) {
      if (!(error instanceof Cut)) throw error;
      incomplete.add(out);
      throw new Cut(out);
    }
  };

  const value = (): unknown => {
    more();
    const c = text[i];
    if (c === '{') {
      const out: Record<string, unknown> = {};
      return container(out, '}', () => {
        more();
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        more();
        if (text[i] !== ':') fail('expected :');
        i++;
        try {
          out[key] = value();
        } catch (error) {
          if (error instanceof Cut && error.partial) out[key] = error.partial;
          throw error;
        }
      });
    }
    if (c === '[') {
      const out: unknown[] = [];
      return container(out, ']', () => {
        try {
          out.push(value());
        } catch (error) {
          if (error instanceof Cut && error.partial) out.push(error.partial);
          throw error;
        }
      });
    }
    if (c === '"') return string();
    return literal();
  };

  try {
    const result = value();
    space();
    if (i < text.length) fail('text after the value');
    return { value: result, incomplete };
  } catch (error) {
    if (error instanceof Cut) return { value: error.partial, incomplete };
    throw error;
  }
}
