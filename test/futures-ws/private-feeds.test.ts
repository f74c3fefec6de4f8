// KrakenFuturesWs private feeds: the challenge (Kraken's published vector, once per connection, sent
// with every private subscribe and unsubscribe), refusals as typed auth errors with no secret in them,
// and every private feed fed by REST orders on the simulator's venue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthentSigner } from "../../src/auth/authent.js";
import { KrakenConfigError, KrakenFuturesWsAuthError } from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { futuresClient } from "../futures/helpers.js";
import { DEMO_FUTURES_API_SECRET, fwsClient, next, startFuturesSim } from "./helpers.js";

let sim: KrakenSimulator;
beforeAll(async () => {
  sim = await startFuturesSim();
});
afterAll(() => sim.close());

describe("challenge", () => {
  it("reproduces Kraken's published signing vector through Web Crypto", async () => {
    const signer = createAuthentSigner(
      "7zxMEF5p/Z8l2p2U7Ghv6x14Af+Fx+92tPgUdVQ748FOIrEoT9bgT+bTRfXc5pz8na+hL/QdrCVG7bh9KpT0eMTm",
    );
    expect(await signer.sign("c100b894-1729-464d-ace1-52dbce11db42", "", "")).toBe(
      "4JEpF3ix66GA2B+ooK128Ift4XQVtc137N9yeg4Kqsn9PI0Kpzbysl9M1IeCEdjg0zl00wkVqcsnG4bmnlMb3A==",
    );
  });

  it("is requested once per connection and sent with every private subscribe and unsubscribe", async () => {
    const before = sim.futuresWs.challenges.length;
    const fws = fwsClient(sim, { keys: true });
    const a = await fws.subscribe({ feed: "fills" });
    const b = await fws.subscribe({ feed: "open_positions" });
    await a.unsubscribe();
    await b.unsubscribe();
    const c = await fws.subscribe({ feed: "balances" });
    expect(sim.futuresWs.challenges.length - before).toBe(1);
    expect(fws.diagnostics.challenges).toBe(1);
    await c.unsubscribe();
    await fws.close();
  });

  it("private feeds without keys fail fast with KrakenConfigError", async () => {
    const fws = fwsClient(sim);
    await expect(fws.subscribe({ feed: "fills" })).rejects.toBeInstanceOf(KrakenConfigError);
    await fws.close();
  });

  it("a refused challenge rejects with KrakenFuturesWsAuthError naming no secret; the next try gets a fresh challenge", async () => {
    const fws = fwsClient(sim, { keys: true });
    const errors: unknown[] = [];
    fws.on("error", (e) => errors.push(e));
    sim.faults.futuresWs.refuseChallenges(1);
    const before = sim.futuresWs.challenges.length;
    const e = await fws.subscribe({ feed: "fills" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KrakenFuturesWsAuthError);
    const issued = sim.futuresWs.challenges.slice(before);
    const text = `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack} ${JSON.stringify(errors)}`;
    for (const secret of [DEMO_FUTURES_API_SECRET, ...issued]) expect(text).not.toContain(secret);
    const sub = await fws.subscribe({ feed: "fills" });
    expect(sim.futuresWs.challenges.length - before).toBe(2);
    await sub.unsubscribe();
    await fws.close();
  });

  it("a wrong secret is refused the same way", async () => {
    const fws = fwsClient(sim, {
      apiKey: "SIMULATOR-FUTURES-DEMO-KEY-000000000000000000000000000000",
      apiSecret: btoa("not the secret, just 32 bytes..."),
    });
    await expect(fws.subscribe({ feed: "open_orders" })).rejects.toBeInstanceOf(KrakenFuturesWsAuthError);
    await fws.close();
  });

  it("acks that echo the key and challenge never reach an error excerpt", async () => {
    const fws = fwsClient(sim, { keys: true });
    const errors: unknown[] = [];
    fws.on("error", (e) => errors.push(e));
    const sub = await fws.subscribe({ feed: "account_log" });
    await sub.unsubscribe();
    expect(JSON.stringify(errors)).not.toContain(sim.futuresWs.challenges.at(-1) as string);
    await fws.close();
  });
});

describe("private feeds fed by REST orders", () => {
  it("open_orders and open_orders_verbose: snapshot, new order, cancel", async () => {
    const fws = fwsClient(sim, { keys: true });
    const rest = futuresClient(sim);
    for (const feed of ["open_orders", "open_orders_verbose"] as const) {
      const sub = await fws.subscribe({ feed });
      const snap = await next(sub);
      expect(snap.feed).toBe(`${feed}_snapshot`);
      await rest.sendOrder({
        orderType: "lmt",
        symbol: "PF_XBTUSD",
        side: "buy",
        size: "0.25",
        limitPrice: "2000.5",
      });
      const placed = await next(sub);
      if (!("is_cancel" in placed)) throw new Error("expected a delta");
      expect(placed.is_cancel).toBe(false);
      expect(placed.reason).toBe("new_placed_order_by_user");
      expect(placed.order?.limit_price).toBe("2000.5");
      expect(placed.order?.qty).toBe("0.25");
      await rest.cancelAllOrders();
      const gone = await next(sub);
      if (!("is_cancel" in gone)) throw new Error("expected a delta");
      expect([gone.is_cancel, gone.reason]).toEqual([true, "cancelled_by_user"]);
      await sub.unsubscribe();
    }
    await fws.close();
  });

  it("fills, open_positions, balances and account_log after a market order", async () => {
    const fws = fwsClient(sim, { keys: true });
    const fills = await fws.subscribe({ feed: "fills" });
    const positions = await fws.subscribe({ feed: "open_positions" });
    const balances = await fws.subscribe({ feed: "balances" });
    const log = await fws.subscribe({ feed: "account_log" });
    expect((await next(fills)).feed).toBe("fills_snapshot");
    expect((await next(positions)).feed).toBe("open_positions");
    const bSnap = await next(balances);
    expect(bSnap.feed).toBe("balances_snapshot");
    expect(typeof bSnap.flex_futures.portfolio_value).toBe("string");
    expect((await next(log)).feed).toBe("account_log_snapshot");
    await futuresClient(sim).sendOrder({ orderType: "mkt", symbol: "PF_XBTUSD", side: "buy", size: "0.003" });
    const f = await next(fills);
    expect(f.feed).toBe("fills");
    expect(f.fills[0]?.qty).toBe("0.003");
    expect(f.fills[0]?.buy).toBe(true);
    expect(typeof f.fills[0]?.price).toBe("string");
    const p = await next(positions, (m) => m.positions.some((x) => x.instrument === "PF_XBTUSD"));
    const pos = p.positions.find((x) => x.instrument === "PF_XBTUSD");
    expect(pos?.balance).toBe(sim.futures.account("demo").positionSize("PF_XBTUSD"));
    const b = await next(balances);
    expect(b.feed).toBe("balances");
    const entry = await next(log);
    expect(entry.feed).toBe("account_log");
    expect(entry.new_entry?.info).toBe("futures trade");
    await fws.close();
  });

  it("notifications_auth: the venue's notifications", async () => {
    sim.futures.notifications.push({
      type: "maintenance",
      priority: "high",
      note: "upgrade",
      effectiveTime: 1,
    });
    const fws = fwsClient(sim, { keys: true });
    const sub = await fws.subscribe({ feed: "notifications_auth" });
    const n = await next(sub);
    expect(n.notifications.at(-1)).toMatchObject({ type: "maintenance", priority: "high", note: "upgrade" });
    await fws.close();
  });
});
