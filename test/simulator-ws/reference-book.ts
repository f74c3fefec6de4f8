/**
 * An independent reference for Kraken's book checksums, used to check the simulator's frames. It
 * shares no code with src/: numbers are cut out of the raw frame text with a regex, padded to the
 * pair precision with string operations, and hashed with node:zlib's crc32.
 */
import { crc32 } from "node:zlib";

/** Pads a plain decimal literal to exactly `prec` decimals (string ops only). */
export function pad(lit: string, prec: number): string {
  if (!/^\d+(\.\d+)?$/.test(lit)) throw new Error(`not a plain decimal literal: ${lit}`);
  const [int, rawFrac = ""] = lit.split(".");
  // A float-looking whole value ("740.0") may carry a zero beyond the precision; nothing else may.
  const frac = rawFrac.length > prec && /^0+$/.test(rawFrac.slice(prec)) ? rawFrac.slice(0, prec) : rawFrac;
  if (frac.length > prec) throw new Error(`more digits than precision: ${lit} (${prec})`);
  return prec === 0 ? int! : `${int}.${frac.padEnd(prec, "0")}`;
}

/** Checksum token: padded, point removed, leading zeros stripped. */
export function token(lit: string, prec: number): string {
  return pad(lit, prec).replace(".", "").replace(/^0+/, "");
}

/** Compares two plain decimal literals by value. */
export function cmpLit(a: string, b: string): number {
  const scale = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  const x = BigInt(pad(a, scale).replace(".", ""));
  const y = BigInt(pad(b, scale).replace(".", ""));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** CRC32 of the concatenated asks then bids tokens (each side best first, top 10). */
export function referenceChecksum(
  asks: Array<[string, string]>,
  bids: Array<[string, string]>,
  pricePrec: number,
  qtyPrec: number,
): number {
  let s = "";
  for (const [p, q] of asks.slice(0, 10)) s += token(p, pricePrec) + token(q, qtyPrec);
  for (const [p, q] of bids.slice(0, 10)) s += token(p, pricePrec) + token(q, qtyPrec);
  return crc32(Buffer.from(s, "ascii")) >>> 0;
}

/** Pulls `[price, qty]` literals of one side out of a raw `book` frame. */
export function levelsFromText(text: string, side: "bids" | "asks"): Array<[string, string]> {
  const m = new RegExp(`"${side}":\\[(.*?)\\]`).exec(text);
  if (!m) throw new Error(`no ${side} in ${text}`);
  const out: Array<[string, string]> = [];
  for (const l of m[1]!.matchAll(/\{"price":([^,}]+),"qty":([^,}]+)\}/g)) out.push([l[1]!, l[2]!]);
  return out;
}

/** Exact sort key of a price literal (12 decimals covers every simulated pair). */
const keyOf = (p: string): bigint => BigInt(pad(p, 12).replace(".", ""));

/** Sorts price-keyed entries best first, comparing exact integer keys. */
function sortByPrice<T>(
  map: Map<string, T>,
  keys: Map<string, bigint>,
  side: "bids" | "asks",
): Array<[string, T]> {
  const k = (p: string) => {
    const v = keys.get(p) ?? keyOf(p);
    keys.set(p, v);
    return v;
  };
  return [...map.entries()].sort((a, b) => {
    const x = k(a[0]);
    const y = k(b[0]);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return side === "bids" ? -c : c;
  });
}

/** A client-side L2 book kept exactly per Kraken's rules (apply in order, truncate to depth). */
export class ReferenceBook {
  bids = new Map<string, string>();
  asks = new Map<string, string>();
  readonly #keys = new Map<string, bigint>();
  constructor(readonly depth: number) {}

  apply(text: string, snapshot: boolean): void {
    if (snapshot) {
      this.bids.clear();
      this.asks.clear();
    }
    for (const side of ["bids", "asks"] as const) {
      const map = this[side];
      for (const [p, q] of levelsFromText(text, side)) {
        if (/^0(\.0+)?$/.test(q)) map.delete(p);
        else map.set(p, q);
      }
      if (map.size > this.depth) for (const [p] of this.sorted(side).slice(this.depth)) map.delete(p);
    }
  }

