import { KrakenError, type ReachedKraken } from "./base.js";

/**
 * Removes WS tokens from a text before it is stored in an error or log line: every `"token":"…"` value
 * (also one cut off by the end of a truncated frame) and every known token by value, wherever it is.
 * @example
 * redactFrame('{"method":"subscribe","params":{"channel":"executions","token":"<ws token>"}}');
 * // '{"method":"subscribe","params":{"channel":"executions","token":"[redacted]"}}'
 * redactFrame("EAPI:Invalid token abc123", ["abc123"]); // "EAPI:Invalid token [redacted]"
 */
export function redactFrame(text: string, secrets: readonly string[] = []): string {
  for (const secret of secrets) text = text.replaceAll(secret, "[redacted]");
  return text.replace(/("token"\s*:\s*")[^"]*"?/g, '$1[redacted]"');
}

/**
 * First `max` characters of a redacted frame: enough to diagnose, never a secret.
 * @example
 * console.warn("unexpected frame", frameExcerpt(text)); // at most 200 characters, token redacted
 * frameExcerpt('{"channel":"heartbeat"}', 10);          // '{"channel"…'
 */
export function frameExcerpt(text: string, max = 200): string {
  const clean = redactFrame(text.length > max * 4 ? text.slice(0, max * 4) : text);
  // a copy, not a slice: a slice keeps the whole (maybe 20 MB) frame alive as long as the error lives
  return [...(clean.length > max ? `${clean.slice(0, max)}…` : clean)].join("");
}

// Answers that may pass on a retry: a rate limit, the service busy or unavailable.
const TRANSIENT = /rate limit|too many|unavailable|busy/i;

/**
 * Connection-level failure of a WebSocket (closed, connect timeout, stale, terminal close code).
 * @example
 * try { await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD"] }); } catch (e) {
 *   if (e instanceof KrakenWsConnectionError && e.retryable) console.warn(e.connection, e.closeCode, e.message);
 * }
 */
export class KrakenWsConnectionError extends KrakenError {
  /** Close code when the socket closed, else undefined. */
  readonly closeCode: number | undefined;
  /** Which of the client's connections failed: "public", "auth" or "level3". */
  readonly connection: string;
  constructor(
    message: string,
    opts: {
      connection: string;
      code?: string;
      closeCode?: number;
      retryable?: boolean;
      reachedKraken?: ReachedKraken;
    },
  ) {
    super(message, {
      code: opts.code ?? "ws_closed",
      category: "websocket",
      retryable: opts.retryable ?? true,
      reachedKraken: opts.reachedKraken ?? "no",
    });
    this.closeCode = opts.closeCode;
    this.connection = opts.connection;
  }
}

/**
 * Kraken answered a request with `success: false`; `code` is Kraken's error string.
 * @example
 * try { await ws.addOrder({ order_type: "market", side: "buy", symbol: "BTC/USD", order_qty: "0.01" }); } catch (e) {
 *   if (e instanceof KrakenWsRequestError && e.code === "EOrder:Insufficient funds") console.warn(e.method, e.reqId);
 * }
 */
export class KrakenWsRequestError extends KrakenError {
  /** The request method, e.g. "add_order". */
  readonly method: string;
  /** Correlation id of the request. */
  readonly reqId: number;
  /** Answers that did succeed when a multi-answer request (cancel_order) partly failed. */
  readonly succeeded: readonly unknown[];
  constructor(krakenError: string, method: string, reqId: number, succeeded: readonly unknown[] = []) {
    super(`${method} failed: ${krakenError}`, {
      code: krakenError,
      category: /rate limit|too many/i.test(krakenError) ? "rate-limit" : "api",
      retryable: TRANSIENT.test(krakenError),
      reachedKraken: "yes",
    });
    this.method = method;
    this.reqId = reqId;
    this.succeeded = succeeded;
  }
}

/**
 * One symbol that Kraken refused in a subscribe request.
 * @example
 * if (e instanceof KrakenSubscribeError) {
 *   const refused: readonly SymbolError[] = e.errors;
 *   // [{ symbol: "XBT/USD", error: "Currency pair not supported XBT/USD" }]
 *   const retry = symbols.filter((s) => !refused.some((r) => r.symbol === s));
 * }
 */
export interface SymbolError {
  /** The symbol, or undefined when Kraken's answer named none. */
  readonly symbol: string | undefined;
  /** Kraken's error string, e.g. "Currency pair not supported XBT/USD". */
  readonly error: string;
}

/**
 * A subscribe request that Kraken rejected for one or more symbols (every ack is checked). `retryable`
 * when every refusal is transient (`EService:Unavailable`, `EGeneral:Internal error`, rate limits);
 * final otherwise (unknown pair, bad arguments).
 * @example
 * try { await ws.subscribe({ channel: "ticker", symbol: ["BTC/USD", "XBT/USD"] }); } catch (e) {
 *   if (e instanceof KrakenSubscribeError) for (const { symbol, error } of e.errors) console.warn(symbol, error);
 * }
 */
export class KrakenSubscribeError extends KrakenError {
  /** Channel of the failed subscription. */
  readonly channel: string;
  /** Every per-symbol rejection. */
  readonly errors: readonly SymbolError[];
  constructor(channel: string, errors: readonly SymbolError[]) {
    const list = errors.map((e) => (e.symbol ? `${e.symbol}: ${e.error}` : e.error)).join("; ");
    super(`subscribe ${channel} rejected: ${list}`, {
      code: errors[0]?.error ?? "subscribe_failed",
      category: "api",
      // transient when every refusal is: the service busy or down, an internal error, a rate limit
      retryable: errors.every((e) => TRANSIENT.test(e.error) || /internal error/i.test(e.error)),
      reachedKraken: "yes",
    });
    this.channel = channel;
    this.errors = errors;
  }
}

/**
 * No answer within the request timeout. For trading methods the outcome is unknown.
 * @example
 * try { await ws.subscribe({ channel: "trade", symbol: ["ETH/USD"] }, { timeoutMs: 5_000 }); } catch (e) {
 *   if (e instanceof KrakenWsTimeoutError) console.warn(e.method, e.reachedKraken); // "subscribe trade" "unknown"
 * }
 */
export class KrakenWsTimeoutError extends KrakenError {
  /** The request method. */
  readonly method: string;
  constructor(method: string, timeoutMs: number, reachedKraken: ReachedKraken = "unknown") {
    super(`${method}: no answer within ${timeoutMs} ms`, {
      code: "ws_timeout",
      category: "timeout",
      retryable: reachedKraken === "no",
      reachedKraken,
    });
    this.method = method;
  }
}

/**
 * A trading request was sent but the socket dropped (or the answer timed out) before Kraken's answer
 * arrived: the order may or may not have been placed. It is never resent automatically; reconcile by
 * `clOrdId` (the `executions` snapshot after reconnect, or REST `QueryOrders`/`OpenOrders`).
 * @example
 * try { await ws.addOrder(order); } catch (e) {
 *   if (e instanceof KrakenAmbiguousOrderError && e.clOrdId) {
 *     const { status } = await rest.findOrder({ cl_ord_id: e.clOrdId }); // "open", "closed" or "not-found"
 *   }
 * }
 */
export class KrakenAmbiguousOrderError extends KrakenError {
  /** The request method, e.g. "add_order". */
  readonly method: string;
  /** Client order id(s) of the affected order(s), when known. */
  readonly clOrdId: string | undefined;
  /** All client order ids (batch_add carries several). */
  readonly clOrdIds: readonly string[];
  constructor(method: string, clOrdIds: readonly string[], reason: string, cause?: unknown) {
    super(`${method}: outcome unknown (${reason}); reconcile by cl_ord_id before retrying`, {
      code: "ambiguous_outcome",
      category: "ambiguous",
      retryable: false,
      reachedKraken: "unknown",
      cause,
    });
    this.method = method;
    this.clOrdIds = clOrdIds;
    this.clOrdId = clOrdIds[0];
  }
}

/**
 * A frame that could not be used: malformed JSON, unknown channel, wrong field type, oversized.
 * @example
 * ws.on("error", (e) => {
 *   if (e instanceof KrakenWsFrameError) console.warn(`bad frame on ${e.connection}: ${e.message}`, e.excerpt);
 * });
 */
export class KrakenWsFrameError extends KrakenError {
  /** Redacted start of the frame (no token). */
  readonly excerpt: string;
  /** Which connection delivered it. */
  readonly connection: string;
  constructor(message: string, text: string, connection: string, cause?: unknown) {
    super(`${message} (${connection})`, {
      code: "ws_bad_frame",
      category: "websocket",
      retryable: false,
      cause,
    });
    this.excerpt = frameExcerpt(text);
    this.connection = connection;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), excerpt: this.excerpt, connection: this.connection };
  }
}

/**
 * A subscription buffer overflowed under the "error" overflow policy.
 * @example
 * const executions = await ws.subscribe({ channel: "executions", snap_orders: true }, { bufferSize: 4096 });
 * try { for await (const msg of executions) handle(msg); } catch (e) {
 *   if (e instanceof KrakenWsOverflowError) await rebuildFromRest(); // the consumer fell behind
 * }
 */
export class KrakenWsOverflowError extends KrakenError {
  constructor(channel: string, size: number) {
    super(`${channel} subscription buffer full (${size} messages); the consumer is too slow`, {
      code: "ws_overflow",
      category: "websocket",
      retryable: false,
    });
  }
}
