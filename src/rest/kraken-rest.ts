import { type OperationId, type OperationRow, operations } from "../../generated/index.js";
import { NonceGenerator, type NonceOptions } from "../auth/nonce.js";
import { createRequestSigner } from "../auth/sign.js";
import { createTokenCache, type TokenRequestOptions } from "../auth/token-cache.js";
import { KrakenApiError, KrakenConfigError } from "../errors/index.js";
import { globalFetch, senderFor } from "./attempt.js";
import { systemClock } from "./clock.js";
import { encodeQuery, type ParamObject } from "./encode.js";
import type { CallOptions, KrakenRestOptions } from "./options.js";
import { REST_COUNTER_LIMITS, sharedRestCounter } from "./rate-limiter.js";
import { type CallContext, RestTransport } from "./transport.js";
import type { CallResult, OperationMethods, OperationParams, OperationResult } from "./types.js";

/**
 * Outcome of {@link KrakenRest.findOrder}.
 * @example
 * ```ts
 * const found: FoundOrder = await rest.findOrder({ cl_ord_id: err.clOrdId! });
 * if (found.status === "not-found") await rest.addOrder(order); // it never took effect: safe to place again
 * else console.log(found.status, found.txid); // "open" "OUF4EM-FRGI2-MQMWZD"
 * ```
 */
export interface FoundOrder {
  /** `open`, `closed` (filled, cancelled or expired: see `order.status`), or `not-found`. */
  status: "open" | "closed" | "not-found";
  /** Kraken's order id, when found. */
  txid?: string;
  /** The order as OpenOrders/ClosedOrders return it. */
  order?: unknown;
}

const ROWS = operations as Record<string, OperationRow>;

/**
 * What `rawClient` (src/rest/raw-client.ts) needs of a client: its transport, `/0` URL and fetch (for
 * requests that are no Kraken operation), and the slot where it routes facade calls through
 * openapi-fetch while middleware is registered.
 */
export interface RestInternals {
  transport: RestTransport;
  baseUrl: string;
  fetch: typeof fetch;
  via?:
    | ((row: OperationRow, params: ParamObject | undefined, ctx: CallContext) => Promise<unknown>)
    | undefined;
}

const internals = new WeakMap<KrakenRest, RestInternals>();

/** The internals of a client, for `rawClient`; not exported by the package. */
export const restInternals = (rest: KrakenRest): RestInternals => internals.get(rest) as RestInternals;
const TIERS = Object.keys(REST_COUNTER_LIMITS);
let methodsInstalled = false;

// The facade methods are the same for every instance: put them on the prototype once, on first use.
function installMethods(proto: object): void {
  if (methodsInstalled) return;
  methodsInstalled = true;
  for (const id of Object.keys(ROWS)) {
    Object.defineProperty(proto, id, {
      configurable: true,
      writable: true,
      value(this: KrakenRest, params?: unknown, options?: CallOptions) {
        return this.request(id as OperationId, params as never, options);
      },
    });
  }
}

function normaliseNonce(nonce: KrakenRestOptions["nonce"]): NonceOptions {
  return typeof nonce === "function" ? { source: nonce } : (nonce ?? {});
}

/** Methods generated from the operation table (see {@link OperationMethods}). */
export interface KrakenRest extends OperationMethods {}