  sorted(side: "bids" | "asks"): Array<[string, string]> {
    return sortByPrice(this[side], this.#keys, side);
  }

  checksum(pricePrec: number, qtyPrec: number): number {
    return referenceChecksum(this.sorted("asks"), this.sorted("bids"), pricePrec, qtyPrec);
  }
}

/** Reads the checksum literal of a raw frame. */
export function checksumFromText(text: string): number {
  const m = /"checksum":(\d+)/.exec(text);
  if (!m) throw new Error("no checksum");
  return Number(m[1]);
}

/** Reference level3 checksum: every order of the top 10 levels per side, in queue order. */
export function referenceL3Checksum(
  asks: Array<Array<[string, string]>>,
  bids: Array<Array<[string, string]>>,
  pricePrec: number,
  qtyPrec: number,
): number {
  let s = "";
  for (const side of [asks, bids]) {
    for (const level of side.slice(0, 10))
      for (const [p, q] of level) s += token(p, pricePrec) + token(q, qtyPrec);
  }
  return crc32(Buffer.from(s, "ascii")) >>> 0;
}

/** One order event cut out of a raw level3 frame. */
export interface L3Lit {
  event?: string;
  id: string;
  price: string;
  qty: string;
}

/** Pulls the orders (or events) of one side out of a raw `level3` frame. */
export function ordersFromText(text: string, side: "bids" | "asks"): L3Lit[] {
  const m = new RegExp(`"${side}":\\[(.*?)\\]`).exec(text);
  if (!m) throw new Error(`no ${side}`);
  const out: L3Lit[] = [];
  const re =
    /\{(?:"event":"(\w+)",)?"order_id":"([^"]+)","limit_price":([^,]+),"order_qty":([^,]+),"timestamp":"[^"]+"\}/g;
  for (const o of m[1]!.matchAll(re))
    out.push({ ...(o[1] ? { event: o[1] } : {}), id: o[2]!, price: o[3]!, qty: o[4]! });
  return out;
}

/** A client-side L3 book kept per Kraken's rules (add at back, modify in place, truncate levels). */
export class ReferenceL3Book {
  bids = new Map<string, L3Lit[]>();
  asks = new Map<string, L3Lit[]>();
  readonly #keys = new Map<string, bigint>();
  constructor(readonly depth: number) {}

  apply(text: string, snapshot: boolean): void {
    if (snapshot) {
      this.bids.clear();
      this.asks.clear();
    }
    for (const side of ["bids", "asks"] as const) {
      const map = this[side];
      for (const o of ordersFromText(text, side)) {
        const level = map.get(o.price) ?? [];
        if (snapshot || o.event === "add") {
          if (level.some((x) => x.id === o.id)) throw new Error(`duplicate add ${o.id}`);
          level.push(o);
          map.set(o.price, level);
        } else if (o.event === "modify") {
          const i = level.findIndex((x) => x.id === o.id);
          if (i < 0) throw new Error(`modify of unknown order ${o.id}`);
          level[i] = { ...level[i]!, qty: o.qty };
        } else if (o.event === "delete") {
          const i = level.findIndex((x) => x.id === o.id);
          if (i >= 0) level.splice(i, 1);
          if (level.length === 0) map.delete(o.price);
        }
      }
      if (map.size > this.depth) for (const [p] of this.sorted(side).slice(this.depth)) map.delete(p);
    }
  }

  sorted(side: "bids" | "asks"): Array<[string, L3Lit[]]> {
    return sortByPrice(this[side], this.#keys, side);
  }

  checksum(pricePrec: number, qtyPrec: number): number {
    const side = (s: "bids" | "asks") =>
      this.sorted(s).map(([, orders]) => orders.map((o): [string, string] => [o.price, o.qty]));
    return referenceL3Checksum(side("asks"), side("bids"), pricePrec, qtyPrec);
  }
}
