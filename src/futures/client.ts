// KrakenFutures: the Kraken Derivatives REST client, one typed method per operation of the table.
import createClient, { type Client } from "openapi-fetch";
import {
  type FuturesCallOptions,
  type FuturesOperationId,
  type FuturesOperationMethods,
  type FuturesOperationParams,
  type FuturesOperationResult,
  type FuturesOperationRow,
  type FuturesPaths,
  futuresOperations,
  futuresPools,
} from "../../generated/futures/index.js";
import { createAuthentSigner } from "../auth/authent.js";
import { NonceGenerator } from "../auth/nonce.js";
import { KrakenConfigError } from "../errors/index.js";
import { senderFor } from "../rest/attempt.js";
import { systemClock } from "../rest/clock.js";
import { sharedRestCounter } from "../rest/rate-limiter.js";
import { costOf, type FuturesParams, type PreparedRequest, prepareRequest } from "./encode.js";
import type { KrakenFuturesOptions } from "./options.js";
import { assertOrderAccepted } from "./order-status.js";
import { FuturesTransport } from "./transport.js";

/**
 * Outcome of {@link KrakenFutures.findOrder}.
 * @example
 * ```ts
 * const found: FoundFuturesOrder = await futures.findOrder({ cliOrdId: err.clOrdId! });
 * if (found.status === "not-found") await futures.sendOrder(order); // it never took effect
 * ```
 */
export interface FoundFuturesOrder {
  /** `found` (Kraken knows the order: see `entry` or `fills`) or `not-found`. */
  status: "found" | "not-found";
  /** Kraken's order id, when found. */
  orderId?: string;
  /** The orders/status entry (open orders, and ended ones for a few seconds). */
  entry?: FuturesOperationResult<"getOrderStatus">["orders"][number];
  /** Fills of the order, when it was found through the fills (it has ended). */
  fills?: FuturesOperationResult<"getFills">["fills"];
}

const FUTURES_ROWS = futuresOperations as Record<string, FuturesOperationRow>;
let futuresMethodsInstalled = false;

// The facade methods are the same for every instance: put them on the prototype once, on first use.
function installFuturesMethods(proto: object): void {
  if (futuresMethodsInstalled) return;
  futuresMethodsInstalled = true;
  for (const id of Object.keys(FUTURES_ROWS)) {
    Object.defineProperty(proto, id, {
      configurable: true,
      writable: true,
      value(this: KrakenFutures, params?: unknown, options?: FuturesCallOptions) {
        return this.request(id as FuturesOperationId, params as never, options);
      },
    });
  }
}

function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

/** Gives every order a client id (the caller's, or a fresh UUID), so an ambiguous failure can be looked up. */
function withClientIds(
  operationId: string,
  params: FuturesParams,
): { params: FuturesParams; cliOrdIds: (string | undefined)[] } {
  if (operationId === "sendOrder") {
    const cliOrdId = typeof params.cliOrdId === "string" ? params.cliOrdId : randomId();
    return { params: { ...params, cliOrdId }, cliOrdIds: [cliOrdId] };
  }
  if (operationId === "sendBatchOrder" && params.json && typeof params.json === "object") {
    const json = params.json as { batchOrder?: Array<Record<string, unknown>> };
    const batchOrder = (json.batchOrder ?? []).map((i) =>
      i?.order === "send" && typeof i.cliOrdId !== "string" ? { ...i, cliOrdId: randomId() } : i,
    );
    const cliOrdIds = batchOrder.map((i) => (typeof i?.cliOrdId === "string" ? i.cliOrdId : undefined));
    return { params: { ...params, json: { ...json, batchOrder } }, cliOrdIds };
  }
  const cliOrdId = typeof params.cliOrdId === "string" ? params.cliOrdId : undefined;
  return { params, cliOrdIds: [cliOrdId] };
}

/** Operation rows by method, most literal path first (so `/tickers` wins over `/tickers/{symbol}`). */
let patterns: Array<{ row: FuturesOperationRow; method: string; re: RegExp }> | undefined;

