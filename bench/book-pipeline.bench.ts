// The whole Spot book pipeline over a socket: KrakenWs.book() (socket, router, lossless decode, apply,
// CRC32 of every update) vs a raw `ws` client doing JSON.parse on the same frames from the same local
// server, at depth 10, 100 and 1000. ratio = SDK client CPU / raw client CPU (lower is better). As in
// ws.bench.ts the server is a child process that writes the snapshot and every update as one
// pre-encoded buffer right after the ack, so the client is the bottleneck. After a warm-up, rounds run
// in ABBA pairs; the figure is the median of the pair ratios, which a noisy neighbour moves less than
// a minimum. A round in which any checksum fails or the book resyncs aborts the bench.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { KrakenWs } from "../src/ws/client.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { bookStream } from "./book-stream.js";

const DEPTHS = [10, 100, 1000] as const;
const UPDATES = 20_000;
const PAIRS = 4;

const serverCode = (wsPath: string, framesPath: string) => `
const { WebSocketServer } = require(${JSON.stringify(wsPath)});
const feeds = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(framesPath)}, "utf8"));
const encode = (text) => {
  const payload = Buffer.from(text);
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x81, n]) : n < 65536 ? Buffer.from([0x81, 126, n >> 8, n & 255])
    : Buffer.concat([Buffer.from([0x81, 127, 0, 0, 0, 0]), Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255])]);
  return Buffer.concat([head, payload]);
};
const all = {};
for (const [depth, f] of Object.entries(feeds)) all[depth] = Buffer.concat([f.snapshot, ...f.updates].map(encode));
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("listening", () => process.stdout.write(wss.address().port + "\\n"));
process.stdin.on("end", () => process.exit(0)); // the parent is gone
process.stdin.resume();
const t = "2026-11-25T18:00:00.000000Z";
wss.on("connection", (socket) => {
  socket.on("message", (raw) => {
    const msg = JSON.parse(String(raw));
    const reply = (o) => socket.send(JSON.stringify({ method: msg.method, req_id: msg.req_id, ...o, time_in: t, time_out: t }));
    if (msg.method === "ping") return socket.send(JSON.stringify({ method: "pong", req_id: msg.req_id }));
    const p = msg.params || {};
    const result = { channel: "book", symbol: "BTC/USD", depth: p.depth, snapshot: true };
    if (msg.method === "unsubscribe") return reply({ success: true, result });
    if (msg.method !== "subscribe") return;
    reply({ success: true, result });
    if (all[p.depth]) socket._socket.write(all[p.depth]); // right after the ack, on the same TCP socket
  });
});
`;

function startServer(framesPath: string): Promise<{ child: ChildProcess; url: string }> {
  const wsPath = createRequire(import.meta.url).resolve("ws");
  const child = spawn(process.execPath, ["-e", serverCode(wsPath, framesPath)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
    child.stdout?.once("data", (d: Buffer) =>
      resolve({ child, url: `ws://127.0.0.1:${Number.parseInt(String(d), 10)}` }),
    );
  });
}

interface Cost {
  ms: number;
  cpuMs: number;
}

function measure(): () => Cost {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpuMs: (c.user + c.system) / 1000 };
  };
}

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const dir = mkdtempSync(join(tmpdir(), "kc-book-bench-"));
  const framesPath = join(dir, "frames.json");
  writeFileSync(
    framesPath,
    JSON.stringify(Object.fromEntries(DEPTHS.map((d) => [d, bookStream(d, d, UPDATES)]))),
  );
  const { child, url } = await startServer(framesPath);
  const rows = [];
  try {
    for (const depth of DEPTHS) {
      const ratios: number[] = [];
      const wall: number[] = [];
      const sdkMs: number[] = [];
      for (let i = 0; i < 2; i++) {
        await rawRun(url, depth);
        await sdkRun(url, depth);
      }
      for (let i = 0; i < PAIRS; i++) {
        // ABBA: raw, sdk, sdk, raw — each pair sees the same drift in both orders
        const r1 = await rawRun(url, depth);
        const s1 = await sdkRun(url, depth);
        const s2 = await sdkRun(url, depth);
        const r2 = await rawRun(url, depth);
        ratios.push(s1.cpuMs / r1.cpuMs, s2.cpuMs / r2.cpuMs);
        wall.push(s1.ms / r1.ms, s2.ms / r2.ms);
        sdkMs.push(s1.cpuMs, s2.cpuMs);
      }
      rows.push({
        name: `book: KrakenWs pipeline, depth ${depth}`,
        ratio: median(ratios),
        baseline: "raw ws + JSON.parse, same frames (client CPU)",
        detail: `${((median(sdkMs) * 1000) / UPDATES).toFixed(2)} us per update, wall ${median(wall).toFixed(2)}x, every checksum verified, median of ${ratios.length} ABBA ratios`,
      });
    }
  } finally {
    child.removeAllListeners("exit");
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
