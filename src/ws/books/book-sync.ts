import type { ChecksumMode } from "../../book/checksum-policy.js";
import { Level3Book } from "../../book/level3-book.js";
import { type ApplyResult, OrderBook } from "../../book/order-book.js";
import type { BookFrame, Level3Frame } from "../../book/types.js";
import { KrakenError, KrakenValidationError } from "../../errors/base.js";
import { type BookResyncReason, KrakenBookError, KrakenBookResyncError } from "../../errors/book.js";
import { KrakenWsFrameError } from "../../errors/ws.js";
import { sleep, withDeadline } from "../../util/abort.js";
import { backoffDelay } from "../../util/backoff.js";
import type { ConnectionName } from "../connection/connection.js";
import type { KrakenWsEvents } from "../subscriptions/events.js";
import type { SubscribeOptions, Subscription } from "../subscriptions/subscription.js";

// The lazily loaded book code (lazy-chunk.ts) also brings the decoder the router needs for book frames.
export { decodeBookMessage } from "../../book/decode.js";

import type { InstrumentMessage, MessageOf, SubscribeParams } from "../types/channels.js";

/**
 * Live, checksum-verified books on a KrakenWs: `ws.book()` and `ws.level3()` delegate here. Uses only
 * the client's public surface (subscribe, unsubscribe, the `disconnected` event), one wire
 * subscription per symbol, and resyncs one symbol without touching any other subscription.
 */
/**
 * What a live book needs of the client: KrakenWsCore has it. Declared here so the book code, loaded
 * on first use, never imports the core that loads it.
 */
