// Order-book benchmarks (run by bench/run.mjs); every figure is a ratio against JSON.parse of the same
// frames measured in the same run:
// 1. decodeBookMessage alone (lossless) vs JSON.parse (lossy) of realistic update frames;
// 2. decode + apply + CRC32 verification of every update, at depths 10, 100 and 1000, vs JSON.parse;
// 3. memory of 50 books at depth 1000 vs the same snapshots kept as JSON.parse output.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { decodeBookMessage } from "../src/book/decode.js";
import { OrderBook } from "../src/book/order-book.js";
import type { BookFrame } from "../src/book/types.js";
import { bookStream } from "./book-stream.js";

const UPDATES = 2000;
const ROUNDS = 25;

/** CPU time (ms) of `fn`: on a busy machine this is far steadier than wall-clock time. */
function timeIt(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/**
 * Runs both variants alternately, many short rounds, and keeps each one's fastest round: on a shared
 * machine the minimum is the least disturbed estimate of the cost, and alternating exposes both
 * variants to the same conditions.
 */
function compare(sdk: () => void, base: () => void): { sdk: number; base: number } {
  for (let i = 0; i < 2; i++) {
    sdk();
    base();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    a.push(timeIt(sdk));
    b.push(timeIt(base));
  }
  return { sdk: Math.min(...a), base: Math.min(...b) };
}

let sink: unknown;

function decodeOnly() {
  const { updates } = bookStream(10, 1, UPDATES);
  const t = compare(
    () => {
      for (const u of updates) sink = decodeBookMessage(u);
    },
    () => {
      for (const u of updates) sink = JSON.parse(u);
    },
  );
  return {
    name: "book: decode update frames (lossless)",
    ratio: t.sdk / t.base,
    baseline: "JSON.parse of the same frames (lossy)",
    detail: `${((t.sdk * 1000) / updates.length).toFixed(2)} us vs ${((t.base * 1000) / updates.length).toFixed(2)} us per frame`,
  };
}

function applyVerify(depth: number) {
  const { snapshot, updates } = bookStream(depth, depth, UPDATES);
  let failures = 0;
  const t = compare(
    () => {
      const book = new OrderBook({ symbol: "BTC/USD", depth, pricePrecision: 1, qtyPrecision: 8 });
      book.apply(decodeBookMessage(snapshot) as BookFrame);
      for (const u of updates) {
        const r = book.apply(decodeBookMessage(u) as BookFrame);
        if (!r.ok || !r.verified) failures++;
      }
    },
    () => {
      sink = JSON.parse(snapshot);
      for (const u of updates) sink = JSON.parse(u);
    },
  );
  if (failures > 0) throw new Error(`book bench: ${failures} updates failed verification at depth ${depth}`);
  return {
    name: `book: decode+apply+verify, depth ${depth}`,
    ratio: t.sdk / t.base,
    baseline: "JSON.parse alone, same frames",
    detail: `${((t.sdk * 1000) / updates.length).toFixed(2)} us vs ${((t.base * 1000) / updates.length).toFixed(2)} us per update`,
  };
}

function heapUsed(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

function memory() {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const snaps = Array.from({ length: 50 }, (_, i) => bookStream(1000, 100 + i, 0).snapshot);
  const h0 = heapUsed(gc);
  const books = snaps.map((s) => {
    const b = new OrderBook({ symbol: "BTC/USD", depth: 1000, pricePrecision: 1, qtyPrecision: 8 });
    b.apply(decodeBookMessage(s) as BookFrame);
    b.checksum();
    return b;
  });
  const h1 = heapUsed(gc);
  const parsed = snaps.map((s) => JSON.parse(s));
  const h2 = heapUsed(gc);
  sink = [books, parsed];
  const bookBytes = h1 - h0;
  const parsedBytes = h2 - h1;
  return {
    name: "book: memory of 50 books at depth 1000",
    ratio: bookBytes / parsedBytes,
    baseline: "the same snapshots kept as JSON.parse objects",
    detail: `${(bookBytes / 1048576).toFixed(1)} MiB vs ${(parsedBytes / 1048576).toFixed(1)} MiB (${Math.round(bookBytes / 100_000)} B per level)`,
  };
}

export async function run() {
  const rows = [decodeOnly(), applyVerify(10), applyVerify(100), applyVerify(1000), memory()];
  void sink;
  return rows;
}
