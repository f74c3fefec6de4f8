import { hasAt } from "../../util/exact-json.js";

/**
 * Frame decoding for the router. `book` and `level3` data frames go through the book decoder, every
 * other frame through `decodeWsFrame` (decode-frame.ts); both keep money values as exact decimal
 * strings. Then a cheap shape check per channel so a frame with a wrong field type becomes an error
 * event instead of a crash in consumer code.
 */

/** Decoder for book/level3 data frames: returns the message, or an Error describing the problem. */
export type BookDecoder = (text: string) => unknown;

/** Channel name of a book frame recognised by {@link isBookFrame}. */
export function bookChannelOf(text: string): "book" | "level3" {
  return hasAt(text, 0, '{"channel":"book"') || /"channel"\s*:\s*"book"/.test(text) ? "book" : "level3";
}

const PREFIX = '{"channel":"';
// Fallback for servers that do not put `channel` first: only consulted for frames without `method`.
const BOOK_ANYWHERE = /"channel"\s*:\s*"(?:book|level3)"/;

/** Whether `text` is a book or level3 push frame (Kraken writes `channel` first: a prefix test suffices). */
export function isBookFrame(text: string): boolean {
  // the channel's first letter picks the one prefix to test (and spares the other frames a scan)
  const c = text.charCodeAt(12);
  if (c === 98 && hasAt(text, 0, '{"channel":"book"')) return true;
  if (c === 108 && hasAt(text, 0, '{"channel":"level3"')) return true;
  if (hasAt(text, 0, PREFIX)) return false;
  return text.indexOf('"method"') < 0 && BOOK_ANYWHERE.test(text);
}

type Entry = Record<string, unknown>;
type Check = (d: Entry) => string | undefined;

// One function per channel with named property reads: this runs for every data entry of every frame,
// and named reads stay monomorphic where a generic `d[key]` helper would not.
const isNum = (v: unknown) => v === undefined || typeof v === "number";
// Money values are decimal strings (quoted by the decoder, or sent as strings): first character a digit
// or a minus sign. A full grammar check would cost more than the rest of the frame's handling.
const isDec = (v: unknown) => {
  if (v === undefined) return true;
  if (typeof v !== "string") return false;
  const c = v.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45;
};
const entryChecks: Record<string, Check> = {
  ticker: (d) =>
    typeof d.symbol !== "string"
      ? "symbol is not a string"
      : !isDec(d.bid)
        ? "bid is not a decimal string"
        : !isDec(d.ask)
          ? "ask is not a decimal string"
          : !isDec(d.last)
            ? "last is not a decimal string"
            : undefined,
  trade: (d) =>
    typeof d.symbol !== "string"
      ? "symbol is not a string"
      : !isDec(d.price)
        ? "price is not a decimal string"
        : !isDec(d.qty)
          ? "qty is not a decimal string"
          : typeof d.side !== "string"
            ? "side is not a string"
            : undefined,
  ohlc: (d) =>
    typeof d.symbol !== "string"
      ? "symbol is not a string"
      : !isDec(d.open)
        ? "open is not a decimal string"
        : !isDec(d.close)
          ? "close is not a decimal string"
          : !isNum(d.interval)
            ? "interval is not a number"
            : undefined,
  executions: (d) => (typeof d.order_id !== "string" ? "order_id is not a string" : undefined),
  balances: (d) =>
    typeof d.asset !== "string"
      ? "asset is not a string"
      : !isDec(d.balance)
        ? "balance is not a decimal string"
        : undefined,
  status: (d) => (typeof d.system !== "string" ? "system is not a string" : undefined),
};

/** Checks the shape of a push frame of a known data channel; returns a problem or undefined. */
export function checkPush(channel: string, msg: Record<string, unknown>): string | undefined {
  const type = msg.type;
  if (type !== "snapshot" && type !== "update")
    return `${channel}: type ${String(type)} is not snapshot/update`;
  const data = msg.data;
  if (channel === "instrument") {
    const d = data as Record<string, unknown> | null;
    if (typeof d !== "object" || d === null || !Array.isArray(d.assets) || !Array.isArray(d.pairs)) {
      return "instrument: data is not {assets, pairs}";
    }
    return undefined;
  }
  if (!Array.isArray(data)) return `${channel}: data is not an array`; // empty is valid (no open orders)
  if ((channel === "executions" || channel === "balances") && typeof msg.sequence !== "number") {
    return `${channel}: sequence is not a number`;
  }
  const check = entryChecks[channel];
  if (!check) return undefined;
  for (let i = 0; i < data.length; i++) {
    const d = data[i];
    if (typeof d !== "object" || d === null) return `${channel}: data entry is not an object`;
    const problem = check(d as Record<string, unknown>);
    if (problem) return `${channel}: ${problem}`;
  }
  return undefined;
}
