// Unified WebSocket derivatives book pipeline: KrakenUnifiedWs.book() (lossless decode, CRC32 check of
// every update, exact sorted levels) vs a raw `ws` client doing JSON.parse on the same frames from the
// same local server. ratio = SDK time / raw time (lower is better). As in ws.bench.ts, the server is a
// child process that writes the snapshot and every update as one pre-encoded buffer right after the
// ack, so the client is the bottleneck. Rounds run in ABBA pairs after a warm-up; the figure is the
// median of the pairs' ratios, which a noisy neighbour on a shared machine moves less than a minimum.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { decodeBookMessage } from "../src/book/decode.js";
import { OrderBook } from "../src/book/order-book.js";
import type { BookFrame } from "../src/book/types.js";
import { seededRandom } from "../src/testing/exchange/ids.js";
import { ConnectBudget } from "../src/ws/connection/connect-budget.js";
import { KrakenUnifiedWs } from "../src/ws/unified/index.js";

const UPDATES = 20_000;
const PAIRS = 6;
const DEPTH = 25;

type Lv = [number, string];
const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
const px = (halfTicks: number) => trim((halfTicks / 2).toFixed(1)); // PF_XBTUSD: tick 0.5
const qty = (r: () => number) => trim((r() * 5).toFixed(4)); // sizes with 4 decimals

function frame(type: string, bids: Lv[], asks: Lv[], checksum: number): string {
  const lv = (l: Lv[]) => l.map(([p, q]) => `{"price":${px(p)},"qty":${q}}`).join(",");
  return `{"channel":"book","type":"${type}","data":[{"symbol":"PF_XBTUSD","bids":[${lv(bids)}],"asks":[${lv(asks)}],"checksum":${checksum},"timestamp":"2026-12-07T10:00:00.123456Z"}]}`;
}

/** A snapshot and 1-3 level updates near the top, each with the checksum Kraken would send. */
function stream(): string[] {
  const r = seededRandom(16); // deterministic, so every run measures the same frames
  const bids: Lv[] = [];
  const asks: Lv[] = [];
  for (let i = 0; i < DEPTH; i++) {
    bids.push([130_000 - i * 2, qty(r)]);
    asks.push([130_001 + i * 2, qty(r)]);
  }
  const ref = new OrderBook({
    symbol: "PF_XBTUSD",
    depth: DEPTH,
    pricePrecision: 1,
    qtyPrecision: 4,
    checksum: "off",
  });
  ref.apply(decodeBookMessage(frame("snapshot", bids, asks, 0)) as BookFrame);
  const out = [frame("snapshot", bids, asks, ref.checksum() as number)];
  for (let u = 0; u < UPDATES; u++) {
    const ub: Lv[] = [];
    const ua: Lv[] = [];
    for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
      const isBid = r() < 0.5;
      const side = isBid ? ref.bids(DEPTH) : ref.asks(DEPTH);
      const level = side[Math.floor(r() * r() * side.length)];
      const at = level ? Math.round(Number(level.price) * 2) : isBid ? 129_000 : 131_000;
      const roll = r();
      if (roll < 0.6 || !level) (isBid ? ub : ua).push([at, qty(r)]);
      else if (roll < 0.8) (isBid ? ub : ua).push([at, "0"]);
      else (isBid ? ub : ua).push([at + (isBid ? -1 : 1), qty(r)]);
    }
    ref.apply(decodeBookMessage(frame("update", ub, ua, 0)) as BookFrame);
    out.push(frame("update", ub, ua, ref.checksum() as number));
  }
  return out;
}

const serverCode = (wsPath: string, framesPath: string) => `
const { WebSocketServer } = require(${JSON.stringify(wsPath)});
const frames = JSON.parse(require("node:fs").readFileSync(${JSON.stringify(framesPath)}, "utf8"));
const encode = (text) => {
  const payload = Buffer.from(text);
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x81, n]) : n < 65536 ? Buffer.from([0x81, 126, n >> 8, n & 255])
    : Buffer.concat([Buffer.from([0x81, 127, 0, 0, 0, 0]), Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255])]);
  return Buffer.concat([head, payload]);
};
const all = Buffer.concat(frames.map(encode));
const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("listening", () => process.stdout.write(wss.address().port + "\\n"));
process.stdin.on("end", () => process.exit(0)); // the parent is gone
process.stdin.resume();
const t = "2026-12-07T10:00:00.000000Z";
wss.on("connection", (socket) => {
  socket.on("message", (raw) => {
    const msg = JSON.parse(String(raw));
    const reply = (o) => socket.send(JSON.stringify({ method: msg.method, req_id: msg.req_id, ...o, time_in: t, time_out: t }));
    if (msg.method === "ping") return socket.send(JSON.stringify({ method: "pong", req_id: msg.req_id }));
    const p = msg.params || {};
    const result = { channel: "book", symbol: "PF_XBTUSD", depth: p.depth, snapshot: true };
    if (msg.method === "unsubscribe") return reply({ success: true, result });
    if (msg.method !== "subscribe") return;
    reply({ success: true, result });
    socket._socket.write(all); // right after the ack, on the same TCP socket
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

async function rawRun(url: string): Promise<number> {
  const socket = new WebSocket(url);
  await new Promise((r) => socket.once("open", r));
  const t0 = performance.now();
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
  const ms = performance.now() - t0;
  socket.close();
  if (sink === 0) throw new Error("no data");
  return ms;
}

async function sdkRun(url: string): Promise<number> {
  const uws = new KrakenUnifiedWs({ unified: true, url, connectBudget: new ConnectBudget(1000) });
  await uws.connect();
  const t0 = performance.now();
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
  const ms = performance.now() - t0;
  const s = book.stats;
  const ok = s.resyncs === 0 && s.mismatches === 0 && s.verified >= UPDATES && book.bestBid() !== undefined;
  await uws.close();
  if (!ok) throw new Error(`the Unified book did not stay verified: ${JSON.stringify(s)}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function run(): Promise<
  Array<{ name: string; ratio: number; baseline: string; detail?: string }>
> {
  const dir = mkdtempSync(join(tmpdir(), "kc-uws-bench-"));
  const framesPath = join(dir, "frames.json");
  writeFileSync(framesPath, JSON.stringify(stream()));
  const { child, url } = await startServer(framesPath);
  const ratios: number[] = [];
  const sdkMs: number[] = [];
  const rawMs: number[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      await rawRun(url);
      await sdkRun(url);
    }
    for (let i = 0; i < PAIRS; i++) {
      // ABBA: raw, sdk, sdk, raw — each pair sees the same drift in both orders
      const r1 = await rawRun(url);
      const s1 = await sdkRun(url);
      const s2 = await sdkRun(url);
      const r2 = await rawRun(url);
      ratios.push(s1 / r1, s2 / r2);
      sdkMs.push(s1, s2);
      rawMs.push(r1, r2);
    }
  } finally {
    child.removeAllListeners("exit");
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  const ups = (ms: number) => Math.round((UPDATES / ms) * 1000);
  return [
    {
      name: "unified-ws: derivatives book pipeline",
      ratio: median(ratios),
      baseline: "raw ws + JSON.parse, same frames",
      detail: `${ups(median(sdkMs))} vs ${ups(median(rawMs))} updates/s, depth ${DEPTH}, CRC32 on every update, median of ${ratios.length} ABBA ratios`,
    },
  ];
}
