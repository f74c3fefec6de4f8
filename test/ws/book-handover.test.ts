// A live book consumes its subscription from a callback: the frames that arrive before the subscribe
// resolves (a snapshot sent even before the ack, updates right behind it) must reach the book in order,
// exactly once, over a real socket.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bookChecksum } from "../../src/book/checksum.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

type Level = [price: number, qty: number];
const asks: Level[] = Array.from({ length: 10 }, (_, i) => [200 + i, 2]);

function frame(type: string, change: Level[], book: Level[]): string {
  const str = (l: Level[]) => l.map(([p, q]) => ({ price: String(p), qty: String(q) }));
  const checksum = bookChecksum(str(asks), str(book), 1, 8);
  const bids = change.map(([price, qty]) => ({ price, qty }));
  const a = type === "snapshot" ? asks.map(([price, qty]) => ({ price, qty })) : [];
  return JSON.stringify({
    channel: "book",
    type,
    data: [{ symbol: "BTC/USD", bids, asks: a, checksum, timestamp: "2026-12-07T12:00:00.000000Z" }],
  });
}

let server: ScriptServer;
beforeEach(async () => {
  server = await startScriptServer();
});
afterEach(async () => {
  await server.close();
});

describe("live book handover", () => {
  it("a snapshot before the ack and 50 updates right behind it all reach the book, in order", async () => {
    const bids: Level[] = Array.from({ length: 10 }, (_, i) => [100 - i, 1]);
    const frames = [frame("snapshot", bids, bids)];
    // each update changes the best bid's quantity: applying one twice or out of order fails its checksum
    for (let u = 1; u <= 50; u++) {
      bids[0] = [100, 1 + u];
      frames.push(frame("update", [[100, 1 + u]], bids));
    }
    server.intercept = (conn, msg) => {
      const params = (msg.params ?? {}) as Record<string, unknown>;
      if (msg.method !== "subscribe" || params.channel !== "book") return false;
      server.send(conn, frames[0]);
      const ack = { channel: "book", symbol: "BTC/USD", depth: params.depth, snapshot: true };
      server.send(conn, { method: "subscribe", req_id: msg.req_id, success: true, result: ack });
      for (const f of frames.slice(1)) server.send(conn, f);
      return true;
    };
    const ws = clientFor(server);
    try {
      const book = await ws.book({ symbol: "BTC/USD", depth: 10, pricePrecision: 1, qtyPrecision: 8 });
      await server.waitFor(() => book.stats.updates === 50 || book.stats.resyncs > 0);
      expect(book.stats).toMatchObject({
        snapshots: 1,
        updates: 50,
        verified: 51,
        mismatches: 0,
        resyncs: 0,
      });
      expect(book.bestBid()).toEqual({ price: "100", qty: "51" });
    } finally {
      await ws.close();
    }
  });
});
