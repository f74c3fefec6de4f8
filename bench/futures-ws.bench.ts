// Derivatives v1 book pipeline: KrakenFuturesWs.book() (lossless decode, seq check, exact sorted levels)
// vs a raw `ws` client doing JSON.parse on the same frames from the same local server. ratio = SDK client
// CPU / raw client CPU (lower is better). As in the Spot book bench, the server is a child process that
// writes the snapshot and every update as one pre-encoded buffer right after the ack, so the client is
// the bottleneck; after a warm-up, rounds run in ABBA pairs and the figure is the median of the pair
// ratios, which a noisy neighbour moves less than a minimum. A round that resyncs aborts the bench.
import WebSocket from "ws";
import { KrakenFuturesWs } from "../src/futures-ws/client.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { abbaRounds, type Cost, measure, median, startFrameServer } from "./frame-server.js";

const UPDATES = 50_000;
const PAIRS = 6;

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
  await new Promise<void>((resolve, reject) => {
    // a book that falls out of sync resyncs against a server that replays the same frames: give up
    const timer = setTimeout(
      () => reject(new Error(`the v1 book stalled: ${JSON.stringify(book.stats)}`)),
      30_000,
    );
    const check = () => {
      if (book.seq !== LAST_SEQ) return;
      clearTimeout(timer);
      resolve();
    };
    book.on("update", check);
    check();
  });
  const cost = stop();
  const ok = book.stats.resyncs === 0 && book.bestBid() !== undefined;
  await fws.close();
  if (!ok) throw new Error("the v1 book did not stay in sync");
  return cost;
}

const ups = (ms: number) => Math.round((UPDATES / ms) * 1000);

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const server = await startFrameServer(serverScript);
  let rounds: { raw: Cost[]; sdk: Cost[] };
  try {
    rounds = await abbaRounds(
      () => rawRun(server.url),
      () => sdkRun(server.url),
      PAIRS,
    );
  } finally {
    server.close();
  }
  const { raw, sdk } = rounds;
  const cpu = sdk.map((s, i) => s.cpuMs / (raw[i] as Cost).cpuMs);
  const wall = sdk.map((s, i) => s.ms / (raw[i] as Cost).ms);
  return [
    {
      name: "futures-ws: v1 book pipeline",
      ratio: median(cpu),
      baseline: "raw ws + JSON.parse, same frames (client CPU)",
      detail: `${ups(median(sdk.map((s) => s.ms)))} vs ${ups(median(raw.map((r) => r.ms)))} updates/s, wall ${median(wall).toFixed(2)}x, median of ${cpu.length} ABBA ratios`,
    },
  ];
}
