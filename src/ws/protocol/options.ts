// The options of the Spot client (KrakenWs) and their defaults, resolved once for every client.
import { KrakenConfigError } from "../../errors/base.js";
import { defaultWebSocket, type WebSocketConstructor } from "../../runtime/websocket.js";
import { type ConnectBudget, sharedConnectBudget } from "../connection/connect-budget.js";
import type { ConnectionPolicy } from "../connection/connection.js";
import type { WsLifecycleOptions, WsLogger } from "../connection/lifecycle-options.js";
import type { BookDecoder } from "./frame.js";

/**
 * Token provider: any async function; `forceRefresh` asks it to bypass its cache.
 * @example
 * const getToken: GetToken = async () => (await (await fetch("/token", { method: "POST" })).json()).token;
 * const ws = new KrakenWs({ getToken }); // in Node usually `getToken: rest.webSocketToken`
 */
export type GetToken = (options?: { forceRefresh?: boolean }) => Promise<string>;

export type { WsLifecycleOptions, WsLogger } from "../connection/lifecycle-options.js";

/**
 * REST functions the client calls to reconcile private state after a sequence gap or a reconnect.
 * Injected (for example wrapping `KrakenRest`), so the WebSocket code never imports the REST client.
 * @example
 * const reconcile = {
 *   openOrders: () => rest.getOpenOrders(),
 *   tradesHistory: () => rest.getTradeHistory(),
 *   balance: () => rest.getExtendedBalance(),
 * };
 */
export interface WsReconciler {
  /** Open orders (REST OpenOrders); called after an executions gap. */
  openOrders?(): Promise<unknown>;
  /** Recent trades (REST TradesHistory); called after an executions gap. */
  tradesHistory?(): Promise<unknown>;
  /** Balances (REST Balance/BalanceEx); called after a balances gap. */
  balance?(): Promise<unknown>;
}

/**
 * Options of {@link KrakenWs}. Every field is optional; defaults target Kraken production.
 * @example
 * const ws = new KrakenWs({
 *   getToken: rest.webSocketToken,
 *   reconnect: { minDelayMs: 1000, maxDelayMs: 30_000 },
 *   requestTimeoutMs: 5000, logger: console,
 * });
 */
export interface KrakenWsOptions extends WsLifecycleOptions {
  /** Public market data endpoint. Default `wss://ws.kraken.com/v2`. */
  url?: string;
  /** Private endpoint (executions, balances, trading). Default `wss://ws-auth.kraken.com/v2`. */
  authUrl?: string;
  /** Level 3 endpoint. Default `wss://ws-l3.kraken.com/v2`. */
  l3Url?: string;
  /**
   * Returns a WS token (e.g. `rest.webSocketToken`). Asked again after every private reconnect; called
   * with `{ forceRefresh: true }` when Kraken rejected the token, so a caching provider fetches a new one.
   */
  getToken?: GetToken;
  /**
   * Frames longer than this (characters) are dropped with an error event. Default 16 MiB. In Node the
   * transport also refuses a message over 3× this many bytes before buffering it (the socket closes
   * with 1009 and reconnects).
   */
  maxFrameBytes?: number;
  /** Subscribe requests per second when restoring subscriptions after a reconnect. Default 10. */
  resubscribeRatePerSec?: number;
  /** Level3 subscription rate counter per second (Kraken: 200 standard, 500 pro). Default 200. */
  level3RateBudget?: number;
  /** REST reconciliation after private gaps. */
  reconcile?: WsReconciler;
  /** Run `reconcile` on gaps. Default true when `reconcile` is given. */
  reconcileOnGap?: boolean;
  /**
   * Book/level3 frame decoder; default the lossless `decodeBookMessage`, loaded on the first book or
   * level3 subscription.
   */
  decodeBook?: BookDecoder;
}

/** Options with defaults applied. */
export interface ResolvedWsOptions {
  urls: { public: string; auth: string; level3: string };
  getToken: GetToken | undefined;
  policy: ConnectionPolicy;
  requestTimeoutMs: number;
  budget: ConnectBudget;
  maxFrameBytes: number;
  resubscribeRatePerSec: number;
  level3RateBudget: number;
  reconcile: WsReconciler | undefined;
  reconcileOnGap: boolean;
  WebSocket: WebSocketConstructor;
  /** Tokens this client fetched (newest first, a few): scrubbed by value from every text it emits. */
  secrets: string[];
  /** Undefined: the lossless decoder, loaded on first use (ws/lazy-chunk.ts). */
  decodeBook: BookDecoder | undefined;
  logger: WsLogger;
}

function positive(name: string, v: number | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!(v > 0)) throw new KrakenConfigError(`${name} must be a positive number`);
  return v;
}

/** Applies defaults and checks values. */
export function resolveWsOptions(o: KrakenWsOptions): ResolvedWsOptions {
  const r = o.reconnect ?? {};
  const maxAttempts = r.maxAttempts ?? Number.POSITIVE_INFINITY;
  if (!(maxAttempts >= 0)) throw new KrakenConfigError("reconnect.maxAttempts must be >= 0");
  const maxFrameBytes = positive("maxFrameBytes", o.maxFrameBytes, 16 * 1024 * 1024);
  const secrets: string[] = [];
  return {
    urls: {
      public: o.url ?? "wss://ws.kraken.com/v2",
      auth: o.authUrl ?? "wss://ws-auth.kraken.com/v2",
      level3: o.l3Url ?? "wss://ws-l3.kraken.com/v2",
    },
    getToken: o.getToken,
    policy: {
      connectTimeoutMs: positive("connectTimeoutMs", o.connectTimeoutMs, 10_000),
      pingIntervalMs: positive("pingIntervalMs", o.pingIntervalMs, 20_000),
      pongTimeoutMs: positive("pongTimeoutMs", o.pongTimeoutMs, 10_000),
      staleAfterMs: positive("staleAfterMs", o.staleAfterMs, 30_000),
      minDelayMs: r.minDelayMs ?? 1_000,
      maxDelayMs: r.maxDelayMs ?? 60_000,
      maxAttempts,
      finalCloseCodes: o.finalCloseCodes ?? [1008],
      random: o.random ?? Math.random,
      // the limit counts characters; one is at most 3 bytes of UTF-8, so no frame under it is refused
      maxPayload: maxFrameBytes * 3,
      secrets,
    },
    secrets,
    requestTimeoutMs: positive("requestTimeoutMs", o.requestTimeoutMs, 10_000),
    budget: o.connectBudget ?? sharedConnectBudget(),
    maxFrameBytes,
    resubscribeRatePerSec: positive("resubscribeRatePerSec", o.resubscribeRatePerSec, 10),
    level3RateBudget: positive("level3RateBudget", o.level3RateBudget, 200),
    reconcile: o.reconcile,
    reconcileOnGap: o.reconcileOnGap ?? o.reconcile !== undefined,
    WebSocket: o.WebSocket ?? defaultWebSocket(),
    decodeBook: o.decodeBook,
    logger: o.logger ?? {},
  };
}
