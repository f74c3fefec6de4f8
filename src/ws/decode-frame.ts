import { expandExponent } from "../util/decimal.js";
import { WS_MONEY_KEYS } from "./money-keys.js";

/*
 * Lossless decoding of every WS v2 frame that is not a book/level3 data frame (those have their own
 * scanner in book/). Node 20's JSON.parse has no access to a number's source text. Measured on ticker
 * frames: a full JSON scanner in JS (like book/json-scan.ts) costs about 2x JSON.parse, quoting the
 * money literals in the text and then JSON.parse about 2.7x (building the new string is the expensive
 * part), JSON.parse and then patching the money fields from the text about 1.8x. So:
 * - fast path (frames without a backslash: everything Kraken sends): JSON.parse, then `patch` puts
 *   the literals in, searching each money key's `"key":` in the text in step with the parsed object;
 * - exact path (escapes, or whenever the fast path cannot prove its correspondence): quote the money
 *   literals walking the text string by string, then JSON.parse.
 */

// Money values are prices and quantities: a few dozen digits at most. "1e999999" must not become a
// megabyte of zeros.
const MAX_EXPONENT = 40;

// Set by numberEnd for the literal it just scanned (decoding is synchronous, so one slot suffices).
let sawExponent = false;

/**
 * Parses one WS v2 frame like `JSON.parse`, except that the numeric literal of every money key
 * (`WS_MONEY_KEYS`: price, qty, bid, last, cum_cost, balance, fee, ...) becomes an exact decimal
 * string: a plain literal exactly as sent (`0.10000000` stays `"0.10000000"`), an exponent literal
 * expanded exactly (`1e-8` becomes `"0.00000001"`). Other numbers stay JS numbers. Values Kraken
 * already sent as strings are left alone.
 *
 * @param text the raw text of one frame
 * @returns the parsed value
 * @throws SyntaxError when the text is not valid JSON (or a money exponent is absurdly large)
 * @example
 * const msg = decodeWsFrame('{"channel":"trade","type":"update","data":[{"symbol":"PEPE/USD",' +
 *   '"qty":1234567890123.45678,"price":0.00000001234,"trade_id":42}]}') as TradeMessage;
 * msg.data[0].qty; // "1234567890123.45678"
 * msg.data[0].trade_id; // 42
 */
export function decodeWsFrame(text: string): unknown {
  if (text.indexOf("\\") < 0) {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return value;
    src = text;
    cursor = 0;
    let ok: boolean;
    try {
      ok = patchValue(value);
    } finally {
      src = ""; // do not keep the frame alive
    }
    if (ok) return value;
  }
  return JSON.parse(quoteExact(text));
}

// `"key":` for every money key: what the fast path searches for. Built on first use, so that a
// REST-only app, which never decodes a frame, does not carry it (a module-level call is not tree-shaken).
let needles: Map<string, string> | undefined;
function needleOf(key: string): string | undefined {
  needles ??= new Map([...WS_MONEY_KEYS].map((k) => [k, `"${k}":`]));
  return needles.get(key);
}

// The frame being patched and the position after the last money literal taken from it.
let src = "";
let cursor = 0;

/**
 * Replaces the money numbers of a JSON.parse result with their literals from `src`. Walks the value
 * in insertion order, which is the text order of its keys, and takes each money field's literal from
 * the next `"key":` followed by a number (`src` has no backslash, so every `"` delimits a string and
 * `"key":` cannot occur inside one). Returns false when the order cannot be trusted (an array-index
 * key: JSON.parse moves those first) or a literal is missing (whitespace before a colon); the caller
 * then takes the exact path. With duplicate keys (never sent by Kraken, and JSON leaves them undefined)
 * the literal of another occurrence of the same key may be used: still digits from the wire, never a float.
 */
function patch(o: Record<string, unknown>): boolean {
  for (const k in o) {
    const c0 = k.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) return false;
    const v = o[k];
    if (typeof v === "number") {
      const needle = needleOf(k);
      if (needle === undefined) continue;
      let start: number;
      let c: number;
      do {
        // usually the key follows the previous money literal directly: skip the (costlier) search
        const at =
          src.charCodeAt(cursor) === 44 && src.startsWith(needle, cursor + 1)
            ? cursor + 1
            : src.indexOf(needle, cursor);
        if (at < 0) return false;
        start = skipSpace(src, at + needle.length);
        cursor = start;
        c = src.charCodeAt(start);
      } while (!((c >= 48 && c <= 57) || c === 45)); // that occurrence held a string or an object
      // JSON.parse accepted the text, so this is a valid number literal: find its end cheaply
      let end = start + 1;
      c = src.charCodeAt(end);
      while ((c >= 48 && c <= 57) || c === 46) c = src.charCodeAt(++end);
      if (c === 101 || c === 69) {
        end = numberEnd(src, start);
        o[k] = expanded(src.slice(start, end));
      } else o[k] = src.slice(start, end);
      cursor = end;
    } else if (typeof v === "object" && v !== null && !patchValue(v)) return false;
  }
  return true;
}

function patchValue(v: object): boolean {
  if (!Array.isArray(v)) return patch(v as Record<string, unknown>);
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (typeof e === "object" && e !== null && !patchValue(e)) return false;
  }
  return true;
}

/** Quotes money literals of any JSON text, walking it string by string (escapes, whitespace). */
function quoteExact(t: string): string {
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
    if (WS_MONEY_KEYS.has(key)) {
      out += `${t.slice(last, j)}"${money(t, j, end)}"`;
      last = end;
    }
    i = end;
  }
  return last === 0 ? t : out + t.slice(last);
}

/** Index of the quote closing the string that opens at `open` (skipping escaped quotes). */
function stringEnd(t: string, open: number): number {
  let end = t.indexOf('"', open + 1);
  for (;;) {
    if (end < 0) throw new SyntaxError("unterminated string");
    let backslashes = 0;
    for (let k = end - 1; t.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = t.indexOf('"', end + 1);
  }
}

function skipSpace(t: string, i: number): number {
  let c = t.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
  return i;
}

/**
 * End of the JSON number literal starting at `i`, checked against the JSON grammar (quoting hides
 * the literal from JSON.parse, so it is validated here). Sets `sawExponent`.
 */
function numberEnd(t: string, i: number): number {
  let c = t.charCodeAt(i);
  if (c === 45) c = t.charCodeAt(++i);
  if (c === 48) c = t.charCodeAt(++i);
  else if (c >= 49 && c <= 57) {
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  } else throw new SyntaxError(`invalid number at position ${i}`);
  if (c === 46) {
    c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) throw new SyntaxError(`invalid number at position ${i}`);
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  sawExponent = c === 101 || c === 69;
  if (sawExponent) {
    c = t.charCodeAt(++i);
    if (c === 43 || c === 45) c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) throw new SyntaxError(`invalid number exponent at position ${i}`);
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  return i;
}

/** The money literal just scanned by numberEnd as an exact plain decimal string. */
function money(t: string, start: number, end: number): string {
  const raw = t.slice(start, end);
  return sawExponent ? expanded(raw) : raw;
}

/** An exponent literal expanded to plain digits, within a sane exponent range. */
function expanded(raw: string): string {
  const e = raw.search(/[eE]/);
  const digits = raw.slice(e + 1).replace(/^[-+]/, "");
  if (digits.length > 3 || Number(digits) > MAX_EXPONENT) {
    throw new SyntaxError(`money literal ${raw.slice(0, 40)} has an exponent beyond ${MAX_EXPONENT}`);
  }
  return expandExponent(raw);
}
