import type { NonceOptions, NonceSource } from "../auth/nonce.js";
import type { OtpProvider } from "../auth/otp.js";
import type { Clock } from "./clock.js";
import type { TradingEngineCounter } from "./engine-limiter.js";
import type { KrakenTier } from "./rate-limiter.js";

/**
 * Receives redacted request, response, retry and warning records. Compatible with `console` and most
 * structured loggers. Records never contain the API key, secret, signature, nonce, OTP or WS token.
 * @example
 * ```ts
 * const logger: KrakenLogger = { warn: (message, data) => console.warn(`[kraken] ${message}`, data) };
 * const rest = new KrakenRest({ apiKey, apiSecret, logger }); // or `logger: console` for every record
 * ```
 */
export interface KrakenLogger {
  debug?(message: string, data?: Record<string, unknown>): void;
  info?(message: string, data?: Record<string, unknown>): void;
  warn?(message: string, data?: Record<string, unknown>): void;
  error?(message: string, data?: Record<string, unknown>): void;
}

/**
 * Retry policy. Which failures are retried also depends on each operation's retry class.
 * @example
 * ```ts
 * const retry = { retries: 5, baseDelayMs: 250, maxDelayMs: 10_000 };
 * const rest = new KrakenRest({ apiKey, apiSecret, retry });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** Backoff ceiling of the first retry, in ms (doubles each retry, full jitter). Default 500. */
  baseDelayMs?: number;
  /** Highest backoff delay, in ms. Default 30 000. */
  maxDelayMs?: number;
  /** Longest wait honoured for `EService:Throttled: <ts>`; beyond it the call fails. Default 60 000. */
  maxThrottleWaitMs?: number;
  /** Random source in [0, 1) for jitter. Default `Math.random`. */
  random?: () => number;
}

/**
 * Local model of Kraken's rate limits.
 * @example
 * ```ts
 * const rateLimit = { mode: "reject", costs: { getLedgers: 4 } } as const;
 * const rest = new KrakenRest({ apiKey, apiSecret, tier: "intermediate", rateLimit });
 * await rest.getLedgers().catch((e) => {
 *   if (e instanceof KrakenRateLimitError) console.log(`retry in ${e.retryAfterMs} ms`); // nothing was sent
 * });
 * ```
 */
export interface RateLimitOptions {
  /** `"wait"` (default) delays a call until it fits; `"reject"` throws `KrakenRateLimitError` at once. */
  mode?: "wait" | "reject";
  /** Override the REST counter cap of the tier. */
  max?: number;
  /** Override the REST counter decay per second of the tier. */
  decayPerSecond?: number;
  /**
   * Counter units kept free below the cap to absorb network-latency jitter (the local counter is
   * charged at send time, Kraken's at arrival). Default 0.5.
   */
  headroom?: number;
  /** Override the cost of some operations, e.g. `{ getLedgers: 4 }`. */
  costs?: Partial<Record<string, number>>;
  /**
   * Also model the per-pair trading-engine counter with order-age penalties: pass
   * `tradingEngineCounter` (imported from the package). Default off.
   */
  engine?: TradingEngineCounter;
}

/**
 * Options of `new KrakenRest(...)`.
 * @example
 * ```ts
 * const rest = new KrakenRest({
 *   apiKey: process.env.KRAKEN_KEY,
 *   apiSecret: process.env.KRAKEN_SECRET,
 *   tier: "intermediate",
 *   otp: process.env.KRAKEN_2FA, // the key's static 2FA password; or a function returning a fresh TOTP code
 * });
 * ```
 */
export interface KrakenRestOptions {
  /** Public API key (sent as `API-Key`). Needed for private calls. */
  apiKey?: string;
  /** Base64 private key. Checked at construction; never sent, logged or stored in errors. */
  apiSecret?: string;
  /** 2FA password: a string or a function returning a fresh code. Per-call `otp` overrides it. */
  otp?: OtpProvider;
  /**
   * Origin, optionally with a path prefix for a proxy (e.g. `https://proxy.example/kraken`). Requests go
   * to `<baseUrl>/0/...` (a trailing `/0`, as in `https://api.kraken.com/0`, is dropped); signatures
   * always cover Kraken's own `/0/private/<Name>`. Redirects are never followed. Default
   * `https://api.kraken.com`.
   */
  baseUrl?: string;
  /** Verification tier for the rate limiter. Default `"starter"` (most conservative). */
  tier?: KrakenTier;
  /** Rate limiter settings, or `false` to turn it off. */
  rateLimit?: false | RateLimitOptions;
  /** Retry policy, or `false` for no retries at all. */
  retry?: false | RetryOptions;
  /** Per-attempt timeout in ms. Default 10 000. */
  timeoutMs?: number;
  /**
   * Largest response body read, in bytes: reading stops and the request is aborted once a body passes
   * it. Default 8 MiB, about ten times Kraken's largest JSON answers (all asset pairs, a 500-level
   * book). A binary report (RetrieveExport) may be 64 times larger (512 MiB by default).
   */
  maxResponseBytes?: number;
  /** Nonce scale or source (a function is shorthand for `{ source }`). */
  nonce?: NonceOptions | NonceSource;
  /**
   * Let private calls of one key overlap in flight. Only safe when the key has a nonce window; by
   * default calls of one key are signed right before dispatch and sent one at a time.
   */
  overlap?: boolean;
  /** fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Receives redacted request and response records. */
  logger?: KrakenLogger;
  /** `User-Agent` header (ignored by browsers). Default `kraken-connector`. */
  userAgent?: string;
  /** Time source (tests). Default the system clock. */
  clock?: Clock;
}

/**
 * Options of one call.
 * @example
 * ```ts
 * const ac = new AbortController();
 * await rest.getOrderBook({ pair: "XBTUSD", count: 10 }, { signal: ac.signal, timeoutMs: 2000 });
 * await rest.withdrawFunds({ asset: "XBT", key: "cold-wallet", amount: "0.5" }, { otp: "123456" });
 * ```
 */
export interface CallOptions {
  /** Cancels waiting, retries and the request in flight. */
  signal?: AbortSignal;
  /** 2FA password for this call only. */
  otp?: OtpProvider;
  /** Per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /**
   * Parameters Kraken accepts that the typed params do not describe yet, e.g. `{ new_flag: "x" }`:
   * an explicit opt-in, sent after the typed ones and signed like them (query string for public calls).
   */
  extraParams?: Readonly<Record<string, string | number | boolean>>;
  /** `false` skips the order-rule check of loaded markets for this call. */
  checkRules?: boolean;
  /** The pair of an `amendOrder` (which names none), so its prices and quantity can be checked. */
  market?: string;
}
