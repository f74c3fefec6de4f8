// Subscribe refusals: transient ones (service unavailable, internal error, rate limits) are retried by
// a live book with its resync backoff, final ones (unknown pair, bad arguments) end it with an error,
// and an error answer settles only the request it belongs to (req_id, method and symbol).
import { afterEach, describe, expect, it } from "vitest";
import { KrakenSubscribeError } from "../../src/errors/ws.js";
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import type { KrakenWs } from "../../src/ws/index.js";
import { bookFrame, MATIC_ASKS, MATIC_BIDS } from "../book/vectors.js";
import { clientFor } from "./helpers/client.js";
import { type ScriptServer, startScriptServer } from "./helpers/script-server.js";

let sim: KrakenSimulator | undefined;
let server: ScriptServer | undefined;
let ws: KrakenWs | undefined;
afterEach(async () => {
  await ws?.close();
  await sim?.close();
  await server?.close();
  ws = sim = server = undefined;
});

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function simBook() {
  sim = await startKrakenSimulator({ market: { autoStart: false, seed: 5 } });
  const s = sim;
  ws = new (await import("../../src/ws/index.js")).KrakenWs({ url: s.wsUrl, reconnect: { minDelayMs: 10 } });
  const book = await ws.book({
    symbol: "BTC/USD",
    depth: 10,
    resync: { budget: 5, windowMs: 60_000, minDelayMs: 20, maxDelayMs: 40 },
  });
  const subscribes = () =>
    s.recorder.frames.filter((f) => f.text.includes('"subscribe"') && f.text.includes("BTC/USD")).length;
  const errors: unknown[] = [];
  book.on("error", (e) => errors.push(e));
  const step = async (n: number) => {
    for (let i = 0; i < n; i++) {
      s.market?.step();
      await Promise.resolve();
    }
    await new Promise((r) => setTimeout(r, 20));
  };
  return { sim: s, ws, book, subscribes, errors, step };
}

describe("subscribe refusals", () => {
  it.each(["EService:Unavailable", "EGeneral:Internal error", "EGeneral:Too many requests"])(
    "a resync refused with %s is retried with the backoff until the book is synced again",
    async (refusal) => {
      const { sim, book, subscribes, errors, step } = await simBook();
      const before = subscribes();
      sim.faults.ws.rejectMethod("subscribe", refusal, 2);
      sim.faults.ws.corruptChecksum("BTC/USD");
      await step(50);
      await until(() => book.synced && book.stats.snapshots === 2);
      expect(subscribes() - before).toBe(3); // two refused, the third accepted
      const refused = errors.filter((e) => (e as { code?: string }).code === refusal);
      expect(refused).toHaveLength(2);
      expect(refused.every((e) => (e as { retryable: boolean }).retryable)).toBe(true);
      await step(100);
      expect(book.synced).toBe(true);
      expect(book.stats.mismatches).toBe(1);
    },
  );

  it("a final refusal (bad arguments) ends the book with a non-retryable error and no retry loop", async () => {
    const { sim, ws, book, subscribes, errors, step } = await simBook();
    const before = subscribes();
    sim.faults.ws.rejectMethod("subscribe", "EGeneral:Invalid arguments", 1);
    sim.faults.ws.corruptChecksum("BTC/USD");
    await step(50);
    await until(() => subscribes() - before === 1 && errors.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(subscribes() - before).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "EGeneral:Invalid arguments", retryable: false });
    expect((errors[0] as Error).cause).toBeInstanceOf(KrakenSubscribeError);
    expect(book.synced).toBe(false);
    await until(() => ws.diagnostics.wireSubscriptions === 0); // the book let go of everything
  });

  it("an error answer for another symbol that carries our req_id settles nothing: the book opens", async () => {
    server = await startScriptServer();
    const srv = server;
    srv.intercept = (conn, msg) => {
      const params = msg.params as { channel?: string; symbol?: string[] } | undefined;
      if (msg.method !== "subscribe" || params?.channel !== "book") return false;
      const base = { method: "subscribe", req_id: msg.req_id, time_in: "t", time_out: "t" };
      // a hostile or buggy server: an error naming a symbol we did not ask for, with our req_id
      srv.send(conn, {
        ...base,
        success: false,
        error: "Currency pair not supported ETH/XYZ",
        symbol: "ETH/XYZ",
      });
      srv.send(conn, { ...base, method: "unsubscribe", success: false, error: "EGeneral:Internal error" });
      srv.send(conn, { ...base, success: true, result: { channel: "book", symbol: "MATIC/USD", depth: 25 } });
      srv.send(conn, bookFrame("snapshot", "MATIC/USD", MATIC_BIDS, MATIC_ASKS, 2439117997));
      return true;
    };
    ws = clientFor(srv);
    const clientErrors: string[] = [];
    ws.on("error", (e) => clientErrors.push(e.message));
    const book = await ws.book({ symbol: "MATIC/USD", depth: 10, pricePrecision: 4, qtyPrecision: 8 });
    expect(book.synced).toBe(true);
    expect(book.stats.verified).toBe(1);
    await until(() => clientErrors.length === 2);
    expect(clientErrors[0]).toContain("unmatched subscribe error: Currency pair not supported ETH/XYZ");
    expect(clientErrors[1]).toContain("unmatched unsubscribe error");
  });
});
