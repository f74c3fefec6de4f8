// Synthetic Spot `book` feeds for the benches: a snapshot and a stream of small updates near the top,
// laid out and checksummed the way Kraken sends them, deterministic for a given depth and seed.
import { decodeBookMessage } from "../src/book/decode.js";
import { OrderBook } from "../src/book/order-book.js";
import type { BookFrame } from "../src/book/types.js";
import { seededRandom } from "../src/testing/exchange/ids.js";

type Lv = [number, string];

const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
const px = (ticks: number) => trim((ticks / 10).toFixed(1)); // BTC/USD-like: price precision 1
const qty = (r: () => number) => trim((r() * 5).toFixed(8)); // quantity precision 8

function frame(type: string, bids: Lv[], asks: Lv[], checksum: number): string {
  const lv = (l: Lv[]) => l.map(([p, q]) => `{"price":${px(p)},"qty":${q}}`).join(",");
  return `{"channel":"book","type":"${type}","data":[{"symbol":"BTC/USD","bids":[${lv(bids)}],"asks":[${lv(asks)}],"checksum":${checksum},"timestamp":"2026-11-25T18:00:00.123456Z"}]}`;
}

/**
 * A BTC/USD snapshot of `depth` levels per side and `updates` frames of 1-3 level changes (mostly in
 * the top 30: new quantities, deletions, new levels), each with the checksum Kraken would send for a
 * subscription at exactly `depth`.
 */
export function bookStream(
  depth: number,
  seed: number,
  updates: number,
): { snapshot: string; updates: string[] } {
  const r = seededRandom(seed);
  const bids: Lv[] = [];
  const asks: Lv[] = [];
  for (let i = 0; i < depth; i++) {
    bids.push([450_000 - i * 3, qty(r)]);
    asks.push([450_001 + i * 3, qty(r)]);
  }
  const ref = new OrderBook({
    symbol: "BTC/USD",
    depth,
    pricePrecision: 1,
    qtyPrecision: 8,
    checksum: "off",
  });
  ref.apply(decodeBookMessage(frame("snapshot", bids, asks, 0)) as BookFrame);
  const snapshot = frame("snapshot", bids, asks, ref.checksum() as number);
  const out: string[] = [];
  for (let u = 0; u < updates; u++) {
    const ub: Lv[] = [];
    const ua: Lv[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const isBid = r() < 0.5;
      const side = isBid ? ref.bids(30) : ref.asks(30);
      const at = Math.floor(r() * r() * side.length); // mostly near the top
      const level = side[at];
      const roll = r();
      const ticks = level ? Math.round(Number(level.price) * 10) : isBid ? 449_000 : 451_000;
      if (roll < 0.6 || !level) (isBid ? ub : ua).push([ticks, qty(r)]);
      else if (roll < 0.8) (isBid ? ub : ua).push([ticks, "0"]);
      else (isBid ? ub : ua).push([ticks + (isBid ? -1 : 1), qty(r)]);
    }
    ref.apply(decodeBookMessage(frame("update", ub, ua, 0)) as BookFrame);
    out.push(frame("update", ub, ua, ref.checksum() as number));
  }
  return { snapshot, updates: out };
}
