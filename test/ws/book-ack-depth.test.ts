// A server that keeps its own book depth, whatever depth was asked: the live book truncates at the
// depth the subscribe ack gives. Truncating at the (deeper) depth asked would keep a level the server
// pushed out of its window without a delete, and the checksum would then fail and resync in a loop.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bookChecksum } from "../../src/book/checksum.js";
import type { KrakenWs } from "../../src/ws/client.js";
import { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, type ServerConn, startScriptServer } from "./helpers/script-server.js";

const SERVER_DEPTH = 10;
type Level = [price: number, qty: number];

/** The frames of a depth-10 server whose level 91 leaves the window silently and is cancelled outside it. */
function feed(symbol: string): string[] {
  const bids: Level[] = Array.from({ length: 10 }, (_, i) => [100 - i, 1]); // 100 .. 91
  const asks: Level[] = Array.from({ length: 10 }, (_, i) => [200 + i, 2]); // 200 .. 209
  const sum = (b: Level[]) =>
    bookChecksum(
      asks.map(([p, q]) => ({ price: String(p), qty: String(q) })),
      b.map(([p, q]) => ({ price: String(p), qty: String(q) })),
      1,
      8,
    );
  const frame = (type: string, b: Level[], a: Level[], window: Level[]) =>
    JSON.stringify({
      channel: "book",
      type,
      data: [
        {
          symbol,
          bids: b.map(([price, qty]) => ({ price, qty })),
          asks: a.map(([price, qty]) => ({ price, qty })),
          checksum: sum(window),
          timestamp: "2026-12-07T12:00:00.000000Z",
        },
      ],
    });
  // 1: a new best bid pushes 91 out of the server's 10 levels, with no delete (Kraken's rule)
  const after1: Level[] = [[100.5, 1], ...bids.slice(0, 9)];
  // 2: the new bid is cancelled; 91 was cancelled meanwhile outside the window, so 90 enters
  const after2: Level[] = [...bids.slice(0, 9), [90, 1]];
  return [
    frame("snapshot", bids, asks, bids),
    frame("update", [[100.5, 1]], [], after1),
    frame(
      "update",
      [
        [100.5, 0],
        [90, 1],
      ],
      [],
      after2,
    ),
  ];
}

let server: ScriptServer;
let asked: unknown[];
beforeEach(async () => {
  server = await startScriptServer();
  asked = [];
  // acknowledges every book subscribe with its own depth and sends its feed right after the ack
  server.intercept = (conn: ServerConn, msg) => {
    const params = (msg.params ?? {}) as Record<string, unknown>;
    if (msg.method !== "subscribe" || params.channel !== "book") return false;
    asked.push(params.depth);
    const symbol = (params.symbol as string[])[0] as string;
    server.send(conn, {
      method: "subscribe",
      req_id: msg.req_id,
      success: true,
      result: { channel: "book", symbol, depth: SERVER_DEPTH, snapshot: true },
      time_in: "t",
      time_out: "t",
    });
    for (const text of feed(symbol)) server.send(conn, text);
    return true;
  };
});
afterEach(async () => {
  await server.close();
});

async function check(ws: KrakenWs, open: () => ReturnType<KrakenWs["book"]>): Promise<void> {
  try {
    const book = await open();
    await server.waitFor(() => book.stats.updates === 2 || book.stats.resyncs > 0);
    expect(asked).toEqual([25]); // asked with headroom; the server kept 10
    expect(book.stats).toMatchObject({ snapshots: 1, updates: 2, verified: 3, mismatches: 0, resyncs: 0 });
    expect(book.depth).toBe(SERVER_DEPTH);
    expect(book.bids().map((l) => l.price)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => String(100 - i)),
      "90",
    ]);
    expect(book.synced).toBe(true);
  } finally {
    await ws.close();
  }
}

describe("live book truncates at the depth the subscribe ack gives", () => {
  it("Spot: book({ depth: 10 }) asks 25, the server keeps 10: every checksum verifies", async () => {
    const ws = clientFor(server);
    await check(ws, () => ws.book({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 }));
  });

  it("Unified: a derivatives book against the same server verifies every checksum", async () => {
    const ws = new KrakenUnifiedWs({
      unified: true,
      url: server.publicUrl,
      authUrl: server.authUrl,
      reconnect: { minDelayMs: 1, maxDelayMs: 5 },
    });
    await check(ws, () =>
      ws.book({
        asset_class: "derivatives",
        symbol: "PF_XBTUSD",
        depth: 10,
        pricePrecision: 1,
        qtyPrecision: 8,
      }),
    );
  });
});
