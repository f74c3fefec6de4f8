// KrakenFuturesWs: the Derivatives WebSocket v1 client's public API and lifecycle hooks, on KrakenWs's connection core.
import { createAuthentSigner } from "../auth/authent.js";
import { KrakenConfigError, KrakenValidationError } from "../errors/base.js";
import { KrakenWsConnectionError } from "../errors/ws.js";
import { withDeadline } from "../util/abort.js";
import { Emitter } from "../util/emitter.js";
import { Connection, type ConnectionState } from "../ws/connection/connection.js";
import { LazyChunk } from "../ws/lazy-chunk.js";
import { resolveWsOptions } from "../ws/protocol/options.js";
import { Subscription, type SubscriptionOwner } from "../ws/subscriptions/subscription.js";
import type { FuturesBookOptions, FuturesOrderBook } from "./book.js";
import { Challenge } from "./challenge.js";
import { checkSubscribe, V1_PRIVATE_FEEDS } from "./feeds.js";
import { FrameRouter } from "./frames.js";
import { startLiveBook } from "./live-book.js";
import type { FuturesSubscribeOptions, FuturesWsEvents, KrakenFuturesWsOptions } from "./options.js";
import { Requests } from "./requests.js";
import type { FuturesFeedMessages, FuturesSubscribeParams } from "./types.js";
import { WireSync } from "./wire-sync.js";

export type { FuturesSubscribeOptions, FuturesWsEvents, KrakenFuturesWsOptions } from "./options.js";

const KEEP_ALIVE = '{"event":"subscribe","feed":"heartbeat"}';

const bookCode = /* @__PURE__ */ new LazyChunk("futures book code", () => import("./book.js"));

/**
 * The Derivatives WebSocket v1 (`wss://futures.kraken.com/ws/v1`): streaming market data and account
 * feeds with Derivatives API keys (no order entry; see docs/derivatives.md for the Unified WebSocket).
 * Reconnects with backoff and jitter under the shared connect budget, keeps the socket alive, restores
 * every subscription after a reconnect (private ones with a fresh challenge), and reads every price
 * and quantity as an exact decimal string.
 * @example
 * const fws = new KrakenFuturesWs({ apiKey, apiSecret });
 * const ticker = await fws.subscribe({ feed: "ticker", product_ids: ["PF_XBTUSD"] });
 * ticker.on("message", (t) => console.log(t.product_id, t.markPrice, t.funding_rate));
 * const book = await fws.book({ product_id: "PF_XBTUSD" });
 * console.log(book.bestBid(), book.bestAsk()); // { price: "34892.5", qty: "6385" } ...
 * for await (const m of await fws.subscribe({ feed: "fills" })) console.log(m.fills);
 * await fws.close();
 */
export class KrakenFuturesWs {
  readonly #events: Emitter<FuturesWsEvents>;
  readonly #conn: Connection;
  readonly #requestTimeoutMs: number;
  readonly #challenge: Challenge | undefined;
  readonly #requests: Requests;
  readonly #sync: WireSync;
  readonly #owner: SubscriptionOwner;
  #closed = false;

