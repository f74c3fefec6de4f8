import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decimal } from "../../src/testing/exchange/index.js";
import { MarketGenerator } from "../../src/testing/market/index.js";
import { BTC_ASKS, BTC_BIDS, L3_ASKS, L3_BIDS } from "../book/vectors.js";
import { isChannel, isMethod, type RawClient, type Sim, startSim } from "./helpers.js";
import {
  checksumFromText,
  cmpLit,
  levelsFromText,
  ReferenceBook,
  ReferenceL3Book,
  referenceChecksum,
  referenceL3Checksum,
} from "./reference-book.js";

const PAIRS = ["BTC/USD", "ETH/USD", "ETH/BTC", "PEPE/USD"];

describe("reference checksum code against Kraken's published vectors", () => {
  it("BTC/USD book vector 3310070434", () => {
    expect(referenceChecksum(BTC_ASKS, BTC_BIDS, 1, 8)).toBe(3310070434);
  });

  it("MATIC/USD snapshot 2439117997 and update 2114181697 from trimmed JSON numbers", () => {
    const snapshot =
      '{"channel":"book","type":"snapshot","data":[{"symbol":"MATIC/USD","bids":[{"price":0.5666,"qty":4831.75496356},{"price":0.5665,"qty":6658.22734739},{"price":0.5664,"qty":18724.91513344},{"price":0.5663,"qty":11563.92544914},{"price":0.5662,"qty":14006.65365711},{"price":0.5661,"qty":17454.85679807},{"price":0.566,"qty":18097.1547},{"price":0.5659,"qty":33644.89175666},{"price":0.5658,"qty":148.3464},{"price":0.5657,"qty":606.70854372}],"asks":[{"price":0.5668,"qty":4410.79769741},{"price":0.5669,"qty":4655.40412487},{"price":0.567,"qty":49844.89424998},{"price":0.5671,"qty":24306.41678},{"price":0.5672,"qty":29783.25223475},{"price":0.5673,"qty":57234.71239278},{"price":0.5674,"qty":45065.04744},{"price":0.5675,"qty":5912.76380354},{"price":0.5676,"qty":42514.92434778},{"price":0.5677,"qty":36304.0847022}],"checksum":2439117997,"timestamp":"2023-10-06T17:35:55.440295Z"}]}';
    const book = new ReferenceBook(10);
    book.apply(snapshot, true);
    expect(book.checksum(4, 8)).toBe(checksumFromText(snapshot));
    const update =
      '{"channel":"book","type":"update","data":[{"symbol":"MATIC/USD","bids":[{"price":0.5657,"qty":1098.3947558}],"asks":[],"checksum":2114181697,"timestamp":"2023-10-06T17:35:55.440295Z"}]}';
    book.apply(update, false);
    expect(book.checksum(4, 8)).toBe(2114181697);
  });

  it("BTC/USD level3 vector 1063832831", () => {
    // orders in queue order, grouped into price levels (best first, as in the shared table)
    const levels = (orders: ReadonlyArray<readonly [string, string, string, string]>) => {
      const out: Array<Array<[string, string]>> = [];
      let last = "";
      for (const [p, q] of orders) {
        if (p !== last) out.push([]);
        out[out.length - 1]!.push([p, q]);
        last = p;
      }
      return out;
    };
    expect(referenceL3Checksum(levels(L3_ASKS), levels(L3_BIDS), 1, 8)).toBe(1063832831);
  });
});

