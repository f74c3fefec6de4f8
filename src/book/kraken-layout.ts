import { plainNumberEnd, plainStringEnd } from "../util/exact-json.js";
import type { BookFrame, BookLevel } from "./types.js";

/*
 * The fast path for `book` frames laid out the way Kraken writes them: no whitespace, one data entry,
 * levels `{"price":…,"qty":…}` whose amounts are plain unsigned decimals. It reads the frame front to
 * back once, taking each amount as a slice of the text, and builds what the generic path would build.
 * Any deviation (whitespace, escapes, exponents, signs, another key or key order, a second entry)
 * returns undefined and the caller takes the generic path, which accepts all of JSON; so this path
 * only has to be right, never complete.
 */

const BOOK_HEAD = '{"channel":"book","type":"';
const UINT32_MAX = 4294967295;

// Position after the last token read; decoding is synchronous, so one slot suffices.
let at = 0;

/**
 * Decodes a Kraken-laid-out `book` frame, or returns undefined (take the generic path). `level3` frames
 * are not taken here: with their order ids and timestamps they are mostly strings, which JSON.parse
 * reads as fast as a layout reader would (measured within 5%).
 */
export function decodeKrakenBookLayout(t: string): BookFrame | undefined {
  let i = BOOK_HEAD.length;
  if (!t.startsWith(BOOK_HEAD)) return undefined;
  const update = t.startsWith('update","data":[{', i);
  if (update) i += 16;
  else if (t.startsWith('snapshot","data":[{', i)) i += 18;
  else return undefined;
  // i is at the `{` of the entry: the loop steps over it and then over each comma
  let symbol: string | undefined;
  let bids: BookLevel[] | undefined;
  let asks: BookLevel[] | undefined;
  let checksum: number | undefined;
  let timestamp: string | undefined;
  // the entry's keys, each at most once, in any order
  do {
    i++;
    if (symbol === undefined && t.startsWith('"symbol":"', i)) symbol = plainString(t, i + 10);
    else if (bids === undefined && t.startsWith('"bids":[', i)) bids = levels(t, i + 8);
    else if (asks === undefined && t.startsWith('"asks":[', i)) asks = levels(t, i + 8);
    else if (checksum === undefined && t.startsWith('"checksum":', i)) checksum = uint32(t, i + 11);
    else if (timestamp === undefined && t.startsWith('"timestamp":"', i)) timestamp = plainString(t, i + 13);
    else return undefined;
    if (at < 0) return undefined;
    i = at;
  } while (t.charCodeAt(i) === 44);
  if (symbol === undefined || i !== t.length - 3 || !t.endsWith("}]}")) return undefined;
  const entry = { symbol, bids: bids ?? [], asks: asks ?? [], checksum, timestamp };
  return { channel: "book", type: update ? "update" : "snapshot", data: [entry] };
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
