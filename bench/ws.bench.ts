// Frames per second through `for await` on a KrakenWs subscription vs a raw `ws` client doing
// JSON.parse on the same frames from the same local server. ratio = SDK time / raw time (lower is better).
//
// Built so that the client, not the server, is the bottleneck (an earlier version with a `ws` server in
// a worker thread sending frame by frame measured the server: the SDK came out "faster" than raw):
// - the server is a separate child process, so its CPU is not the client's;
// - after the subscribe ack it writes all frames as ONE pre-encoded buffer of unmasked WebSocket text
//   frames straight to the TCP socket, so it costs almost nothing and the client receives as fast as it
//   can parse;
// - each round times the client from sending `subscribe` to its last frame (the client process's CPU
//   time, and wall time as a cross-check); after a warm-up, rounds run in ABBA pairs (raw, SDK, SDK,
//   raw) and the figure is the median of the pairs' CPU ratios.
// Everything stays on 127.0.0.1, and the child exits when the run ends (or when this process dies).
import WebSocket from "ws";
import { KrakenWs } from "../src/ws/client.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { abbaRounds, type Cost, measure, median, startFrameServer } from "./frame-server.js";

const FRAMES = 50_000;
const PAIRS = 6;

const serverScript = `
const FRAMES = ${FRAMES};
const frame = (i) => JSON.stringify({ channel: "ticker", type: "update", data: [{ symbol: "BTC/USD",
  bid: 43210.1 + (i % 100) / 10, bid_qty: 0.51234567, ask: 43210.2 + (i % 100) / 10, ask_qty: 1.25,
  last: 43210.15, volume: 1234.56789012, vwap: 43001.7, low: 42000.1, high: 44000.9, change: 120.5,
  change_pct: 0.28, timestamp: "2026-11-25T17:00:00.123456Z" }] });
const distinct = Array.from({ length: 1000 }, (_, i) => encode(frame(i)));
const all = Buffer.concat(Array.from({ length: FRAMES }, (_, i) => distinct[i % 1000]));
wss.on("connection", (socket) => {
  socket.on("message", (raw) => {
    const msg = JSON.parse(String(raw));
    const reply = (o) => socket.send(JSON.stringify({ method: msg.method, req_id: msg.req_id, ...o }));
    if (msg.method === "ping") return socket.send(JSON.stringify({ method: "pong", req_id: msg.req_id }));
    if (msg.method === "unsubscribe") return reply({ success: true, result: { channel: "ticker", symbol: "BTC/USD" } });
    if (msg.method !== "subscribe") return;
    reply({ success: true, result: { channel: "ticker", symbol: "BTC/USD" } });
    socket._socket.write(all); // after the ack: ws wrote it synchronously to the same TCP socket
  });
});
`;

async function rawRun(url: string): Promise<Cost> {
  const socket = new WebSocket(url);
  await new Promise((r) => socket.once("open", r));
  const stop = measure();
  let n = 0;
  let sink = 0;
  await new Promise<void>((resolve) => {
    socket.onmessage = (ev) => {
      const msg = JSON.parse(String(ev.data));
      if (msg.channel !== "ticker") return;
      sink += msg.data[0].last;
      if (++n === FRAMES) resolve();
    };
    socket.send(
      JSON.stringify({ method: "subscribe", params: { channel: "ticker", symbol: ["BTC/USD"] }, req_id: 1 }),
    );
  });
  const cost = stop();
  socket.close();
  if (sink === 0) throw new Error("no data");
  return cost;
}

async function sdkRun(url: string): Promise<Cost> {
  const ws = new KrakenWs({ url, connectBudget: new ConnectBudget(1000), pingIntervalMs: 60_000 });
  await ws.connect();
  const stop = measure();
  const sub = await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] }, { bufferSize: FRAMES * 2 });
  let n = 0;
  let sink = 0;
  let cost: Cost | undefined;
  for await (const msg of sub) {
    sink += msg.data[0]?.last.length ?? 0; // an exact decimal string
    if (++n === FRAMES) {
      cost = stop();
      break;
    }
  }
  await ws.close();
  if (sink === 0 || !cost) throw new Error("no data");
  return cost;
}

const fps = (ms: number) => Math.round((FRAMES / ms) * 1000);

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const server = await startFrameServer(serverScript);
  const { url } = server;
  let rounds: { raw: Cost[]; sdk: Cost[] };
  try {
    rounds = await abbaRounds(
      () => rawRun(url),
      () => sdkRun(url),
      PAIRS,
    );
  } finally {
    server.close();
  }
  const { raw, sdk } = rounds;
  const ratio = (k: keyof Cost) => sdk.map((s, i) => s[k] / (raw[i] as Cost)[k]);
  // The client's CPU time is the measure (a neighbour on a shared machine moves wall time more); the
  // median of the pairs' ratios moves less than a best-of.
  return [
    {
      name: "ws: ticker frames via for-await",
      ratio: median(ratio("cpuMs")),
      baseline: "raw ws + JSON.parse, same server",
      detail: `client CPU; ${fps(median(sdk.map((c) => c.ms)))} vs ${fps(median(raw.map((c) => c.ms)))} frames/s, wall ${median(ratio("ms")).toFixed(2)}x, median of ${sdk.length} ABBA ratios`,
    },
  ];
}
