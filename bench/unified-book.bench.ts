// Unified WebSocket derivatives book pipeline: KrakenUnifiedWs.book() (lossless decode, CRC32 check of
// every update, exact sorted levels) vs a raw `ws` client doing JSON.parse on the same frames from the
// same local server. ratio = SDK time / raw time (lower is better). As in ws.bench.ts, the server is a
// child process that writes the snapshot and every update as one pre-encoded buffer right after the
// ack, so the client is the bottleneck. Rounds run in ABBA pairs after a warm-up; the figure is the
// median of the pairs' ratios, which a noisy neighbour on a shared machine moves less than a minimum.
import WebSocket from "ws";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { KrakenUnifiedWs } from "../src/ws/unified/index.js";
import { bookStream, PF_XBTUSD, startBookServer } from "./book-stream.js";
import { abbaRounds, type Cost, measure, median } from "./frame-server.js";

const UPDATES = 20_000;
const PAIRS = 6;
const DEPTH = 25;

async function rawRun(url: string): Promise<Cost> {
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
      JSON.stringify({
        method: "subscribe",
        params: { channel: "book", asset_class: "derivatives", symbol: ["PF_XBTUSD"], depth: DEPTH },
      }),
    );
  });
  const cost = stop();
  socket.close();
  if (sink === 0) throw new Error("no data");
  return cost;
}

async function sdkRun(url: string): Promise<Cost> {
  const uws = new KrakenUnifiedWs({ unified: true, url, connectBudget: new ConnectBudget(1000) });
  await uws.connect();
  const stop = measure();
  const book = await uws.book({
    asset_class: "derivatives",
    symbol: "PF_XBTUSD",
    depth: DEPTH,
    pricePrecision: 1,
    qtyPrecision: 4,
    headroom: false, // subscribe at exactly the depth the frames were made for
  });
  await new Promise<void>((resolve, reject) => {
    // a book that falls out of sync resyncs against a server that replays the same frames: give up
    const timer = setTimeout(
      () => reject(new Error(`the Unified book stalled: ${JSON.stringify(book.stats)}`)),
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
  const ok = s.resyncs === 0 && s.mismatches === 0 && s.verified >= UPDATES && book.bestBid() !== undefined;
  await uws.close();
  if (!ok) throw new Error(`the Unified book did not stay verified: ${JSON.stringify(s)}`);
  return cost;
}

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const server = await startBookServer({ [DEPTH]: bookStream(DEPTH, 16, UPDATES, PF_XBTUSD) }, PF_XBTUSD);
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
  const ratios = sdk.map((s, i) => s.ms / (raw[i] as Cost).ms);
  const cpu = sdk.map((s, i) => s.cpuMs / (raw[i] as Cost).cpuMs);
  const ups = (ms: number) => Math.round((UPDATES / ms) * 1000);
  return [
    {
      name: "unified-ws: derivatives book pipeline",
      ratio: median(ratios),
      baseline: "raw ws + JSON.parse, same frames",
      detail: `${ups(median(sdk.map((s) => s.ms)))} vs ${ups(median(raw.map((r) => r.ms)))} updates/s, client CPU ${median(cpu).toFixed(2)}x, depth ${DEPTH}, CRC32 on every update, median of ${ratios.length} ABBA ratios`,
    },
  ];
}
