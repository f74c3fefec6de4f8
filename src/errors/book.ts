import { KrakenError } from "./base.js";

/**
 * Why a book was thrown away and rebuilt from a fresh snapshot.
 * @example
 * const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
 * book.on("resync", ({ reason }) => {
 *   const why: BookResyncReason = reason; // "checksum-mismatch", "reconnect", ...
 *   if (why !== "reconnect") console.warn(`BTC/USD book rebuilt: ${why}`);
 * });
 */
export type BookResyncReason =
  | "checksum-mismatch"
  | "crossed"
  | "missing-checksum"
  | "malformed"
  | "precision-change"
  | "reconnect"
  | "dropped"
  | "subscription-ended"
  | "manual"
  /** Derivatives v1 books: an update's `seq` skipped a number or repeated one. */
  | "sequence-gap";

/**
 * Base of every order-book error (category `"book"`): bad book frames, checksum mismatches, and
 * resyncs that ran out of budget.
 * @example
 * try { await ws.book({ symbol: "BTC/USD", timeoutMs: 10_000 }); } catch (e) {
 *   if (e instanceof KrakenBookError && e.code === "book_snapshot_timeout") console.warn(e.symbol, e.message);
 * }
 */
export class KrakenBookError extends KrakenError {
  /** Symbol the error concerns, when known. */
  readonly symbol: string | undefined;
  constructor(
    message: string,
    options: { code: string; symbol?: string; retryable?: boolean; cause?: unknown },
  ) {
    super(message, {
      code: options.code,
      category: "book",
      retryable: options.retryable ?? false,
      reachedKraken: "yes",
      cause: options.cause,
    });
    this.symbol = options.symbol;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), symbol: this.symbol };
  }
}

/**
 * A `book` or `level3` frame that could not be decoded (not JSON, wrong shape, a price or quantity
 * that is not a non-negative decimal). Returned by `decodeBookMessage`, never thrown from a loop.
 * @example
 * const msg = decodeBookMessage(frameText);
 * if (msg instanceof KrakenBookDecodeError) console.warn(msg.message, msg.excerpt);
 * else if (msg.channel === "book") book.apply(msg);
 */
export class KrakenBookDecodeError extends KrakenBookError {
  /** The start of the offending frame (book frames carry no secrets), at most 200 characters. */
  readonly excerpt: string;
  constructor(message: string, frame: string, symbol?: string, cause?: unknown) {
    super(message, { code: "book_decode", symbol, cause });
    this.excerpt = frame.length > 200 ? `${frame.slice(0, 200)}…` : frame;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), excerpt: this.excerpt };
  }
}

/**
 * The local book's CRC32 differs from the checksum Kraken sent with the frame.
 * @example
 * book.on("resync", ({ error }) => {
 *   if (error instanceof KrakenBookChecksumError) console.warn(error.symbol, error.expected, error.computed);
 * });
 */
export class KrakenBookChecksumError extends KrakenBookError {
  /** Checksum Kraken sent (unsigned 32-bit). */
  readonly expected: number;
  /** Checksum of the local book after applying the frame. */
  readonly computed: number;
  constructor(symbol: string, expected: number, computed: number) {
    super(`${symbol}: book checksum mismatch (Kraken ${expected}, local ${computed})`, {
      code: "book_checksum_mismatch",
      symbol,
      retryable: true,
    });
    this.expected = expected;
    this.computed = computed;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), expected: this.expected, computed: this.computed };
  }
}

/**
 * A symbol's book needed more resyncs than its budget allows; it stays unsynced until closed.
 * @example
 * book.on("error", (e) => {
 *   if (e instanceof KrakenBookResyncError) console.error(`${e.symbol}: book unsynced (last reason: ${e.reason})`);
 * });
 */
export class KrakenBookResyncError extends KrakenBookError {
  /** The reason of the last resync attempt. */
  readonly reason: BookResyncReason;
  constructor(symbol: string, reason: BookResyncReason, cause?: unknown) {
    super(`${symbol}: book resync budget exhausted (last reason: ${reason})`, {
      code: "book_resync_exhausted",
      symbol,
      retryable: false,
      cause,
    });
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
