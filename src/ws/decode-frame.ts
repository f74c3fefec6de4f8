import { exactLiteral, numberEnd, parseExactJson } from "../util/exact-json.js";
import { decodeFlatFrame } from "./flat-frames.js";
import { WS_MONEY_KEYS } from "./money-keys.js";

/*
 * Lossless decoding of every WS v2 frame that is not a book/level3 data frame (those have their own
 * decoder in book/). Node 20's JSON.parse has no access to a number's source text. Measured on ticker
 * frames: a full JSON scanner in JS costs about 2x JSON.parse, quoting the
 * money literals in the text and then JSON.parse about 2.7x (building the new string is the expensive
 * part), JSON.parse and then patching the money fields from the text about 1.7x. So:
 * - fast path (compact frames without a backslash: everything Kraken sends): JSON.parse, then `walk`
 *   goes through the parsed value and the text in step, member by member, and puts the money literals
 *   in. The text of each key and string is known from the parsed value, so only numbers are scanned:
 *   about 30% cheaper than searching each money key's `"key":` in the text;
 * - exact path (escapes, whitespace, or whenever the walk finds the text not where it expects it):
 *   util/exact-json.ts quotes the money literals walking the text string by string, then JSON.parse.
 */

// Set by numEnd for the literal it just scanned (decoding is synchronous, so one slot suffices).
let sawExponent = false;

// The money keys plus `status.connection_id`, an id above 2^53 that a float would round: kept as its
// digits too. Built on first use, so that REST-only apps do not carry it.
let exactKeys: ReadonlySet<string> | undefined;

/**
 * Parses one WS v2 frame like `JSON.parse`, except that the numeric literal of every money key
 * (`WS_MONEY_KEYS`: price, qty, bid, last, cum_cost, balance, fee, ...) becomes an exact decimal
 * string: a plain literal exactly as sent (`0.10000000` stays `"0.10000000"`), an exponent literal
 * expanded exactly (`1e-8` becomes `"0.00000001"`). `status.connection_id` (an id above 2^53) is
 * kept as its digits too. Other numbers stay JS numbers. Values Kraken already sent as strings are
 * left alone.
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
  const flat = decodeFlatFrame(text);
  if (flat !== undefined) return flat;
  exactKeys ??= new Set([...WS_MONEY_KEYS, "connection_id"]);
  if (text.indexOf("\\") < 0) {
    const value: unknown = JSON.parse(text);
    if (walk(value, text, 0) === text.length) return value;
  }
  return parseExactJson(text, exactKeys);
}

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
        if ((exactKeys as ReadonlySet<string>).has(k))
          o[k] = sawExponent ? exactLiteral(s.slice(start, at)) : s.slice(start, at);
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