  constructor(options: KrakenFuturesWsOptions = {}) {
    if (options.pingIntervalMs !== undefined && options.pingIntervalMs > 60_000)
      throw new KrakenConfigError("pingIntervalMs must be at most 60000 (Kraken asks for one every 60 s)");
    const o = resolveWsOptions({
      ...options,
      url: options.url ?? "wss://futures.kraken.com/ws/v1",
      pingIntervalMs: options.pingIntervalMs ?? 20_000,
      staleAfterMs: options.staleAfterMs ?? 45_000,
    });
    const logger = o.logger;
    this.#events = new Emitter<FuturesWsEvents>((e) => logger.error?.("event listener threw", e));
    this.#requestTimeoutMs = o.requestTimeoutMs;
    if (options.apiKey !== undefined || options.apiSecret !== undefined) {
      if (!options.apiKey) throw new KrakenConfigError("apiKey is required with apiSecret");
      this.#challenge = new Challenge(options.apiKey, createAuthentSigner(options.apiSecret ?? ""));
    }
    // Built as a variable: Subscription owners gain hooks over time, and extra ones are harmless.
    const owner = {
      release: (s: Subscription<unknown>) => this.#sync.serial(() => this.#sync.detach(s)),
      listenerError: (e: unknown) => logger.error?.("subscription listener threw", e),
    };
    this.#owner = owner;
    let router: FrameRouter | undefined;
    this.#conn = new Connection("public", o.urls.public, o.WebSocket, o.policy, o.budget, {
      frame: (text) => router?.frame(text),
      opened: (isReconnect, downtimeMs) => this.#opened(isReconnect, downtimeMs),
      lost: (info) => this.#lost(info),
      state: (state, previous) => this.#events.emit("state", { state, previous }),
      reconnecting: (attempt, delayMs) => this.#events.emit("reconnecting", { attempt, delayMs }),
      // Kraken documents no JSON ping on v1: a heartbeat subscribe is a client message Kraken answers.
      pingFrame: () => KEEP_ALIVE,
    });
    this.#requests = new Requests(
      this.#conn,
      this.#requestTimeoutMs,
      (signal) => this.#openWithin(signal),
      this.#challenge,
    );
    this.#sync = new WireSync(this.#requests, this.#conn, this.#events, () => this.#closed);
    router = new FrameRouter(this.#sync.table, this.#conn, this.#requests, this.#events);
  }

  /** Adds an event listener; returns a function that removes it. */
  on<K extends keyof FuturesWsEvents>(event: K, fn: (payload: FuturesWsEvents[K]) => void): () => void {
    return this.#events.on(event, fn);
  }

  /** Removes a listener. */
  off<K extends keyof FuturesWsEvents>(event: K, fn: (payload: FuturesWsEvents[K]) => void): void {
    this.#events.off(event, fn);
  }

  /** State of the socket ("idle" until first needed). */
  get state(): ConnectionState {
    return this.#closed ? "closed" : this.#conn.state;
  }

  /** Counters for leak tests and monitoring. */
  get diagnostics(): { timers: number; wires: number; subscriptions: number; challenges: number } {
    return {
      timers: this.#conn.timers.size,
      wires: this.#sync.table.size,
      subscriptions: this.#sync.subs.size,
      challenges: this.#challenge?.requested ?? 0,
    };
  }

  /** Opens the socket now instead of on first use. */
  async connect(signal?: AbortSignal): Promise<void> {
    await this.#openWithin(signal);
  }

  /** Drops the socket and lets it reconnect (tests, manual recovery). */
  reconnect(reason = "requested"): void {
    this.#conn.restart(reason);
  }

  /**
   * Subscribes to a feed; resolves when Kraken acknowledged it. Private feeds request a challenge
   * once per connection and send it signed. Identical subscriptions share one wire subscription.
   * @throws KrakenSubscribeError when Kraken answers `subscribed_failed` or an error
   * @throws KrakenFuturesWsAuthError when Kraken refuses the signed challenge
   * @example
   * const trades = await fws.subscribe({ feed: "trade", product_ids: ["PF_XBTUSD"] });
   * for await (const m of trades) if (m.feed === "trade") console.log(m.side, m.qty, "@", m.price);
   */
  async subscribe<P extends FuturesSubscribeParams>(
    params: P,
    options: FuturesSubscribeOptions = {},
  ): Promise<Subscription<FuturesFeedMessages[P["feed"]]>> {
    const feed = params.feed;
    const products = checkSubscribe(params, this.#challenge !== undefined);
    this.#checkOpen();
    options.signal?.throwIfAborted();
    const isPrivate = V1_PRIVATE_FEEDS.has(feed);
    const sub = new Subscription<unknown>(
      feed,
      products,
      this.#owner,
      options.bufferSize ?? 1024,
      options.overflow ?? (isPrivate ? "error" : "drop-oldest"),
      options.signal,
    );
    await this.#sync.attach(sub, feed, products, options.signal);
    return sub as Subscription<FuturesFeedMessages[P["feed"]]>;
  }

  /**
   * A live book of one product: resolves once its snapshot is applied. A `seq` gap, a repeated
   * `seq` or a crossed book clears it and asks Kraken for a fresh snapshot of this product only.
   * @example
   * const book = await fws.book({ product_id: "PF_XBTUSD" });
   * book.bids(5); // [{ price: "34892.5", qty: "6385" }, ...] exact strings
   * book.on("update", () => console.log(book.spread()));
   */
  async book(options: FuturesBookOptions): Promise<FuturesOrderBook> {
    if (typeof options.product_id !== "string" || options.product_id.length === 0)
      throw new KrakenValidationError("product_id must be a non-empty string", "product_id");
    const { FuturesOrderBook } = await bookCode.load();
    this.#checkOpen();
    options.signal?.throwIfAborted();
    return startLiveBook(this.#sync, new FuturesOrderBook(options), options, this.#requestTimeoutMs);
  }

  /** Closes the socket; subscriptions end, pending requests reject. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const error = new KrakenWsConnectionError("client closed", { connection: "futures", retryable: false });
    this.#conn.close(1000, "client closed");
    this.#requests.fail(error);
    const sync = this.#sync;
    for (const sub of [...sync.subs.keys()]) sub.finish();
    for (const w of sync.table.values()) for (const b of w.books) b.removeAllListeners();
    sync.subs.clear();
    sync.table.clear();
  }

  /** `await using fws = new KrakenFuturesWs()` closes at scope exit. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #openWithin(signal?: AbortSignal): Promise<void> {
    this.#checkOpen();
    if (this.#conn.state === "open") return;
    const ms = this.#requestTimeoutMs * 2;
    await withDeadline(
      this.#conn.open(),
      ms,
      () =>
        new KrakenWsConnectionError(`not connected within ${ms} ms`, {
          connection: "futures",
          code: "ws_connect_timeout",
        }),
      signal,
    );
  }

  #checkOpen(): void {
    if (this.#closed)
      throw new KrakenWsConnectionError("client is closed", { connection: "futures", retryable: false });
  }

  #opened(isReconnect: boolean, downtimeMs: number): void {
    this.#sync.epoch++;
    this.#challenge?.forget(); // a challenge belongs to one connection
    this.#events.emit("open", {});
    if (isReconnect) this.#sync.replay(downtimeMs);
  }

  #lost(info: { code: number; reason: string; final: boolean; error: KrakenWsConnectionError }): void {
    this.#requests.fail(info.error);
    this.#challenge?.forget();
    const sync = this.#sync;
    for (const w of sync.table.values())
      for (const b of w.books) if (b.synced || b.seq !== undefined) b.reset("reconnect");
    this.#events.emit("disconnected", { code: info.code, reason: info.reason, willReconnect: !info.final });
    if (!info.final || this.#closed) return;
    this.#events.emit("error", info.error);
    for (const sub of [...sync.subs.keys()]) sub.finish(info.error);
    sync.subs.clear();
  }
}