function rowFor(method: string, path: string): FuturesOperationRow | undefined {
  patterns ??= Object.values(FUTURES_ROWS)
    .map((row) => ({
      row,
      method: row.method.toUpperCase(),
      holes: (row.path.match(/\{/g) ?? []).length,
      re: new RegExp(
        `^${row.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`,
      ),
    }))
    .sort((a, b) => a.holes - b.holes);
  return patterns.find((p) => p.method === method && p.re.test(path))?.row;
}

/** Methods generated from the operation table (see {@link FuturesOperationMethods}). */
export interface KrakenFutures extends FuturesOperationMethods {}

/**
 * Kraken Derivatives (Futures) REST client: one typed method per operation, `Authent` over the exact
 * bytes sent, nonces strictly increasing per key, exact decimals, order safety, and Kraken's
 * `/derivatives` and `/history` budgets. Kraken plans to decommission Derivatives REST on 1 March 2027.
 * @example
 * ```ts
 * const futures = new KrakenFutures({ apiKey, apiSecret });
 * const { ticker } = await futures.getTicker({ symbol: "PF_XBTUSD" });
 * const { sendStatus } = await futures.sendOrder({ orderType: "lmt", symbol: "PF_XBTUSD", side: "buy", size: "0.01", limitPrice: "60000" });
 * ```
 * @see https://docs.kraken.com/api/docs/guides/futures-rest
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the methods are installed on the prototype from the operation table
export class KrakenFutures {
  /**
   * The raw typed openapi-fetch client on the same pipeline (rate limit, signing, retries; failures
   * throw the same errors). Answers come back as Kraken sent them: parse money with the facade instead.
   */
  readonly client: Client<FuturesPaths>;
  readonly #transport: FuturesTransport;
  readonly #origin: string;
  readonly #private: boolean;
  /**
   * Runs before every call with its operationId, params and options; throwing stops the call before
   * anything is sent. `loadFuturesMarkets(futures)` sets it to check orders against the contracts' rules.
   */
  preSend:
    | ((
        operationId: string,
        params: Record<string, unknown> | undefined,
        options: FuturesCallOptions,
      ) => void)
    | undefined;

  constructor(options: KrakenFuturesOptions = {}) {
    installFuturesMethods(KrakenFutures.prototype);
    const { apiKey, apiSecret } = options;
    if ((apiKey === undefined) !== (apiSecret === undefined)) {
      throw new KrakenConfigError("apiKey and apiSecret must be given together");
    }
    if (apiKey !== undefined && (typeof apiKey !== "string" || apiKey.length === 0)) {
      throw new KrakenConfigError("apiKey must be a non-empty string");
    }
    const signer = apiSecret === undefined ? undefined : createAuthentSigner(apiSecret);
    const timeoutMs = options.timeoutMs ?? 10_000;
    if (!(timeoutMs > 0)) throw new KrakenConfigError("timeoutMs must be positive");
    try {
      this.#origin = new URL(options.baseUrl ?? "https://futures.kraken.com").href.replace(/\/+$/, "");
    } catch {
      throw new KrakenConfigError("baseUrl is not a valid URL");
    }
    const maxResponseBytes = options.maxResponseBytes ?? 8 << 20;
    if (!(maxResponseBytes > 0)) throw new KrakenConfigError("maxResponseBytes must be positive");
    const clock = options.clock ?? systemClock;
    const rl = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
    const retry = options.retry === false ? { retries: 0 } : (options.retry ?? {});
    const nonce = typeof options.nonce === "function" ? { source: options.nonce } : (options.nonce ?? {});
    const budget = (p: { capacity: number; refill: number; refillIntervalMs: number }) => ({
      max: p.capacity,
      decayPerSecond: (p.refill * 1000) / p.refillIntervalMs,
    });
    const key = `futures:${apiKey}`;
    this.#private = apiKey !== undefined;
    this.#transport = new FuturesTransport({
      origin: this.#origin,
      apiKey,
      apiSecret,
      maxResponseBytes,
      signer,
      nonces: apiKey === undefined ? undefined : new NonceGenerator(key, nonce),
      send: senderFor(options.fetch),
      timeoutMs,
      retry: {
        retries: retry.retries ?? 3,
        baseDelayMs: "baseDelayMs" in retry ? (retry.baseDelayMs ?? 500) : 500,
        maxDelayMs: "maxDelayMs" in retry ? (retry.maxDelayMs ?? 30_000) : 30_000,
        maxThrottleWaitMs: 60_000,
        random: "random" in retry ? (retry.random ?? Math.random) : Math.random,
      },
      pools:
        rl && apiKey !== undefined
          ? {
              derivatives: sharedRestCounter(key, budget(futuresPools.derivatives), clock, rl.headroom ?? 0),
              history: sharedRestCounter(key, budget(futuresPools.history), clock, rl.headroom ?? 0),
            }
          : undefined,
      rateLimitMode: rl?.mode ?? "wait",
      logger: options.logger,
      clock,
    });
    this.client = createClient<FuturesPaths>({ baseUrl: this.#origin, fetch: this.#rawFetch });
  }

  /**
   * Calls any operation by operationId and returns its typed answer.
   * @example
   * ```ts
   * const book = await futures.request("getOrderbook", { symbol: "PF_XBTUSD" });
   * ```
   */
  async request<Id extends FuturesOperationId>(
    operationId: Id,
    params?: FuturesOperationParams<Id>,
    options: FuturesCallOptions = {},
  ): Promise<FuturesOperationResult<Id>> {
    const row = FUTURES_ROWS[operationId];
    if (!row) throw new KrakenConfigError(`unknown operationId ${operationId}`);
    if (row.auth === "private" && !this.#private)
      throw new KrakenConfigError(`${operationId} needs apiKey and apiSecret (a Derivatives key)`);
    this.preSend?.(operationId, params as Record<string, unknown> | undefined, options);
    const ids = withClientIds(operationId, (params ?? {}) as FuturesParams);
    const answer = await this.#run(row, prepareRequest(row, ids.params), ids.params, ids.cliOrdIds, options);
    assertOrderAccepted(operationId, answer.body, ids.cliOrdIds, answer.scrub);
    return answer.body as FuturesOperationResult<Id>;
  }

  /**
   * Looks an order up by its client id: `orders/status` (open orders, and ended ones for a few
   * seconds), then the recent fills. Use it after a `KrakenAmbiguousRequestError` to learn whether a
   * `sendOrder` took effect.
   * @example
   * ```ts
   * const { status, orderId } = await futures.findOrder({ cliOrdId: err.clOrdId! });
   * ```
   */
  async findOrder(query: { cliOrdId: string }, options?: FuturesCallOptions): Promise<FoundFuturesOrder> {
    const { orders } = await this.request("getOrderStatus", { cliOrdIds: [query.cliOrdId] }, options);
    const entry = orders.find((o) => o.order?.cliOrdId === query.cliOrdId);
    if (entry) return { status: "found", orderId: entry.order.orderId, entry };
    const { fills } = await this.request("getFills", {}, options);
    const mine = fills.filter((f) => f.cliOrdId === query.cliOrdId);
    const first = mine[0];
    if (first) return { status: "found", orderId: first.order_id, fills: mine };
    return { status: "not-found" };
  }

  #run(
    row: FuturesOperationRow,
    request: PreparedRequest,
    params: FuturesParams,
    cliOrdIds: readonly (string | undefined)[],
    options: FuturesCallOptions,
  ) {
    return this.#transport.execute({
      row,
      request,
      cost: costOf(row, params),
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      cliOrdId: cliOrdIds[0],
      params,
    });
  }

  /** openapi-fetch's fetch: finds the operation from the Request and sends its bytes as built. */
  readonly #rawFetch = async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const prefix = new URL(this.#origin).pathname.replace(/\/+$/, "");
    const path = url.pathname.slice(prefix.length);
    const row = rowFor(input.method, path);
    if (!row) throw new KrakenConfigError(`no Derivatives operation for ${input.method} ${path}`);
    const body = input.body ? await input.text() : "";
    const query = url.search.replace(/^\?/, "");
    const request: PreparedRequest = {
      method: input.method,
      path,
      target: `${path}${url.search}`,
      postData: body !== "" ? body : query,
      body: body !== "" ? body : undefined,
      contentType: body !== "" ? (input.headers.get("content-type") ?? undefined) : undefined,
    };
    const params = Object.fromEntries(new URLSearchParams(body !== "" ? body : query));
    const answer = await this.#run(row, request, params, [params.cliOrdId], { signal: input.signal });
    const headers = new Headers([...answer.response.headers]);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(answer.text, { status: answer.response.status, headers });
  };
}
