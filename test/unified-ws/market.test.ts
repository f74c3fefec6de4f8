// KrakenWs({ unified: true }) against the simulator's Unified public endpoint: the Unified URLs,
// asset_class on every market subscription, ticker/trade/book round trips with exact decimal strings,
// per-symbol refusals, and resubscription after a dropped socket.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KrakenValidationError } from "../../src/errors/base.js";
import { KrakenSubscribeError } from "../../src/errors/ws.js";
import type { WebSocketLike } from "../../src/runtime/websocket.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import type { KrakenUnifiedWs } from "../../src/ws/unified/index.js";
import { KrakenUnifiedWs as Unified } from "../../src/ws/unified/index.js";
import { futuresClient } from "../futures/helpers.js";
import { first, startSim, unifiedClient } from "./helpers.js";

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

const sent = (channel: string) =>
  sim.unifiedReceived
    .map((f) => JSON.parse(f.text) as { method?: string; params?: Record<string, unknown> })
    .filter((m) => m.method === "subscribe" && m.params?.channel === channel);

describe("Unified WebSocket endpoints", () => {
  it("defaults to uws.kraken.com/v2/public and /v2/private; url and authUrl still override", async () => {
    const opened: string[] = [];
    class Recording {
      binaryType = "";
      readyState = 0;
      onopen = null;
      onmessage = null;
      onerror = null;
      onclose = null;
      constructor(url: string) {
        opened.push(url);
        throw new Error("no network in tests");
      }
      send(): void {}
      close(): void {}
    }
    const WebSocket = Recording as unknown as new (url: string) => WebSocketLike;
    const options = { WebSocket, reconnect: { maxAttempts: 0 }, connectTimeoutMs: 200 };
    const defaults = new Unified({ unified: true, getToken: async () => "t", ...options });
    await defaults.connect("public").catch(() => undefined);
    await defaults.connect("auth").catch(() => undefined);
    await defaults.close();
    const custom = new Unified({ url: "ws://a/v2/public", authUrl: "ws://b/v2/private", ...options });
    await custom.connect("public").catch(() => undefined);
    await custom.connect("auth").catch(() => undefined);
    await custom.close();
    expect(opened).toEqual([
      "wss://uws.kraken.com/v2/public",
      "wss://uws.kraken.com/v2/private",
      "ws://a/v2/public",
      "ws://b/v2/private",
    ]);
  });

  it("rejects a market subscription without asset_class locally, and asset_class on Spot v2", async () => {
    await expect(ws.subscribe({ channel: "ticker", symbol: ["PF_XBTUSD"] })).rejects.toBeInstanceOf(
      KrakenValidationError,
    );
    await expect(
      ws.subscribe({ channel: "ticker", asset_class: "futures" as "spot", symbol: ["PF_XBTUSD"] }),
    ).rejects.toBeInstanceOf(KrakenValidationError);
    await expect(
      ws.subscribe({ channel: "ohlc", asset_class: "derivatives", symbol: ["PF_XBTUSD"], interval: 1 }),
    ).rejects.toBeInstanceOf(KrakenValidationError);
    expect(sim.unifiedReceived).toEqual([]);
  });
});

describe("Unified public channels", () => {
  it("ticker: asset_class on the wire, the ack, then a snapshot with exact decimal strings", async () => {
    const sub = await ws.subscribe({ channel: "ticker", asset_class: "derivatives", symbol: ["PF_XBTUSD"] });
    const snap = await first(sub, (m) => m.type === "snapshot");
    const t = snap.data[0]!;
    expect(t.symbol).toBe("PF_XBTUSD");
    expect(typeof t.bid).toBe("string");
    expect(typeof t.ask).toBe("string");
    expect(Number(t.bid) < Number(t.ask)).toBe(true);
    expect(sent("ticker")[0]?.params).toMatchObject({ asset_class: "derivatives", symbol: ["PF_XBTUSD"] });
  });

  it("trade: fills made through Derivatives REST's matching engine arrive as trade updates", async () => {
    const sub = await ws.subscribe({ channel: "trade", asset_class: "derivatives", symbol: ["PF_ETHUSD"] });
    const bestAsk = sim.futures.books.get("PF_ETHUSD")!.best("sell")!.price;
    const answer = await futuresClient(sim).sendOrder({
      orderType: "lmt",
      symbol: "PF_ETHUSD",
      side: "buy",
      size: "0.5",
      limitPrice: bestAsk,
    });
    expect(answer.sendStatus?.status).toBe("placed");
    const msg = await first(sub, (m) => m.type === "update");
    expect(msg.data[0]).toMatchObject({ symbol: "PF_ETHUSD", side: "buy", price: bestAsk });
    expect(typeof msg.data[0]!.qty).toBe("string");
  });

  it("answers each refused symbol separately and keeps the good one subscribed", async () => {
    const err = await ws
      .subscribe({ channel: "ticker", asset_class: "derivatives", symbol: ["PF_XBTUSD", "PF_NOPEUSD"] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KrakenSubscribeError);
    expect((err as KrakenSubscribeError).errors.map((s) => s.symbol)).toEqual(["PF_NOPEUSD"]);
  });

  it("resubscribes every market subscription with its asset_class after the socket drops", async () => {
    const sub = await ws.subscribe({ channel: "ticker", asset_class: "derivatives", symbol: ["PF_XBTUSD"] });
    await first(sub, (m) => m.type === "snapshot");
    const restored = new Promise((resolve) => sub.on("resubscribed", resolve));
    sim.faults.unified.drop("public");
    await restored;
    const again = await first(sub, (m) => m.type === "snapshot");
    expect(again.data[0]!.symbol).toBe("PF_XBTUSD");
    expect(sent("ticker")).toHaveLength(2);
    expect(sent("ticker")[1]?.params?.asset_class).toBe("derivatives");
  });
});
