import { plainNumberEnd, plainStringEnd } from "../../util/exact-json.js";

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

/** Per channel: each field's key, its `{"key":` or `,"key":` prefix in the text, and how its value is read. */
type Template = ReadonlyArray<readonly [key: string, prefix: string, kind: Kind]>;

function template(fields: ReadonlyArray<readonly [string, Kind]>): Template {
  return fields.map(([k, kind], n) => [k, `${n === 0 ? "{" : ","}"${k}":`, kind] as const);
}

let templates: { ticker: Template; trade: Template } | undefined;

// Kraken's field order per channel, built on first use (so apps that never decode a frame, REST
// only, do not carry it).
function allTemplates(): { ticker: Template; trade: Template } {
  templates ??= {
    ticker: template([
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
    ]),
    trade: template([
      ["symbol", TEXT],
      ["side", TEXT],
      ["price", MONEY],
      ["qty", MONEY],
      ["ord_type", TEXT],
      ["trade_id", NUMBER],
      ["timestamp", TEXT],
    ]),
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
  if (t.startsWith('{"channel":"ticker')) channel = "ticker";
  else if (t.startsWith('{"channel":"trade')) channel = "trade";
  else return undefined;
  const fields = allTemplates()[channel];
  let i = 12 + channel.length;
  let type: string;
  if (t.startsWith('","type":"update","data":[', i)) {
    type = "update";
    i += 26;
  } else if (t.startsWith('","type":"snapshot","data":[', i)) {
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

/** `{…}` at `i` with exactly the template's fields in order; sets `at` after it. */
function flatObject(t: string, i: number, fields: Template): Record<string, unknown> | undefined {
  const o: Record<string, unknown> = {};
  for (let f = 0; f < fields.length; f++) {
    const [key, prefix, kind] = fields[f] as Template[number];
    if (!t.startsWith(prefix, i)) return undefined;
    const start = i + prefix.length;
    if (kind === TEXT) {
      const end = t.charCodeAt(start) === 34 ? plainStringEnd(t, start + 1) : -1;
      if (end < 0) return undefined;
      o[key] = t.slice(start + 1, end);
      i = end + 1;
    } else {
      const end = plainNumberEnd(t, start);
      if (end < 0) return undefined;
      o[key] = kind === MONEY ? t.slice(start, end) : Number(t.slice(start, end));
      i = end;
    }
  }
  if (t.charCodeAt(i) !== 125) return undefined;
  at = i + 1;
  return o;
}
