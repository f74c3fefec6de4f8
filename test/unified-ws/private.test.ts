// KrakenUnifiedWs against the simulator's Unified private endpoint: the Spot WebSocket token, the
// derivatives account streams (executions, balances, positions, margin) with exact decimal strings,
// sequence gaps reconciled through Derivatives REST, and a fresh token and replay after a drop.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import { KrakenSubscribeError } from "../../src/errors/ws.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { formatNumber } from "../../src/testing/ws/json.js";
import type { ResyncedEvent } from "../../src/ws/subscriptions/events.js";
import type { SequenceGap } from "../../src/ws/subscriptions/sequence.js";
import type { ExecutionsMessage } from "../../src/ws/types/channels.js";
import type { MarginMessage, PositionsMessage } from "../../src/ws/types/unified.js";
import { futuresReconciler, type KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { nextEvent } from "../ws/helpers/client.js";
import { first, startSim, unifiedClient } from "./helpers.js";

let sim: KrakenSimulator;
let ws: KrakenUnifiedWs;
let tokens = 0;
const calls: string[] = [];
beforeEach(async () => {
  sim = await startSim();
  tokens = 0;
  calls.length = 0;
  ws = unifiedClient(sim, {
    getToken: async () => {
      tokens++;
      return sim.exchange.tokens.issue("demo", "test-key").token;
    },
    reconcile: futuresReconciler({
      getOpenOrders: async () => {
        calls.push("openorders");
        return { openOrders: [] };
      },
      getFills: async () => {
        calls.push("fills");
        return { fills: [] };
      },
      getAccounts: async () => {
        calls.push("accounts");
        return { accounts: {} };
      },
    }),
  });
});
afterEach(async () => {
  await ws.close();
  await sim.close();
});

const frames = (method: string) =>
  sim.unifiedReceived
    .map((f) => JSON.parse(f.text) as { method?: string; params?: Record<string, unknown> })
    .filter((m) => m.method === method);

const bestAsk = (symbol: string) => sim.futures.books.get(symbol)!.best("sell")!.price;

describe("Unified private channels", () => {
  it("executions: snapshot then new and trade reports of an order placed over the socket", async () => {
    const sub = await ws.subscribe({ channel: "executions", asset_class: "derivatives" });
    const snap = await first(sub, (m) => m.type === "snapshot");
    expect(snap.sequence).toBe(1);
    const params = frames("subscribe")[0]?.params;
    expect(params).toMatchObject({ channel: "executions", asset_class: "derivatives" });
    expect(typeof params?.token).toBe("string");
    const placed = await ws.addOrder({
      asset_class: "derivatives",
      order_type: "limit",
      side: "buy",
      symbol: "PF_XBTUSD",
      limit_price: bestAsk("PF_XBTUSD"),
      order_qty: "0.0100",
    });
    const trade = (await first(sub, (m) =>
      m.data.some((r) => r.exec_type === "trade" && r.order_id === placed.order_id),
    )) as ExecutionsMessage;
    const r = trade.data.find((x) => x.exec_type === "trade")!;
    expect(r).toMatchObject({
      cl_ord_id: placed.cl_ord_id,
      symbol: "PF_XBTUSD",
      last_price: bestAsk("PF_XBTUSD"),
    });
    expect(r.last_qty).toBe("0.01");
    expect(trade.sequence).toBeGreaterThan(1);
  });

  it("positions: the snapshot, then the changed position with exact size and entry price", async () => {
    const sub = await ws.subscribe({ channel: "positions", asset_class: "derivatives" });
    const snap = (await first(sub, (m) => m.type === "snapshot")) as PositionsMessage;
    expect(snap.data.futures).toEqual([]);
    const price = bestAsk("PF_XBTUSD");
    await ws.addOrder({
      asset_class: "derivatives",
      order_type: "limit",
      side: "buy",
      symbol: "PF_XBTUSD",
      limit_price: price,
      order_qty: "0.0123",
    });
    const update = (await first(sub, (m) => m.type === "update")) as PositionsMessage;
    expect(update.data.futures[0]).toMatchObject({
      symbol: "PF_XBTUSD",
      side: "long",
      size: "0.0123",
      entry_price: price,
    });
  });

  it("margin: full multi_collateral states with exact figures; a snapshot parameter is refused locally", async () => {
    await expect(
      ws.subscribe({ channel: "margin", asset_class: "derivatives", snapshot: true } as never),
    ).rejects.toBeInstanceOf(KrakenValidationError);
    await expect(ws.subscribe({ channel: "margin", asset_class: "spot" } as never)).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    const sub = await ws.subscribe({ channel: "margin", asset_class: "derivatives" });
    const m = (await first(sub, () => true)) as MarginMessage;
    expect(m.type).toBe("multi_collateral");
    expect(typeof m.data.available_margin).toBe("string");
    expect(m.data.available_margin).toBe(formatNumber(sim.futures.summary("demo").availableMargin));
  });

  it("balances: a sequenced snapshot of the flex wallet as exact strings", async () => {
    const sub = await ws.subscribe({ channel: "balances", asset_class: "derivatives" });
    const snap = await first(sub, (m) => m.type === "snapshot");
    expect(snap.data.find((b) => b.asset === "USD")?.balance).toBe("100000.0"); // the literal Kraken prints, digit for digit
  });

  it("shares one positions subscription per connection (Kraken refuses a second one on the wire)", async () => {
    const a = await ws.subscribe({ channel: "positions", asset_class: "derivatives" });
    const b = await ws.subscribe({ channel: "positions", asset_class: "derivatives" });
    expect(frames("subscribe").filter((f) => f.params?.channel === "positions")).toHaveLength(1);
    await a.unsubscribe();
    expect(b.ended).toBe(false);
    const other = unifiedClient(sim);
    await other.subscribe({ channel: "positions", asset_class: "derivatives" }); // another connection: fine
    await other.close();
    expect(frames("subscribe").filter((f) => f.params?.channel === "positions")).toHaveLength(2);
  });

  it("a skipped sequence number is a gap, reconciled through Derivatives REST (open orders and fills)", async () => {
    const sub = await ws.subscribe({ channel: "executions", asset_class: "derivatives" });
    await first(sub, (m) => m.type === "snapshot");
    const gap = nextEvent<SequenceGap>((fn) => ws.on("gap", fn));
    const resynced = nextEvent<ResyncedEvent>((fn) => ws.on("resynced", fn));
    sim.faults.unified.skipSequence("executions");
    await ws.addOrder({
      asset_class: "derivatives",
      order_type: "limit",
      side: "buy",
      symbol: "PF_XBTUSD",
      limit_price: "1000",
      order_qty: "0.01",
    });
    expect(await gap).toMatchObject({ channel: "executions", reason: "sequence", expected: 2, received: 3 });
    expect(await resynced).toMatchObject({ channel: "executions", openOrders: { openOrders: [] } });
    expect(calls.sort()).toEqual(["fills", "openorders"]);
  });

  it("after a dropped private socket: a fresh token, every private subscription replayed, a reconnect gap", async () => {
    const [execs] = await Promise.all([
      ws.subscribe({ channel: "executions", asset_class: "derivatives" }),
      ws.subscribe({ channel: "positions", asset_class: "derivatives" }),
    ]);
    await first(execs, (m) => m.type === "snapshot");
    expect(tokens).toBe(1); // single-flight: both subscriptions shared one token request
    const gap = nextEvent<SequenceGap>((fn) => ws.on("gap", fn));
    const restored = new Promise((resolve) => execs.on("resubscribed", resolve));
    sim.faults.unified.drop("private");
    await restored;
    expect(await gap).toMatchObject({ channel: "executions", reason: "reconnect" });
    expect(tokens).toBe(2);
    const subs = frames("subscribe");
    expect(subs.map((f) => f.params?.channel).sort()).toEqual([
      "executions",
      "executions",
      "positions",
      "positions",
    ]);
    expect(subs.every((f) => f.params?.asset_class === "derivatives")).toBe(true);
    expect(subs[0]?.params?.token).not.toBe(subs.at(-1)?.params?.token);
  });

  it("an unknown or expired token is refused by the venue and refetched once with forceRefresh", async () => {
    let forced = 0;
    const bad = unifiedClient(sim, {
      getToken: async (o) => {
        if (o?.forceRefresh) forced++;
        return forced > 0 ? sim.exchange.tokens.issue("demo", "test-key").token : "not-a-token";
      },
    });
    const sub = await bad.subscribe({ channel: "balances", asset_class: "derivatives" });
    expect(forced).toBe(1);
    await sub.unsubscribe();
    await bad.close();
    const never = unifiedClient(sim, { getToken: async () => "not-a-token" });
    await expect(never.subscribe({ channel: "balances", asset_class: "derivatives" })).rejects.toBeInstanceOf(
      KrakenSubscribeError,
    );
    await never.close();
  });
});