interface Host {
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

interface LiveCommonOptions {
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

/**
 * An {@link OrderBook} kept in sync by a KrakenWs; `close()` unsubscribes.
 * @example
 * const book = await ws.book({ symbol: "BTC/USD", depth: 10 });
 * book.bids(5); // [{ price: "45283.5", qty: "0.10000000" }, ...] best first, exact strings
 * await book.close(); // or `await using book = await ws.book(...)`
 */
export class LiveOrderBook extends OrderBook {
  /** @internal */
  closer: () => Promise<void> = async () => {};
  /** Stops this consumer; the wire subscription ends when the last consumer of the book closes. */
  close(): Promise<void> {
    return this.closer();
  }
  /** `await using book = await ws.book(...)` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/**
 * A {@link Level3Book} kept in sync by a KrakenWs; `close()` unsubscribes.
 * @example
 * const ws = new KrakenWs({ getToken: rest.webSocketToken }); // level3 needs a token
 * const l3 = await ws.level3({ symbol: "BTC/USD", depth: 10 });
 * l3.bids(1)[0]?.orders; // [{ order_id, limit_price, order_qty, timestamp }, ...] oldest first
 * await l3.close();
 */
export class LiveLevel3Book extends Level3Book {
  /** @internal */
  closer: () => Promise<void> = async () => {};
  /** Stops this consumer; the wire subscription ends when the last consumer of the book closes. */
  close(): Promise<void> {
    return this.closer();
  }
  /** `await using book = await ws.level3(...)` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

const BOOK_DEPTHS = [10, 25, 100, 500, 1000];
const DEFAULT_TIMEOUT_MS = 30_000;
const syncs = new WeakMap<Host, Map<string, BookSync>>();
const feeds = new WeakMap<Host, PrecisionFeed>();

/** The book depth subscribed on the wire for `depth` levels wanted. */
export function wireBookDepth(depth: number, headroom = true): number {
  const want = headroom ? Math.min(depth * 2, 1000) : depth;
  return BOOK_DEPTHS.find((d) => d >= want) ?? 1000;
}

/**
 * Opens (or shares) a live L2 book. Resolves when the first snapshot is applied and verified.
 * @example
 * const book = await openBook(ws, { symbol: "BTC/USD", depth: 10 });
 * book.on("update", () => console.log(book.bestBid(), book.bestAsk()));
 */
export async function openBook(host: Host, options: LiveBookOptions): Promise<LiveOrderBook> {
  const depth = options.depth ?? 10;
  if (!Number.isInteger(depth) || depth < 1 || depth > 1000)
    throw new KrakenValidationError("book: depth must be an integer from 1 to 1000", "depth");
  const wire = wireBookDepth(depth, options.headroom ?? true);
  const sync = acquire(host, "book", options, wire, () => {
    const b = new LiveOrderBook({ ...bookOptions(host, options), depth: wire, viewDepth: depth });
    return { book: b, apply: (m) => b.apply(m as BookFrame) };
  });
  await sync.whenReady(options);
  return sync.book as LiveOrderBook;
}

/**
 * Opens (or shares) a live level3 book (authenticated level3 connection). Resolves when the first
 * snapshot is applied and verified.
 */
export async function openLevel3(host: Host, options: LiveLevel3Options): Promise<LiveLevel3Book> {
  const depth = options.depth ?? 10;
  if (![10, 100, 1000].includes(depth))
    throw new KrakenValidationError("level3: depth must be 10, 100 or 1000", "depth");
  const sync = acquire(host, "level3", options, depth, () => {
    const b = new LiveLevel3Book({ ...bookOptions(host, options), depth });
    return { book: b, apply: (m) => b.apply(m as Level3Frame) };
  });
  await sync.whenReady(options);
  return sync.book as LiveLevel3Book;
}

function bookOptions(host: Host, o: LiveCommonOptions) {
  if ((o.pricePrecision === undefined) !== (o.qtyPrecision === undefined))
    throw new KrakenValidationError(
      "give both pricePrecision and qtyPrecision, or neither",
      "pricePrecision",
    );
  return {
    symbol: o.symbol,
    pricePrecision: o.pricePrecision,
    qtyPrecision: o.qtyPrecision,
    checksum: o.checksum,
    logger: { error: (_: string, e: unknown) => host.listenerError(e) },
  };
}

type AnyLiveBook = LiveOrderBook | LiveLevel3Book;

function acquire(
  host: Host,
  channel: "book" | "level3",
  options: LiveCommonOptions,
  wireDepth: number,
  create: () => { book: AnyLiveBook; apply: (msg: unknown) => ApplyResult },
): BookSync {
  if (typeof options.symbol !== "string" || options.symbol.length === 0)
    throw new KrakenValidationError(`${channel}: symbol is required`, "symbol");
  let map = syncs.get(host);
  if (!map) {
    map = new Map();
    syncs.set(host, map);
  }
  const key = `${channel}|${options.symbol}`;
  const existing = map.get(key);
  if (existing) {
    if (existing.wireDepth < wireDepth)
      throw new KrakenValidationError(
        `${channel} ${options.symbol} is already open with a smaller depth; close it first`,
        "depth",
      );
    existing.refs++;
    return existing;
  }
  const { book, apply } = create();
  const sync = new BookSync(host, channel, options, wireDepth, book, apply, () => map.delete(key));
  map.set(key, sync);
  sync.start();
  return sync;
}

/** Keeps one symbol's book in sync: subscribe, apply, resync on failure, rebuild after a reconnect. */
class BookSync {
  refs = 1;
  readonly #closer = new AbortController();
  readonly #offs: Array<() => void> = [];
  readonly #attempts: number[] = [];
  readonly #policy: Required<ResyncPolicy>;
  readonly #link: ConnectionName;
  readonly #explicit: boolean;
  #sub: Subscription<unknown> | undefined;
  #ready: Promise<void> | undefined;
  #resyncing = false;
  #exhausted = false;
  #closed = false;
  #feed: PrecisionFeed | undefined;

