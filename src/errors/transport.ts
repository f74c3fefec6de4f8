import { KrakenError, type ReachedKraken } from "./base.js";

/**
 * Fields shared by the REST transport errors.
 * @example
 * ```ts
 * const options: KrakenTransportErrorOptions = { operationId: "getServerTime", attempts: 1, reachedKraken: "no" };
 * throw new KrakenNetworkError("connection refused", { ...options, retryable: true });
 * ```
 */
export interface KrakenTransportErrorOptions {
  /** operationId of the failed call. */
  operationId?: string;
  /** Attempts made, retries included. */
  attempts?: number;
  reachedKraken: ReachedKraken;
  retryable?: boolean;
  /** A sanitised cause (see {@link sanitizeCause}); never the request or its headers. */
  cause?: unknown;
  /** Method, origin and path of the request (never its query or body), added to the message. */
  where?: string;
}

function prefix(operationId: string | undefined): string {
  return operationId ? `${operationId}: ` : "";
}

/**
 * Keeps only the name, message and code of an underlying error (and of its own cause), so nothing
 * attached to it (a Request, headers, a body) can leak into logs or serialised errors.
 * @example
 * ```ts
 * try { await fetch(request); } catch (err) {
 *   // only name, message and code survive: no Request, headers or body
 *   throw new KrakenNetworkError("connection reset", { reachedKraken: "unknown", cause: sanitizeCause(err) });
 * }
 * ```
 */
export function sanitizeCause(error: unknown): Error | undefined {
  if (error === undefined || error === null) return undefined;
  return error instanceof Error ? bare(error, true) : new Error(String(error));
}

/** A fresh Error with only the name, message and string code of `error` (and of its cause, once). */
function bare(error: Error, withCause: boolean): Error {
  const copy: Error & { code?: string } = new Error(error.message);
  copy.name = error.name;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === "string") copy.code = code;
  if (withCause && cause instanceof Error) copy.cause = bare(cause, false);
  return copy;
}

/**
 * Base for REST transport failures; carries the operation and attempt count.
 * @example
 * ```ts
 * try { await rest.getTradeBalance(); } catch (e) {
 *   if (e instanceof KrakenRequestError) console.warn(`${e.operationId}: ${e.attempts} attempt(s)`, e.category);
 * }
 * ```
 */
export class KrakenRequestError extends KrakenError {
  /** operationId of the failed call, when known. */
  readonly operationId: string | undefined;
  /** Attempts made, retries included. */
  readonly attempts: number;
  constructor(
    message: string,
    code: string,
    category: "http" | "network" | "timeout" | "abort" | "rate-limit" | "ambiguous",
    options: KrakenTransportErrorOptions,
  ) {
    super(`${prefix(options.operationId)}${message}${options.where ? ` (${options.where})` : ""}`, {
      code,
      category,
      retryable: options.retryable ?? false,
      reachedKraken: options.reachedKraken,
      cause: options.cause,
    });
    this.operationId = options.operationId;
    this.attempts = options.attempts ?? 1;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, attempts: this.attempts };
  }
}

/**
 * Kraken (or a proxy in front of it) answered with a non-2xx status or a body that is not an envelope.
 * @example
 * ```ts
 * try { await rest.getServerTime(); } catch (e) {
 *   if (e instanceof KrakenHttpError) console.warn(e.status === 0 ? "not a Kraken envelope" : `HTTP ${e.status}`);
 * }
 * ```
 */
export class KrakenHttpError extends KrakenRequestError {
  /** HTTP status (0 when the body, not the status, was the problem). */
  readonly status: number;
  constructor(status: number, detail: string, options: KrakenTransportErrorOptions) {
    super(`HTTP ${status} ${detail}`.trim(), `http_${status}`, "http", options);
    this.status = status;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}

/**
 * The connection failed: refused (`reachedKraken: "no"`) or broken after sending (`"unknown"`).
 * @example
 * ```ts
 * try { await rest.getOpenOrders(); } catch (e) {
 *   if (e instanceof KrakenNetworkError && e.reachedKraken === "no") console.warn("Kraken unreachable:", e.message);
 * }
 * ```
 */
export class KrakenNetworkError extends KrakenRequestError {
  constructor(message: string, options: KrakenTransportErrorOptions) {
    super(message, "network", "network", options);
  }
}

/**
 * No response within `timeoutMs`. The request may have reached Kraken.
 * @example
 * ```ts
 * try { await rest.getOrderBook({ pair: "XBTUSD", count: 10 }, { timeoutMs: 2_000 }); } catch (e) {
 *   if (e instanceof KrakenTimeoutError) console.warn(`no answer in ${e.timeoutMs} ms`, e.reachedKraken); // "unknown"
 * }
 * ```
 */
export class KrakenTimeoutError extends KrakenRequestError {
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options: KrakenTransportErrorOptions) {
    super(`no response within ${timeoutMs} ms`, "timeout", "timeout", options);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The caller's AbortSignal fired.
 * @example
 * ```ts
 * const controller = new AbortController();
 * setTimeout(() => controller.abort(), 1_000);
 * try { await rest.getOHLCData({ pair: "XBTUSD" }, { signal: controller.signal }); } catch (e) {
 *   if (!(e instanceof KrakenAbortError)) throw e; // else: cancelled on purpose
 * }
 * ```
 */
export class KrakenAbortError extends KrakenRequestError {
  constructor(options: KrakenTransportErrorOptions) {
    super("aborted by the caller", "aborted", "abort", options);
  }
}

/**
 * The local rate limiter refused the call (`rateLimit.mode: "reject"`); nothing was sent.
 * @example
 * ```ts
 * const rest = new KrakenRest({ apiKey, apiSecret, rateLimit: { mode: "reject" } });
 * try { await rest.getLedgers(); } catch (e) {
 *   if (e instanceof KrakenRateLimitError) await new Promise((r) => setTimeout(r, e.retryAfterMs));
 * }
 * ```
 */
export class KrakenRateLimitError extends KrakenRequestError {
  /** How long until the call would fit, in milliseconds. */
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number, options: Omit<KrakenTransportErrorOptions, "reachedKraken">) {
    super(`local rate limit: retry in ${Math.ceil(retryAfterMs)} ms`, "rate_limited", "rate-limit", {
      ...options,
      reachedKraken: "no",
      retryable: true,
    });
    this.retryAfterMs = retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/**
 * A call that creates or moves something (AddOrder, Withdraw, ...) may have reached Kraken, but its
 * outcome was not observed. It is never resent automatically: check with `rest.findOrder({ cl_ord_id })`
 * (orders) or the matching status endpoint before trying again.
 * @example
 * ```ts
 * try { await rest.addOrder(order); } catch (e) {
 *   if (e instanceof KrakenAmbiguousRequestError && e.clOrdId) {
 *     const found = await rest.findOrder({ cl_ord_id: e.clOrdId });
 *   }
 * }
 * ```
 */
export class KrakenAmbiguousRequestError extends KrakenRequestError {
  /** The order's client id, when the call carried one (AddOrder always does). */
  readonly clOrdId: string | undefined;
  constructor(
    reason: string,
    options: Omit<KrakenTransportErrorOptions, "reachedKraken"> & { clOrdId?: string | undefined },
  ) {
    super(`outcome unknown (${reason}); not resent`, "ambiguous", "ambiguous", {
      ...options,
      reachedKraken: "unknown",
      retryable: false,
    });
    this.clOrdId = options.clOrdId;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), clOrdId: this.clOrdId };
  }
}