describe("book and level3 frames over thousands of updates", () => {
  let sim: Sim;
  beforeEach(async () => {
    sim = await startSim({ ws: { heartbeatIntervalMs: 60_000 } });
  });
  afterEach(async () => {
    await sim.close();
  });

  async function precisions(): Promise<Map<string, [number, number]>> {
    const c = await sim.connect();
    c.send({ method: "subscribe", params: { channel: "instrument" }, req_id: 1 });
    const m = await c.waitFor(isChannel("instrument", "snapshot"));
    const pairs = (
      m.data as { pairs: Array<{ symbol: string; price_precision: number; qty_precision: number }> }
    ).pairs;
    return new Map(pairs.map((p) => [p.symbol, [p.price_precision, p.qty_precision]]));
  }

  async function settle(clients: RawClient[]): Promise<void> {
    for (const c of clients) {
      const from = c.frames.length;
      c.send({ method: "ping", req_id: 999 });
      await c.waitFor(isMethod("pong"), 10_000, from);
    }
  }

  it("every checksum matches an independent recomputation and the kept book equals the exchange's", async () => {
    const prec = await precisions();
    const l2 = new Map<number, RawClient>();
    for (const depth of [10, 25, 100]) {
      const c = await sim.connect();
      c.send({ method: "subscribe", params: { channel: "book", symbol: PAIRS, depth }, req_id: depth });
      await c.waitCount(isChannel("book", "snapshot"), PAIRS.length);
      l2.set(depth, c);
    }
    const l3 = new Map<number, RawClient>();
    for (const depth of [10, 100]) {
      const c = await sim.connect("level3");
      c.send({
        method: "subscribe",
        params: { channel: "level3", symbol: PAIRS, depth, token: sim.token() },
        req_id: depth,
      });
      await c.waitCount(isChannel("level3", "snapshot"), PAIRS.length);
      l3.set(depth, c);
    }
    const gen = new MarketGenerator(sim.exchange, { seed: 42 });
    for (let i = 0; i < 1500; i++) {
      gen.step();
      await Promise.resolve();
      if (i % 250 === 0) await new Promise((r) => setImmediate(r));
    }
    await settle([...l2.values(), ...l3.values()]);

    let checked = 0;
    let mismatches = 0;
    let longQty = 0;
    for (const [depth, c] of l2) {
      const books = new Map<string, ReferenceBook>();
      for (const text of c.frames) {
        if (!text.startsWith('{"channel":"book"')) continue;
        const symbol = /"symbol":"([^"]+)"/.exec(text)![1]!;
        const [pp, qp] = prec.get(symbol)!;
        const book = books.get(symbol) ?? new ReferenceBook(depth);
        books.set(symbol, book);
        book.apply(text, text.includes('"type":"snapshot"'));
        if (book.checksum(pp, qp) !== checksumFromText(text)) mismatches++;
        checked++;
        for (const [, q] of levelsFromText(text, "bids"))
          if (q.replace(/\D/g, "").replace(/^0+/, "").length >= 15) longQty++;
        expect(text).not.toMatch(/"(price|qty)":-?[\d.]*e/i);
      }
      for (const symbol of PAIRS) {
        const ex = sim.exchange.book(symbol);
        for (const side of ["bids", "asks"] as const) {
          const want = ex.aggregated(side === "bids" ? "buy" : "sell", depth).map(([p, q]) => [p, q]);
          const got = books.get(symbol)!.sorted(side);
          expect(got.length).toBe(want.length);
          got.forEach(([p, q], i) => {
            expect(cmpLit(p, want[i]![0]!)).toBe(0);
            expect(cmpLit(q, want[i]![1]!)).toBe(0);
          });
        }
      }
    }
    expect(mismatches).toBe(0);
    expect(checked).toBeGreaterThan(3000);
    expect(longQty).toBeGreaterThan(0);

    let l3checked = 0;
    let l3mismatches = 0;
    for (const [depth, c] of l3) {
      const books = new Map<string, ReferenceL3Book>();
      for (const text of c.frames) {
        if (!text.startsWith('{"channel":"level3"')) continue;
        const symbol = /"symbol":"([^"]+)"/.exec(text)![1]!;
        const [pp, qp] = prec.get(symbol)!;
        const book = books.get(symbol) ?? new ReferenceL3Book(depth);
        books.set(symbol, book);
        book.apply(text, text.includes('"type":"snapshot"'));
        if (book.checksum(pp, qp) !== checksumFromText(text)) l3mismatches++;
        l3checked++;
      }
      for (const symbol of PAIRS) {
        const ex = sim.exchange.book(symbol);
        for (const side of ["bids", "asks"] as const) {
          const want = ex
            .side(side === "bids" ? "buy" : "sell")
            .slice(0, depth)
            .map((l) => l.orders.map((o) => o.id));
          const got = books
            .get(symbol)!
            .sorted(side)
            .map(([, orders]) => orders.map((o) => o.id));
          expect(got).toEqual(want);
        }
      }
    }
    expect(l3mismatches).toBe(0);
    expect(l3checked).toBeGreaterThan(2000);
  }, 60_000);
});

