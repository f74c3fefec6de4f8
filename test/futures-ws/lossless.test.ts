// A hostile local v1 server: digits no float keeps reach the book as exact decimal strings, and a frame
// that echoes a key and a signed challenge never puts them into an error excerpt.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { ConnectBudget, KrakenFuturesWs } from "../../src/index.js";

let server: WebSocketServer;
let url: string;
beforeAll(async () => {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((r) => server.once("listening", r));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on("connection", (socket) => {
    socket.on("message", (data) => {
      const msg = JSON.parse(String(data));
      if (msg.event === "subscribe" && msg.feed === "ticker") {
        socket.send(
          '{"event":"surprise","api_key":"KEY-123","original_challenge":"CH-456","signed_challenge":"SIG-789"}',
        );
        socket.send('{"event":"subscribed","feed":"ticker","product_ids":["PF_XBTUSD"]}');
        return;
      }
      if (msg.event === "subscribe" && msg.feed === "ticker_lite") {
        // a late per-product ack of an earlier request first, the real one later
        socket.send('{"event":"subscribed","feed":"ticker_lite","product_ids":["PF_OTHER"]}');
        setTimeout(
          () =>
            socket.send(
              JSON.stringify({ event: "subscribed", feed: "ticker_lite", product_ids: msg.product_ids }),
            ),
          200,
        );
        return;
      }
      if (msg.event !== "subscribe" || msg.feed !== "book") return;
      socket.send('{"event":"subscribed","feed":"book","product_ids":["PF_XBTUSD"]}');
      socket.send(
        '{"feed":"book_snapshot","product_id":"PF_XBTUSD","timestamp":1612269825817,"seq":7,"tickSize":null,' +
          '"bids":[{"price":90071992547409.93,"qty":0.10000000000000000001},{"price":1e-8,"qty":12345678901234567890}],' +
          '"asks":[{"price":90071992547410.5,"qty":3.00}]}',
      );
      socket.send(
        '{"feed":"book","product_id":"PF_XBTUSD","side":"sell","seq":8,"price":90071992547411.25,"qty":0.30000000000000004,"timestamp":1612269825818}',
      );
    });
  });
});
afterAll(() => new Promise((r) => server.close(r)));

it("keeps every digit of snapshot and update levels", async () => {
  const fws = new KrakenFuturesWs({ url, connectBudget: new ConnectBudget(100, 600_000) });
  const book = await fws.book({ product_id: "PF_XBTUSD" });
  await new Promise((r) => (book.seq === 8 ? r(undefined) : book.once("update", r)));
  expect(book.bids()).toEqual([
    { price: "90071992547409.93", qty: "0.10000000000000000001" },
    { price: "0.00000001", qty: "12345678901234567890" },
  ]);
  expect(book.asks()).toEqual([
    { price: "90071992547410.5", qty: "3.00" },
    { price: "90071992547411.25", qty: "0.30000000000000004" },
  ]);
  expect(book.spread()).toBe("0.57");
  expect(book.timestamp).toBe("1612269825818"); // the update's, as its digits
  await fws.close();
});

it("redacts the key and challenge fields of an unexpected frame in the error it reports", async () => {
  const fws = new KrakenFuturesWs({ url, connectBudget: new ConnectBudget(100, 600_000) });
  const errors: unknown[] = [];
  fws.on("error", (e) => errors.push(e));
  await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
  expect(errors).toHaveLength(1);
  const text = JSON.stringify(errors);
  for (const s of ["KEY-123", "CH-456", "SIG-789"]) expect(text).not.toContain(s);
  expect(text).toContain("[redacted]");
  await fws.close();
});

it("an ack naming other products does not answer the request in flight", async () => {
  const fws = new KrakenFuturesWs({ url, connectBudget: new ConnectBudget(100, 600_000) });
  await fws.connect();
  const start = Date.now();
  await fws.subscribe({ feed: "ticker_lite", product_ids: ["PF_XBTUSD"] });
  expect(Date.now() - start).toBeGreaterThanOrEqual(150);
  await fws.close();
});
