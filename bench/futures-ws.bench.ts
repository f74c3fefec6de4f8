// Derivatives v1 book pipeline: KrakenFuturesWs.book() (lossless decode, seq check, exact sorted levels)
// vs a raw `ws` client doing JSON.parse on the same frames from the same local server. ratio = SDK time /
// raw time (lower is better). Like ws.bench.ts, the server is a child process that writes the snapshot
// and every update as one pre-encoded buffer right after the ack, so the client is the bottleneck.
import WebSocket from "ws";
import { KrakenFuturesWs } from "../src/futures-ws/client.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { type Cost, measure, startFrameServer } from "./frame-server.js";

const UPDATES = 50_000;
const ROUNDS = 9;

const serverScript = `
const UPDATES = ${UPDATES};
const level = (p, q) => ({ price: p, qty: q });
const bids = [], asks = [];
for (let i = 0; i < 200; i++) { bids.push(level(65000 - i * 0.5, 1 + (i % 7) / 8)); asks.push(level(65000.5 + i * 0.5, 2 + (i % 5) / 4)); }
const snapshot = JSON.stringify({ feed: "book_snapshot", product_id: "PF_XBTUSD", timestamp: 1765000000000, seq: 1, tickSize: null, bids, asks });
// updates near the top of the book, Kraken's field order; every tenth removes a level
const update = (i) => JSON.stringify({ feed: "book", product_id: "PF_XBTUSD", side: i % 2 ? "sell" : "buy",
  seq: i + 2, price: i % 2 ? 65000.5 + (i % 40) * 0.5 : 65000 - (i % 40) * 0.5,
  qty: i % 10 === 0 ? 0 : 0.0001 * (1 + (i % 997)), timestamp: 1765000000000 + i });
const all = Buffer.concat([encode(snapshot), ...Array.from({ length: UPDATES }, (_, i) => encode(update(i)))]);
wss.on("connection", (socket) => {
  socket.on("message", (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.feed !== "book") return socket.send(JSON.stringify({ event: msg.event + "d", feed: msg.feed }));
    socket.send(JSON.stringify({ event: msg.event + "d", feed: "book", product_ids: ["PF_XBTUSD"] }));
    if (msg.event === "subscribe") socket._socket.write(all);
  });
});
`;

const LAST_SEQ = UPDATES + 1;

async function rawRun(url: string): Promise<Cost> {
  const socket = new WebSocket(url);
  await new Promise((r) => socket.once("open", r));
  const stop = measure();
  let sink = 0;
  await new Promise<void>((resolve) => {
    socket.onmessage = (ev) => {
      const msg = JSON.parse(String(ev.data));
      if (msg.feed === "book_snapshot") sink += msg.bids.length;
      else if (msg.feed === "book") {
        sink += msg.price;
        if (msg.seq === LAST_SEQ) resolve();
      }
    };
    socket.send(JSON.stringify({ event: "subscribe", feed: "book", product_ids: ["PF_XBTUSD"] }));
  });
  const cost = stop();
  socket.close();
  if (sink === 0) throw new Error("no data");
  return cost;
}

async function sdkRun(url: string): Promise<Cost> {
  const fws = new KrakenFuturesWs({ url, connectBudget: new ConnectBudget(1000), pingIntervalMs: 60_000 });
  await fws.connect();
  const stop = measure();
  const book = await fws.book({ product_id: "PF_XBTUSD" });
  await new Promise<void>((resolve) => {
    const check = () => book.seq === LAST_SEQ && resolve();
    book.on("update", check);
    check();
  });
  const cost = stop();
  const ok = book.stats.resyncs === 0 && book.bestBid() !== undefined;
  await fws.close();
  if (!ok) throw new Error("the v1 book did not stay in sync");
  return cost;
}

const best = (xs: Cost[], k: keyof Cost) => Math.min(...xs.map((x) => x[k]));
const ups = (ms: number) => Math.round((UPDATES / ms) * 1000);

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const server = await startFrameServer(serverScript);
  const { url } = server;
  const raw: Cost[] = [];
  const sdk: Cost[] = [];
  try {
    await rawRun(url);
    await sdkRun(url);
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2 === 0) {
        raw.push(await rawRun(url));
        sdk.push(await sdkRun(url));
      } else {
        sdk.push(await sdkRun(url));
        raw.push(await rawRun(url));
      }
    }
  } finally {
    server.close();
  }
  const r = best(raw, "ms");
  const s = best(sdk, "ms");
  return [
    {
      name: "futures-ws: v1 book pipeline",
      ratio: s / r,
      baseline: "raw ws + JSON.parse, same frames",
      detail: `${ups(s)} vs ${ups(r)} updates/s, client CPU ${(best(sdk, "cpuMs") / best(raw, "cpuMs")).toFixed(2)}x, best of ${ROUNDS}`,
    },
  ];
}