describe("book state across unsubscribe and resubscribe", () => {
  it("a resubscribed client keeps an exact book while the market moved in between", async () => {
    const sim = await startSim({ ws: { heartbeatIntervalMs: 60_000 } });
    try {
      const c = await sim.connect();
      const gen = new MarketGenerator(sim.exchange, { seed: 9, pairs: ["ETH/BTC"] });
      const sub = { channel: "book", symbol: ["ETH/BTC"], depth: 25 };
      c.send({ method: "subscribe", params: sub, req_id: 1 });
      await c.waitFor(isChannel("book", "snapshot"));
      gen.run(50);
      c.send({ method: "unsubscribe", params: sub, req_id: 2 });
      await c.waitFor((m) => m.req_id === 2);
      for (let i = 0; i < 100; i++) {
        gen.step();
        await Promise.resolve();
      }
      const from = c.frames.length;
      c.send({ method: "subscribe", params: sub, req_id: 3 });
      await c.waitFor(isChannel("book", "snapshot"), 3000, from);
      for (let i = 0; i < 200; i++) {
        gen.step();
        await Promise.resolve();
      }
      c.send({ method: "ping", req_id: 4 });
      await c.waitFor(isMethod("pong"), 5000, from);
      const book = new ReferenceBook(25);
      let mismatches = 0;
      for (const text of c.frames.slice(from)) {
        if (!text.startsWith('{"channel":"book"')) continue;
        book.apply(text, text.includes('"type":"snapshot"'));
        if (book.checksum(5, 8) !== checksumFromText(text)) mismatches++;
      }
      expect(mismatches).toBe(0);
      const want = sim.exchange.book("ETH/BTC").aggregated("buy", 25);
      expect(book.sorted("bids").map(([p]) => p).length).toBe(want.length);
      book.sorted("bids").forEach(([p, q], i) => {
        expect(cmpLit(p, want[i]![0])).toBe(0);
        expect(cmpLit(q, want[i]![1])).toBe(0);
      });
    } finally {
      await sim.close();
    }
  });
});

describe("book baseline after the mirror was dropped", () => {
  it("a level that appeared while nobody watched and vanishes after resubscribing is deleted", async () => {
    const sim = await startSim({ ws: { heartbeatIntervalMs: 60_000 } });
    try {
      const c = await sim.connect();
      const sub = { channel: "book", symbol: ["BTC/USD"], depth: 10 };
      c.send({ method: "subscribe", params: sub, req_id: 1 });
      await c.waitFor(isChannel("book", "snapshot"));
      c.send({ method: "unsubscribe", params: sub, req_id: 2 });
      await c.waitFor((m) => m.req_id === 2);
      const bid = sim.exchange.book("BTC/USD").best("buy")!.price;
      sim.exchange.addLiquidity("BTC/USD", "buy", decimal.sub(bid, "0.1"), "0.1");
      await new Promise((r) => setImmediate(r));
      const l = sim.exchange.addLiquidity("BTC/USD", "buy", decimal.add(bid, "0.1"), "0.2");
      await new Promise((r) => setImmediate(r));
      const from = c.frames.length;
      c.send({ method: "subscribe", params: sub, req_id: 3 });
      await c.waitFor(isChannel("book", "snapshot"), 3000, from);
      sim.exchange.removeLiquidity(l.id);
      await c.waitFor(isChannel("book", "update"), 3000, from);
      const book = new ReferenceBook(10);
      for (const text of c.frames.slice(from)) {
        if (!text.startsWith('{"channel":"book"')) continue;
        book.apply(text, text.includes('"type":"snapshot"'));
        expect(book.checksum(1, 8)).toBe(checksumFromText(text));
      }
      expect(cmpLit(book.sorted("bids")[0]![0], bid)).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
