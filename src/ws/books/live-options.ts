// What a live book needs of the client (Host) and the options of `ws.book()` and `ws.level3()`.
import type { ChecksumMode } from "../../book/checksum-policy.js";
import type { KrakenWsEvents } from "../subscriptions/events.js";
import type { SubscribeOptions, Subscription } from "../subscriptions/subscription.js";
import type { MessageOf, SubscribeParams } from "../types/channels.js";

/**
 * What a live book needs of the client: KrakenWsCore has it. Declared here so the book code, loaded
 * on first use, never imports the core that loads it.
 */
export interface Host {
  subscribe<P extends SubscribeParams>(
    params: P,
    options?: SubscribeOptions,
  ): Promise<Subscription<MessageOf<P["channel"]>>>;
  on<K extends keyof KrakenWsEvents>(event: K, fn: (payload: KrakenWsEvents[K]) => void): () => void;
  readonly listenerError: (e: unknown) => void;
}

/**
 * Resync pacing: at most `budget` resyncs per `windowMs`, spaced by exponential backoff with jitter.
 * @example
 * const book = await ws.book({
 *   symbol: "BTC/USD",
 *   resync: { budget: 5, windowMs: 60_000, minDelayMs: 250, maxDelayMs: 30_000 },
 * });
 * book.on("error", (err) => console.error(err.code)); // "book_resync_exhausted" once the budget is spent
 */
export interface ResyncPolicy {
  /** Resyncs allowed per window before the book reports {@link KrakenBookResyncError}. Default 5. */
  budget?: number;
  /** Window of the budget. Default 60 000 ms. */
  windowMs?: number;
  /** Backoff base for the 2nd and later resync in a window (the 1st is immediate). Default 250 ms. */
  minDelayMs?: number;
  /** Backoff cap; also the pace once the budget is spent. Default 30 000 ms. */
  maxDelayMs?: number;
}

export interface LiveCommonOptions {
  /** The pair, e.g. "BTC/USD". */
  symbol: string;
  /** Overrides the precision from the `instrument` channel (both must be given). */
  pricePrecision?: number;
  qtyPrecision?: number;
  /** Checksum verification: every update (default), every n-th (`{ every: n }`), or "off". */
  checksum?: ChecksumMode;
  /** Rejects the pending `book()` call (and closes the book) when aborted. */
  signal?: AbortSignal;
  /** Time allowed for the precision and the first snapshot. Default 30 000 ms. */
  timeoutMs?: number;
  resync?: ResyncPolicy;
}

/**
 * Options of `ws.book()`.
 * @example
 * const eth = await ws.book({ symbol: "ETH/USD", depth: 25, pricePrecision: 2, qtyPrecision: 8 });
 * eth.viewDepth; // 25; eth.depth is 100, the deeper subscription kept as headroom
 */
export interface LiveBookOptions extends LiveCommonOptions {
  /** Levels you want per side (any number up to 1000). Default 10. */
  depth?: number;
  /**
   * Subscribe deeper than asked (10 -> 25, 25 -> 100, …) so the top of the book survives deletions.
   * Default true.
   */
  headroom?: boolean;
}

/**
 * Options of `ws.level3()`.
 * @example
 * const ac = new AbortController();
 * const l3 = await ws.level3({ symbol: "BTC/USD", depth: 100, checksum: { every: 5 }, signal: ac.signal });
 */
export interface LiveLevel3Options extends LiveCommonOptions {
  /** Price levels per side: 10, 100 or 1000. Default 10. */
  depth?: 10 | 100 | 1000;
}
