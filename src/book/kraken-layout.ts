import { plainNumberEnd, plainStringEnd } from "../util/exact-json.js";
import type { BookLevel, BookMessage, Level3Order } from "./types.js";

/*
 * The fast path for `book` and `level3` frames laid out the way Kraken writes them: no whitespace, one
 * data entry, levels `{"price":…,"qty":…}` and orders `{["event":…,]"order_id":…,"limit_price":…,
 * "order_qty":…,"timestamp":…}` whose amounts are plain unsigned decimals. It reads the frame front to
 * back once, taking each amount as a slice of the text, and builds what the generic path would build.
 * Any deviation (whitespace, escapes, exponents, signs, another key or key order, a second entry)
 * returns undefined and the caller takes the generic path, which accepts all of JSON; so this path
 * only has to be right, never complete.
 */

const BOOK_HEAD = '{"channel":"book","type":"';
const LEVEL3_HEAD = '{"channel":"level3","type":"';
const UINT32_MAX = 4294967295;

// Position after the last token read; decoding is synchronous, so one slot suffices.
let at = 0;

/** Decodes a Kraken-laid-out `book` or `level3` frame, or returns undefined (take the generic path). */
export function decodeKrakenBookLayout(t: string): BookMessage | undefined {
  let i = BOOK_HEAD.length;
  const l3 = !t.startsWith(BOOK_HEAD);
  if (l3) {
    if (!t.startsWith(LEVEL3_HEAD)) return undefined;
    i = LEVEL3_HEAD.length;
  }
  const update = t.startsWith('update","data":[{', i);
  if (update) i += 16;
  else if (t.startsWith('snapshot","data":[{', i)) i += 18;
  else return undefined;
  // i is at the `{` of the entry: the loop steps over it and then over each comma
  let symbol: string | undefined;
  let bids: BookLevel[] | Level3Order[] | undefined;
  let asks: BookLevel[] | Level3Order[] | undefined;
  let checksum: number | undefined;
  let timestamp: string | undefined;
  // the entry's keys, each at most once, in any order
  do {
    i++;
    if (symbol === undefined && t.startsWith('"symbol":"', i)) symbol = plainString(t, i + 10);
    else if (bids === undefined && t.startsWith('"bids":[', i))
      bids = l3 ? orders(t, i + 8, update) : levels(t, i + 8);
    else if (asks === undefined && t.startsWith('"asks":[', i))
      asks = l3 ? orders(t, i + 8, update) : levels(t, i + 8);
    else if (checksum === undefined && t.startsWith('"checksum":', i)) checksum = uint32(t, i + 11);
    else if (timestamp === undefined && t.startsWith('"timestamp":"', i)) timestamp = plainString(t, i + 13);
    else return undefined;
    if (at < 0) return undefined;
    i = at;
  } while (t.charCodeAt(i) === 44);
  if (symbol === undefined || i !== t.length - 3 || !t.endsWith("}]}")) return undefined;
  const entry = { symbol, bids: bids ?? [], asks: asks ?? [], checksum, timestamp };
  return {
    channel: l3 ? "level3" : "book",
    type: update ? "update" : "snapshot",
    data: [entry],
  } as BookMessage;
}

/** The string whose text starts at `i` (after its opening quote) if it has no escape or control character. */
function plainString(t: string, i: number): string {
  const end = plainStringEnd(t, i);
  at = end < 0 ? -1 : end + 1;
  return t.slice(i, end);
}

/** Levels `{"price":P,"qty":Q}` from `i` (just after `[`) to the closing `]`; `at` is -1 on any deviation. */
function levels(t: string, i: number): BookLevel[] {
  const out: BookLevel[] = [];
  at = -1;
  if (t.charCodeAt(i) === 93) {
    at = i + 1;
    return out;
  }
  for (;;) {
    if (!lit(t, i, '{"price":')) return out;
    const pEnd = unsignedEnd(t, i + 9);
    if (pEnd < 0 || !lit(t, pEnd, ',"qty":')) return out;
    const qEnd = unsignedEnd(t, pEnd + 7);
    if (qEnd < 0 || t.charCodeAt(qEnd) !== 125) return out;
    out.push({ price: t.slice(i + 9, pEnd), qty: t.slice(pEnd + 7, qEnd) });
    const next = t.charCodeAt(qEnd + 1);
    if (next === 93) {
      at = qEnd + 2;
      return out;
    }
    if (next !== 44) return out;
    i = qEnd + 2;
  }
}

/** Whether `t` has `s` at `i`: a plain loop, cheaper than startsWith for the short keys read per level. */
function lit(t: string, i: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (t.charCodeAt(i + k) !== s.charCodeAt(k)) return false;
  return true;
}

/** Orders from `i` (just after `[`) to the closing `]`; `at` is -1 on any deviation. */
function orders(t: string, i: number, update: boolean): Level3Order[] {
  const out: Level3Order[] = [];
  if (t.charCodeAt(i) === 93) {
    at = i + 1;
    return out;
  }
  for (;;) {
    const item = order(t, i, update);
    const next = t.charCodeAt(at);
    if (item === undefined || (next !== 93 && next !== 44)) break;
    out.push(item);
    if (next === 93) {
      at++;
      return out;
    }
    i = at + 1;
  }
  at = -1;
  return out;
}

/** `{["event":E,]"order_id":S,"limit_price":P,"order_qty":Q,"timestamp":S}` at `i`; update orders need an event. */
function order(t: string, i: number, update: boolean): Level3Order | undefined {
  let event: string | undefined;
  if (t.startsWith('{"event":"', i)) {
    event = plainString(t, i + 10);
    if (at < 0 || (event !== "add" && event !== "modify" && event !== "delete")) return undefined;
    i = at;
  } else if (update) return undefined;
  if (!t.startsWith(event === undefined ? '{"order_id":"' : ',"order_id":"', i)) return undefined;
  const order_id = plainString(t, i + 13);
  if (at < 0 || !t.startsWith(',"limit_price":', at)) return undefined;
  const pStart = at + 15;
  const pEnd = unsignedEnd(t, pStart);
  if (pEnd < 0 || !t.startsWith(',"order_qty":', pEnd)) return undefined;
  const qEnd = unsignedEnd(t, pEnd + 13);
  if (qEnd < 0 || !t.startsWith(',"timestamp":"', qEnd)) return undefined;
  const timestamp = plainString(t, qEnd + 14);
  if (at < 0 || t.charCodeAt(at) !== 125) return undefined;
  at++;
  const limit_price = t.slice(pStart, pEnd);
  const order_qty = t.slice(pEnd + 13, qEnd);
  return event === undefined
    ? { order_id, limit_price, order_qty, timestamp }
    : { event: event as Level3Order["event"], order_id, limit_price, order_qty, timestamp };
}

/** End of a plain unsigned JSON number (`0`, `12`, `0.5`, `12.50`) starting at `i`, or -1. */
function unsignedEnd(t: string, i: number): number {
  return t.charCodeAt(i) === 45 ? -1 : plainNumberEnd(t, i);
}

/** An unsigned 32-bit integer literal from `i` (sets `at`, -1 when it is not one). */
function uint32(t: string, i: number): number {
  const end = unsignedEnd(t, i);
  at = -1;
  if (end < 0 || end - i > 10) return 0;
  const raw = t.slice(i, end);
  const n = Number(raw);
  if (raw.indexOf(".") >= 0 || n > UINT32_MAX) return 0;
  at = end;
  return n;
}
