import type { BookData, BookFrame, BookLevel } from "./types.js";

/*
 * The fast path for `book` frames laid out the way Kraken writes them: no whitespace, one data entry,
 * `{"price":…,"qty":…}` levels whose literals are plain unsigned decimals. It reads the frame front to
 * back once, taking each price and quantity as a slice of the text, and builds exactly what the
 * generic scanner would build. Any deviation (whitespace, escapes, exponents, signs, another key,
 * another key order inside a level) returns undefined and the caller takes the generic path, which
 * accepts all of JSON; so this path only has to be right, never complete.
 */

const HEAD = '{"channel":"book","type":"';
const DATA = ',"data":[{"symbol":"';
const UINT32_MAX = 4294967295;

// Position after the last token read; decoding is synchronous, so one slot suffices.
let at = 0;

/** Decodes a Kraken-laid-out `book` frame, or returns undefined (take the generic path). */
export function decodeKrakenBookLayout(t: string): BookFrame | undefined {
  if (!t.startsWith(HEAD)) return undefined;
  let i = HEAD.length;
  let type: "update" | "snapshot";
  if (t.startsWith('update"', i)) {
    type = "update";
    i += 7;
  } else if (t.startsWith('snapshot"', i)) {
    type = "snapshot";
    i += 9;
  } else return undefined;
  if (!t.startsWith(DATA, i)) return undefined;
  const symbol = plainString(t, i + DATA.length);
  if (symbol === undefined) return undefined;
  i = at;
  let bids: BookLevel[] | undefined;
  let asks: BookLevel[] | undefined;
  let checksum: number | undefined;
  let timestamp: string | undefined;
  // the entry's remaining keys, each at most once, in any order
  while (t.charCodeAt(i) === 44) {
    if (bids === undefined && t.startsWith('"bids":[', i + 1)) {
      bids = levels(t, i + 9);
      if (bids === undefined) return undefined;
    } else if (asks === undefined && t.startsWith('"asks":[', i + 1)) {
      asks = levels(t, i + 9);
      if (asks === undefined) return undefined;
    } else if (checksum === undefined && t.startsWith('"checksum":', i + 1)) {
      checksum = uint32(t, i + 12);
      if (checksum === undefined) return undefined;
    } else if (timestamp === undefined && t.startsWith('"timestamp":"', i + 1)) {
      timestamp = plainString(t, i + 14);
      if (timestamp === undefined) return undefined;
    } else return undefined;
    i = at;
  }
  if (i !== t.length - 3 || !t.endsWith("}]}")) return undefined;
  const entry: BookData = { symbol, bids: bids ?? [], asks: asks ?? [], checksum, timestamp };
  return { channel: "book", type, data: [entry] };
}

/** The string whose text starts at `i` (after its opening quote) when it has no escape or control character. */
function plainString(t: string, i: number): string | undefined {
  const end = t.indexOf('"', i);
  if (end < 0) return undefined;
  for (let k = i; k < end; k++) {
    const c = t.charCodeAt(k);
    if (c < 32 || c === 92) return undefined;
  }
  at = end + 1;
  return t.slice(i, end);
}

/** Levels from `i` (just after `[`) to the closing `]`: `{"price":P,"qty":Q}` separated by commas. */
function levels(t: string, i: number): BookLevel[] | undefined {
  const out: BookLevel[] = [];
  if (t.charCodeAt(i) === 93) {
    at = i + 1;
    return out;
  }
  for (;;) {
    if (!t.startsWith('{"price":', i)) return undefined;
    const pEnd = plainNumberEnd(t, i + 9);
    if (pEnd < 0 || !t.startsWith(',"qty":', pEnd)) return undefined;
    const qEnd = plainNumberEnd(t, pEnd + 7);
    if (qEnd < 0 || t.charCodeAt(qEnd) !== 125) return undefined;
    out.push({ price: t.slice(i + 9, pEnd), qty: t.slice(pEnd + 7, qEnd) });
    const next = t.charCodeAt(qEnd + 1);
    if (next === 93) {
      at = qEnd + 2;
      return out;
    }
    if (next !== 44) return undefined;
    i = qEnd + 2;
  }
}

/** End of a plain unsigned JSON number (`0`, `12`, `0.5`, `12.50`) starting at `i`, or -1. */
function plainNumberEnd(t: string, i: number): number {
  let c = t.charCodeAt(i);
  if (c === 48) c = t.charCodeAt(++i);
  else if (c >= 49 && c <= 57) {
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  } else return -1;
  if (c === 46) {
    c = t.charCodeAt(++i);
    if (!(c >= 48 && c <= 57)) return -1;
    do c = t.charCodeAt(++i);
    while (c >= 48 && c <= 57);
  }
  // an exponent (or a second leading digit after 0) is for the generic path
  return c === 101 || c === 69 || (c >= 48 && c <= 57) ? -1 : i;
}

/** An unsigned 32-bit integer literal from `i`, or undefined. */
function uint32(t: string, i: number): number | undefined {
  const end = plainNumberEnd(t, i);
  if (end < 0 || end - i > 10) return undefined;
  const raw = t.slice(i, end);
  if (raw.indexOf(".") >= 0) return undefined;
  const n = Number(raw);
  if (n > UINT32_MAX) return undefined;
  at = end;
  return n;
}
