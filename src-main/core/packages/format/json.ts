// A strict JSON reader for what arrives inside a package: RFC 8259 only, and an object that names
// the same key twice is refused (JSON.parse would silently keep the last one, so two readers could
// see two different statements in the same bytes).

export class StrictJsonError extends Error {
  constructor(
    readonly kind: 'syntax' | 'duplicate_key' | 'too_deep',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'StrictJsonError';
  }
}

const MAX_DEPTH = 32;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/** Parses `text` as one JSON value; throws StrictJsonError on bad syntax or a repeated key. */
export function parseStrictJson(text: string): unknown {
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const fail = (what: string): never => {
    throw new StrictJsonError('syntax', `${what} at ${i}`);
  };
  const readString = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) fail('bad string');
    i = STRING.lastIndex;
    return JSON.parse(m![0]) as string;
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new StrictJsonError('too_deep', `deeper than ${MAX_DEPTH}`);
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      skip();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a key');
        const key = readString();
        if (seen.has(key)) throw new StrictJsonError('duplicate_key', key);
        seen.add(key);
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        // defineProperty: a key named "__proto__" stays an ordinary own property.
        Object.defineProperty(obj, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return readString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail('unexpected character');
    i = NUMBER.lastIndex;
    return Number(m[0]);
  };
  const v = value(0);
  skip();
  if (i !== text.length) fail('trailing characters');
  return v;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes → text, refusing invalid UTF-8 and a byte-order mark. Null when not acceptable. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