  constructor(
    private readonly host: Host,
    readonly channel: "book" | "level3",
    options: LiveCommonOptions,
    readonly wireDepth: number,
    readonly book: AnyLiveBook,
    private readonly apply: (msg: unknown) => ApplyResult,
    private readonly forget: () => void,
  ) {
    this.#link = channel === "level3" ? "level3" : "public";
    this.#explicit = options.pricePrecision !== undefined;
    const r = options.resync ?? {};
    this.#policy = {
      budget: r.budget ?? 5,
      windowMs: r.windowMs ?? 60_000,
      minDelayMs: r.minDelayMs ?? 250,
      maxDelayMs: r.maxDelayMs ?? 30_000,
    };
    book.closer = () => this.release();
  }

  start(): void {
    this.#ready = this.#open();
    this.#ready.catch(() => {}); // observed through whenReady
  }

  /** Waits for the first snapshot (bounded by the caller's timeout and signal); closes on failure. */
  async whenReady(options: LiveCommonOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      await withDeadline(
        this.#ready as Promise<void>,
        timeoutMs,
        () =>
          new KrakenBookError(`${this.book.symbol}: no verified snapshot within ${timeoutMs} ms`, {
            code: "book_snapshot_timeout",
            symbol: this.book.symbol,
            retryable: true,
          }),
        options.signal,
      );
    } catch (e) {
      await this.release();
      throw e;
    }
  }

  async #open(): Promise<void> {
    const book = this.book;
    const firstSnapshot = new Promise<void>((resolve) => {
      const off = book.on("update", () => {
        if (!book.synced) return;
        off();
        resolve();
      });
      this.#offs.push(off);
    });
    this.#offs.push(
      this.host.on("disconnected", (e) => {
        // never merge across a gap: drop the book now, the replayed subscription brings a snapshot
        if (e.connection === this.#link && book.synced) book.reset("reconnect");
      }),
    );
    if (!this.#explicit) {
      const feed = feedOf(this.host);
      this.#feed = feed;
      feed.acquire();
      this.#offs.push(feed.watch(book.symbol, (p) => this.#precision(p)));
      const p = await feed.wait(book.symbol, this.#closer.signal);
      this.#precision(p);
    }
    try {
      await this.#subscribe();
    } catch (e) {
      // a transient refusal of the first subscribe is retried on the resync backoff; a final one rejects
      if (!(e instanceof KrakenError && e.retryable) || this.#closed) throw e;
      this.book.reportError(asBookError(e, this.book.symbol));
      this.#attempts.push(Date.now());
      this.#resyncing = true;
      await this.#runResync("subscription-ended").finally(() => {
        this.#resyncing = false;
      });
    }
    await firstSnapshot;
  }

  #precision(p: Precision): void {
    const wasSynced = this.book.synced;
    if (this.book.setPrecision(p.price, p.qty) && wasSynced) this.#resync("precision-change");
  }

