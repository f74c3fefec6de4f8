// The whole Spot book pipeline over a socket: KrakenWs.book() (socket, router, lossless decode, apply,
// CRC32 of every update) vs a raw `ws` client doing JSON.parse on the same frames from the same local
// server, at depth 10, 100 and 1000. ratio = SDK client CPU / raw client CPU (lower is better). As in
// ws.bench.ts the server is a child process that writes the snapshot and every update as one
// pre-encoded buffer right after the ack, so the client is the bottleneck. After a warm-up, rounds run
// in ABBA pairs; the figure is the median of the pair ratios, which a noisy neighbour moves less than
// a minimum. A round in which any checksum fails or the book resyncs aborts the bench.
import WebSocket from "ws";
import { KrakenWs } from "../src/ws/client.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { bookStream, SPOT_BTC_USD, startBookServer } from "./book-stream.js";
import { abbaRounds, type Cost, measure, median } from "./frame-server.js";

const DEPTHS = [10, 100, 1000] as const;
const UPDATES = 20_000;
const PAIRS = 4;

async function rawRun(url: string, depth: number): Promise<Cost> {
  const socket = new WebSocket(url);
  await new Promise((r) => socket.once("open", r));
  const stop = measure();
  let updates = 0;
  let sink = 0;
  await new Promise<void>((resolve) => {
    socket.onmessage = (ev) => {
      const msg = JSON.parse(String(ev.data));
      if (msg.channel !== "book") return;
      sink += msg.data[0].bids.length;
      if (msg.type === "update" && ++updates === UPDATES) resolve();
    };
    socket.send(
      JSON.stringify({ method: "subscribe", params: { channel: "book", symbol: ["BTC/USD"], depth } }),
    );
  });
  const cost = stop();
  socket.close();
  if (sink === 0) throw new Error("no data");
  return cost;
}

async function sdkRun(url: string, depth: number): Promise<Cost> {
  const ws = new KrakenWs({ url, connectBudget: new ConnectBudget(1000), pingIntervalMs: 60_000 });
  await ws.connect();
  const stop = measure();
  const book = await ws.book({
    symbol: "BTC/USD",
    depth,
    pricePrecision: 1,
    qtyPrecision: 8,
    headroom: false, // subscribe at exactly the depth the frames were made for
  });
  await new Promise<void>((resolve, reject) => {
    // a book that falls out of sync resyncs against a server that replays the same frames: give up
    const timer = setTimeout(
      () => reject(new Error(`the book stalled: ${JSON.stringify(book.stats)}`)),
      30_000,
    );
    const check = () => {
      if (book.stats.updates < UPDATES) return;
      clearTimeout(timer);
      resolve();
    };
    book.on("update", check);
    check();
  });
  const cost = stop();
  const s = book.stats;
  const ok = s.resyncs === 0 && s.mismatches === 0 && s.verified === UPDATES + 1;
  await ws.close();
  if (!ok) throw new Error(`the book did not verify every checksum at depth ${depth}: ${JSON.stringify(s)}`);
  return cost;
}

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const feeds = Object.fromEntries(DEPTHS.map((d) => [d, bookStream(d, d, UPDATES)]));
  const server = await startBookServer(feeds, SPOT_BTC_USD);
  const rows = [];
  try {
    for (const depth of DEPTHS) {
      const { raw, sdk } = await abbaRounds(
        () => rawRun(server.url, depth),
        () => sdkRun(server.url, depth),
        PAIRS,
      );
      const ratios = sdk.map((s, i) => s.cpuMs / (raw[i] as Cost).cpuMs);
      const wall = sdk.map((s, i) => s.ms / (raw[i] as Cost).ms);
      rows.push({
        name: `book: KrakenWs pipeline, depth ${depth}`,
        ratio: median(ratios),
        baseline: "raw ws + JSON.parse, same frames (client CPU)",
        detail: `${((median(sdk.map((s) => s.cpuMs)) * 1000) / UPDATES).toFixed(2)} us per update, wall ${median(wall).toFixed(2)}x, every checksum verified, median of ${ratios.length} ABBA ratios`,
      });
    }
  } finally {
    server.close();
  }
  return rows;
}
