import { compareDecimal } from "../util/decimal.js";

/**
 * Sort keys for price levels. A price with `scale` decimals is the exact integer price * 10^scale;
 * while that integer is at most 2^53 it is stored as a number and compared with one subtraction.
 * Otherwise (more digits than the pair's precision, astronomically long prices, precision unknown)
 * the key is NaN and comparisons fall back to the exact string comparison. Both are exact, so the
 * order is always the true decimal order; no price ever passes through a float.
 */
export function priceKey(price: string, scale: number | undefined): number {
  if (scale === undefined) return Number.NaN;
  let v = 0;
  let frac = -1;
  for (let i = 0; i < price.length; i++) {
    const c = price.charCodeAt(i);
    if (c === 46) {
      frac = 0;
      continue;
    }
    v = v * 10 + (c - 48);
    if (frac >= 0) frac++;
  }
  if (frac < 0) frac = 0;
  if (frac > scale) return Number.NaN;
  for (; frac < scale; frac++) v *= 10;
  // Past 2^53 the loop above may have rounded; the final value is then above the limit as well.
  return v <= Number.MAX_SAFE_INTEGER ? v : Number.NaN;
}

/** Something with a price and its key. */
export interface Keyed {
  readonly price: string;
  readonly key: number;
}

/** Exact comparison of two keyed prices: negative when a < b. */
export function comparePrice(aKey: number, aPrice: string, b: Keyed): number {
  const bKey = b.key;
  // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call on the hot path
  if (aKey === aKey && bKey === bKey) return aKey - bKey;
  return compareDecimal(aPrice, b.price);
}

/**
 * Binary search in a side sorted best first (`descending` for bids). Returns the index of the level
 * with this price, or `-(insertionPoint + 1)` when there is none. O(log n).
 */
export function searchSide(
  side: ReadonlyArray<Keyed>,
  key: number,
  price: string,
  descending: boolean,
): number {
  let lo = 0;
  let hi = side.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let c = comparePrice(key, price, side[mid]!);
    if (descending) c = -c;
    if (c > 0) lo = mid + 1;
    else if (c < 0) hi = mid - 1;
    else return mid;
  }
  return -(lo + 1);
}
