import { expandExponent } from "./decimal.js";

/*
 * Parsing any JSON text while keeping chosen numbers as their digits. Node 20's JSON.parse cannot give
 * a number's source text, so:
 * - compact text without a backslash (everything Kraken sends): JSON.parse, then `walk` goes through
 *   the parsed value and the text in step, member by member, and puts the chosen literals in. The text
 *   of each key and string is known from the parsed value, so only numbers are scanned;
 * - anything else (whitespace, escapes, or whenever the walk finds the text not where it expects it):
 *   walk the text string by string, wrap the chosen literals in quotes, then JSON.parse.
 * The WebSocket and book decoders try their per-channel layouts first and fall back to this.
 */

// Money values are prices and quantities: a few dozen digits at most. "1e999999" must not become a
// megabyte of zeros.
const MAX_EXPONENT = 40;

/**
 * Parses `text` like `JSON.parse`, except that the numeric literal of every key in `keys` becomes an
 * exact decimal string: a plain literal exactly as written (`0.10000000` stays `"0.10000000"`), an
 * exponent literal expanded exactly (`1e-8` becomes `"0.00000001"`). Other numbers stay JS numbers.
 * @throws SyntaxError when the text is not valid JSON (or an exponent is absurdly large)
 * @example
 * parseExactJson('{"qty":0.10000000,"n":1}', new Set(["qty"])); // { qty: "0.10000000", n: 1 }
 */
export function parseExactJson(text: string, keys: ReadonlySet<string>): unknown {
  if (text.indexOf("\\") < 0) {
    const value: unknown = JSON.parse(text);
    walkKeys = keys;
    try {
      if (walk(value, text, 0) === text.length) return value;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e; // absurd nesting: the quoting path does not recurse
    }
  }
  return JSON.parse(quoteExact(text, keys));
}

// The keys and the exponent flag of the walk in progress (parsing is synchronous: one slot each).
let walkKeys: ReadonlySet<string> = /* @__PURE__ */ new Set();
let sawExponent = false;

/**
 * Puts the money literals of `s` into `v`, its JSON.parse result, walking both in step from `at` (the
 * start of `v`'s text); returns the position after `v`'s text, or -1 when the text is not as expected.
 * `s` is compact and has no backslash, so a key's or string's text is exactly the parsed string in
 * quotes: only numbers are scanned. Members come in insertion order, which is the text order except
 * for array-index keys (JSON.parse moves those first: refused) and duplicate keys (then the text has
 * more members than the object, so the closing brace is not where expected: -1).
 */
function walk(v: unknown, s: string, at: number): number {
  if (typeof v === "string") return s.charCodeAt(at + v.length + 1) === 34 ? at + v.length + 2 : -1;
  if (typeof v === "number") return numEnd(s, at);
  if (typeof v !== "object") return at + (v === false ? 5 : 4); // true, false, null
  if (v === null) return at + 4;
  const array = Array.isArray(v);
  let sep = array ? 91 : 123; // `[` or `{` before the first member, `,` before the others
  if (s.charCodeAt(at) !== sep) return -1;
  if (array) {
    for (let i = 0; i < v.length; i++) {
      if (s.charCodeAt(at) !== sep) return -1;
      at = walk(v[i], s, at + 1);
      if (at < 0) return -1;
      sep = 44;
    }
  } else {
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const c0 = k.charCodeAt(0);
      // `,"k":` (or `{"k":`)
      if (s.charCodeAt(at) !== sep || s.charCodeAt(at + 2) !== c0 || (c0 >= 48 && c0 <= 57)) return -1;
      at += k.length + 2;
      if (s.charCodeAt(at) !== 34 || s.charCodeAt(at + 1) !== 58) return -1;
      sep = 44;
      const start = at + 2;
      const c = s.charCodeAt(start);
      if ((c >= 48 && c <= 57) || c === 45) {
        // a number: the text says so, the parsed value need not be read
        at = numEnd(s, start);
        if (walkKeys.has(k)) o[k] = sawExponent ? exactLiteral(s.slice(start, at)) : s.slice(start, at);
      } else {
        at = walk(o[k], s, start);
        if (at < 0) return -1;
      }
    }
  }
  if (sep !== 44) at++; // empty
  return s.charCodeAt(at) === (array ? 93 : 125) ? at + 1 : -1;
}

/** End of the number literal at `i` (JSON.parse accepted it: only its extent is needed), or -1. Sets `sawExponent`. */
function numEnd(t: string, i: number): number {
  const start = i;
  let c = t.charCodeAt(i);
  if (!((c >= 48 && c <= 57) || c === 45)) return -1;
  do c = t.charCodeAt(++i);
  while ((c >= 48 && c <= 57) || c === 46);
  sawExponent = c === 101 || c === 69;
  return sawExponent ? numberEnd(t, start) : i;
}

