import { hasAt, plainNumberEnd, plainStringEnd } from "../../util/exact-json.js";

/*
 * The fast path for the high-rate market-data frames, `ticker` and `trade`, laid out the way Kraken
 * writes them: `{"channel":…,"type":…,"data":[{…},…]}` with no whitespace and each entry's fields in
 * Kraken's documented order. One pass over the text builds the message; money literals are slices of
 * the text (exact), other numbers are converted, strings are slices. This skips JSON.parse and the
 * second pass that puts the money literals back, which is most of the cost of a ticker frame. Any
 * deviation (another field, another order, whitespace, an escape, an exponent) returns undefined and
 * the caller takes the general path, so this path only has to be right, never complete.
 * @see https://docs.kraken.com/api/docs/websocket-v2/ticker
 */

const MONEY = 0;
const TEXT = 1;
const NUMBER = 2;
type Kind = typeof MONEY | typeof TEXT | typeof NUMBER;

/**
 * Per channel: each field's `{"key":` or `,"key":` prefix in the text and how its value is read, and a
 * function that makes the entry from the values in field order. One object literal per channel builds
 * the entry in one step with a fixed shape, where a store per field under a varying key was the
 * costliest part of the decoder.
 */
interface Template {
  readonly prefixes: readonly string[];
  readonly kinds: readonly Kind[];
  readonly make: (v: unknown[]) => Record<string, unknown>;
}

function template(
  fields: ReadonlyArray<readonly [string, Kind]>,
  make: (v: unknown[]) => Record<string, unknown>,
): Template {
  return {
    prefixes: fields.map(([k], n) => `${n === 0 ? "{" : ","}"${k}":`),
    kinds: fields.map(([, kind]) => kind),
    make,
  };
}

let templates: { ticker: Template; trade: Template } | undefined;

// Kraken's field order per channel, built on first use (so apps that never decode a frame, REST
// only, do not carry it). The keys of `make` are the keys of the list, in the same order.
function allTemplates(): { ticker: Template; trade: Template } {
  templates ??= {
    ticker: template(
      [
        ["symbol", TEXT],
        ["bid", MONEY],
        ["bid_qty", MONEY],
        ["ask", MONEY],
        ["ask_qty", MONEY],
        ["last", MONEY],
        ["volume", MONEY],
        ["vwap", MONEY],
        ["low", MONEY],
        ["high", MONEY],
        ["change", MONEY],
        ["change_pct", MONEY],
        ["timestamp", TEXT],
      ],
      (v) => ({
        symbol: v[0],
        bid: v[1],
        bid_qty: v[2],
        ask: v[3],
        ask_qty: v[4],
        last: v[5],
        volume: v[6],
        vwap: v[7],
        low: v[8],
        high: v[9],
        change: v[10],
        change_pct: v[11],
        timestamp: v[12],
      }),
    ),
    trade: template(
      [
        ["symbol", TEXT],
        ["side", TEXT],
        ["price", MONEY],
        ["qty", MONEY],
        ["ord_type", TEXT],
        ["trade_id", NUMBER],
        ["timestamp", TEXT],
      ],
      (v) => ({
        symbol: v[0],
        side: v[1],
        price: v[2],
        qty: v[3],
        ord_type: v[4],
        trade_id: v[5],
        timestamp: v[6],
      }),
    ),
  };
  return templates;
}

// Position after the last value read; decoding is synchronous, so one slot suffices.
let at = 0;

/**
 * Decodes a Kraken-laid-out `ticker` or `trade` frame (money values as exact decimal strings, like
 * `decodeWsFrame`), or returns undefined: take the general path.
 */
export function decodeFlatFrame(t: string): Record<string, unknown> | undefined {
  let channel: "ticker" | "trade";
  // the t of ticker and trade gates the scans of a miss (see hasAt)
  if (t.charCodeAt(12) !== 116) return undefined;
  if (hasAt(t, 0, '{"channel":"ticker')) channel = "ticker";
  else if (hasAt(t, 0, '{"channel":"trade')) channel = "trade";
  else return undefined;
  const fields = allTemplates()[channel];
  let i = 12 + channel.length;
  let type: string;
  if (hasAt(t, i, '","type":"update","data":[')) {
    type = "update";
    i += 26;
  } else if (hasAt(t, i, '","type":"snapshot","data":[')) {
    type = "snapshot";
    i += 28;
  } else return undefined;
  const data: Record<string, unknown>[] = [];
  for (;;) {
    const entry = flatObject(t, i, fields);
    if (entry === undefined) return undefined;
    data.push(entry);
    const c = t.charCodeAt(at);
    if (c === 93) break;
    if (c !== 44) return undefined;
    i = at + 1;
  }
  if (at + 2 !== t.length || t.charCodeAt(at + 1) !== 125) return undefined;
  return { channel, type, data };
}

// The values of the entry being read (decoding is synchronous, so one scratch array suffices).
const values: unknown[] = [];

/** `{…}` at `i` with exactly the template's fields in order; sets `at` after it. */
function flatObject(
  t: string,
  i: number,
  { prefixes, kinds, make }: Template,
): Record<string, unknown> | undefined {
  for (let f = 0; f < prefixes.length; f++) {
    const prefix = prefixes[f] as string;
    if (!hasAt(t, i, prefix)) return undefined;
    const start = i + prefix.length;
    const kind = kinds[f];
    if (kind === TEXT) {
      const end = t.charCodeAt(start) === 34 ? plainStringEnd(t, start + 1) : -1;
      if (end < 0) return undefined;
      values[f] = t.slice(start + 1, end);
      i = end + 1;
    } else {
      const end = plainNumberEnd(t, start);
      if (end < 0) return undefined;
      values[f] = kind === MONEY ? t.slice(start, end) : Number(t.slice(start, end));
      i = end;
    }
  }
  if (t.charCodeAt(i) !== 125) return undefined;
  at = i + 1;
  return make(values);
}
