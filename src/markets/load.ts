/** Loading a registry from a client: cached per client with a TTL, kept fresh by the `instrument` channel, and wired as the client's pre-send order check. */

import { fromRest, type RestAsset, type RestAssetPair } from "./from-rest.js";
import { fromInstrument, type WsInstrumentData } from "./from-ws.js";
import { Markets } from "./markets.js";
import { checkOrderRules } from "./rules.js";

/**
 * The per-call options the pre-send check reads (part of `CallOptions` and the WebSocket `RequestOptions`).
 * @example
 * ```ts
 * await rest.addOrder(order, { checkRules: false }); // skip the check for this call
 * ```
 */
export interface MarketsCheckOptions {
  /** `false` skips the check for this call. */
  checkRules?: boolean;
  /** The pair of an amend, which names none. */
  market?: string;
}

/** A client the registry can hook its order check into. */
interface Checked {
  preSend?:
    | ((method: string, params: Record<string, unknown> | undefined, options: MarketsCheckOptions) => void)
    | undefined;
}

/**
 * What `loadMarkets` needs of a REST client (a `KrakenRest`).
 * @example
 * ```ts
 * const client: MarketsRestClient = new KrakenRest();
 * ```
 */
export interface MarketsRestClient extends Checked {
  request(
    operationId: "getTradableAssetPairs" | "getAssetInfo",
    params?: object,
    options?: { signal?: AbortSignal },
  ): Promise<unknown>;
}

/**
 * What `marketsFromWs` needs of a WebSocket client (a `KrakenWs`).
 * @example
 * ```ts
 * const client: MarketsWsClient = new KrakenWs();
 * ```
 */
export interface MarketsWsClient extends Checked {
  subscribe(params: {
    channel: "instrument";
    include_tokenized_assets?: boolean;
  }): Promise<AsyncIterable<{ type: string; data: unknown }>>;
}

/**
 * Options of {@link loadMarkets} and {@link marketsFromWs}.
 * @example
 * ```ts
 * await loadMarkets(rest, { ttlMs: 600_000, ws, checkOrders: true });
 * ```
 */
export interface LoadMarketsOptions {
  /** How long a loaded registry is reused before the next call loads it again, in ms (default one hour). */
  ttlMs?: number;
  /** Check orders against the registry before the client sends them (default true); `false` opts this client out. */
  checkOrders?: boolean;
  /** A registry to start from instead of asking Kraken (e.g. a saved `markets.snapshot()`): offline use and tests. */
  snapshot?: Markets;
  /** An open `KrakenWs` whose `instrument` channel keeps the registry fresh. */
  ws?: MarketsWsClient;
  /** Called with each registry rebuilt from an `instrument` update. */
  onUpdate?: (markets: Markets) => void;
  /** Cancels the loading requests. */
  signal?: AbortSignal;
}

interface State {
  markets?: Markets;
  loading?: Promise<Markets>;
  /** The WebSocket clients whose `instrument` channel already feeds this state. */
  following?: Set<MarketsWsClient>;
}

const states = /* @__PURE__ */ new WeakMap<object, State>();

function stateOf(client: object): State {
  let s = states.get(client);
  if (!s) {
    s = {};
    states.set(client, s);
  }
  return s;
}

/** Hooks the registry's order check into a client: it runs before each order call unless the call passes `checkRules: false`. */
function attach(client: Checked, state: State, on: boolean): void {
  client.preSend = on
    ? (method, params, options) => {
        if (state.markets && options.checkRules !== false)
          checkOrderRules(state.markets, method, params, options.market);
      }
    : undefined;
}

/** Follows the `instrument` channel: the first frame (a snapshot) resolves, later frames update `state`. */
async function follow(ws: MarketsWsClient, state: State, onUpdate?: (m: Markets) => void): Promise<Markets> {
  const sub = await ws.subscribe({ channel: "instrument", include_tokenized_assets: true });
  const it = sub[Symbol.asyncIterator]();
  const apply = (msg: { type: string; data: unknown }) => {
    const type = msg.type === "update" ? "update" : "snapshot";
    state.markets = new Markets(fromInstrument(msg.data as WsInstrumentData, type, state.markets));
    return state.markets;
  };
  const first = await it.next();
  if (first.done) throw new Error("the instrument subscription ended before its snapshot");
  const markets = apply(first.value);
  void (async () => {
    for (let r = await it.next(); !r.done; r = await it.next()) onUpdate?.(apply(r.value));
  })().catch(() => undefined);
  return markets;
}

/**
 * The markets of a `KrakenRest`, from AssetPairs and Assets; reused for `ttlMs`, then loaded again.
 * Once loaded, the client checks orders against them before sending (opt out with
 * `checkOrders: false`, or per call with `{ checkRules: false }`).
 * @example
 * ```ts
 * const markets = await loadMarkets(rest);
 * markets.get("BTC/USD").roundPrice("37500.04", "down"); // "37500.0"
 * await rest.addOrder({ ordertype: "limit", type: "buy", pair: "XBTUSD", price: "37500.04", volume: "1" }); // KrakenOrderRuleError, nothing sent
 * ```
 */
export async function loadMarkets(
  rest: MarketsRestClient,
  options: LoadMarketsOptions = {},
): Promise<Markets> {
  const state = stateOf(rest);
  const ttl = options.ttlMs ?? 3_600_000;
  attach(rest, state, options.checkOrders !== false);
  if (options.snapshot) state.markets = options.snapshot;
  const ws = options.ws && !state.following?.has(options.ws) ? options.ws : undefined;
  if (state.markets && Date.now() - state.markets.builtAt < ttl && !ws) return state.markets;
  state.loading ??= (async () => {
    try {
      const opts = { signal: options.signal };
      if (!state.markets || Date.now() - state.markets.builtAt >= ttl) {
        const [pairs, assets] = await Promise.all([
          rest.request("getTradableAssetPairs", {}, opts),
          rest.request("getAssetInfo", {}, opts),
        ]);
        state.markets = new Markets(
          fromRest(pairs as Record<string, RestAssetPair>, assets as Record<string, RestAsset>),
        );
      }
      if (ws) {
        // the instrument channel refines the REST data and keeps it fresh; REST-only names are kept
        attach(ws, state, options.checkOrders !== false);
        state.following ??= new Set();
        state.following.add(ws);
        await follow(ws, state, options.onUpdate);
      }
      return state.markets;
    } finally {
      state.loading = undefined;
    }
  })();
  return state.loading;
}

/**
 * The markets of a `KrakenWs`, from the `instrument` channel (xStocks included), kept fresh by its
 * updates; `loadMarkets(ws)` again gives the latest. The client checks orders against them before
 * sending, as with {@link loadMarkets}.
 * @example
 * ```ts
 * const markets = await marketsFromWs(ws);
 * markets.toWs("XBTUSD"); // "BTC/USD"
 * ```
 */
export async function marketsFromWs(ws: MarketsWsClient, options: LoadMarketsOptions = {}): Promise<Markets> {
  const state = stateOf(ws);
  attach(ws, state, options.checkOrders !== false);
  if (options.snapshot) state.markets = options.snapshot;
  if (state.markets) return state.markets;
  state.loading ??= follow(ws, state, options.onUpdate).finally(() => {
    state.loading = undefined;
  });
  return state.loading;
}
