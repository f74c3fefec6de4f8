import { KrakenWs } from "../../../src/ws/client.js";
import { ConnectBudget } from "../../../src/ws/connection/connect-budget.js";
import type { KrakenWsOptions } from "../../../src/ws/protocol/options.js";
import type { ScriptServer } from "./script-server.js";

/** A client pointed at the scripted server with fast reconnects and its own connect budget. */
export function clientFor(server: ScriptServer, options: KrakenWsOptions = {}): KrakenWs {
  return new KrakenWs({
    url: server.publicUrl,
    authUrl: server.authUrl,
    l3Url: server.l3Url,
    getToken: async () => "tok-1",
    reconnect: { minDelayMs: 1, maxDelayMs: 5 },
    requestTimeoutMs: 2000,
    connectBudget: new ConnectBudget(10_000, 600_000),
    resubscribeRatePerSec: 1000,
    ...options,
  });
}

export function tickerFrame(symbol: string, last: number, type: "snapshot" | "update" = "update") {
  return {
    channel: "ticker",
    type,
    data: [
      {
        symbol,
        bid: last - 1,
        bid_qty: 1,
        ask: last + 1,
        ask_qty: 2,
        last,
        volume: 10,
        vwap: last,
        low: last - 5,
        high: last + 5,
        change: 0,
        change_pct: 0,
        timestamp: "2026-01-01T00:00:00.000000Z",
      },
    ],
  };
}

/** Resolves with the next `n` messages of an async iterator. */
export async function take<T>(it: AsyncIterable<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  const iter = it[Symbol.asyncIterator]();
  while (out.length < n) {
    const r = await iter.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

export function nextEvent<T>(on: (fn: (p: T) => void) => () => void, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error("event timeout"));
    }, ms);
    const off = on((p) => {
      clearTimeout(timer);
      off();
      resolve(p);
    });
  });
}
