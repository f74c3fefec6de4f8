// Derivatives books over the Unified WebSocket: KrakenUnifiedWs.book() keeps a PF_ book checksum-
// verified (CRC32 of the top 10, as the Unified book page's v2 guide defines) with exact decimal
// strings, follows fills made through Derivatives REST, and a corrupted checksum resyncs that symbol only.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { formatNumber } from "../../src/testing/ws/json.js";
import type { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { futuresClient } from "../futures/helpers.js";
import { startSim, unifiedClient } from "./helpers.js";

let sim: KrakenSimulator;
let ws: KrakenUnifiedWs;
beforeEach(async () => {
  sim = await startSim();
  ws = unifiedClient(sim);
});
afterEach(async () => {
  await ws.close();
  await sim.close();
});

// PF_XBTUSD: tick 0.5, sizes with 4 decimals; PF_ETHUSD: tick 0.01, 3 decimals (the venue's defaults)
const xbt = { asset_class: "derivatives", symbol: "PF_XBTUSD", pricePrecision: 1, qtyPrecision: 4 } as const;
const eth = { asset_class: "derivatives", symbol: "PF_ETHUSD", pricePrecision: 2, qtyPrecision: 3 } as const;
const venueTop = (symbol: string, side: "buy" | "sell") => {
  const [price, qty] = sim.futures.books.get(symbol)!.aggregated(side, 1)[0]!;
  return { price: formatNumber(price), qty: formatNumber(qty) };
};
const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("derivatives books over the Unified WebSocket", () => {
  it("needs asset_class and both precisions, checked before anything is sent", async () => {
    await expect(ws.book({ symbol: "PF_XBTUSD" })).rejects.toBeInstanceOf(KrakenValidationError);
    await expect(ws.book({ asset_class: "derivatives", symbol: "PF_XBTUSD" })).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    expect(sim.unifiedReceived).toEqual([]);
  });

  it("a verified snapshot with the venue's top of book as exact strings, then REST fills applied", async () => {
    const book = await ws.book({ ...xbt, depth: 10 });
    expect(book.synced).toBe(true);
    expect(book.bestBid()).toEqual(venueTop("PF_XBTUSD", "buy"));
    expect(book.bestAsk()).toEqual(venueTop("PF_XBTUSD", "sell"));
    const sub = JSON.parse(sim.unifiedReceived[0]!.text) as { params: Record<string, unknown> };
    expect(sub.params).toMatchObject({ channel: "book", asset_class: "derivatives", symbol: ["PF_XBTUSD"] });
    const ask = book.bestAsk()!;
    await futuresClient(sim).sendOrder({
      orderType: "ioc",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.0001",
      limitPrice: ask.price,
    });
    await until(() => book.bestAsk()?.qty !== ask.qty || book.bestAsk()?.price !== ask.price);
    expect(book.bestAsk()).toEqual(venueTop("PF_XBTUSD", "sell"));
    expect(book.stats.verified).toBeGreaterThan(0);
    expect(book.stats.mismatches).toBe(0);
  });

  it("a corrupted checksum resyncs that symbol's book only", async () => {
    const a = await ws.book({ ...xbt, depth: 10 });
    const b = await ws.book({ ...eth, depth: 10 });
    const resyncs: string[] = [];
    a.on("resync", ({ reason }) => resyncs.push(`xbt:${reason}`));
    b.on("resync", ({ reason }) => resyncs.push(`eth:${reason}`));
    sim.faults.unified.corruptChecksum("PF_XBTUSD");
    const ask = a.bestAsk()!;
    await futuresClient(sim).sendOrder({
      orderType: "ioc",
      symbol: "PF_XBTUSD",
      side: "buy",
      size: "0.0001",
      limitPrice: ask.price,
    });
    await until(() => resyncs.length > 0 && a.synced);
    expect(resyncs).toEqual(["xbt:checksum-mismatch"]);
    expect(a.bestAsk()).toEqual(venueTop("PF_XBTUSD", "sell"));
    expect(b.synced).toBe(true);
    expect(b.stats.resyncs).toBe(0);
  });
});
