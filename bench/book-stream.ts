// Synthetic v2 `book` feeds for the benches (a snapshot and a stream of small updates near the top,
// laid out and checksummed the way Kraken sends them, deterministic for a given depth and seed), and
// the local server that plays them back right after a subscribe ack.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeBookMessage } from "../src/book/decode.js";
import { OrderBook } from "../src/book/order-book.js";
import type { BookFrame } from "../src/book/types.js";
import { seededRandom } from "../src/testing/exchange/ids.js";
import { startFrameServer } from "./frame-server.js";

/** The market a feed imitates: prices are whole ticks, `ticksPerUnit` of them per unit of price. */
export interface BookMarket {
  symbol: string;
  ticksPerUnit: number;
  pricePrecision: number;
  qtyPrecision: number;
  /** Best bid of the snapshot, in ticks. */
  topBid: number;
  /** Ticks between two snapshot levels. */
  spacing: number;
  timestamp: string;
}

/** BTC/USD on Spot: price precision 1, quantity precision 8. */
export const SPOT_BTC_USD: BookMarket = {
  symbol: "BTC/USD",
  ticksPerUnit: 10,
  pricePrecision: 1,
  qtyPrecision: 8,
  topBid: 450_000,
  spacing: 3,
  timestamp: "2026-11-25T18:00:00.123456Z",
};

/** PF_XBTUSD on the Unified WebSocket: tick 0.5, sizes with 4 decimals. */
export const PF_XBTUSD: BookMarket = {
  symbol: "PF_XBTUSD",
  ticksPerUnit: 2,
  pricePrecision: 1,
  qtyPrecision: 4,
  topBid: 130_000,
  spacing: 2,
  timestamp: "2026-12-07T10:00:00.123456Z",
};

type Lv = [number, string];

const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);

/**
 * A snapshot of `depth` levels per side and `updates` frames of 1-3 level changes (mostly in the top
 * 30: new quantities, deletions, new levels), each with the checksum Kraken would send for a
 * subscription at exactly `depth`.
 */
export function bookStream(
  depth: number,
  seed: number,
  updates: number,
  market: BookMarket = SPOT_BTC_USD,
): { snapshot: string; updates: string[] } {
  const { symbol, ticksPerUnit, pricePrecision, qtyPrecision, topBid, spacing, timestamp } = market;
  const px = (ticks: number) => trim((ticks / ticksPerUnit).toFixed(pricePrecision));
  const qty = (r: () => number) => trim((r() * 5).toFixed(qtyPrecision));
  const frame = (type: string, bids: Lv[], asks: Lv[], checksum: number) => {
    const lv = (l: Lv[]) => l.map(([p, q]) => `{"price":${px(p)},"qty":${q}}`).join(",");
    return `{"channel":"book","type":"${type}","data":[{"symbol":"${symbol}","bids":[${lv(bids)}],"asks":[${lv(asks)}],"checksum":${checksum},"timestamp":"${timestamp}"}]}`;
  };
  const r = seededRandom(seed);
  const bids: Lv[] = [];
  const asks: Lv[] = [];
  for (let i = 0; i < depth; i++) {
    bids.push([topBid - i * spacing, qty(r)]);
    asks.push([topBid + 1 + i * spacing, qty(r)]);
  }
  const ref = new OrderBook({ symbol, depth, pricePrecision, qtyPrecision, checksum: "off" });
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
      const ticks = level
        ? Math.round(Number(level.price) * ticksPerUnit)
        : isBid
          ? topBid - 1000
          : topBid + 1000;
      if (roll < 0.6 || !level) (isBid ? ub : ua).push([ticks, qty(r)]);
      else if (roll < 0.8) (isBid ? ub : ua).push([ticks, "0"]);
      else (isBid ? ub : ua).push([ticks + (isBid ? -1 : 1), qty(r)]);
    }
    ref.apply(decodeBookMessage(frame("update", ub, ua, 0)) as BookFrame);
    out.push(frame("update", ub, ua, ref.checksum() as number));
  }
  return { snapshot, updates: out };
}

/**
 * A v2 WebSocket server that acks `book` subscribes for `symbol` and then writes the feed made for the
 * subscribed depth (snapshot and every update) as one buffer on the same TCP socket.
 */
export async function startBookServer(
  feeds: Record<number, { snapshot: string; updates: string[] }>,
  market: BookMarket,
): Promise<{ url: string; close(): void }> {
  // The feeds go through a file: a depth-1000 feed is far too long for a command line.
  const dir = mkdtempSync(join(tmpdir(), "kc-book-bench-"));
  const framesPath = join(dir, "frames.json");
  writeFileSync(framesPath, JSON.stringify(feeds));
  const time = market.timestamp.replace(/\.\d+Z$/, ".000000Z");
  try {
    const server = await startFrameServer(`
const feeds = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(framesPath)}, "utf8"));
const all = {};
for (const [depth, f] of Object.entries(feeds)) all[depth] = Buffer.concat([f.snapshot, ...f.updates].map(encode));
const t = ${JSON.stringify(time)};
wss.on("connection", (socket) => {
  socket.on("message", (raw) => {
    const msg = JSON.parse(String(raw));
    const reply = (o) => socket.send(JSON.stringify({ method: msg.method, req_id: msg.req_id, ...o, time_in: t, time_out: t }));
    if (msg.method === "ping") return socket.send(JSON.stringify({ method: "pong", req_id: msg.req_id }));
    const p = msg.params || {};
    const result = { channel: "book", symbol: ${JSON.stringify(market.symbol)}, depth: p.depth, snapshot: true };
    if (msg.method === "unsubscribe") return reply({ success: true, result });
    if (msg.method !== "subscribe") return;
    reply({ success: true, result });
    if (all[p.depth]) socket._socket.write(all[p.depth]); // right after the ack, on the same TCP socket
  });
});
`);
    return {
      url: server.url,
      close: () => {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
