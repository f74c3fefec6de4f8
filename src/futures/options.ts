// Options of `new KrakenFutures(...)`.
import type { NonceOptions, NonceSource } from "../auth/nonce.js";
import type { Clock } from "../rest/clock.js";
import type { KrakenLogger, RetryOptions } from "../rest/options.js";

/**
 * Local model of Kraken's Derivatives rate limits: the `/derivatives` budget (500 per 10 s) and the
 * `/history` pool (100 tokens, refilled at 100 per 10 min), charged at each operation's cost.
 * @example
 * ```ts
 * const futures = new KrakenFutures({ apiKey, apiSecret, rateLimit: { mode: "reject" } });
 * ```
 */
export interface FuturesRateLimitOptions {
  /** `"wait"` (default) delays a call until its cost fits; `"reject"` throws `KrakenRateLimitError` at once. */
  mode?: "wait" | "reject";
  /** Budget units kept free below each cap for latency jitter. Default 0. */
  headroom?: number;
}

/**
 * Options of `new KrakenFutures(...)`. Derivatives keys are separate from Spot keys.
 * @example
 * ```ts
 * const futures = new KrakenFutures({
 *   apiKey: process.env.KRAKEN_FUTURES_KEY,
 *   apiSecret: process.env.KRAKEN_FUTURES_SECRET,
 *   timeoutMs: 5_000,
 * });
 * ```
 */
export interface KrakenFuturesOptions {
  /** Derivatives public key (sent as `APIKey`). Needed for private calls. */
  apiKey?: string;
  /** Derivatives private key (base64). Checked at construction; never sent, logged or put in errors. */
  apiSecret?: string;
  /**
   * Origin, optionally with a path prefix for a proxy; requests go to `<baseUrl><Kraken's full path>`.
   * Default `https://futures.kraken.com`.
   */
  baseUrl?: string;
  /** Rate limiter settings, or `false` to turn it off. */
  rateLimit?: false | FuturesRateLimitOptions;
  /** Retry policy for reads, or `false` for no retries. */
  retry?: false | RetryOptions;
  /** Per-attempt timeout in ms. Default 10 000. */
  timeoutMs?: number;
  /**
   * Largest response body read, in bytes: reading stops and the request is aborted as soon as a body
   * passes it. Default 8 MiB, far above Kraken's largest Derivatives JSON answers; the account log CSV
   * (`accountLogCsv`, up to 500,000 entries) may be 64 times larger (512 MiB by default).
   */
  maxResponseBytes?: number;
  /** Nonce scale or source (a function is shorthand for `{ source }`). Default microseconds. */
  nonce?: NonceOptions | NonceSource;
  /** fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Receives redacted request and response records (never the secret, `Authent` or nonce). */
  logger?: KrakenLogger;
  /** Time source (tests). Default the system clock. */
  clock?: Clock;
}
