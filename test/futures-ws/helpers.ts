// Shared setup of the KrakenFuturesWs tests: a simulator (no market generator) and clients bound to its v1 endpoint.
import { ConnectBudget, KrakenFuturesWs, type KrakenFuturesWsOptions } from "../../src/index.js";
import type { KrakenSimulator } from "../../src/testing/index.js";
import { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET, startFuturesSim } from "../futures/helpers.js";

export { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET, startFuturesSim };

/** A client on the simulator's v1 endpoint; private when `keys` is true. Fast reconnects, its own budget. */
export function fwsClient(
  sim: KrakenSimulator,
  options: KrakenFuturesWsOptions & { keys?: boolean } = {},
): KrakenFuturesWs {
  const { keys, ...rest } = options;
  return new KrakenFuturesWs({
    url: sim.futuresWsUrl,
    reconnect: { minDelayMs: 1, maxDelayMs: 5 },
    connectBudget: new ConnectBudget(10_000, 600_000),
    ...(keys ? { apiKey: DEMO_FUTURES_API_KEY, apiSecret: DEMO_FUTURES_API_SECRET } : {}),
    ...rest,
  });
}

const iterators = new WeakMap<object, AsyncIterator<unknown>>();

/**
 * The next buffered or arriving message of a subscription that satisfies `pred`, within `ms` (reads the
 * subscription's iterator without ending it, so messages that arrived with the ack are not missed).
 */
export async function next<T>(
  sub: AsyncIterable<T>,
  pred: (m: T) => boolean = () => true,
  ms = 5000,
): Promise<T> {
  let it = iterators.get(sub) as AsyncIterator<T> | undefined;
  if (!it) {
    it = sub[Symbol.asyncIterator]();
    iterators.set(sub, it);
  }
  const end = Date.now() + ms;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0) throw new Error("no matching message");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const r = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no matching message")), left);
      }),
    ]).finally(() => clearTimeout(timer));
    if (r.done) throw new Error("subscription ended");
    if (pred(r.value)) return r.value;
  }
}

/** Waits until `check` holds (polling), within `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
