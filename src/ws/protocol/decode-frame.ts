import { parseExactJson } from "../../util/exact-json.js";
import { decodeFlatFrame } from "./flat-frames.js";
import { WS_MONEY_KEYS } from "./money-keys.js";

/*
 * Lossless decoding of every WS v2 frame that is not a book/level3 data frame (those have their own
 * decoder in book/). Node 20's JSON.parse has no access to a number's source text. Measured on ticker
 * frames: a full JSON scanner in JS costs about 2x JSON.parse, quoting the money literals in the text
 * and then JSON.parse about 2.7x, JSON.parse and then patching the money fields from the text about
 * 1.7x, and reading Kraken's own layout directly about 0.8x. So:
 * - ticker and trade frames in Kraken's layout: flat-frames.ts, one pass, no JSON.parse;
 * - everything else: util/exact-json.ts (JSON.parse and a walk that puts the literals in, or for
 *   frames with whitespace or escapes, quoting the literals and then JSON.parse).
 */

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
  return parseExactJson(text, exactKeys);
}