  async #subscribe(): Promise<void> {
    const params = { channel: this.channel, symbol: [this.book.symbol], depth: this.wireDepth };
    const sub = (await this.host.subscribe(params as Parameters<Host["subscribe"]>[0], {
      signal: this.#closer.signal,
    })) as Subscription<unknown>;
    if (this.#closed) {
      await sub.unsubscribe();
      return;
    }
    this.#sub = sub;
    void this.#consume(sub);
  }

  /** Iterates (not a callback) so that a snapshot arriving right after the ack is buffered, not lost. */
  async #consume(sub: Subscription<unknown>): Promise<void> {
    let dropped = sub.dropped;
    sub.on("error", (e) => {
      if (this.#sub !== sub || this.#closed) return;
      this.book.reportError(asBookError(e, this.book.symbol));
      if (e instanceof KrakenWsFrameError) this.#fail("malformed"); // an update of ours was lost
    });
    try {
      for await (const msg of sub) {
        if (this.#sub !== sub) break;
        if (sub.dropped !== dropped) {
          dropped = sub.dropped;
          this.#fail("dropped");
          continue;
        }
        const r = this.apply(msg);
        if (r.ok) {
          if (r.verified) this.#exhausted = false;
        } else if (r.reason !== "unsynced") this.#resync(r.reason, "error" in r ? r.error : undefined);
      }
    } catch (e) {
      if (this.#sub === sub && !this.#closed) this.book.reportError(asBookError(e, this.book.symbol));
    }
    if (this.#sub === sub && !this.#closed) this.#fail("subscription-ended");
  }

  /** Clears the book (if it is not already waiting) and resyncs. */
  #fail(reason: BookResyncReason): void {
    if (this.book.synced) this.book.reset(reason);
    this.#resync(reason);
  }

  /** Unsubscribes and resubscribes this symbol only, paced by the resync policy. */
  #resync(reason: BookResyncReason, error?: KrakenBookError): void {
    if (this.#closed || this.#resyncing) return;
    this.#resyncing = true;
    this.#runResync(reason, error)
      .catch(() => {}) // a final refusal: reported and terminated there
      .finally(() => {
        this.#resyncing = false;
      });
  }

  async #runResync(reason: BookResyncReason, error?: KrakenBookError): Promise<void> {
    const p = this.#policy;
    for (;;) {
      if (this.#closed) return;
      const now = Date.now();
      while (this.#attempts.length > 0 && now - (this.#attempts[0] as number) >= p.windowMs)
        this.#attempts.shift();
      this.#attempts.push(now);
      let delay = 0;
      if (this.#attempts.length > p.budget) {
        if (!this.#exhausted)
          this.book.reportError(new KrakenBookResyncError(this.book.symbol, reason, error));
        this.#exhausted = true;
        delay = p.maxDelayMs;
      } else if (this.#attempts.length > 1) {
        delay = Math.max(p.minDelayMs, backoffDelay(this.#attempts.length - 1, p));
      }
      try {
        if (delay > 0) await sleep(delay, this.#closer.signal);
        const old = this.#sub;
        this.#sub = undefined; // frames of the old subscription are ignored from here on
        await old?.unsubscribe();
        if (this.#closed) return;
        await this.#subscribe();
        return;
      } catch (e) {
        if (this.#closed) return;
        this.book.reportError(asBookError(e, this.book.symbol));
        if (e instanceof KrakenError && !e.retryable) {
          // the client is closed or Kraken refuses the symbol: retrying cannot help (reported above)
          await this.#terminate();
          throw e;
        }
      }
    }
  }

  /** Drops one consumer; the last one unsubscribes and detaches everything. */
  async release(): Promise<void> {
    if (this.#closed) return;
    if (--this.refs > 0) return;
    await this.#terminate();
  }

  /**
   * Stops for good: detaches from the client, ends the book (`close` event, loops over it end) and
   * unsubscribes; the book keeps its last levels.
   */
  async #terminate(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.forget();
    this.#closer.abort(new KrakenBookError(`${this.book.symbol}: book closed`, { code: "book_closed" }));
    for (const off of this.#offs.splice(0)) off();
    this.#feed?.release();
    this.book.end();
    const sub = this.#sub;
    this.#sub = undefined;
    await sub?.unsubscribe();
  }
}

function asBookError(e: unknown, symbol: string): KrakenBookError {
  if (e instanceof KrakenBookError) return e;
  const code = e instanceof KrakenError ? e.code : "book_internal";
  return new KrakenBookError(`${symbol}: ${e instanceof Error ? e.message : String(e)}`, {
    code,
    symbol,
    retryable: !(e instanceof KrakenError) || e.retryable,
    cause: e,
  });
}

/** A book for a pair that Kraken's instrument snapshot does not list: it could never be verified. */
const unlisted = (symbol: string) =>
  new KrakenValidationError(`book: ${symbol} is not a pair Kraken lists (instrument channel)`, "symbol");

interface Precision {
  price: number;
  qty: number;
}

function feedOf(host: Host): PrecisionFeed {
  let feed = feeds.get(host);
  if (!feed) {
    feed = new PrecisionFeed(host);
    feeds.set(host, feed);
  }
  return feed;
}

/**
 * One shared `instrument` subscription per client, held while any live book needs precisions. Its
 * snapshot gives every pair's `price_precision`/`qty_precision`; updates report changes.
 */
class PrecisionFeed {
  readonly #pairs = new Map<string, Precision>();
  readonly #watchers = new Map<string, Set<(p: Precision) => void>>();
  #refs = 0;
  #sub: Subscription<InstrumentMessage> | undefined;
  #starting: Promise<void> | undefined;
  #failure: unknown;
  /** The snapshot arrived: a pair not in it is not one Kraken trades. */
  #listed = false;

  constructor(private readonly host: Host) {}

  acquire(): void {
    this.#refs++;
    if (this.#starting) return;
    this.#failure = undefined;
    this.#starting = this.host.subscribe({ channel: "instrument" }).then(
      (sub) => {
        if (this.#refs === 0) {
          void sub.unsubscribe();
          return;
        }
        this.#sub = sub as Subscription<InstrumentMessage>;
        void this.#consume(this.#sub);
      },
      (e) => {
        this.#failure = e;
        this.#starting = undefined;
        this.#notify(() => this.#failure);
      },
    );
  }

  release(): void {
    if (--this.#refs > 0) return;
    const sub = this.#sub;
    this.#sub = undefined;
    this.#starting = undefined;
    this.#pairs.clear();
    this.#listed = false;
    void sub?.unsubscribe();
  }

  /** Resolves with the pair's precision once known; rejects if the instrument subscription failed. */
  wait(symbol: string, signal: AbortSignal): Promise<Precision> {
    const known = this.#pairs.get(symbol);
    if (known) return Promise.resolve(known);
    if (this.#listed) return Promise.reject(unlisted(symbol));
    return new Promise((resolve, reject) => {
      const done = () => {
        off();
        signal.removeEventListener("abort", onAbort);
      };
      const off = this.watch(
        symbol,
        (p) => {
          done();
          resolve(p);
        },
        (e) => {
          done();
          reject(e);
        },
      );
      const onAbort = () => {
        done();
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Calls `fn` whenever the pair's precision is (re)published. */
  watch(symbol: string, fn: (p: Precision) => void, onError?: (e: unknown) => void): () => void {
    let set = this.#watchers.get(symbol);
    if (!set) {
      set = new Set();
      this.#watchers.set(symbol, set);
    }
    const entry = Object.assign((p: Precision) => fn(p), { onError });
    set.add(entry);
    return () => set.delete(entry);
  }

  async #consume(sub: Subscription<InstrumentMessage>): Promise<void> {
    try {
      for await (const msg of sub) {
        for (const pair of msg.data.pairs) {
          const p = { price: pair.price_precision, qty: pair.qty_precision };
          if (!Number.isInteger(p.price) || !Number.isInteger(p.qty)) continue;
          const old = this.#pairs.get(pair.symbol);
          if (old && old.price === p.price && old.qty === p.qty) continue;
          this.#pairs.set(pair.symbol, p);
          for (const w of [...(this.#watchers.get(pair.symbol) ?? [])]) w(p);
        }
        if (msg.type !== "snapshot") continue;
        this.#listed = true; // fail every book waiting for a pair Kraken does not list, at once
        this.#notify((symbol) => !this.#pairs.has(symbol) && unlisted(symbol));
      }
    } catch (e) {
      this.#failure = e;
    }
    if (this.#sub === sub) {
      // ended unexpectedly: the next acquire subscribes again
      this.#sub = undefined;
      this.#starting = undefined;
      this.#failure ??= new KrakenBookError("instrument subscription ended", {
        code: "book_precision_unavailable",
      });
      this.#notify(() => this.#failure);
    }
  }

  /** Fails the waiters of each symbol that `errorFor` gives an error for. */
  #notify(errorFor: (symbol: string) => unknown): void {
    for (const [symbol, set] of this.#watchers) {
      const e = errorFor(symbol);
      if (e) for (const w of [...set]) (w as { onError?: (e: unknown) => void }).onError?.(e);
    }
  }
}
