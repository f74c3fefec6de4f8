/** Loading the contracts of a `KrakenFutures` (the `instruments` endpoint), cached with a TTL and wired as its pre-send order check. */

import { type DerivativesInstrument, fromDerivatives } from "./from-derivatives.js";
import { checkFuturesOrderRules } from "./futures-rules.js";
import type { MarketsCheckOptions } from "./load.js";
import { Markets } from "./markets.js";

/**
 * What `loadFuturesMarkets` needs of a Derivatives client (a `KrakenFutures`).
 * @example
 * ```ts
 * const client: MarketsFuturesClient = new KrakenFutures();
 * ```
 */
export interface MarketsFuturesClient {
  request(
    operationId: "getInstruments",
    params?: object,
    options?: { signal?: AbortSignal },
  ): Promise<unknown>;
  preSend?:
    | ((
        operationId: string,
        params: Record<string, unknown> | undefined,
        options: MarketsCheckOptions,
      ) => void)
    | undefined;
}

/**
 * Options of {@link loadFuturesMarkets}.
 * @example
 * ```ts
 * await loadFuturesMarkets(futures, { ttlMs: 600_000, checkOrders: true });
 * ```
 */
export interface LoadFuturesMarketsOptions {
  /** How long loaded contracts are reused before the next call loads them again, in ms (default one hour). */
  ttlMs?: number;
  /** Check orders against the contracts before the client sends them (default true); `false` opts this client out. */
  checkOrders?: boolean;
  /** A registry to start from instead of asking Kraken (e.g. a saved `markets.snapshot()`): offline use and tests. */
  snapshot?: Markets;
  /** Cancels the loading request. */
  signal?: AbortSignal;
}

interface State {
  markets?: Markets;
  loading?: Promise<Markets>;
}

const states = /* @__PURE__ */ new WeakMap<object, State>();

/**
 * The contracts of a `KrakenFutures` (`PF_XBTUSD`, `FF_XBTUSD_261225`, ...) from its `instruments`
 * endpoint, with their specs (`market.contract`); reused for `ttlMs`, then loaded again. Once loaded,
 * `sendOrder`, `editOrderSpring` and `sendBatchOrder` are checked against them before sending (opt
 * out with `checkOrders: false`, or per call with `{ checkRules: false }`; an edit names no contract,
 * so pass `{ market: "PF_XBTUSD" }` to check it).
 * @example
 * ```ts
 * const contracts = await loadFuturesMarkets(futures);
 * contracts.get("PF_XBTUSD").contract?.maxPositionSize; // "1000000"
 * await futures.sendOrder({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "1", limitPrice: "65000.3" }); // KrakenOrderRuleError, nothing sent
 * ```
 */
export async function loadFuturesMarkets(
  futures: MarketsFuturesClient,
  options: LoadFuturesMarketsOptions = {},
): Promise<Markets> {
  let state = states.get(futures);
  if (!state) {
    state = {};
    states.set(futures, state);
  }
  const s = state;
  futures.preSend =
    options.checkOrders === false
      ? undefined
      : (operationId, params, call) => {
          if (s.markets && call.checkRules !== false)
            checkFuturesOrderRules(s.markets, operationId, params, call.market);
        };
  if (options.snapshot) s.markets = options.snapshot;
  const ttl = options.ttlMs ?? 3_600_000;
  if (s.markets && Date.now() - s.markets.builtAt < ttl) return s.markets;
  s.loading ??= (async () => {
    try {
      const answer = await futures.request("getInstruments", {}, { signal: options.signal });
      s.markets = new Markets(fromDerivatives(answer as { instruments: DerivativesInstrument[] }));
      return s.markets;
    } finally {
      s.loading = undefined;
    }
  })();
  return s.loading;
}