/**
 * Kraken Spot REST client: one typed method per operation, signed over the exact bytes sent, nonces
 * that stay increasing per key, retries by each operation's retry class, and Kraken's rate limits.
 * @example
 * ```ts
 * const rest = new KrakenRest({ apiKey, apiSecret, tier: "starter" });
 * const { unixtime } = await rest.getServerTime();
 * const balances = await rest.getAccountBalance();
 * const { txid } = await rest.addOrder({ ordertype: "limit", type: "buy", pair: "XBTUSD", price: "37500", volume: "1.25" });
 * ```
 * @see https://docs.kraken.com/api/docs/guides/spot-rest-intro
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the methods are installed on the prototype from the operation table
export class KrakenRest {
  readonly #i: RestInternals;
  /**
   * Runs before every call with its operationId, params and options; throwing stops the call before
   * anything is sent. `loadMarkets(rest)` sets it to check orders against Kraken's rules.
   */
  preSend:
    | ((operationId: string, params: Record<string, unknown> | undefined, options: CallOptions) => void)
    | undefined;

  /**
   * A WebSocket token from GetWebSocketsToken, cached until shortly before it expires; concurrent
   * callers share one request. An arrow property, so it can be passed unbound:
   * `new KrakenWs({ getToken: rest.webSocketToken })`.
   */
  readonly webSocketToken: (options?: TokenRequestOptions) => Promise<string>;

  constructor(options: KrakenRestOptions = {}) {
    installMethods(KrakenRest.prototype);
    const { apiKey, apiSecret } = options;
    if ((apiKey === undefined) !== (apiSecret === undefined)) {
      throw new KrakenConfigError("apiKey and apiSecret must be given together");
    }
    if (apiKey !== undefined && (typeof apiKey !== "string" || apiKey.length === 0)) {
      throw new KrakenConfigError("apiKey must be a non-empty string");
    }
    const signer = apiSecret === undefined ? undefined : createRequestSigner(apiSecret);
    const tier = options.tier ?? "starter";
    if (!TIERS.includes(tier)) throw new KrakenConfigError(`tier must be one of ${TIERS.join(", ")}`);
    const timeoutMs = options.timeoutMs ?? 10_000;
    if (!(timeoutMs > 0)) throw new KrakenConfigError("timeoutMs must be positive");
    let origin: string;
    try {
      // A baseUrl copied from Kraken's docs may end in `/0`: requests add it, so it is dropped here.
      origin = new URL(options.baseUrl ?? "https://api.kraken.com").href.replace(/(\/0)?\/*$/, "");
    } catch {
      throw new KrakenConfigError("baseUrl is not a valid URL");
    }
    const clock = options.clock ?? systemClock;
    const rl = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
    const limits = { ...REST_COUNTER_LIMITS[tier], ...(rl?.max ? { max: rl.max } : {}) };
    if (rl?.decayPerSecond) limits.decayPerSecond = rl.decayPerSecond;
    const engine = rl?.engine;
    if (engine && typeof engine.create !== "function")
      throw new KrakenConfigError(
        'rateLimit.engine takes tradingEngineCounter: import { tradingEngineCounter } from "kraken-connector"',
      );
    const retry = options.retry === false ? { retries: 0 } : (options.retry ?? {});
    const fetchImpl = options.fetch ?? globalFetch;
    const maxResponseBytes = options.maxResponseBytes ?? 8 << 20;
    if (!(maxResponseBytes > 0)) throw new KrakenConfigError("maxResponseBytes must be positive");
    const transport = new RestTransport({
      apiKey,
      apiSecret,
      maxResponseBytes,
      signer,
      nonces: apiKey === undefined ? undefined : new NonceGenerator(apiKey, normaliseNonce(options.nonce)),
      otp: options.otp,
      send: senderFor(options.fetch),
      timeoutMs,
      overlap: options.overlap ?? false,
      retry: {
        retries: retry.retries ?? 3,
        baseDelayMs: "baseDelayMs" in retry ? (retry.baseDelayMs ?? 500) : 500,
        maxDelayMs: "maxDelayMs" in retry ? (retry.maxDelayMs ?? 30_000) : 30_000,
        maxThrottleWaitMs: "maxThrottleWaitMs" in retry ? (retry.maxThrottleWaitMs ?? 60_000) : 60_000,
        random: "random" in retry ? (retry.random ?? Math.random) : Math.random,
      },
      counter: rl && apiKey !== undefined ? sharedRestCounter(apiKey, limits, clock, rl.headroom) : undefined,
      engine: engine ? engine.create(tier, clock) : undefined,
      rateLimitMode: rl?.mode ?? "wait",
      costs: rl?.costs ?? {},
      logger: options.logger,
      userAgent: options.userAgent ?? (typeof document === "undefined" ? "kraken-connector" : undefined),
      clock,
    });
    this.#i = { transport, baseUrl: `${origin}/0`, fetch: fetchImpl };
    internals.set(this, this.#i);
    this.webSocketToken = createTokenCache(
      async (signal) => {
        const r = (await this.#callLoose("getWebsocketsToken", {}, { signal })).result as {
          token?: string;
          expires?: number;
        };
        if (typeof r?.token !== "string") throw new KrakenConfigError("GetWebSocketsToken returned no token");
        return { token: r.token, expires: r.expires ?? 900 };
      },
      { now: () => clock.now() },
    );
  }

  /**
   * Calls any operation by operationId and returns its unwrapped `result`.
   * @example
   * ```ts
   * const depth = await rest.request("getOrderBook", { pair: "XBTUSD", count: 10 });
   * ```
   */
  async request<Id extends OperationId>(
    operationId: Id,
    params?: OperationParams<Id>,
    options?: CallOptions,
  ): Promise<OperationResult<Id>> {
    return (await this.call(operationId, params, options)).result;
  }

  /** Like {@link KrakenRest.request}, but also returns Kraken's warnings and the number of attempts. */
  call<Id extends OperationId>(
    operationId: Id,
    params?: OperationParams<Id>,
    options?: CallOptions,
  ): Promise<CallResult<OperationResult<Id>>> {
    return this.#callLoose(operationId, params as ParamObject | undefined, options) as Promise<
      CallResult<OperationResult<Id>>
    >;
  }

  /**
   * Looks an order up by its client id: open orders first, then closed ones. Use it after a
   * `KrakenAmbiguousRequestError` to learn whether an AddOrder took effect.
   * @example
   * ```ts
   * const { status, txid } = await rest.findOrder({ cl_ord_id: err.clOrdId! });
   * ```
   */
  async findOrder(query: { cl_ord_id: string }, options?: CallOptions): Promise<FoundOrder> {
    const open = (await this.#callLoose("getOpenOrders", { cl_ord_id: query.cl_ord_id }, options)).result as {
      open?: Record<string, unknown>;
    };
    const hitOpen = Object.entries(open?.open ?? {})[0];
    if (hitOpen) return { status: "open", txid: hitOpen[0], order: hitOpen[1] };
    const closed = (await this.#callLoose("getClosedOrders", { cl_ord_id: query.cl_ord_id }, options))
      .result as {
      closed?: Record<string, unknown>;
    };
    const hitClosed = Object.entries(closed?.closed ?? {})[0];
    if (hitClosed) return { status: "closed", txid: hitClosed[0], order: hitClosed[1] };
    return { status: "not-found" };
  }

  async #callLoose(
    operationId: string,
    params: ParamObject | undefined,
    options: CallOptions = {},
  ): Promise<CallResult<unknown>> {
    const row = ROWS[operationId];
    if (!row) throw new KrakenConfigError(`unknown operationId ${operationId}`);
    this.preSend?.(operationId, params, options);
    if (options.extraParams) params = { ...params, ...options.extraParams };
    const ctx: CallContext = {
      row,
      params: row.auth === "private" ? { ...(params ?? {}) } : undefined,
      options,
    };
    const { via, transport, baseUrl } = this.#i;
    // Straight to the transport, without building a Request, unless rawClient's middleware must run.
    if (via) await via(row, params, ctx);
    else
      await transport.execute(`${baseUrl}${row.path}${row.method === "get" ? encodeQuery(params) : ""}`, ctx);
    const envelope = ctx.envelope;
    const attempts = ctx.attempts ?? 1;
    if (!envelope) return { result: ctx.bytes, warnings: [], attempts };
    const errors = ctx.errors ?? [];
    const warnings = ctx.warnings ?? [];
    if (errors.length > 0) throw new KrakenApiError({ errors, warnings, operationId, attempts });
    return { result: envelope.result, warnings, attempts };
  }
}
