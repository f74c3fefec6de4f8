// The options every WebSocket client shares: the socket's lifecycle, keep-alive, reconnects, runtime hooks.
import type { WebSocketConstructor } from "../../runtime/websocket.js";
import type { ConnectBudget } from "./connect-budget.js";

/**
 * Minimal logger; `console` fits. Messages never contain tokens, keys, challenges or signatures.
 * @example
 * const logger: WsLogger = { warn: (message, data) => console.warn(`[kraken ws] ${message}`, data) };
 * const ws = new KrakenWs({ logger }); // or { logger: console }
 */
export interface WsLogger {
  debug?(message: string, data?: unknown): void;
  info?(message: string, data?: unknown): void;
  warn?(message: string, data?: unknown): void;
  error?(message: string, data?: unknown): void;
}

/**
 * The lifecycle options of every WebSocket client (`KrakenWs`, `KrakenUnifiedWs`, `KrakenFuturesWs`):
 * one socket's open, keep-alive, watchdogs and reconnects. Defaults are applied in one place
 * (`resolveWsOptions`); a client only sets its own endpoint and keep-alive defaults.
 * @example
 * const lifecycle: WsLifecycleOptions = { reconnect: { minDelayMs: 1000, maxDelayMs: 30_000 }, logger: console };
 * const ws = new KrakenWs({ ...lifecycle, getToken: rest.webSocketToken });
 * const fws = new KrakenFuturesWs({ ...lifecycle, apiKey, apiSecret });
 */
export interface WsLifecycleOptions {
  /** Reconnect backoff (exponential with full jitter). `maxAttempts` defaults to unlimited. */
  reconnect?: { minDelayMs?: number; maxDelayMs?: number; maxAttempts?: number };
  /** Time allowed to open a socket. Default 10 s. */
  connectTimeoutMs?: number;
  /**
   * Keep-alive interval (Kraken closes idle sockets after about a minute). Default 20 s; the
   * Derivatives client refuses more than 60 s.
   */
  pingIntervalMs?: number;
  /** A keep-alive without answer for this long restarts the socket. Default 10 s. */
  pongTimeoutMs?: number;
  /** No frame at all for this long restarts the socket. Default 30 s (Derivatives: 45 s). */
  staleAfterMs?: number;
  /**
   * Time allowed for each answer: subscribe and unsubscribe acknowledgements, trading requests, the
   * Derivatives challenge. Default 10 s.
   */
  requestTimeoutMs?: number;
  /** Close codes that end the client instead of reconnecting. Default `[1008]`. */
  finalCloseCodes?: readonly number[];
  /** Connect-attempt budget; default shared by every client of the process (100 attempts per 10 min). */
  connectBudget?: ConnectBudget;
  /** WebSocket constructor; default isomorphic-ws (native in browsers/Deno, `ws` in Node). */
  WebSocket?: WebSocketConstructor;
  /** Random source for jitter (tests). */
  random?: () => number;
  /** Receives warnings and listener failures. */
  logger?: WsLogger;
}
