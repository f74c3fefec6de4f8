import { KrakenBookDecodeError } from "../errors/book.js";
import { expandExponent } from "../util/decimal.js";
import { parseExactJson } from "../util/exact-json.js";
import { decodeKrakenBookLayout, UINT32_MAX } from "./kraken-layout.js";
import type { BookFrameType, BookMessage } from "./types.js";

// Kraken sends prices and quantities as JSON numbers. JSON.parse would turn them into doubles
// ("0.10000000" -> 0.1, long quantities rounded), and Node 20 has no JSON.parse source access. Frames
// laid out the way Kraken writes them take a one-pass fast path (kraken-layout.ts, faster than
// JSON.parse); anything else (level3 frames among them) goes through util/exact-json (JSON.parse, then
// the amount literals put back from the text) and its shape is checked here.
const MAX_EXPONENT = 40;
const AMOUNT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "price",
  "qty",
  "limit_price",
  "order_qty",
]);

/**
 * Decodes a WS v2 `book` or `level3` frame losslessly: `price`, `qty`, `limit_price` and
 * `order_qty` come out as exact plain decimal strings taken from the frame text (exponent literals
 * such as `1e-8` are expanded to `"0.00000001"`; no float is ever involved). Other fields are
 * decoded normally. Never throws: a malformed frame yields a {@link KrakenBookDecodeError}.
 *
 * @param text the raw text of one WebSocket frame
 * @returns the typed frame, or the error describing why it could not be decoded
 * @see https://docs.kraken.com/api/docs/websocket-v2/book
 * @example
 * const msg = decodeBookMessage('{"channel":"book","type":"update","data":[{"symbol":"BTC/USD",' +
 *   '"bids":[{"price":45283.5,"qty":0.10000000}],"asks":[],"checksum":3310070434,"timestamp":"2023-10-06T17:35:55.440295Z"}]}');
 * if (!(msg instanceof KrakenBookDecodeError)) msg.data[0].bids[0].qty; // "0.10000000"
 */
export function decodeBookMessage(text: string): BookMessage | KrakenBookDecodeError {
  const fast = decodeKrakenBookLayout(text);
  if (fast !== undefined) return fast;
  let parsed: unknown;
  try {
    parsed = parseExactJson(text, AMOUNT_KEYS);
  } catch {
    // a SyntaxError, or a RangeError from absurd nesting: either way not a book frame
    return fail("book frame is not valid JSON", text);
  }
  if (typeof parsed !== "object" || parsed === null) return fail("book frame is not an object", text);
  const frame = parsed as Record<string, unknown>;
  const channel = frame.channel;
  if (channel !== "book" && channel !== "level3") return fail(`unexpected channel ${String(channel)}`, text);
  const type = frame.type;
  if (type !== "snapshot" && type !== "update") return fail(`unexpected frame type ${String(type)}`, text);
  const data = frame.data;
  if (!Array.isArray(data)) return fail("book frame without a data array", text);
  for (let i = 0; i < data.length; i++) {
    const problem = checkEntry(data[i], channel, type);
    if (problem !== undefined) {
      const symbol = (data[i] as { symbol?: unknown } | null)?.symbol;
      return fail(problem, text, typeof symbol === "string" ? symbol : undefined);
    }
  }
  return frame as unknown as BookMessage;
}

function fail(message: string, text: string, symbol?: string): KrakenBookDecodeError {
  return new KrakenBookDecodeError(message, text, symbol);
}

/** Validates one data element in place (normalising amounts); returns a problem or undefined. */
function checkEntry(entry: unknown, channel: "book" | "level3", type: BookFrameType): string | undefined {
  if (typeof entry !== "object" || entry === null) return "data entry is not an object";
  const e = entry as Record<string, unknown>;
  if (typeof e.symbol !== "string") return "data entry without a symbol";
  const checksum = e.checksum;
  if (checksum !== undefined) {
    if (!Number.isInteger(checksum) || (checksum as number) < 0 || (checksum as number) > UINT32_MAX) {
      return `${e.symbol}: checksum is not an unsigned 32-bit integer`;
    }
  }
  if (e.timestamp !== undefined && typeof e.timestamp !== "string")
    return `${e.symbol}: timestamp is not a string`;
  for (const side of ["bids", "asks"] as const) {
    const list = e[side];
    if (list === undefined) {
      e[side] = [];
      continue;
    }
    if (!Array.isArray(list)) return `${e.symbol}: ${side} is not an array`;
    const problem = checkItems(list, channel === "level3", type === "update");
    if (problem !== undefined) return `${e.symbol}: ${side}: ${problem}`;
  }
  return undefined;
}

const LEVEL_AMOUNTS = ["price", "qty"] as const;
const ORDER_AMOUNTS = ["limit_price", "order_qty"] as const;

/** Validates the levels (`book`) or orders (`level3`) of one side in place; returns a problem or undefined. */
function checkItems(list: unknown[], level3: boolean, isUpdate: boolean): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Record<string, unknown> | null;
    if (typeof item !== "object" || item === null) return `${level3 ? "order" : "level"} is not an object`;
    if (level3 && typeof item.order_id !== "string") return "order without an order_id";
    for (const k of level3 ? ORDER_AMOUNTS : LEVEL_AMOUNTS) {
      const v = plainDecimal(item[k]);
      if (v === undefined) return `${k} ${show(item[k])} is not a non-negative decimal`;
      if (v !== item[k]) item[k] = v;
    }
    if (!level3) continue;
    if (item.timestamp !== undefined && typeof item.timestamp !== "string")
      return "order timestamp is not a string";
    const event = item.event;
    if (event !== undefined || isUpdate) {
      if (event !== "add" && event !== "modify" && event !== "delete")
        return `unknown order event ${show(event)}`;
    }
  }
  return undefined;
}

function show(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** A non-negative decimal literal; the exponent (group 1) has at most 3 digits. */
const PLAIN_OR_EXPONENT = /^\d+(?:\.\d+)?(?:[eE]([-+]?\d{1,3}))?$/;

/**
 * Returns `v` as a plain non-negative decimal string (exponent expanded), or undefined when it is
 * not one. Amount literals were quoted by the exact parse, so a non-string (an object, null, ...) is
 * rejected rather than converted through a float. Only frames off the fast path come here.
 */
function plainDecimal(v: unknown): string | undefined {
  if (typeof v !== "string") return undefined;
  const m = PLAIN_OR_EXPONENT.exec(v);
  if (m === null) return undefined;
  if (m[1] === undefined) return v;
  // Bound the exponent: Kraken's amounts need a few dozen digits at most, and "1e999999" must not
  // expand into a megabyte string.
  return Number(m[1].replace(/^[-+]/, "")) > MAX_EXPONENT ? undefined : expandExponent(v);
}
