/**
 * Frame decoding for the router. `book` and `level3` data frames go through the lossless decoder so
 * prices and quantities stay exact strings; every other frame uses the native `JSON.parse` (fast; its
 * numbers are JS numbers, see types/channels.ts). Then a cheap shape check per channel so a frame
 * with a wrong field type becomes an error event instead of a crash in consumer code.
 */

/** Decoder for book/level3 data frames: returns the message, or an Error describing the problem. */
export type BookDecoder = (text: string) => unknown;

/** Channel name of a book frame recognised by {@link isBookFrame}. */
export function bookChannelOf(text: string): "book" | "level3" {
  return text.startsWith('{"channel":"book"') || /"channel"\s*:\s*"book"/.test(text) ? "book" : "level3";
}

const PREFIX = '{"channel":"';
// Fallback for servers that do not put `channel` first: only consulted for frames without `method`.
const BOOK_ANYWHERE = /"channel"\s*:\s*"(?:book|level3)"/;

/** Whether `text` is a book or level3 push frame (Kraken writes `channel` first: a prefix test suffices). */
export function isBookFrame(text: string): boolean {
  if (text.startsWith(PREFIX)) return text.startsWith('book"', 12) || text.startsWith('level3"', 12);
  return text.indexOf('"method"') < 0 && BOOK_ANYWHERE.test(text);
}

type Check = (d: Record<string, unknown>) => string | undefined;

const str = (d: Record<string, unknown>, k: string) =>
  typeof d[k] === "string" ? undefined : `${k} is not a string`;
const num = (d: Record<string, unknown>, k: string) =>
  d[k] === undefined || typeof d[k] === "number" ? undefined : `${k} is not a number`;

const entryChecks: Record<string, Check> = {
  ticker: (d) => str(d, "symbol") ?? num(d, "bid") ?? num(d, "ask") ?? num(d, "last"),
  trade: (d) => str(d, "symbol") ?? num(d, "price") ?? num(d, "qty") ?? str(d, "side"),
  ohlc: (d) => str(d, "symbol") ?? num(d, "open") ?? num(d, "close") ?? num(d, "interval"),
  executions: (d) => str(d, "order_id"),
  balances: (d) => str(d, "asset") ?? num(d, "balance"),
  status: (d) => str(d, "system"),
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
