// Shared setup of the KrakenFutures tests: a simulator and clients bound to it.

import { KrakenFutures, type KrakenFuturesOptions } from "../../src/index.js";
import {
  DEMO_FUTURES_API_KEY,
  DEMO_FUTURES_API_SECRET,
  DEMO_FUTURES_KEY,
  type KrakenSimulator,
  type SimulatorOptions,
  startKrakenSimulator,
} from "../../src/testing/index.js";

export { DEMO_FUTURES_API_KEY, DEMO_FUTURES_API_SECRET, DEMO_FUTURES_KEY };

/** A simulator with the market generator off and the demo Derivatives key's budgets off. */
export function startFuturesSim(options: SimulatorOptions = {}): Promise<KrakenSimulator> {
  return startKrakenSimulator({
    market: false,
    ...options,
    futures: { keys: [{ ...DEMO_FUTURES_KEY, rateLimit: false }], ...options.futures },
  });
}

/** A private client for the demo key on `sim` (fast retries, no local rate limiting unless asked). */
export function futuresClient(sim: KrakenSimulator, options: KrakenFuturesOptions = {}): KrakenFutures {
  return new KrakenFutures({
    baseUrl: sim.futuresUrl,
    apiKey: DEMO_FUTURES_API_KEY,
    apiSecret: DEMO_FUTURES_API_SECRET,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    rateLimit: false, // the rate-limit tests turn it on

    ...options,
  });
}
