/**
 * Broad family of a {@link KrakenError}, for handling errors without matching class names.
 * @example
 * if (e instanceof KrakenError) {
 *   const category: KrakenErrorCategory = e.category; // "api", "timeout", "rate-limit", ...
 *   if (category === "network" || category === "timeout") console.warn("Kraken unreachable:", e.message);
 * }
 */
export type KrakenErrorCategory =
  | "config"
  | "api"
  | "http"
  | "network"
  | "timeout"
  | "abort"
  | "rate-limit"
  | "ambiguous"
  | "websocket"
  | "book"
  | "validation";

/**
 * Whether the request may have reached Kraken (and so may have taken effect):
 * - `"no"`: certainly not sent (config error, refused connection, local rate limit);
 * - `"yes"`: Kraken answered;
 * - `"unknown"`: sent, but the outcome was not observed (timeout, reset after sending).
 * @example
 * if (e instanceof KrakenError) {
 *   const reached: ReachedKraken = e.reachedKraken;
 *   if (reached === "no") console.warn("nothing was sent; safe to try again");
 *   else if (reached === "unknown") await reconcileOpenOrders(); // look before resending
 * }
 */
export type ReachedKraken = "no" | "yes" | "unknown";

/**
 * Constructor options shared by every {@link KrakenError}.
 * @example
 * const options: KrakenErrorOptions = { code: "reconcile_failed", category: "api", retryable: true };
 * throw new KrakenError("open orders could not be reconciled", options);
 */
export interface KrakenErrorOptions {
  /** Stable machine-readable code, e.g. `"EOrder:Insufficient funds"` or `"ws_closed"`. */
  code: string;
  category: KrakenErrorCategory;
  /** Whether retrying the same request could succeed. */
  retryable?: boolean;
  reachedKraken?: ReachedKraken;
  /** Underlying error; it must already be free of secrets. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by kraken-connector. Messages and causes never contain secrets:
 * API secrets, signatures, nonces, OTPs and tokens are redacted before an error is built.
 * @example
 * try { await rest.getAccountBalance(); } catch (e) {
 *   if (!(e instanceof KrakenError)) throw e;
 *   console.warn(e.message, e.toJSON()); // { name, message, code, category, retryable, reachedKraken }
 *   if (e.retryable) setTimeout(refreshBalances, 1_000);
 * }
 */
export class KrakenError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Broad family of the error. */
  readonly category: KrakenErrorCategory;
  /** Whether retrying the same request could succeed. */
  readonly retryable: boolean;
  /** Whether the request may have reached Kraken. */
  readonly reachedKraken: ReachedKraken;

  constructor(message: string, options: KrakenErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.category = options.category;
    this.retryable = options.retryable ?? false;
    this.reachedKraken = options.reachedKraken ?? "no";
  }

  /** A plain object for logs and serialisation (no stack, no secrets). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      category: this.category,
      retryable: this.retryable,
      reachedKraken: this.reachedKraken,
    };
  }
}

/**
 * A wrong or missing option, detected before anything is sent.
 * @example
 * try { new KrakenRest({ apiKey, apiSecret: "not base64!" }); } catch (e) {
 *   if (e instanceof KrakenConfigError) console.error(e.message); // "apiSecret is not valid base64 (...)"
 * }
 */
export class KrakenConfigError extends KrakenError {
  constructor(message: string) {
    super(message, { code: "config", category: "config", retryable: false, reachedKraken: "no" });
  }
}

/**
 * Input that Kraken would reject, detected locally before sending (batch sizes, exclusive fields).
 * @example
 * try { await ws.book({ symbol: "BTC/USD", depth: 2000 }); } catch (e) {
 *   if (e instanceof KrakenValidationError) console.error(e.field, e.message); // "depth" "book: depth must be ..."
 * }
 */
export class KrakenValidationError extends KrakenError {
  /** The offending parameter, when known. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message, { code: "validation", category: "validation", retryable: false, reachedKraken: "no" });
    this.field = field;
  }
}
