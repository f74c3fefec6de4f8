// A simulator and a Unified KrakenWs pointed at its Unified endpoints, with fast reconnects.
import { type KrakenSimulator, startKrakenSimulator } from "../../src/testing/index.js";
import { ConnectBudget } from "../../src/ws/connection/connect-budget.js";
import { KrakenUnifiedWs, type KrakenUnifiedWsOptions } from "../../src/ws/unified/index.js";

export async function startSim(): Promise<KrakenSimulator> {
  return startKrakenSimulator({ market: false });
}

export function unifiedClient(sim: KrakenSimulator, options: KrakenUnifiedWsOptions = {}): KrakenUnifiedWs {
  return new KrakenUnifiedWs({
    unified: true,
    url: sim.unifiedWsUrl,
    authUrl: sim.unifiedWsAuthUrl,
    getToken: async () => sim.exchange.tokens.issue("demo", "test-key").token,
    reconnect: { minDelayMs: 1, maxDelayMs: 5 },
    requestTimeoutMs: 3000,
    connectBudget: new ConnectBudget(10_000, 600_000),
    resubscribeRatePerSec: 1000,
    ...options,
  });
}

/** Resolves with the first message of an async iterable that matches. */
export async function first<T>(it: AsyncIterable<T>, match: (m: T) => boolean, ms = 5000): Promise<T> {
  const iter = it[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error("no matching message in time");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const r = await Promise.race([
      iter.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no matching message in time")), left);
      }),
    ]).finally(() => clearTimeout(timer));
    if (r.done) throw new Error("subscription ended");
    if (match(r.value)) return r.value;
  }
}
