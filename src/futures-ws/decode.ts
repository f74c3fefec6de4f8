// Lossless decoding of Derivatives WebSocket v1 frames: every money number becomes its exact digits.
import { parseExactJson } from "../util/exact-json.js";
import { parseExactJsonDeep } from "../util/exact-json-deep.js";

/**
 * Keys whose numbers are prices, sizes, balances or rates in some v1 feed (from Kraken's feed pages).
 * @example
 * FUTURES_WS_MONEY_KEYS.has("markPrice"); // true: read as an exact decimal string
 */
export const FUTURES_WS_MONEY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "price",
  "qty",
  "bid",
  "ask",
  "bid_size",
  "ask_size",
  "volume",
  "volumeQuote",
  "index",
  "premium",
  "last",
  "lastSize",
  "change",
  "open",
  "high",
  "low",
  "markPrice",
  "openInterest",
  "funding_rate",
  "funding_rate_prediction",
  "relative_funding_rate",
  "relative_funding_rate_prediction",
  "filled",
  "limit_price",
  "stop_price",
  "balance",
  "entry_price",
  "mark_price",
  "index_price",
  "pnl",
  "liquidation_threshold",
  "return_on_equity",
  "unrealized_funding",
  "effective_leverage",
  "initial_margin",
  "initial_margin_with_orders",
  "maintenance_margin",
  "remaining_order_qty",
  "fee_paid",
  "old_balance",
  "new_balance",
  "old_average_entry_price",
  "new_average_entry_price",
  "trade_price",
  "realized_pnl",
  "fee",
  "realized_funding",
  "conversion_spread_percentage",
  "liquidation_fee",
  "portfolio_value",
  "available",
  "futures_cash_value",
  "futures_upnl_cash_value",
]);

// balances carries money inside maps (currency -> amount, wallet name -> wallet): every number there.
const DEEP_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["holding", "futures", "flex_futures"]);

/** A decoded v1 frame: a JSON object with `feed` or `event`. */
export type FuturesFrame = { readonly feed?: string; readonly event?: string } & Record<string, unknown>;

/** How a `book` update in Kraken's field order starts. */
export const BOOK_PREFIX = '{"feed":"book","product_id":"';

/**
 * Decodes one frame. `book` updates in Kraken's field order take a scanner that skips JSON.parse;
 * anything else goes through the exact reader. Returns undefined when the text is not a JSON object.
 * @throws SyntaxError when the text is not valid JSON
 */
export function decodeFuturesFrame(text: string): FuturesFrame | undefined {
  if (text.startsWith(BOOK_PREFIX)) {
    const fast = scanBookUpdate(text);
    if (fast) return fast;
  }
  const value =
    text.indexOf('"feed":"balances') >= 0
      ? parseExactJsonDeep(text, FUTURES_WS_MONEY_KEYS, DEEP_KEYS)
      : parseExactJson(text, FUTURES_WS_MONEY_KEYS);
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as FuturesFrame)
    : undefined;
}

// The product of the last scanned update; a raw NUL, which valid JSON never holds, matches nothing.
let lastProduct = "\u0000";

/**
 * Reads `{"feed":"book","product_id":"P","side":"buy","seq":1,"price":1.5,"qty":2,"timestamp":3}`
 * without JSON.parse; undefined for any other layout (the exact reader then takes it).
 */
export function scanBookUpdate(t: string): FuturesFrame | undefined {
  let i = BOOK_PREFIX.length;
  let product_id = lastProduct;
  // A feed repeats one product: the same string again skips a slice and, as a map key, its hashing.
  if (t.startsWith(product_id, i) && t.charCodeAt(i + product_id.length) === 34) i += product_id.length;
  else {
    const pEnd = t.indexOf('"', i);
    if (pEnd < 0) return undefined;
    product_id = t.slice(i, pEnd);
    if (product_id.includes("\\")) return undefined; // an escape: the exact reader decodes it
    lastProduct = product_id;
    i = pEnd;
  }
  if (!t.startsWith('","side":"', i)) return undefined;
  i += 10;
  let side: "buy" | "sell";
  if (t.startsWith('buy"', i)) {
    side = "buy";
    i += 3;
  } else if (t.startsWith('sell"', i)) {
    side = "sell";
    i += 4;
  } else return undefined;
  if (!t.startsWith('","seq":', i)) return undefined;
  i += 8;
  let seq = 0;
  let c = t.charCodeAt(i);
  if (c < 48 || c > 57) return undefined;
  while (c >= 48 && c <= 57) {
    seq = seq * 10 + c - 48;
    c = t.charCodeAt(++i);
  }
  if (!t.startsWith(',"price":', i)) return undefined;
  i += 9;
  const priceEnd = plainEnd(t, i);
  if (priceEnd < 0) return undefined;
  const price = t.slice(i, priceEnd);
  i = priceEnd;
  if (!t.startsWith(',"qty":', i)) return undefined;
  i += 7;
  const qtyEnd = plainEnd(t, i);
  if (qtyEnd < 0) return undefined;
  const qty = t.slice(i, qtyEnd);
  i = qtyEnd;
  if (!t.startsWith(',"timestamp":', i)) return undefined;
  i += 13;
  let timestamp = 0;
  c = t.charCodeAt(i);
  if (c < 48 || c > 57) return undefined;
  while (c >= 48 && c <= 57) {
    timestamp = timestamp * 10 + c - 48;
    c = t.charCodeAt(++i);
  }
  if (i !== t.length - 1 || c !== 125) return undefined;
  return { feed: "book", product_id, side, seq, price, qty, timestamp };
}

function intEnd(t: string, i: number): number {
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return i;
}

// A non-negative decimal literal without exponent (`12`, `0.5`); -1 for anything else (the slow path
// handles signs, exponents and odd forms exactly).
function plainEnd(t: string, i: number): number {
  const start = i;
  i = intEnd(t, i);
  if (i === start) return -1;
  if (t.charCodeAt(i) === 46) {
    const f = intEnd(t, i + 1);
    if (f === i + 1) return -1;
    i = f;
  }
  const c = t.charCodeAt(i);
  if (c === 101 || c === 69) return -1;
  return i;
}
