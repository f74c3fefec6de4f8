// Options and events of KrakenFuturesWs (the Derivatives WebSocket v1 client).
import type { KrakenError } from "../errors/base.js";
import type { ConnectionState } from "../ws/connection/connection.js";
import type { WsLifecycleOptions } from "../ws/connection/lifecycle-options.js";
import type { OverflowPolicy } from "../ws/subscriptions/subscription.js";

/**
 * Options of {@link KrakenFuturesWs}. Every field is optional; defaults target Kraken production.
 * @example
 * const fws = new KrakenFuturesWs({ apiKey: futuresKey, apiSecret: futuresSecret, logger: console });
 */
export interface KrakenFuturesWsOptions extends WsLifecycleOptions {
  /** Endpoint. Default `wss://futures.kraken.com/ws/v1`. */
  url?: string;
  /** Derivatives API key (private feeds). Spot keys do not work here. */
  apiKey?: string;
  /** Its base64 secret; signs the challenge through Web Crypto. */
  apiSecret?: string;
}

/**
 * Options of one `subscribe` call.
 * @example
 * await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] }, { bufferSize: 256, signal });
 */
export interface FuturesSubscribeOptions {
  /** Ends the subscription (and its iteration) when aborted. */
  signal?: AbortSignal;
  /** Messages buffered for a slow iterator. Default 1024. */
  bufferSize?: number;
  /** What a full buffer does. Default "drop-oldest"; "error" for private feeds. */
  overflow?: OverflowPolicy;
}

/**
 * Events of {@link KrakenFuturesWs}.
 * @example
 * fws.on("reconnected", ({ downtimeMs }) => console.log("back after", downtimeMs, "ms"));
 * fws.on("error", (e) => console.warn(e.code, e.message));
 */
export interface FuturesWsEvents {
  state: { state: ConnectionState; previous: ConnectionState };
  open: Record<string, never>;
  disconnected: { code: number; reason: string; willReconnect: boolean };
  reconnecting: { attempt: number; delayMs: number };
  /** Every subscription was restored (with a fresh challenge for private feeds). */
  reconnected: { downtimeMs: number };
  /** A problem that did not end the client (bad frame, a feed that could not be restored, ...). */
  error: KrakenError;
}
