import { expandExponent } from "../util/decimal.js";
import { isMoneyKeyAt, WS_MONEY_KEYS } from "./money-keys.js";

/*
 * Lossless decoding of every WS v2 frame that is not a book/level3 data frame (those have their own
 * scanner in book/). Node 20's JSON.parse has no access to a number's source text, so the numeric
 * literals of money keys (money-keys.ts) are wrapped in quotes in the frame text first, and the native
 * JSON.parse then does the real work. A full JSON scanner in JS (like book/json-scan.ts) measured about
 * twice as slow as JSON.parse on ticker frames; this quoting pass costs a fraction of that because it
 * only visits the `":` separators (indexOf) and never the characters in between.
 *
 * Two passes, chosen per frame:
 * - fast: frames without a backslash and without whitespace before a colon (everything Kraken sends).
 *   There every `"` delimits a string, so each `":` ends a key and the key starts at the previous `"`.
 * - exact: anything else; walks the frame string by string, honouring escapes and whitespace.
 */

// A key separated from its colon by whitespace would be missed by the fast pass (it looks for `":`).
const SPACE_BEFORE_COLON = /"\s+:/;
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
  const fast = text.indexOf("\\") < 0 && !SPACE_BEFORE_COLON.test(text);
  return JSON.parse(fast ? quoteFast(text) : quoteExact(text));
}

/** Quotes money literals of a frame with no backslash and no whitespace before a colon. */
function quoteFast(t: string): string {
  let out = "";
  let last = 0;
  let p = t.indexOf('":');
  while (p >= 0) {
    let i = p + 2;
    let c = t.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
    // most values are strings or objects: only a digit or minus needs the key looked up
    if ((c >= 48 && c <= 57) || c === 45) {
      let ks = p - 1;
      while (ks >= 0 && t.charCodeAt(ks) !== 34) ks--;
      if (isMoneyKeyAt(t, ks + 1, p)) {
        const end = numberEnd(t, i);
        out += `${t.slice(last, i)}"${money(t, i, end)}"`;
        last = end;
        i = end;
      }
    }
    p = t.indexOf('":', i);
  }
  return last === 0 ? t : out + t.slice(last);
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
  if (!sawExponent) return raw;
  const e = raw.search(/[eE]/);
  const digits = raw.slice(e + 1).replace(/^[-+]/, "");
  if (digits.length > 3 || Number(digits) > MAX_EXPONENT) {
    throw new SyntaxError(`money literal ${raw.slice(0, 40)} has an exponent beyond ${MAX_EXPONENT}`);
  }
  return expandExponent(raw);
}
