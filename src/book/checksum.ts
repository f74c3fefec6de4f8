import { expandExponent, toFixedDecimal } from "../util/decimal.js";
import { crc32, crcFeed, TABLE } from "./crc32.js";

/** One price level as exact decimal strings, as it came off the wire. */
export interface PriceLevel {
  readonly price: string;
  readonly qty: string;
}

/** One resting order of a level3 book, as exact decimal strings. */
export interface L3Order {
  readonly order_id: string;
  readonly limit_price: string;
  readonly order_qty: string;
  readonly timestamp: string;
}

/**
 * The checksum token of one decimal value: formatted with exactly `precision` decimals (pure string
 * arithmetic, never a float), the point removed, leading zeros stripped. "0.00100000" -> "100000".
 * (The books feed the same digits straight into the CRC without building the token.)
 * @example
 * checksumToken("45283.5", 1); // "452835"
 * checksumToken("0.1", 8); // "10000000" (padded to the precision)
 * checksumToken("1e-8", 8); // "1"
 */
export function checksumToken(value: string, precision: number): string {
  return toFixedDecimal(expandExponent(value), precision).replace(".", "").replace(/^0+/, "");
}

/** Where {@link setChecksumPart} stores a level's part of a checksum chain (see crc32.ts). */
export interface ChecksumPart {
  part: number;
  length: number;
}

/**
 * Sets `target` to the CRC chain part of token(price) + token(qty) without building either string:
 * the digits are fed straight from the exact decimal strings (a book does this for every level an
 * update changes, so it is on the hot path).
 */
export function setChecksumPart(
  target: ChecksumPart,
  price: string,
  qty: string,
  pricePrecision: number,
  qtyPrecision: number,
): void {
  const reg = feedToken(0, price, pricePrecision);
  const priceLength = fed;
  target.part = feedToken(reg, qty, qtyPrecision);
  target.length = priceLength + fed;
}

// Length of the token the last feedToken call fed (synchronous; one slot suffices).
let fed = 0;

/** Feeds checksumToken(value, precision) into the CRC register `reg`; sets `fed` to its length. */
function feedToken(reg: number, value: string, precision: number): number {
  let c = reg;
  let n = 0;
  let frac = -1;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 46) {
      frac = 0;
      continue;
    }
    // an exponent (found here rather than by a scan for it before the loop): start over on the token
    if (ch > 57) {
      const token = checksumToken(value, precision);
      fed = token.length;
      return crcFeed(reg, token);
    }
    if (frac >= 0) {
      if (frac === precision) continue; // cut to the precision (what follows may be an exponent)
      frac++;
    }
    if (n === 0 && ch === 48) continue; // leading zeros are stripped
    c = (c >>> 8) ^ TABLE[(c ^ ch) & 0xff]!;
    n++;
  }
  // pad the fraction to the precision (unless every digit so far was a leading zero)
  if (n > 0) {
    for (let k = Math.max(frac, 0); k < precision; k++, n++) c = (c >>> 8) ^ TABLE[(c ^ 48) & 0xff]!;
  }
  fed = n;
  return c;
}

/**
 * Kraken's WS v2 `book` checksum: CRC32 over the top 10 asks (ascending) then the top 10 bids
 * (descending), each level contributing token(price) + token(qty). Returns the unsigned value.
 * @param asks levels best first (lowest price first); only the first 10 are used
 * @param bids levels best first (highest price first); only the first 10 are used
 * @see https://docs.kraken.com/api/docs/guides/spot-ws-book-v2
 * @example
 * const book = new OrderBook({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 });
 * book.apply(msg);
 * bookChecksum(book.asks(10), book.bids(10), 1, 8) === book.checksum(); // true
 */
export function bookChecksum(
  asks: ReadonlyArray<PriceLevel>,
  bids: ReadonlyArray<PriceLevel>,
  pricePrecision: number,
  qtyPrecision: number,
): number {
  let input = "";
  const na = Math.min(10, asks.length);
  for (let i = 0; i < na; i++) {
    const l = asks[i]!;
    input += checksumToken(l.price, pricePrecision) + checksumToken(l.qty, qtyPrecision);
  }
  const nb = Math.min(10, bids.length);
  for (let i = 0; i < nb; i++) {
    const l = bids[i]!;
    input += checksumToken(l.price, pricePrecision) + checksumToken(l.qty, qtyPrecision);
  }
  return crc32(input) >>> 0;
}

/**
 * Kraken's WS v2 `level3` checksum: like {@link bookChecksum} but every order of the top 10 price
 * levels contributes, in queue order, token(limit_price) + token(order_qty).
 * @param asks ask price levels best first, each an array of orders in queue order
 * @param bids bid price levels best first, each an array of orders in queue order
 * @example
 * const asks = l3.asks(10).map((level) => level.orders);
 * const bids = l3.bids(10).map((level) => level.orders);
 * level3Checksum(asks, bids, 1, 8) === l3.checksum(); // true for a BTC/USD book (precisions 1 and 8)
 */
export function level3Checksum(
  asks: ReadonlyArray<ReadonlyArray<Pick<L3Order, "limit_price" | "order_qty">>>,
  bids: ReadonlyArray<ReadonlyArray<Pick<L3Order, "limit_price" | "order_qty">>>,
  pricePrecision: number,
  qtyPrecision: number,
): number {
  let input = "";
  for (const side of [asks, bids]) {
    const n = Math.min(10, side.length);
    for (let i = 0; i < n; i++) {
      for (const o of side[i]!) {
        input += checksumToken(o.limit_price, pricePrecision) + checksumToken(o.order_qty, qtyPrecision);
      }
    }
  }
  return crc32(input) >>> 0;
}