/** Quotes the numeric literals of `keys` in any JSON text, walking it string by string (escapes, whitespace). */
function quoteExact(t: string, keys: ReadonlySet<string>): string {
  let out = "";
  let last = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (t.charCodeAt(i) !== 34) {
      i++;
      continue;
    }
    const close = stringEnd(t, i);
    let j = skipSpace(t, close + 1);
    if (t.charCodeAt(j) !== 58) {
      i = close + 1; // a string value, not a key
      continue;
    }
    j = skipSpace(t, j + 1);
    const c = t.charCodeAt(j);
    if (!((c >= 48 && c <= 57) || c === 45)) {
      i = j;
      continue;
    }
    const raw = t.slice(i, close + 1);
    const key = raw.indexOf("\\") < 0 ? raw.slice(1, -1) : (JSON.parse(raw) as string);
    const end = numberEnd(t, j);
    if (keys.has(key)) {
      out += `${t.slice(last, j)}"${exactLiteral(t.slice(j, end))}"`;
      last = end;
    }
    i = end;
  }
  return last === 0 ? t : out + t.slice(last);
}

/** Index of the quote closing the string that opens at `open` (skipping escaped quotes). */
export function stringEnd(t: string, open: number): number {
  let end = t.indexOf('"', open + 1);
  for (;;) {
    if (end < 0) throw new SyntaxError("unterminated string");
    let backslashes = 0;
    for (let k = end - 1; t.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = t.indexOf('"', end + 1);
  }
}

/** Index of the first non-whitespace character at or after `i`. */
export function skipSpace(t: string, i: number): number {
  let c = t.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
  return i;
}

/** End of the mantissa `-?(0|[1-9][0-9]*)(.[0-9]+)?` of a JSON number starting at `i`, or -1. */
function mantissaEnd(t: string, i: number): number {
  let c = t.charCodeAt(i);
  if (c === 45) c = t.charCodeAt(++i);
  if (c === 48) c = t.charCodeAt(++i);
  else if (c >= 49 && c <= 57) {
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  } else return -1;
  if (c === 46) {
    c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  return i;
}

/**
 * End of the JSON number literal starting at `i`, checked against the JSON grammar (quoting hides
 * the literal from JSON.parse, so it is validated here).
 */
export function numberEnd(t: string, i: number): number {
  i = mantissaEnd(t, i);
  if (i < 0) throw new SyntaxError("invalid number");
  let c = t.charCodeAt(i);
  if (c === 101 || c === 69) {
    c = t.charCodeAt(++i);
    if (c === 43 || c === 45) c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) throw new SyntaxError(`invalid number exponent at position ${i}`);
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  return i;
}

/** A valid JSON number literal as an exact plain decimal string (exponents expanded, within bounds). */
export function exactLiteral(raw: string): string {
  const e = raw.search(/[eE]/);
  if (e < 0) return raw;
  const digits = raw.slice(e + 1).replace(/^[-+]/, "");
  if (digits.length > 3 || Number(digits) > MAX_EXPONENT) {
    throw new SyntaxError(`money literal ${raw.slice(0, 40)} has an exponent beyond ${MAX_EXPONENT}`);
  }
  return expandExponent(raw);
}

/**
 * End of a JSON number literal without exponent (`0`, `-12`, `0.50`) starting at `i`, or -1 when the
 * literal is not one (the fast decoders then leave the frame to the exact path). An optional minus.
 */
export function plainNumberEnd(t: string, i: number): number {
  const end = mantissaEnd(t, i);
  const c = t.charCodeAt(end);
  // an exponent (or a second leading digit after 0) is for the exact path
  return end < 0 || c === 101 || c === 69 || (c >= 48 && c <= 57) ? -1 : end;
}

/**
 * Index of the quote closing the string whose text starts at `i` (just after its opening quote), or -1
 * when it has an escape or a control character (the fast decoders then leave the frame to the exact path).
 */
export function plainStringEnd(t: string, i: number): number {
  // one pass (a search for the quote first and then a check up to it read the text twice)
  for (let k = i; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 34) return k;
    if (c < 32 || c === 92) return -1;
  }
  return -1;
}

/**
 * Whether `t` has `lit` at `i`. The fast decoders test a literal this way: in Node 20 `startsWith`
 * costs about 4x as much as `indexOf` when the literal is there; when it is not, `indexOf` scans on
 * (so a miss costs a scan, and a miss sends the frame to the exact path, which reads it all anyway).
 */
export function hasAt(t: string, i: number, lit: string): boolean {
  return t.indexOf(lit, i) === i;
}
